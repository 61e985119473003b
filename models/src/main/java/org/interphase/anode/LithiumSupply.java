package org.interphase.anode;

import java.util.Objects;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Display;
import org.interphase.core.Units;
import org.interphase.materials.CreepLaw;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;

/**
 * How fast a lithium electrode can refill its interface with a solid electrolyte while lithium is
 * stripped from it: by power-law creep of the metal into the interfacial voids under the stack
 * pressure, and by vacancy diffusion away from the interface into the metal.
 *
 * <p><b>Void geometry.</b> Voids are hemispheres of radius r on a square lattice of pitch λ (one
 * per nucleation site), so the void (area) fraction and the void volume per nominal area (the mean
 * gap) are
 * <pre>
 *   φ = π r²/λ²,      g = (2π/3)·r³/λ² = (2π/3)·λ·(φ/π)^{3/2},      φ ≤ π/4 (neighbouring voids touch)
 * </pre>
 * <b>Creep.</b> A void in a power-law creeping solid (ε̇ = ε̇_ref(σ/σ_ref)^n, {@link CreepLaw})
 * under a remote pressure p collapses at the volumetric rate (Budiansky, Hutchinson &amp; Slutsky,
 * "Void growth and collapse in viscous solids", in <i>Mechanics of Solids</i>, Pergamon (1982),
 * the dilute spherical void)
 * <pre>
 *   −V̇/V = (3/2)·ε̇(σ_v, T),    σ_v = 3p/(2n)
 * </pre>
 * so creep refills the interface at −ġ = (3/2)·ε̇(σ_v)·g per nominal area. With the load carried by
 * the contacts alone the pressure around a void is p/(1 − φ) ({@link StrippingSolver.VoidStress}).
 *
 * <p><b>Flow-stress cap.</b> The equivalent stress that drives creep around the voids cannot exceed the
 * flow stress σ_y(T) of the metal: a lithium foil loaded beyond σ_y flows as a whole (it extrudes sideways
 * from under the stack) instead of carrying the excess to its voids. So
 * <pre>
 *   σ_v = min(3p/(2n), σ_y(T))
 * </pre>
 * Without the cap the n = 6.6 law gives ∝ p^6.6 and 32 mA/cm² at 7 MPa on Li | Li6PS5Cl, against the
 * ~0.1–0.4 mA/cm² measured from 3 to 7 MPa (Kasemchainan et al., Nat. Mater. 18, 1105 (2019)); 3p/(2n)
 * reaches σ_y = 0.77 MPa near p = 3.4 MPa at 25 °C, above which the creep supply saturates.
 *
 * <p><b>Temperature of the cap.</b> The flow stress of bulk lithium depends on strain rate and temperature
 * through the same power-law creep (LePage et al., J. Electrochem. Soc. 166, A89 (2019), who attribute the
 * rate and temperature dependence of their tensile and compression data to power-law creep). So σ_y(T) is
 * the stress that flows at the yield test's strain rate ε̇_y at T: with σ_y given at the creep law's
 * reference temperature T_ref (Masias et al., J. Mater. Sci. 54, 2585 (2019): 0.77 MPa at ~10⁻³ 1/s),
 * <pre>
 *   σ_y(T) = σ_y·exp[(Q/(n·k_B))·(1/T − 1/T_ref)]      (0.61 MPa at 60 °C, 1.15 MPa at −20 °C for Li)
 * </pre>
 * A consequence: wherever the cap holds, the voids creep shut at ε̇_y whatever the temperature, so above
 * the cap pressure the creep part of the critical stripping current no longer rises with T (vacancy
 * diffusion still does). Until the cap followed T, it was the 25 °C value at every temperature, which let
 * warm lithium carry stresses it cannot (4.8× the creep rate at 60 °C above the cap pressure).
 *
 * <p><b>Vacancy diffusion.</b> Stripping injects vacancies at the interface at j/F per area. In a
 * steady state they diffuse to sinks (grain boundaries, dislocations, the free back surface) at a
 * distance ℓ; voids nucleate once the interfacial vacancy fraction reaches S times its equilibrium
 * value. With the tracer self-diffusivity D* = f_c·D_v·x_v (bcc correlation factor f_c = 0.727)
 * the largest vacancy flux the metal carries away, as a velocity of the interface, is
 * <pre>
 *   v_D = D*(T)·(S − 1)/(f_c·ℓ)          (m/s; × F/V_m for a current density)
 * </pre>
 * It does not depend on the stack pressure: it is the pressure-free limit of Krauskopf et al.,
 * Adv. Energy Mater. 9, 1902568 (2019), whose Li | LLZO cells lose contact above about
 * 0.1 mA/cm² at 0 MPa and 25 °C.
 *
 * @param creep power-law creep of the metal
 * @param selfDiffusivity tracer self-diffusivity D*(T) of Li in the metal, m²/s
 * @param molarVolume V_m of the metal, m³/mol (&gt; 0)
 * @param voidSpacing λ, the pitch of the void nucleation sites, m (&gt; 0)
 * @param vacancySinkDistance ℓ, the diffusion distance to vacancy sinks, m (&gt; 0)
 * @param criticalSupersaturation S, the vacancy supersaturation at which voids nucleate (&gt; 1)
 * @param flowStress σ_y, the largest equivalent stress around the voids, Pa (&gt; 0, finite)
 */
