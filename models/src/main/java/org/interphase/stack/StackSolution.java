package org.interphase.stack;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;

/**
 * The evaluated interface: the stack that was solved, its {@link ResistanceBudget} and what the
 * caller should know about it. Immutable; prints as the budget's table followed by the warnings.
 */
public final class StackSolution {

    private final InterfaceStack problem;
    private final StackSolver solver;
    private final ResistanceBudget budget;
    private final int lines;
    private final List<String> warnings;

    StackSolution(InterfaceStack problem, StackSolver solver, ResistanceBudget budget, int lines,
            List<String> warnings) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.solver = Objects.requireNonNull(solver, "solver");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.lines = lines;
        this.warnings = List.copyOf(warnings);
    }

    /** @return the stack that was solved */
    public InterfaceStack problem() {
        return problem;
    }

    /** @return the solver that solved it */
    public StackSolver solver() {
        return solver;
    }

    /** @return the budget: each mechanism's resistance (Ω·m²) and capacitance (F/m²) on the nominal area */
    public ResistanceBudget budget() {
        return budget;
    }

    /**
     * Where the budget's numbers come from: the stack's {@link InterfaceStack#provenance()} and that
     * of its terms (the space-charge phases' catalog values and assumptions).
     *
     * @return the budget's provenance
     */
    public Provenance provenance() {
        return budget.provenance();
    }

    /** @return the works behind every catalog value the budget used, in {@link Citation#ORDER} */
    public ImmutableList<Citation> citations() {
        return budget.citations();
    }

    /** @return every value that was assumed, defaulted or derived, one sentence each */
    public ImmutableList<String> assumptions() {
        return budget.assumptions();
    }

    /** @return the total area-specific resistance, Ω·m² ({@code budget().total()}) */
    public double total() {
        return budget.total();
    }

    /** @return the number of lines in the budget (diagnostics: the mechanisms that were evaluated) */
    public int lines() {
        return lines;
    }

    /**
     * @return what the caller should know (immutable, empty when all is well): a conductivity
     *     assumed at every temperature, what a term's own solver warns about, a net accumulation
     *     outside the total
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(budget.toString());
        for (String w : warnings) {
            sb.append("  warning: ").append(w).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
