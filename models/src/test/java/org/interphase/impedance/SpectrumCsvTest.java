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
}
