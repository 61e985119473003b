package org.interphase.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Units;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;

/**
 * The interface budget of a whole cell ({@link StackSolver#solve(CellStack)}): the anode's and the
 * cathode's {@link StackSolution}, their totals and shares, and one budget and impedance of the cell's
 * interfaces in series,
 * <pre>
 *   R_cell = R_anode + R_cathode,      Z_cell(ω) = Z_anode(ω) + Z_cathode(ω)
 * </pre>
 * Every line of both sides is R ≥ 0 in parallel with C ≥ 0, so the cell's spectrum is passive
 * (Re Z ≥ 0, −Im Z ≥ 0) and Z_cell(ω → 0) = R_cell. Immutable; prints the cell's totals, then each
 * side's table, then the warnings.
 */
public final class CellSolution {

    private final CellStack problem;
    private final StackSolution anode;
    private final StackSolution cathode;
    private final ResistanceBudget budget;
    private final List<String> warnings;

    CellSolution(CellStack problem, StackSolution anode, StackSolution cathode) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.anode = Objects.requireNonNull(anode, "anode");
        this.cathode = Objects.requireNonNull(cathode, "cathode");
        List<Contribution> lines = new ArrayList<>();
        for (Contribution c : anode.budget().contributions()) {
            lines.add(new Contribution(c.mechanism(), "anode: " + c.detail(), c.resistance(), c.capacitance()));
        }
        for (Contribution c : cathode.budget().contributions()) {
            lines.add(new Contribution(c.mechanism(), "cathode: " + c.detail(), c.resistance(), c.capacitance()));
        }
        this.budget = new ResistanceBudget(problem.name(), problem.temperature(), lines,
                anode.budget().bulkChange() + cathode.budget().bulkChange())
                .withProvenance(side("anode", anode.provenance()).plus(side("cathode", cathode.provenance())));
        List<String> w = new ArrayList<>();
        anode.warnings().forEach(s -> w.add("anode: " + s));
        cathode.warnings().forEach(s -> w.add("cathode: " + s));
        this.warnings = List.copyOf(w);
    }

    /** @return the cell that was solved */
    public CellStack problem() {
        return problem;
    }

    /** @return the anode's solution: its budget (Ω·m², F/m² on the nominal area) and warnings */
    public StackSolution anode() {
        return anode;
    }

    /** @return the cathode's solution: its budget (Ω·m², F/m² on the nominal area) and warnings */
    public StackSolution cathode() {
        return cathode;
    }

    /**
     * @return R_cell = R_anode + R_cathode, Ω·m² on the nominal area (exactly the sum of the two sides'
     *     totals)
     */
    public double total() {
        return anode.total() + cathode.total();
    }

    /** @return the anode's share of {@link #total()}, 0 … 1 (0 for a zero total) */
    public double anodeShare() {
        double t = total();
        return t > 0 ? anode.total() / t : 0.0;
    }

    /** @return the cathode's share of {@link #total()}, 0 … 1 (0 for a zero total) */
    public double cathodeShare() {
        double t = total();
        return t > 0 ? cathode.total() / t : 0.0;
    }

    /**
     * @return the cell's budget: the anode's lines then the cathode's, each detail prefixed
     *     {@code "anode: "} or {@code "cathode: "} (resistances in Ω·m², capacitances in F/m²; its total
     *     equals {@link #total()} to rounding, its bulk change is the sum of both sides')
     */
    public ResistanceBudget budget() {
        return budget;
    }

    /** @return the impedance of the cell's interfaces, Z_anode + Z_cathode per unit area (Ω·m²) */
    public Impedance impedance() {
        return budget.impedance();
    }

    /**
     * @param frequencies frequencies, Hz (&gt; 0)
     * @return the spectrum of {@link #impedance()}, per unit area (Ω·m²)
     * @throws IllegalArgumentException if a frequency is not positive and finite
     */
    public Spectrum spectrum(double[] frequencies) {
        return budget.spectrum(frequencies);
    }

    /** @return the number of lines in the cell's budget (diagnostics) */
    public int lines() {
        return anode.lines() + cathode.lines();
    }

    /** @return {@code "series sum of the anode's and the cathode's R‖C budgets"} */
    public String method() {
        return "series sum of the anode's and the cathode's R‖C budgets";
    }

    /** @return what the caller should know: both sides' warnings, prefixed {@code "anode: "} / {@code "cathode: "} (immutable) */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String nl = System.lineSeparator();
        sb.append(String.format(Locale.ROOT, "cell %s at %.1f °C: interfaces %.4g Ω·cm² (anode %.4g Ω·cm², %.1f %%; "
                + "cathode %.4g Ω·cm², %.1f %%)", problem.name(), Units.toCelsius(problem.temperature()),
                Units.toOhmCm2(total()), Units.toOhmCm2(anode.total()), 100 * anodeShare(),
                Units.toOhmCm2(cathode.total()), 100 * cathodeShare())).append(nl);
        sb.append("anode   ").append(anode.budget());
        sb.append("cathode ").append(cathode.budget());
        for (String w : warnings) {
            sb.append("  warning: ").append(w).append(nl);
        }
        return sb.toString();
    }

    /** A side's provenance, its assumptions prefixed by the side as the warnings are. */
    private static org.interphase.core.Provenance side(String name, org.interphase.core.Provenance p) {
        return org.interphase.core.Provenance.of(p.citations(), p.assumptions().stream().map(a -> name + ": " + a).toList());
    }
}
