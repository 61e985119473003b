package org.interphase.core;

import java.util.Locale;
import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * The library's one adaptive quadrature: globally adaptive bisection over Gauss–Legendre panels
 * (Piessens et al., <i>QUADPACK</i>, Springer 1983, the QAG strategy; rules from
 * {@link GaussLegendreRule}, cached once per order).
 *
 * <p><b>Stopping rule.</b> Every panel P is integrated with the 10-point rule Q10 and the 20-point rule
 * Q20; Q20 is its value and E_P = |Q20 − Q10| its error estimate. With Q = Σ_P Q20_P, M = Σ_P ∫_P|f|
 * (the 20-point rule applied to |f|) and E = Σ_P E_P, the integral is returned as soon as
 * <pre>  E &le; max(absoluteTolerance, relativeTolerance · max(|Q|, M))</pre>
 * Otherwise the panel with the largest E_P is bisected. M makes the relative tolerance meaningful for an
 * integrand that changes sign and whose integral (nearly) cancels; for an integrand of one sign M = |Q|.
 * The budget is {@link #withMaxPanels maxPanels} panels (default {@value #DEFAULT_MAX_PANELS}, 30
 * evaluations each); a panel too narrow to bisect in double precision is accepted as it is.
 *
 * <p>Integrable end-point singularities (1/√x, ln x) are handled by the bisection concentrating
 * panels there: the Gauss nodes are interior, so f is never evaluated at a or b. A non-integrable
 * singularity exhausts the budget and throws {@link ConvergenceException}. Next to such a singularity
 * E can fall a little short of the true error (by about 5 % for x^−½: neither rule is accurate on the
 * end panel, and their difference misses what they share); ask for a tolerance with that margin.
 *
 * <p>Usage: {@code Quadrature.integrate(f, a, b, 1e-10, 0)}, or configured once:
 * {@code Quadrature.withDefaults().withRelativeTolerance(1e-12).estimate(f, a, b)}, which also returns
 * the error estimate, panels and evaluations. Immutable and thread-safe.
 */
public final class Quadrature {

    /** Default panel budget. */
    public static final int DEFAULT_MAX_PANELS = 2000;

    private static final GaussLegendreRule COARSE = GaussLegendreRule.of(10);
    private static final GaussLegendreRule FINE = GaussLegendreRule.of(20);

    /**
     * An integral with its error estimate.
     *
     * @param value the integral, in the unit of f times the unit of x (finite)
     * @param errorEstimate E = Σ_P |Q20_P − Q10_P|, same unit (an estimate, usually pessimistic for smooth f;
     *     &ge; 0, finite)
     * @param panels panels used (&ge; 0)
     * @param evaluations evaluations of f (&ge; 0)
     */
    public record Estimate(double value, double errorEstimate, int panels, int evaluations) {
        /**
         * Validates the components.
         *
         * @param value the integral (finite)
         * @param errorEstimate its error estimate (&ge; 0, finite)
         * @param panels panels used (&ge; 0)
         * @param evaluations evaluations of f (&ge; 0)
         * @throws IllegalArgumentException if a component is out of range
         */
        public Estimate {
            Checks.finite(value, "value", "");
            Checks.nonNegative(errorEstimate, "errorEstimate", "");
            Checks.atLeast(panels, 0, "panels");
            Checks.atLeast(evaluations, 0, "evaluations");
        }

        @Override
        public String toString() {
            return "Quadrature.Estimate[" + value + " ± " + errorEstimate + ", " + panels + " panels, " + evaluations
                    + " evaluations]";
        }
    }

    private final double relativeTolerance;
    private final double absoluteTolerance;
    private final int maxPanels;

    private Quadrature(double relativeTolerance, double absoluteTolerance, int maxPanels) {
        this.relativeTolerance = relativeTolerance;
        this.absoluteTolerance = absoluteTolerance;
        this.maxPanels = maxPanels;
    }

    /** @return relative tolerance 1e-10, absolute tolerance 0, at most {@value #DEFAULT_MAX_PANELS} panels */
    public static Quadrature withDefaults() {
        return new Quadrature(1e-10, 0, DEFAULT_MAX_PANELS);
    }

