package org.interphase.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * The outcome of a {@link Screening}: every candidate is either ranked (lowest total first) or
 * listed as skipped, with the reason. Immutable.
 */
public final class ScreeningSolution {

    /**
     * One ranked candidate.
     *
     * @param rank 1 for the best
     * @param stack the candidate as it was given
     * @param solution its solution (whose {@code problem()} may differ from the candidate, e.g. at an
     *     optimized coating thickness)
     */
    public record Row(int rank, InterfaceStack stack, StackSolution solution) {

        /**
         * Validates the components.
         *
         * @param rank 1 for the best (&ge; 1)
         * @param stack the candidate (not null)
         * @param solution its solution (not null)
         */
        public Row {
            Checks.atLeast(rank, 1, "rank");
            if (stack == null || solution == null) {
                throw new IllegalArgumentException("a ranked row needs its stack and solution, were " + stack + ", "
                        + solution);
            }
        }

        /** @return the candidate's budget ({@code solution().budget()}) */
        public ResistanceBudget budget() {
            return solution.budget();
        }

        @Override
        public String toString() {
            ResistanceBudget b = solution.budget();
            return String.format(Locale.ROOT, "%3d. %-48s %12.4g Ω·cm²  (dominant: %s)", rank, stack.name(),
                    Units.toOhmCm2(b.total()), b.dominant() == null ? "-" : b.dominant().label());
        }
    }

    /**
     * A candidate that could not be ranked, and why.
     *
     * @param stack the candidate
     * @param reason the message of its own failure (missing catalog data, no convergence)
     */
    public record Skipped(InterfaceStack stack, String reason) {

        /**
         * Validates the components.
         *
         * @param stack the candidate (not null)
         * @param reason why it was skipped (not null)
         */
        public Skipped {
            if (stack == null || reason == null) {
                throw new IllegalArgumentException("a skipped candidate needs its stack and a reason, were " + stack
                        + ", " + reason);
            }
        }

        @Override
        public String toString() {
            return stack.name() + " skipped: " + reason;
        }
    }

    private final List<InterfaceStack> problem;
    private final Screening solver;
    private final List<Row> ranked;
    private final List<Skipped> skipped;
    private final List<String> warnings;

    ScreeningSolution(List<InterfaceStack> problem, Screening solver, List<Row> ranked, List<Skipped> skipped) {
        this.problem = List.copyOf(problem);
        this.solver = solver;
        this.ranked = List.copyOf(ranked);
        this.skipped = List.copyOf(skipped);
        List<String> w = new ArrayList<>();
        for (Skipped k : skipped) {
            w.add(k.toString());
        }
        long assuming = ranked.stream().filter(r -> !r.solution().warnings().isEmpty()).count();
        if (assuming > 0) {
            w.add(assuming + " of " + ranked.size() + " ranked candidates carry warnings of their own;"
                    + " see each row's solution().warnings()");
        }
        this.warnings = List.copyOf(w);
    }

    /** @return the candidates, in the order given */
    public List<InterfaceStack> problem() {
        return problem;
    }

    /** @return the screen that produced this solution */
    public Screening solver() {
        return solver;
    }

    /** @return the ranked candidates, best (lowest total) first (unmodifiable) */
    public List<Row> ranked() {
        return ranked;
    }

    /** @return the candidates that could not be evaluated, in candidate order (unmodifiable) */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** @return the best row, if any candidate could be ranked */
    public Optional<Row> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /**
     * @return what the caller should know (immutable, empty when all is well): each skipped
     *     candidate with its reason, and how many ranked candidates carry warnings of their own
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d of %d candidates ranked%n", ranked.size(),
                problem.size()));
        for (Row r : ranked) {
            sb.append(r).append(System.lineSeparator());
        }
        for (Skipped k : skipped) {
            sb.append("  ").append(k).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
