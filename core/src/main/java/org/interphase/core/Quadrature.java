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
     * @param f the integrand, finite on (a, b)
     * @param a lower limit (finite)
     * @param b upper limit (finite; may be &lt; a, the sign follows)
     * @param relativeTolerance relative tolerance (&gt; 0)
     * @param absoluteTolerance absolute tolerance (&ge; 0)
     * @return the integral
     * @throws ConvergenceException if 2000 panels do not reach the tolerance
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance,
            double absoluteTolerance) {
        Checks.finite(a, "a", "");
        Checks.finite(b, "b", "");
        Checks.positive(relativeTolerance, "relative tolerance", "");
        Checks.nonNegative(absoluteTolerance, "absolute tolerance", "");
        if (a == b) {
            return 0.0;
        }
        if (b < a) {
            return -integrate(f, b, a, relativeTolerance, absoluteTolerance);
        }
        int maxPanels = 2000;
        double[] lo = new double[maxPanels];
        double[] hi = new double[maxPanels];
        double[] val = new double[maxPanels];
        double[] err = new double[maxPanels];
        int count = 1;
        lo[0] = a;
        hi[0] = b;
        panel(f, a, b, val, err, 0);
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
            if (!Double.isFinite(total)) {
                throw new ConvergenceException("adaptive quadrature", count, totalErr,
                        "the integrand is not finite on (" + a + ", " + b + ")");
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
            panel(f, lo[worst], hi[worst], val, err, worst);
            panel(f, lo[count], hi[count], val, err, count);
            count++;
        }
    }

    private static void panel(DoubleUnaryOperator f, double a, double b, double[] val, double[] err, int i) {
        GaussIntegrator coarse = FACTORY.legendre(POINTS, a, b);
        GaussIntegrator fine = FACTORY.legendre(2 * POINTS, a, b);
        double c = coarse.integrate(f::applyAsDouble);
        double v = fine.integrate(f::applyAsDouble);
        val[i] = v;
        err[i] = Math.abs(v - c);
    }
}
