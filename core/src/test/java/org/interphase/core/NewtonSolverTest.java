package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Newton on the nonlinear two-point boundary-value problem −u'' + u³ = f(x) on [0, 1],
 * u(0) = u(1) = 0, with f chosen so that u(x) = sin(πx) is the exact solution (method of
 * manufactured solutions). Three-point central differences are second-order accurate.
 */
class NewtonSolverTest {

    private static TridiagonalSystem bvp(int cells) {
        double h = 1.0 / cells;
        int n = cells - 1;
        return new TridiagonalSystem() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void evaluate(double[] u, double[] res, double[] lo, double[] d, double[] up) {
                for (int i = 0; i < n; i++) {
                    double x = (i + 1) * h;
                    double s = Math.sin(Math.PI * x);
                    double f = Math.PI * Math.PI * s + s * s * s;
                    double left = i > 0 ? u[i - 1] : 0;
                    double right = i < n - 1 ? u[i + 1] : 0;
                    res[i] = (-left + 2 * u[i] - right) / (h * h) + u[i] * u[i] * u[i] - f;
                    lo[i] = -1 / (h * h);
                    up[i] = -1 / (h * h);
                    d[i] = 2 / (h * h) + 3 * u[i] * u[i];
                }
            }
        };
    }

    private static double maxError(int cells) {
        NewtonSolution r = NewtonSolver.withDefaults().withResidualTolerance(1e-9).solve(bvp(cells), new double[cells - 1]);
        double[] u = r.solution();
        double err = 0;
        for (int i = 0; i < u.length; i++) {
            err = Math.max(err, Math.abs(u[i] - Math.sin(Math.PI * (i + 1) / cells)));
        }
        return err;
    }

    @Test
    void errorFallsAtSecondOrderUnderRefinement() {
        int[] cells = {16, 32, 64, 128, 256};
        double[] err = new double[cells.length];
        for (int k = 0; k < cells.length; k++) {
            err[k] = maxError(cells[k]);
        }
        for (int k = 1; k < cells.length; k++) {
            double order = Math.log(err[k - 1] / err[k]) / Math.log(2);
            assertThat(order).as("observed order between %d and %d cells", cells[k - 1], cells[k])
                    .isCloseTo(2.0, within(0.1));
        }
        assertThat(err[cells.length - 1]).isLessThan(2e-5);
    }

    @Test
    void convergesQuadraticallyAndReportsIterations() {
        NewtonSolution r = NewtonSolver.withDefaults().solve(bvp(64), new double[63]);
        assertThat(r.iterations()).isBetween(2, 10);
        assertThat(r.residualNorm()).isLessThanOrEqualTo(1e-10);
        double[] h = r.residualHistory();
        assertThat(h).hasSize(r.iterations() + 1);
        assertThat(h[h.length - 1]).isLessThan(h[0]);
    }

    @Test
    void stepLimitingAndBacktrackingStillConverge() {
        NewtonSolver s = NewtonSolver.withDefaults().withMaxStep(0.05).withBacktracking(true).withMaxIterations(100);
        NewtonSolution r = s.solve(bvp(64), new double[63]);
        assertThat(r.iterations()).isGreaterThanOrEqualTo(20); // each step moves u by at most 0.05
        assertThat(r.residualNorm()).isLessThanOrEqualTo(1e-10);
    }

    @Test
    void failureThrowsConvergenceExceptionWithHint() {
        NewtonSolver s = NewtonSolver.withDefaults().withMaxIterations(2).withMaxStep(1e-3).withHint("refine the mesh");
        assertThatThrownBy(() -> s.solve(bvp(64), new double[63]))
                .isInstanceOf(ConvergenceException.class)
                .hasMessageContaining("2 iterations").hasMessageContaining("refine the mesh")
                .satisfies(e -> assertThat(((ConvergenceException) e).iterations()).isEqualTo(2));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> NewtonSolver.withDefaults().solve(bvp(8), new double[3])).hasMessageContaining("length 7");
        assertThatThrownBy(() -> NewtonSolver.withDefaults().withMaxStep(0)).hasMessageContaining("max step");
    }
}
