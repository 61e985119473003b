package org.interphase.buffer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Minimizer;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Layer;
import org.interphase.stack.ResistanceBudget;

/**
 * Chooses the coating of an {@link InterfaceStack} that minimises its total resistance: the
 * thickness (one variable, grid scan + Brent), the material over a list of candidates, and — for
 * any set of free choices a user maps onto stacks (processing temperature and time, stack
 * pressure, …) — several variables at once with Commons Math's BOBYQA.
 *
 * <p>Constraints: a thickness window [min, max] and, optionally, electron blocking — the coating
 * must be at least as thick as the {@link TunnellingBlocking} bound for its ionic path
 * (research notes M3). Immutable and thread-safe.
 */
public final class BufferLayerOptimizer {

    private final double minThickness;
    private final double maxThickness;
    private final int samples;
    private final TunnellingBlocking blocking;
    private final double blockingFactor;

    private BufferLayerOptimizer(Builder b) {
        this.minThickness = b.minThickness;
        this.maxThickness = b.maxThickness;
        this.samples = b.samples;
        this.blocking = b.blocking;
        this.blockingFactor = b.blockingFactor;
    }

    /** @return an optimizer over 0 … 50 nm, 101 scan points, no electron-blocking constraint */
    public static BufferLayerOptimizer withDefaults() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #withDefaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The result of a thickness optimization.
     *
     * @param stack the stack at the optimum
     * @param thickness the optimal coating thickness, m
     * @param budget the resistance budget at the optimum
     * @param curve total resistance vs thickness around the optimum (x in nm, y in Ω·cm²)
     * @param lowerBound the smallest thickness allowed (window or electron blocking), m
     * @param interior whether the optimum lies strictly inside the allowed window
     */
    public record Result(InterfaceStack stack, double thickness, ResistanceBudget budget, Profile curve,
            double lowerBound, boolean interior) {

        /** @return the total resistance at the optimum, Ω·m² */
        public double total() {
            return budget.total();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: optimum %.3g nm (%s), total %.4g Ω·cm²%s",
                    stack.coating().map(l -> l.material().name()).orElse("no coating"), Units.toNm(thickness),
                    interior ? "interior" : "at a bound", Units.toOhmCm2(budget.total()),
                    lowerBound > 0 ? String.format(Locale.ROOT, "; thinnest allowed %.3g nm", Units.toNm(lowerBound))
                            : "");
        }
    }

    /**
     * Optimizes the coating thickness of a stack.
     *
     * @param stack a stack with a coating (its thickness is the starting point, and is varied)
     * @return the optimum, its budget and the curve
     * @throws IllegalStateException if the stack has no coating
     */
    public Result optimizeThickness(InterfaceStack stack) {
        Layer coating = stack.coating().orElseThrow(() -> new IllegalStateException(
                "the stack " + stack.name() + " has no coating to optimize; add one with coating(material, thickness)"));
        double lower = minThickness;
        if (blocking != null) {
            double sigma = coating.conductivity(stack.temperature());
            lower = Math.max(lower, blocking.minimumThickness(sigma, stack.chargeTransferResistance(), blockingFactor));
        }
        if (!(lower < maxThickness)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "no thickness is allowed: electron blocking needs >= %.3g nm but max thickness is %.3g nm",
                    Units.toNm(lower), Units.toNm(maxThickness)));
        }
        double lo = lower;
        double[] best = Minimizer.minimize(l -> stack.withCoatingThickness(l).budget().total(), lo, maxThickness,
                samples, 1e-8);
        InterfaceStack at = stack.withCoatingThickness(best[0]);
        double[] x = new double[samples];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            double l = lo + (maxThickness - lo) * i / (samples - 1);
            x[i] = Units.toNm(l);
            y[i] = Units.toOhmCm2(stack.withCoatingThickness(l).budget().total());
        }
        double span = maxThickness - lo;
        boolean interior = best[0] > lo + 1e-6 * span && best[0] < maxThickness - 1e-6 * span;
        return new Result(at, best[0], at.budget(), Profile.of(x, y, "coating thickness", "nm", "total R", "Ω·cm²"),
                lower, interior);
    }

    /**
     * Ranks candidate coating materials on the same stack, each at its own optimal thickness.
     * Candidates whose catalog entry lacks what the stack needs (a conductivity law) are skipped
     * and listed in the exception only if none is left.
     *
     * @param stack the stack (its coating, if any, is replaced)
     * @param candidates coating materials (not empty)
     * @return results, best (lowest total) first
     */
    public List<Result> rankCoatings(InterfaceStack stack, List<Material> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate coating list must not be empty");
        }
        List<Result> results = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        double start = 0.5 * (minThickness + maxThickness);
        for (Material m : candidates) {
            try {
                results.add(optimizeThickness(stack.toBuilder().coating(m, start).build()));
            } catch (IllegalStateException e) {
                skipped.add(m.id() + " (" + e.getMessage() + ")");
            }
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("no candidate coating could be evaluated: " + skipped);
        }
        results.sort(Comparator.comparingDouble(Result::total));
        return List.copyOf(results);
    }

    /**
     * Minimizes the total resistance over several bounded variables with BOBYQA. The factory
     * maps a point (any free choices: coating thickness, processing temperature, stack pressure,
     * …, in SI) onto a stack; it must be defined on the whole box.
     *
     * @param factory maps variables to a stack
     * @param lower lower bounds (length ≥ 2; BOBYQA needs at least two variables — use
     *     {@link #optimizeThickness} for one)
     * @param upper upper bounds, same length, each &gt; its lower bound
     * @param start starting point inside the box
     * @return {x*, total(x*)}: the variables at the optimum followed by the total resistance, Ω·m²
     */
    public static double[] optimize(Function<double[], InterfaceStack> factory, double[] lower, double[] upper,
            double[] start) {
        Checks.allFinite(lower, "lower", "");
        Checks.allFinite(upper, "upper", "");
        Checks.allFinite(start, "start", "");
        Checks.sameLength(lower, "lower", upper, "upper");
        Checks.sameLength(lower, "lower", start, "start");
        int n = lower.length;
        if (n < 2) {
            throw new IllegalArgumentException("BOBYQA needs at least 2 variables, got " + n
                    + "; use optimizeThickness for one");
        }
        // scale every variable to [0, 1] so that one trust-region radius fits all of them
        double[] s0 = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(upper[i] > lower[i])) {
                throw new IllegalArgumentException("upper[" + i + "] must be > lower[" + i + "] (" + lower[i]
                        + "), was " + upper[i]);
            }
            Checks.inClosedRange(start[i], lower[i], upper[i], "start[" + i + "]", "");
            s0[i] = (start[i] - lower[i]) / (upper[i] - lower[i]);
        }
        Function<double[], double[]> unscale = s -> {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = lower[i] + Math.min(1, Math.max(0, s[i])) * (upper[i] - lower[i]);
            }
            return x;
        };
        double[] zeros = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        try {
            // ln of the total: resistances span decades, and BOBYQA's quadratic models fit a log better
            PointValuePair p = new BOBYQAOptimizer(2 * n + 1, 0.1, 1e-8).optimize(new MaxEval(5000),
                    new ObjectiveFunction(s -> Math.log(factory.apply(unscale.apply(s)).budget().total())),
                    GoalType.MINIMIZE, new InitialGuess(s0), new SimpleBounds(zeros, ones));
            double[] x = unscale.apply(p.getPoint());
            double[] out = java.util.Arrays.copyOf(x, n + 1);
            out[n] = Math.exp(p.getValue());
            return out;
        } catch (TooManyEvaluationsException e) {
            throw new ConvergenceException("BOBYQA", 5000, Double.NaN,
                    "the total resistance may be flat or discontinuous in the box; narrow the bounds");
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BufferLayerOptimizer[%.3g … %.3g nm, %d scan points, electron blocking %s]",
                Units.toNm(minThickness), Units.toNm(maxThickness), samples,
                blocking == null ? "off" : blocking + " x" + blockingFactor);
    }

    /** Configures a {@link BufferLayerOptimizer}. */
    public static final class Builder {
        private double minThickness = 0;
        private double maxThickness = Units.nm(50);
        private int samples = 101;
        private TunnellingBlocking blocking;
        private double blockingFactor = 1e3;

        private Builder() {}

        /**
         * @param min smallest thickness allowed, m (&ge; 0)
         * @param max largest thickness allowed, m (&gt; min)
         * @return this builder
         */
        public Builder thicknessWindow(double min, double max) {
            Checks.nonNegative(min, "min thickness", "m");
            Checks.positive(max, "max thickness", "m");
            if (!(max > min)) {
                throw new IllegalArgumentException("max thickness must be > min thickness (" + min + " m), was "
                        + max + " m");
            }
            this.minThickness = min;
            this.maxThickness = max;
            return this;
        }

        /**
         * @param value scan points over the window (&ge; 11)
         * @return this builder
         */
        public Builder samples(int value) {
            this.samples = Checks.atLeast(value, 11, "samples");
            return this;
        }

        /**
         * Requires electron blocking: R_tun(L) ≥ factor·(L/σ + R_ct).
         *
         * @param barrier the tunnelling barrier of the coating
         * @param factor k (&ge; 1)
         * @return this builder
         */
        public Builder electronBlocking(TunnellingBlocking barrier, double factor) {
            if (barrier == null) {
                throw new IllegalArgumentException("tunnelling barrier must not be null");
            }
            this.blocking = barrier;
            this.blockingFactor = Checks.atLeast(factor, 1.0, "blocking factor", "");
            return this;
        }

        /** @return the optimizer */
        public BufferLayerOptimizer build() {
            return new BufferLayerOptimizer(this);
        }
    }
}
