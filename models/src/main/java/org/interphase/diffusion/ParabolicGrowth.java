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
        Checks.nonNegative(thickness, "thickness", "m");
        return rate.valueAt(temperature) / Math.max(thickness, 1e-300);
    }

    /** Closed form: x = √(x0² + 2∫k_p dt). */
    @Override
    public double thickness(ThermalSchedule schedule, double time) {
        Objects.requireNonNull(schedule, "schedule");
        schedule.checkTime(time);
        return Math.sqrt(initialThickness * initialThickness + 2 * schedule.integrate(rate::valueAt, time));
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return x = √(x0² + 2·k_p(T)·t), m
     */
    @Override
    public double isothermalThickness(double temperature, double time) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(time, "time", "s");
        // √(x0² + (√(2k_p)·√t)²) by hypot: no overflow of k_p·t for any finite t
        return Math.hypot(initialThickness, Math.sqrt(2 * rate.valueAt(temperature)) * Math.sqrt(time));
    }

    /**
     * The law that grows a measured thickness over a measured thermal history, for an assumed
     * activation energy: k0 = (x² − x0²)/(2·∫exp(−Ea/k_B T(t))dt). For a product with an onset
     * temperature use {@link #calibrate(ThermalSchedule, double, double, double, double)}, or
     * {@link PairAnnealing#calibrateParabolic}, so that calibration and prediction apply the same gate.
     *
     * @param schedule the processing history of the measured sample
     * @param thickness the measured thickness after it, m (&gt; initialThickness)
     * @param activationEnergy Ea of growth, J (&ge; 0)
     * @param initialThickness x0, m (&ge; 0)
     * @return the calibrated law
     */
    public static ParabolicGrowth calibrate(ThermalSchedule schedule, double thickness, double activationEnergy,
            double initialThickness) {
        return calibrate(schedule, thickness, activationEnergy, initialThickness, 0.0);
    }

    /**
     * The law that grows a measured thickness over a measured history when growth runs only above
     * an onset temperature, as {@link OnsetGrowth} (and {@link PairAnnealing#interphase}) apply it:
     * k0 = (x² − x0²)/(2·∫exp(−Ea/k_B T(t))·[T(t) &gt; T_on]dt). A law calibrated this way and
     * gated by the same onset reproduces the measured thickness on the measured schedule.
     *
     * <p>The integral is taken relative to the schedule's peak temperature T_max,
     * ∫exp(−(Ea/k_B)(1/T − 1/T_max))dt, so it does not underflow for large Ea/(k_B·T); the law is
     * then k_p(T_max) = (x² − x0²)/(2·that integral) through {@link Arrhenius#fromReference}.
     *
     * @param schedule the processing history of the measured sample
     * @param thickness the measured thickness after it, m (&gt; initialThickness)
     * @param activationEnergy Ea of growth, J (&ge; 0)
     * @param initialThickness x0, m (&ge; 0)
     * @param onsetTemperature T_on, K (&ge; 0; 0 for no onset)
     * @return the calibrated law (ungated: wrap it in {@link OnsetGrowth} with the same onset)
     * @throws IllegalArgumentException if the schedule never exceeds the onset
     */
    public static ParabolicGrowth calibrate(ThermalSchedule schedule, double thickness, double activationEnergy,
            double initialThickness, double onsetTemperature) {
        Objects.requireNonNull(schedule, "schedule");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        Checks.positive(thickness, "measured thickness", "m");
        if (!(thickness > initialThickness)) {
            throw new IllegalArgumentException("measured thickness must exceed the initial thickness "
                    + initialThickness + " m, was " + thickness + " m");
        }
        double peak = schedule.maxTemperature();
        // k0 = k_p(T_max)·exp(Ea/(k_B·T_max)) must be a double: Ea/(k_B·T_max) ≤ 700 (exp(709) is the largest)
        double maxEa = 700 * org.interphase.core.Constants.BOLTZMANN * peak;
        Checks.inClosedRange(activationEnergy, 0.0, maxEa, "activation energy (≤ 700·k_B·T_max for a finite prefactor"
                + " at the schedule's peak " + Text.number(peak) + " K)", "J");
        Checks.nonNegative(onsetTemperature, "onset temperature", "K");
        if (!(peak > onsetTemperature)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "onset temperature must be below the"
                    + " schedule's peak %s K (nothing grows on it otherwise, so it cannot calibrate a growth law),"
                    + " was %s K", Text.number(peak), onsetTemperature));
        }
        ThermalSchedule split = onsetTemperature > 0 ? schedule.splitAt(onsetTemperature) : schedule;
        double ea = activationEnergy / org.interphase.core.Constants.BOLTZMANN;
        double relative = split.integrate(t -> t > onsetTemperature ? Math.exp(-ea * (1 / t - 1 / peak)) : 0.0);
        double kpPeak = (thickness * thickness - initialThickness * initialThickness) / (2 * relative);
        if (!(Double.isFinite(kpPeak) && kpPeak > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "measured thickness %s m over this schedule"
                    + " gives k_p(T_max) = (x² − x0²)/(2·∫exp(−Ea/k_B·T)dt) = %s m²/s, not a finite rate > 0;"
                    + " the thickness must be a physical one (x² must be a finite double)", thickness, kpPeak));
        }
        if (!(Math.log(kpPeak) + ea / peak < 709)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "measured thickness %s m with activation"
                    + " energy %s J gives a prefactor k0 = k_p(T_max)·exp(Ea/(k_B·T_max)) beyond the largest double;"
                    + " check the thickness and the activation energy", thickness, activationEnergy));
        }
        Arrhenius law = Arrhenius.fromReference(kpPeak, peak, activationEnergy);
        return new ParabolicGrowth(law, initialThickness);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ParabolicGrowth[k_p = %.4g m²/s·exp(−%.4g eV/kT), x0 = %s nm]",
                rate.prefactor(), rate.activationEnergyEV(), Text.number(Units.toNm(initialThickness)));
    }
}
