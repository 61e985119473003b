package org.interphase.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Checks;

/**
 * A scalar property of a {@link Material}, with its SI unit, the unit it prints in, and the range
 * of physically possible values (a value outside it is rejected when a material is built).
 *
 * <p>Every value in the API is SI; {@link #toDisplay(double)} and {@link #displayUnit()} give the
 * unit people quote in papers (S/cm, eV, GPa). Both conversions, and {@link #toSi(double, String)},
 * go through the one unit table of {@link org.interphase.core.Units}: a value typed here and the
 * same value typed with {@code Units} are the same SI number.
 *
 * <p>Energies ({@link #IONIC_ACTIVATION_ENERGY}, {@link #CREEP_ACTIVATION_ENERGY},
 * {@link #LI_CHEMICAL_POTENTIAL}, {@link #BAND_GAP}) are per particle, in J (printed in eV). A value
 * quoted per mole (kJ/mol) is converted explicitly with the Avogadro constant:
 * {@code Units.perParticle(Units.kJPerMol(37))}, or {@code toSi(37, "kJ/mol")}, which does the same. Temperature-dependent properties are stored as the
 * parameters of their law: {@link #IONIC_CONDUCTIVITY} at 25 °C with
 * {@link #IONIC_ACTIVATION_ENERGY} (Arrhenius), or {@link #VTF_PREFACTOR}, {@link #VTF_PSEUDO_ACTIVATION}
 * and {@link #VTF_REFERENCE_TEMPERATURE} (Vogel–Tammann–Fulcher, polymers); the creep law of metals
 * by its four {@code CREEP_*} parameters. See {@link Material#ionicConductivity(double)} and
 * {@link Material#creepLaw()}.
 */
