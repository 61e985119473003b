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
        return system(n, (u, res, lo, d, up) -> {
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
        });
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

    @Test
    void twistedEliminationGivesThomasIteratesToRounding() {
        for (NewtonSolver base : new NewtonSolver[] {NewtonSolver.withDefaults(),
                NewtonSolver.withDefaults().withMaxStep(0.05).withBacktracking(true).withMaxIterations(100)}) {
            NewtonSolution thomas = base.solve(bvp(101), new double[100]);
            NewtonSolution twisted = base.withTwistedElimination(true).solve(bvp(101), new double[100]);
            assertThat(twisted.iterations()).isEqualTo(thomas.iterations());
            double[] a = thomas.solution();
            double[] b = twisted.solution();
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).isCloseTo(a[i], within(1e-12));
            }
        }
        assertThat(NewtonSolver.withDefaults().withTwistedElimination(true).toString()).contains("twisted elimination");
        assertThat(NewtonSolver.withDefaults().toString()).contains("Thomas elimination");
    }

    @Test
    void twistedEliminationReportsASingularJacobianAsNonConvergence() {
        TridiagonalSystem flat = system(3, (u, res, lo, d, up) -> {
            java.util.Arrays.fill(res, 1);
            java.util.Arrays.fill(lo, 1);
            java.util.Arrays.fill(up, 1);
            d[0] = 1;
            d[1] = 2;
            d[2] = 1;
        });
        assertThatThrownBy(() -> NewtonSolver.withDefaults().withTwistedElimination(true).solve(flat, new double[3]))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("Jacobian is singular");
    }

    @Test
    void aResidualWithANaNIsNotTakenForConvergence() {
        // F = (NaN, 0, 0): the max-norm dropped a NaN followed by smaller elements and called this
        // residual 0, so Newton returned the guess as converged after 0 iterations
        TridiagonalSystem broken = system(3, (u, res, lo, d, up) -> {
            res[0] = Double.NaN;
            res[1] = 0;
            res[2] = 0;
            java.util.Arrays.fill(d, 1);
        });
        for (boolean twisted : new boolean[] {false, true}) {
            assertThatThrownBy(() -> NewtonSolver.withDefaults().withTwistedElimination(twisted).solve(broken, new double[3]))
                    .isInstanceOf(ConvergenceException.class).hasMessageContaining("non-finite");
        }
        assertThat(NewtonSolver.maxNorm(new double[] {Double.NaN, 0, 1})).isNaN();
        assertThat(NewtonSolver.maxNorm(new double[] {-2, Double.NEGATIVE_INFINITY, 1})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NewtonSolver.maxNorm(new double[] {-2, 0.5, 1})).isEqualTo(2.0);
    }

    @Test
    void solutionNamesItsProblemAndStartAndHasNoWarningsWhenAllIsWell() {
        TridiagonalSystem system = bvp(32);
        double[] guess = new double[31];
        guess[3] = 0.25;
        NewtonSolution r = NewtonSolver.withDefaults().solve(system, guess);
        assertThat(r.problem()).isSameAs(system);
        assertThat(r.initialGuess()).containsExactly(guess);
        guess[3] = 7; // the solution keeps its own copy
        assertThat(r.initialGuess()[3]).isEqualTo(0.25);
        r.initialGuess()[3] = 9;
        assertThat(r.initialGuess()[3]).isEqualTo(0.25);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.solution()).isNotEqualTo(r.initialGuess());
        // a guess that is already the root: 0 iterations, the solution is the guess
        NewtonSolution again = NewtonSolver.withDefaults().solve(system, r.solution());
        assertThat(again.iterations()).isZero();
        assertThat(again.solution()).containsExactly(r.solution());
        assertThat(again.initialGuess()).containsExactly(r.solution());
    }

    @Test
    void backtrackingThatCannotDecreaseTheResidualIsAWarning() {
        // F(u) = u − 1, but the Jacobian at u = 0 has the wrong sign: every scale of that first step
        // increases |F| (u = −scale gives |F| = 1 + scale), so backtracking halves down to 2⁻²⁰ < 1e-6
        // and takes the step anyway; from there the Jacobian is right and Newton lands on u = 1
        TridiagonalSystem wrongStart = system(1, (u, res, lo, d, up) -> {
            res[0] = u[0] - 1;
            d[0] = u[0] == 0 ? -1 : 1;
        });
        NewtonSolution r = NewtonSolver.withDefaults().withBacktracking(true).solve(wrongStart, new double[1]);
        assertThat(r.solution()[0]).isCloseTo(1.0, within(1e-15));
        assertThat(r.iterations()).isEqualTo(2);
        assertThat(r.warnings()).singleElement().asString().contains("iteration 1: backtracking reached a step scale of 9.54e-7");
        assertThat(r.toString()).contains("1 warnings");
        assertThatThrownBy(() -> r.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
        NewtonSolution plain = NewtonSolver.withDefaults().solve(wrongStart, new double[1]);
        assertThat(plain.warnings()).isEmpty();
    }

    /** The residual and Jacobian of a small test system. */
    private interface Evaluation {
        void evaluate(double[] u, double[] res, double[] lo, double[] d, double[] up);
    }

    private static TridiagonalSystem system(int n, Evaluation e) {
        return new TridiagonalSystem() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void evaluate(double[] u, double[] res, double[] lo, double[] d, double[] up) {
                e.evaluate(u, res, lo, d, up);
            }
        };
    }
}
