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

    /**
     * Validates the components.
     *
     * @param referenceStress σ_ref, Pa (&gt; 0)
     * @param referenceStrainRate ε̇_ref at σ_ref and T_ref, 1/s (&gt; 0)
     * @param referenceTemperature T_ref, K (&gt; 0)
     * @param stressExponent n (&ge; 1)
     * @param activationEnergy Q, J per atom (&ge; 0)
     */
    public CreepLaw {
        Checks.positive(referenceStress, "creep reference stress", "Pa");
        Checks.positive(referenceStrainRate, "creep reference strain rate", "1/s");
        Checks.positive(referenceTemperature, "creep reference temperature", "K");
        Checks.atLeast(stressExponent, 1, "creep stress exponent", "");
        Checks.nonNegative(activationEnergy, "creep activation energy", "J");
    }

    /**
     * @param stress σ, Pa (&ge; 0, finite; the rate must not overflow the double range)
     * @param temperature T, K (&gt; 0, finite)
     * @return the steady creep strain rate ε̇, 1/s (finite; 0 where it underflows)
     * @throws IllegalArgumentException if an argument is out of range or the rate overflows
     */
    public double strainRate(double stress, double temperature) {
        Checks.nonNegative(stress, "stress", "Pa");
        Checks.positive(temperature, "temperature", "K");
        // in logarithms: (σ/σ_ref)^n and the Arrhenius factor may each overflow while their product does not
        double lnThermal = lnThermal(temperature);
        double rate = stress == 0 ? 0.0 : Math.exp(Math.log(referenceStrainRate) + stressExponent
                * Math.log(stress / referenceStress) + lnThermal);
        return Checks.finiteResult(rate, "creep strain rate (1/s)", "stress = " + stress + " Pa, temperature = "
                + temperature + " K", "the power law does not hold there anyway: beyond a few MPa power-law breakdown"
                + " sets in");
    }

    /**
     * The flow stress that creeps at a given rate (inverse of {@link #strainRate}).
     *
     * @param strainRate ε̇, 1/s (&gt; 0, finite)
     * @param temperature T, K (&gt; 0, finite; at very low T with Q &gt; 0 no finite stress creeps at
     *     the given rate)
     * @return σ, Pa (finite)
     * @throws IllegalArgumentException if an argument is out of range or the stress overflows
     */
    public double stress(double strainRate, double temperature) {
        Checks.positive(strainRate, "strain rate", "1/s");
        Checks.positive(temperature, "temperature", "K");
        // ln σ = ln σ_ref + (ln ε̇ − ln ε̇_ref − ln thermal)/n: the thermal factor alone under- or
        // overflows long before the stress does (T = 1 K gives exp(−4e5) for lithium)
        double lnStress = Math.log(referenceStress) + (Math.log(strainRate) - Math.log(referenceStrainRate)
                - lnThermal(temperature)) / stressExponent;
        return Checks.finiteResult(Math.exp(lnStress), "creep flow stress (Pa)", "strain rate = " + strainRate
                + " 1/s, temperature = " + temperature + " K", "at this temperature no finite stress creeps that fast");
    }

    /** ln of the Arrhenius factor exp(−(Q/k_B)(1/T − 1/T_ref)); finite for every T &gt; 0 up to 1/T overflow. */
    private double lnThermal(double temperature) {
        double inverse = 1 / temperature;
        if (!Double.isFinite(inverse)) {
            throw new IllegalArgumentException("temperature " + temperature + " K is too small: 1/T overflows the"
                    + " double range; temperature must be >= " + (1 / Double.MAX_VALUE) + " K");
        }
        return -activationEnergy / Constants.BOLTZMANN * (inverse - 1 / referenceTemperature);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "creep: ε̇ = %.3g 1/s·(σ/%.3g MPa)^%.3g, Q = %.3g kJ/mol (T_ref = %.2f K)",
                referenceStrainRate, Units.toMPa(referenceStress), stressExponent,
                Units.toKJPerMol(Units.perMole(activationEnergy)), referenceTemperature);
    }
}
