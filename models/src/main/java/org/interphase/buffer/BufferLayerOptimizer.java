package org.interphase.buffer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Minimizer;
import org.interphase.core.Profile;
import org.interphase.core.ProgressListener;
import org.interphase.core.ProgressTracker;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.MissingDataException;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.StackSolution;
import org.interphase.stack.StackSolver;

/**
 * The solver of the buffer-layer family: chooses the coating of an {@link InterfaceStack} that
 * minimises its total resistance R_total(L, v₁, …) (see {@code stack.StackSolver}).
 * <ul>
 * <li>{@link #solve(BufferLayerProblem)}: the coating thickness alone by a grid scan of
 * {@link #samples()} points and Brent's method; with further {@link DesignVariable}s (processing
 * temperature and time, stack pressure, …) all of them at once with Commons Math's BOBYQA (Powell,
 * Cambridge NA Report 2009/06), in ln R_total on a unit box.</li>
 * <li>{@link #solve(CoatingRankingProblem)}: the coating material among candidates, each at its own
 * optimum, best first.</li>
 * </ul>
 * Constraints: a thickness window [min, max] and, optionally, electron blocking — the coating must be
 * at least as thick as the {@link TunnellingBlocking} bound for its ionic path (research notes M3).
 *
 * <p>Progress ({@link #withProgress}) counts objective evaluations against an estimate of their
 * number: the scan, up to 60 Brent steps and the solution's curve for the thickness alone; for
 * BOBYQA, whose count is not known in advance, 1 − exp(−k/(20·n)) of the first 80 % after k
 * evaluations in n variables, then the curve. A cancelled token ({@link #withCancellation}) stops
 * the optimizer at its next evaluation with {@link CancelledException}.
 *
 * <p>Immutable and thread-safe; settings by {@code withX} copies, shown by {@link #toString()}.
 */
public final class BufferLayerOptimizer {

    private static final BufferLayerOptimizer DEFAULTS = new BufferLayerOptimizer(101, 1e-8, 5000,
            ProgressListener.none(), CancellationToken.none());

    private final int samples;
    private final double tolerance;
    private final int maxEvaluations;
    private final ProgressListener listener;
    private final CancellationToken token;

    private BufferLayerOptimizer(int samples, double tolerance, int maxEvaluations, ProgressListener listener,
            CancellationToken token) {
        this.samples = samples;
        this.tolerance = tolerance;
        this.maxEvaluations = maxEvaluations;
        this.listener = listener;
        this.token = token;
    }

    /**
     * @param value told the estimated fraction done while a solve runs, ending at 1 (not null)
     * @return this optimizer reporting to it
     * @throws NullPointerException if the value is null
     */
    public BufferLayerOptimizer withProgress(ProgressListener value) {
        return new BufferLayerOptimizer(samples, tolerance, maxEvaluations, Checks.nonNull(value, "progress listener"),
                token);
    }

    /**
     * @param value checked at every objective evaluation (not null)
     * @return this optimizer, stopping with {@link CancelledException} once the token is cancelled
     * @throws NullPointerException if the value is null
     */
    public BufferLayerOptimizer withCancellation(CancellationToken value) {
        return new BufferLayerOptimizer(samples, tolerance, maxEvaluations, listener,
                Checks.nonNull(value, "cancellation token"));
    }

    /** @return an optimizer with 101 scan points, a relative tolerance of 1e-8 and at most 5000 BOBYQA evaluations */
    public static BufferLayerOptimizer withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param value scan points over the thickness window, also the points of the solution's curve (11 … 100,000)
     * @return this optimizer with another scan
     * @throws IllegalArgumentException if the count is out of range
     */
    public BufferLayerOptimizer withSamples(int value) {
        Checks.atLeast(value, 11, "samples");
        if (value > 100_000) {
            throw new IllegalArgumentException("samples must be in [11, 100000], was " + value);
        }
        return new BufferLayerOptimizer(value, tolerance, maxEvaluations, listener, token);
    }

    /**
     * @param value relative tolerance on the optimum's location (Brent) and the final trust-region
     *     radius on the unit box (BOBYQA), in (0, 0.01]
     * @return this optimizer with another tolerance
     * @throws IllegalArgumentException if the tolerance is out of range
     */
    public BufferLayerOptimizer withTolerance(double value) {
        Checks.positive(value, "tolerance", "");
        Checks.atMost(value, 0.01, "tolerance", "");
        return new BufferLayerOptimizer(samples, value, maxEvaluations, listener, token);
    }

    /**
     * @param value the most objective evaluations BOBYQA may use (10 … 10,000,000)
     * @return this optimizer with another budget
     * @throws IllegalArgumentException if the count is out of range
     */
    public BufferLayerOptimizer withMaxEvaluations(int value) {
        Checks.atLeast(value, 10, "max evaluations");
        if (value > 10_000_000) {
            throw new IllegalArgumentException("max evaluations must be in [10, 10000000], was " + value);
        }
        return new BufferLayerOptimizer(samples, tolerance, value, listener, token);
    }

