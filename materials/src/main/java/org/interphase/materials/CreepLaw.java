package org.interphase.materials;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Units;

/**
 * Power-law (dislocation) creep of a metal:
 * ε̇ = ε̇_ref·(σ/σ_ref)^n·exp(−(Q/k_B)(1/T − 1/T_ref)).
 *
 * <p>Written through a reference point (σ_ref, ε̇_ref at T_ref) rather than a prefactor in
 * Pa^(−n)·s^(−1), whose unit depends on n. For lithium, n ≈ 6.6 and Q ≈ 37 kJ/mol
 * (LePage et al., J. Electrochem. Soc. 166, A89 (2019)); beyond a few MPa power-law breakdown sets in.
 *
 * @param referenceStress σ_ref, Pa (&gt; 0)
 * @param referenceStrainRate ε̇_ref at σ_ref and T_ref, 1/s (&gt; 0)
 * @param referenceTemperature T_ref, K (&gt; 0)
 * @param stressExponent n (&ge; 1)
 * @param activationEnergy Q, J per atom (&ge; 0)
 */
public record CreepLaw(double referenceStress, double referenceStrainRate, double referenceTemperature,
                       double stressExponent, double activationEnergy) {

    /** Validates the law. */
    public CreepLaw {
        Checks.positive(referenceStress, "creep reference stress", "Pa");
        Checks.positive(referenceStrainRate, "creep reference strain rate", "1/s");
        Checks.positive(referenceTemperature, "creep reference temperature", "K");
        Checks.atLeast(stressExponent, 1, "creep stress exponent", "");
        Checks.nonNegative(activationEnergy, "creep activation energy", "J");
    }

    /**
     * @param stress σ, Pa (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @return the steady creep strain rate ε̇, 1/s
     */
    public double strainRate(double stress, double temperature) {
        Checks.nonNegative(stress, "stress", "Pa");
        Checks.positive(temperature, "temperature", "K");
        return referenceStrainRate * Math.pow(stress / referenceStress, stressExponent) * thermal(temperature);
    }

    /**
     * The flow stress that creeps at a given rate (inverse of {@link #strainRate}).
     *
     * @param strainRate ε̇, 1/s (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @return σ, Pa
     */
    public double stress(double strainRate, double temperature) {
        Checks.positive(strainRate, "strain rate", "1/s");
        Checks.positive(temperature, "temperature", "K");
        return referenceStress * Math.pow(strainRate / (referenceStrainRate * thermal(temperature)), 1 / stressExponent);
    }

    private double thermal(double temperature) {
        return Math.exp(-activationEnergy / Constants.BOLTZMANN * (1 / temperature - 1 / referenceTemperature));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "creep: ε̇ = %.3g 1/s·(σ/%.3g MPa)^%.3g, Q = %.3g kJ/mol (T_ref = %.2f K)",
                referenceStrainRate, Units.toMPa(referenceStress), stressExponent,
                Units.toKJPerMol(activationEnergy * Constants.AVOGADRO), referenceTemperature);
    }
}
