package org.interphase.core;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Adaptive quadrature: globally adaptive bisection over Gauss–Legendre panels from Commons Math
 * ({@link GaussIntegratorFactory}). Each panel is integrated with an n-point and a 2n-point rule;
 * their difference estimates the panel error, and the panel with the largest error is split until
 * the total estimate is below max(absTol, relTol·|I|). Integrable end-point singularities (such as
 * 1/√x) are handled by the bisection concentrating panels there; Gauss points never touch the
 * ends, so f is never evaluated at them.
 */
public final class Quadrature {

    private static final GaussIntegratorFactory FACTORY = new GaussIntegratorFactory();
    private static final int POINTS = 10;

    private Quadrature() {}

    /**
     * ∫_a^b f(x) dx.
     *
     * @param f the integrand, finite on (a, b) (not null)
     * @param a lower limit, in the unit of x (finite)
     * @param b upper limit, in the unit of x (finite, |b − a| finite; may be &lt; a, the sign follows)
     * @param relativeTolerance relative tolerance, dimensionless (in [1e-15, 1])
     * @param absoluteTolerance absolute tolerance, in the unit of the integral (&ge; 0, finite)
     * @return the integral, in the unit of f times the unit of x
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if an argument is out of range, f is not finite at a point
     *     where it is evaluated (the message gives the point and the value), or the integral
     *     overflows the double range
     * @throws ConvergenceException if 2000 panels do not reach the tolerance, or f overflows at a point
     *     the bisection reached next to a singularity
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance,
            double absoluteTolerance) {
        Checks.nonNull(f, "f");
        Checks.finite(a, "a", "");
        Checks.finite(b, "b", "");
        // below 1e-15 the panel error estimate is round-off: 2000 panels would be spent in vain
        Checks.inClosedRange(relativeTolerance, 1e-15, 1, "relative tolerance", "");
        Checks.nonNegative(absoluteTolerance, "absolute tolerance", "");
        if (!Double.isFinite(b - a)) {
            throw new IllegalArgumentException("integration range b − a = " + b + " − (" + a
                    + ") overflows the double range; split the range or rescale x");
        }
        if (a == b) {
            return 0.0;
        }
        if (b < a) {
            return -integrate(f, b, a, relativeTolerance, absoluteTolerance);
        }
        return adaptive(f, a, b, relativeTolerance, absoluteTolerance);
    }

    private static double adaptive(DoubleUnaryOperator f, double a, double b, double relativeTolerance,
            double absoluteTolerance) {
        int maxPanels = 2000;
        double[] lo = new double[maxPanels];
        double[] hi = new double[maxPanels];
        double[] val = new double[maxPanels];
        double[] err = new double[maxPanels];
        int count = 1;
        lo[0] = a;
        hi[0] = b;
        panel(f, a, b, val, err, 0, a, b, 1);
        while (true) {
            double total = 0;
            double totalErr = 0;
            int worst = 0;
            for (int i = 0; i < count; i++) {
                total += val[i];
                totalErr += err[i];
                if (err[i] > err[worst]) {
                    worst = i;
                }
            }
            if (!Double.isFinite(total) || !Double.isFinite(totalErr)) {
                // every value of f was finite: the sum of the panels overflowed
                throw new IllegalArgumentException("the integral of f over (a, b) = (" + a + ", " + b
                        + ") overflows the double range (|I| > " + Double.MAX_VALUE + "); rescale f or x");
            }
            if (totalErr <= Math.max(absoluteTolerance, relativeTolerance * Math.abs(total))) {
                return total;
            }
            if (count == maxPanels) {
                throw new ConvergenceException("adaptive quadrature", count, totalErr,
                        "the integrand may have a non-integrable singularity; loosen the tolerance or split the range");
            }
            double mid = 0.5 * (lo[worst] + hi[worst]);
            if (!(mid > lo[worst] && mid < hi[worst])) {
                // the panel cannot be split further in double precision: accept its estimate
                err[worst] = 0;
                continue;
            }
            lo[count] = mid;
            hi[count] = hi[worst];
            hi[worst] = mid;
            panel(f, lo[worst], hi[worst], val, err, worst, a, b, count + 1);
            panel(f, lo[count], hi[count], val, err, count, a, b, count + 1);
            count++;
        }
    }

    /**
     * Integrates one panel with both rules. A non-finite value of f is reported with its point: on the
     * first panel (the whole range) as a bad integrand, on a panel made by bisection as the
     * overflow next to a singularity the refinement ran into.
     */
    private static void panel(DoubleUnaryOperator f, double a, double b, double[] val, double[] err, int i,
            double lo, double hi, int panels) {
        DoubleUnaryOperator checked = x -> {
            double v = f.applyAsDouble(x);
            if (!Double.isFinite(v)) {
                if (panels == 1) {
                    throw new IllegalArgumentException("integrand f(x) = " + v + " at x = " + x
                            + ": f must be finite on (" + lo + ", " + hi + ")");
                }
                throw new ConvergenceException("adaptive quadrature", panels, Double.NaN, "the integrand is " + v
                        + " at x = " + x + " after bisecting toward a singularity; it may be non-integrable there:"
                        + " split the range or integrate the singular part analytically");
            }
            return v;
        };
        GaussIntegrator coarse = FACTORY.legendre(POINTS, a, b);
        GaussIntegrator fine = FACTORY.legendre(2 * POINTS, a, b);
        double c = coarse.integrate(checked::applyAsDouble);
        double v = fine.integrate(checked::applyAsDouble);
        val[i] = v;
        err[i] = Math.abs(v - c);
    }
}
