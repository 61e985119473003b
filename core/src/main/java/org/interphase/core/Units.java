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
 * Conversions are plain multiplications; they do not validate their argument (a negative
 * length converts to a negative length), the models that take the value do.
 */
public final class Units {

    private Units() {}

    /**
     * Converts a length from nm to m.
     *
     * @param value a length, nm
     * @return the same quantity, m
     */
    public static double nm(double value) {
        return value * 1e-9;
    }

    /**
     * Converts a length from m to nm.
     *
     * @param value a length, m
     * @return the same quantity, nm
     */
    public static double toNm(double value) {
        return value / (1e-9);
    }

    /**
     * Converts a length from µm to m.
     *
     * @param value a length, µm
     * @return the same quantity, m
     */
    public static double um(double value) {
        return value * 1e-6;
    }

    /**
     * Converts a length from m to µm.
     *
     * @param value a length, m
     * @return the same quantity, µm
     */
    public static double toUm(double value) {
        return value / (1e-6);
    }

    /**
     * Converts a length from mm to m.
     *
     * @param value a length, mm
     * @return the same quantity, m
     */
    public static double mm(double value) {
        return value * 1e-3;
    }

    /**
     * Converts a length from m to mm.
     *
     * @param value a length, m
     * @return the same quantity, mm
     */
    public static double toMm(double value) {
        return value / (1e-3);
    }

    /**
     * Converts a length from cm to m.
     *
     * @param value a length, cm
     * @return the same quantity, m
     */
    public static double cm(double value) {
        return value * 1e-2;
    }

    /**
     * Converts a length from m to cm.
     *
     * @param value a length, m
     * @return the same quantity, cm
     */
    public static double toCm(double value) {
        return value / (1e-2);
    }

    /**
     * Converts an energy (per particle) from eV to J.
     *
     * @param value an energy (per particle), eV
     * @return the same quantity, J
     */
    public static double eV(double value) {
        return value * Constants.ELEMENTARY_CHARGE;
    }

    /**
     * Converts an energy (per particle) from J to eV.
     *
     * @param value an energy (per particle), J
     * @return the same quantity, eV
     */
    public static double toEV(double value) {
        return value / (Constants.ELEMENTARY_CHARGE);
    }

    /**
     * Converts an energy (per particle) from meV to J.
     *
     * @param value an energy (per particle), meV
     * @return the same quantity, J
     */
    public static double meV(double value) {
        return value * 1e-3 * Constants.ELEMENTARY_CHARGE;
    }

    /**
     * Converts an energy (per particle) from J to meV.
     *
     * @param value an energy (per particle), J
     * @return the same quantity, meV
     */
    public static double toMeV(double value) {
        return value / (1e-3 * Constants.ELEMENTARY_CHARGE);
    }

    /**
     * Converts a molar energy from kJ/mol to J/mol.
     *
     * @param value a molar energy, kJ/mol
     * @return the same quantity, J/mol
     */
    public static double kJPerMol(double value) {
        return value * 1e3;
    }

    /**
     * Converts a molar energy from J/mol to kJ/mol.
     *
     * @param value a molar energy, J/mol
     * @return the same quantity, kJ/mol
     */
    public static double toKJPerMol(double value) {
        return value / (1e3);
    }

    /**
     * Converts a conductivity from S/cm to S/m.
     *
     * @param value a conductivity, S/cm
     * @return the same quantity, S/m
     */
    public static double sPerCm(double value) {
        return value * 1e2;
    }

    /**
     * Converts a conductivity from S/m to S/cm.
     *
     * @param value a conductivity, S/m
     * @return the same quantity, S/cm
     */
    public static double toSPerCm(double value) {
        return value / (1e2);
    }

    /**
     * Converts a conductivity from mS/cm to S/m.
     *
     * @param value a conductivity, mS/cm
     * @return the same quantity, S/m
     */
    public static double mScm(double value) {
        return value * 0.1;
    }

    /**
     * Converts a conductivity from S/m to mS/cm.
     *
     * @param value a conductivity, S/m
     * @return the same quantity, mS/cm
     */
    public static double toMScm(double value) {
        return value / (0.1);
    }

    /**
     * Converts an area-specific resistance from Ω·cm² to Ω·m².
     *
     * @param value an area-specific resistance, Ω·cm²
     * @return the same quantity, Ω·m²
     */
    public static double ohmCm2(double value) {
        return value * 1e-4;
    }

