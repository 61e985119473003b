package org.interphase.anode;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.contact.MonroeNewman;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.TemperatureLaw;
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
 *   <li><b>Grain-boundary leakage</b> — a simplification of this library, not the published criterion of
 *       Raj &amp; Wolfenstine (J. Power Sources 343, 119 (2017)), whose mechanism it follows but whose
 *       equations could not be consulted here: the ionic current crossing a resistive grain boundary
 *       (specific resistance R_gb) drops Δφ = j·R_gb across it; where electrons leak to the boundary this
 *       is a jump in the lithium potential, and lithium precipitates inside the electrolyte once it exceeds
 *       the nucleation overpotential η_n: <pre>  j_gb = η_n / R_gb</pre></li>
 * </ul>
 * A criterion whose material data are missing (no fracture toughness, no grain-boundary resistance…) is
 * not evaluated and the solution says so.
 *
 * <p><b>Temperature.</b> R_ct and R_gb are given at the reference temperature T_ref; at another T they
 * follow temperature laws q(T) of the conductances 1/R (any unit: only ratios enter),
 * <pre>
 *   R_ct(T) = R_ct·q_ct(T_ref)/q_ct(T),     R_gb(T) = R_gb·q_gb(T_ref)/q_gb(T)
 * </pre>
 * so j_crack ∝ q_ct(T) and j_gb ∝ q_gb(T). {@link #of} takes q_gb from the electrolyte's conductivity law
 * in the catalog (an assumption: the grain boundaries activate like the whole ceramic) and leaves q_ct
 * unknown (give it with {@link #withChargeTransferLaw}). With a stripping problem
 * ({@link #withStripping}) the map also shows the stripping limit of {@link StrippingSolver}: creep and
 * vacancy diffusion in the lithium follow their own laws ({@link LithiumSupply}). The moduli and K_Ic
 * are taken as independent of temperature.
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
 * @param referenceTemperature T_ref at which R_ct and R_gb are given, K (&gt; 0)
 * @param chargeTransferLaw q_ct(T), the temperature law of 1/R_ct, if known
 * @param grainBoundaryLaw q_gb(T), the temperature law of 1/R_gb, if known
 * @param stripping the stripping problem whose critical current joins the map, if any
 */
public record PlatingProblem(String electrolyte, OptionalDouble shearModulus, OptionalDouble fractureToughness,
        OptionalDouble grainBoundaryAsr, double chargeTransferAsr, double focusingFactor, double geometryFactor,
        double nucleationOverpotential, double molarVolume, double lithiumShearModulus, double referenceTemperature,
        Optional<TemperatureLaw> chargeTransferLaw, Optional<TemperatureLaw> grainBoundaryLaw,
        Optional<StrippingProblem> stripping) {

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
     * @param referenceTemperature T_ref, K (&gt; 0, finite)
     * @param chargeTransferLaw q_ct(T) or empty (not null); must cover T_ref
     * @param grainBoundaryLaw q_gb(T) or empty (not null); must cover T_ref
     * @param stripping a stripping problem or empty (not null)
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
        Checks.positive(referenceTemperature, "reference temperature", "K");
        lawCovering(chargeTransferLaw, referenceTemperature, "chargeTransferLaw");
        lawCovering(grainBoundaryLaw, referenceTemperature, "grainBoundaryLaw");
        Objects.requireNonNull(stripping, "stripping (Optional<StrippingProblem>) must not be null; use Optional.empty()");
    }

    private static void lawCovering(Optional<TemperatureLaw> law, double t, String name) {
        Objects.requireNonNull(law, name + " (Optional<TemperatureLaw>) must not be null; use Optional.empty()");
        if (law.isPresent()) {
            if (!law.get().covers(t)) {
                throw new IllegalArgumentException(name + " must hold at the reference temperature " + t + " K; it holds "
                        + law.get().validity());
            }
            if (!(law.get().valueAt(t) > 0)) {
                throw new IllegalArgumentException(name + " must be > 0 at the reference temperature " + t + " K, was "
                        + law.get().valueAt(t));
            }
        }
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
     * Li nucleation), lithium's V_m and G from the catalog (CRC Handbook; Masias et al. 2019); T_ref = 25 °C;
     * q_gb = the electrolyte's conductivity law from the catalog when it holds at 25 °C, q_ct unknown; no
     * stripping problem.
     *
     * @param electrolyte the electrolyte (not null)
     * @return the problem
     */
    public static PlatingProblem of(Material electrolyte) {
        Objects.requireNonNull(electrolyte, "electrolyte (material) must not be null");
        return new PlatingProblem(electrolyte.id(), optional(electrolyte, Property.SHEAR_MODULUS),
                optional(electrolyte, Property.FRACTURE_TOUGHNESS), OptionalDouble.empty(), Units.ohmCm2(1), 1,
                EDGE_CRACK, 0.05, Materials.LI_METAL.require(Property.MOLAR_VOLUME),
                Materials.LI_METAL.require(Property.SHEAR_MODULUS), Units.ROOM_TEMPERATURE, Optional.empty(),
                electrolyte.conductivityLaw().filter(l -> l.covers(Units.ROOM_TEMPERATURE)
                        && l.valueAt(Units.ROOM_TEMPERATURE) > 0), Optional.empty());
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
                focusingFactor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, chargeTransferLaw, grainBoundaryLaw, stripping);
    }

    /**
     * @param toughness K_Ic, Pa·m^½ (&gt; 0)
     * @return a copy with another fracture toughness
     */
    public PlatingProblem withFractureToughness(double toughness) {
        Checks.positive(toughness, "fracture toughness", "Pa·m^½");
        return new PlatingProblem(electrolyte, shearModulus, OptionalDouble.of(toughness), grainBoundaryAsr,
                chargeTransferAsr, focusingFactor, geometryFactor, nucleationOverpotential, molarVolume,
                lithiumShearModulus, referenceTemperature, chargeTransferLaw, grainBoundaryLaw, stripping);
    }

    /**
     * @param modulus G of the electrolyte, Pa (&gt; 0)
     * @return a copy with another shear modulus
     */
    public PlatingProblem withShearModulus(double modulus) {
        Checks.positive(modulus, "shear modulus", "Pa");
        return new PlatingProblem(electrolyte, OptionalDouble.of(modulus), fractureToughness, grainBoundaryAsr,
                chargeTransferAsr, focusingFactor, geometryFactor, nucleationOverpotential, molarVolume,
                lithiumShearModulus, referenceTemperature, chargeTransferLaw, grainBoundaryLaw, stripping);
    }

    /**
     * @param asr R_ct, Ω·m² (&gt; 0)
     * @return a copy with another charge-transfer resistance
     */
    public PlatingProblem withChargeTransferAsr(double asr) {
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, asr, focusingFactor,
                geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, chargeTransferLaw, grainBoundaryLaw, stripping);
    }

    /**
     * @param factor A (&ge; 1), e.g. the amplification at a void edge or flaw tip
     * @return a copy with another focusing factor
     */
    public PlatingProblem withFocusingFactor(double factor) {
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                factor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, chargeTransferLaw, grainBoundaryLaw, stripping);
    }

    /**
     * @param overpotential η_n, V (&gt; 0)
     * @return a copy with another nucleation overpotential
     */
    public PlatingProblem withNucleationOverpotential(double overpotential) {
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                focusingFactor, geometryFactor, overpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, chargeTransferLaw, grainBoundaryLaw, stripping);
    }

    /**
     * @param law q_ct(T), the temperature law of the charge-transfer conductance 1/R_ct (not null; must hold at
     *     the reference temperature, where R_ct is given)
     * @return a copy whose R_ct follows the law
     */
    public PlatingProblem withChargeTransferLaw(TemperatureLaw law) {
        Objects.requireNonNull(law, "law (charge-transfer temperature law) must not be null");
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                focusingFactor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, Optional.of(law), grainBoundaryLaw, stripping);
    }

    /**
     * @param law q_gb(T), the temperature law of the grain-boundary conductance 1/R_gb (not null; must hold at
     *     the reference temperature, where R_gb is given)
     * @return a copy whose R_gb follows the law
     */
    public PlatingProblem withGrainBoundaryLaw(TemperatureLaw law) {
        Objects.requireNonNull(law, "law (grain-boundary temperature law) must not be null");
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                focusingFactor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, chargeTransferLaw, Optional.of(law), stripping);
    }

    /**
     * @param problem a stripping problem (not null): its critical stripping current density at the map's
     *     temperature (its own pressure and supply) joins the map as {@link PlatingCriterion#STRIPPING_VOIDS}
     * @return a copy with the stripping criterion
     */
    public PlatingProblem withStripping(StrippingProblem problem) {
        Objects.requireNonNull(problem, "problem (stripping problem) must not be null");
        return new PlatingProblem(electrolyte, shearModulus, fractureToughness, grainBoundaryAsr, chargeTransferAsr,
                focusingFactor, geometryFactor, nucleationOverpotential, molarVolume, lithiumShearModulus,
                referenceTemperature, chargeTransferLaw, grainBoundaryLaw, Optional.of(problem));
    }

    /**
     * R_ct at a temperature, if its law is known and holds there.
     *
     * @param temperature T, K
     * @return R_ct(T), Ω·m², or empty
     */
    OptionalDouble chargeTransferAsrAt(double temperature) {
        return scaled(chargeTransferAsr, chargeTransferLaw, temperature);
    }

    /** R_gb at a temperature, if R_gb and its law are known and the law holds there. */
    OptionalDouble grainBoundaryAsrAt(double temperature) {
        return grainBoundaryAsr.isPresent() ? scaled(grainBoundaryAsr.getAsDouble(), grainBoundaryLaw, temperature)
                : OptionalDouble.empty();
    }

    private OptionalDouble scaled(double atReference, Optional<TemperatureLaw> law, double t) {
        if (t == referenceTemperature) {
            return OptionalDouble.of(atReference);
        }
        if (law.isEmpty() || !law.get().covers(t)) {
            return OptionalDouble.empty();
        }
        double q = law.get().valueAt(t);
        if (!(q > 0)) {
            return OptionalDouble.empty();
        }
        double r = atReference * (law.get().valueAt(referenceTemperature) / q);
        return Double.isFinite(r) ? OptionalDouble.of(r) : OptionalDouble.empty();
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
                + ", η_n = " + Display.quantity(nucleationOverpotential, "V") + " at " + Display.quantity(referenceTemperature,
                "K") + (chargeTransferLaw.isPresent() ? "; R_ct law " + chargeTransferLaw.get() : "")
                + (grainBoundaryLaw.isPresent() ? "; R_gb law " + grainBoundaryLaw.get() : "")
                + (stripping.isPresent() ? "; with " + stripping.get() : "");
    }
}
