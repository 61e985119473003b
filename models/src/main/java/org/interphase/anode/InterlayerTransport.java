package org.interphase.anode;

import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.materials.Material;
import org.interphase.materials.Property;

/**
 * Lateral lithium transport in a metal or alloy interlayer as an effective conductivity, the number the
 * interlayer problems take ({@link CurrentFocusingProblem#withInterlayer(double, double, double)}): by
 * the Nernst–Einstein relation a lithium concentration c_Li moving with diffusivity D carries the flux
 * of a conductor of
 * <pre>
 *   σ_eff = F²·D·c_Li/(RT)
 * </pre>
 * (Li enters at the Li face and leaves at the electrolyte as Li⁺, so the electrochemical potential of Li
 * in the layer drives it; the electrons follow through the metal). With D a tracer or self-diffusion
 * coefficient this is exact for dilute, ideal solutions; with a chemical diffusion coefficient D̃ = D·Θ
 * (Θ = d ln a_Li/d ln x_Li, Wagner's enhancement factor) it overestimates σ_eff by Θ, which can reach
 * 10–100 in alloys — the catalog says which kind each value is. Values of D and their sources: the
 * catalog's {@link Property#LI_DIFFUSIVITY} (β-LiAl, a-Si).
 */
public final class InterlayerTransport {

    /** Largest diffusivity accepted, m²/s (gases diffuse at ~1e-5). */
    public static final double MAX_DIFFUSIVITY = 1.0;
    /** Largest Li concentration accepted, mol/m³ (lithium metal: 7.7e4). */
    public static final double MAX_CONCENTRATION = 1e6;
    /** Lowest temperature accepted, K. */
    public static final double MIN_TEMPERATURE = 1.0;
    /** Highest temperature accepted, K. */
    public static final double MAX_TEMPERATURE = 1e4;

    private InterlayerTransport() {}

    /**
     * @param diffusivity Li diffusion coefficient D in the interlayer, m²/s (&gt; 0, &le; {@value #MAX_DIFFUSIVITY})
     * @param concentration Li concentration c_Li in the interlayer, mol/m³ (&gt; 0, &le; {@value #MAX_CONCENTRATION})
     * @param temperature temperature T, K (in [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}])
     * @return σ_eff = F²·D·c_Li/(RT), S/m
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double lateralConductivity(double diffusivity, double concentration, double temperature) {
        Checks.positive(diffusivity, "diffusivity", "m²/s");
        Checks.atMost(diffusivity, MAX_DIFFUSIVITY, "diffusivity", "m²/s");
        checkConcentrationAndTemperature(concentration, temperature);
        double f = Constants.FARADAY;
        return f * f / (Constants.GAS_CONSTANT * temperature) * diffusivity * concentration;
    }

    private static void checkConcentrationAndTemperature(double concentration, double temperature) {
        Checks.positive(concentration, "concentration", "mol/m³");
        Checks.atMost(concentration, MAX_CONCENTRATION, "concentration", "mol/m³");
        Checks.inClosedRange(temperature, MIN_TEMPERATURE, MAX_TEMPERATURE, "temperature", "K");
    }

    /**
     * σ_eff with the interlayer's Li diffusivity from the catalog.
     *
     * @param interlayer the interlayer material (not null; must have {@link Property#LI_DIFFUSIVITY})
     * @param concentration Li concentration c_Li in the interlayer, mol/m³ (&gt; 0, &le; {@value #MAX_CONCENTRATION})
     * @param temperature temperature T, K (in [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}])
     * @return σ_eff, S/m
     * @throws NullPointerException if the material is null
     * @throws IllegalArgumentException if an argument is out of range
     * @throws org.interphase.materials.MissingDataException if the material has no Li diffusivity
     */
    public static double lateralConductivity(Material interlayer, double concentration, double temperature) {
        Checks.nonNull(interlayer, "interlayer");
        checkConcentrationAndTemperature(concentration, temperature);
        return lateralConductivity(interlayer.require(Property.LI_DIFFUSIVITY), concentration, temperature);
    }

    /**
     * @param atomicFraction Li atomic fraction x_Li in the interlayer (in (0, 1))
     * @param molarVolume molar volume of the interlayer per mole of atoms, m³/mol (&gt; 0, finite)
     * @return c_Li = x_Li/V_m, mol/m³
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double lithiumConcentration(double atomicFraction, double molarVolume) {
        Checks.inOpenRange(atomicFraction, 0.0, 1.0, "atomic fraction", "");
        Checks.positive(molarVolume, "molar volume", "m³/mol");
        return Checks.finiteResult(atomicFraction / molarVolume, "Li concentration", "x " + atomicFraction
                + ", V_m " + molarVolume + " m³/mol", "use a molar volume within the double range");
    }
}