public enum Property {
    /** Li⁺ (ionic) conductivity at 25 °C, S/m; total (bulk + grain boundary) unless the note says otherwise. */
    IONIC_CONDUCTIVITY(Quantity.CONDUCTIVITY, "S/cm", "Li⁺ conductivity at 25 °C", 0, false, Double.POSITIVE_INFINITY),
    /** Activation energy of the ionic conductivity, σ = σ0·exp(−Ea/(k_B T)), J per ion. */
    IONIC_ACTIVATION_ENERGY(Quantity.ENERGY, "eV", "activation energy of σ_ion", 0, true, 5 * 1.602176634e-19),
    /** Electronic conductivity at room temperature, S/m. */
    ELECTRONIC_CONDUCTIVITY(Quantity.CONDUCTIVITY, "S/cm", "electronic conductivity", 0, false, Double.POSITIVE_INFINITY),
    /** Static relative permittivity ε_r, dimensionless (≥ 1). */
    RELATIVE_PERMITTIVITY(Quantity.DIMENSIONLESS, "1", "relative permittivity", 1, true, 1e5),
    /** Number density of Li sites (or of Li, for a fully occupied sublattice), 1/m³. */
    LI_SITE_DENSITY(Quantity.NUMBER_DENSITY, "1/cm³", "Li site density", 0, false, 1e30),
    /** Number density of mobile Li⁺ carriers (vacancies or interstitials), 1/m³. */
    MOBILE_CARRIER_DENSITY(Quantity.NUMBER_DENSITY, "1/cm³", "mobile carrier density", 0, false, 1e30),
    /** Chemical potential of Li in the material relative to Li metal, J per atom (= −e·V_vs_Li). */
    LI_CHEMICAL_POTENTIAL(Quantity.ENERGY, "eV", "Li chemical potential vs Li metal",
            -10 * 1.602176634e-19, true, 10 * 1.602176634e-19),
    /** Average or plateau voltage against Li/Li⁺, V. */
    VOLTAGE_VS_LI(Quantity.VOLTAGE, "V", "voltage vs Li/Li⁺", -1, true, 10),
    /** Lower end of the electrochemical stability window, V vs Li/Li⁺. */
    STABILITY_WINDOW_LOW(Quantity.VOLTAGE, "V", "stability window, low end", 0, true, 10),
    /** Upper end of the electrochemical stability window, V vs Li/Li⁺. */
    STABILITY_WINDOW_HIGH(Quantity.VOLTAGE, "V", "stability window, high end", 0, true, 10),
    /** Mass density, kg/m³. */
    DENSITY(Quantity.MASS_DENSITY, "g/cm³", "mass density", 0, false, 3e4),
    /** Molar volume per formula unit, m³/mol. */
    MOLAR_VOLUME(Quantity.MOLAR_VOLUME, "cm³/mol", "molar volume", 0, false, 1),
    /** Young's modulus, Pa. */
    YOUNGS_MODULUS(Quantity.PRESSURE, "GPa", "Young's modulus", 0, false, 2e12),
    /** Poisson ratio, dimensionless (0 &lt; ν &lt; 0.5 for the materials here). */
    POISSON_RATIO(Quantity.DIMENSIONLESS, "1", "Poisson ratio", 0, false, 0.5),
    /** Shear modulus, Pa. */
    SHEAR_MODULUS(Quantity.PRESSURE, "GPa", "shear modulus", 0, false, 1e12),
    /** Bulk modulus, Pa. */
    BULK_MODULUS(Quantity.PRESSURE, "GPa", "bulk modulus", 0, false, 1e12),
    /** Hardness (Vickers or nanoindentation; the note says which), Pa. */
    HARDNESS(Quantity.PRESSURE, "GPa", "hardness", 0, false, 2e11),
    /** Yield strength (bulk, quasi-static), Pa. */
    YIELD_STRENGTH(Quantity.PRESSURE, "MPa", "yield strength", 0, false, 1e11),
    /** Mode-I fracture toughness K_IC, Pa·m^½. */
    FRACTURE_TOUGHNESS(Quantity.TOUGHNESS, "MPa·m^½", "fracture toughness", 0, false, 1e9),
    /**
     * Fractional volume change of the charged state relative to the discharged state,
     * V_charged/V_discharged − 1 (cathodes shrink on charge: negative; anodes swell on lithiation: positive).
     */
    VOLUME_CHANGE(Quantity.DIMENSIONLESS, "%", "volume change, charged vs discharged", -1, false, 10),
    /** Lattice parameter a, m. */
    LATTICE_PARAMETER(Quantity.LENGTH, "Å", "lattice parameter a", 0, false, 1e-8),
    /** Lattice parameter c (hexagonal, tetragonal, orthorhombic cells), m. */
    LATTICE_PARAMETER_C(Quantity.LENGTH, "Å", "lattice parameter c", 0, false, 1e-8),
    /** Chemical diffusion coefficient of Li, m²/s. */
    LI_DIFFUSIVITY(Quantity.DIFFUSIVITY, "cm²/s", "Li diffusion coefficient", 0, false, 1),
    /** Electronic band gap, J. */
    BAND_GAP(Quantity.ENERGY, "eV", "band gap", 0, true, 20 * 1.602176634e-19),
    /** Melting (or glass softening, see note) temperature, K. */
    MELTING_TEMPERATURE(Quantity.TEMPERATURE, "K", "melting temperature", 0, false, 5000),
    /** Specific charge capacity, C/kg (1 mAh/g = 3.6 C/g = 3600 C/kg). */
    SPECIFIC_CAPACITY(Quantity.SPECIFIC_CHARGE, "mAh/g", "specific capacity", 0, false, 1e8),
    /** VTF prefactor A in σ = A·T^(−½)·exp(−B/(T − T0)), S·K^½/m. */
    VTF_PREFACTOR(Quantity.VTF_PREFACTOR, "S·K^½/cm", "VTF prefactor A", 0, false, Double.POSITIVE_INFINITY),
    /** VTF pseudo-activation temperature B in σ = A·T^(−½)·exp(−B/(T − T0)), K. */
    VTF_PSEUDO_ACTIVATION(Quantity.TEMPERATURE, "K", "VTF pseudo-activation B", 0, false, 1e5),
    /** VTF reference (ideal glass) temperature T0, K. */
    VTF_REFERENCE_TEMPERATURE(Quantity.TEMPERATURE, "K", "VTF reference temperature T0", 0, false, 1000),
    /** Stress exponent n of the power-law creep ε̇ = ε̇_ref·(σ/σ_ref)^n·exp(−Q/R·(1/T − 1/T_ref)), dimensionless. */
    CREEP_STRESS_EXPONENT(Quantity.DIMENSIONLESS, "1", "creep stress exponent n", 1, true, 20),
    /** Activation energy Q of power-law creep, J per atom (papers quote kJ/mol: Q/N_A, see the class comment). */
    CREEP_ACTIVATION_ENERGY(Quantity.ENERGY, "eV", "creep activation energy Q", 0, true,
            5 * 1.602176634e-19),
    /** Reference stress σ_ref of the creep law (a flow stress measured at {@link #CREEP_REFERENCE_STRAIN_RATE} and 25 °C), Pa. */
    CREEP_REFERENCE_STRESS(Quantity.PRESSURE, "MPa", "creep reference stress", 0, false, 1e10),
    /** Reference strain rate ε̇_ref of the creep law, 1/s. */
    CREEP_REFERENCE_STRAIN_RATE(Quantity.RATE, "1/s", "creep reference strain rate", 0, false, 1e6);

