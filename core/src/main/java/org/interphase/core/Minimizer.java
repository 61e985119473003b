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

    private Minimizer() {}

    /**
     * The minimum of f on [lo, hi].
     *
     * @param f the objective; must be finite on [lo, hi]
     * @param lo lower end
     * @param hi upper end (&gt; lo)
     * @param samples grid samples for the scan (&ge; 3)
     * @param relativeTolerance relative tolerance on the location (&gt; 0)
     * @return {x, f(x)} at the minimum
     * @throws IllegalArgumentException if f is not finite at a sample
     * @throws ConvergenceException if Brent needs more than 10,000 evaluations
     */
    public static double[] minimize(DoubleUnaryOperator f, double lo, double hi, int samples, double relativeTolerance) {
        Checks.finite(lo, "lo", "");
        Checks.finite(hi, "hi", "");
        if (!(hi > lo)) {
            throw new IllegalArgumentException("hi must be > lo (" + lo + "), was " + hi);
        }
        Checks.atLeast(samples, 3, "samples");
        Checks.positive(relativeTolerance, "relative tolerance", "");
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        double h = (hi - lo) / (samples - 1);
        for (int i = 0; i < samples; i++) {
            double x = i == samples - 1 ? hi : lo + i * h;
            double v = f.applyAsDouble(x);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("objective is not finite at x = " + x + ": " + v);
            }
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double a = Math.max(lo, lo + (best - 1) * h);
        double b = Math.min(hi, lo + (best + 1) * h);
        double start = best == samples - 1 ? hi : lo + best * h;
        try {
            UnivariatePointValuePair p = new BrentOptimizer(relativeTolerance, 1e-300)
                    .optimize(new MaxEval(10_000), new UnivariateObjectiveFunction(f::applyAsDouble),
                            GoalType.MINIMIZE, new SearchInterval(a, b, start));
            if (p.getValue() <= bestValue) {
                return new double[] {p.getPoint(), p.getValue()};
            }
            return new double[] {start, bestValue};
        } catch (TooManyEvaluationsException e) {
            throw new ConvergenceException("Brent minimization", 10_000, Double.NaN,
                    "the objective may be flat or noisy near x = " + start);
        }
    }
}