    /**
     * Converts an area-specific resistance from Ω·m² to Ω·cm².
     *
     * @param value an area-specific resistance, Ω·m²
     * @return the same quantity, Ω·cm²
     */
    public static double toOhmCm2(double value) {
        return value / (1e-4);
    }

    /**
     * Converts a resistivity from Ω·cm to Ω·m.
     *
     * @param value a resistivity, Ω·cm
     * @return the same quantity, Ω·m
     */
    public static double ohmCm(double value) {
        return value * 1e-2;
    }

    /**
     * Converts a resistivity from Ω·m to Ω·cm.
     *
     * @param value a resistivity, Ω·m
     * @return the same quantity, Ω·cm
     */
    public static double toOhmCm(double value) {
        return value / (1e-2);
    }

    /**
     * Converts a pressure or stress from kPa to Pa.
     *
     * @param value a pressure or stress, kPa
     * @return the same quantity, Pa
     */
    public static double kPa(double value) {
        return value * 1e3;
    }

    /**
     * Converts a pressure or stress from Pa to kPa.
     *
     * @param value a pressure or stress, Pa
     * @return the same quantity, kPa
     */
    public static double toKPa(double value) {
        return value / (1e3);
    }

    /**
     * Converts a pressure or stress from MPa to Pa.
     *
     * @param value a pressure or stress, MPa
     * @return the same quantity, Pa
     */
    public static double MPa(double value) {
        return value * 1e6;
    }

    /**
     * Converts a pressure or stress from Pa to MPa.
     *
     * @param value a pressure or stress, Pa
     * @return the same quantity, MPa
     */
    public static double toMPa(double value) {
        return value / (1e6);
    }

    /**
     * Converts a pressure, stress or modulus from GPa to Pa.
     *
     * @param value a pressure, stress or modulus, GPa
     * @return the same quantity, Pa
     */
    public static double GPa(double value) {
        return value * 1e9;
    }

    /**
     * Converts a pressure, stress or modulus from Pa to GPa.
     *
     * @param value a pressure, stress or modulus, Pa
     * @return the same quantity, GPa
     */
    public static double toGPa(double value) {
        return value / (1e9);
    }

    /**
     * Converts a time from min to s.
     *
     * @param value a time, min
     * @return the same quantity, s
     */
    public static double minutes(double value) {
        return value * 60.0;
    }

    /**
     * Converts a time from s to min.
     *
     * @param value a time, s
     * @return the same quantity, min
     */
    public static double toMinutes(double value) {
        return value / (60.0);
    }

    /**
     * Converts a time from h to s.
     *
     * @param value a time, h
     * @return the same quantity, s
     */
    public static double hours(double value) {
        return value * 3600.0;
    }

    /**
     * Converts a time from s to h.
     *
     * @param value a time, s
     * @return the same quantity, h
     */
    public static double toHours(double value) {
        return value / (3600.0);
    }

    /**
     * Converts a time from d to s.
     *
     * @param value a time, d
     * @return the same quantity, s
     */
    public static double days(double value) {
        return value * 86400.0;
    }

    /**
     * Converts a time from s to d.
     *
     * @param value a time, s
     * @return the same quantity, d
     */
    public static double toDays(double value) {
        return value / (86400.0);
    }

    /**
     * Converts a concentration from mol/L to mol/m³.
     *
     * @param value a concentration, mol/L
     * @return the same quantity, mol/m³
     */
    public static double molPerL(double value) {
        return value * 1e3;
    }

    /**
     * Converts a concentration from mol/m³ to mol/L.
     *
     * @param value a concentration, mol/m³
     * @return the same quantity, mol/L
     */
    public static double toMolPerL(double value) {
        return value / (1e3);
    }

    /**
     * Converts a number density from cm⁻³ to m⁻³.
     *
     * @param value a number density, cm⁻³
     * @return the same quantity, m⁻³
     */
    public static double perCm3(double value) {
        return value * 1e6;
    }

    /**
     * Converts a number density from m⁻³ to cm⁻³.
     *
     * @param value a number density, m⁻³
     * @return the same quantity, cm⁻³
     */
    public static double toPerCm3(double value) {
        return value / (1e6);
    }