    /**
     * @param relativeTolerance relative tolerance, dimensionless, in [1e-15, 1] (below 1e-15 the panel
     *     error estimate is round-off, and the budget would be spent in vain)
     * @return a copy with that tolerance
     * @throws IllegalArgumentException if out of range
     */
    public Quadrature withRelativeTolerance(double relativeTolerance) {
        Checks.inClosedRange(relativeTolerance, 1e-15, 1, "relative tolerance", "");
        return new Quadrature(relativeTolerance, absoluteTolerance, maxPanels);
    }

    /**
     * @param absoluteTolerance absolute tolerance, in the unit of the integral (&ge; 0, finite)
     * @return a copy with that tolerance
     * @throws IllegalArgumentException if negative or not finite
     */
    public Quadrature withAbsoluteTolerance(double absoluteTolerance) {
        Checks.nonNegative(absoluteTolerance, "absolute tolerance", "");
        return new Quadrature(relativeTolerance, absoluteTolerance, maxPanels);
    }

    /**
     * @param maxPanels the panel budget, in [1, 10⁶] (30 evaluations of f per panel)
     * @return a copy with that budget
     * @throws IllegalArgumentException if out of range
     */
    public Quadrature withMaxPanels(int maxPanels) {
        Checks.inClosedRange(maxPanels, 1, 1_000_000, "maxPanels");
        return new Quadrature(relativeTolerance, absoluteTolerance, maxPanels);
    }

