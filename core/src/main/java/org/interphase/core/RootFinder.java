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
     * @param f the function, finite on [lo, hi] (not null)
     * @param lo lower end of the bracket, in the unit of x (finite)
     * @param hi upper end, in the unit of x (finite, &gt; lo, hi − lo finite)
     * @param absoluteTolerance absolute tolerance on the root, in the unit of x (&gt; 0, finite)
     * @return the root, in the unit of x
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if an argument is out of range, f does not change sign on the
     *     bracket, or f is not finite at a point where it is evaluated (the message gives the point)
     * @throws ConvergenceException if Brent needs more than 1000 evaluations
     */
    public static double brent(DoubleUnaryOperator f, double lo, double hi, double absoluteTolerance) {
        Checks.nonNull(f, "f");
        Checks.finite(lo, "lo", "");
        Checks.finite(hi, "hi", "");
        Checks.positive(absoluteTolerance, "absolute tolerance", "");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be > lo (" + lo + "), was " + hi);
        }
        if (!Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("bracket width hi − lo = " + hi + " − (" + lo
                    + ") overflows the double range; give a narrower bracket");
        }
        double fLo = finiteValue(f, lo);
        double fHi = finiteValue(f, hi);
        if (fLo == 0) {
            return lo;
        }
        if (fHi == 0) {
            return hi;
        }
        // compare signs, not the product: f(lo)·f(hi) underflows to 0 for values near 1e-200
        if ((fLo > 0) == (fHi > 0)) {
            throw new IllegalArgumentException("f does not change sign on [" + lo + ", " + hi + "]: f(lo) = "
                    + fLo + ", f(hi) = " + fHi);
        }
        double[] last = {Math.min(Math.abs(fLo), Math.abs(fHi))};
        // Commons Math's Brent tests the bracket by products f(a)·f(b), which underflow to 0 for
        // |f| below ~1e-154 and end in NoBracketingException; a power-of-two scale is exact and
        // moves neither the root nor Brent's interpolation (which uses ratios of f values)
        double big = Math.max(Math.abs(fLo), Math.abs(fHi));
        double scale = big < 1e-100 ? Math.scalb(1.0, -Math.getExponent(big)) : 1.0;
        // function-value accuracy 0: Commons Math's default (1e-15, absolute) returned the initial guess
        // as "the root" of any function whose values are all below 1e-15 in magnitude
        BrentSolver solver = new BrentSolver(1e-15, absoluteTolerance, 0.0);
        try {
            return solver.solve(MAX_EVALUATIONS, x -> {
                double v = finiteValue(f, x);
                last[0] = Math.abs(v);
                return v * scale;
            }, lo, hi);
        } catch (NoBracketingException e) {
            // not reached after the sign test above; kept so that no Commons Math message escapes
            throw new IllegalArgumentException("f does not change sign on [" + lo + ", " + hi + "]: f(lo) = "
                    + fLo + ", f(hi) = " + fHi);
        } catch (TooManyEvaluationsException e) {
            throw new ConvergenceException("Brent", MAX_EVALUATIONS, last[0],
                    "check that f is continuous on the bracket [" + lo + ", " + hi + "]");
        }
    }

    private static double finiteValue(DoubleUnaryOperator f, double x) {
        double v = f.applyAsDouble(x);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("f(x) = " + v + " at x = " + x + ": f must be finite where the root"
                    + " is searched");
        }
        return v;
    }

    /**
     * Widens [lo, hi] geometrically about its centre until f changes sign, then solves with Brent.
     *
     * @param f the function, finite wherever the bracket reaches (not null)
     * @param lo initial lower end, in the unit of x (finite)
     * @param hi initial upper end, in the unit of x (finite, &gt; lo, hi − lo finite)
     * @param absoluteTolerance absolute tolerance on the root, in the unit of x (&gt; 0, finite)
     * @param maxExpansions how many times the bracket may double (in [0, 2000]; a double range is
     *     spanned by about 2100 doublings)
     * @return the root, in the unit of x
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if an argument is out of range or f is not finite at a point
     *     where it is evaluated (the message gives the point)
     * @throws ConvergenceException if no sign change is found, or the bracket would leave the double range
     */
    public static double bracketAndSolve(DoubleUnaryOperator f, double lo, double hi, double absoluteTolerance,
            int maxExpansions) {
        Checks.nonNull(f, "f");
        Checks.finite(lo, "lo", "");
        Checks.finite(hi, "hi", "");
        Checks.positive(absoluteTolerance, "absolute tolerance", "");
        Checks.inClosedRange(maxExpansions, 0, 2000, "maxExpansions");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be > lo (" + lo + "), was " + hi);
        }
        if (!Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("bracket width hi − lo = " + hi + " − (" + lo
                    + ") overflows the double range; give a narrower bracket");
        }
        double a = lo;
        double b = hi;
        double fa = finiteValue(f, a);
        double fb = finiteValue(f, b);
        int k = 0;
        // signs, not the product fa·fb, which underflows to 0 (a false sign change) for tiny values
        while (fa != 0 && fb != 0 && (fa > 0) == (fb > 0)) {
            if (k++ >= maxExpansions) {
                throw new ConvergenceException("bracketing", k - 1, Math.min(Math.abs(fa), Math.abs(fb)),
                        "no sign change of f on [" + a + ", " + b + "]; give a bracket that holds the root");
            }
            double width = b - a;
            double na = Math.abs(fa) < Math.abs(fb) ? a - width : a;
            double nb = Math.abs(fa) < Math.abs(fb) ? b : b + width;
            if (!Double.isFinite(nb - na)) {
                throw new ConvergenceException("bracketing", k - 1, Math.min(Math.abs(fa), Math.abs(fb)),
                        "no sign change of f on [" + a + ", " + b + "], and a wider bracket would leave the double"
                                + " range; give a bracket that holds the root");
            }
            if (na != a) {
                a = na;
                fa = finiteValue(f, a);
            } else {
                b = nb;
                fb = finiteValue(f, b);
            }
        }
        return brent(f, a, b, absoluteTolerance);
    }
}
