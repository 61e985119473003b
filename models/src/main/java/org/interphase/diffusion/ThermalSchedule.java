package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.LinearTable;
import org.interphase.core.Quadrature;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.TemperatureTable;
import org.interphase.core.Units;

/**
 * A piecewise-linear temperature program T(t): breakpoints (t_k, T_k) with t_0 = 0, joined by
 * straight ramps, holds and cools; repeated cycles are unrolled into breakpoints.
 *
 * <p>For any thermally activated rate q(T) the schedule gives ∫q(T(t))dt (see {@link #integrate}).
 * For diffusion with a constant activation energy, a constant-D profile depends on the schedule
 * only through Λ = ∫D(T(t))dt (m²), because the substitution τ = ∫D dt turns ∂c/∂t = D(t)∂²c/∂x²
 * into ∂c/∂τ = ∂²c/∂x² (Crank, The Mathematics of Diffusion, 2nd ed., §7.1). The
 * <em>effective time</em> at a reference temperature is Λ/D(T_ref).
 *
 * <p>Integrals are taken segment by segment, so the kinks of the program are never inside a
 * quadrature panel: holds are exact (q(T)·Δt), ramps use adaptive Gauss–Legendre quadrature.
 * Immutable and thread-safe.
 */
public final class ThermalSchedule {

    private static final double RELATIVE_TOLERANCE = 1e-11;

    private final double[] times;
    private final double[] temperatures;
    /** T(t), linear between the breakpoints (core's one linear-table interpolator); refuses t outside. */
    private final LinearTable table;
    /** The same table held at the end temperatures outside [0, duration], for solvers' inner loops. */
    private final LinearTable clamped;

    private ThermalSchedule(double[] times, double[] temperatures) {
        this.times = times;
        this.temperatures = temperatures;
        this.table = LinearTable.of(times, temperatures).withAbscissa("time", "s");
        this.clamped = table.withExtrapolation(LinearTable.Extrapolation.CLAMP);
    }