    /**
     * Converts a diffusion coefficient from cm²/s to m²/s.
     *
     * @param value a diffusion coefficient, cm²/s
     * @return the same quantity, m²/s
     */
    public static double cm2PerS(double value) {
        return value * 1e-4;
    }

    /**
     * Converts a diffusion coefficient from m²/s to cm²/s.
     *
     * @param value a diffusion coefficient, m²/s
     * @return the same quantity, cm²/s
     */
    public static double toCm2PerS(double value) {
        return value / (1e-4);
    }

    /**
     * Converts a mass density from g/cm³ to kg/m³.
     *
     * @param value a mass density, g/cm³
     * @return the same quantity, kg/m³
     */
    public static double gPerCm3(double value) {
        return value * 1e3;
    }

    /**
     * Converts a mass density from kg/m³ to g/cm³.
     *
     * @param value a mass density, kg/m³
     * @return the same quantity, g/cm³
     */
    public static double toGPerCm3(double value) {
        return value / (1e3);
    }

    /**
     * Converts a molar volume from cm³/mol to m³/mol.
     *
     * @param value a molar volume, cm³/mol
     * @return the same quantity, m³/mol
     */
    public static double cm3PerMol(double value) {
        return value * 1e-6;
    }

    /**
     * Converts a molar volume from m³/mol to cm³/mol.
     *
     * @param value a molar volume, m³/mol
     * @return the same quantity, cm³/mol
     */
    public static double toCm3PerMol(double value) {
        return value / (1e-6);
    }

    /**
     * Converts an area-specific capacitance from µF/cm² to F/m².
     *
     * @param value an area-specific capacitance, µF/cm²
     * @return the same quantity, F/m²
     */
    public static double uFPerCm2(double value) {
        return value * 1e-2;
    }

    /**
     * Converts an area-specific capacitance from F/m² to µF/cm².
     *
     * @param value an area-specific capacitance, F/m²
     * @return the same quantity, µF/cm²
     */
    public static double toUFPerCm2(double value) {
        return value / (1e-2);
    }

    /**
     * Converts a current density from mA/cm² to A/m².
     *
     * @param value a current density, mA/cm²
     * @return the same quantity, A/m²
     */
    public static double mAPerCm2(double value) {
        return value * 10.0;
    }

    /**
     * Converts a current density from A/m² to mA/cm².
     *
     * @param value a current density, A/m²
     * @return the same quantity, mA/cm²
     */
    public static double toMAPerCm2(double value) {
        return value / (10.0);
    }

    /**
     * Converts a specific capacity from mAh/g to the SI C/kg (1 mAh/g = 3.6 C/g = 3600 C/kg).
     *
     * @param value specific capacity, mAh/g
     * @return the same capacity, C/kg
     */
    public static double mAhPerG(double value) {
        return value * 3600.0;
    }

    /**
     * Converts a specific capacity from C/kg to mAh/g.
     *
     * @param value specific capacity, C/kg
     * @return the same capacity, mAh/g
     */
    public static double toMAhPerG(double value) {
        return value / 3600.0;
    }

    /** 0 °C in K. */
    public static final double ZERO_CELSIUS = 273.15;

    /** Room temperature as the field quotes it, 25 °C, in K. */
    public static final double ROOM_TEMPERATURE = 298.15;

    /**
     * Converts a temperature from °C to K.
     *
     * @param value temperature, °C
     * @return the same temperature, K
     */
    public static double celsius(double value) {
        return value + ZERO_CELSIUS;
    }

    /**
     * Converts a temperature from K to °C.
     *
     * @param value temperature, K
     * @return the same temperature, °C
     */
    public static double toCelsius(double value) {
        return value - ZERO_CELSIUS;
    }

    /**
     * Converts a molar energy in J/mol to an energy per particle in eV (divides by F).
     *
     * @param value molar energy, J/mol
     * @return energy per particle, eV
     */
    public static double jPerMolToEV(double value) {
        return value / Constants.FARADAY;
    }

    /**
     * Converts an energy per particle in eV to a molar energy in J/mol (multiplies by F).
     *
     * @param value energy per particle, eV
     * @return molar energy, J/mol
     */
    public static double eVToJPerMol(double value) {
        return value * Constants.FARADAY;
    }
}
