package org.interphase.core;

/**
 * Physical constants in SI units, CODATA 2018 (Tiesinga et al., Rev. Mod. Phys. 93, 025010 (2021)).
 *
 * <p>Since the 2019 redefinition of the SI, e, h, k_B and N_A are exact; F = e·N_A and R = k_B·N_A are
 * therefore exact too. The vacuum permittivity ε0 and the electron mass are measured; their CODATA
 * 2018 values are used.
 */
public final class Constants {

    private Constants() {}

    /** Elementary charge e, C (exact). */
    public static final double ELEMENTARY_CHARGE = 1.602176634e-19;

    /** Boltzmann constant k_B, J/K (exact). */
    public static final double BOLTZMANN = 1.380649e-23;

    /** Avogadro constant N_A, 1/mol (exact). */
    public static final double AVOGADRO = 6.02214076e23;

    /** Faraday constant F = e·N_A, C/mol (exact). */
    public static final double FARADAY = ELEMENTARY_CHARGE * AVOGADRO;

    /** Molar gas constant R = k_B·N_A, J/(mol·K) (exact). */
    public static final double GAS_CONSTANT = BOLTZMANN * AVOGADRO;

    /** Vacuum electric permittivity ε0, F/m (CODATA 2018, relative uncertainty 1.5e-10). */
    public static final double VACUUM_PERMITTIVITY = 8.8541878128e-12;

    /** Planck constant h, J·s (exact). */
    public static final double PLANCK = 6.62607015e-34;

    /** Reduced Planck constant ħ = h/2π, J·s. */
    public static final double HBAR = PLANCK / (2 * Math.PI);

    /** Electron rest mass m_e, kg (CODATA 2018, relative uncertainty 3.0e-10). */
    public static final double ELECTRON_MASS = 9.1093837015e-31;

    /** The Boltzmann constant in eV/K, k_B/e. */
    public static final double BOLTZMANN_EV = BOLTZMANN / ELEMENTARY_CHARGE;

    /**
     * Thermal voltage kT/e.
     *
     * @param temperature absolute temperature T, K (&gt; 0)
     * @return kT/e, V (25.69 mV at 298.15 K)
     */
    public static double thermalVoltage(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        return BOLTZMANN * temperature / ELEMENTARY_CHARGE;
    }

    /**
     * Thermal energy kT.
     *
     * @param temperature absolute temperature T, K (&gt; 0)
     * @return kT, J
     */
    public static double thermalEnergy(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        return BOLTZMANN * temperature;
    }
}
