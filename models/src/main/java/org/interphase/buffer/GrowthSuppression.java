package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;
import org.interphase.diffusion.ThermalSchedule;

/**
 * Model M4: a coating that slows the growth of a resistive interphase over a thermal history
 * (processing, or a lifetime at the operating temperature),
 * <pre>
 *   R(L) = R_b + L/σ + L_int(L, T(t))/σ_int
 * </pre>
 * with L_int from a {@link GrowthBehindCoating} (diffusion's growth laws, integrated by them over the
 * schedule). The optimum moves to thicker coatings as the lifetime grows (research notes,
 * buffer-and-impedance.md §1.3, M4).
 *
 * @param baseResistance R_b, Ω·m² (&ge; 0)
 * @param coatingConductivity σ, S/m (&gt; 0)
 * @param interphaseConductivity σ_int, S/m (&gt; 0)
 * @param growth how the interphase grows behind the coating
 * @param schedule T(t) over which it grows (e.g. {@code ThermalSchedule.isothermal(T, lifetime)})
 */
public record GrowthSuppression(double baseResistance, double coatingConductivity, double interphaseConductivity,
        GrowthBehindCoating growth, ThermalSchedule schedule) implements CoatingTradeOff {

    /**
     * Validates the components.
     *
     * @param baseResistance R_b, Ω·m² (&ge; 0)
     * @param coatingConductivity σ, S/m (&gt; 0)
     * @param interphaseConductivity σ_int, S/m (&gt; 0)
     * @param growth how the interphase grows behind the coating (not null)
     * @param schedule T(t) (not null)
     */
    public GrowthSuppression {
        Checks.nonNegative(baseResistance, "base resistance", "Ω·m²");
        Checks.positive(coatingConductivity, "coating conductivity", "S/m");
        Checks.positive(interphaseConductivity, "interphase conductivity", "S/m");
        if (growth == null) {
            throw new IllegalArgumentException("growth law must not be null");
        }
        if (schedule == null) {
            throw new IllegalArgumentException("thermal schedule must not be null");
        }
    }

    /**
     * @param thickness coating thickness L, m (0 ≤ L ≤ 1 m, the range of {@link GrowthBehindCoating})
     * @return R(L), Ω·m²
     * @throws IllegalArgumentException if L is out of range or not finite
     */
    @Override
    public double resistance(double thickness) {
        Checks.nonNegative(thickness, "coating thickness", "m");
        return baseResistance + thickness / coatingConductivity
                + growth.thickness(thickness, schedule) / interphaseConductivity;
    }

    /**
     * @param newSchedule the new thermal history (not null)
     * @return the same model over another history
     */
    public GrowthSuppression withSchedule(ThermalSchedule newSchedule) {
        return new GrowthSuppression(baseResistance, coatingConductivity, interphaseConductivity, growth, newSchedule);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "M4 growth suppression: R_b = %.4g Ω·cm², σ = %.4g S/cm, σ_int = %.4g S/cm, "
                + "%.4g h up to %.1f °C, %s", Units.toOhmCm2(baseResistance), Units.toSPerCm(coatingConductivity),
                Units.toSPerCm(interphaseConductivity), Units.toHours(schedule.duration()),
                Units.toCelsius(schedule.maxTemperature()), growth);
    }

    @Override
    public String toString() {
        return describe();
    }
}
