package org.interphase.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Evaluates many candidate interfaces in parallel (Java parallel streams; every model is a pure
 * function of immutable inputs) and ranks them by total resistance. The same function runs
 * unchanged inside the map tasks of a cluster engine when a screen outgrows one machine.
 */
public final class Screening {

    private Screening() {}

    /**
     * One ranked row.
     *
     * @param rank 1 for the best
     * @param stack the candidate
     * @param budget its budget
     */
    public record Row(int rank, InterfaceStack stack, ResistanceBudget budget) {

        /**
         * Validates the components.
         *
         * @param rank 1 for the best (&ge; 1)
         * @param stack the candidate (not null)
         * @param budget its budget (not null)
         */
        public Row {
            Checks.atLeast(rank, 1, "rank");
            if (stack == null || budget == null) {
                throw new IllegalArgumentException("a ranked row needs its stack and budget");
            }
        }
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d. %-48s %12.4g Ω·cm²  (dominant: %s)", rank, stack.name(),
                    Units.toOhmCm2(budget.total()), budget.dominant() == null ? "-" : budget.dominant().label());
        }
    }

    /**
     * Budgets every candidate and ranks them, lowest total first.
     *
     * @param candidates the stacks (not empty)
     * @return ranked rows
     */
    public static List<Row> rank(List<InterfaceStack> candidates) {
        return rank(candidates, InterfaceStack::budget);
    }

    /**
     * Ranks candidates by a budget computed by the caller (e.g. each at its optimal coating
     * thickness). Nothing is dropped: a candidate whose evaluation fails fails the screen, with its
     * own exception.
     *
     * @param candidates the stacks (not empty, no null)
     * @param evaluation the budget of a candidate (not null, never returning null); must be thread-safe
     * @return ranked rows, one per candidate (unmodifiable)
     * @throws IllegalArgumentException if the list is empty or holds null, the evaluation is null, or
     *     it returns null for a candidate
     */
    public static List<Row> rank(List<InterfaceStack> candidates, Function<InterfaceStack, ResistanceBudget> evaluation) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate list must not be empty");
        }
        if (candidates.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("candidate list must not hold null");
        }
        if (evaluation == null) {
            throw new IllegalArgumentException("evaluation must not be null");
        }
        List<Evaluated> evaluated = candidates.parallelStream().map(s -> {
            ResistanceBudget b = evaluation.apply(s);
            if (b == null) {
                throw new IllegalArgumentException("the evaluation returned no budget for " + s.name());
            }
            return new Evaluated(s, b);
        }).sorted(Comparator.comparingDouble(e -> e.budget().total())).toList();
        List<Row> rows = new ArrayList<>(evaluated.size());
        for (int i = 0; i < evaluated.size(); i++) {
            rows.add(new Row(i + 1, evaluated.get(i).stack(), evaluated.get(i).budget()));
        }
        return List.copyOf(rows);
    }

    /** A candidate with its budget, before ranking. */
    private record Evaluated(InterfaceStack stack, ResistanceBudget budget) {}
}
