package org.interphase.spacecharge;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;

/**
 * What every space-charge solution reports, whichever solver produced it: the mesh-free
 * {@link JunctionSolution} of a two-phase {@link Junction} ({@link JunctionSolver}) or the
 * finite-volume {@link LayeredSolution} of a {@link LayeredJunction} ({@link LayeredSolver}).
 * {@link Sweeps} and the interface stack take this type, so either solver can feed them.
 *
 * <p>The problem solved ({@link #problem()}); per phase, first to last, one {@link PhaseLayer} (drop, charge, differential and integral
 * capacitance, width, excess resistance); totals; the solver's diagnostics and warnings.
 */
public sealed interface SpaceChargeSolution permits JunctionSolution, LayeredSolution {

    /**
     * @return the problem that was solved: the {@link Junction} of a {@link JunctionSolution}, the
     *     {@link LayeredJunction} of a {@link LayeredSolution} (each narrows the type)
     */
    SpaceChargeProblem problem();

    /** @return one layer per phase, first (left) to last (right), immutable */
    List<PhaseLayer> layers();

    /**
     * @param p phase index, 0 … {@code layers().size() − 1}
     * @return its layer
     * @throws IllegalArgumentException if p is out of range
     */
    PhaseLayer layer(int p);

    /** @return T of the problem, K */
    default double temperature() {
        return problem().temperature();
    }

    /** @return Σ of the phases' space-charge (excess) resistances ℓ_R/σ∞, Ω·m² */
    default double spaceChargeResistance() {
        double r = 0;
        for (PhaseLayer l : layers()) {
            r += l.resistance();
        }
        return r;
    }

    /** @return space-charge plus the ohmic resistance d/σ∞ of finite layers, Ω·m² */
    double totalResistance();

    /** @return the series differential capacitance (Σ 1/C_p)⁻¹ of all phases, F/m² */
    default double seriesCapacitance() {
        double inv = 0;
        for (PhaseLayer l : layers()) {
            inv += 1 / l.differentialCapacitance();
        }
        return 1 / inv;
    }

    /** @return whether the (1 − θ) blocking factor was applied to the resistances */
    boolean blocking();

    /**
     * @return iterations of the solver: Newton iterations summed over continuation stages for the
     *     layered solver, evaluations of the charge balance for the mesh-free one
     */
    int iterations();

    /**
     * @return the final residual: the largest Newton update, kT/e, for the layered solver; the charge
     *     imbalance |Q_A + Q_B + σ_int|, C/m², for the mesh-free one
     */
    double residual();

    /** @return continuation stages in the step (1 when the full step converged directly; 0 for the mesh-free solver) */
    int continuationStages();

    /** @return the method used, in words */
    String method();

    /**
     * @return what the caller should know: the layers' warnings (a dilute law overflowing its
     *     sites, …), first phase to last, immutable, empty if none
     */
    default List<String> warnings() {
        return layers().stream().filter(PhaseLayer::hasWarning).map(PhaseLayer::warning).toList();
    }

    /**
     * The sources and assumptions of the phases that were solved (as {@link MaterialPhases} recorded
     * them; a phase built from numbers adds none), first phase to last.
     *
     * @return the union of the phases' {@link Phase#provenance()}
     */
    default Provenance provenance() {
        List<Phase> phases = problem() instanceof Junction j ? List.of(j.left(), j.right())
                : ((LayeredJunction) problem()).phases();
        Provenance p = Provenance.empty();
        for (Phase ph : phases) {
            p = p.plus(ph.provenance());
        }
        return p;
    }

    /** @return the works behind the phases' catalog values, in {@link Citation#ORDER} */
    default ImmutableList<Citation> citations() {
        return provenance().citations().asList();
    }

    /** @return what the phases assumed rather than read (θ∞ = 1/2, a σ(25 °C) at every T, …) */
    default ImmutableList<String> assumptions() {
        return provenance().assumptions();
    }

    /** @return true if a dilute law predicts more ions of a species than sites in any phase */
    default boolean diluteOverflow() {
        return layers().stream().anyMatch(PhaseLayer::hasWarning);
    }
}
