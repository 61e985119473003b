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

    /** Bisection depth beyond which a panel counts as unresolved. */
    static final int MAX_DEPTH = 40;
    /** Panels (each 60 evaluations: 20 + 10 points on both halves) one integral may use. */
    static final int MAX_PANELS = 4000;
    /** Upper bound on integrand evaluations of one call: 30 for the whole, 60 per panel. */
    static final long MAX_EVALUATIONS = 30 + 60L * MAX_PANELS;

    /**
     * ∫_a^b f.
     *
     * <p>The tolerance is relative to max(|∫f|, ∫|f|), so a sign-changing integrand whose integral
     * is (nearly) zero is not bisected forever chasing a relative error of a vanishing result.
     *
     * @param f integrand, finite on (a, b) (never evaluated at the ends)
     * @param a lower limit
     * @param b upper limit
     * @param relativeTolerance relative tolerance on the whole integral
     * @return the integral
     * @throws ConvergenceException if a panel is still unresolved after {@value #MAX_DEPTH} bisections,
     *         more than {@value #MAX_PANELS} panels are needed, or the integrand is not finite
     */
    static double integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance) {
        if (a == b) {
            return 0;
        }
        double[] abs = new double[1];
        double whole = rule(f, a, b, X20, W20, abs);
        double wholeAbs = abs[0];
        double coarse = rule(f, a, b, X10, W10, abs);
        if (!Double.isFinite(whole) || !Double.isFinite(wholeAbs)) {
            throw new ConvergenceException("Gauss–Legendre quadrature", 0, whole,
                    "the integrand is not finite on (" + a + ", " + b + ")");
        }
        double tol = relativeTolerance * Math.max(Math.abs(whole), wholeAbs);
        if (Math.abs(whole - coarse) <= tol || tol == 0 && whole == coarse) {
            return whole;
        }
        int[] panels = new int[1];
        return adapt(f, a, b, tol / Math.abs(b - a), 0, panels, abs);
    }

    private static double adapt(DoubleUnaryOperator f, double a, double b, double tolPerLength, int depth,
            int[] panels, double[] abs) {
        if (depth >= MAX_DEPTH || ++panels[0] > MAX_PANELS) {
            throw new ConvergenceException("Gauss–Legendre quadrature", depth, panels[0],
                    "the integrand is not resolved near (" + a + ", " + b + ") after " + panels[0]
                    + " panels at bisection depth " + depth + "; it may be singular or rough there");
        }
        double m = 0.5 * (a + b);
        if (!(m > a && m < b)) {
            throw new ConvergenceException("Gauss–Legendre quadrature", depth, panels[0],
                    "the panel (" + a + ", " + b + ") cannot be bisected in double precision");
        }
        double left = rule(f, a, m, X20, W20, abs);
        double right = rule(f, m, b, X20, W20, abs);
        double leftCoarse = rule(f, a, m, X10, W10, abs);
        double rightCoarse = rule(f, m, b, X10, W10, abs);
        double half = Math.abs(m - a);
        double sum = 0;
        sum += Math.abs(left - leftCoarse) <= tolPerLength * half ? left
                : adapt(f, a, m, tolPerLength, depth + 1, panels, abs);
        sum += Math.abs(right - rightCoarse) <= tolPerLength * half ? right
                : adapt(f, m, b, tolPerLength, depth + 1, panels, abs);
        if (!Double.isFinite(sum)) {
            throw new ConvergenceException("Gauss–Legendre quadrature", depth, sum,
                    "the integrand is not finite on (" + a + ", " + b + ")");
        }
        return sum;
    }

    /** The rule for ∫f; stores the same rule for ∫|f| in abs[0]. */
    private static double rule(DoubleUnaryOperator f, double a, double b, double[] x, double[] w, double[] abs) {
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double s = 0;
        double sa = 0;
        for (int i = 0; i < x.length; i++) {
            double v = f.applyAsDouble(c + h * x[i]);
            s += w[i] * v;
            sa += w[i] * Math.abs(v);
        }
        abs[0] = sa * Math.abs(h);
        return s * h;
    }
}
