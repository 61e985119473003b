package org.interphase.stack;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
     * thickness).
     *
     * @param candidates the stacks (not empty)
     * @param evaluation the budget of a candidate; must be thread-safe
     * @return ranked rows
     */
    public static List<Row> rank(List<InterfaceStack> candidates, Function<InterfaceStack, ResistanceBudget> evaluation) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate list must not be empty");
        }
        List<Object[]> evaluated = candidates.parallelStream().map(s -> new Object[] {s, evaluation.apply(s)})
                .sorted(Comparator.comparingDouble(o -> ((ResistanceBudget) o[1]).total())).toList();
        java.util.ArrayList<Row> rows = new java.util.ArrayList<>(evaluated.size());
        for (int i = 0; i < evaluated.size(); i++) {
            rows.add(new Row(i + 1, (InterfaceStack) evaluated.get(i)[0], (ResistanceBudget) evaluated.get(i)[1]));
        }
        return List.copyOf(rows);
    }
}