public record LithiumSupply(CreepLaw creep, Arrhenius selfDiffusivity, double molarVolume, double voidSpacing,
        double vacancySinkDistance, double criticalSupersaturation, double flowStress) {

    /** Correlation factor of vacancy diffusion in a bcc lattice, 0.727 (Compaan &amp; Haven, Trans. Faraday Soc. 52, 786 (1956)). */
    public static final double BCC_CORRELATION_FACTOR = 0.727;

    /** The largest void fraction of the lattice of hemispherical voids, π/4 (neighbours touch). */
    public static final double MAX_VOID_FRACTION = Math.PI / 4;

    /**
     * Tracer self-diffusivity of lithium at 25 °C, 5.69·10⁻¹¹ cm²/s, as recalled from the value Krauskopf
     * et al. (Adv. Energy Mater. 9, 1902568 (2019)) use (tracer data of Lodding, Mundy &amp; Ott, Phys. Status
     * Solidi 38, 559 (1970)); not checked against the paper here.
     */
    public static final double LITHIUM_SELF_DIFFUSIVITY_25C = 5.69e-15;

    /**
     * Activation energy of lattice self-diffusion in lithium, 55 kJ/mol (LePage et al., J. Electrochem.
     * Soc. 166, A89 (2019), who compare it with their creep activation energy of 37 kJ/mol), J per atom.
     * Cross-checked: tracer ⁶⁵Zn in Li at 57–173 °C has Q = 12.98 ± 0.24 kcal/mol = 54.3 ± 1.0 kJ/mol, "within
     * margins of error, that of self-diffusion in Li" (Mundy, Ott, Löwenberg, Lodding, Phys. Status Solidi (b)
     * 35 (1969), doi:10.1002/pssb.19690350137, abstract read at zendy.io).
     */
    public static final double LITHIUM_SELF_DIFFUSION_ACTIVATION = Units.perParticle(Units.kJPerMol(55));

    /**
     * Validates the components.
     *
     * @param creep power-law creep of the metal (not null)
     * @param selfDiffusivity tracer self-diffusivity D*(T), m²/s (not null)
     * @param molarVolume V_m, m³/mol (&gt; 0)
     * @param voidSpacing λ, m (&gt; 0)
     * @param vacancySinkDistance ℓ, m (&gt; 0)
     * @param criticalSupersaturation S (&gt; 1, finite)
     * @param flowStress σ_y, Pa (&gt; 0, finite)
     */
    public LithiumSupply {
        Objects.requireNonNull(creep, "creep (creep law) must not be null");
        Objects.requireNonNull(selfDiffusivity, "selfDiffusivity (Arrhenius law, m²/s) must not be null");
        Checks.positive(molarVolume, "molar volume", "m³/mol");
        Checks.positive(voidSpacing, "void spacing", "m");
        Checks.positive(vacancySinkDistance, "vacancy sink distance", "m");
        Checks.finite(criticalSupersaturation, "critical vacancy supersaturation", "");
        if (!(criticalSupersaturation > 1)) {
            throw new IllegalArgumentException("critical vacancy supersaturation must be > 1, was "
                    + criticalSupersaturation);
        }
        Checks.positive(flowStress, "flow stress", "Pa");
    }

    /**
     * Lithium metal with the catalog's values and stated assumptions:
     * <ul>
     *   <li>creep: {@code Materials.LI_METAL.creepLaw()} (n = 6.6, Q = 37 kJ/mol: LePage et al., J.
     *       Electrochem. Soc. 166, A89 (2019); reference point 0.77 MPa at 10⁻³ 1/s: Masias et al., J.
     *       Mater. Sci. 54, 2585 (2019));</li>
     *   <li>D* = {@value #LITHIUM_SELF_DIFFUSIVITY_25C} m²/s at 25 °C with 55 kJ/mol (see the constants);</li>
     *   <li>V_m from the catalog's density and molar mass (CRC Handbook);</li>
     *   <li>σ_y = the catalog's yield strength of lithium, 0.77 MPa (0.73–0.81 MPa, bulk, ~10⁻³ 1/s, room
     *       temperature: Masias et al., J. Mater. Sci. 54, 2585 (2019)), at the creep law's reference
     *       temperature, and following the creep law at other temperatures ({@link #flowStressAt});</li>
     *   <li>λ = 10 µm, ℓ = 50 µm, S = 2: assumptions (void sites a few grains apart, sinks half a 100 µm
     *       foil away, voids once the vacancy fraction doubles), not measured values.</li>
     * </ul>
     *
     * @return the default lithium supply
     */
    public static LithiumSupply lithium() {
        return new LithiumSupply(Materials.LI_METAL.creepLaw().orElseThrow(),
                Arrhenius.fromReference(LITHIUM_SELF_DIFFUSIVITY_25C, Units.ROOM_TEMPERATURE,
                        LITHIUM_SELF_DIFFUSION_ACTIVATION),
                Materials.LI_METAL.require(Property.MOLAR_VOLUME), 10e-6, 50e-6, 2.0,
                Materials.LI_METAL.require(Property.YIELD_STRENGTH));
    }

    /**
     * @param spacing λ, m (&gt; 0)
     * @return a copy with another void spacing
     */
    public LithiumSupply withVoidSpacing(double spacing) {
        return new LithiumSupply(creep, selfDiffusivity, molarVolume, spacing, vacancySinkDistance,
                criticalSupersaturation, flowStress);
    }

    /**
     * @param distance ℓ, m (&gt; 0)
     * @return a copy with another vacancy sink distance
     */
    public LithiumSupply withVacancySinkDistance(double distance) {
        return new LithiumSupply(creep, selfDiffusivity, molarVolume, voidSpacing, distance, criticalSupersaturation,
                flowStress);
    }

    /**
     * @param supersaturation S (&gt; 1)
     * @return a copy with another critical vacancy supersaturation
     */
    public LithiumSupply withCriticalSupersaturation(double supersaturation) {
        return new LithiumSupply(creep, selfDiffusivity, molarVolume, voidSpacing, vacancySinkDistance,
                supersaturation, flowStress);
    }

    /**
     * @param law power-law creep of the metal (not null)
     * @return a copy with another creep law
     */
    public LithiumSupply withCreep(CreepLaw law) {
        return new LithiumSupply(law, selfDiffusivity, molarVolume, voidSpacing, vacancySinkDistance,
                criticalSupersaturation, flowStress);
    }

    /**
     * @param stress σ_y, the largest equivalent stress around the voids at the creep law's reference
     *     temperature, Pa (&gt; 0, finite); at other temperatures it follows {@link #flowStressAt}
     * @return a copy with another flow-stress cap
     */
    public LithiumSupply withFlowStress(double stress) {
        return new LithiumSupply(creep, selfDiffusivity, molarVolume, voidSpacing, vacancySinkDistance,
                criticalSupersaturation, stress);
    }

    /**
     * The flow stress of the metal at a temperature: the stress that creeps at the rate σ_y flows at the
     * creep law's reference temperature (see the class comment).
     *
     * @param temperature T, K (&gt; 0, finite)
     * @return σ_y(T) = σ_y·exp[(Q/(n·k_B))·(1/T − 1/T_ref)], Pa
     * @throws IllegalArgumentException if T is out of range or σ_y(T) overflows (far below T_ref)
     */
    public double flowStressAt(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        return Checks.finiteResult(flowStressOrInfinity(temperature), "flow stress (Pa)", "temperature = "
                + temperature + " K", "use a higher temperature: the creep law gives no finite flow stress there");
    }

    /** σ_y(T) as σ_y·exp(...) (exact at T_ref); +∞ where it overflows or 1/T does (no finite flow stress: no cap). */
    private double flowStressOrInfinity(double temperature) {
        double inverse = 1 / temperature;
        if (!Double.isFinite(inverse)) {
            return Double.POSITIVE_INFINITY;
        }
        return flowStress * Math.exp(creep.activationEnergy() / (creep.stressExponent() * Constants.BOLTZMANN)
                * (inverse - 1 / creep.referenceTemperature()));
    }

    /**
     * The equivalent stress that drives creep around a void at the creep law's reference temperature.
     *
     * @param pressure the pressure around the void, Pa (&ge; 0)
     * @return σ_v = min(3p/(2n), σ_y), Pa
     */
    public double voidStress(double pressure) {
        Checks.nonNegative(pressure, "pressure", "Pa");
        return stress(pressure, creep.referenceTemperature());
    }

    /**
     * The equivalent stress that drives creep around a void at a temperature.
     *
     * @param pressure the pressure around the void, Pa (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @return σ_v = min(3p/(2n), σ_y(T)), Pa
     */
    public double voidStress(double pressure, double temperature) {
        Checks.nonNegative(pressure, "pressure", "Pa");
        Checks.positive(temperature, "temperature", "K");
        return stress(pressure, temperature);
    }

    double stress(double pressure, double temperature) {
        // where σ_y(T) overflows to +∞ (no cap) min keeps the finite 3p/(2n)
        return Math.min(3 * pressure / (2 * creep.stressExponent()), flowStressOrInfinity(temperature));
    }

    /** Whether the flow-stress cap holds at a pressure and temperature. */
    boolean capped(double pressure, double temperature) {
        return 3 * pressure / (2 * creep.stressExponent()) >= flowStressOrInfinity(temperature);
    }

    /**
     * The mean gap (void volume per nominal area) of a void fraction.
     *
     * @param voidFraction φ in [0, π/4]
     * @return g = (2π/3)·λ·(φ/π)^{3/2}, m
     */
    public double meanGap(double voidFraction) {
        Checks.inClosedRange(voidFraction, 0, MAX_VOID_FRACTION, "void fraction", "");
        return gap(voidFraction);
    }

    double gap(double phi) {
        return 2 * Math.PI / 3 * voidSpacing * Math.pow(phi / Math.PI, 1.5);
    }

    /**
     * The void fraction of a mean gap (inverse of {@link #meanGap}).
     *
     * @param meanGap g, m, in [0, g(π/4)]
     * @return φ = π·(3g/(2πλ))^{2/3}
     */
    public double voidFraction(double meanGap) {
        Checks.inClosedRange(meanGap, 0, gap(MAX_VOID_FRACTION), "mean gap", "m");
        return fraction(meanGap);
    }

    double fraction(double g) {
        return Math.min(MAX_VOID_FRACTION, Math.PI * Math.pow(3 * g / (2 * Math.PI * voidSpacing), 2.0 / 3.0));
    }

    /**
     * The volumetric collapse rate of a void under a pressure.
     *
     * @param pressure the pressure around the void, Pa (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @return −V̇/V = (3/2)·ε̇(min(3p/(2n), σ_y(T)), T), 1/s
     */
    public double collapseRate(double pressure, double temperature) {
        Checks.nonNegative(pressure, "pressure", "Pa");
        Checks.positive(temperature, "temperature", "K");
        double stress = stress(pressure, temperature);
        double rate;
        try {
            rate = creep.strainRate(stress, temperature);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pressure = " + pressure + " Pa at temperature = " + temperature
                    + " K is outside the range of the creep law: " + e.getMessage(), e);
        }
        return Checks.finiteResult(1.5 * rate, "void collapse rate (1/s)", "pressure = " + pressure + " Pa",
                "lower the pressure");
    }

    /**
     * The vacancy-diffusion supply as a velocity of the interface.
     *
     * @param temperature T, K (&gt; 0)
     * @return v_D = D*(T)·(S − 1)/(f_c·ℓ), m/s
     */
    public double diffusionVelocity(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        return selfDiffusivity.valueAt(temperature) * (criticalSupersaturation - 1)
                / (BCC_CORRELATION_FACTOR * vacancySinkDistance);
    }

    /**
     * The constriction resistance that the voids add: the current into the electrolyte bends around each
     * insulating void. For one void of radius r in an otherwise equipotential contact, far-field current
     * density j0 = σE, the disturbance potential on the void is ψ = (2E/π)·√(r² − ρ²) (the Laplace analogue
     * of the penny-shaped crack under uniform pressure), and Green's reciprocity gives the extra voltage
     * ∫ψ dA per cell area; for dilute voids (no interaction)
     * <pre>
     *   ΔASR = (4/3)·r³/(σ λ²) = (4/3)·λ·(φ/π)^{3/2}/σ
     * </pre>
     * Valid for φ ≲ 0.3; it underestimates at larger φ where the voids interact.
     *
     * @param conductivity σ of the electrolyte, S/m (&gt; 0)
     * @param voidFraction φ in [0, π/4]
     * @return ΔASR, Ω·m² on the nominal area
     */
    public double voidConstrictionAsr(double conductivity, double voidFraction) {
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.inClosedRange(voidFraction, 0, MAX_VOID_FRACTION, "void fraction", "");
        return Checks.finiteResult(4.0 / 3.0 * voidSpacing * Math.pow(voidFraction / Math.PI, 1.5) / conductivity,
                "void constriction ASR (Ω·m²)", "conductivity = " + conductivity + " S/m, void spacing = " + voidSpacing
                        + " m", "use a larger conductivity");
    }

    @Override
    public String toString() {
        return "Li supply: " + creep + "; D* = " + Display.quantity(selfDiffusivity.valueAt(Units.ROOM_TEMPERATURE), "m²/s")
                + " at 25 °C; V_m = " + Display.quantity(molarVolume, "m³/mol") + "; void spacing "
                + Display.quantity(voidSpacing, "m") + ", vacancy sinks at " + Display.quantity(vacancySinkDistance, "m")
                + ", critical supersaturation " + Display.number(criticalSupersaturation) + ", flow stress "
                + Display.quantity(flowStress, "Pa") + " at " + Display.quantity(creep.referenceTemperature(), "K")
                + " (following the creep law at other T)";
    }
}