    /**
     * ∫_a^b f(x) dx with the given tolerances and the default budget.
     *
     * @param f the integrand, finite on (a, b) (not null)
     * @param a lower limit, in the unit of x (finite)
     * @param b upper limit, in the unit of x (finite, |b − a| finite; may be &lt; a, the sign follows)
     * @param relativeTolerance relative tolerance, dimensionless (in [1e-15, 1])
     * @param absoluteTolerance absolute tolerance, in the unit of the integral (&ge; 0, finite)
     * @return the integral, in the unit of f times the unit of x
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if an argument is out of range, f is not finite at a point
     *     where it is evaluated on the whole range (the message gives the point and the value), or the
     *     integral overflows the double range
     * @throws ConvergenceException if {@value #DEFAULT_MAX_PANELS} panels do not reach the tolerance, or f
     *     overflows at a point the bisection reached next to a singularity
     */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relativeTolerance,
            double absoluteTolerance) {
        return withDefaults().withRelativeTolerance(relativeTolerance).withAbsoluteTolerance(absoluteTolerance)
                .integrate(f, a, b);
    }

    /**
     * ∫_a^b f(x) dx with this quadrature's tolerances and budget.
     *
     * @param f the integrand, finite on (a, b) (not null)
     * @param a lower limit, in the unit of x (finite)
     * @param b upper limit, in the unit of x (finite, |b − a| finite; may be &lt; a, the sign follows)
     * @return the integral, in the unit of f times the unit of x
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException as {@link #estimate}
     * @throws ConvergenceException as {@link #estimate}
     */
    public double integrate(DoubleUnaryOperator f, double a, double b) {
        return estimate(f, a, b).value();
    }

    /**
     * ∫_a^b f(x) dx with its error estimate, panels and evaluations.
     *
     * @param f the integrand, finite on (a, b) (not null)
     * @param a lower limit, in the unit of x (finite)
     * @param b upper limit, in the unit of x (finite, |b − a| finite; may be &lt; a, the sign follows)
     * @return the estimate (value and error in the unit of f times the unit of x)
     * @throws NullPointerException if {@code f} is null
     * @throws IllegalArgumentException if a limit is not finite or b − a overflows, f is not finite at
     *     a point of the first panel (the whole range; the message gives the point and the value), or
     *     the integral overflows the double range
     * @throws ConvergenceException if the panel budget does not reach the tolerance, or f is not finite
     *     at a point the bisection reached next to a singularity
     */
    public Estimate estimate(DoubleUnaryOperator f, double a, double b) {
        Checks.nonNull(f, "f");
        Checks.finite(a, "a", "");
        Checks.finite(b, "b", "");
        if (!Double.isFinite(b - a)) {
            throw new IllegalArgumentException("integration range b − a = " + b + " − (" + a
                    + ") overflows the double range; split the range or rescale x");
        }
        if (a == b) {
            return new Estimate(0.0, 0.0, 0, 0);
        }
        if (b < a) {
            Estimate e = estimate(f, b, a);
            return new Estimate(-e.value(), e.errorEstimate(), e.panels(), e.evaluations());
        }
        return adaptive(f, a, b);
    }

    /** One panel: its limits, Q20, |Q20 − Q10| and the 20-point estimate of ∫|f|. */
    private record Panel(double lo, double hi, double value, double error, double magnitude) {}

    private Estimate adaptive(DoubleUnaryOperator f, double a, double b) {
        // the worst panel first; ties broken by position so that the order of work is deterministic
        PriorityQueue<Panel> queue = new PriorityQueue<>((p, q) -> p.error != q.error
                ? Double.compare(q.error, p.error) : Double.compare(p.lo, q.lo));
        queue.add(panel(f, a, b, a, b, 1));
        int panels = 1;
        while (true) {
            // exact sums over the panels: running sums would drift by round-off over many bisections
            double total = 0;
            double error = 0;
            double magnitude = 0;
            for (Panel p : queue) {
                total += p.value;
                error += p.error;
                magnitude += p.magnitude;
            }
            if (!Double.isFinite(total) || !Double.isFinite(error) || !Double.isFinite(magnitude)) {
                // every value of f was finite: the sum of the panels overflowed
                throw new IllegalArgumentException("the integral of f over (a, b) = (" + a + ", " + b
                        + ") overflows the double range (|I| > " + Double.MAX_VALUE + "); rescale f or x");
            }
            if (error <= Math.max(absoluteTolerance, relativeTolerance * Math.max(Math.abs(total), magnitude))) {
                return new Estimate(total, error, panels, 30 * (2 * panels - 1));
            }
            if (panels >= maxPanels) {
                throw new ConvergenceException("adaptive quadrature", panels, error, "the integrand may have a"
                        + " non-integrable singularity; loosen the tolerance, split the range or raise maxPanels");
            }
            Panel worst = queue.poll();
            double mid = 0.5 * (worst.lo + worst.hi);
            if (!(mid > worst.lo && mid < worst.hi)) {
                // the panel cannot be split further in double precision: accept its estimate
                queue.add(new Panel(worst.lo, worst.hi, worst.value, 0, worst.magnitude));
                continue;
            }
            panels++;
            queue.add(panel(f, worst.lo, mid, a, b, panels));
            queue.add(panel(f, mid, worst.hi, a, b, panels));
        }
    }

    /**
     * Integrates one panel with both rules. A non-finite value of f is reported with its point: on the
     * first panel (the whole range) as a bad integrand, on a panel made by bisection as the
     * overflow next to a singularity the refinement ran into.
     */
    private static Panel panel(DoubleUnaryOperator f, double lo, double hi, double a, double b, int panels) {
        double c = 0.5 * (lo + hi);
        double h = 0.5 * (hi - lo);
        double coarse = 0;
        for (int i = 0; i < COARSE.points(); i++) {
            coarse += COARSE.weight(i) * value(f, COARSE.node(i, c, h), a, b, panels);
        }
        double fine = 0;
        double abs = 0;
        for (int i = 0; i < FINE.points(); i++) {
            double v = value(f, FINE.node(i, c, h), a, b, panels);
            fine += FINE.weight(i) * v;
            abs += FINE.weight(i) * Math.abs(v);
        }
        return new Panel(lo, hi, fine * h, Math.abs(fine - coarse) * h, abs * h);
    }

    private static double value(DoubleUnaryOperator f, double x, double a, double b, int panels) {
        double v = f.applyAsDouble(x);
        if (!Double.isFinite(v)) {
            if (panels == 1) {
                throw new IllegalArgumentException("integrand f(x) = " + v + " at x = " + x
                        + ": f must be finite on (" + a + ", " + b + ")");
            }
            throw new ConvergenceException("adaptive quadrature", panels, Double.NaN, "the integrand is " + v
                    + " at x = " + x + " after bisecting toward a singularity; it may be non-integrable there:"
                    + " split the range or integrate the singular part analytically");
        }
        return v;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Quadrature[Gauss–Legendre 10/20, relative tolerance %.1e, absolute"
                + " tolerance %.1e, max %d panels]", relativeTolerance, absoluteTolerance, maxPanels);
    }
}
