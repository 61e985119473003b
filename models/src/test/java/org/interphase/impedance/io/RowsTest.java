package org.interphase.impedance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast number path gives the double Double.parseDouble gives, bit for bit, or defers to it. */
class RowsTest {

    static void same(String text, boolean decimalComma) {
        double fast = Rows.fast(text, 0, text.length(), decimalComma);
        if (Double.isNaN(fast)) {
            return; // deferred to Double.parseDouble by the caller
        }
        double slow = Double.parseDouble(decimalComma ? text.replace(',', '.') : text);
        assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(slow));
    }

    @Test
    void agreesWithParseDoubleOnWhatInstrumentsWrite() {
        Random r = new Random(42);
        int fastCount = 0;
        for (int i = 0; i < 200_000; i++) {
            double v = Math.exp(40 * r.nextGaussian()) * (r.nextBoolean() ? -1 : 1);
            String[] forms = {String.format(Locale.ROOT, "%.7E", v), String.format(Locale.ROOT, "%.6g", v),
                String.format(Locale.ROOT, "%.4f", v), String.format(Locale.ROOT, "%.14e", v), Double.toString(v),
                String.format(Locale.ROOT, "%.3e", v).replace("e", "E+0").replace("E+0-", "E-0")};
            for (String s : forms) {
                same(s, false);
                same(s.replace('.', ','), true);
                fastCount += Double.isNaN(Rows.fast(s, 0, s.length(), false)) ? 0 : 1;
            }
        }
        // the fast path is taken for most of these (all but 17-digit and far-out exponents)
        assertThat(fastCount).isGreaterThan(200_000 * 3);
    }

    @Test
    void edgeCases() {
        for (String s : new String[] {"0", "-0", "-0.0", "0.000", "1.", ".5", "+3", "1e22", "1e-22", "9007199254740993",
            "123456789012345", "1234567890123456", "0.1", "1.0000000E+005", "5E-324", "1e308", "00012.5000"}) {
            same(s, false);
        }
        assertThat(Rows.fast("-0.0", 0, 4, false)).isEqualTo(-0.0);
        assertThat(Double.doubleToRawLongBits(Rows.fast("-0.0", 0, 4, false)))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        for (String s : new String[] {"", "-", ".", "e5", "1e", "1.2.3", "1,5", "NaN", "Infinity", "0x1p3", "1d", "1 2",
            "1e+12345"}) {
            assertThat(Rows.fast(s, 0, s.length(), false)).as(s).isNaN();
        }
        assertThat(Rows.fast("1,5", 0, 3, true)).isEqualTo(1.5);
    }

    /** A file long enough to be parsed on two threads: every row's bits, in order, and the earlier error wins. */
    @Test
    void aLongFileParsedOnTwoThreadsGivesEveryRowInOrderAndTheFirstError() {
        int n = 3 * Rows.PARALLEL_LINES;
        Random r = new Random(5);
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        StringBuilder csv = new StringBuilder("f (Hz),Z' (Ω),Z'' (Ω)\n");
        for (int k = 0; k < n; k++) {
            f[k] = 1e6 * Math.pow(10, -7.0 * k / n);
            re[k] = 1 + 1000 * r.nextDouble();
            im[k] = -1000 * r.nextDouble();
            csv.append(f[k]).append(',').append(re[k]).append(',').append(im[k]).append('\n');
        }
        org.interphase.impedance.Spectrum s = SpectrumFiles.parse(csv.toString(), SpectrumFormat.CSV, "long.csv");
        assertThat(s.size()).isEqualTo(n);
        for (int k = 0; k < n; k++) {
            assertThat(s.frequency(k)).isEqualTo(f[k]);
            assertThat(s.re(k)).isEqualTo(re[k]);
            assertThat(s.im(k)).isEqualTo(im[k]);
        }
        // errors in both halves: the message is the earlier line's, as a one-thread read would give
        String bad = csv.toString().replace("\n" + f[10] + ",", "\n" + f[10] + ",x")
                .replace("\n" + f[n - 10] + ",", "\n" + f[n - 10] + ",y");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpectrumFiles.parse(bad, SpectrumFormat.CSV, "long.csv"))
                .hasMessageStartingWith("long.csv:12:");
    }
}
