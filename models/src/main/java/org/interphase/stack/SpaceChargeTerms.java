package org.interphase.stack;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.PhaseLayer;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.LayeredSolution;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.Phase;

/**
 * The space-charge term of a stack from the Poisson–Boltzmann model of
 * {@link org.interphase.spacecharge}: at every evaluation it builds the layered junction
 * electrode | coating (the stack's current thickness, if any) | electrolyte at the stack's
 * temperature, solves it with the {@link LayeredSolver}, and reports the space-charge (excess)
 * resistance ∫(1/σ(x) − 1/σ∞)dx summed over the phases, with the series capacitance of the layers.
 * The coating's own ohmic d/σ is not included here: the stack's coating layer carries it.
 *
 * <p>An accumulation layer has a negative excess resistance (it conducts better than the bulk, e.g.
 * the Li⁺ a thin coating takes up from its neighbours); the term reports the signed sum, so such a
 * layer lowers the total as it does in the cell.
 */
public final class SpaceChargeTerms {

    private SpaceChargeTerms() {}

    /**
     * The term for electrode | electrolyte, with an optional coating phase used whenever the stack
     * has a coating of non-zero thickness.
     *
     * @param electrode the electrode phase (e.g. {@code MaterialPhases.of(LICOO2).electronConductor(true).build()})
     * @param electrolyte the electrolyte phase
     * @param lithiumStep Δμ = μ_electrolyte − μ_electrode of Li⁺, J
     * @param coating the coating phase, or null if the stack will never have a coating
     * @param coatingChemicalPotential μ_coating − μ_electrode, J (ignored without coating)
     * @param solver the layered solver (mesh and tolerances)
     * @return the term
     */
    public static StackTerm layered(Phase electrode, Phase electrolyte, double lithiumStep, Phase coating,
            double coatingChemicalPotential, LayeredSolver solver) {
        return layered(electrode, electrolyte, lithiumStep, coating == null ? null : m -> coating,
                coatingChemicalPotential, solver);
    }

    /**
     * The term for electrode | electrolyte with the coating phase built from whatever coating the
     * stack holds, so that candidate coatings ranked by the optimizer each bring their own
     * permittivity, Li density and conductivity to the space-charge solve.
     *
     * @param electrode the electrode phase
     * @param electrolyte the electrolyte phase
     * @param lithiumStep Δμ = μ_electrolyte − μ_electrode of Li⁺, J
     * @param coatingPhase the phase of a coating material (e.g. {@code m -> MaterialPhases.of(m).build()}),
     *     or null if the stack will never have a coating
     * @param coatingChemicalPotential μ_coating − μ_electrode, J (ignored without coating)
     * @param solver the layered solver
     * @return the term
     */
    public static StackTerm layered(Phase electrode, Phase electrolyte, double lithiumStep,
            java.util.function.Function<org.interphase.materials.Material, Phase> coatingPhase,
            double coatingChemicalPotential, LayeredSolver solver) {
        if (electrode == null || electrolyte == null || solver == null) {
            throw new IllegalArgumentException("electrode phase, electrolyte phase and solver must not be null");
        }
        Checks.finite(lithiumStep, "Li⁺ chemical potential step", "J");
        Checks.finite(coatingChemicalPotential, "coating chemical potential", "J");
        return stack -> {
            double d = stack.coating().map(Layer::thickness).orElse(0.0);
            Junction j = Junction.of(electrode, electrolyte, lithiumStep, stack.temperature());
            LayeredJunction lj;
            if (d > 0) {
                if (coatingPhase == null) {
                    throw new IllegalArgumentException("the stack has a " + Units.toNm(d)
                            + " nm coating but the space-charge term was built without a coating phase");
                }
                Phase coating = coatingPhase.apply(stack.coating().orElseThrow().material());
                lj = LayeredJunction.coated(j, coating, d, coatingChemicalPotential);
            } else {
                lj = LayeredJunction.of(j);
            }
            LayeredSolution s = solver.solve(lj);
            double r = s.spaceChargeResistance();
            StringBuilder detail = new StringBuilder(String.format(Locale.ROOT, "PB, step %.3g eV",
                    Units.toEV(lithiumStep)));
            for (PhaseLayer l : s.layers()) {
                if (Math.abs(l.drop()) > 1e-3) {
                    detail.append(String.format(Locale.ROOT, "; %s %.0f mV", l.phase(), 1e3 * l.drop()));
                }
            }
            if (r < 0) {
                detail.append("; net accumulation: conducts better than the bulk");
            }
            return new Contribution(Mechanism.SPACE_CHARGE, detail.toString(), r, s.seriesCapacitance());
        };
    }
}
