package org.interphase.core;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * An Arrhenius law q(T) = A·exp(−Ea / (k_B·T)) (S. Arrhenius, Z. Phys. Chem. 4, 226 (1889)), a
 * {@link TemperatureLaw} valid for every T &gt; 0.
 *
 * <p>The quantity q may be a conductivity (S/m), a diffusion coefficient (m²/s), a rate constant
 * or anything else thermally activated; the prefactor A carries the unit of q. The activation
 * energy is per particle, in J (type it in eV with {@link Units#eV(double)}).
 *
 * <p>Identities used by the factories: q(T2)/q(T1) = exp(−(Ea/k_B)(1/T2 − 1/T1)), so a law is
 * fixed either by (A, Ea) or by one value at a reference temperature and Ea, or by two values.
 * Ea = 0 gives a temperature-independent quantity, q = A at every temperature.
 *
 * @param prefactor A, in the unit of the quantity (&gt; 0)
 * @param activationEnergy Ea, J per particle (&ge; 0)
 */
public record Arrhenius(double prefactor, double activationEnergy) implements TemperatureLaw {

    /**
     * Validates the components.
     *
     * @param prefactor A, in the unit of the quantity (&gt; 0)
     * @param activationEnergy Ea, J per particle (&ge; 0)
     */
    public Arrhenius {
        Checks.positive(prefactor, "Arrhenius prefactor", "");
        Checks.nonNegative(activationEnergy, "activation energy", "J");
    }

    /**
     * A law from its prefactor and activation energy.
     *
     * @param prefactor A, in the unit of the quantity (&gt; 0)
     * @param activationEnergy Ea, J (&ge; 0)
     * @return the law
     */
    public static Arrhenius of(double prefactor, double activationEnergy) {
        return new Arrhenius(prefactor, activationEnergy);
    }

    /**
     * A law through one value at a reference temperature, e.g. σ(25 °C) and Ea as papers report them.
     *
     * @param value q(T_ref), in the unit of the quantity (&gt; 0)
     * @param referenceTemperature T_ref, K (&gt; 0)
     * @param activationEnergy Ea, J (&ge; 0)
     * @return the law with A = q(T_ref)·exp(Ea/(k_B·T_ref))
     * @throws IllegalArgumentException if an argument is out of range, or A overflows the double
     *     range (Ea/(k_B·T_ref) + ln q(T_ref) &gt; ln(Double.MAX_VALUE) ≈ 709.8)
     */
    public static Arrhenius fromReference(double value, double referenceTemperature, double activationEnergy) {
        Checks.positive(value, "value at the reference temperature", "");
        Checks.positive(referenceTemperature, "reference temperature", "K");
        Checks.nonNegative(activationEnergy, "activation energy", "J");
        double prefactor = scaled(value, activationEnergy / (Constants.BOLTZMANN * referenceTemperature));
        Checks.finiteResult(prefactor, "Arrhenius prefactor A = value·exp(Ea/(k_B·T_ref))",
                "value = " + value + ", referenceTemperature = " + referenceTemperature + " K, activationEnergy = "
                        + activationEnergy + " J",
                "the law cannot be represented as A·exp(−Ea/(k_B·T)): lower the value or the activation energy,"
                        + " or raise the reference temperature");
        return new Arrhenius(prefactor, activationEnergy);
    }

    /**
     * The law through two measured values.
     *
     * @param t1 first temperature, K (&gt; 0)
     * @param value1 q(t1) (&gt; 0)
     * @param t2 second temperature, K (&gt; 0, ≠ t1)
     * @param value2 q(t2) (&gt; 0)
     * @return the law; Ea = k_B·ln(q2/q1)/(1/t1 − 1/t2)
     * @throws IllegalArgumentException if an argument is out of range, the values imply a negative
     *     activation energy, or the prefactor of the law overflows the double range
     */
    public static Arrhenius fromTwoPoints(double t1, double value1, double t2, double value2) {
        Checks.positive(t1, "t1", "K");
        Checks.positive(t2, "t2", "K");
        Checks.positive(value1, "value1", "");
        Checks.positive(value2, "value2", "");
        if (t1 == t2) {
            throw new IllegalArgumentException("t1 and t2 must differ, both were " + t1 + " K");
        }
        String points = "(t1 = " + t1 + " K, value1 = " + value1 + ") and (t2 = " + t2 + " K, value2 = " + value2 + ")";
        // ln(q2/q1) as a difference of logarithms: q2/q1 itself overflows or underflows for extreme values
        double ea = Constants.BOLTZMANN * (Math.log(value2) - Math.log(value1)) / (1.0 / t1 - 1.0 / t2);
        Checks.finiteResult(ea, "activation energy Ea = k_B·ln(value2/value1)/(1/t1 − 1/t2) (J)", "the points " + points,
                "move the temperatures apart");
        if (ea < 0) {
            throw new IllegalArgumentException("the points " + points + " imply a negative activation energy ("
                    + ea / Constants.ELEMENTARY_CHARGE + " eV); an Arrhenius law needs q to rise with T");
        }
        double prefactor = scaled(value1, ea / (Constants.BOLTZMANN * t1));
        Checks.finiteResult(prefactor, "Arrhenius prefactor A = value1·exp(Ea/(k_B·t1))", "the points " + points
                + " (Ea = " + ea / Constants.ELEMENTARY_CHARGE + " eV)", "the law cannot be represented as"
                + " A·exp(−Ea/(k_B·T)): the points imply too steep a law");
        return new Arrhenius(prefactor, ea);
    }

    /**
     * q·exp(x) for q &gt; 0, x &ge; 0: directly where exp(x) is finite, else in logarithms, since a tiny
     * q can bring back into range what exp(x) alone overflows. Infinite only if the result is.
     */
    private static double scaled(double q, double x) {
        double e = Math.exp(x);
        return Double.isFinite(e) ? q * e : Math.exp(Math.log(q) + x);
    }

    /**
     * The value of the law.
     *
     * @param temperature T, K (&gt; 0)
     * @return q(T), in the unit of the prefactor
     * @throws IllegalArgumentException if T is not finite or not positive
     */
    @Override
    public double valueAt(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        double x = activationEnergy / (Constants.BOLTZMANN * temperature);
        double e = Math.exp(-x);
        // exp(−x) underflows below e^−745 where a large A may still bring q into range: then in logarithms
        return e >= Double.MIN_NORMAL ? prefactor * e : Math.exp(Math.log(prefactor) - x);
    }

    /** @return 0 K (excluded: the law holds for every T &gt; 0) */
    @Override
    public double lowestTemperature() {
        return 0.0;
    }

    /** @return empty: the law has no upper bound */
    @Override
    public OptionalDouble highestTemperature() {
        return OptionalDouble.empty();
    }

    /**
     * @param temperature T, K (any value; NaN and infinities are never covered)
     * @return true for every finite T &gt; 0
     */
    @Override
    public boolean covers(double temperature) {
        return temperature > 0 && Double.isFinite(temperature);
    }

    /** @return {@code "> 0 K"} */
    @Override
    public String validity() {
        return "> 0 K";
    }

    /**
     * @param from T1, K (&gt; 0)
     * @param to T2, K (&gt; 0)
     * @return q(T2)/q(T1), dimensionless (0 where it underflows)
     * @throws IllegalArgumentException if a temperature is not finite or not positive, or the ratio
     *     overflows the double range (Ea/k_B·(1/T1 − 1/T2) &gt; ln(Double.MAX_VALUE) ≈ 709.8)
     */
    public double ratio(double from, double to) {
        Checks.positive(from, "from temperature", "K");
        Checks.positive(to, "to temperature", "K");
        return Checks.finiteResult(Math.exp(-activationEnergy / Constants.BOLTZMANN * (1.0 / to - 1.0 / from)),
                "ratio q(to)/q(from)", "from = " + from + " K, to = " + to + " K, " + this,
                "bring the two temperatures closer together");
    }

    /** @return the activation energy in eV */
    public double activationEnergyEV() {
        return Units.toEV(activationEnergy);
    }

    /** @return e.g. {@code "Arrhenius[A = 1.234e+05, Ea = 0.3500 eV]"}, locale-independent */
    @Override
    public String toString() {
        // plain division: toString must not fail, even for an activation energy whose eV value overflows
        return String.format(Locale.ROOT, "Arrhenius[A = %.4g, Ea = %.4g eV]", prefactor,
                activationEnergy / Constants.ELEMENTARY_CHARGE);
    }
}
