package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Model M4: a coating that slows the growth of a resistive interphase over a target lifetime,
 * <pre>
 *   R(L) = R_b + L/σ + L_int(L, t)/σ_int
 * </pre>
 * with L_int from an {@link InterphaseGrowth} law. The optimum moves to thicker coatings as the
 * lifetime grows (research notes, buffer-and-impedance.md §1.3, M4).
 *
 * @param baseResistance R_b, Ω·m² (&ge; 0)
 * @param coatingConductivity σ, S/m (&gt; 0)
 * @param interphaseConductivity σ_int, S/m (&gt; 0)
 * @param growth the growth law
 * @param lifetime t, s (&ge; 0)
 */
public record GrowthSuppression(double baseResistance, double coatingConductivity, double interphaseConductivity,
        InterphaseGrowth growth, double lifetime) implements CoatingTradeOff {

    /**
     * Validates the components.
     *
     * @param baseResistance R_b, Ω·m² (&ge; 0)
     * @param coatingConductivity σ, S/m (&gt; 0)
     * @param interphaseConductivity σ_int, S/m (&gt; 0)
     * @param growth the growth law
     * @param lifetime t, s (&ge; 0)
     */

    public GrowthSuppression {
        Checks.nonNegative(baseResistance, "base resistance", "Ω·m²");
        Checks.positive(coatingConductivity, "coating conductivity", "S/m");
        Checks.positive(interphaseConductivity, "interphase conductivity", "S/m");
        if (growth == null) {
            throw new IllegalArgumentException("growth law must not be null");
        }
        Checks.nonNegative(lifetime, "lifetime", "s");
    }

    @Override
    public double resistance(double thickness) {
        Checks.nonNegative(thickness, "coating thickness", "m");
        return baseResistance + thickness / coatingConductivity
                + growth.thickness(thickness, lifetime) / interphaseConductivity;
    }

    /**
     * @param time the new lifetime, s
     * @return the same model over another lifetime
     */
    public GrowthSuppression withLifetime(double time) {
        return new GrowthSuppression(baseResistance, coatingConductivity, interphaseConductivity, growth, time);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "M4 growth suppression: R_b = %.4g Ω·cm², σ = %.4g S/cm, σ_int = %.4g S/cm, "
                + "lifetime %.4g h, %s", Units.toOhmCm2(baseResistance), Units.toSPerCm(coatingConductivity),
                Units.toSPerCm(interphaseConductivity), Units.toHours(lifetime), growth);
    }

    @Override
    public String toString() {
        return describe();
    }
}
