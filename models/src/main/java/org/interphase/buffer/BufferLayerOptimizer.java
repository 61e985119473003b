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
import org.interphase.materials.MissingDataException;
import org.interphase.stack.InterfaceStack;
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

        /**
         * Validates the components.
         *
         * @param stack the stack at the optimum (not null)
         * @param thickness the optimal coating thickness, m (&ge; 0)
         * @param budget the budget at the optimum (not null)
         * @param curve total resistance vs thickness (not null)
         * @param lowerBound the smallest thickness allowed, m (&ge; 0)
         * @param interior whether the optimum lies strictly inside the allowed window
         */
        public Result {
            if (stack == null || budget == null || curve == null) {
                throw new IllegalArgumentException("a thickness optimum needs its stack, budget and curve, were "
                        + (stack == null ? "no stack " : "") + (budget == null ? "no budget " : "")
                        + (curve == null ? "no curve" : ""));
            }
            Checks.nonNegative(thickness, "optimal coating thickness", "m");
            Checks.nonNegative(lowerBound, "lower thickness bound", "m");
        }

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

    /** The thinnest coating allowed: the window's lower end, or the electron-blocking bound, m. */
    private double lowerBound(InterfaceStack stack) {
        double lower = minThickness;
        if (blocking != null) {
            double sigma = stack.coating().orElseThrow().conductivity(stack.temperature());
            lower = Math.max(lower, blocking.minimumThickness(sigma, stack.chargeTransferResistance(), blockingFactor));
        }
        return lower;
    }

    private String noThicknessAllowed(double lower) {
        return String.format(Locale.ROOT,
                "no thickness is allowed: electron blocking needs >= %.3g nm but max thickness is %.3g nm",
                Units.toNm(lower), Units.toNm(maxThickness));
    }

    /**
     * Optimizes the coating thickness of a stack.
     *
     * @param stack a stack with a coating (its thickness is the starting point, and is varied)
     * @return the optimum, its budget and the curve
     * @throws IllegalStateException if the stack has no coating
     * @throws IllegalArgumentException if the stack is null, or electron blocking allows no thickness
     *     in the window
     */
    public Result optimizeThickness(InterfaceStack stack) {
        if (stack == null) {
            throw new IllegalArgumentException("stack must not be null");
        }
        stack.coating().orElseThrow(() -> new IllegalStateException(
                "the stack " + stack.name() + " has no coating to optimize; add one with coating(material, thickness)"));
        double lower = lowerBound(stack);
        if (!(lower < maxThickness)) {
            throw new IllegalArgumentException(noThicknessAllowed(lower));
        }
        double lo = lower;
        Minimizer.Minimum best = Minimizer.minimize(l -> stack.withCoatingThickness(l).budget().total(), lo, maxThickness,
                samples, 1e-8);
        InterfaceStack at = stack.withCoatingThickness(best.point());
        double[] x = new double[samples];
        double[] y = new double[samples];
        for (int i = 0; i < samples; i++) {
            double l = lo + (maxThickness - lo) * i / (samples - 1);
            x[i] = Units.toNm(l);
            y[i] = Units.toOhmCm2(stack.withCoatingThickness(l).budget().total());
        }
        double span = maxThickness - lo;
        boolean interior = best.point() > lo + 1e-6 * span && best.point() < maxThickness - 1e-6 * span;
        return new Result(at, best.point(), at.budget(), Profile.of(x, y, "coating thickness", "nm", "total R", "Ω·cm²"),
                lower, interior);
    }

    /**
     * A candidate coating that could not be ranked, and why.
     *
     * @param material the candidate
     * @param reason why it was skipped: the message of the specific failure (the catalog lacks a
     *     value the stack needs for it, no thickness satisfies the electron-blocking bound in the
     *     window, or a solver did not converge for it)
     */
    public record Skipped(Material material, String reason) {

        /**
         * Validates the components.
         *
         * @param material the candidate (not null)
         * @param reason why it was skipped (not null)
         */
        public Skipped {
            if (material == null || reason == null) {
                throw new IllegalArgumentException("a skipped candidate needs its material and a reason, were "
                        + material + ", " + reason);
            }
        }

        @Override
        public String toString() {
            return material.id() + " skipped: " + reason;
        }
    }

    /**
     * The outcome of {@link #rankCoatings}: every candidate is either ranked or listed as skipped,
     * with the reason.
     *
     * @param ranked the candidates at their optimal thickness, best (lowest total) first
     * @param skipped the candidates that could not be evaluated, in candidate order
     */
    public record Ranking(List<Result> ranked, List<Skipped> skipped) {

        /**
         * Copies the lists.
         *
         * @param ranked the ranked results (not null)
         * @param skipped the skipped candidates (not null)
         */
        public Ranking {
            ranked = List.copyOf(ranked);
            skipped = List.copyOf(skipped);
        }

        /** @return the best candidate at its optimum, if any candidate could be ranked */
        public java.util.Optional<Result> best() {
            return ranked.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ranked.get(0));
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d of %d candidates ranked%n",
                    ranked.size(), ranked.size() + skipped.size()));
            for (int i = 0; i < ranked.size(); i++) {
                sb.append(String.format(Locale.ROOT, "  %d. %s%n", i + 1, ranked.get(i)));
            }
            for (Skipped k : skipped) {
                sb.append("  ").append(k).append(System.lineSeparator());
            }
            return sb.toString();
        }
    }

    /**
     * Ranks candidate coating materials on the same stack, each at its own optimal thickness.
     * A candidate is skipped, and listed with the reason, only for one of the failures that can
     * belong to a single candidate: the catalog lacks a value the stack needs for that material
     * ({@link MissingDataException} naming it), no thickness in the window satisfies the
     * electron-blocking bound for its conductivity, or a solver did not converge for it
     * ({@link ConvergenceException}). Every other failure propagates: it is not the candidate's.
     *
     * @param stack the stack (its coating, if any, is replaced)
     * @param candidates coating materials (not empty, no null)
     * @return the ranked and the skipped candidates
     * @throws IllegalArgumentException if the stack is null or the candidate list is empty or holds null
     */
    public Ranking rankCoatings(InterfaceStack stack, List<Material> candidates) {
        if (stack == null) {
            throw new IllegalArgumentException("stack must not be null");
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate coating list must not be empty");
        }
        if (candidates.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("candidate coating list must not hold null, was " + candidates);
        }
        List<Result> results = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        double start = 0.5 * (minThickness + maxThickness);
        for (Material m : candidates) {
            InterfaceStack candidate = stack.toBuilder().coating(m, start).build();
            try {
                double lower = lowerBound(candidate);
                if (!(lower < maxThickness)) {
                    skipped.add(new Skipped(m, noThicknessAllowed(lower)));
                    continue;
                }
                results.add(optimizeThickness(candidate));
            } catch (MissingDataException e) {
                if (!e.materialId().equals(m.id())) {
                    throw e; // the stack's own materials lack data: no candidate could be ranked
                }
                skipped.add(new Skipped(m, e.getMessage()));
            } catch (ConvergenceException e) {
                skipped.add(new Skipped(m, "did not converge: " + e.getMessage()));
            }
        }
        results.sort(Comparator.comparingDouble(Result::total));
        return new Ranking(results, skipped);
    }

    /**
     * The outcome of {@link #optimize}: the free variables at the optimum, the stack they map to
     * and its budget, and the objective evaluations BOBYQA used.
     *
     * @param point the variables at the optimum, in the factory's units (a copy is kept and returned)
     * @param stack the stack at the optimum
     * @param budget its budget
     * @param evaluations the number of objective evaluations
     */
    public record Optimum(double[] point, InterfaceStack stack, ResistanceBudget budget, int evaluations) {

        /**
         * Copies the point.
         *
         * @param point the variables at the optimum (not null)
         * @param stack the stack at the optimum (not null)
         * @param budget its budget (not null)
         * @param evaluations objective evaluations (&ge; 0)
         */
        public Optimum {
            if (point == null || stack == null || budget == null) {
                throw new IllegalArgumentException("an optimum needs its point, stack and budget");
            }
            point = point.clone();
            Checks.atLeast(evaluations, 0, "evaluations");
        }

        /** @return a copy of the variables at the optimum */
        @Override
        public double[] point() {
            return point.clone();
        }

        /**
         * @param i variable index
         * @return the i-th variable at the optimum
         */
        public double point(int i) {
            if (i < 0 || i >= point.length) {
                throw new IllegalArgumentException("variable index must be in [0, " + (point.length - 1) + "], was " + i);
            }
            return point[i];
        }

        /** @return the total resistance at the optimum, Ω·m² */
        public double total() {
            return budget.total();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Optimum q && java.util.Arrays.equals(point, q.point) && stack.equals(q.stack)
                    && budget.equals(q.budget) && evaluations == q.evaluations;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(java.util.Arrays.hashCode(point), stack, budget, evaluations);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("optimum at [");
            for (int i = 0; i < point.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", point[i]));
            }
            return sb.append(String.format(Locale.ROOT, "]: total %.4g Ω·cm² after %d evaluations",
                    Units.toOhmCm2(budget.total()), evaluations)).toString();
        }
    }

    /**
     * Minimizes the total resistance over several bounded variables with BOBYQA. The factory
     * maps a point (any free choices: coating thickness, processing temperature, stack pressure,
     * …, in SI) onto a stack; it must be defined on the whole box.
     *
     * @param factory maps variables to a stack (not null; must not return null)
     * @param lower lower bounds (length ≥ 2; BOBYQA needs at least two variables — use
     *     {@link #optimizeThickness} for one)
     * @param upper upper bounds, same length, each &gt; its lower bound
     * @param start starting point inside the box
     * @return the optimum: the variables, the stack and its budget there, the evaluations used
     * @throws IllegalArgumentException if the factory is null or returns null, or the bounds or start
     *     are not finite, of different lengths, shorter than 2, empty boxes, or outside the box
     * @throws ConvergenceException if BOBYQA exhausts its 5000 evaluations
     */
    public static Optimum optimize(Function<double[], InterfaceStack> factory, double[] lower, double[] upper,
            double[] start) {
        if (factory == null) {
            throw new IllegalArgumentException("stack factory must not be null");
        }
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
        Function<double[], InterfaceStack> stackAt = x -> {
            InterfaceStack st = factory.apply(x);
            if (st == null) {
                throw new IllegalArgumentException("the stack factory returned null at "
                        + java.util.Arrays.toString(x));
            }
            return st;
        };
        try {
            // ln of the total: resistances span decades, and BOBYQA's quadratic models fit a log better
            BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * n + 1, 0.1, 1e-8);
            PointValuePair p = bobyqa.optimize(new MaxEval(5000),
                    new ObjectiveFunction(s -> Math.log(stackAt.apply(unscale.apply(s)).budget().total())),
                    GoalType.MINIMIZE, new InitialGuess(s0), new SimpleBounds(zeros, ones));
            double[] x = unscale.apply(p.getPoint());
            InterfaceStack at = stackAt.apply(x);
            return new Optimum(x, at, at.budget(), bobyqa.getEvaluations());
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
