package org.interphase.core;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The n-point Gauss–Legendre rule ∫_a^b f dx ≈ (b − a)/2 · Σ_i w_i f((a + b)/2 + (b − a)/2 · t_i), exact
 * for polynomials of degree 2n − 1; for smooth f its error on a panel of width h falls as h^(2n+1)
 * (Davis &amp; Rabinowitz, <i>Methods of Numerical Integration</i>, 2nd ed. 1984, §2.7). Nodes t_i and
 * weights w_i on [−1, 1] come from Commons Math's {@link GaussIntegratorFactory}, are computed once per
 * order and cached (thread-safe), so a rule costs nothing to reuse on millions of panels. The nodes are
 * interior: f is never evaluated at a or b.
 */
public final class GaussLegendreRule {

    /** Largest order offered: beyond it the rule brings nothing that bisection does not. */
    public static final int MAX_POINTS = 64;

    private static final ConcurrentMap<Integer, GaussLegendreRule> CACHE = new ConcurrentHashMap<>();

    private final double[] nodes;
    private final double[] weights;

    private GaussLegendreRule(double[] nodes, double[] weights) {
        this.nodes = nodes;
        this.weights = weights;
    }

    /**
     * The rule of that order, computed on first use and shared afterwards.
     *
     * @param points number of nodes n, in [1, {@value #MAX_POINTS}]
     * @return the rule
     * @throws IllegalArgumentException if {@code points} is out of range
     */
    public static GaussLegendreRule of(int points) {
        Checks.inClosedRange(points, 1, MAX_POINTS, "points (of the Gauss–Legendre rule)");
        return CACHE.computeIfAbsent(points, n -> {
            GaussIntegrator g = new GaussIntegratorFactory().legendre(n, -1, 1);
            double[] t = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = g.getPoint(i);
                w[i] = g.getWeight(i);
            }
            return new GaussLegendreRule(t, w);
        });
    }

    /** @return the number of nodes n */
    public int points() {
        return nodes.length;
    }

    /** @return a copy of the nodes t_i on [−1, 1], ascending */
    public double[] nodes() {
        return nodes.clone();
    }

    /** @return a copy of the weights w_i (they sum to 2) */
    public double[] weights() {
        return weights.clone();
    }

    /**
     * The rule applied once on [a, b]; no error control (see {@link Quadrature} for that).
     *
     * @param f the integrand (not null)
     * @param a lower limit, in the unit of x (finite)
     * @param b upper limit, in the unit of x (finite, b − a finite)
     * @return the n-point approximation of ∫_a^b f dx, in the unit of f times the unit of x
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if a limit is not finite, the interval's width overflows, or the
     *     sum is not finite (f not finite at a node, or overflowing)
     */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        Checks.nonNull(f, "f");
        Checks.finite(a, "a", "(unit of x)");
        Checks.finite(b, "b", "(unit of x)");
        if (!Double.isFinite(b - a)) {
            throw new IllegalArgumentException("the interval [a, b] = [" + a + ", " + b + "] is wider than the double range");
        }
        double c = 0.5 * (a + b);
        double h = 0.5 * (b - a);
        double s = 0;
        for (int i = 0; i < nodes.length; i++) {
            s += weights[i] * f.applyAsDouble(c + h * nodes[i]);
        }
        double result = s * h;
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException("the " + nodes.length + "-point rule on [a, b] = [" + a + ", " + b
                    + "] is not finite (" + result + "): f is not finite at a node, or the sum overflows");
        }
        return result;
    }

    /** Node i mapped onto [a, b] (package-private: the adaptive quadrature's inner loop). */
    double node(int i, double center, double halfWidth) {
        return center + halfWidth * nodes[i];
    }

    /** Weight i (package-private: the adaptive quadrature's inner loop). */
    double weight(int i) {
        return weights[i];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GaussLegendreRule[%d points]", nodes.length);
    }
}
