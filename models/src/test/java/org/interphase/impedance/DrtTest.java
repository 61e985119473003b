package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DrtTest {

    private static final double[] F = Spectrum.logFrequencies(1e6, 1e-2, 100);
    private static final double R0 = 10;
    private static final double R = 100;
    private static final double TAU = 1e-3;
    private static final double N = 0.8;

    /** Analytic DRT of a ZARC R/(1 + (jωτ0)^n): γ = (R/2π)·sin(nπ)/(cosh(n ln(τ/τ0)) + cos(nπ)). */
    private static double zarcGamma(double tau) {
        double x = Math.log(tau / TAU);
        return R / (2 * Math.PI) * Math.sin(N * Math.PI) / (Math.cosh(N * x) + Math.cos(N * Math.PI));
    }

    private static Spectrum zarc() {
        return Circuit.parse("R0-Zarc1").spectrum(F, R0, R, TAU, N);
    }

    private static Spectrum noisy(Spectrum s, double relative, long seed) {
        Random random = new Random(seed);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] += relative * s.modulus(i) * random.nextGaussian();
            im[i] += relative * s.modulus(i) * random.nextGaussian();
        }
        return Spectrum.of(s.frequencies(), re, im);
    }

    @Test
    void drtOfAZarcIntegratesToItsResistanceAndPeaksAtItsTimeConstant() {
        DrtResult d = Drt.of(zarc());
        assertThat(d.polarizationResistance()).isCloseTo(R, within(0.005 * R));
        assertThat(d.highFrequencyResistance()).isCloseTo(R0, within(0.005 * R0));
        assertThat(d.peakTimeConstants()).hasSize(1);
        assertThat(d.peakTimeConstants()[0]).isCloseTo(TAU, within(0.02 * TAU));
        assertThat(d.rmsRelativeResidual()).isLessThan(1e-4);
        // the shape: relative L2 distance to the analytic distribution over the grid
        double[] tau = d.timeConstants();
        double[] g = d.gamma();
        double err = 0;
        double norm = 0;
        for (int k = 0; k < tau.length; k++) {
            double exact = zarcGamma(tau[k]);
            err += (g[k] - exact) * (g[k] - exact);
            norm += exact * exact;
        }
        assertThat(Math.sqrt(err / norm)).isLessThan(0.05);
        assertThat(d.toString()).contains("R_pol = ").contains("peaks at τ =");
    }

    @Test
    void noisyZarcStillGivesItsResistanceAndTimeConstant() {
        for (long seed = 1; seed <= 3; seed++) {
            DrtResult d = Drt.of(noisy(zarc(), 0.005, seed));
            assertThat(d.polarizationResistance()).as("seed %d", seed).isCloseTo(R, within(0.02 * R));
            assertThat(d.peakTimeConstants()[0]).as("seed %d", seed).isCloseTo(TAU, within(0.1 * TAU));
            // GCV does not over-fit: the reconstruction misfit is of the order of the noise (0.5 %)
            assertThat(d.rmsRelativeResidual()).isBetween(0.003, 0.007);
        }
    }

    @Test
    void twoArcsAHundredfoldApartAreResolvedWithTheirResistances() {
        Spectrum s = Circuit.parse("R0-K1-K2").spectrum(F, 5, 40, 1e-5, 60, 1e-3);
        DrtResult d = Drt.of(noisy(s, 0.002, 11));
        double[] peaks = d.peakTimeConstants();
        assertThat(peaks).hasSize(2);
        double lo = Math.min(peaks[0], peaks[1]);
        double hi = Math.max(peaks[0], peaks[1]);
        assertThat(lo).isCloseTo(1e-5, within(0.1e-5));
        assertThat(hi).isCloseTo(1e-3, within(0.1e-3));
        double split = 1e-4;
        assertThat(d.resistanceBetween(0, split)).isCloseTo(40, within(2.0));
        assertThat(d.resistanceBetween(split, Double.MAX_VALUE)).isCloseTo(60, within(2.0));
    }

    @Test
    void strongerRegularizationGivesASmootherLowerPeak() {
        Spectrum s = Circuit.parse("R0-K1").spectrum(F, 5, 50, 1e-4);
        double weak = max(Drt.of(200, 1, 1, 1e-6).solve(s).gamma());
        double strong = max(Drt.of(200, 1, 1, 1e-1).solve(s).gamma());
        assertThat(strong).isLessThan(weak);
        for (int order = 0; order <= 2; order++) {
            DrtResult d = Drt.of(150, 1, order, Double.NaN).solve(s);
            assertThat(d.polarizationResistance()).as("order %d", order).isCloseTo(50, within(1.0));
        }
    }

    private static double max(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void nnlsSatisfiesTheKarushKuhnTuckerConditions() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int rows = 30;
            int k = 12;
            double[][] a = new double[rows][k];
            double[] b = new double[rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < k; j++) {
                    a[i][j] = random.nextGaussian();
                }
                b[i] = random.nextGaussian();
            }
            double[][] g = new double[k][k];
            double[] c = new double[k];
            for (int i = 0; i < rows; i++) {
                for (int p = 0; p < k; p++) {
                    c[p] += a[i][p] * b[i];
                    for (int q = 0; q < k; q++) {
                        g[p][q] += a[i][p] * a[i][q];
                    }
                }
            }
            double[] x = Nnls.solve(g, c);
            for (int p = 0; p < k; p++) {
                double w = c[p];
                for (int q = 0; q < k; q++) {
                    w -= g[p][q] * x[q];
                }
                // x ≥ 0; the gradient vanishes on the positive set and points outward on the zero set
                assertThat(x[p]).isGreaterThanOrEqualTo(0);
                if (x[p] > 0) {
                    assertThat(w).isCloseTo(0, within(1e-9));
                } else {
                    assertThat(w).isLessThanOrEqualTo(1e-9);
                }
            }
        }
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> Drt.of(5, 1, 1, Double.NaN)).hasMessageContaining("number of time constants must be >= 10");
        assertThatThrownBy(() -> Drt.of(50, 1, 3, Double.NaN)).hasMessageContaining("penalty order must be 0, 1 or 2");
        assertThatThrownBy(() -> Drt.of(50, 1, 1, -1)).hasMessageContaining("regularization parameter λ must be > 0");
        Spectrum two = Circuit.parse("R0").spectrum(new double[] {1, 2}, 1.0);
        assertThatThrownBy(() -> Drt.of(two)).hasMessageContaining("at least 3 frequencies, was 2");
    }
}
