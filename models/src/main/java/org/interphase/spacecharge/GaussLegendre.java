package org.interphase.spacecharge;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.interphase.core.ConvergenceException;

/**
 * Adaptive Gauss–Legendre quadrature with the 10- and 20-point rules precomputed once (nodes and
 * weights from Commons Math). Each panel is accepted when the two rules agree to its share of the
 * tolerance; otherwise it is bisected. The same algorithm as {@code org.interphase.core.Quadrature},
 * without rebuilding the rules for every panel, which the mesh-free junction (a few hundred
 * integrand evaluations per solve) cannot afford. Package-private: core's {@code Quadrature} is the
 * public one, and the tests use it as an independent check of this one.
 */
final class GaussLegendre {

    private static final double[] X10;
    private static final double[] W10;
    private static final double[] X20;
    private static final double[] W20;

    static {
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        GaussIntegrator g10 = factory.legendre(10, -1, 1);
        GaussIntegrator g20 = factory.legendre(20, -1, 1);
        X10 = new double[10];
        W10 = new double[10];
        X20 = new double[20];
        W20 = new double[20];
        for (int i = 0; i < 10; i++) {
            X10[i] = g10.getPoint(i);
            W10[i] = g10.getWeight(i);
        }
        for (int i = 0; i < 20; i++) {
            X20[i] = g20.getPoint(i);
            W20[i] = g20.getWeight(i);
        }
    }

    private GaussLegendre() {}

    /**
     * ∫_a^b f.
     *
     * @param f integrand, finite on (a, b) (never evaluated at the ends)
     * @param a lower limit
     * @param b upper limit
     * @param relativeTolerance relative tolerance on the whole integral
     * @return the integral
     * @throws ConvergenceException if bisection exceeds 60 levels or the integrand is not finite
     */
    static double integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance) {
        if (a == b) {
            return 0;
        }
        double whole = rule(f, a, b, X20, W20);
        double coarse = rule(f, a, b, X10, W10);
        if (!Double.isFinite(whole)) {
            throw new ConvergenceException("Gauss–Legendre quadrature", 0, whole,
                    "the integrand is not finite on (" + a + ", " + b + ")");
        }
        double tol = relativeTolerance * Math.abs(whole);
        if (Math.abs(whole - coarse) <= tol || tol == 0 && whole == coarse) {
            return whole;
        }
        return adapt(f, a, b, tol / Math.abs(b - a), 0);
    }

    private static double adapt(DoubleUnaryOperator f, double a, double b, double tolPerLength, int depth) {
        double m = 0.5 * (a + b);
        double left = rule(f, a, m, X20, W20);
        double right = rule(f, m, b, X20, W20);
        double leftCoarse = rule(f, a, m, X10, W10);
        double rightCoarse = rule(f, m, b, X10, W10);
        double half = Math.abs(m - a);
        double sum = 0;
        if (Math.abs(left - leftCoarse) <= tolPerLength * half || depth > 40 || !(m > a && m < b)) {
            sum += left;
        } else {
            sum += adapt(f, a, m, tolPerLength, depth + 1);
        }
        if (Math.abs(right - rightCoarse) <= tolPerLength * half || depth > 40 || !(m > a && m < b)) {
            sum += right;
        } else {
            sum += adapt(f, m, b, tolPerLength, depth + 1);
        }
        if (!Double.isFinite(sum)) {
            throw new ConvergenceException("Gauss–Legendre quadrature", depth, sum,
                    "the integrand is not finite on (" + a + ", " + b + ")");
        }
        return sum;
    }

    private static double rule(DoubleUnaryOperator f, double a, double b, double[] x, double[] w) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * f.applyAsDouble(c + h * x[i]);
        }
        return s * h;
    }
}