    /** @return the scan points over the thickness window */
    public int samples() {
        return samples;
    }

    /** @return the relative tolerance */
    public double tolerance() {
        return tolerance;
    }

    /** @return the most objective evaluations BOBYQA may use */
    public int maxEvaluations() {
        return maxEvaluations;
    }

    private static String noThicknessAllowed(double lower, double max) {
        return String.format(Locale.ROOT,
                "no thickness is allowed: electron blocking needs >= %.3g nm but max thickness is %.3g nm",
                Units.toNm(lower), Units.toNm(max));
    }

    /**
     * Optimizes the coating thickness of a stack, and the problem's further variables with it.
     *
     * @param problem the stack, its thickness window and constraints, the further variables (not null)
     * @return the optimum, the stack and its budget there, the curve R_total(L) through the optimum
     * @throws IllegalArgumentException if the problem is null, or electron blocking allows no
     *     thickness in the window
     * @throws ConvergenceException if Brent or BOBYQA exhausts its evaluations
     * @throws CancelledException if the cancellation token is cancelled before or during the solve
     */
    public BufferLayerSolution solve(BufferLayerProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("buffer-layer problem must not be null");
        }
        double lower = problem.thinnestAllowed();
        double max = problem.maxThickness();
        if (!(lower < max)) {
            throw new IllegalArgumentException(noThicknessAllowed(lower, max));
        }
        ProgressTracker tracker = ProgressTracker.start(listener, token, "BufferLayerOptimizer (" + problem.stack().name()
                + ")");
        BufferLayerSolution solution = solve(problem, lower, max, tracker);
        tracker.finish("optimum after " + solution.evaluations() + " evaluations");
        return solution;
    }

    private BufferLayerSolution solve(BufferLayerProblem problem, double lower, double max, ProgressTracker tracker) {
        StackSolver stackSolver = StackSolver.withDefaults();
        AtomicInteger evaluations = new AtomicInteger();
        InterfaceStack stack = problem.stack();
        List<DesignVariable> vars = problem.variables();
        double thickness;
        double[] values = new double[vars.size()];
        String method;
        int expected = 2 * samples + 62;
        if (vars.isEmpty()) {
            method = "grid scan (" + samples + " points) + Brent";
            thickness = Minimizer.minimize(l -> {
                int k = evaluations.incrementAndGet();
                tracker.step(Math.min(k, expected), expected, "evaluation " + k);
                return stackSolver.solve(stack.withCoatingThickness(l)).total();
            }, lower, max, samples, tolerance).point();
        } else {
            method = "BOBYQA in ln R on the unit box";
            double[] x = bobyqa(problem, lower, evaluations, tracker);
            thickness = x[0];
            System.arraycopy(x, 1, values, 0, values.length);
        }
        // the other variables at the optimum, the thickness free: the curve and the uncoated reference
        ToDoubleFunction<Double> at = l -> stackSolver.solve(apply(stack.withCoatingThickness(l), vars, values)).total();
        StackSolution optimum = stackSolver.solve(apply(stack.withCoatingThickness(thickness), vars, values));
        double[] xs = new double[samples];
        double[] ys = new double[samples];
        double before = tracker.fraction();
        for (int i = 0; i < samples; i++) {
            tracker.update(before + (1 - before) * i / samples, "curve point " + (i + 1) + " of " + samples);
            double l = lower + (max - lower) * i / (samples - 1);
            xs[i] = Units.toNm(l);
            ys[i] = Units.toOhmCm2(at.applyAsDouble(l));
        }
        double span = max - lower;
        boolean interior = thickness > lower + 1e-6 * span && thickness < max - 1e-6 * span;
        String why = interior ? "interior minimum"
                : thickness >= max - 1e-6 * span ? "resistance still falls at the largest thickness allowed"
                : lower > problem.minThickness() ? "at the electron-blocking bound"
                : lower > 0 ? "at the smallest thickness allowed" : "no coating is best";
        ThicknessOptimum t = new ThicknessOptimum(thickness, optimum.total(), at.applyAsDouble(0.0), interior, why);
        List<BufferLayerSolution.DesignValue> chosen = new ArrayList<>(vars.size());
        for (int i = 0; i < vars.size(); i++) {
            chosen.add(new BufferLayerSolution.DesignValue(vars.get(i).name(), vars.get(i).unit(), values[i]));
        }
        return new BufferLayerSolution(problem, this, t, chosen, optimum,
                Profile.of(xs, ys, "coating thickness", "nm", "total R", "Ω·cm²"), lower, method, evaluations.get());
    }

    private static InterfaceStack apply(InterfaceStack s, List<DesignVariable> vars, double[] values) {
        InterfaceStack r = s;
        for (int i = 0; i < vars.size(); i++) {
            r = vars.get(i).applyTo(r, values[i]);
        }
        return r;
    }

    /** BOBYQA over (thickness, variables…), each scaled to [0, 1] so that one trust-region radius fits all. */
    private double[] bobyqa(BufferLayerProblem problem, double lowerThickness, AtomicInteger evaluations,
            ProgressTracker tracker) {
        List<DesignVariable> vars = problem.variables();
        int n = vars.size() + 1;
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] s0 = new double[n];
        lo[0] = lowerThickness;
        hi[0] = problem.maxThickness();
        double start = Math.min(hi[0], Math.max(lo[0], problem.stack().coating().orElseThrow().thickness()));
        s0[0] = (start - lo[0]) / (hi[0] - lo[0]);
        for (int i = 1; i < n; i++) {
            DesignVariable v = vars.get(i - 1);
            lo[i] = v.lower();
            hi[i] = v.upper();
            s0[i] = (v.start() - lo[i]) / (hi[i] - lo[i]);
        }
        StackSolver stackSolver = StackSolver.withDefaults();
        java.util.function.Function<double[], double[]> unscale = s -> {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = lo[i] + Math.min(1, Math.max(0, s[i])) * (hi[i] - lo[i]);
            }
            return x;
        };
        double[] zeros = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        try {
            // ln of the total: resistances span decades, and BOBYQA's quadratic models fit a log better
            BOBYQAOptimizer bobyqa = new BOBYQAOptimizer(2 * n + 1, 0.1, tolerance);
            PointValuePair p = bobyqa.optimize(new MaxEval(maxEvaluations), new ObjectiveFunction(s -> {
                int k = evaluations.incrementAndGet();
                tracker.update(0.8 * -Math.expm1(-k / (20.0 * n)), "BOBYQA evaluation " + k);
                double[] x = unscale.apply(s);
                double[] rest = java.util.Arrays.copyOfRange(x, 1, n);
                return Math.log(stackSolver.solve(apply(problem.stack().withCoatingThickness(x[0]), vars, rest)).total());
            }), GoalType.MINIMIZE, new InitialGuess(s0), new SimpleBounds(zeros, ones));
            return unscale.apply(p.getPoint());
        } catch (TooManyEvaluationsException e) {
            throw new ConvergenceException("BOBYQA", maxEvaluations, Double.NaN,
                    "the total resistance may be flat or discontinuous in the box; narrow the bounds or raise"
                            + " withMaxEvaluations");
        }
    }

    /**
     * Ranks candidate coating materials on the same stack, each at its own optimal thickness (and
     * further variables). A candidate is skipped, and listed with the reason, only for one of the
     * failures that can belong to a single candidate: the catalog lacks a value the stack needs for
     * that material ({@link MissingDataException} naming it), no thickness in the window satisfies
     * the electron-blocking bound for its conductivity, or a solver did not converge for it
     * ({@link ConvergenceException}). Every other failure propagates: it is not the candidate's.
     *
     * @param problem the stack, the candidates and the rules every candidate is optimized under (not null)
     * @return the ranked and the skipped candidates
     * @throws IllegalArgumentException if the problem is null
     * @throws CancelledException if the cancellation token is cancelled before or during the ranking
     */
    public CoatingRankingSolution solve(CoatingRankingProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("coating ranking problem must not be null");
        }
        int total = problem.candidates().size();
        ProgressTracker tracker = ProgressTracker.start(listener, token, "BufferLayerOptimizer ranking of " + total
                + " coatings");
        // one progress over the ranking: each candidate's optimization reports nothing itself
        BufferLayerOptimizer inner = withProgress(ProgressListener.none());
        int done = 0;
        List<BufferLayerSolution> results = new ArrayList<>();
        List<CoatingRankingSolution.Skipped> skipped = new ArrayList<>();
        BufferLayerProblem template = problem.template();
        double start = 0.5 * (template.minThickness() + template.maxThickness());
        for (Material m : problem.candidates()) {
            BufferLayerProblem candidate = template.withCoating(m, start);
            try {
                double lower = candidate.thinnestAllowed();
                if (!(lower < candidate.maxThickness())) {
                    skipped.add(new CoatingRankingSolution.Skipped(m, noThicknessAllowed(lower, candidate.maxThickness())));
                    continue;
                }
                results.add(inner.solve(candidate));
            } catch (MissingDataException e) {
                if (!e.materialId().equals(m.id())) {
                    throw e; // the stack's own materials lack data: no candidate could be ranked
                }
                skipped.add(new CoatingRankingSolution.Skipped(m, e.getMessage()));
            } catch (ConvergenceException e) {
                skipped.add(new CoatingRankingSolution.Skipped(m, "did not converge: " + e.getMessage()));
            } finally {
                done++;
            }
            tracker.step(done, total, m.name() + " (" + done + " of " + total + ")");
        }
        results.sort(Comparator.comparingDouble(BufferLayerSolution::total));
        CoatingRankingSolution solution = new CoatingRankingSolution(problem, this, results, skipped);
        tracker.finish(results.size() + " coatings ranked");
        return solution;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BufferLayerOptimizer[%d scan points, tolerance %.3g, BOBYQA at most %d"
                + " evaluations%s%s]", samples, tolerance, maxEvaluations,
                listener == ProgressListener.none() ? "" : ", progress to " + listener,
                token == CancellationToken.none() ? "" : ", " + token);
    }
}
