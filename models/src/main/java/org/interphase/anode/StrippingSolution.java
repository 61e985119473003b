package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.interphase.stack.ContactState;

/**
 * The voids of a stripped lithium interface ({@link StrippingSolver}): critical current densities,
 * void fractions over the first strip and over cycles, the lithium budget, and the interface
 * resistance and {@link ContactState} that follow from the worst contact fraction.
 *
 * @param problem the problem that was solved
 * @param solver the solver that solved it
 * @param criticalCurrentDensity j_c, A/m² (the metal's supply, or the interlayer's diffusion limit if lower)
 * @param creepLimitedCurrentDensity the creep part of j_c, A/m²
 * @param diffusionLimitedCurrentDensity the vacancy-diffusion part of j_c, A/m²
 * @param steadyVoidFraction the void fraction at which the supply balances the stripping flux at the
 *     problem's current (0 if diffusion alone carries it; empty if no φ &lt; π/4 does: contact is lost)
 * @param firstStrip void fraction vs time (s) over the first strip
 * @param afterStrip void fraction at the end of each strip vs cycle number
 * @param afterCycle void fraction at the end of each cycle (after plating) vs cycle number
 * @param maxVoidFraction the largest void fraction reached
 * @param contactLost true if the voids coalesced (φ = π/4) and the integration stopped
 * @param iterations time steps taken
 * @param newtonIterations Newton iterations of all implicit stages
 * @param residual the largest relative residual of an implicit stage
 * @param budget where the stripped lithium came from
 * @param warnings what the caller should know (immutable)
 */