    private final Quantity quantity;
    private final String displayUnit;
    private final String description;
    private final double min;
    private final boolean minInclusive;
    private final double max;

    Property(Quantity quantity, String displayUnit, String description, double min, boolean minInclusive,
             double max) {
        this.quantity = quantity;
        this.displayUnit = displayUnit;
        this.description = description;
        this.min = min;
        this.minInclusive = minInclusive;
        this.max = max;
    }

    /** @return the SI unit of the property's values, e.g. {@code "S/m"}; {@code "1"} for dimensionless */
    public String siUnit() {
        return quantity.si();
    }

    /** @return the unit the property prints in, e.g. {@code "S/cm"} */
    public String displayUnit() {
        return displayUnit;
    }

    /**
     * @param siValue a value in {@link #siUnit()} (finite; its converted value must not overflow)
     * @return the same value in {@link #displayUnit()}
     * @throws IllegalArgumentException if the value is not finite or the converted value overflows
     */
    public double toDisplay(double siValue) {
        Checks.finite(siValue, name() + ": siValue", siUnit());
        try {
            return quantity.fromSi(siValue, displayUnit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": siValue = " + siValue + " " + siUnit()
                    + " does not convert to " + displayUnit + ": " + e.getMessage(), e);
        }
    }

    /** @return a short human description, e.g. "Li⁺ conductivity at 25 °C" */
    public String description() {
        return description;
    }

    /** @return the smallest physically possible value, SI (see {@link #isPossible(double)}) */
    public double minimum() {
        return min;
    }

    /**
     * @return the largest physically possible value, SI (exclusive); empty where the property has
     *     no upper limit (conductivities, the VTF prefactor)
     */
    public OptionalDouble maximum() {
        return Double.isInfinite(max) ? OptionalDouble.empty() : OptionalDouble.of(max);
    }

    /**
     * Whether a value is physically possible for this property: finite and within
     * [{@link #minimum()}, {@link #maximum()}) (the minimum is exclusive for strictly positive
     * quantities: conductivities, moduli, densities, and the Poisson ratio's 0 &lt; ν &lt; 0.5).
     *
     * <p>A predicate, asked before a value is stored: it answers every double, and NaN and ±∞ are
     * never possible (the answer is false, not an exception).
     *
     * @param siValue the value, SI (any double: NaN and ±∞ are answered with false, not refused)
     * @return true if possible
     */
    public boolean isPossible(double siValue) {
        if (!Double.isFinite(siValue)) {
            return false;
        }
        boolean aboveMin = minInclusive ? siValue >= min : siValue > min;
        return aboveMin && siValue < max;
    }

    /** @return a readable description of the possible range, e.g. "(0.0, 0.5) 1", "(0.0, ∞) S/m", in SI */
    String rangeText() {
        return (minInclusive ? "[" : "(") + min + ", " + (Double.isInfinite(max) ? "∞" : String.valueOf(max)) + ") "
                + siUnit();
    }

    /**
     * Converts a value given in one of the units a user file may use into SI.
     *
     * @param value the value in {@code unit} (finite; its SI value must not overflow)
     * @param unit a unit name accepted for this property (see {@link #acceptedUnits()}; not null)
     * @return the value in {@link #siUnit()}
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is not known for this property, the value is not
     *     finite, or the SI value overflows
     */
    public double toSi(double value, String unit) {
        Checks.nonNull(unit, "unit");
        if (quantity.symbol(unit).isEmpty()) {
            throw new IllegalArgumentException("unknown unit '" + unit + "' for " + name() + "; accepted: "
                    + String.join(", ", acceptedUnits()));
        }
        Checks.finite(value, name() + ": value", unit);
        try {
            return quantity.toSi(value, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": value = " + value + " " + unit + " does not convert to "
                    + siUnit() + ": " + e.getMessage(), e);
        }
    }

    /** @return the unit names accepted by {@link #toSi(double, String)} */
    public List<String> acceptedUnits() {
        List<String> names = new ArrayList<>();
        for (String u : quantity.unitNames()) {
            if (!u.isEmpty()) {
                names.add(u);
            }
        }
        return List.copyOf(names);
    }

    /**
     * Looks a property up by its name, ignoring case and treating spaces and hyphens as underscores.
     *
     * @param name e.g. {@code "ionic_conductivity"} or {@code "Youngs modulus"} (null finds nothing)
     * @return the property, if any
     */
    public static Optional<Property> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_').replace("'", "");
        for (Property p : values()) {
            if (p.name().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
