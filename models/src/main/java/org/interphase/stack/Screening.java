package org.interphase.stack;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.ProgressListener;
import org.interphase.materials.MissingDataException;
import org.interphase.sweep.Design;
import org.interphase.sweep.Factor;
import org.interphase.sweep.Output;
import org.interphase.sweep.SweepFunction;
import org.interphase.sweep.SweepProblem;
import org.interphase.sweep.SweepRunner;

/**
 * Evaluates many candidate interfaces in parallel and ranks them by total resistance: the solver of a
 * screen, whose problem is a list of {@link InterfaceStack}s and whose solution is a
 * {@link ScreeningSolution}.
 *
 * <p>A screen is a sweep ({@code org.interphase.sweep}): the candidates are a one-factor grid of their
 * indices, point {@code i} evaluates candidate {@code i}, and the local {@link SweepRunner} runs the
 * points on the JVM's processors. Each point keeps its {@link StackSolution} at its index, so the
 * ranking does not depend on the threads' scheduling; candidates of equal total keep their order.
 *
 * <p>The evaluation of one candidate is a setting: {@link StackSolver#solve} by default, or any
 * thread-safe function from a stack to a {@link StackSolution} (e.g. the solution at the optimal
 * coating thickness from {@code buffer.BufferLayerOptimizer}). A candidate is skipped, and listed
 * with the reason, only for a failure that is its own (the sweep's point failures): the catalog lacks
 * a value one of its materials needs ({@link MissingDataException}) or a solver did not converge for
 * it ({@link ConvergenceException}) — the same rule as the buffer optimizer's coating ranking. Every
 * other failure propagates unchanged and no further candidate starts: it is not the candidate's.
 *
 * <p>Progress ({@link #withProgress}) is the fraction of candidates evaluated, reported by the runner;
 * a cancelled token ({@link #withCancellation}) lets no further candidate start (those running
 * finish, at most one per thread), and {@code solve} then throws {@link CancelledException}.
 * Immutable and thread-safe.
 */
public final class Screening {

    /** The one factor of the screen's sweep: the candidate's index in the list. */
    private static final String CANDIDATE = "candidate";

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
        // the screen is a sweep over candidate indices: point i is candidate i. Each point stores its solution
        // (or the reason it has none) at its index, so the outcome does not depend on the threads' scheduling;
        // the runner's join makes these writes visible here.
        StackSolution[] solutions = new StackSolution[n];
        String[] reasons = new String[n];
        double[] indices = new double[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        SweepFunction function = SweepFunction.of(ImmutableList.of(new Output("total", "Ω·m²")), point -> {
            int i = (int) point.number(CANDIDATE);
            InterfaceStack s = problem.get(i);
            try {
                StackSolution solution = evaluation.apply(s);
                if (solution == null) {
                    throw new IllegalArgumentException("the evaluation returned no solution for " + s.name());
                }
                solutions[i] = solution;
                return new double[] {solution.total()};
            } catch (MissingDataException e) {
                reasons[i] = e.getMessage();
                throw e;
            } catch (ConvergenceException e) {
                reasons[i] = "did not converge: " + e.getMessage();
                throw e;
            }
        });
        SweepProblem sweep = SweepProblem.of("Screening of " + n + " stacks",
                Design.grid(Factor.values(CANDIDATE, "1", indices)), function);
        // a candidate's own failures are error rows (skipped); every other exception propagates from run()
        SweepRunner.withDefaults().withProgress(listener).withCancellation(token)
                .withPointFailures(MissingDataException.class, ConvergenceException.class).solve(sweep);
        List<ScreeningSolution.Skipped> skipped = new ArrayList<>();
        List<Integer> evaluated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (reasons[i] != null) {
                skipped.add(new ScreeningSolution.Skipped(problem.get(i), reasons[i]));
            } else {
                evaluated.add(i);
            }
        }
        // stable: candidates of equal total keep their order
        evaluated.sort(Comparator.comparingDouble(i -> solutions[i].total()));
        List<ScreeningSolution.Row> rows = new ArrayList<>(evaluated.size());
        for (int r = 0; r < evaluated.size(); r++) {
            int i = evaluated.get(r);
            rows.add(new ScreeningSolution.Row(r + 1, problem.get(i), solutions[i]));
        }
        return new ScreeningSolution(problem, this, rows, skipped);
    }

    /** @return e.g. {@code "Screening[parallel; evaluation: StackSolver[…]]"} */
    @Override
    public String toString() {
        return "Screening[parallel; evaluation: " + description
                + (listener == ProgressListener.none() ? "" : "; progress to " + listener)
                + (token == CancellationToken.none() ? "" : "; " + token) + "]";
    }
}
