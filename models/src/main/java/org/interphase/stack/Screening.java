package org.interphase.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.ProgressListener;
import org.interphase.core.ProgressTracker;
import org.interphase.materials.MissingDataException;

/**
 * Evaluates many candidate interfaces in parallel (Java parallel streams; every model is a pure
 * function of immutable inputs) and ranks them by total resistance: the solver of a screen, whose
 * problem is a list of {@link InterfaceStack}s and whose solution is a {@link ScreeningSolution}.
 * The same function runs unchanged inside the map tasks of a cluster engine when a screen outgrows
 * one machine.
 *
 * <p>The evaluation of one candidate is a setting: {@link StackSolver#solve} by default, or any
 * thread-safe function from a stack to a {@link StackSolution} (e.g. the solution at the optimal
 * coating thickness from {@code buffer.BufferLayerOptimizer}). A candidate is skipped, and listed
 * with the reason, only for a failure that is its own: the catalog lacks a value one of its
 * materials needs ({@link MissingDataException}) or a solver did not converge for it
 * ({@link ConvergenceException}) — the same rule as the buffer optimizer's coating ranking. Every
 * other failure propagates: it is not the candidate's.
 *
 * <p>Progress ({@link #withProgress}) is the fraction of candidates evaluated; a cancelled token
 * ({@link #withCancellation}) makes every candidate not yet started return at once, and
 * {@code solve} then throws {@link CancelledException}. Immutable and thread-safe.
 */
public final class Screening {

    private final Function<InterfaceStack, StackSolution> evaluation;
    private final String description;
    private final ProgressListener listener;
    private final CancellationToken token;

    private Screening(Function<InterfaceStack, StackSolution> evaluation, String description, ProgressListener listener,
            CancellationToken token) {
        this.evaluation = evaluation;
        this.description = description;
        this.listener = listener;
        this.token = token;
    }

    /** @return a screen that evaluates each candidate with {@code StackSolver.withDefaults()} */
    public static Screening withDefaults() {
        StackSolver solver = StackSolver.withDefaults();
        return new Screening(solver::solve, solver.toString(), ProgressListener.none(), CancellationToken.none());
    }

    /**
     * @param value told the fraction of candidates evaluated, ending at 1 (not null)
     * @return this screen reporting to it
     * @throws NullPointerException if the value is null
     */
    public Screening withProgress(ProgressListener value) {
        return new Screening(evaluation, description, Checks.nonNull(value, "progress listener"), token);
    }

    /**
     * @param value checked before every candidate (not null)
     * @return this screen, stopping with {@link CancelledException} once the token is cancelled
     * @throws NullPointerException if the value is null
     */
    public Screening withCancellation(CancellationToken value) {
        return new Screening(evaluation, description, listener, Checks.nonNull(value, "cancellation token"));
    }

    /**
     * @param evaluation the solution of one candidate (not null, never returning null); must be thread-safe
     * @param name how the evaluation is described in {@link #toString()} (not null)
     * @return this screen with another evaluation
     * @throws IllegalArgumentException if an argument is null
     */
    public Screening withEvaluation(Function<InterfaceStack, StackSolution> evaluation, String name) {
        if (evaluation == null || name == null) {
            throw new IllegalArgumentException("evaluation and its name must not be null, were " + evaluation + ", " + name);
        }
        return new Screening(evaluation, name, listener, token);
    }

    /**
     * Evaluates every candidate and ranks them, lowest total first.
     *
     * @param candidates the stacks (not empty, no null)
     * @return the ranked and the skipped candidates
     * @throws IllegalArgumentException if the list is null, empty or holds null, or the evaluation
     *     returns null for a candidate
     * @throws CancelledException if the cancellation token is cancelled before or during the screen
     */
    public ScreeningSolution solve(List<InterfaceStack> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate list must not be empty, was " + candidates);
        }
        if (candidates.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("candidate list must not hold null");
        }
        List<InterfaceStack> problem = List.copyOf(candidates);
        int n = problem.size();
        ProgressTracker tracker = ProgressTracker.start(listener, token, "Screening of " + n + " stacks");
        AtomicInteger done = new AtomicInteger();
        // parallel evaluation; the outcome list keeps candidate order, so the result does not depend on scheduling.
        // A cancelled candidate returns a marker rather than throwing inside the fork-join pool (which may wrap or
        // replace the exception); the caller's thread throws once the stream is done.
        List<Outcome> outcomes = problem.parallelStream().map(s -> {
            if (tracker.cancellationRequested()) {
                return Outcome.CANCELLED;
            }
            Outcome o = evaluate(s);
            int d = done.incrementAndGet();
            if (tracker.listening()) {
                tracker.update((double) d / n, d + " of " + n + " stacks");
            }
            return o;
        }).toList();
        tracker.checkCancelled(done.get() + " of " + n + " stacks evaluated");
        List<ScreeningSolution.Skipped> skipped = new ArrayList<>();
        List<Outcome> evaluated = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.solution() == null) {
                skipped.add(new ScreeningSolution.Skipped(o.stack(), o.reason()));
            } else {
                evaluated.add(o);
            }
        }
        evaluated.sort(Comparator.comparingDouble(o -> o.solution().total()));
        List<ScreeningSolution.Row> rows = new ArrayList<>(evaluated.size());
        for (int i = 0; i < evaluated.size(); i++) {
            rows.add(new ScreeningSolution.Row(i + 1, evaluated.get(i).stack(), evaluated.get(i).solution()));
        }
        ScreeningSolution solution = new ScreeningSolution(problem, this, rows, skipped);
        tracker.finish(rows.size() + " ranked, " + skipped.size() + " skipped");
        return solution;
    }

    private Outcome evaluate(InterfaceStack s) {
        try {
            StackSolution solution = evaluation.apply(s);
            if (solution == null) {
                throw new IllegalArgumentException("the evaluation returned no solution for " + s.name());
            }
            return new Outcome(s, solution, null);
        } catch (MissingDataException e) {
            return new Outcome(s, null, e.getMessage());
        } catch (ConvergenceException e) {
            return new Outcome(s, null, "did not converge: " + e.getMessage());
        }
    }

    /** A candidate with its solution, or the reason it has none. */
    private record Outcome(InterfaceStack stack, StackSolution solution, String reason) {
        /** The marker of a candidate not evaluated because the screen was cancelled. */
        static final Outcome CANCELLED = new Outcome(null, null, "cancelled");
    }

    /** @return e.g. {@code "Screening[parallel; evaluation: StackSolver[…]]"} */
    @Override
    public String toString() {
        return "Screening[parallel; evaluation: " + description
                + (listener == ProgressListener.none() ? "" : "; progress to " + listener)
                + (token == CancellationToken.none() ? "" : "; " + token) + "]";
    }
}
