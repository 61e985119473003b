package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The numerical helpers (root finding, minimization, quadrature, Newton, tridiagonal solves)
 * against bad arguments and functions with non-finite values (issue 13 §2): a library exception
 * naming the parameter or the point, never a raw JVM or Commons Math exception, never a NaN result.
 */
class NumericsBadInputTest {

    // ---- RootFinder -------------------------------------------------------------------------------

    @Test
    void brentNamesANullFunction() {
        assertThatThrownBy(() -> RootFinder.brent(null, 0, 1, 1e-9)).isInstanceOf(NullPointerException.class)
                .hasMessage("f must not be null");
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(null, 0, 1, 1e-9, 5))
                .isInstanceOf(NullPointerException.class).hasMessage("f must not be null");
    }

    @Test
    void brentReportsTheFirstPointWhereFIsNotFinite() {
        // a sign change across a NaN hole: Commons Math's Brent iterated on NaN comparisons
        DoubleUnaryOperator f = x -> x < 0.3 ? -1 : x > 0.7 ? 1 : Double.NaN;
        assertThatThrownBy(() -> RootFinder.brent(f, 0, 1, 1e-12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("f(x) = NaN at x = ");
        assertThatThrownBy(() -> RootFinder.brent(x -> Double.NaN, 0, 1, 1e-12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f(x) = NaN at x = 0.0");
    }

    @Test
    void bracketingComparesSignsNotAProductThatUnderflows() {
        // f = 1e-200 > 0 everywhere: fa·fb = 1e-400 underflowed to 0 and was taken for a sign change,
        // then Brent said "does not change sign" about a bracket the caller never gave
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(x -> 1e-200, 0, 1, 1e-12, 5))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("no sign change");
        // and a root of a function of tiny values is found
        assertThat(RootFinder.bracketAndSolve(x -> 1e-200 * (x - 3), 0, 1, 1e-12, 5))
                .isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-10));
    }

    @Test
    void bracketingStopsBeforeLeavingTheDoubleRange() {
        // 2000 doublings from width 1 pass 1e308: the bracket became [−inf, NaN] before
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(x -> 2 + Math.tanh(x), 0, 1, 1e-12, 2000))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("double range");
        // where f itself overflows on the way, the point is named
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(x -> 1 + x * x, 0, 1, 1e-12, 2000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f(x) = Infinity at x = ");
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(x -> x, 0, 1, 1e-12, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxExpansions");
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(x -> x, Double.NaN, 1, 1e-12, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo");
        assertThatThrownBy(() -> RootFinder.brent(x -> x, -1e308, 1e308, 1e-12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows");
    }

    // ---- Minimizer --------------------------------------------------------------------------------

    @Test
    void minimizerRefusesAToleranceCommonsMathWouldRejectWithItsOwnMessage() {
        assertThatThrownBy(() -> Minimizer.minimize(x -> x * x, -1, 1, 11, 1e-17))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative tolerance")
                .hasMessageContaining("1.0E-17");
        assertThatThrownBy(() -> Minimizer.minimize(x -> x * x, -1, 1, Integer.MAX_VALUE, 1e-8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
        assertThatThrownBy(() -> Minimizer.minimize(null, -1, 1, 11, 1e-8)).isInstanceOf(NullPointerException.class)
                .hasMessage("f must not be null");
    }

    @Test
    void minimizerReportsANonFiniteValueMetWhilePolishing() {
        // finite on the scan grid (0, 0.25, …, 1) but NaN within 1e-3 of the minimum at 0.3:
        // the old code returned the grid point 0.25 as the minimum
        DoubleUnaryOperator f = x -> {
            double r = (x - 0.3) * (x - 0.3);
            return r < 1e-6 ? Double.NaN : r;
        };
        assertThatThrownBy(() -> Minimizer.minimize(f, 0, 1, 5, 1e-10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("objective is not finite at x = ");
    }

    // ---- Quadrature -------------------------------------------------------------------------------

    @Test
    void quadratureNamesTheNonFinitePointAndDetectsOverflow() {
        assertThatThrownBy(() -> Quadrature.integrate(null, 0, 1, 1e-8, 0)).isInstanceOf(NullPointerException.class)
                .hasMessage("f must not be null");
        // NaN on half the range was a ConvergenceException about "the integrand is not finite"
        assertThatThrownBy(() -> Quadrature.integrate(x -> x > 0.5 ? Double.NaN : 1, 0, 1, 1e-8, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("f(x) = NaN at x = ");
        // finite values whose integral exceeds 1.8e308
        assertThatThrownBy(() -> Quadrature.integrate(x -> 1e300, 0, 1e10, 1e-8, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows");
        assertThatThrownBy(() -> Quadrature.integrate(x -> 1, -1e308, 1e308, 1e-8, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b − a");
    }

    // ---- Newton -----------------------------------------------------------------------------------

    /** F(u) = diag·u − 1 with a given diagonal. */
    static TridiagonalSystem diagonal(double d, int n) {
        return new TridiagonalSystem() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public void evaluate(double[] u, double[] residual, double[] lower, double[] diag, double[] upper) {
                for (int i = 0; i < n; i++) {
                    residual[i] = d * u[i] - 1;
                    diag[i] = d;
                    lower[i] = 0;
                    upper[i] = 0;
                }
            }
        };
    }

    @Test
    void newtonRefusesAnIterationCountThatCannotBeAllocated() {
        // maxIterations + 1 overflowed to a negative array size in solve()
        assertThatThrownBy(() -> NewtonSolver.withDefaults().withMaxIterations(Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations");
        NewtonSolution r = NewtonSolver.withDefaults().withMaxIterations(1_000_000).solve(diagonal(2, 3), new double[3]);
        assertThat(r.solution()).containsExactly(0.5, 0.5, 0.5);
    }

    @Test
    void newtonNamesNullArgumentsAndReportsASingularJacobianAsNonConvergence() {
        NewtonSolver newton = NewtonSolver.withDefaults();
        assertThatThrownBy(() -> newton.solve(null, new double[1])).isInstanceOf(NullPointerException.class)
                .hasMessage("system must not be null");
        assertThatThrownBy(() -> newton.solve(diagonal(1, 2), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("initial guess must not be null");
        assertThatThrownBy(() -> newton.solve(diagonal(0, 2), new double[2]))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("Jacobian");
        assertThatThrownBy(() -> new NewtonSolution(diagonal(1, 1), new double[1], null, 0, 0, new double[1],
                com.google.common.collect.ImmutableList.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("solution must not be null");
    }

    // ---- Tridiagonal ------------------------------------------------------------------------------

    @Test
    void tridiagonalNamesTheNonFiniteElement() {
        double[] lo = {0, 1, 1};
        double[] up = {1, 1, 0};
        assertThatThrownBy(() -> Tridiagonal.solve(lo, new double[] {4, 4, Double.NaN}, up, new double[] {1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("diag[2] must be a finite number, was NaN");
        // a NaN right-hand side came back as a NaN solution
        assertThatThrownBy(() -> Tridiagonal.solve(lo, new double[] {4, 4, 4}, up, new double[] {1, Double.NaN, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rhs[1] must be a finite number, was NaN");
        // finite input, overflowing solution: came back as Infinity
        assertThatThrownBy(() -> Tridiagonal.solve(new double[2], new double[] {1e-300, 1}, new double[2],
                new double[] {1e10, 1})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows");
        // short x: ArrayIndexOutOfBoundsException before
        assertThatThrownBy(() -> Tridiagonal.multiply(lo, new double[] {4, 4, 4}, up, new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> Tridiagonal.solve(null, new double[1], new double[1], new double[1]))
                .isInstanceOf(NullPointerException.class).hasMessage("lower must not be null");
    }

    @Test
    void factorizationChecksSizesAndElements() {
        assertThatThrownBy(() -> new TridiagonalFactorization(Integer.MAX_VALUE - 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknowns");
        TridiagonalFactorization lu = new TridiagonalFactorization(3);
        assertThatThrownBy(() -> lu.factor(new double[] {0, Double.NaN, 1}, new double[] {4, 4, 4}, new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lower[1] must be a finite number, was NaN");
        lu.factor(new double[3], new double[] {4, 4, 4}, new double[3]);
        assertThatThrownBy(() -> lu.solveAndAdd(new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        assertThatThrownBy(() -> lu.solveInPlace(new double[] {1, Double.NaN, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rhs[1] must be a finite number, was NaN");
    }

    @Test
    void convergenceExceptionSaysWhenTheResidualIsUnknown() {
        ConvergenceException e = new ConvergenceException("Brent", 10, Double.NaN, "hint");
        assertThat(e.getMessage()).isEqualTo("Brent did not converge in 10 iterations (residual not available); hint");
        assertThat(e.knownResidual()).isEmpty();
        assertThat(new ConvergenceException("Newton", 3, 1e-3, "").knownResidual()).hasValue(1e-3);
    }
}
