package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A growth law that runs only above a reaction onset temperature: dx/dt = v(T, x) for T &gt; T_on,
 * 0 below. Onsets come from observation (the lowest temperature at which the product was seen),
 * e.g. LiMnPO4 from LiMn1.5Ni0.5O4 + LAGP above ~600 °C (Robinson et al., J. Am. Ceram. Soc. 101
 * (2018) 1087); below the onset the pair is treated as kinetically inert.
 *
 * @param law the growth law above the onset
 * @param onsetTemperature T_on, K (&gt; 0)
 */
public record OnsetGrowth(GrowthLaw law, double onsetTemperature) implements GrowthLaw {

    /**
     * Validates.
     *
     * @param law the growth law above the onset
     * @param onsetTemperature T_on, K (&gt; 0)
     */
    public OnsetGrowth {
        Objects.requireNonNull(law, "law");
        Checks.positive(onsetTemperature, "onset temperature", "K");
    }

    @Override
    public double growthRate(double temperature, double thickness) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(thickness, "thickness", "m");
        return temperature > onsetTemperature ? law.growthRate(temperature, thickness) : 0.0;
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return the law's thickness after the hold above the onset, x0 at or below it, m
     */
    @Override
    public double isothermalThickness(double temperature, double time) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(time, "time", "s");
        return temperature > onsetTemperature ? law.isothermalThickness(temperature, time) : initialThickness();
    }

    @Override
    public double initialThickness() {
        return law.initialThickness();
    }

    /**
     * Parabolic and Stefan laws keep their closed forms, x² = x0² + 2∫k_p·[T &gt; T_on]dt;
     * linear–parabolic laws their Deal–Grove variable; others integrate the ODE. The schedule is
     * first split where it crosses the onset ({@link ThermalSchedule#splitAt}).
     */
    @Override
    public double thickness(ThermalSchedule schedule, double time) {
        Objects.requireNonNull(schedule, "schedule");
        schedule.checkTime(time);
        if (schedule.maxTemperature() <= onsetTemperature) {
            return initialThickness();
        }
        // a breakpoint where a ramp crosses the onset keeps the switch out of every integration segment
        ThermalSchedule split = schedule.splitAt(onsetTemperature);
        if (law instanceof ParabolicGrowth p) {
            double x0 = p.initialThickness();
            return Math.sqrt(x0 * x0 + 2 * split.integrate(t -> t > onsetTemperature ? p.rate().valueAt(t) : 0.0, time));
        }
        if (law instanceof StefanGrowth st) {
            double x0 = st.initialThickness();
            double l = st.lambda();
            return Math.sqrt(x0 * x0 + 4 * l * l * split.integrate(
                    t -> t > onsetTemperature ? st.layerDiffusivity().valueAt(t) : 0.0, time));
        }
        if (law instanceof LinearParabolicGrowth lp) {
            return lp.thickness(split, time, onsetTemperature);
        }
        return GrowthLaw.integrate(this, split, time);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s above %.0f °C", law, Units.toCelsius(onsetTemperature));
    }
}
