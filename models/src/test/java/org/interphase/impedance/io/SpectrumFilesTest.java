package org.interphase.impedance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.interphase.impedance.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written example of every format (src/test/resources/org/interphase/impedance/io) holds
 * the same five points, Z = 10 Ω + 100 Ω ‖ 1 µF at 100 kHz … 10 Hz to six digits, each in its
 * format's own units, signs, delimiters and encoding; every reader must give back exactly these
 * numbers in SI.
 */
class SpectrumFilesTest {

    static final double[] F = {1e5, 1e4, 1e3, 1e2, 1e1};
    static final double[] RE = {10.0253, 12.4705, 81.6957, 109.607, 109.996};
    static final double[] IM = {-1.59115, -15.5223, -45.0477, -6.25848, -0.628294};

    static Path resource(String name) {
        try {
            return Path.of(SpectrumFilesTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same numbers to the last bit, up to the rounding of a unit conversion (relative 1e-15). */
    static void assertFivePoints(Spectrum s, double zScale) {
        assertThat(s.size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(s.frequency(i)).as("f[%d]", i).isCloseTo(F[i], org.assertj.core.data.Percentage
                    .withPercentage(1e-13));
            assertThat(s.re(i)).as("Z'[%d]", i).isCloseTo(RE[i] * zScale, org.assertj.core.data.Percentage
                    .withPercentage(1e-13));
            assertThat(s.im(i)).as("Z''[%d]", i).isCloseTo(IM[i] * zScale, org.assertj.core.data.Percentage
                    .withPercentage(1e-13));
        }
    }

    @Test
    void ecLabMptInLatin1WithItsHeaderCountAndTwelveColumns() {
        Path p = resource("cell.mpt");
        assertThat(SpectrumFiles.detect("cell.mpt", "EC-Lab ASCII FILE\n")).isEqualTo(SpectrumFormat.BIOLOGIC_MPT);
        Spectrum s = SpectrumFiles.read(p);
        assertFivePoints(s, 1);
        // exact: no unit conversion, only the sign of -Im(Z)
        assertThat(s.re(0)).isEqualTo(10.0253);
        assertThat(s.im(4)).isEqualTo(-0.628294);
        assertThat(s.perArea()).isFalse();
        assertThat(s.warnings()).isEmpty();
        assertThat(SpectrumFiles.read(p, SpectrumFormat.BIOLOGIC_MPT, StandardCharsets.ISO_8859_1)).isEqualTo(s);
    }

    @Test
    void ecLabMptWithDecimalCommasAndNoHeader() {
        assertFivePoints(SpectrumFiles.read(resource("cell-decimal-comma.mpt")), 1);
    }

    @Test
    void gamryDtaTakesTheZcurveTableNotTheOcvCurveAndStopsAtTheAbort() {
        Spectrum s = SpectrumFiles.read(resource("cell.DTA"));
        assertFivePoints(s, 1);
    }

    @Test
    void zviewZAfterEndComments() {
        assertFivePoints(SpectrumFiles.read(resource("cell.z")), 1);
    }

    @Test
    void autolabWithBomSemicolonsDecimalCommasAndMinusZ2() {
        Path p = resource("autolab.txt");
        assertThat(SpectrumFiles.detect("autolab.txt", "Index;Frequency (Hz);Z' (Ω);-Z'' (Ω)"))
                .isEqualTo(SpectrumFormat.AUTOLAB_TXT);
        assertFivePoints(SpectrumFiles.read(p), 1);
        assertFivePoints(SpectrumFiles.read(p, SpectrumFormat.AUTOLAB_TXT), 1);
    }

    @Test
    void chInstrumentsText() {
        assertFivePoints(SpectrumFiles.read(resource("chi.txt")), 1);
        assertFivePoints(SpectrumFiles.read(resource("chi.txt"), SpectrumFormat.CHI_TXT), 1);
    }

    @Test
    void versaStudioParSegmentByItsDefinition() {
        assertFivePoints(SpectrumFiles.read(resource("cell.par")), 1);
    }

    @Test
    void powerSuiteText() {
        assertFivePoints(SpectrumFiles.read(resource("powersuite.txt"), SpectrumFormat.POWERSUITE_TXT), 1);
        assertFivePoints(SpectrumFiles.read(resource("powersuite.txt")), 1); // detected as CSV, same result
    }

    @Test
    void csvInKilohertzAndKiloohmSquareCentimetreIsPerAreaInSi() {
        Spectrum s = SpectrumFiles.read(resource("units.csv"));
        assertThat(s.perArea()).isTrue();
        // the file holds 10.0253 Ω·cm² written as 0.0100253 kΩ·cm²: 1 Ω·cm² = 1e-4 Ω·m²
        assertFivePoints(s, 1e-4);
    }

    @Test
    void csvOfComplexNumbersAgainstAngularFrequency() {
        assertFivePoints(SpectrumFiles.read(resource("complex.csv")), 1);
    }

    @Test
    void csvOfModulusAndPhase() {
        Spectrum s = SpectrumFiles.read(resource("polar.csv"));
        // |Z| and φ are rounded to 6 digits in the file, so Z' and Z'' agree to ~1e-5 relative
        for (int i = 0; i < 5; i++) {
            assertThat(s.re(i)).isCloseTo(RE[i], org.assertj.core.data.Offset.offset(2e-5 * Math.hypot(RE[i], IM[i])));
            assertThat(s.im(i)).isCloseTo(IM[i], org.assertj.core.data.Offset.offset(2e-5 * Math.hypot(RE[i], IM[i])));
        }
    }

    @ParameterizedTest
    @EnumSource(value = SpectrumFormat.class, names = {"CSV", "BIOLOGIC_MPT", "ZVIEW_Z"})
    void writeThenReadGivesTheSameBits(SpectrumFormat format, @TempDir Path dir) {
        Random r = new Random(17);
        double[] f = Spectrum.logFrequencies(7e6, 3e-3, 97);
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            re[i] = Math.exp(10 * r.nextGaussian());
            im[i] = -Math.exp(10 * r.nextGaussian()) * (i % 7 == 0 ? -1 : 1);
        }
        im[3] = 0.0;
        im[4] = -0.0;
        re[5] = Double.MIN_VALUE;
        Spectrum s = Spectrum.of(f, re, im);
        Path file = dir.resolve("s." + format.extension());
        SpectrumFiles.write(file, s, format);
        Spectrum back = SpectrumFiles.read(file);
        assertThat(back).isEqualTo(s);
        assertThat(SpectrumFiles.read(file, format)).isEqualTo(s);
        for (int i = 0; i < f.length; i++) {
            assertThat(Double.doubleToRawLongBits(back.im(i))).isEqualTo(Double.doubleToRawLongBits(im[i]));
        }
    }

    @Test
    void perAreaCsvRoundTripsAndTheInstrumentFormatsRefuseIt(@TempDir Path dir) {
        Spectrum s = Spectrum.of(F, RE, IM).areaSpecific(1e-4);
        Path file = dir.resolve("a.csv");
        SpectrumFiles.write(file, s, SpectrumFormat.CSV);
        assertThat(SpectrumFiles.read(file)).isEqualTo(s);
        assertThatThrownBy(() -> SpectrumFiles.format(s, SpectrumFormat.BIOLOGIC_MPT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("per-area")
                .hasMessageContaining("forArea");
        assertThatThrownBy(() -> SpectrumFiles.format(s, SpectrumFormat.GAMRY_DTA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("writable");
    }

    @Test
    void repeatedCyclesAreReadAndNamedInTheWarnings() {
        String text = "EC-Lab ASCII FILE\nNb header lines : 4\n\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n"
                + "1000\t10\t5\n100\t20\t2\n1000\t12\t5\n100\t22\t2\n";
        Spectrum s = SpectrumFiles.parse(text, SpectrumFormat.BIOLOGIC_MPT, "two-cycles.mpt");
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.warnings()).singleElement().asString().contains("2 of 4 rows repeat a frequency");
        Spectrum avg = s.averageRepeats();
        assertThat(avg.real()).containsExactly(11, 21);
        assertThat(avg.imaginary()).containsExactly(-5, -2);
    }

    // --------------------------------------------------------------- errors: file:line: what, found, expected

    @Test
    void aBadNumberIsNamedByFileLineAndColumn() {
        String text = "EC-Lab ASCII FILE\nNb header lines : 4\n\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n"
                + "1000\t10\t5\n100\t2O.5\t2\n";
        assertThatThrownBy(() -> SpectrumFiles.parse(text, SpectrumFormat.BIOLOGIC_MPT, "cell.mpt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cell.mpt:6: column 2 'Re(Z)/Ohm', found '2O.5', expected a number");
    }

    @Test
    void aWrongHeaderCountIsRefusedOnLine2() {
        String text = "EC-Lab ASCII FILE\nNb header lines : 60\n\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1\t2\t3\n";
        assertThatThrownBy(() -> SpectrumFiles.parse(text, SpectrumFormat.BIOLOGIC_MPT, "cell.mpt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cell.mpt:2: number of header lines, found '60', expected an integer in [3, 6]");
    }

    @Test
    void missingImpedanceColumnsAreListed() {
        String text = "freq/Hz\tRe(Y)/Ohm-1\t-Im(Y)/Ohm-1\n1\t2\t3\n";
        assertThatThrownBy(() -> SpectrumFiles.parse(text, SpectrumFormat.BIOLOGIC_MPT, "y.mpt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("y.mpt:1: impedance columns, found 'freq/Hz', 'Re(Y)/Ohm-1', '-Im(Y)/Ohm-1', "
                        + "expected Z' and Z''");
    }

    @Test
    void aShortRowAZeroFrequencyAndAPhaseWithoutUnit() {
        assertThatThrownBy(() -> SpectrumFiles.parse("f,re,im\n1,2,3\n4,5\n", SpectrumFormat.CSV, "x.csv"))
                .hasMessageStartingWith("x.csv:3: number of cells, found 2, expected at least 3");
        assertThatThrownBy(() -> SpectrumFiles.parse("f,re,im\n0,2,3\n", SpectrumFormat.CSV, "x.csv"))
                .hasMessage("x.csv:2: frequency (column 1 'f'), found '0', expected a value > 0 Hz");
        assertThatThrownBy(() -> SpectrumFiles.parse("f/Hz,|Z|/ohm,phase\n1,2,3\n", SpectrumFormat.CSV, "x.csv"))
                .hasMessage("x.csv:1: unit of the phase column 'phase', found none, expected deg, ° or rad");
        assertThatThrownBy(() -> SpectrumFiles.parse("f (kHz),Z' (kohms),Z'' (kOhmz)\n1,2,3\n", SpectrumFormat.CSV,
                "x.csv")).hasMessageContaining("x.csv:1: impedance unit of column 'Z'' (kOhmz)', found 'kOhmz'");
        assertThatThrownBy(() -> SpectrumFiles.parse("f,Z\n1,2+3\n", SpectrumFormat.CSV, "x.csv"))
                .hasMessage("x.csv:2: column 2 'Z', found '2+3', expected a complex number a+bj (e.g. 12.5-3.1j)");
        assertThatThrownBy(() -> SpectrumFiles.parse("f,re,im\n1,NaN,3\n", SpectrumFormat.CSV, "x.csv"))
                .hasMessage("x.csv:2: column 2 're', found 'NaN', expected a number");
    }

    @Test
    void aGamryFileWithoutZcurveAndAParWithoutSegment() {
        assertThatThrownBy(() -> SpectrumFiles.parse("EXPLAIN\nTAG\tEISPOT\n", SpectrumFormat.GAMRY_DTA, "g.DTA"))
                .hasMessageStartingWith("g.DTA:1: impedance table, found no line 'ZCURVE");
        assertThatThrownBy(() -> SpectrumFiles.parse("<Segment1>\nDefinition=a,b\n", SpectrumFormat.VERSASTUDIO_PAR,
                "p.par")).hasMessageStartingWith("p.par:1: end of block <Segment1>, found the end of the file");
    }

    @Test
    void bytesThatAreNotUtf8AreLatin1UnlessTheCallerSaysOtherwise(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("l1.csv");
        Files.write(p, "f (Hz),Z' (\u00b5ohm),Z'' (ohm)\n1,2,3\n".replace("\u00b5ohm", "ohm").concat("# \u00b5\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(SpectrumFiles.read(p).size()).isEqualTo(1);
        assertThatThrownBy(() -> SpectrumFiles.read(p, SpectrumFormat.CSV, StandardCharsets.UTF_8))
                .hasMessageContaining(p + ":1: encoding, found bytes that are not valid UTF-8");
    }

    @Test
    void detectionFallsBackOnTheExtensionThenCsv() {
        assertThat(SpectrumFiles.detect("a.DTA", "1\t2\t3")).isEqualTo(SpectrumFormat.GAMRY_DTA);
        assertThat(SpectrumFiles.detect("a.par", "")).isEqualTo(SpectrumFormat.VERSASTUDIO_PAR);
        assertThat(SpectrumFiles.detect("a.z", "1,2,3")).isEqualTo(SpectrumFormat.ZVIEW_Z);
        assertThat(SpectrumFiles.detect("a.txt", "1,2,3")).isEqualTo(SpectrumFormat.CSV);
        assertThat(SpectrumFiles.detect("", "Freq/Hz, Z'/ohm, Z\"/ohm\n")).isEqualTo(SpectrumFormat.CHI_TXT);
    }
}
