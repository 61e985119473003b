package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
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
    void discretizedForwardMapConvergesToTheZarcSpectrum() {
        // the analytic γ of the ZARC on the trapezoid grid in ln τ must reproduce Z; the trapezoid
        // rule is second order in general and converges faster for this smooth, decaying γ, until
        // the truncation of the τ range (tails ∝ e^{−n|ln τ/τ0|}) sets a floor
        double[] w = zarc().angularFrequencies();
        Spectrum exact = Circuit.parse("Zarc1").spectrum(F, R, TAU, N);
        double[] errors = new double[5];
        int[] sizes = {20, 40, 80, 160, 320};
        for (int m = 0; m < sizes.length; m++) {
            double[][] grid = Drt.grid(w[w.length - 1], w[0], sizes[m], 6);
            double[] gamma = new double[sizes[m]];
            for (int k = 0; k < gamma.length; k++) {
                gamma[k] = zarcGamma(grid[0][k]);
            }
            double[] re = new double[w.length];
            double[] im = new double[w.length];
            Drt.forward(w, grid[0], grid[1], 0, gamma, re, im);
            double worst = 0;
            for (int i = 0; i < w.length; i++) {
                worst = Math.max(worst, Math.hypot(re[i] - exact.re(i), im[i] - exact.im(i)) / R);
            }
            errors[m] = worst;
        }
        // measured (largest |ΔZ|/R): 0.15, 0.036, 3.5e-4, 7.6e-8, 3.4e-9 — order 2 on the coarsest
        // grids, then spectral, down to the truncation floor e^{−n·ln(τ range)} ≈ 1e-9
        for (int m = 1; m < errors.length; m++) {
            double order = Math.log(errors[m - 1] / errors[m]) / Math.log(2);
            assertThat(order).as("order from %d to %d points", sizes[m - 1], sizes[m]).isGreaterThan(2.0);
        }
        assertThat(errors[3]).isLessThan(1e-6);
    }

    @Test
    void trapezoidQuadratureOfTheDistributionConvergesToItsResistance() {
        // R_pol = Σ γ_k Δ_k (the quadrature polarizationResistance uses) with the analytic ZARC γ:
        // measured relative errors 0.14, 0.030, 1.5e-4, 7.4e-8, 5.0e-9 for 20…320 points — order 2
        // or better, then the floor of the truncated τ range, which must be the analytic tail mass
        // ∫_X^∞ γ dx ≈ (R/π)·sin(nπ)·e^{−nX}/n at both ends
        double[] w = zarc().angularFrequencies();
        int[] sizes = {20, 40, 80, 160, 320};
        double[] errors = new double[sizes.length];
        double tails = 0;
        for (int m = 0; m < sizes.length; m++) {
            double[][] grid = Drt.grid(w[w.length - 1], w[0], sizes[m], 6);
            double[] gamma = new double[sizes[m]];
            for (int k = 0; k < gamma.length; k++) {
                gamma[k] = zarcGamma(grid[0][k]);
            }
            DrtResult d = new DrtResult(grid[0], gamma, grid[1], 0, 1, 1, zarc(), zarc());
            errors[m] = Math.abs(d.polarizationResistance() - R) / R;
            double lo = Math.abs(Math.log(grid[0][0] / TAU));
            double hi = Math.abs(Math.log(grid[0][sizes[m] - 1] / TAU));
            tails = R / Math.PI * Math.sin(N * Math.PI) / N * (Math.exp(-N * lo) + Math.exp(-N * hi)) / R;
        }
        for (int m = 1; m < 4; m++) {
            double order = Math.log(errors[m - 1] / errors[m]) / Math.log(2);
            assertThat(order).as("order from %d to %d points", sizes[m - 1], sizes[m]).isGreaterThan(2.0);
        }
        assertThat(errors[3]).isLessThan(1e-7);
        assertThat(errors[4]).isCloseTo(tails, within(0.01 * tails));
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

    /**
     * GCV(λ) straight from its definition, (‖(I − H)b‖²/m)/(1 − tr H/m)², with the influence
     * matrix H = A(AᵀA + λsP)⁻¹Aᵀ = Q₁Q₁ᵀ taken from a QR factorization of the stacked matrix
     * [A; √(λs)·P^{1/2}] (Q₁ its top m rows): no projection, no Cholesky, no SVD of the code path.
     */
    private static double directGcv(Drt.LinearSystem sys, double lambda) {
        double[][] a = sys.a();
        double[] b = sys.b();
        int m = a.length;
        int c = a[0].length;
        EigenDecomposition ep = new EigenDecomposition(new Array2DRowRealMatrix(sys.penalty()));
        RealMatrix v = ep.getV();
        double[] mu = ep.getRealEigenvalues();
        RealMatrix root = v.multiply(MatrixUtils.createRealDiagonalMatrix(
                java.util.Arrays.stream(mu).map(x -> Math.sqrt(Math.max(x, 0) * lambda * sys.scale())).toArray()))
                .multiply(v.transpose());
        double[][] stacked = new double[m + c][c];
        for (int i = 0; i < m; i++) {
            stacked[i] = a[i].clone();
        }
        for (int i = 0; i < c; i++) {
            stacked[m + i] = root.getRow(i);
        }
        RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(stacked, false)).getQ();
        double trace = 0;
        double[] hb = new double[m];
        for (int j = 0; j < c; j++) {
            double qb = 0;
            for (int i = 0; i < m; i++) {
                double e = q.getEntry(i, j);
                trace += e * e;
                qb += e * b[i];
            }
            for (int i = 0; i < m; i++) {
                hb[i] += q.getEntry(i, j) * qb;
            }
        }
        double res = 0;
        for (int i = 0; i < m; i++) {
            res += (b[i] - hb[i]) * (b[i] - hb[i]);
        }
        double den = 1 - trace / m;
        return (res / m) / (den * den);
    }

    @Test
    void gcvAgreesWithTheDirectInfluenceMatrixWithFewerAndMoreDataThanUnknowns() {
        // review of the impedance package: the eigenvalue-based GCV with R∞ only ridge-penalized
        // gave 0.1998 where the direct hat matrix gives 0.1847 (0.5 % noise ZARC, K = 60, λ = 1e-4)
        Spectrum wide = noisy(Circuit.parse("R0-Zarc1").spectrum(Spectrum.logFrequencies(1e6, 1e-2, 50), R0, R, TAU, N),
                0.005, 21);
        Spectrum tall = noisy(zarc(), 0.005, 22);
        Object[][] cases = {{wide, 120}, {tall, 60}};
        for (Object[] cs : cases) {
            Spectrum s = (Spectrum) cs[0];
            int k = (Integer) cs[1];
            Drt drt = Drt.of(k, 1, 1, Double.NaN);
            double[][] grid = Drt.grid(s.angularFrequencies()[s.size() - 1], s.angularFrequencies()[0], k, 1);
            Drt.LinearSystem sys = drt.system(s, grid[0], grid[1]);
            assertThat(2 * s.size() <= k + 1).isEqualTo(s == wide);
            for (double lambda : new double[] {1e-6, 1e-4, 1e-2}) {
                double direct = directGcv(sys, lambda);
                assertThat(drt.gcv(s, lambda)).as("m = %d, K = %d, λ = %g", 2 * s.size(), k, lambda)
                        .isCloseTo(direct, within(1e-6 * direct));
            }
        }
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
        Spectrum flat = Circuit.parse("R0").spectrum(new double[] {5, 5, 5, 5}, 1.0);
        assertThatThrownBy(() -> Drt.of(flat)).hasMessageContaining("more than one distinct frequency, all were 5.0 Hz");
        assertThatThrownBy(() -> Drt.of(5, 1, 1, Double.NaN)).hasMessageContaining("number of time constants must be >= 10");
        assertThatThrownBy(() -> Drt.of(50, 1, 3, Double.NaN)).hasMessageContaining("penalty order must be 0, 1 or 2");
        assertThatThrownBy(() -> Drt.of(50, 1, 1, -1)).hasMessageContaining("regularization parameter λ must be > 0");
        Spectrum two = Circuit.parse("R0").spectrum(new double[] {1, 2}, 1.0);
        assertThatThrownBy(() -> Drt.of(two)).hasMessageContaining("at least 3 frequencies, was 2");
    }
}
