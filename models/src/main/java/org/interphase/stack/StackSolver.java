package org.interphase.stack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.interphase.core.Provenance;
import org.interphase.core.Units;

/**
 * Evaluates an {@link InterfaceStack} (the problem) into a {@link StackSolution}: its
 * {@link ResistanceBudget} on the nominal area and the warnings the caller should know.
 *
 * <p>The budget is a sum of R‖C lines in series. Every interfacial term (interphase, coating, space
 * charge, charge transfer) acts on the real contact area, so on the nominal area it counts
 * R/f with capacitance C·f; the constriction is already on the nominal area and adds in series:
 * <pre>
 *   R_total = (R_il + R_int + R_coat + R_sc + R_ct + …)/f + R_constriction,   R_layer = L/σ(T),  R_ct = R·T/(F·i0)
 * </pre>
 * The terms are evaluated first, because a term may change the stack's own layers: an accumulation
 * layer in the coating (from {@link SpaceChargeTerms}) lowers the coating's line to its own
 * ∫dx/σ(x), and the coating line then states by how much (see {@link StackTerm.Effect}).
 *
 * <p>The solver has no numerical settings of its own: the budget is a closed sum, and the numerics
 * of a term (the mesh of a Poisson–Boltzmann solve) are configured in the term. It is the family's
 * entry point all the same, so that every family reads {@code XSolver.withDefaults().solve(problem)},
 * and its solution carries the warnings: a conductivity taken at every temperature although the
 * catalog knows it at one ({@link Layer#assumeConstantConductivity()}), what a term's own solver
 * warns about, and a net accumulation that lowers the bulk outside the budget. Immutable and
 * thread-safe.
 */
public final class StackSolver {

    private static final StackSolver DEFAULTS = new StackSolver();

    private StackSolver() {}