    /**
     * A schedule through breakpoints, linear between them.
     *
     * @param times t_k, s: t_0 = 0, strictly increasing (a schedule never goes back in time)
     * @param temperatures T_k, K (&gt; 0), same length (at least 2)
     * @return the schedule
     */
    public static ThermalSchedule of(double[] times, double[] temperatures) {
        Checks.allFinite(times, "schedule times", "s");
        Checks.allFinite(temperatures, "schedule temperatures", "K");
        Checks.sameLength(times, "schedule times", temperatures, "schedule temperatures");
        if (times.length < 2) {
            throw new IllegalArgumentException("a schedule needs at least 2 breakpoints, was " + times.length);
        }
        if (times[0] != 0.0) {
            throw new IllegalArgumentException("a schedule starts at t = 0 s, was " + times[0] + " s");
        }
        for (int k = 1; k < times.length; k++) {
            if (!(times[k] > times[k - 1])) {
                throw new IllegalArgumentException("schedule times must increase (a schedule cannot go back in time): t["
                        + k + "] = " + times[k] + " s <= t[" + (k - 1) + "] = " + times[k - 1] + " s");
            }
        }
        for (int k = 0; k < temperatures.length; k++) {
            Checks.positive(temperatures[k], "schedule temperature T[" + k + "]", "K");
        }
        double[] t = times.clone();
        t[0] = 0.0; // −0.0 passes the check above; store +0.0, as breakpointTimes() reports it
        return new ThermalSchedule(t, temperatures.clone());
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @param duration hold time, s (&gt; 0)
     * @return a hold at T from t = 0
     */
    public static ThermalSchedule isothermal(double temperature, double duration) {
        Checks.positive(temperature, "temperature", "K");
        Checks.positive(duration, "duration", "s");
        return new ThermalSchedule(new double[] {0, duration}, new double[] {temperature, temperature});
    }

    /**
     * @param temperature T at t = 0, K (&gt; 0)
     * @return a builder; add ramps, holds and cycles in order
     */
    public static Builder startingAt(double temperature) {
        return new Builder(temperature);
    }

    /** @return t_end, s */
    public double duration() {
        return times[times.length - 1];
    }

    /** @return a copy of the breakpoint times, s */
    public double[] breakpointTimes() {
        return times.clone();
    }

    /** @return a copy of the breakpoint temperatures, K */
    public double[] breakpointTemperatures() {
        return temperatures.clone();
    }

    /** @return number of breakpoints */
    public int breakpointCount() {
        return times.length;
    }

    /** @return the highest temperature of the program, K */
    public double maxTemperature() {
        return Arrays.stream(temperatures).max().orElseThrow();
    }

    /**
     * @param time t, s, in [0, duration]
     * @return T(t), K
     */
    public double temperatureAt(double time) {
        Checks.inClosedRange(time, 0.0, duration(), "time", "s");
        return table.valueAt(time);
    }

    /** Same as {@link #temperatureAt} without the range check, clamped; for solvers' inner loops. */
    double temperatureAtUnchecked(double time) {
        return clamped.valueAt(time);
    }

    /**
     * Checks a time of this program (for the growth laws, whose parameter is called {@code time}).
     *
     * @param time t, s
     * @return {@code time}
     * @throws IllegalArgumentException unless 0 &le; t &le; duration
     */
    double checkTime(double time) {
        return Checks.inClosedRange(time, 0.0, duration(), "time", "s");
    }

    /**
     * ∫_0^t q(T(t'))dt' over the first part of the program.
     *
     * @param rate q(T) for T in K, finite and &ge; 0 (e.g. a diffusivity in m²/s)
     * @param until upper limit t, s, in [0, duration]
     * @return the integral, in (unit of q)·s
     */
    public double integrate(DoubleUnaryOperator rate, double until) {
        Objects.requireNonNull(rate, "rate");
        Checks.inClosedRange(until, 0.0, duration(), "integration limit", "s");
        double sum = 0;
        for (int k = 1; k < times.length && times[k - 1] < until; k++) {
            double t0 = times[k - 1];
            double t1 = Math.min(times[k], until);
            double temp0 = temperatures[k - 1];
            double slope = (temperatures[k] - temp0) / (times[k] - t0);
            if (slope == 0) {
                sum += rate.applyAsDouble(temp0) * (t1 - t0);
            } else {
                sum += Quadrature.integrate(t -> rate.applyAsDouble(temp0 + slope * (t - t0)), t0, t1,
                        RELATIVE_TOLERANCE, 0.0);
            }
        }
        return Checks.finite(sum, "∫q(T(t))dt", "");
    }

    /**
     * @param rate q(T)
     * @return ∫q(T(t))dt over the whole program, (unit of q)·s
     */
    public double integrate(DoubleUnaryOperator rate) {
        return integrate(rate, duration());
    }

    /**
     * Λ = ∫D(T(t))dt for a diffusion coefficient that follows a temperature law.
     *
     * <p>The integral is taken segment by segment: a hold exactly, D(T)·Δt; a ramp by adaptive
     * Gauss–Legendre quadrature (core {@link Quadrature}) to a relative tolerance of 1e-11 per
     * segment. A {@link TemperatureTable} is piecewise (ln D linear in 1/T between its points), so the
     * ramps are first split where they cross a table temperature and no kink of D lies inside a
     * quadrature panel. The whole program must lie in the law's validity window (above T0 for a
     * Vogel–Tammann–Fulcher law, inside the table's range): it is checked before integrating.
     *
     * @param law D(T), values in m²/s (not null), e.g. an {@link Arrhenius} law D0·exp(−Ea/k_B T)
     * @return Λ = ∫D(T(t))dt over the program, m²
     * @throws IllegalArgumentException if the program runs outside the law's validity window (the
     *     message names the window and the program's range), or Λ overflows
     */
    public double integratedDiffusivity(TemperatureLaw law) {
        Checks.nonNull(law, "law");
        double lowest = Arrays.stream(temperatures).min().orElseThrow();
        double highest = maxTemperature();
        // a validity window is an interval and T(t) is piecewise linear: both extremes covered covers all
        if (!law.covers(lowest) || !law.covers(highest)) {
            throw new IllegalArgumentException("the schedule runs from " + lowest + " K to " + highest
                    + " K, outside the validity window of " + law + ": temperature must be " + law.validity()
                    + " throughout; shorten the program or use a law valid over its whole range");
        }
        ThermalSchedule split = this;
        if (law instanceof TemperatureTable table) {
            for (double node : table.temperatures()) {
                split = split.splitAt(node);
            }
        }
        return split.integrate(law::valueAt);
    }

    /**
     * Λ = ∫D(T(t))dt for a concentration-independent coefficient, as {@link #integratedDiffusivity(TemperatureLaw)}.
     *
     * @param diffusivity a concentration-independent D(T) (not null)
     * @return Λ = ∫D(T(t))dt over the program, m²
     * @throws UnsupportedOperationException if D depends on concentration (it has no single law)
     * @throws IllegalArgumentException if the program runs outside the law's validity window
     */
    public double integratedDiffusivity(Diffusivity diffusivity) {
        Checks.nonNull(diffusivity, "diffusivity");
        return integratedDiffusivity(diffusivity.law());
    }

    /**
     * The hold time at T_ref that gives the same ∫D dt as the whole program.
     *
     * @param law D(T) (only Ea matters)
     * @param referenceTemperature T_ref, K (&gt; 0)
     * @return t_eff = ∫D(T(t))dt / D(T_ref) = ∫exp(−(Ea/k_B)(1/T(t) − 1/T_ref))dt, s — integrated as
     *         the ratio, so that neither D(T) nor D(T_ref) can underflow
     * @throws IllegalArgumentException if t_eff overflows (T_ref far below the schedule for this Ea)
     */
    public double effectiveTime(Arrhenius law, double referenceTemperature) {
        Objects.requireNonNull(law, "law");
        Checks.positive(referenceTemperature, "reference temperature", "K");
        double ea = law.activationEnergy() / org.interphase.core.Constants.BOLTZMANN;
        // the integrand peaks at the schedule's highest temperature: check it before integrating
        double peakExponent = -ea * (1 / maxTemperature() - 1 / referenceTemperature);
        if (!(peakExponent < Math.log(Double.MAX_VALUE / duration()))) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the effective time at T_ref = %s K"
                    + " overflows for Ea = %.4g eV: the schedule runs at up to %s K; choose a reference temperature"
                    + " near the schedule's", Text.number(referenceTemperature), law.activationEnergyEV(),
                    Text.number(maxTemperature())));
        }
        return integrate(t -> Math.exp(-ea * (1 / t - 1 / referenceTemperature)));
    }

    /**
     * @param temperature threshold, K (&gt; 0)
     * @return total time with T(t) &gt; threshold, s
     */
    public double timeAbove(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        double sum = 0;
        for (int k = 1; k < times.length; k++) {
            double a = temperatures[k - 1];
            double b = temperatures[k];
            double dt = times[k] - times[k - 1];
            if (a > temperature && b > temperature) {
                sum += dt;
            } else if (a > temperature || b > temperature) {
                double cross = (temperature - a) / (b - a);
                sum += a > temperature ? cross * dt : (1 - cross) * dt;
            }
        }
        return sum;
    }

    /**
     * The same program with a breakpoint added wherever a ramp crosses the given temperature, so
     * that a rate switched on at that temperature (a reaction onset) is never discontinuous inside
     * a segment.
     *
     * @param temperature the crossing temperature, K (&gt; 0)
     * @return the refined schedule (this one if no ramp crosses it)
     */
    public ThermalSchedule splitAt(double temperature) {
        Checks.positive(temperature, "split temperature", "K");
        List<Double> t = new ArrayList<>();
        List<Double> temp = new ArrayList<>();
        t.add(times[0]);
        temp.add(temperatures[0]);
        for (int k = 1; k < times.length; k++) {
            double a = temperatures[k - 1];
            double b = temperatures[k];
            if ((a - temperature) * (b - temperature) < 0) {
                double cross = times[k - 1] + (temperature - a) / (b - a) * (times[k] - times[k - 1]);
                if (cross > times[k - 1] && cross < times[k]) {
                    t.add(cross);
                    temp.add(temperature);
                }
            }
            t.add(times[k]);
            temp.add(b);
        }
        if (t.size() == times.length) {
            return this;
        }
        return new ThermalSchedule(t.stream().mapToDouble(Double::doubleValue).toArray(),
                temp.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * @param next a schedule to run after this one; it must start at this one's final temperature
     * @return the two programs one after the other
     */
    public ThermalSchedule then(ThermalSchedule next) {
        Objects.requireNonNull(next, "next");
        double end = temperatures[temperatures.length - 1];
        if (Math.abs(next.temperatures[0] - end) > 1e-9 * end) {
            throw new IllegalArgumentException("the next schedule must start at " + end + " K, where this one ends; was "
                    + next.temperatures[0] + " K");
        }
        int n = times.length;
        double[] t = Arrays.copyOf(times, n + next.times.length - 1);
        double[] temp = Arrays.copyOf(temperatures, n + next.times.length - 1);
        for (int k = 1; k < next.times.length; k++) {
            t[n - 1 + k] = duration() + next.times[k];
            temp[n - 1 + k] = next.temperatures[k];
        }
        return new ThermalSchedule(t, temp);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThermalSchedule s && Arrays.equals(times, s.times) && Arrays.equals(temperatures, s.temperatures);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.hashCode(temperatures);
    }

    /** @return e.g. {@code "ThermalSchedule[25 °C → 700 °C in 2.3 h, hold 700 °C 2 h, ...; 6.5 h total]"} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ThermalSchedule[");
        int shown = Math.min(times.length - 1, 8);
        for (int k = 1; k <= shown; k++) {
            if (k > 1) {
                sb.append(", ");
            }
            double a = Units.toCelsius(temperatures[k - 1]);
            double b = Units.toCelsius(temperatures[k]);
            String dt = formatDuration(times[k] - times[k - 1]);
            if (a == b) {
                sb.append(String.format(Locale.ROOT, "hold %.0f °C %s", a, dt));
            } else {
                sb.append(String.format(Locale.ROOT, "%.0f → %.0f °C in %s", a, b, dt));
            }
        }
        if (times.length - 1 > shown) {
            sb.append(", … ").append(times.length - 1 - shown).append(" more segments");
        }
        return sb.append("; ").append(formatDuration(duration())).append(" total]").toString();
    }

    private static String formatDuration(double s) {
        if (s >= 3600) {
            return trim(s / 3600) + " h";
        }
        if (s >= 60) {
            return trim(s / 60) + " min";
        }
        return trim(s) + " s";
    }

    private static String trim(double v) {
        return Text.number(v);
    }

    /** Builds a schedule segment by segment. Not thread-safe; the schedule is. */
    public static final class Builder {
        /**
         * The most breakpoints {@link #repeat} unrolls into: 33 332 repetitions of a heat–hold–cool
         * cycle. Every integral over the schedule visits each segment, ramps by quadrature: a million
         * breakpoints took 6–8 s per ∫D dt (measured on a loaded 2-core machine), this limit 0.3–0.9 s.
         */
        public static final int MAX_BREAKPOINTS = 100_000;
        /** Two boxed Doubles and their list slots while building, two doubles once built. */
        private static final double BYTES_PER_BREAKPOINT = 2 * (16 + 8) + 2 * 8;

        private final List<Double> t = new ArrayList<>();
        private final List<Double> temp = new ArrayList<>();

        private Builder(double temperature) {
            Checks.positive(temperature, "start temperature", "K");
            t.add(0.0);
            temp.add(temperature);
        }

        private double now() {
            return t.get(t.size() - 1);
        }

        private double current() {
            return temp.get(temp.size() - 1);
        }

        /**
         * A linear ramp (heating or cooling) at a given rate.
         *
         * @param temperature target T, K (&gt; 0, ≠ current)
         * @param rate |dT/dt|, K/s (&gt; 0; 5 K/min is 5/60 K/s)
         * @return this builder
         */
        public Builder rampTo(double temperature, double rate) {
            Checks.positive(temperature, "ramp target temperature", "K");
            Checks.positive(rate, "ramp rate", "K/s");
            double dT = Math.abs(temperature - current());
            if (dT == 0) {
                throw new IllegalArgumentException("ramp target equals the current temperature " + current()
                        + " K; use hold()");
            }
            return add(dT / rate, temperature);
        }

        /**
         * A linear ramp taking a given time.
         *
         * @param temperature target T, K (&gt; 0)
         * @param duration ramp time, s (&gt; 0)
         * @return this builder
         */
        public Builder rampToIn(double temperature, double duration) {
            Checks.positive(temperature, "ramp target temperature", "K");
            Checks.positive(duration, "ramp duration", "s");
            return add(duration, temperature);
        }

        /**
         * @param duration hold time at the current temperature, s (&gt; 0)
         * @return this builder
         */
        public Builder hold(double duration) {
            Checks.positive(duration, "hold duration", "s");
            return add(duration, current());
        }

        /**
         * A cooling ramp; the same as {@link #rampTo} but checks that the target is lower.
         *
         * @param temperature target T, K (&gt; 0, &lt; current)
         * @param rate cooling rate, K/s (&gt; 0)
         * @return this builder
         */
        public Builder coolTo(double temperature, double rate) {
            if (!(temperature < current())) {
                throw new IllegalArgumentException("cooling target must be < the current " + current() + " K, was "
                        + temperature + " K");
            }
            return rampTo(temperature, rate);
        }

        /**
         * Repeats everything added so far {@code count} more times (thermal cycles). The program must
         * end at its start temperature so that the cycles join without a jump.
         *
         * <p>The cycles are unrolled into breakpoints, so the schedule may hold at most
         * {@value #MAX_BREAKPOINTS} of them: {@code count} ≤ ({@value #MAX_BREAKPOINTS} − b)/(b − 1) for a
         * program of b breakpoints so far (e.g. 33 332 repetitions of a heat–hold–cool cycle).
         *
         * @param count additional repetitions (&ge; 1, and within the breakpoint limit above)
         * @return this builder
         * @throws IllegalArgumentException if count is below 1 or the unrolled schedule would exceed
         *     {@value #MAX_BREAKPOINTS} breakpoints, if nothing was added yet, or if the program does
         *     not end at its start temperature
         */
        public Builder repeat(int count) {
            Checks.positive(count, "repeat count");
            if (t.size() < 2) {
                throw new IllegalArgumentException("nothing to repeat: add a segment first");
            }
            // counted in long before anything is added: 2³¹ − 1 cycles would otherwise fill the heap
            // (two boxed Doubles per breakpoint) and every later ∫q dt would walk each segment
            long breakpoints = t.size() + (long) count * (t.size() - 1);
            if (breakpoints > MAX_BREAKPOINTS) {
                long most = (MAX_BREAKPOINTS - t.size()) / (t.size() - 1);
                throw new IllegalArgumentException("repeat count must be <= " + most + " for this program of "
                        + (t.size() - 1) + " segment(s), was " + count + ": it would unroll into " + breakpoints
                        + " breakpoints (about " + Math.round(breakpoints * BYTES_PER_BREAKPOINT / 1e6)
                        + " MB, and every integral over the schedule visits each segment); a schedule holds at most "
                        + MAX_BREAKPOINTS + " breakpoints");
            }
            if (Math.abs(current() - temp.get(0)) > 1e-9 * temp.get(0)) {
                throw new IllegalArgumentException("a repeated cycle must end at its start temperature " + temp.get(0)
                        + " K, ends at " + current() + " K");
            }
            int n = t.size();
            double period = now();
            for (int r = 1; r <= count; r++) {
                for (int k = 1; k < n; k++) {
                    t.add(r * period + t.get(k));
                    temp.add(temp.get(k));
                }
            }
            return this;
        }

        private Builder add(double duration, double temperature) {
            t.add(now() + duration);
            temp.add(temperature);
            return this;
        }

        /** @return the schedule (at least one segment) */
        public ThermalSchedule build() {
            if (t.size() < 2) {
                throw new IllegalStateException("a schedule needs at least one segment");
            }
            return of(t.stream().mapToDouble(Double::doubleValue).toArray(),
                    temp.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
