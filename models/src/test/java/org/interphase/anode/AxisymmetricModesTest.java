package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The O(n²) tridiagonal eigensolver behind the current-focusing solve: the closed-form spectrum of the
 * discrete Laplacian, Commons Math's QL on a strongly graded radial operator, orthonormality; and the
 * accuracy of the direct (unrefined) capacitance solve that the Rayleigh-quotient eigenvalues give.
 */
class AxisymmetricModesTest {

    @Test
    void discreteLaplacianHasTheClosedFormSpectrum() {
        // tridiag(−1, 2, −1), n × n: λ_k = 2 − 2cos(kπ/(n+1)), v_k(i) ∝ sin(ikπ/(n+1)) (k, i = 1 … n)
        int n = 200;
        double[] d = new double[n];
        double[] e = new double[n - 1];
        java.util.Arrays.fill(d, 2.0);
        java.util.Arrays.fill(e, -1.0);
        AxisymmetricModes m = new AxisymmetricModes(d, e);
        for (int k = 1; k <= n; k++) {
            double exact = 2 - 2 * Math.cos(k * Math.PI / (n + 1));
            assertThat(m.lambda[k - 1]).isCloseTo(exact, org.assertj.core.api.Assertions.offset(1e-13));
            double[] v = m.vectors[k - 1];
            double norm = Math.sqrt((n + 1) / 2.0);
            double dot = 0;
            for (int i = 1; i <= n; i++) {
                dot += v[i - 1] * Math.sin(i * k * Math.PI / (n + 1)) / norm;
            }
            assertThat(Math.abs(dot)).as("k = %d", k).isCloseTo(1.0, org.assertj.core.api.Assertions.offset(1e-10));
        }
    }

    /** The symmetrised radial operator W^{-1/2} A_r W^{-1/2} of the solver's grid (n per side, cell radius b). */
    private static double[][] radialOperator(int n, double b) {
        double[] inner = CurrentFocusingSolver.graded(1.0, n, 1.0, 2.0);
        double[] outer = CurrentFocusingSolver.graded(b - 1.0, n, Math.min(1.0, b - 1.0), 2.0);
        double[] rf = new double[2 * n + 1];
        for (int i = 0; i <= n; i++) {
            rf[i] = 1.0 - inner[n - i];
            rf[n + i] = 1.0 + outer[i];
        }
        rf[0] = 0;
        rf[n] = 1;
        rf[2 * n] = b;
        int nr = 2 * n;
        double[] rc = new double[nr];
        double[] w = new double[nr];
        for (int i = 0; i < nr; i++) {
            rc[i] = 0.5 * (rf[i] + rf[i + 1]);
            w[i] = 0.5 * (rf[i + 1] - rf[i]) * (rf[i + 1] + rf[i]);
        }
        double[] main = new double[nr];
        double[] off = new double[nr - 1];
        for (int i = 0; i < nr; i++) {
            double left = i > 0 ? 1 / Math.log(rc[i] / rc[i - 1]) : 0;
            double right = i < nr - 1 ? 1 / Math.log(rc[i + 1] / rc[i]) : 0;
            main[i] = (left + right) / w[i];
            if (i < nr - 1) {
                off[i] = -right / Math.sqrt(w[i] * w[i + 1]);
            }
        }
        return new double[][] {main, off};
    }

    @Test
    void gradedRadialOperatorMatchesCommonsMathAndIsOrthonormal() {
        double[][] t = radialOperator(158, 10.0); // the 10⁵-unknown benchmark grid: ‖T‖ ≈ 1.6e9
        int n = t[0].length;
        AxisymmetricModes m = new AxisymmetricModes(t[0], t[1]);
        EigenDecomposition reference = new EigenDecomposition(t[0], t[1]);
        double norm = m.lambda[n - 1];
        double worstOrthogonality = 0;
        for (int k = 0; k < n; k++) {
            // Commons Math returns them descending; both are backward stable: agree within a few ε‖T‖
            assertThat(Math.abs(m.lambda[k] - reference.getRealEigenvalue(n - 1 - k))).isLessThan(64 * Math.ulp(norm));
            for (int j = 0; j <= k; j++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += m.vectors[k][i] * m.vectors[j][i];
                }
                worstOrthogonality = Math.max(worstOrthogonality, Math.abs(dot - (j == k ? 1 : 0)));
            }
            // residual ‖Tv − λv‖ within a small multiple of ε‖T‖
            double[] v = m.vectors[k];
            double res = 0;
            for (int i = 0; i < n; i++) {
                double y = (t[0][i] - m.lambda[k]) * v[i] + (i > 0 ? t[1][i - 1] * v[i - 1] : 0)
                        + (i < n - 1 ? t[1][i] * v[i + 1] : 0);
                res = Math.max(res, Math.abs(y));
            }
            assertThat(res).as("k = %d", k).isLessThan(1e3 * Math.ulp(norm));
        }
        // measured 4e-12
        assertThat(worstOrthogonality).isLessThan(1e-10);
    }

    @Test
    void theDirectSolveMeetsATightResidualWithoutRefinement() {
        // the smooth modes' eigenvalues as Rayleigh quotients (relative accuracy) instead of QL's (ε‖T‖,
        // ~1e-6 relative for λ ~ 0.1): the unrefined capacitance solve of the benchmark cell is at ~1e-10
        CurrentFocusingProblem p = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 0.3, 5e-6, 5e-5, 2e-4)
                .withChargeTransferResistance(1e-4);
        CurrentFocusingSolution direct = CurrentFocusingSolver.withDefaults().withTolerance(1e-8).withMaxIterations(0)
                .solve(p);
        assertThat(direct.iterations()).isZero();
        assertThat(direct.residual()).isLessThan(1e-8);
        CurrentFocusingSolution refined = CurrentFocusingSolver.withDefaults().withTolerance(1e-10).withMaxIterations(10)
                .solve(p);
        assertThat(direct.resistance()).isCloseTo(refined.resistance(), withinPercentage(1e-6));
    }
}
