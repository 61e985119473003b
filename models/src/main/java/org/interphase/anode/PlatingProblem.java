package org.interphase.anode;

import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.contact.MonroeNewman;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;

/**
 * Lithium plating through a solid electrolyte: the inputs of the penetration criteria that
 * {@link PlatingSolver} evaluates and maps (current density × flaw size).
 *
 * <ul>
 *   <li><b>Monroe–Newman</b> (shear modulus G; {@link MonroeNewman}): a bound on the electrolyte, the same
 *       at every current and flaw size.</li>
 *   <li><b>Li-filled crack</b> (Porz et al., Adv. Energy Mater. 7, 1701003 (2017)): lithium deposited
 *       into a surface flaw of depth c at the local plating overpotential η builds the pressure
 *       p = F·η/V_m (Δμ = V_m·p = F·η); the flaw grows when K_I = Y·p·√(πc) ≥ K_Ic. With
 *       η = A·R_ct·j (charge transfer at the flaw, current focused by A ≥ 1 at its tip):
 *       <pre>  j_crack(c) = V_m·K_Ic / (F·Y·√(πc)·A·R_ct)      ∝ K_Ic/√c</pre></li>
 *   <li><b>Grain-boundary leakage</b> (after Raj &amp; Wolfenstine, J. Power Sources 343, 119 (2017)):
 *       the ionic current crossing a resistive grain boundary (specific resistance R_gb) drops
 *       Δφ = j·R_gb across it; where electrons leak to the boundary this is a jump in the lithium
 *       potential, and lithium precipitates inside the electrolyte once it exceeds the nucleation
 *       overpotential η_n: <pre>  j_gb = η_n / R_gb</pre></li>
 * </ul>
 * A criterion whose material data are missing (no fracture toughness, no grain-boundary resistance…) is
 * not evaluated and the solution says so.
 *
 * @param electrolyte the electrolyte's name, for reports (not blank)
 * @param shearModulus G of the electrolyte, Pa (&gt; 0), if known
 * @param fractureToughness K_Ic of the electrolyte, Pa·m^½ (&gt; 0), if known
 * @param grainBoundaryAsr R_gb, the specific resistance of one grain boundary, Ω·m² (&gt; 0), if known
 * @param chargeTransferAsr R_ct of the Li | electrolyte interface, Ω·m² (&gt; 0)
 * @param focusingFactor A, the current amplification at a flaw tip (&ge; 1)
 * @param geometryFactor Y of the stress intensity factor (1.12 for an edge crack) (&gt; 0)
 * @param nucleationOverpotential η_n for lithium inside a grain boundary, V (&gt; 0)
 * @param molarVolume V_m of lithium, m³/mol (&gt; 0)
 * @param lithiumShearModulus G of lithium, Pa (&gt; 0)
 */