public record StrippingSolution(StrippingProblem problem, StrippingSolver solver, double criticalCurrentDensity,
        double creepLimitedCurrentDensity, double diffusionLimitedCurrentDensity, OptionalDouble steadyVoidFraction,
        Profile firstStrip, Profile afterStrip, Profile afterCycle, double maxVoidFraction, boolean contactLost,
        int iterations, int newtonIterations, double residual, LithiumBudget budget, List<String> warnings) {

    /**
     * Where the stripped lithium came from, as volumes per nominal area (m): stripped = diffusion + creep +
     * void growth, to rounding.
     *
     * @param stripped lithium removed from the electrode, m³/m²
     * @param diffusion removed by vacancy diffusion into the metal (no void), m³/m²
     * @param creep voids refilled by creep, m³/m²
     * @param voidGrowth change of the void volume, m³/m²
     */
    public record LithiumBudget(double stripped, double diffusion, double creep, double voidGrowth) {

        /**
         * Validates the components.
         *
         * @param stripped m³/m² (&ge; 0)
         * @param diffusion m³/m² (&ge; 0)
         * @param creep m³/m² (finite)
         * @param voidGrowth m³/m² (finite)
         */
        public LithiumBudget {
            Checks.nonNegative(stripped, "stripped volume", "m³/m²");
            Checks.nonNegative(diffusion, "diffusion volume", "m³/m²");
            Checks.finite(creep, "creep volume", "m³/m²");
            Checks.finite(voidGrowth, "void growth", "m³/m²");
        }

        /** @return stripped − diffusion − creep − void growth, m³/m² (0 to rounding) */
        public double imbalance() {
            return stripped - diffusion - creep - voidGrowth;
        }
    }

    /**
     * Validates the components.
     *
     * @param problem the problem (not null)
     * @param solver the solver (not null)
     * @param criticalCurrentDensity A/m² (&ge; 0)
     * @param creepLimitedCurrentDensity A/m² (&ge; 0)
     * @param diffusionLimitedCurrentDensity A/m² (&ge; 0)
     * @param steadyVoidFraction in [0, π/4) or empty (not null)
     * @param firstStrip void fraction vs time (not null)
     * @param afterStrip void fraction vs cycle (not null)
     * @param afterCycle void fraction vs cycle (not null)
     * @param maxVoidFraction in [0, π/4]
     * @param contactLost true if the voids coalesced
     * @param iterations time steps (&ge; 0)
     * @param newtonIterations Newton iterations (&ge; 0)
     * @param residual largest relative stage residual (&ge; 0)
     * @param budget the lithium budget (not null)
     * @param warnings what the caller should know (not null; copied into an immutable list)
     */
    public StrippingSolution {
        Objects.requireNonNull(problem, "problem (stripping problem) must not be null");
        Objects.requireNonNull(solver, "solver (stripping solver) must not be null");
        Checks.nonNegative(criticalCurrentDensity, "critical current density", "A/m²");
        Checks.nonNegative(creepLimitedCurrentDensity, "creep-limited current density", "A/m²");
        Checks.nonNegative(diffusionLimitedCurrentDensity, "diffusion-limited current density", "A/m²");
        Objects.requireNonNull(steadyVoidFraction, "steadyVoidFraction (OptionalDouble) must not be null");
        Objects.requireNonNull(firstStrip, "firstStrip (profile) must not be null");
        Objects.requireNonNull(afterStrip, "afterStrip (profile) must not be null");
        Objects.requireNonNull(afterCycle, "afterCycle (profile) must not be null");
        Checks.inClosedRange(maxVoidFraction, 0, LithiumSupply.MAX_VOID_FRACTION, "maximum void fraction", "");
        Checks.atLeast(iterations, 0, "iterations");
        Checks.atLeast(newtonIterations, 0, "Newton iterations");
        Checks.nonNegative(residual, "residual", "");
        Objects.requireNonNull(budget, "budget (lithium budget) must not be null");
        Objects.requireNonNull(warnings, "warnings must not be null");
        warnings = ImmutableList.copyOf(warnings);
    }

    /** @return the method used */
    public String method() {
        return "TR-BDF2 (γ = 2 − √2), " + solver.stepsPerHalfCycle() + " steps per half cycle, void stress "
                + solver.voidStress();
    }

    /** @return the void fraction at the end of the first strip */
    public double voidFractionAfterFirstStrip() {
        return afterStrip.y(1);
    }

    /** @return the lowest contact fraction reached, 1 − max φ */
    public double minContactFraction() {
        return 1 - maxVoidFraction;
    }

    /**
     * The interface resistance at a void fraction: R_ct/(1 − φ) plus the dilute-void constriction
     * ({@link LithiumSupply#voidConstrictionAsr}).
     *
     * @param voidFraction φ in [0, π/4]
     * @return ASR, Ω·m²
     */
    public double interfaceAsr(double voidFraction) {
        Checks.inClosedRange(voidFraction, 0, LithiumSupply.MAX_VOID_FRACTION, "void fraction", "");
        return problem.chargeTransferAsr() / (1 - voidFraction)
                + problem.supply().voidConstrictionAsr(problem.electrolyteConductivity(), voidFraction);
    }

    /** @return the interface resistance at the largest void fraction reached, Ω·m² */
    public double worstInterfaceAsr() {
        return interfaceAsr(maxVoidFraction);
    }

    /**
     * The contact state at the largest void fraction reached, for an {@code InterfaceStack}: fraction
     * 1 − φ and the void constriction (the stack adds the interface terms over the real contact).
     *
     * @return the contact state
     */
    public ContactState contactState() {
        return new ContactState(minContactFraction(), problem.supply().voidConstrictionAsr(
                problem.electrolyteConductivity(), maxVoidFraction), "Li voids after stripping "
                + Display.quantity(Units.toMAPerCm2(problem.currentDensity()), "mA/cm²"));
    }

    /**
     * The interlayer's diffusion limit F·D_Li(T)·c_Li/t, if the problem has an interlayer.
     *
     * @return j_il, A/m², or empty without an interlayer
     */
    public java.util.OptionalDouble interlayerLimitedCurrentDensity() {
        return problem.interlayer().isPresent() ? java.util.OptionalDouble.of(StrippingSolver.interlayerLimit(problem))
                : java.util.OptionalDouble.empty();
    }

    @Override
    public String toString() {
        return "stripping: j_c = " + Display.quantity(Units.toMAPerCm2(criticalCurrentDensity), "mA/cm²") + " (creep "
                + Display.quantity(Units.toMAPerCm2(creepLimitedCurrentDensity), "mA/cm²") + ", diffusion "
                + Display.quantity(Units.toMAPerCm2(diffusionLimitedCurrentDensity), "mA/cm²")
                + (problem.interlayer().isPresent() ? ", interlayer " + Display.quantity(Units.toMAPerCm2(
                        StrippingSolver.interlayerLimit(problem)), "mA/cm²") : "") + "); void fraction "
                + Display.number(voidFractionAfterFirstStrip()) + " after the first strip, max "
                + Display.number(maxVoidFraction) + (contactLost ? " (contact lost)" : "") + "; worst ASR "
                + Display.quantity(Units.toOhmCm2(worstInterfaceAsr()), "Ω·cm²") + "; " + warnings.size() + " warning(s)";
    }
}
