package org.interphase.anode;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Units;
import org.interphase.materials.Material;

/**
 * Galvanostatic stripping of a lithium electrode against a solid electrolyte under a stack
 * pressure: the input of {@link StrippingSolver}.
 *
 * <p>Each cycle strips a charge Q per area at the current density j (voids open where the supply of
 * {@link LithiumSupply} falls short of j/F) and then plates it back at the same current (plating adds
 * lithium at the contacts and does not refill the voids; only creep closes them). The interface
 * resistance follows from the contact fraction f = 1 − φ: charge transfer R_ct/f on the real contact
 * and the constriction of the current around the voids.
 *
 * @param supply how the metal refills the interface (not null)
 * @param stackPressure p, Pa (&ge; 0)
 * @param temperature T, K (&gt; 0)
 * @param currentDensity j, A/m² (&gt; 0)
 * @param strippedCharge Q stripped in each half cycle, C/m² (&gt; 0; 1 mAh/cm² = 3.6·10⁴ C/m²)
 * @param cycles number of strip/plate cycles, in [1, {@value #MAX_CYCLES}]
 * @param toleratedVoidFraction φ_c, the void fraction at which the interface counts as failed, in (0, π/4)
 * @param initialVoidFraction φ0 before the first strip, in [0, π/4)
 * @param chargeTransferAsr R_ct of full contact, Ω·m² (&ge; 0)
 * @param electrolyteConductivity σ of the electrolyte, S/m (&gt; 0)
 */
public record StrippingProblem(LithiumSupply supply, double stackPressure, double temperature, double currentDensity,
        double strippedCharge, int cycles, double toleratedVoidFraction, double initialVoidFraction,
        double chargeTransferAsr, double electrolyteConductivity) {

    /** The most cycles one problem may ask for. */
    public static final int MAX_CYCLES = 10_000;

    /** 1 mAh/cm² in C/m². */
    public static final double ONE_MAH_PER_CM2 = 3.6e4;

    /**
     * Validates the components.
     *
     * @param supply how the metal refills the interface (not null)
     * @param stackPressure p, Pa (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @param currentDensity j, A/m² (&gt; 0)
     * @param strippedCharge Q per half cycle, C/m² (&gt; 0)
     * @param cycles in [1, {@value #MAX_CYCLES}]
     * @param toleratedVoidFraction φ_c in (0, π/4)
     * @param initialVoidFraction φ0 in [0, π/4)
     * @param chargeTransferAsr R_ct, Ω·m² (&ge; 0)
     * @param electrolyteConductivity σ, S/m (&gt; 0)
     */
    public StrippingProblem {
        Objects.requireNonNull(supply, "supply (lithium supply) must not be null");
        Checks.nonNegative(stackPressure, "stack pressure", "Pa");
        Checks.positive(temperature, "temperature", "K");
        Checks.positive(currentDensity, "current density", "A/m²");
        Checks.positive(strippedCharge, "stripped charge", "C/m²");
        Checks.inClosedRange(cycles, 1, MAX_CYCLES, "cycles");
        Checks.inOpenRange(toleratedVoidFraction, 0, LithiumSupply.MAX_VOID_FRACTION, "tolerated void fraction", "");
        Checks.finite(initialVoidFraction, "initial void fraction", "");
        if (!(initialVoidFraction >= 0 && initialVoidFraction < LithiumSupply.MAX_VOID_FRACTION)) {
            throw new IllegalArgumentException("initial void fraction must be in [0, π/4), was " + initialVoidFraction);
        }
        Checks.nonNegative(chargeTransferAsr, "charge-transfer ASR", "Ω·m²");
        Checks.positive(electrolyteConductivity, "electrolyte conductivity", "S/m");
    }

    /**
     * One 1 mAh/cm² strip and plate of lithium against an electrolyte of the catalog, with a tolerated void
     * fraction of 0.1 (a criterion: a tenth of the contact lost, where current focusing at the void edges
     * sets in; not a measured value), no initial voids, and R_ct = 1 Ω·cm² (the upper bound of charge transfer at
     * Li | LLZO, Eckhardt et al., Adv. Mater. Interfaces 10, 2202354 (2023)).
     *
     * @param supply how the metal refills the interface (not null)
     * @param electrolyte the electrolyte, with an ionic conductivity in the catalog (not null)
     * @param stackPressure p, Pa (&ge; 0)
     * @param temperature T, K (&gt; 0, where the electrolyte's conductivity law holds)
     * @param currentDensity j, A/m² (&gt; 0)
     * @return the problem
     * @throws IllegalArgumentException if the electrolyte has no conductivity or an argument is out of range
     */
    public static StrippingProblem of(LithiumSupply supply, Material electrolyte, double stackPressure, double temperature,
            double currentDensity) {
        Objects.requireNonNull(electrolyte, "electrolyte (material) must not be null");
        Checks.positive(temperature, "temperature", "K");
        double sigma = electrolyte.ionicConductivity(temperature);
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("temperature = " + temperature + " K gives an electrolyte conductivity"
                    + " of " + sigma + " S/m for " + electrolyte.id() + ": use a temperature where it is > 0 S/m");
        }
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, ONE_MAH_PER_CM2, 1, 0.1, 0.0,
                Units.ohmCm2(1), sigma);
    }

    /**
     * @param pressure p, Pa (&ge; 0)
     * @return a copy at another stack pressure
     */
    public StrippingProblem withStackPressure(double pressure) {
        return new StrippingProblem(supply, pressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param t T, K (&gt; 0)
     * @return a copy at another temperature (the electrolyte conductivity is kept)
     */
    public StrippingProblem withTemperature(double t) {
        return new StrippingProblem(supply, stackPressure, t, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param j current density, A/m² (&gt; 0)
     * @return a copy at another current density
     */
    public StrippingProblem withCurrentDensity(double j) {
        return new StrippingProblem(supply, stackPressure, temperature, j, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param charge Q per half cycle, C/m² (&gt; 0)
     * @return a copy stripping another charge
     */
    public StrippingProblem withStrippedCharge(double charge) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, charge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param n cycles, in [1, {@value #MAX_CYCLES}]
     * @return a copy with another number of cycles
     */
    public StrippingProblem withCycles(int n) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, n,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param fraction φ_c in (0, π/4)
     * @return a copy with another tolerated void fraction
     */
    public StrippingProblem withToleratedVoidFraction(double fraction) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                fraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param fraction φ0 in [0, π/4)
     * @return a copy with another initial void fraction
     */
    public StrippingProblem withInitialVoidFraction(double fraction) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, fraction, chargeTransferAsr, electrolyteConductivity);
    }

    /**
     * @param asr R_ct of full contact, Ω·m² (&ge; 0)
     * @return a copy with another charge-transfer resistance
     */
    public StrippingProblem withChargeTransferAsr(double asr) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, asr, electrolyteConductivity);
    }

    /**
     * @param newSupply how the metal refills the interface (not null)
     * @return a copy with another supply
     */
    public StrippingProblem withSupply(LithiumSupply newSupply) {
        return new StrippingProblem(newSupply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity);
    }

    @Override
    public String toString() {
        return "stripping " + Display.quantity(Units.toMAPerCm2(currentDensity), "mA/cm²") + " × "
                + Display.number(strippedCharge / ONE_MAH_PER_CM2) + " mAh/cm²" + ", " + cycles + " cycle(s), at "
                + Display.quantity(stackPressure, "Pa") + " and " + Display.quantity(temperature, "K")
                + "; tolerated void fraction " + Display.number(toleratedVoidFraction) + "; " + supply;
    }
}
