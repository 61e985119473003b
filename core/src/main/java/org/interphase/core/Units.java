package org.interphase.core;

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
        return times(value, 1e-9, "nm", "nm", "m");
    }

    /**
     * Converts a length from m to nm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, nm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toNm(double value) {
        return divide(value, 1e-9, "toNm", "m", "nm");
    }

    /**
     * Converts a length from µm to m.
     *
     * @param value a length, µm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double um(double value) {
        return times(value, 1e-6, "um", "µm", "m");
    }

    /**
     * Converts a length from m to µm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, µm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toUm(double value) {
        return divide(value, 1e-6, "toUm", "m", "µm");
    }

    /**
     * Converts a length from mm to m.
     *
     * @param value a length, mm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mm(double value) {
        return times(value, 1e-3, "mm", "mm", "m");
    }

    /**
     * Converts a length from m to mm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, mm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMm(double value) {
        return divide(value, 1e-3, "toMm", "m", "mm");
    }

    /**
     * Converts a length from cm to m.
     *
     * @param value a length, cm (finite)
     * @return the same quantity, m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double cm(double value) {
        return times(value, 1e-2, "cm", "cm", "m");
    }

    /**
     * Converts a length from m to cm.
     *
     * @param value a length, m (finite)
     * @return the same quantity, cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toCm(double value) {
        return divide(value, 1e-2, "toCm", "m", "cm");
    }

    /**
     * Converts an energy (per particle) from eV to J.
     *
     * @param value an energy (per particle), eV (finite)
     * @return the same quantity, J
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double eV(double value) {
        return times(value, Constants.ELEMENTARY_CHARGE, "eV", "eV", "J");
    }

    /**
     * Converts an energy (per particle) from J to eV.
     *
     * @param value an energy (per particle), J (finite)
     * @return the same quantity, eV
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toEV(double value) {
        return divide(value, Constants.ELEMENTARY_CHARGE, "toEV", "J", "eV");
    }

    /**
     * Converts an energy (per particle) from meV to J.
     *
     * @param value an energy (per particle), meV (finite)
     * @return the same quantity, J
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double meV(double value) {
        return times(value, 1e-3 * Constants.ELEMENTARY_CHARGE, "meV", "meV", "J");
    }

    /**
     * Converts an energy (per particle) from J to meV.
     *
     * @param value an energy (per particle), J (finite)
     * @return the same quantity, meV
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMeV(double value) {
        return divide(value, 1e-3 * Constants.ELEMENTARY_CHARGE, "toMeV", "J", "meV");
    }

    /**
     * Converts a molar energy from kJ/mol to J/mol.
     *
     * @param value a molar energy, kJ/mol (finite)
     * @return the same quantity, J/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double kJPerMol(double value) {
        return times(value, 1e3, "kJPerMol", "kJ/mol", "J/mol");
    }

    /**
     * Converts a molar energy from J/mol to kJ/mol.
     *
     * @param value a molar energy, J/mol (finite)
     * @return the same quantity, kJ/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toKJPerMol(double value) {
        return divide(value, 1e3, "toKJPerMol", "J/mol", "kJ/mol");
    }

    /**
     * Converts a conductivity from S/cm to S/m.
     *
     * @param value a conductivity, S/cm (finite)
     * @return the same quantity, S/m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double sPerCm(double value) {
        return times(value, 1e2, "sPerCm", "S/cm", "S/m");
    }

    /**
     * Converts a conductivity from S/m to S/cm.
     *
     * @param value a conductivity, S/m (finite)
     * @return the same quantity, S/cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toSPerCm(double value) {
        return divide(value, 1e2, "toSPerCm", "S/m", "S/cm");
    }

    /**
     * Converts a conductivity from mS/cm to S/m.
     *
     * @param value a conductivity, mS/cm (finite)
     * @return the same quantity, S/m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mScm(double value) {
        return times(value, 0.1, "mScm", "mS/cm", "S/m");
    }

    /**
     * Converts a conductivity from S/m to mS/cm.
     *
     * @param value a conductivity, S/m (finite)
     * @return the same quantity, mS/cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMScm(double value) {
        return divide(value, 0.1, "toMScm", "S/m", "mS/cm");
    }

    /**
     * Converts an area-specific resistance from Ω·cm² to Ω·m².
     *
     * @param value an area-specific resistance, Ω·cm² (finite)
     * @return the same quantity, Ω·m²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double ohmCm2(double value) {
        return times(value, 1e-4, "ohmCm2", "Ω·cm²", "Ω·m²");
    }

    /**
     * Converts an area-specific resistance from Ω·m² to Ω·cm².
     *
     * @param value an area-specific resistance, Ω·m² (finite)
     * @return the same quantity, Ω·cm²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toOhmCm2(double value) {
        return divide(value, 1e-4, "toOhmCm2", "Ω·m²", "Ω·cm²");
    }

    /**
     * Converts a resistivity from Ω·cm to Ω·m.
     *
     * @param value a resistivity, Ω·cm (finite)
     * @return the same quantity, Ω·m
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double ohmCm(double value) {
        return times(value, 1e-2, "ohmCm", "Ω·cm", "Ω·m");
    }

    /**
     * Converts a resistivity from Ω·m to Ω·cm.
     *
     * @param value a resistivity, Ω·m (finite)
     * @return the same quantity, Ω·cm
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toOhmCm(double value) {
        return divide(value, 1e-2, "toOhmCm", "Ω·m", "Ω·cm");
    }

    /**
     * Converts a pressure or stress from kPa to Pa.
     *
     * @param value a pressure or stress, kPa (finite)
     * @return the same quantity, Pa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double kPa(double value) {
        return times(value, 1e3, "kPa", "kPa", "Pa");
    }

    /**
     * Converts a pressure or stress from Pa to kPa.
     *
     * @param value a pressure or stress, Pa (finite)
     * @return the same quantity, kPa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toKPa(double value) {
        return divide(value, 1e3, "toKPa", "Pa", "kPa");
    }

    /**
     * Converts a pressure or stress from MPa to Pa.
     *
     * @param value a pressure or stress, MPa (finite)
     * @return the same quantity, Pa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double MPa(double value) {
        return times(value, 1e6, "MPa", "MPa", "Pa");
    }

    /**
     * Converts a pressure or stress from Pa to MPa.
     *
     * @param value a pressure or stress, Pa (finite)
     * @return the same quantity, MPa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMPa(double value) {
        return divide(value, 1e6, "toMPa", "Pa", "MPa");
    }

    /**
     * Converts a pressure, stress or modulus from GPa to Pa.
     *
     * @param value a pressure, stress or modulus, GPa (finite)
     * @return the same quantity, Pa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double GPa(double value) {
        return times(value, 1e9, "GPa", "GPa", "Pa");
    }

    /**
     * Converts a pressure, stress or modulus from Pa to GPa.
     *
     * @param value a pressure, stress or modulus, Pa (finite)
     * @return the same quantity, GPa
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toGPa(double value) {
        return divide(value, 1e9, "toGPa", "Pa", "GPa");
    }

    /**
     * Converts a time from min to s.
     *
     * @param value a time, min (finite)
     * @return the same quantity, s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double minutes(double value) {
        return times(value, 60.0, "minutes", "min", "s");
    }

    /**
     * Converts a time from s to min.
     *
     * @param value a time, s (finite)
     * @return the same quantity, min
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMinutes(double value) {
        return divide(value, 60.0, "toMinutes", "s", "min");
    }

    /**
     * Converts a time from h to s.
     *
     * @param value a time, h (finite)
     * @return the same quantity, s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double hours(double value) {
        return times(value, 3600.0, "hours", "h", "s");
    }

    /**
     * Converts a time from s to h.
     *
     * @param value a time, s (finite)
     * @return the same quantity, h
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toHours(double value) {
        return divide(value, 3600.0, "toHours", "s", "h");
    }

    /**
     * Converts a time from d to s.
     *
     * @param value a time, d (finite)
     * @return the same quantity, s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double days(double value) {
        return times(value, 86400.0, "days", "d", "s");
    }

    /**
     * Converts a time from s to d.
     *
     * @param value a time, s (finite)
     * @return the same quantity, d
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toDays(double value) {
        return divide(value, 86400.0, "toDays", "s", "d");
    }

    /**
     * Converts a concentration from mol/L to mol/m³.
     *
     * @param value a concentration, mol/L (finite)
     * @return the same quantity, mol/m³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double molPerL(double value) {
        return times(value, 1e3, "molPerL", "mol/L", "mol/m³");
    }

    /**
     * Converts a concentration from mol/m³ to mol/L.
     *
     * @param value a concentration, mol/m³ (finite)
     * @return the same quantity, mol/L
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMolPerL(double value) {
        return divide(value, 1e3, "toMolPerL", "mol/m³", "mol/L");
    }

    /**
     * Converts a number density from cm⁻³ to m⁻³.
     *
     * @param value a number density, cm⁻³ (finite)
     * @return the same quantity, m⁻³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double perCm3(double value) {
        return times(value, 1e6, "perCm3", "cm⁻³", "m⁻³");
    }

    /**
     * Converts a number density from m⁻³ to cm⁻³.
     *
     * @param value a number density, m⁻³ (finite)
     * @return the same quantity, cm⁻³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toPerCm3(double value) {
        return divide(value, 1e6, "toPerCm3", "m⁻³", "cm⁻³");
    }

    /**
     * Converts a diffusion coefficient from cm²/s to m²/s.
     *
     * @param value a diffusion coefficient, cm²/s (finite)
     * @return the same quantity, m²/s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double cm2PerS(double value) {
        return times(value, 1e-4, "cm2PerS", "cm²/s", "m²/s");
    }

    /**
     * Converts a diffusion coefficient from m²/s to cm²/s.
     *
     * @param value a diffusion coefficient, m²/s (finite)
     * @return the same quantity, cm²/s
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toCm2PerS(double value) {
        return divide(value, 1e-4, "toCm2PerS", "m²/s", "cm²/s");
    }

    /**
     * Converts a mass density from g/cm³ to kg/m³.
     *
     * @param value a mass density, g/cm³ (finite)
     * @return the same quantity, kg/m³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double gPerCm3(double value) {
        return times(value, 1e3, "gPerCm3", "g/cm³", "kg/m³");
    }

    /**
     * Converts a mass density from kg/m³ to g/cm³.
     *
     * @param value a mass density, kg/m³ (finite)
     * @return the same quantity, g/cm³
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toGPerCm3(double value) {
        return divide(value, 1e3, "toGPerCm3", "kg/m³", "g/cm³");
    }

    /**
     * Converts a molar volume from cm³/mol to m³/mol.
     *
     * @param value a molar volume, cm³/mol (finite)
     * @return the same quantity, m³/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double cm3PerMol(double value) {
        return times(value, 1e-6, "cm3PerMol", "cm³/mol", "m³/mol");
    }

    /**
     * Converts a molar volume from m³/mol to cm³/mol.
     *
     * @param value a molar volume, m³/mol (finite)
     * @return the same quantity, cm³/mol
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toCm3PerMol(double value) {
        return divide(value, 1e-6, "toCm3PerMol", "m³/mol", "cm³/mol");
    }

    /**
     * Converts an area-specific capacitance from µF/cm² to F/m².
     *
     * @param value an area-specific capacitance, µF/cm² (finite)
     * @return the same quantity, F/m²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double uFPerCm2(double value) {
        return times(value, 1e-2, "uFPerCm2", "µF/cm²", "F/m²");
    }

    /**
     * Converts an area-specific capacitance from F/m² to µF/cm².
     *
     * @param value an area-specific capacitance, F/m² (finite)
     * @return the same quantity, µF/cm²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toUFPerCm2(double value) {
        return divide(value, 1e-2, "toUFPerCm2", "F/m²", "µF/cm²");
    }

    /**
     * Converts a current density from mA/cm² to A/m².
     *
     * @param value a current density, mA/cm² (finite)
     * @return the same quantity, A/m²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mAPerCm2(double value) {
        return times(value, 10.0, "mAPerCm2", "mA/cm²", "A/m²");
    }

    /**
     * Converts a current density from A/m² to mA/cm².
     *
     * @param value a current density, A/m² (finite)
     * @return the same quantity, mA/cm²
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMAPerCm2(double value) {
        return divide(value, 10.0, "toMAPerCm2", "A/m²", "mA/cm²");
    }

    /**
     * Converts a specific capacity from mAh/g to the SI C/kg (1 mAh/g = 3.6 C/g = 3600 C/kg).
     *
     * @param value specific capacity, mAh/g (finite)
     * @return the same capacity, C/kg
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double mAhPerG(double value) {
        return times(value, 3600.0, "mAhPerG", "mAh/g", "C/kg");
    }

    /**
     * Converts a specific capacity from C/kg to mAh/g.
     *
     * @param value specific capacity, C/kg (finite)
     * @return the same capacity, mAh/g
     * @throws IllegalArgumentException if the value is not finite or the result overflows
     */
    public static double toMAhPerG(double value) {
        return divide(value, 3600.0, "toMAhPerG", "C/kg", "mAh/g");
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
