package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Diffusion-controlled (parabolic) growth: x² = x0² + 2·∫k_p(T(t))dt, k_p = k0·exp(−Ea/(k_B·T))
 * (Wagner's parabolic law; Schmalzried, Chemical Kinetics of Solids, 1995, ch. 6).
 *
 * @param rate k_p(T), prefactor k0 in m²/s, Ea in J
 * @param initialThickness x0, m (&ge; 0)
 */
public record ParabolicGrowth(Arrhenius rate, double initialThickness) implements GrowthLaw {

    /**
     * Validates.
     *
     * @param rate k_p(T), prefactor k0 in m²/s, Ea in J
     * @param initialThickness x0, m (&ge; 0)
     */
    public ParabolicGrowth {
        Objects.requireNonNull(rate, "rate");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
    }

    /**
     * @param rate k_p(T), m²/s
     * @return the law from x0 = 0
     */
    public static ParabolicGrowth of(Arrhenius rate) {
        return new ParabolicGrowth(rate, 0.0);
    }

    @Override
    public double growthRate(double temperature, double thickness) {
        return rate.valueAt(temperature) / Math.max(thickness, 1e-300);
    }

    /** Closed form: x = √(x0² + 2∫k_p dt). */
    @Override
    public double thickness(ThermalSchedule schedule, double time) {
        return Math.sqrt(initialThickness * initialThickness + 2 * schedule.integrate(rate::valueAt, time));
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return x = √(x0² + 2·k_p(T)·t), m
     */
    public double isothermalThickness(double temperature, double time) {
        Checks.nonNegative(time, "time", "s");
        return Math.sqrt(initialThickness * initialThickness + 2 * rate.valueAt(temperature) * time);
    }

    /**
     * The law that grows a measured thickness over a measured thermal history, for an assumed
     * activation energy: k0 = (x² − x0²)/(2·∫exp(−Ea/k_B T(t))dt).
     *
     * @param schedule the processing history of the measured sample
     * @param thickness the measured thickness after it, m (&gt; initialThickness)
     * @param activationEnergy Ea of growth, J (&ge; 0)
     * @param initialThickness x0, m (&ge; 0)
     * @return the calibrated law
     */
    public static ParabolicGrowth calibrate(ThermalSchedule schedule, double thickness, double activationEnergy,
            double initialThickness) {
        Objects.requireNonNull(schedule, "schedule");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        Checks.positive(thickness - initialThickness, "measured thickness − initial thickness", "m");
        Checks.nonNegative(activationEnergy, "activation energy", "J");
        double integral = schedule.integrate(t -> Math.exp(-activationEnergy / (org.interphase.core.Constants.BOLTZMANN * t)));
        double k0 = (thickness * thickness - initialThickness * initialThickness) / (2 * integral);
        return new ParabolicGrowth(Arrhenius.of(Checks.positive(k0, "calibrated prefactor k0", "m²/s"),
                activationEnergy), initialThickness);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ParabolicGrowth[k_p = %.4g m²/s·exp(−%.4g eV/kT), x0 = %s nm]",
                rate.prefactor(), rate.activationEnergyEV(), Text.number(Units.toNm(initialThickness)));
    }
}
