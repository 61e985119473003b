package org.interphase.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.interphase.core.ConvergenceException;
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
 * other failure propagates: it is not the candidate's. Immutable and thread-safe.
 */
public final class Screening {

    private final Function<InterfaceStack, StackSolution> evaluation;
    private final String description;

    private Screening(Function<InterfaceStack, StackSolution> evaluation, String description) {
        this.evaluation = evaluation;
        this.description = description;
    }

    /** @return a screen that evaluates each candidate with {@code StackSolver.withDefaults()} */
    public static Screening withDefaults() {
        StackSolver solver = StackSolver.withDefaults();
        return new Screening(solver::solve, solver.toString());
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
        return new Screening(evaluation, name);
    }

    /**
     * Evaluates every candidate and ranks them, lowest total first.
     *
     * @param candidates the stacks (not empty, no null)
     * @return the ranked and the skipped candidates
     * @throws IllegalArgumentException if the list is null, empty or holds null, or the evaluation
     *     returns null for a candidate
     */
    public ScreeningSolution solve(List<InterfaceStack> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate list must not be empty, was " + candidates);
        }
        if (candidates.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("candidate list must not hold null");
        }
        List<InterfaceStack> problem = List.copyOf(candidates);
        // parallel evaluation; the outcome list keeps candidate order, so the result does not depend on scheduling
        List<Outcome> outcomes = problem.parallelStream().map(this::evaluate).toList();
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
        return new ScreeningSolution(problem, this, rows, skipped);
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
    private record Outcome(InterfaceStack stack, StackSolution solution, String reason) {}

    /** @return e.g. {@code "Screening[parallel; evaluation: StackSolver[…]]"} */
    @Override
    public String toString() {
        return "Screening[parallel; evaluation: " + description + "]";
    }
}
