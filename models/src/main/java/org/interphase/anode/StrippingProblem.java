package org.interphase.anode;

import java.util.Objects;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Display;
import org.interphase.core.TemperatureLaw;
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
 * <p><b>Interlayer.</b> With a metal or alloy interlayer between the lithium and the electrolyte
 * ({@link #withInterlayer}) the stripped lithium must also cross it by diffusion. The most it carries in a
 * steady state is the flux of its whole Li concentration c_Li dropping across its thickness t (saturated
 * at the lithium side, emptied at the electrolyte side):
 * <pre>
 *   j_il = F·D_Li(T)·c_Li/t
 * </pre>
 * in series with the metal's supply, so the critical stripping current is min(j_c,metal, j_il). Above
 * j_il the interlayer's own lithium, F·c_Li·t per area, runs out in F·c_Li·t/(j − j_il).
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
 * @param interlayer the interlayer the lithium crosses, if any
 */
public record StrippingProblem(LithiumSupply supply, double stackPressure, double temperature, double currentDensity,
        double strippedCharge, int cycles, double toleratedVoidFraction, double initialVoidFraction,
        double chargeTransferAsr, double electrolyteConductivity, Optional<Interlayer> interlayer) {

    /**
     * A metal or alloy interlayer between the lithium and the electrolyte, as a path for lithium.
     *
     * @param name what it is, for reports (not blank)
     * @param thickness t, m (&gt; 0)
     * @param diffusivity D_Li(T), the Li diffusion coefficient in the layer, m²/s (not null)
     * @param concentration c_Li, the Li concentration of the lithiated layer, mol/m³ (&gt; 0)
     */
    public record Interlayer(String name, double thickness, TemperatureLaw diffusivity, double concentration) {

        /**
         * Validates the components.
         *
         * @param name not blank
         * @param thickness t, m (&gt; 0, finite)
         * @param diffusivity D_Li(T), m²/s (not null)
         * @param concentration c_Li, mol/m³ (&gt; 0, at most {@value InterlayerTransport#MAX_CONCENTRATION})
         */
        public Interlayer {
            Checks.nonBlank(name, "name");
            Checks.positive(thickness, "interlayer thickness", "m");
            Objects.requireNonNull(diffusivity, "diffusivity (temperature law, m²/s) must not be null");
            Checks.positive(concentration, "Li concentration", "mol/m³");
            Checks.atMost(concentration, InterlayerTransport.MAX_CONCENTRATION, "Li concentration", "mol/m³");
        }

        /**
         * The most stripping current the layer carries by diffusion.
         *
         * @param temperature T, K (&gt; 0, where the diffusivity law holds)
         * @return j_il = F·D_Li(T)·c_Li/t, A/m²
         * @throws IllegalArgumentException if the law does not hold at T
         */
        public double limitingCurrentDensity(double temperature) {
            Checks.positive(temperature, "temperature", "K");
            return Checks.finiteResult(Constants.FARADAY * diffusivity.valueAt(temperature) * concentration / thickness,
                    "interlayer limiting current density (A/m²)", "thickness = " + thickness + " m",
                    "use a thicker layer or a smaller diffusivity");
        }

        /** @return F·c_Li·t, the lithium the layer holds, C/m² */
        public double inventory() {
            return Constants.FARADAY * concentration * thickness;
        }

        @Override
        public String toString() {
            return name + " " + Display.quantity(thickness, "m") + " (D_Li " + diffusivity + ", c_Li "
                    + Display.quantity(concentration, "mol/m³") + ")";
        }
    }

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
     * @param interlayer an interlayer or empty (not null; its diffusivity law must hold at T)
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
        Objects.requireNonNull(interlayer, "interlayer (Optional) must not be null; use Optional.empty()");
        if (interlayer.isPresent() && !interlayer.get().diffusivity().covers(temperature)) {
            throw new IllegalArgumentException("temperature = " + temperature + " K is outside the interlayer's"
                    + " diffusivity law: temperature must be " + interlayer.get().diffusivity().validity());
        }
    }

    /**
     * One 1 mAh/cm² strip and plate of lithium against an electrolyte of the catalog, with a tolerated void
     * fraction of 0.1 (a criterion: a tenth of the contact lost, where current focusing at the void edges
     * sets in; not a measured value), no initial voids, and R_ct = 1 Ω·cm² (the upper bound of charge transfer at
     * Li | LLZO, "about 1 Ω cm²", Eckhardt et al., Adv. Mater. Interfaces 10, 2202354 (2023), checked in their
     * full text; their impedance model itself assumes 0.5 Ω·cm²).
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
                Units.ohmCm2(1), sigma, Optional.empty());
    }

    /**
     * @param pressure p, Pa (&ge; 0)
     * @return a copy at another stack pressure
     */
    public StrippingProblem withStackPressure(double pressure) {
        return new StrippingProblem(supply, pressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param t T, K (&gt; 0)
     * @return a copy at another temperature (the electrolyte conductivity is kept)
     */
    public StrippingProblem withTemperature(double t) {
        return new StrippingProblem(supply, stackPressure, t, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param j current density, A/m² (&gt; 0)
     * @return a copy at another current density
     */
    public StrippingProblem withCurrentDensity(double j) {
        return new StrippingProblem(supply, stackPressure, temperature, j, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param charge Q per half cycle, C/m² (&gt; 0)
     * @return a copy stripping another charge
     */
    public StrippingProblem withStrippedCharge(double charge) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, charge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param n cycles, in [1, {@value #MAX_CYCLES}]
     * @return a copy with another number of cycles
     */
    public StrippingProblem withCycles(int n) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, n,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param fraction φ_c in (0, π/4)
     * @return a copy with another tolerated void fraction
     */
    public StrippingProblem withToleratedVoidFraction(double fraction) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                fraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param fraction φ0 in [0, π/4)
     * @return a copy with another initial void fraction
     */
    public StrippingProblem withInitialVoidFraction(double fraction) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, fraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param asr R_ct of full contact, Ω·m² (&ge; 0)
     * @return a copy with another charge-transfer resistance
     */
    public StrippingProblem withChargeTransferAsr(double asr) {
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, asr, electrolyteConductivity, interlayer);
    }

    /**
     * @param newSupply how the metal refills the interface (not null)
     * @return a copy with another supply
     */
    public StrippingProblem withSupply(LithiumSupply newSupply) {
        return new StrippingProblem(newSupply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity,
                interlayer);
    }

    /**
     * @param layer the interlayer the stripped lithium crosses (not null)
     * @return a copy with the interlayer
     */
    public StrippingProblem withInterlayer(Interlayer layer) {
        Objects.requireNonNull(layer, "layer (interlayer) must not be null");
        return new StrippingProblem(supply, stackPressure, temperature, currentDensity, strippedCharge, cycles,
                toleratedVoidFraction, initialVoidFraction, chargeTransferAsr, electrolyteConductivity, Optional.of(layer));
    }

    @Override
    public String toString() {
        return "stripping " + Display.quantity(Units.toMAPerCm2(currentDensity), "mA/cm²") + " × "
                + Display.number(strippedCharge / ONE_MAH_PER_CM2) + " mAh/cm²" + ", " + cycles + " cycle(s), at "
                + Display.quantity(stackPressure, "Pa") + " and " + Display.quantity(temperature, "K")
                + "; tolerated void fraction " + Display.number(toleratedVoidFraction) + "; " + supply
                + interlayer.map(l -> "; interlayer " + l).orElse("");
    }
}
