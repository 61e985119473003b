package org.interphase.stack;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.JunctionSolver;
import org.interphase.spacecharge.PhaseLayer;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.LayeredSolution;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.Phase;
import org.interphase.spacecharge.SpaceChargeSolution;

/**
 * The space-charge term of a stack from the Poisson–Boltzmann model of
 * {@link org.interphase.spacecharge}: at every evaluation it builds the layered junction
 * electrode | coating (the stack's current thickness, if any) | electrolyte at the stack's
 * temperature, solves it with the {@link LayeredSolver}, and reports the space-charge (excess)
 * resistance ∫(1/σ(x) − 1/σ∞)dx of each phase. The coating's own ohmic d/σ is not included here:
 * the stack's coating layer carries it.
 *
 * <p>How each phase's excess enters the budget (see {@link StackTerm.Effect}):
 * <ul>
 *   <li>the electrode and electrolyte (semi-infinite) form one space-charge zone; their signed
 *       excesses add (an accumulation on one side lowers the zone that a depletion on the other
 *       side raises), and a net positive sum is the space-charge line, an R‖C with the series
 *       capacitance of the two sides;</li>
 *   <li>a depleted coating adds its (positive) excess to that line;</li>
 *   <li>an accumulation layer in the coating — the Li⁺ a thin coating takes up from its
 *       neighbours — makes the coating conduct better: the coating's line becomes
 *       (d/σ)·(1 + ℓ_R/d) with ℓ_R = ∫₀^d (σ∞/σ − 1)dx &gt; −d, its own ∫dx/σ(x), still positive,
 *       with its own capacitance (the reduced-resistance R‖C of the host layer);</li>
 *   <li>a net accumulation of the semi-infinite phases lowers the resistance of their bulk, which
 *       the interface budget does not hold: the space-charge line is then 0 and the amount is
 *       reported by {@link ResistanceBudget#bulkChange()}.</li>
 * </ul>
 * So every line is R ≥ 0 in parallel with C ≥ 0 and the budget's spectrum is passive, and the
 * budget's total plus its bulk change is the signed sum d/σ + Σ excess of the solution.
 */
public final class SpaceChargeTerms {

    private SpaceChargeTerms() {}

    /**
     * The term for electrode | electrolyte, with an optional coating phase used whenever the stack
     * has a coating of non-zero thickness.
     *
     * @param electrode the electrode phase (e.g. {@code MaterialPhases.builder(LICOO2).electronConductor(true).build()})
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
     * @param coatingPhase the phase of a coating material (e.g. {@code m -> MaterialPhases.builder(m).build()}),
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
        return using(stack -> {
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
                return solver.solve(lj);
        }, lithiumStep);
    }

    /**
     * The term for an uncoated electrode | electrolyte by the mesh-free solver (exact quadratures, no
     * mesh): the same budget line as {@link #layered} without a coating, at a fraction of the cost.
     *
     * @param electrode the electrode phase (not null)
     * @param electrolyte the electrolyte phase (not null)
     * @param lithiumStep Δμ = μ_electrolyte − μ_electrode of the exchanged carrier, J (finite)
     * @param solver the mesh-free solver (not null)
     * @return the term; it refuses a stack with a coating of non-zero thickness (use {@link #layered})
     * @throws IllegalArgumentException if an argument is null or the step is not finite
     */
    public static StackTerm meshFree(Phase electrode, Phase electrolyte, double lithiumStep, JunctionSolver solver) {
        if (electrode == null || electrolyte == null || solver == null) {
            throw new IllegalArgumentException("electrode phase, electrolyte phase and solver must not be null");
        }
        Checks.finite(lithiumStep, "lithiumStep (Li⁺ chemical potential step)", "J");
        return using(stack -> {
            double d = stack.coating().map(Layer::thickness).orElse(0.0);
            if (d > 0) {
                throw new IllegalArgumentException("the stack has a " + Units.toNm(d) + " nm coating: the mesh-free"
                        + " space-charge term solves an uncoated junction only; use SpaceChargeTerms.layered");
            }
            return solver.solve(Junction.of(electrode, electrolyte, lithiumStep, stack.temperature()));
        }, lithiumStep);
    }

