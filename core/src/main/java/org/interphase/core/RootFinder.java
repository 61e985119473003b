package org.interphase.core;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.exception.NoBracketingException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Scalar root finding: a thin adapter over Commons Math's {@link BrentSolver} that turns its
 * exceptions into the library's ({@link IllegalArgumentException} for a bad bracket,
 * {@link ConvergenceException} for too many evaluations) and can widen a bracket first.
 */
public final class RootFinder {

    private static final int MAX_EVALUATIONS = 1000;

    private RootFinder() {}

    /**
     * Brent's method on a bracket [lo, hi] with f(lo)·f(hi) ≤ 0.
     *
     * @param f the function
     * @param lo lower end of the bracket
     * @param hi upper end (&gt; lo)
     * @param absoluteTolerance absolute tolerance on the root (&gt; 0), in the unit of x
     * @return the root
     * @throws IllegalArgumentException if f does not change sign on the bracket
     * @throws ConvergenceException if Brent needs more than 1000 evaluations
     */
    public static double brent(DoubleUnaryOperator f, double lo, double hi, double absoluteTolerance) {
        Checks.finite(lo, "lo", "");
        Checks.finite(hi, "hi", "");
        Checks.positive(absoluteTolerance, "absolute tolerance", "");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be > lo (" + lo + "), was " + hi);
        }
        BrentSolver solver = new BrentSolver(1e-15, absoluteTolerance);
        try {
            return solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi);
        } catch (NoBracketingException e) {
            throw new IllegalArgumentException("f does not change sign on [" + lo + ", " + hi + "]: f(lo) = "
                    + f.applyAsDouble(lo) + ", f(hi) = " + f.applyAsDouble(hi), e);
        } catch (TooManyEvaluationsException e) {
            throw new ConvergenceException("Brent", MAX_EVALUATIONS, Double.NaN,
                    "check that f is continuous on the bracket");
        }
    }

    /**
     * Widens [lo, hi] geometrically about its centre until f changes sign, then solves with Brent.
     *
     * @param f the function
     * @param lo initial lower end
     * @param hi initial upper end (&gt; lo)
     * @param absoluteTolerance absolute tolerance on the root (&gt; 0)
     * @param maxExpansions how many times the bracket may double (&ge; 0)
     * @return the root
     * @throws ConvergenceException if no sign change is found
     */
    public static double bracketAndSolve(DoubleUnaryOperator f, double lo, double hi, double absoluteTolerance,
            int maxExpansions) {
        double a = lo;
        double b = hi;
        double fa = f.applyAsDouble(a);
        double fb = f.applyAsDouble(b);
        int k = 0;
        while (fa * fb > 0) {
            if (k++ >= maxExpansions) {
                throw new ConvergenceException("bracketing", k - 1, Math.min(Math.abs(fa), Math.abs(fb)),
                        "no sign change of f on [" + a + ", " + b + "]; give a bracket that holds the root");
            }
            double width = b - a;
            if (Math.abs(fa) < Math.abs(fb)) {
                a -= width;
                fa = f.applyAsDouble(a);
            } else {
                b += width;
                fb = f.applyAsDouble(b);
            }
        }
        return brent(f, a, b, absoluteTolerance);
    }
}