    /** @return the solver (it has no settings to change) */
    public static StackSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * The budget of a stack, with what it assumes.
     *
     * @param stack the stack (not null)
     * @return the solution: the budget (resistances in Ω·m², capacitances in F/m², on the nominal
     *     area) and the warnings
     * @throws IllegalArgumentException if the stack is null
     * @throws IllegalStateException if a term scales the resistance of a coating the stack does not
     *     have, or a layer's conductivity is unknown at the stack's temperature
     *     ({@link org.interphase.materials.MissingDataException})
     */
    public StackSolution solve(InterfaceStack stack) {
        if (stack == null) {
            throw new IllegalArgumentException("stack must not be null");
        }
        ContactState contact = stack.contact();
        double f = contact.fraction();
        Set<String> warnings = new LinkedHashSet<>();
        StackTerm sc = stack.spaceChargeTerm();
        StackTerm.Effect scEffect = sc == null ? null : sc.effect(stack);
        List<StackTerm.Effect> further = new ArrayList<>(stack.furtherTerms().size());
        double coatingFactor = scEffect == null ? 1 : scEffect.coatingFactor();
        double bulkChange = scEffect == null ? 0 : scEffect.bulkChange() / f;
        if (scEffect != null) {
            warnings.addAll(scEffect.warnings());
        }
        for (StackTerm term : stack.furtherTerms()) {
            StackTerm.Effect e = term.effect(stack);
            further.add(e);
            warnings.addAll(e.warnings());
            coatingFactor *= e.coatingFactor();
            bulkChange += e.line().mechanism() == Mechanism.CONSTRICTION ? e.bulkChange() : e.bulkChange() / f;
        }
        Layer interphase = stack.interphase().orElse(null);
        Layer coating = stack.coating().orElse(null);
        boolean hasCoating = coating != null && coating.thickness() > 0;
        if (coatingFactor < 1 && !hasCoating) {
            throw new IllegalStateException("a term of " + stack.name() + " lowers the resistance of a coating (factor "
                    + coatingFactor + ") but the stack has no coating");
        }
        double temperature = stack.temperature();
        List<Contribution> lines = new ArrayList<>();
        Layer interlayer = stack.interlayer().orElse(null);
        if (interlayer != null && interlayer.thickness() > 0) {
            lines.add(layerLine(Mechanism.INTERLAYER, interlayer, temperature, f, 1));
            interlayer.assumptions().forEach(a -> warnings.add("interlayer " + interlayer.material().name() + ": " + a));
        }
        if (interphase != null && interphase.thickness() > 0) {
            lines.add(layerLine(Mechanism.INTERPHASE, interphase, temperature, f, 1));
            interphase.assumptions().forEach(a -> warnings.add("interphase " + interphase.material().name() + ": " + a));
        }
        if (hasCoating) {
            lines.add(layerLine(Mechanism.COATING, coating, temperature, f, coatingFactor));
            coating.assumptions().forEach(a -> warnings.add("coating " + coating.material().name() + ": " + a));
        }
        if (scEffect != null) {
            Contribution c = scEffect.line();
            lines.add(new Contribution(Mechanism.SPACE_CHARGE, c.detail(), c.resistance() / f, c.capacitance() * f));
        }
        for (StackTerm.Effect e : further) {
            Contribution c = e.line();
            lines.add(c.mechanism() == Mechanism.CONSTRICTION ? c
                    : new Contribution(c.mechanism(), c.detail(), c.resistance() / f, c.capacitance() * f));
        }
        double rct = stack.chargeTransferResistance();
        if (rct > 0) {
            double i0 = stack.exchangeCurrentDensity();
            lines.add(new Contribution(Mechanism.CHARGE_TRANSFER, i0 > 0
                    ? String.format(Locale.ROOT, "i0 = %.3g mA/cm²", Units.toMAPerCm2(i0)) : "R_ct",
                    rct / f, stack.doubleLayerCapacitance() * f));
        }
        if (contact.constrictionResistance() > 0) {
            lines.add(new Contribution(Mechanism.CONSTRICTION, contact.detail(), contact.constrictionResistance(), 0));
        }
        Provenance provenance = stack.provenance();
        if (scEffect != null) {
            provenance = provenance.plus(scEffect.provenance());
        }
        for (StackTerm.Effect e : further) {
            provenance = provenance.plus(e.provenance());
        }
        ResistanceBudget budget = new ResistanceBudget(stack.name(), temperature, lines, bulkChange)
                .withProvenance(provenance);
        if (bulkChange < 0) {
            warnings.add(String.format(Locale.ROOT, "a net accumulation layer lowers the bulk beside the interface by "
                    + "%.4g Ω·cm²; this is not part of the total (see ResistanceBudget.bulkChange())",
                    Units.toOhmCm2(-bulkChange)));
        }
        return new StackSolution(stack, this, budget, lines.size(), List.copyOf(warnings));
    }

    /**
     * The interface budget of a whole cell: each side solved as {@link #solve(InterfaceStack)}, then
     * joined in series (R_cell = R_anode + R_cathode, Z_cell = Z_anode + Z_cathode).
     *
     * @param cell the cell (not null)
     * @return the cell's solution: both sides' solutions, totals and shares, the joined budget and
     *     spectrum, and both sides' warnings
     * @throws IllegalArgumentException if the cell is null
     * @throws IllegalStateException as {@link #solve(InterfaceStack)} for either side
     */
    public CellSolution solve(CellStack cell) {
        if (cell == null) {
            throw new IllegalArgumentException("cell (cell stack) must not be null");
        }
        return new CellSolution(cell, solve(cell.anode()), solve(cell.cathode()));
    }

    /** The line of a layer; {@code factor} &lt; 1 when an accumulation layer makes it conduct better. */
    private static Contribution layerLine(Mechanism m, Layer layer, double temperature, double f, double factor) {
        OptionalDouble c = layer.capacitance();
        double bulk = layer.resistance(temperature);
        String detail = layer.toString();
        if (factor < 1) {
            detail += String.format(Locale.ROOT, "; Li⁺ accumulation lowers its d/σ = %.4g by %.4g Ω·cm²",
                    Units.toOhmCm2(bulk / f), Units.toOhmCm2((1 - factor) * bulk / f));
        }
        return new Contribution(m, detail, factor * bulk / f, c.orElse(0.0) * f);
    }

    /** @return {@code "StackSolver[series R‖C budget on the nominal area; no numerical settings]"} */
    @Override
    public String toString() {
        return "StackSolver[series R‖C budget on the nominal area; no numerical settings]";
    }
}
