package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pre-processing returns new spectra, leaves the original alone and records what it did. */
class SpectrumPreprocessingTest {

    // a sweep 1 MHz … 1 Hz with an inductive tail (Z'' > 0 at the two top frequencies), a point
    // on the real axis at 10 kHz and a low-frequency inductive point at 1 Hz
    static final double[] F = {1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1e0};
    static final double[] RE = {9, 10, 11, 40, 90, 100, 101};
    static final double[] IM = {3, 0.5, 0, -20, -30, -5, 2};

    static Spectrum data() {
        return Spectrum.of(F, RE, IM);
    }

    @Test
    void cropKeepsTheClosedWindowLikeImpedancePyCropFrequencies() {
        Spectrum s = data();
        Spectrum c = s.crop(1e1, 1e5);
        assertThat(c.frequencies()).containsExactly(1e5, 1e4, 1e3, 1e2, 1e1);
        assertThat(c.real()).containsExactly(10, 11, 40, 90, 100);
        assertThat(c.warnings()).containsExactly("cropped to 10–100000 Hz: removed 2 of 7 points");
        assertThat(s.size()).isEqualTo(7);
        assertThat(s.warnings()).isEmpty();
        assertThat(s.crop(0.5, 2e6)).isSameAs(s);
        assertThatThrownBy(() -> s.crop(2e6, 3e6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no point of the spectrum lies in [2000000.0, 3000000.0] Hz");
        assertThatThrownBy(() -> s.crop(10, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("highest frequency fMax must be >= fMin = 10.0 Hz, was 1.0 Hz");
    }

    @Test
    void withoutPositiveImaginaryKeepsOnlyZ2BelowZeroAsIgnoreBelowX() {
        Spectrum c = data().withoutPositiveImaginary();
        // impedance.py keeps imag(Z) < 0: the 10 kHz point with Z'' = 0 goes too, and so does 1 Hz
        assertThat(c.frequencies()).containsExactly(1e3, 1e2, 1e1);
        assertThat(c.warnings()).containsExactly("removed 4 of 7 points with Z'' >= 0 (ignoreBelowX)");
    }

    @Test
    void theInductiveTailIsOnlyTheTopOfTheRange() {
        Spectrum c = data().withoutInductiveTail();
        // the highest frequency with Z'' < 0 is 1 kHz; 1 Hz (Z'' > 0, a low-frequency loop) stays
        assertThat(c.frequencies()).containsExactly(1e3, 1e2, 1e1, 1e0);
        assertThat(c.warnings()).singleElement().asString()
                .isEqualTo("removed the inductive high-frequency tail: 3 of 7 points above 1000 Hz with Z'' >= 0");
        // order does not matter: the same points go from an ascending sweep
        double[] f = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
        double[] re = {101, 100, 90, 40, 11, 10, 9};
        double[] im = {2, -5, -30, -20, 0, 0.5, 3};
        assertThat(Spectrum.of(f, re, im).withoutInductiveTail().frequencies()).containsExactly(1e0, 1e1, 1e2, 1e3);
        Spectrum allInductive = Spectrum.of(new double[] {1, 2}, new double[] {1, 1}, new double[] {1, 1});
        assertThatThrownBy(allInductive::withoutInductiveTail).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void averageRepeatsMeansTwoCyclesAndKeepsTheFirstPosition() {
        double[] f = {100, 10, 1, 100, 10, 1, 100};
        double[] re = {1, 2, 3, 3, 4, 5, 5};
        double[] im = {-1, -2, -3, -2, -3, -4, -6};
        Spectrum a = Spectrum.of(f, re, im).averageRepeats();
        assertThat(a.frequencies()).containsExactly(100, 10, 1);
        assertThat(a.real()).containsExactly(3, 3, 4);
        assertThat(a.imaginary()).containsExactly(-3, -2.5, -3.5);
        assertThat(a.warnings()).containsExactly(
                "averaged repeated frequencies: 7 points into 3 (up to 3 measurements per frequency)");
        Spectrum distinct = data();
        assertThat(distinct.averageRepeats()).isSameAs(distinct);
    }

    @Test
    void averageRepeatsWithinATolerance() {
        double[] f = {1000, 100, 1000.0001, 100.00001};
        Spectrum a = Spectrum.of(f, new double[] {1, 2, 3, 4}, new double[] {0, 0, 0, 0}).averageRepeats(1e-6);
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.frequency(0)).isEqualTo((1000 + 1000.0001) / 2);
        assertThat(a.real()).containsExactly(2, 3);
        assertThat(Spectrum.of(f, new double[4], new double[4]).averageRepeats().size()).isEqualTo(4);
        assertThatThrownBy(() -> data().averageRepeats(0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("relative tolerance must be in [0.0, 0.01], was 0.5");
    }

    @Test
    void sortedDistinctSortsDescendingAndKeepsTheFirstMeasurement() {
        double[] f = {10, 100, 1, 100};
        double[] re = {2, 1, 3, 7};
        double[] im = {-2, -1, -3, -7};
        Spectrum s = Spectrum.of(f, re, im).sortedDistinct();
        assertThat(s.frequencies()).containsExactly(100, 10, 1);
        assertThat(s.real()).containsExactly(1, 2, 3);
        assertThat(s.warnings()).containsExactly(
                "sorted by descending frequency; dropped 1 repeated point (kept the first measured) at 100 Hz");
        Spectrum sorted = data();
        assertThat(sorted.sortedDistinct()).isSameAs(sorted);
    }

    @Test
    void warningsAccumulateAndDoNotTakePartInEquality() {
        Spectrum s = data().withWarning("read from cell.mpt").withoutInductiveTail().crop(1, 1e2);
        assertThat(s.warnings()).hasSize(3).first().isEqualTo("read from cell.mpt");
        assertThat(s).isEqualTo(Spectrum.of(new double[] {1e2, 1e1, 1e0}, new double[] {90, 100, 101},
                new double[] {-30, -5, 2}));
        assertThat(s.toString()).endsWith("(3 warnings)");
        assertThat(s.areaSpecific(1e-4).warnings()).isEqualTo(s.warnings());
    }
}
