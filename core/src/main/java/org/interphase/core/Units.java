package org.interphase.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between the units people type and the SI units of the API, in both directions.
 *
 * <p>Each conversion into SI is named after the unit it takes ({@code Units.nm(5)} is 5 nm in m);
 * each conversion out of SI is named {@code toX} ({@code Units.toOhmCm2(asr)} is an Ω·m² value in
 * Ω·cm²). So a JShell line reads like a lab notebook while every model stays in SI:
 * <pre>{@code
 * double d = Units.nm(5);              // 5.0E-9 m
 * double t = Units.celsius(700);       // 973.15 K
 * double sigma = Units.mScm(1.0);      // 0.1 S/m
 * double ohmCm2 = Units.toOhmCm2(asr); // Ω·m² -> Ω·cm²
 * }</pre>
 * Conversions are plain multiplications. They do not check the physical range of their argument
 * (a negative length converts to a negative length, −300 °C to a negative temperature; the models
 * that take the value do). They do refuse NaN and ±∞, and a
 * finite value whose converted value would overflow the double range (e.g. {@code toNm(1e300)});
 * the message names the conversion, the value with its unit and the allowed magnitude.
 *
 * <p><b>One unit table.</b> Every factor here comes from one table, which the materials catalog
 * uses too ({@code Property.toSi}, {@code Property.toDisplay}): {@link #toSi(double, String)},
 * {@link #fromSi(double, String)}, {@link #unitsOf(String)} reach it by symbol, so that
 * {@code toSi(5, "nm") == nm(5)} and a catalog value typed in S/cm is the S/m number
 * {@link #sPerCm(double)} gives.
 *
 * <p><b>Energies per particle and per mole.</b> An energy in J, eV or meV is per particle (an
 * activation energy Ea in exp(−Ea/(k_B·T))); an energy in J/mol or kJ/mol is per mole (Q in
 * exp(−Q/(R·T))). They are different dimensions: {@link #kJPerMol(double)} gives J/mol, never J.
 * Cross between them explicitly: {@link #perParticle(double)} (÷ N_A), {@link #perMole(double)}
 * (× N_A), or {@link #jPerMolToEV(double)} / {@link #eVToJPerMol(double)} (÷/× F = N_A·e).
 */
public final class Units {

    private Units() {}

    /**
     * Converts a length from nm to m.
     *
     * @param value a length, nm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double nm(double value) {
        return times(value, f("nm"), "nm", "nm", "m");
    }

    /**
     * Converts a length from m to nm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, nm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toNm(double value) {
        return divide(value, f("nm"), "toNm", "m", "nm");
    }

    /**
     * Converts a length from µm to m.
     *
     * @param value a length, µm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double um(double value) {
        return times(value, f("µm"), "um", "µm", "m");
    }

    /**
     * Converts a length from m to µm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, µm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toUm(double value) {
        return divide(value, f("µm"), "toUm", "m", "µm");
    }

    /**
     * Converts a length from mm to m.
     *
     * @param value a length, mm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mm(double value) {
        return times(value, f("mm"), "mm", "mm", "m");
    }

    /**
     * Converts a length from m to mm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, mm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMm(double value) {
        return divide(value, f("mm"), "toMm", "m", "mm");
    }

    /**
     * Converts a length from cm to m.
     *
     * @param value a length, cm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double cm(double value) {
        return times(value, f("cm"), "cm", "cm", "m");
    }

    /**
     * Converts a length from m to cm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toCm(double value) {
        return divide(value, f("cm"), "toCm", "m", "cm");
    }

    /**
     * Converts an energy (per particle) from eV to J.
     *
     * @param value an energy (per particle), eV (finite)
     * @return the same quantity, J
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double eV(double value) {
        return times(value, f("eV"), "eV", "eV", "J");
    }

    /**
     * Converts an energy (per particle) from J to eV.
     *
     * @param value an energy (per particle), J (finite)
     * @return the same quantity, eV
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toEV(double value) {
        return divide(value, f("eV"), "toEV", "J", "eV");
    }

    /**
     * Converts an energy (per particle) from meV to J.
     *
     * @param value an energy (per particle), meV (finite)
     * @return the same quantity, J
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double meV(double value) {
        return times(value, f("meV"), "meV", "meV", "J");
    }

    /**
     * Converts an energy (per particle) from J to meV.
     *
     * @param value an energy (per particle), J (finite)
     * @return the same quantity, meV
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMeV(double value) {
        return divide(value, f("meV"), "toMeV", "J", "meV");
    }

    /**
     * Converts a molar energy from kJ/mol to J/mol (still per mole: for J per particle, as the
     * catalog's activation energies are, follow with {@link #perParticle(double)}).
     *
     * @param value a molar energy, kJ/mol (finite)
     * @return the same quantity, J/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double kJPerMol(double value) {
        return times(value, f("kJ/mol"), "kJPerMol", "kJ/mol", "J/mol");
    }

    /**
     * Converts a molar energy from J/mol to kJ/mol.
     *
     * @param value a molar energy, J/mol (finite)
     * @return the same quantity, kJ/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toKJPerMol(double value) {
        return divide(value, f("kJ/mol"), "toKJPerMol", "J/mol", "kJ/mol");
    }

    /**
     * Converts a conductivity from S/cm to S/m.
     *
     * @param value a conductivity, S/cm (finite)
     * @return the same quantity, S/m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double sPerCm(double value) {
        return times(value, f("S/cm"), "sPerCm", "S/cm", "S/m");
    }

    /**
     * Converts a conductivity from S/m to S/cm.
     *
     * @param value a conductivity, S/m (finite)
     * @return the same quantity, S/cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toSPerCm(double value) {
        return divide(value, f("S/cm"), "toSPerCm", "S/m", "S/cm");
    }

    /**
     * Converts a conductivity from mS/cm to S/m.
     *
     * @param value a conductivity, mS/cm (finite)
     * @return the same quantity, S/m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mScm(double value) {
        return times(value, f("mS/cm"), "mScm", "mS/cm", "S/m");
    }

    /**
     * Converts a conductivity from S/m to mS/cm.
     *
     * @param value a conductivity, S/m (finite)
     * @return the same quantity, mS/cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMScm(double value) {
        return divide(value, f("mS/cm"), "toMScm", "S/m", "mS/cm");
    }

    /**
     * Converts an area-specific resistance from Ω·cm² to Ω·m².
     *
     * @param value an area-specific resistance, Ω·cm² (finite)
     * @return the same quantity, Ω·m²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double ohmCm2(double value) {
        return times(value, f("Ω·cm²"), "ohmCm2", "Ω·cm²", "Ω·m²");
    }

    /**
     * Converts an area-specific resistance from Ω·m² to Ω·cm².
     *
     * @param value an area-specific resistance, Ω·m² (finite)
     * @return the same quantity, Ω·cm²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toOhmCm2(double value) {
        return divide(value, f("Ω·cm²"), "toOhmCm2", "Ω·m²", "Ω·cm²");
    }

    /**
     * Converts a resistivity from Ω·cm to Ω·m.
     *
     * @param value a resistivity, Ω·cm (finite)
     * @return the same quantity, Ω·m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double ohmCm(double value) {
        return times(value, f("Ω·cm"), "ohmCm", "Ω·cm", "Ω·m");
    }

    /**
     * Converts a resistivity from Ω·m to Ω·cm.
     *
     * @param value a resistivity, Ω·m (finite)
     * @return the same quantity, Ω·cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toOhmCm(double value) {
        return divide(value, f("Ω·cm"), "toOhmCm", "Ω·m", "Ω·cm");
    }

    /**
     * Converts a pressure or stress from kPa to Pa.
     *
     * @param value a pressure or stress, kPa (finite)
     * @return the same quantity, Pa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double kPa(double value) {
        return times(value, f("kPa"), "kPa", "kPa", "Pa");
    }

    /**
     * Converts a pressure or stress from Pa to kPa.
     *
     * @param value a pressure or stress, Pa (finite)
     * @return the same quantity, kPa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toKPa(double value) {
        return divide(value, f("kPa"), "toKPa", "Pa", "kPa");
    }

    /**
     * Converts a pressure or stress from MPa to Pa.
     *
     * @param value a pressure or stress, MPa (finite)
     * @return the same quantity, Pa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double MPa(double value) {
        return times(value, f("MPa"), "MPa", "MPa", "Pa");
    }

    /**
     * Converts a pressure or stress from Pa to MPa.
     *
     * @param value a pressure or stress, Pa (finite)
     * @return the same quantity, MPa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMPa(double value) {
        return divide(value, f("MPa"), "toMPa", "Pa", "MPa");
    }

    /**
     * Converts a pressure, stress or modulus from GPa to Pa.
     *
     * @param value a pressure, stress or modulus, GPa (finite)
     * @return the same quantity, Pa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double GPa(double value) {
        return times(value, f("GPa"), "GPa", "GPa", "Pa");
    }

    /**
     * Converts a pressure, stress or modulus from Pa to GPa.
     *
     * @param value a pressure, stress or modulus, Pa (finite)
     * @return the same quantity, GPa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toGPa(double value) {
        return divide(value, f("GPa"), "toGPa", "Pa", "GPa");
    }

    /**
     * Converts a time from min to s.
     *
     * @param value a time, min (finite)
     * @return the same quantity, s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double minutes(double value) {
        return times(value, f("min"), "minutes", "min", "s");
    }

    /**
     * Converts a time from s to min.
     *
     * @param value a time, s (finite)
     * @return the same quantity, min
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMinutes(double value) {
        return divide(value, f("min"), "toMinutes", "s", "min");
    }

    /**
     * Converts a time from h to s.
     *
     * @param value a time, h (finite)
     * @return the same quantity, s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double hours(double value) {
        return times(value, f("h"), "hours", "h", "s");
    }

    /**
     * Converts a time from s to h.
     *
     * @param value a time, s (finite)
     * @return the same quantity, h
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toHours(double value) {
        return divide(value, f("h"), "toHours", "s", "h");
    }

    /**
     * Converts a time from d to s.
     *
     * @param value a time, d (finite)
     * @return the same quantity, s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double days(double value) {
        return times(value, f("d"), "days", "d", "s");
    }

    /**
     * Converts a time from s to d.
     *
     * @param value a time, s (finite)
     * @return the same quantity, d
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toDays(double value) {
        return divide(value, f("d"), "toDays", "s", "d");
    }

    /**
     * Converts a concentration from mol/L to mol/m³.
     *
     * @param value a concentration, mol/L (finite)
     * @return the same quantity, mol/m³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double molPerL(double value) {
        return times(value, f("mol/L"), "molPerL", "mol/L", "mol/m³");
    }

    /**
     * Converts a concentration from mol/m³ to mol/L.
     *
     * @param value a concentration, mol/m³ (finite)
     * @return the same quantity, mol/L
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMolPerL(double value) {
        return divide(value, f("mol/L"), "toMolPerL", "mol/m³", "mol/L");
    }

    /**
     * Converts a number density from cm⁻³ to m⁻³.
     *
     * @param value a number density, cm⁻³ (finite)
     * @return the same quantity, m⁻³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double perCm3(double value) {
        return times(value, f("1/cm³"), "perCm3", "cm⁻³", "m⁻³");
    }

    /**
     * Converts a number density from m⁻³ to cm⁻³.
     *
     * @param value a number density, m⁻³ (finite)
     * @return the same quantity, cm⁻³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toPerCm3(double value) {
        return divide(value, f("1/cm³"), "toPerCm3", "m⁻³", "cm⁻³");
    }

    /**
     * Converts a diffusion coefficient from cm²/s to m²/s.
     *
     * @param value a diffusion coefficient, cm²/s (finite)
     * @return the same quantity, m²/s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double cm2PerS(double value) {
        return times(value, f("cm²/s"), "cm2PerS", "cm²/s", "m²/s");
    }

    /**
     * Converts a diffusion coefficient from m²/s to cm²/s.
     *
     * @param value a diffusion coefficient, m²/s (finite)
     * @return the same quantity, cm²/s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toCm2PerS(double value) {
        return divide(value, f("cm²/s"), "toCm2PerS", "m²/s", "cm²/s");
    }

    /**
     * Converts a mass density from g/cm³ to kg/m³.
     *
     * @param value a mass density, g/cm³ (finite)
     * @return the same quantity, kg/m³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double gPerCm3(double value) {
        return times(value, f("g/cm³"), "gPerCm3", "g/cm³", "kg/m³");
    }

    /**
     * Converts a mass density from kg/m³ to g/cm³.
     *
     * @param value a mass density, kg/m³ (finite)
     * @return the same quantity, g/cm³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toGPerCm3(double value) {
        return divide(value, f("g/cm³"), "toGPerCm3", "kg/m³", "g/cm³");
    }

    /**
     * Converts a molar volume from cm³/mol to m³/mol.
     *
     * @param value a molar volume, cm³/mol (finite)
     * @return the same quantity, m³/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double cm3PerMol(double value) {
        return times(value, f("cm³/mol"), "cm3PerMol", "cm³/mol", "m³/mol");
    }

    /**
     * Converts a molar volume from m³/mol to cm³/mol.
     *
     * @param value a molar volume, m³/mol (finite)
     * @return the same quantity, cm³/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toCm3PerMol(double value) {
        return divide(value, f("cm³/mol"), "toCm3PerMol", "m³/mol", "cm³/mol");
    }

    /**
     * Converts an area-specific capacitance from µF/cm² to F/m².
     *
     * @param value an area-specific capacitance, µF/cm² (finite)
     * @return the same quantity, F/m²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double uFPerCm2(double value) {
        return times(value, f("µF/cm²"), "uFPerCm2", "µF/cm²", "F/m²");
    }

    /**
     * Converts an area-specific capacitance from F/m² to µF/cm².
     *
     * @param value an area-specific capacitance, F/m² (finite)
     * @return the same quantity, µF/cm²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toUFPerCm2(double value) {
        return divide(value, f("µF/cm²"), "toUFPerCm2", "F/m²", "µF/cm²");
    }

    /**
     * Converts a current density from mA/cm² to A/m².
     *
     * @param value a current density, mA/cm² (finite)
     * @return the same quantity, A/m²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mAPerCm2(double value) {
        return times(value, f("mA/cm²"), "mAPerCm2", "mA/cm²", "A/m²");
    }

    /**
     * Converts a current density from A/m² to mA/cm².
     *
     * @param value a current density, A/m² (finite)
     * @return the same quantity, mA/cm²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMAPerCm2(double value) {
        return divide(value, f("mA/cm²"), "toMAPerCm2", "A/m²", "mA/cm²");
    }

    /**
     * Converts a specific capacity from mAh/g to the SI C/kg (1 mAh/g = 3.6 C/g = 3600 C/kg).
     *
     * @param value specific capacity, mAh/g (finite)
     * @return the same capacity, C/kg
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mAhPerG(double value) {
        return times(value, f("mAh/g"), "mAhPerG", "mAh/g", "C/kg");
    }

    /**
     * Converts a specific capacity from C/kg to mAh/g.
     *
     * @param value specific capacity, C/kg (finite)
     * @return the same capacity, mAh/g
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMAhPerG(double value) {
        return divide(value, f("mAh/g"), "toMAhPerG", "C/kg", "mAh/g");
    }

    // ---------------------------------------------------------------- the unit table

    /** One row of the unit table: the SI unit of its dimension and the factor to it (value_SI = value·factor). */
    private record Row(String si, double factor) {}

    /**
     * The one unit table of Interphase: every named conversion above and every unit the materials
     * catalog reads or prints ({@code Property.toSi}, {@code Property.toDisplay}) takes its factor
     * from here. Keyed by symbol; ASCII spellings ("cm3", "m2/s") are rows of their own. Energies:
     * "J", "eV", "meV" are per particle, "J/mol", "kJ/mol" per mole — two dimensions, never mixed;
     * {@link #perParticle(double)} and {@link #perMole(double)} cross between them with N_A.
     */
    private static final Map<String, Row> TABLE = table();

    private static Map<String, Row> table() {
        Map<String, Row> t = new LinkedHashMap<>();
        double e = Constants.ELEMENTARY_CHARGE;
        dimension(t, "m", "m", 1, "nm", 1e-9, "µm", 1e-6, "um", 1e-6, "mm", 1e-3, "cm", 1e-2, "Å", 1e-10,
                "angstrom", 1e-10, "pm", 1e-12);
        dimension(t, "J", "J", 1, "eV", e, "meV", 1e-3 * e);                       // per particle
        dimension(t, "J/mol", "J/mol", 1, "kJ/mol", 1e3);                         // per mole
        dimension(t, "S/m", "S/m", 1, "S/cm", 1e2, "mS/cm", 0.1, "µS/cm", 1e-4, "uS/cm", 1e-4);
        dimension(t, "Ω·m²", "Ω·m²", 1, "Ω·cm²", 1e-4);
        dimension(t, "Ω·m", "Ω·m", 1, "Ω·cm", 1e-2);
        dimension(t, "Pa", "Pa", 1, "kPa", 1e3, "MPa", 1e6, "GPa", 1e9);
        dimension(t, "s", "s", 1, "min", 60.0, "h", 3600.0, "d", 86400.0);
        dimension(t, "mol/m³", "mol/m³", 1, "mol/m3", 1, "mol/L", 1e3);
        dimension(t, "1/m³", "1/m³", 1, "1/m3", 1, "m^-3", 1, "1/cm³", 1e6, "1/cm3", 1e6, "cm^-3", 1e6,
                "1/nm³", 1e27, "1/nm3", 1e27, "nm^-3", 1e27);
        dimension(t, "m²/s", "m²/s", 1, "m2/s", 1, "cm²/s", 1e-4, "cm2/s", 1e-4);
        dimension(t, "kg/m³", "kg/m³", 1, "kg/m3", 1, "g/cm³", 1e3, "g/cm3", 1e3);
        dimension(t, "m³/mol", "m³/mol", 1, "m3/mol", 1, "cm³/mol", 1e-6, "cm3/mol", 1e-6);
        dimension(t, "F/m²", "F/m²", 1, "µF/cm²", 1e-2);
        dimension(t, "A/m²", "A/m²", 1, "mA/cm²", 10.0);
        dimension(t, "C/kg", "C/kg", 1, "mAh/g", 3600.0);
        dimension(t, "V", "V", 1, "mV", 1e-3);
        dimension(t, "1", "1", 1, "%", 0.01);
        dimension(t, "K", "K", 1);
        dimension(t, "1/s", "1/s", 1, "s^-1", 1);
        dimension(t, "Pa·m^½", "Pa·m^½", 1, "Pa*m^0.5", 1, "Pa m^0.5", 1, "MPa·m^½", 1e6, "MPa*m^0.5", 1e6,
                "MPa m^0.5", 1e6, "MPa√m", 1e6);
        dimension(t, "S·K^½/m", "S·K^½/m", 1, "S*K^0.5/m", 1, "S·K^½/cm", 1e2, "S*K^0.5/cm", 1e2);
        return Collections.unmodifiableMap(t);
    }

    private static void dimension(Map<String, Row> t, String si, Object... symbolFactorPairs) {
        for (int i = 0; i < symbolFactorPairs.length; i += 2) {
            Row old = t.put((String) symbolFactorPairs[i], new Row(si, ((Number) symbolFactorPairs[i + 1]).doubleValue()));
            if (old != null) {
                throw new IllegalStateException("unit " + symbolFactorPairs[i] + " is in the table twice");
            }
        }
    }

    /** The factor to SI of a symbol of the table (the named conversions use it: one number per unit). */
    private static double f(String symbol) {
        return TABLE.get(symbol).factor();
    }

    /** The row of a unit: its symbol exactly, else the one symbol that matches ignoring case and spaces. */
    private static Map.Entry<String, Row> resolve(String unit) {
        Checks.nonNull(unit, "unit");
        Row r = TABLE.get(unit.strip());
        if (r != null) {
            return Map.entry(unit.strip(), r);
        }
        String key = squash(unit);
        Map.Entry<String, Row> found = null;
        for (Map.Entry<String, Row> en : TABLE.entrySet()) {
            if (squash(en.getKey()).equals(key)) {
                if (found != null && !found.getValue().equals(en.getValue())) {
                    throw new IllegalArgumentException("unit '" + unit + "' is ambiguous: " + found.getKey() + " or "
                            + en.getKey() + "; write it exactly");
                }
                found = found == null ? en : found;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("unknown unit '" + unit + "'; known: " + String.join(", ", TABLE.keySet()));
        }
        return found;
    }

    private static String squash(String s) {
        return s.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether the table knows a unit.
     *
     * @param unit a unit symbol, e.g. {@code "S/cm"}, {@code "g/cm3"} (case and spaces are forgiven
     *     where that is unambiguous; null is not known)
     * @return true if {@link #toSi(double, String)} accepts it
     */
    public static boolean isKnown(String unit) {
        if (unit == null) {
            return false;
        }
        try {
            resolve(unit);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The SI unit of a unit's dimension.
     *
     * @param unit a unit symbol of the table, e.g. {@code "S/cm"} (not null)
     * @return its SI unit, e.g. {@code "S/m"}; {@code "J"} for an energy per particle ("eV"),
     *     {@code "J/mol"} for a molar energy ("kJ/mol"), {@code "1"} for a dimensionless one ("%")
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is not in the table
     */
    public static String siUnitOf(String unit) {
        return resolve(unit).getValue().si();
    }

    /**
     * The symbols of the table whose dimension has a given SI unit, SI unit first.
     *
     * @param siUnit an SI unit of the table, e.g. {@code "S/m"} (not null)
     * @return the symbols, e.g. {@code [S/m, S/cm, mS/cm, µS/cm, uS/cm]}; empty if none
     * @throws NullPointerException if the SI unit is null
     */
    public static List<String> unitsOf(String siUnit) {
        Checks.nonNull(siUnit, "siUnit");
        List<String> out = new ArrayList<>();
        TABLE.forEach((symbol, row) -> {
            if (row.si().equals(siUnit)) {
                out.add(symbol);
            }
        });
        return List.copyOf(out);
    }

    /**
     * Converts a value in a unit of the table to the SI unit of its dimension ({@link #siUnitOf}).
     * The same factors as the named conversions: {@code toSi(5, "nm") == nm(5)}.
     *
     * @param value the value, in {@code unit} (finite)
     * @param unit a unit symbol of the table, e.g. {@code "S/cm"} (not null)
     * @return the value in SI
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is not in the table, the value is not finite, or
     *     the SI value overflows
     */
    public static double toSi(double value, String unit) {
        Map.Entry<String, Row> r = resolve(unit);
        return times(value, r.getValue().factor(), "toSi", r.getKey(), r.getValue().si());
    }

    /**
     * Converts an SI value to a unit of the table ({@link #siUnitOf} of the unit is the value's unit).
     * The same factors as the named conversions: {@code fromSi(x, "S/cm") == toSPerCm(x)}.
     *
     * @param siValue the value, in the SI unit of {@code unit}'s dimension (finite)
     * @param unit a unit symbol of the table, e.g. {@code "eV"} (not null)
     * @return the value in {@code unit}
     * @throws NullPointerException if the unit is null
     * @throws IllegalArgumentException if the unit is not in the table, the value is not finite, or
     *     the converted value overflows
     */
    public static double fromSi(double siValue, String unit) {
        Map.Entry<String, Row> r = resolve(unit);
        return divide(siValue, r.getValue().factor(), "fromSi", r.getValue().si(), r.getKey());
    }

    /**
     * Converts a molar energy to an energy per particle: divides by the Avogadro constant N_A.
     * E.g. {@code perParticle(kJPerMol(37))} is 37 kJ/mol as J per atom (0.383 eV).
     *
     * @param value a molar energy, J/mol (finite)
     * @return the energy per particle, J
     * @throws IllegalArgumentException if the value is not finite
     */
    public static double perParticle(double value) {
        return divide(value, Constants.AVOGADRO, "perParticle", "J/mol", "J");
    }

    /**
     * Converts an energy per particle to a molar energy: multiplies by the Avogadro constant N_A.
     *
     * @param value an energy per particle, J (finite)
     * @return the molar energy, J/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double perMole(double value) {
        return times(value, Constants.AVOGADRO, "perMole", "J", "J/mol");
    }

    /** 0 °C in K. */
    public static final double ZERO_CELSIUS = 273.15;

    /** Room temperature as the field quotes it, 25 °C, in K. */
    public static final double ROOM_TEMPERATURE = 298.15;

    /**
     * Converts a temperature from °C to K. Below −273.15 °C the result is negative; the models that
     * take a temperature refuse it.
     *
     * @param value temperature, °C (finite)
     * @return the same temperature, K
     * @throws IllegalArgumentException if the value is not finite
     */
    public static double celsius(double value) {
        Checks.finite(value, "Units.celsius: value", "°C");
        return value + ZERO_CELSIUS;
    }

    /**
     * Converts a temperature from K to °C.
     *
     * @param value temperature, K (finite)
     * @return the same temperature, °C
     * @throws IllegalArgumentException if the value is not finite
     */
    public static double toCelsius(double value) {
        Checks.finite(value, "Units.toCelsius: value", "K");
        return value - ZERO_CELSIUS;
    }

    /** value·factor, refusing non-finite input and overflow. */
    private static double times(double value, double factor, String method, String from, String to) {
        Checks.finite(value, "Units." + method + ": value", from);
        double r = value * factor;
        if (!Double.isFinite(r)) {
            throw overflow(method, value, from, to, Double.MAX_VALUE / Math.abs(factor));
        }
        return r;
    }

    /** value/divisor, refusing non-finite input and overflow. */
    private static double divide(double value, double divisor, String method, String from, String to) {
        Checks.finite(value, "Units." + method + ": value", from);
        double r = value / divisor;
        if (!Double.isFinite(r)) {
            throw overflow(method, value, from, to, Double.MAX_VALUE * Math.abs(divisor));
        }
        return r;
    }

    private static IllegalArgumentException overflow(String method, double value, String from, String to,
            double limit) {
        return new IllegalArgumentException("Units." + method + ": value " + value + " " + from
                + " overflows the double range when converted to " + to + "; |value| must be <= "
                + String.format(java.util.Locale.ROOT, "%.4g", limit) + " " + from);
    }

    /**
     * Converts a molar energy in J/mol to an energy per particle in eV (divides by F).
     *
     * @param value molar energy, J/mol (finite)
     * @return energy per particle, eV
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double jPerMolToEV(double value) {
        return divide(value, Constants.FARADAY, "jPerMolToEV", "J/mol", "eV");
    }

    /**
     * Converts an energy per particle in eV to a molar energy in J/mol (multiplies by F).
     *
     * @param value energy per particle, eV (finite)
     * @return molar energy, J/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double eVToJPerMol(double value) {
        return times(value, Constants.FARADAY, "eVToJPerMol", "eV", "J/mol");
    }
}
