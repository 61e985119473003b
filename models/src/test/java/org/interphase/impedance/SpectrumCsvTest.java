package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectrumCsvTest {

    @Test
    void roundTripsExactlyThroughAFile(@TempDir Path dir) {
        Spectrum s = Circuit.parse("R0-p(R1,CPE1)").spectrum(Spectrum.logFrequencies(1e6, 1e-2, 33), 10, 100, 1e-6, 0.85);
        Path file = dir.resolve("spectrum.csv");
        SpectrumCsv.write(file, s);
        assertThat(SpectrumCsv.read(file)).isEqualTo(s);
        Spectrum area = HomogeneousLayer.of(1e-8, 1e-6, 40).spectrum(new double[] {1, 10, 100});
        assertThat(SpectrumCsv.toCsv(area)).startsWith("frequency_Hz,re_ohm_m2,im_ohm_m2\n");
        assertThat(SpectrumCsv.parse(SpectrumCsv.toCsv(area))).isEqualTo(area);
    }

    @Test
    void convertsBetweenCellAndAreaSpecificImpedance() {
        // a 0.5 cm² cell measuring 300 Ω has an area-specific resistance of 150 Ω·cm²
        Spectrum cell = Circuit.parse("R0").spectrum(new double[] {1, 10}, 300.0);
        Spectrum asr = cell.areaSpecific(org.interphase.core.Units.cm(1) * org.interphase.core.Units.cm(0.5));
        assertThat(asr.perArea()).isTrue();
        assertThat(org.interphase.core.Units.toOhmCm2(asr.re(0))).isCloseTo(150, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(asr.forArea(0.5e-4).re(1)).isCloseTo(300, org.assertj.core.api.Assertions.within(1e-9));
        assertThatThrownBy(() -> asr.areaSpecific(1e-4)).hasMessageContaining("already per unit area");
        assertThatThrownBy(() -> cell.forArea(1e-4)).hasMessageContaining("not per unit area");
        assertThatThrownBy(() -> cell.areaSpecific(0)).hasMessage("electrode area must be > 0 m², was 0.0 m²");
    }

    @Test
    void acceptsCommentsBlanksAndOtherSeparators() {
        Spectrum s = SpectrumCsv.parse("# measured 2026-11-25\n\nf;Z';Z''\n1000;10.5;-2\n100\t12\t-5.5\n10 20 -1e1\n");
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.frequency(2)).isEqualTo(10.0);
        assertThat(s.im(2)).isEqualTo(-10.0);
        assertThat(s.perArea()).isFalse();
    }

    @Test
    void headerUnitsScaleToSiAndOnlyWholeWordsCount() {
        // Ω·cm² columns: 150 Ω·cm² is 0.015 Ω·m² (the review found them read as Ω·m², a 1e4 error)
        for (String header : new String[] {"frequency_Hz,re_ohm_cm2,im_ohm_cm2", "f/Hz;Z'/Ω·cm²;Z''/Ω·cm²",
            "freq Re(Z)/Ohm.cm^2 Im(Z)/Ohm.cm^2"}) {
            Spectrum s = SpectrumCsv.parse(header + "\n1000,150,-20\n");
            assertThat(s.perArea()).as(header).isTrue();
            assertThat(s.re(0)).as(header).isCloseTo(org.interphase.core.Units.ohmCm2(150), within(1e-15));
            assertThat(s.im(0)).as(header).isCloseTo(org.interphase.core.Units.ohmCm2(-20), within(1e-15));
        }
        Spectrum mm = SpectrumCsv.parse("f,Z' (ohm mm2),Z'' (ohm mm2)\n1,100,-1\n");
        assertThat(mm.re(0)).isCloseTo(1e-4, within(1e-18));
        Spectrum m2 = SpectrumCsv.parse("frequency_Hz,re_ohm_m2,im_ohm_m2\n1,0.5,-0.25\n");
        assertThat(m2.perArea()).isTrue();
        assertThat(m2.re(0)).isEqualTo(0.5);
        // "m2" inside a word is not a unit
        Spectrum custom = SpectrumCsv.parse("frequency,re_custom2,im_custom2\n1,300,-5\n");
        assertThat(custom.perArea()).isFalse();
        assertThat(custom.re(0)).isEqualTo(300.0);
    }

    @Test
    void aMinusZDoublePrimeColumnIsNegated() {
        // EC-Lab writes −Im(Z): a capacitive arc has positive values in that column
        Spectrum ecLab = SpectrumCsv.parse("freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000\t10\t2\n1\t110\t0.5\n");
        assertThat(ecLab.im(0)).isEqualTo(-2.0);
        assertThat(ecLab.im(1)).isEqualTo(-0.5);
        assertThat(SpectrumCsv.parse("f,Z',\u2212Z''\n1,2,3\n").im(0)).isEqualTo(-3.0);
        // a plain Z'' header keeps the sign
        assertThat(SpectrumCsv.parse("f,Z',Z''\n1,2,-3\n").im(0)).isEqualTo(-3.0);
    }

    @Test
    void malformedContentGivesLineAndColumn(@TempDir Path dir) {
        assertThatThrownBy(() -> SpectrumCsv.parse("f,re,im\n1,2,3\n4,5\n")).hasMessage(
                "<text>, line 3: expected 3 columns (frequency in Hz, Z', Z''), found 2: '4,5'");
        assertThatThrownBy(() -> SpectrumCsv.parse("1,2,3\n4,x,6\n")).hasMessage("<text>, line 2, column 2: 'x' is not a number");
        assertThatThrownBy(() -> SpectrumCsv.parse("1,2,3\n-4,5,6\n")).hasMessage(
                "<text>, line 2: frequency must be > 0 Hz, was -4.0 Hz");
        assertThatThrownBy(() -> SpectrumCsv.parse("1,NaN,3\n")).hasMessage("<text>, line 1, column 2: value must be finite, was NaN");
        assertThatThrownBy(() -> SpectrumCsv.parse("# nothing\n")).hasMessageContaining("no data rows");
        assertThatThrownBy(() -> SpectrumCsv.read(dir.resolve("missing.csv"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read spectrum file");
        assertThat(Files.exists(dir.resolve("missing.csv"))).isFalse();
    }

    // issue 13, item 7: units in headers, a typo in a header-less first row, decimal commas,
    // repeated and unsorted frequencies, files that are not UTF-8

    @Test
    void everyHeaderUnitIsHonoured() {
        Spectrum k = SpectrumCsv.parse("f_kHz,re_kohm,im_kohm\n2,1.5,-0.25\n1,1.25,-0.5\n");
        assertThat(k.frequency(0)).isEqualTo(2000.0);
        assertThat(k.re(0)).isEqualTo(1500.0);
        assertThat(k.im(1)).isEqualTo(-500.0);
        // angular frequency in rad/s is converted to f = ω/2π
        Spectrum w = SpectrumCsv.parse("omega_rad_s,re_ohm,im_ohm\n" + 2 * Math.PI * 50 + ",1,-1\n");
        assertThat(w.frequency(0)).isCloseTo(50, within(1e-12));
        Spectrum mega = SpectrumCsv.parse("f/MHz;Z'/mΩ;Z''/mΩ\n2;500;-3\n");
        assertThat(mega.frequency(0)).isEqualTo(2e6);
        assertThat(mega.re(0)).isCloseTo(0.5, within(1e-15));
        Spectrum milli = SpectrumCsv.parse("f/mHz,Z'/MOhm,Z''/MOhm\n100,2,-1\n");
        assertThat(milli.frequency(0)).isCloseTo(0.1, within(1e-15));
        assertThat(milli.re(0)).isEqualTo(2e6);
        // kΩ·cm² is 0.1 Ω·m²
        Spectrum area = SpectrumCsv.parse("f/Hz,Z' (kΩ·cm²),Z'' (kΩcm²)\n1,1.5,-0.2\n");
        assertThat(area.perArea()).isTrue();
        assertThat(area.re(0)).isCloseTo(0.15, within(1e-15));
        assertThat(area.im(0)).isCloseTo(-0.02, within(1e-15));
        // a unit in one impedance cell applies to both
        assertThat(SpectrumCsv.parse("f,Z'/kOhm,Z''\n1,1,-2\n").im(0)).isEqualTo(-2000.0);
    }

    @Test
    void unknownOrUnsupportedUnitsAreRefusedByName() {
        assertThatThrownBy(() -> SpectrumCsv.parse("f_Hz,re_kohmz,im_kohmz\n1,2,3\n")).hasMessageStartingWith(
                "<text>, line 1, column 2 ('re_kohmz'): 'kohmz' is not an impedance unit; known: ohm (Ω)");
        assertThatThrownBy(() -> SpectrumCsv.parse("f_khzz,re,im\n1,2,3\n")).hasMessageStartingWith(
                "<text>, line 1, column 1 ('f_khzz'): 'khzz' is not a frequency unit; known: Hz, mHz, kHz, MHz, GHz, rad/s");
        assertThatThrownBy(() -> SpectrumCsv.parse("f_ohm,re,im\n1,2,3\n")).hasMessageContaining(
                "'ohm' is not a frequency unit");
        assertThatThrownBy(() -> SpectrumCsv.parse("omega,Z',Z''\n1,2,3\n")).hasMessageStartingWith(
                "<text>, line 1, column 1 ('omega'): an angular frequency needs its unit, e.g. 'omega_rad_s'");
        assertThatThrownBy(() -> SpectrumCsv.parse("f,|Z|/Ohm,phase/deg\n1,2,3\n")).hasMessageStartingWith(
                "<text>, line 1, column 2 ('|Z|/Ohm'): a modulus or phase column");
        assertThatThrownBy(() -> SpectrumCsv.parse("f,Z' (ohm cm2),Z'' (ohm)\n1,2,3\n")).hasMessageStartingWith(
                "<text>, line 1, column 3: 'Z'' (ohm)' and 'Z' (ohm cm2)' disagree on whether Z is per unit area");
        assertThatThrownBy(() -> SpectrumCsv.parse("f,Z' (ohm cm2 mm2),Z''\n1,2,3\n")).hasMessageContaining(
                "two area units");
    }

    @Test
    void aFirstRowWithATypoIsAnErrorNotAHeader() {
        // the review: '1O00' (letter O) made the row a header and the row was lost without a word
        assertThatThrownBy(() -> SpectrumCsv.parse("1O00,12,-3\n100,13,-4\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<text>, line 1, column 1: '1O00' is not a number, and the line is not a header either "
                        + "(a header has no number in any cell): '1O00, 12, -3'");
        assertThatThrownBy(() -> SpectrumCsv.parse("# comment\n1000,12,-3,7\nx\n")).hasMessageContaining(
                "line 2: expected 3 columns");
        assertThatThrownBy(() -> SpectrumCsv.parse("f,Z',Z'',phase\n1,2,3,4\n")).hasMessageStartingWith(
                "<text>, line 1, column 1: 'f' is not a number, and the line is not a header either (a header has 3 cells, "
                        + "this line has 4)");
    }

    @Test
    void decimalCommasAreReadWithSemicolonsOrTabsAndNeverMisread() {
        Spectrum s = SpectrumCsv.parse("f;Z';Z''\n1000;12,5;-3,25\n100;13;-4\n");
        assertThat(s.re(0)).isEqualTo(12.5);
        assertThat(s.im(0)).isEqualTo(-3.25);
        assertThat(SpectrumCsv.parse("1000\t12,5\t-3\n").re(0)).isEqualTo(12.5);
        // the review: '1000;12,5' was read as f = 1000 Hz, Z' = 12, Z'' = 5
        assertThatThrownBy(() -> SpectrumCsv.parse("1000;12,5\n")).hasMessage(
                "<text>, line 1: expected 3 columns (frequency in Hz, Z', Z''), found 2: '1000;12,5'");
        // with commas as delimiters a decimal comma adds a column
        assertThatThrownBy(() -> SpectrumCsv.parse("1000,12,5,-3\n")).hasMessageContaining("found 4");
        assertThatThrownBy(() -> SpectrumCsv.parse("1000;1,012.5;-3\n")).hasMessage(
                "<text>, line 1, column 2: '1,012.5' has both a comma and a point: a thousands separator is not read; "
                        + "write the number without it");
        assertThatThrownBy(() -> SpectrumCsv.parse("1000,12f,-3\n100,1,1\n")).hasMessageContaining("'12f' is not a number");
    }

    @Test
    void repeatedOrUnsortedFrequenciesAreRefusedWithTheirLines() {
        assertThat(SpectrumCsv.parse("1,5,-1\n2,5,-1\n3,5,-1\n").frequency(2)).isEqualTo(3.0);
        assertThatThrownBy(() -> SpectrumCsv.parse("f,re,im\n100,1,-1\n10,1,-1\n10,1,-1\n")).hasMessage(
                "<text>, line 4, column 1: frequency 10.0 Hz repeats line 3; a spectrum is one sweep with distinct "
                        + "frequencies");
        assertThatThrownBy(() -> SpectrumCsv.parse("100,1,-1\n10,1,-1\n\n50,1,-1\n")).hasMessage(
                "<text>, line 4, column 1: frequency 50.0 Hz breaks the descending order of lines 1–2 (previous 10.0 Hz); "
                        + "frequencies must be sorted, ascending or descending");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLineAndOtherEncodingsCanBeRead(@TempDir Path dir) throws Exception {
        String text = "# gemessen bei 25 °C, Zelle ä\nf/Hz,Z'/Ohm,Z''/Ohm\n10,2,-3\n1,4,-5\n";
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        // the review: "Input length = 1" with no line
        assertThatThrownBy(() -> SpectrumCsv.read(latin1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(latin1 + ", line 1, character 19: byte 0xB0 is not valid UTF-8; the file is probably Latin-1 or "
                        + "Windows-1252 (an instrument's 'µ' or 'Ω'): save it as UTF-8, or read it with "
                        + "SpectrumCsv.read(file, StandardCharsets.ISO_8859_1)");
        Spectrum s = SpectrumCsv.read(latin1, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(s.re(1)).isEqualTo(4.0);
        // UTF-16 with a byte-order mark, as some Windows tools save
        Path utf16 = dir.resolve("utf16.csv");
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        assertThat(SpectrumCsv.read(utf16)).isEqualTo(s);
        // a UTF-8 byte-order mark is skipped
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(SpectrumCsv.read(bom)).isEqualTo(s);
    }
}
