package org.interphase.diffusion;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;

/**
 * A law of reaction-layer growth dx/dt = v(T, x) (x in m, t in s, T in K), integrated over a
 * {@link ThermalSchedule}.
 *
 * <p>The default integration runs a Dormand–Prince 8(5,3) integrator (Commons Math) segment by
 * segment of the schedule, so its kinks are never inside a step; laws with a closed form over a
 * schedule override {@link #thickness(ThermalSchedule, double)}, and at one temperature
 * {@link #isothermalThickness(double, double)}. Growth behind a coating of variable thickness is a
 * {@link CoatedGrowth}: one law per coating thickness.
 *
 * <p>Implementations: {@link ParabolicGrowth}, {@link LinearParabolicGrowth} (Deal–Grove, with a
 * barrier in series), {@link StefanGrowth}, {@link OnsetGrowth}.
 */
public interface GrowthLaw {

    /**
     * @param temperature T, K (&gt; 0)
     * @param thickness current thickness x, m (&ge; 0)
     * @return growth rate dx/dt, m/s (&ge; 0)
     */
    double growthRate(double temperature, double thickness);

    /** @return thickness at t = 0, m */
    double initialThickness();

    /**
     * @param schedule T(t)
     * @return thickness at the end of the schedule, m
     */
    default double thickness(ThermalSchedule schedule) {
        return thickness(Objects.requireNonNull(schedule, "schedule"), schedule.duration());
    }

    /**
     * @param schedule T(t)
     * @param time t, s, in [0, duration]
     * @return thickness at t, m
     */
    default double thickness(ThermalSchedule schedule, double time) {
        return integrate(this, schedule, time);
    }

    /**
     * The thickness after a hold at one temperature; laws with a closed form override it.
     *
     * @param temperature T, K (&gt; 0)
     * @param time hold time, s (&ge; 0)
     * @return x after the hold, m
     */
    default double isothermalThickness(double temperature, double time) {
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(time, "time", "s");
        return time == 0 ? initialThickness() : thickness(ThermalSchedule.isothermal(temperature, time));
    }

    /**
     * @param schedule T(t)
     * @param times strictly increasing times in [0, duration], s
     * @return thickness at each time, m
     */
    default double[] thicknessHistory(ThermalSchedule schedule, double... times) {
        Objects.requireNonNull(schedule, "schedule");
        Checks.strictlyIncreasing(times, "times", "s");
        for (double t : times) {
            schedule.checkTime(t);
        }
        double[] x = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            x[k] = thickness(schedule, times[k]);
        }
        return x;
    }

    /**
     * Integrates dx/dt = v(T(t), x) from x(0) to t over the schedule's segments.
     *
     * @param law the law
     * @param schedule T(t)
     * @param time t, s, in [0, duration]
     * @return x(t), m
     */
    static double integrate(GrowthLaw law, ThermalSchedule schedule, double time) {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(schedule, "schedule");
        double until = schedule.checkTime(time);
        double[] tb = schedule.breakpointTimes();
        double[] y = {law.initialThickness()};
        double scale = Math.max(law.initialThickness(), 1e-20); // m: far below any physical layer
        for (int k = 1; k < tb.length && tb[k - 1] < until; k++) {
            double t0 = tb[k - 1];
            double t1 = Math.min(tb[k], until);
            y[0] = GrowthIntegration.segment("growth-law integration", t0, t1, y[0], 1e-10 * scale, 1e-10,
                    (t, x) -> law.growthRate(schedule.temperatureAtUnchecked(t), Math.max(0, x)),
                    "the growth rate is too stiff; check the rate constants");
            scale = Math.max(scale, Math.abs(y[0]));
        }
        return Checks.finite(y[0], "integrated thickness", "m");
    }
}