public record PlatingProblem(String electrolyte, OptionalDouble shearModulus, OptionalDouble fractureToughness,
        OptionalDouble grainBoundaryAsr, double chargeTransferAsr, double focusingFactor, double geometryFactor,
        double nucleationOverpotential, double molarVolume, double lithiumShearModulus) {

    /** Y of a shallow edge crack, 1.12. */
    public static final double EDGE_CRACK = 1.12;

    /**
     * Validates the components.
     *
     * @param electrolyte name (not blank)
     * @param shearModulus G, Pa (&gt; 0) or empty (not null)
     * @param fractureToughness K_Ic, Pa·m^½ (&gt; 0) or empty (not null)
     * @param grainBoundaryAsr R_gb, Ω·m² (&gt; 0) or empty (not null)
     * @param chargeTransferAsr R_ct, Ω·m² (&gt; 0)
     * @param focusingFactor A (&ge; 1)
     * @param geometryFactor Y (&gt; 0)
     * @param nucleationOverpotential η_n, V (&gt; 0)
     * @param molarVolume V_m, m³/mol (&gt; 0)
     * @param lithiumShearModulus G_Li, Pa (&gt; 0)
     */
    public PlatingProblem {
        Checks.nonBlank(electrolyte, "electrolyte");
        positiveIfSet(shearModulus, "shear modulus", "Pa");
        positiveIfSet(fractureToughness, "fracture toughness", "Pa·m^½");
        positiveIfSet(grainBoundaryAsr, "grain-boundary ASR", "Ω·m²");
        Checks.positive(chargeTransferAsr, "charge-transfer ASR", "Ω·m²");
        Checks.atLeast(focusingFactor, 1, "focusing factor", "");
        Checks.positive(geometryFactor, "geometry factor Y", "");
        Checks.positive(nucleationOverpotential, "nucleation overpotential", "V");
        Checks.positive(molarVolume, "molar volume", "m³/mol");
        Checks.positive(lithiumShearModulus, "lithium shear modulus", "Pa");
    }

    private static void positiveIfSet(OptionalDouble v, String name, String unit) {
        Objects.requireNonNull(v, name + " (OptionalDouble) must not be null; use OptionalDouble.empty() for unknown");
        if (v.isPresent()) {
            Checks.positive(v.getAsDouble(), name, unit);
        }
    }

    /**
     * The criteria for an electrolyte of the catalog: G and K_Ic from the catalog where it has them,
     * no grain-boundary resistance (give one with {@link #withGrainBoundaryAsr}), R_ct = 1 Ω·cm², no
     * focusing (A = 1), an edge crack (Y = 1.12), η_n = 50 mV (an assumption: the tens of mV typical of
     * Li nucleation), lithium's V_m and G from the catalog (CRC Handbook; Masias et al. 2019).
     *
     * @param electrolyte the electrolyte (not null)
     * @return the problem
     */
    public static PlatingProblem of(Material electrolyte) {
        Objects.requireNonNull(electrolyte, "electrolyte (material) must not be null");
        return new PlatingProblem(electrolyte.id(), optional(electrolyte, Property.SHEAR_MODULUS),
                optional(electrolyte, Property.FRACTURE_TOUGHNESS), OptionalDouble.empty(), Units.ohmCm2(1), 1,
                EDGE_CRACK, 0.05, Materials.LI_METAL.require(Property.MOLAR_VOLUME),
                Materials.LI_METAL.require(Property.SHEAR_MODULUS));
    }

    private static OptionalDouble optional(Material m, Property p) {
        return m.has(p) ? OptionalDouble.of(m.require(p)) : OptionalDouble.empty();
    }

    /**
     * The specific resistance of one grain boundary from the grain size and the apparent
     * (brick-layer) grain-boundary conductivity of the ceramic: L/σ_gb,app spread over L/d boundaries.
     *
     * @param grainSize d, m (&gt; 0)
     * @param apparentConductivity σ_gb,app, S/m (&gt; 0)
     * @return R_gb = d/σ_gb,app, Ω·m²
     */
    public static double grainBoundaryAsr(double grainSize, double apparentConductivity) {
        Checks.positive(grainSize, "grain size", "m");
        Checks.positive(apparentConductivity, "apparent grain-boundary conductivity", "S/m");
        return Checks.finiteResult(grainSize / apparentConductivity, "grain-boundary ASR (Ω·m²)", "grain size = "
                + grainSize + " m, apparent conductivity = " + apparentConductivity + " S/m", "use a larger conductivity");
    }

    /**
     * @param asr R_gb, Ω·m² (&gt; 0)
     * @return a copy with a grain-boundary resistance
     */
    public PlatingProblem withGrainBoundaryAsr(double asr) {
        Checks.positive(asr, "grain-boundary ASR", "Ω·m²");
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, OptionalDouble.of(asr), chargeTransferAsr,
                focusingFactor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus);
    }

    /**
     * @param toughness K_Ic, Pa·m^½ (&gt; 0)
     * @return a copy with another fracture toughness
     */
    public PlatingProblem withFractureToughness(double toughness) {
        Checks.positive(toughness, "fracture toughness", "Pa·m^½");
        return new PlatingProblem(electrolyte, shearModulus, OptionalDouble.of(toughness), grainBoundaryAsr,
                chargeTransferAsr, focusingFactor, geometryFactor, nucleationOverpotential, molarVolume,
                lithiumShearModulus);
    }

    /**
     * @param modulus G of the electrolyte, Pa (&gt; 0)
     * @return a copy with another shear modulus
     */
    public PlatingProblem withShearModulus(double modulus) {
        Checks.positive(modulus, "shear modulus", "Pa");
        return new PlatingProblem(electrolyte, OptionalDouble.of(modulus), fractureToughness, grainBoundaryAsr,
                chargeTransferAsr, focusingFactor, geometryFactor, nucleationOverpotential, molarVolume,
                lithiumShearModulus);
    }

    /**
     * @param asr R_ct, Ω·m² (&gt; 0)
     * @return a copy with another charge-transfer resistance
     */
    public PlatingProblem withChargeTransferAsr(double asr) {
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, asr, focusingFactor,
                geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus);
    }

    /**
     * @param factor A (&ge; 1), e.g. the amplification at a void edge or flaw tip
     * @return a copy with another focusing factor
     */
    public PlatingProblem withFocusingFactor(double factor) {
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                factor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus);
    }

    /**
     * @param overpotential η_n, V (&gt; 0)
     * @return a copy with another nucleation overpotential
     */
    public PlatingProblem withNucleationOverpotential(double overpotential) {
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                focusingFactor, geometryFactor, overpotential, molarVolume, lithiumShearModulus);
    }

    /**
     * The plating overpotential that makes a Li-filled flaw of depth c grow.
     *
     * @param flawSize c, m (&gt; 0)
     * @return η_c = V_m·K_Ic/(F·Y·√(πc)), V
     * @throws IllegalStateException if the fracture toughness is not known
     */
    public double criticalOverpotential(double flawSize) {
        Checks.positive(flawSize, "flaw size", "m");
        double k = fractureToughness.orElseThrow(() -> new IllegalStateException("fracture toughness of " + electrolyte
                + " is not known: give it with withFractureToughness"));
        return molarVolume * k / (org.interphase.core.Constants.FARADAY * geometryFactor * Math.sqrt(Math.PI * flawSize));
    }

    @Override
    public String toString() {
        return "plating through " + electrolyte + ": G = " + (shearModulus.isPresent()
                ? Display.quantity(shearModulus.getAsDouble(), "Pa") : "unknown") + ", K_Ic = "
                + (fractureToughness.isPresent() ? Display.number(fractureToughness.getAsDouble() / 1e6) + " MPa·m^½"
                        : "unknown") + ", R_gb = " + (grainBoundaryAsr.isPresent()
                ? Display.quantity(Units.toOhmCm2(grainBoundaryAsr.getAsDouble()), "Ω·cm²") : "unknown") + ", R_ct = "
                + Display.quantity(Units.toOhmCm2(chargeTransferAsr), "Ω·cm²") + ", focusing ×" + Display.number(focusingFactor)
                + ", η_n = " + Display.quantity(nucleationOverpotential, "V");
    }
}
