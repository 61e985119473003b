package org.interphase.buffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interphase.materials.Material;

/**
 * The outcome of a {@link CoatingRankingProblem}: every candidate is either ranked (at its own
 * optimum, lowest total first) or listed as skipped, with the reason. Immutable.
 */
public final class CoatingRankingSolution {

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

    private final CoatingRankingProblem problem;
    private final BufferLayerOptimizer solver;
    private final List<BufferLayerSolution> ranked;
    private final List<Skipped> skipped;
    private final List<String> warnings;

    CoatingRankingSolution(CoatingRankingProblem problem, BufferLayerOptimizer solver, List<BufferLayerSolution> ranked,
            List<Skipped> skipped) {
        this.problem = problem;
        this.solver = solver;
        this.ranked = List.copyOf(ranked);
        this.skipped = List.copyOf(skipped);
        List<String> w = new ArrayList<>();
        skipped.forEach(k -> w.add(k.toString()));
        for (BufferLayerSolution r : ranked) {
            String id = r.stack().coating().orElseThrow().material().id();
            r.warnings().forEach(x -> w.add(id + ": " + x));
        }
        this.warnings = List.copyOf(w);
    }

    /** @return the problem that was solved */
    public CoatingRankingProblem problem() {
        return problem;
    }

    /** @return the optimizer that solved it */
    public BufferLayerOptimizer solver() {
        return solver;
    }

    /** @return the candidates at their optimum, best (lowest total) first (unmodifiable) */
    public List<BufferLayerSolution> ranked() {
        return ranked;
    }

    /** @return the candidates that could not be ranked, in candidate order (unmodifiable) */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** @return the best candidate at its optimum, if any candidate could be ranked */
    public Optional<BufferLayerSolution> best() {
        return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** @return the stack evaluations all candidates used */
    public int evaluations() {
        return ranked.stream().mapToInt(BufferLayerSolution::evaluations).sum();
    }

    /**
     * @return what the caller should know (immutable, empty when all is well): each skipped
     *     candidate with its reason, and each ranked candidate's warnings, prefixed by its id
     */
    public List<String> warnings() {
        return warnings;
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
