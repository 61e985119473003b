package org.interphase.core;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * One-variable minimization on an interval: a scan on a uniform grid finds the best sample (so a
 * minimum at an end of the interval, or the lowest of several local minima the grid resolves, is
 * found), then Commons Math's {@link BrentOptimizer} polishes it inside the neighbouring cells.
 */
public final class Minimizer {

    /** Largest number of scan samples: each is an evaluation of the objective. */
    private static final int MAX_SAMPLES = 10_000_000;

    private Minimizer() {}

    /**
     * The minimum found.
     *
     * @param point x at the minimum, in the unit of x (finite)
     * @param value f(x) there, in the unit of f (finite)
     * @param evaluations evaluations of f spent: the scan samples plus Brent's (&ge; 0)
     */
    public record Minimum(double point, double value, int evaluations) {
        /**
         * Validates the components.
         *
         * @param point x at the minimum (finite)
         * @param value f(x) there (finite)
         * @param evaluations evaluations of f spent (&ge; 0)
         * @throws IllegalArgumentException if a component is out of range
         */
        public Minimum {
            Checks.finite(point, "point", "");
            Checks.finite(value, "value", "");
            Checks.atLeast(evaluations, 0, "evaluations");
        }

        @Override
        public String toString() {
            return "Minimum[f(" + point + ") = " + value + ", " + evaluations + " evaluations]";
        }
    }

    /**
     * The minimum of f on [lo, hi].
     *
     * @param f the objective; must be finite on [lo, hi] (not null)
     * @param lo lower end, in the unit of x (finite)
     * @param hi upper end, in the unit of x (finite, &gt; lo, hi − lo finite)
     * @param samples grid samples for the scan (in [3, 10⁷]: each sample is one evaluation of f)
     * @param relativeTolerance relative tolerance on the location, dimensionless (in [1e-15, 0.1];
     *     below 1e-15 double precision cannot resolve the location)
     * @return x and f(x) at the minimum, and the evaluations spent
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if an argument is out of range, or f is not finite at a point
     *     where it is evaluated (the message gives the point and the value)
     * @throws ConvergenceException if Brent needs more than 10,000 evaluations
     */
    public static Minimum minimize(DoubleUnaryOperator f, double lo, double hi, int samples, double relativeTolerance) {
        Checks.nonNull(f, "f");
        Checks.finite(lo, "lo", "");
        Checks.finite(hi, "hi", "");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be > lo (" + lo + "), was " + hi);
        }
        if (!Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("interval width hi − lo = " + hi + " − (" + lo
                    + ") overflows the double range; give a narrower interval");
        }
        Checks.inClosedRange(samples, 3, MAX_SAMPLES, "samples");
        // Commons Math's Brent refuses a relative tolerance below 2·ulp(1) with its own message
        Checks.inClosedRange(relativeTolerance, 1e-15, 0.1, "relative tolerance", "");
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        double h = (hi - lo) / (samples - 1);
        for (int i = 0; i < samples; i++) {
            double x = i == samples - 1 ? hi : lo + i * h;
            double v = finiteValue(f, x);
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double a = Math.max(lo, lo + (best - 1) * h);
        double b = Math.min(hi, lo + (best + 1) * h);
        double start = best == samples - 1 ? hi : lo + best * h;
        try {
            BrentOptimizer brent = new BrentOptimizer(relativeTolerance, 1e-300);
            UnivariatePointValuePair p = brent.optimize(new MaxEval(10_000),
                    new UnivariateObjectiveFunction(x -> finiteValue(f, x)), GoalType.MINIMIZE,
                    new SearchInterval(a, b, start));
            int evaluations = samples + brent.getEvaluations();
            if (p.getValue() <= bestValue) {
                return new Minimum(p.getPoint(), p.getValue(), evaluations);
            }
            return new Minimum(start, bestValue, evaluations);
        } catch (TooManyEvaluationsException e) {
            throw new ConvergenceException("Brent minimization", 10_000, Double.NaN,
                    "the objective may be flat or noisy near x = " + start);
        }
    }

    private static double finiteValue(DoubleUnaryOperator f, double x) {
        double v = f.applyAsDouble(x);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("objective is not finite at x = " + x + ": f(x) = " + v
                    + "; f must be finite on the whole interval");
        }
        return v;
    }
}