    /**
     * The term from any space-charge solve of the stack: the caller's function returns a
     * {@link SpaceChargeSolution} (mesh-free or layered) for the stack's temperature and coating.
     *
     * @param solve the solve of a stack (not null); it must return a non-null solution
     * @param lithiumStep Δμ of the exchanged carrier, J (finite), for the budget line's description
     * @return the term
     * @throws IllegalArgumentException if {@code solve} is null or the step is not finite
     */
    public static StackTerm using(java.util.function.Function<InterfaceStack, ? extends SpaceChargeSolution> solve,
            double lithiumStep) {
        if (solve == null) {
            throw new IllegalArgumentException("solve (the space-charge solve of a stack) must not be null");
        }
        Checks.finite(lithiumStep, "lithiumStep (Li⁺ chemical potential step)", "J");
        return new StackTerm() {
            @Override
            public Contribution evaluate(InterfaceStack stack) {
                return effect(stack).line();
            }

            @Override
            public Effect effect(InterfaceStack stack) {
                SpaceChargeSolution s = solve.apply(stack);
                if (s == null) {
                    throw new IllegalArgumentException("solve returned no space-charge solution for " + stack.name());
                }
                return split(s, lithiumStep);
            }
        };
    }

    /**
     * Splits a layered solution into the budget's representation: depletion in the zone line,
     * accumulation in the coating as the coating's factor, net accumulation of the semi-infinite
     * phases as a change of the bulk (see {@link StackTerm.Effect}).
     */
    static StackTerm.Effect split(SpaceChargeSolution s, double lithiumStep) {
        double zone = 0;              // Ω·m², depletion (and net excess of the semi-infinite phases, if ≥ 0)
        double semiInfinite = 0;      // Ω·m², signed excess of the semi-infinite phases: one space-charge zone
        double inverseCapacitance = 0;
        double coatingFactor = 1;
        StringBuilder detail = new StringBuilder(String.format(Locale.ROOT, "PB, step %.3g eV",
                Units.toEV(lithiumStep)));
        for (int p = 0; p < s.layers().size(); p++) {
            PhaseLayer l = s.layer(p);
            if (Math.abs(l.drop()) > 1e-3) {
                detail.append(String.format(Locale.ROOT, "; %s %.0f mV", l.phase(), 1e3 * l.drop()));
            }
            // a mesh-free junction has two semi-infinite phases; a layered one may have coatings between
            java.util.OptionalDouble thickness = s instanceof LayeredSolution layered ? layered.problem().thickness(p)
                    : java.util.OptionalDouble.empty();
            if (thickness.isPresent()) {
                double d = thickness.getAsDouble();
                if (l.resistance() < 0) {
                    // accumulation in the coating: it conducts better over its own thickness;
                    // ∫₀^d σ∞/σ dx = d + ℓ_R > 0 is a sum of positive cell integrals, so the factor is in (0, 1)
                    coatingFactor *= (d + l.excessResistanceLength()) / d;
                } else {
                    zone += l.resistance();
                }
                // the coating's dielectric capacitance belongs to the coating's own line
            } else {
                semiInfinite += l.resistance();
                inverseCapacitance += 1 / l.differentialCapacitance();
            }
        }
        zone += Math.max(0, semiInfinite);
        double bulk = Math.min(0, semiInfinite);
        // an accumulation in the coating is stated on the coating's own line (InterfaceStack.budget)
        if (bulk < 0) {
            detail.append("; net accumulation lowers the bulk beside the interface");
        }
        double capacitance = inverseCapacitance > 0 ? 1 / inverseCapacitance : 0;
        return new StackTerm.Effect(new Contribution(Mechanism.SPACE_CHARGE, detail.toString(), zone, capacitance),
                coatingFactor, bulk, s.warnings().stream().map(w -> "space charge: " + w).toList(), s.provenance());
    }
}
