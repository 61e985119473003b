package org.interphase.diffusion;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;

/**
 * Kinetic data to which {@link ArrheniusFitter} fits an Arrhenius law q(T) = A·exp(−Ea/(k_B·T)):
 * <ul>
 *   <li>{@link Rates}: a quantity q measured at several temperatures (e.g. D in m²/s), residuals in
 *       ln q;</li>
 *   <li>{@link Growth}: parabolic layer thicknesses after thermal schedules (isothermal anneals or
 *       ramps), x = √(x0² + 2k0·∫exp(−Ea/k_B T)dt), residuals relative to the measured thickness.</li>
 * </ul>
 * Immutable; validated when built.
 */
public sealed interface ArrheniusFitProblem {

    /** @return the number of data points */
    int points();

    /**
     * @param temperatures T_i, K (&gt; 0, at least 2 distinct)
     * @param values q_i (&gt; 0, finite), e.g. D in m²/s; same length
     * @return the problem
     */
    static Rates rates(double[] temperatures, double[] values) {
        return new Rates(temperatures, values);
    }

    /**
     * @param schedules the thermal history of each sample (peaks at 2 or more temperatures)
     * @param thicknesses measured layer thickness after each schedule, m (&gt; initialThickness)
     * @param initialThickness x0 common to all samples, m (&ge; 0)
     * @return the problem
     */
    static Growth parabolicGrowth(List<ThermalSchedule> schedules, double[] thicknesses,
            double initialThickness) {
        return new Growth(schedules, thicknesses, initialThickness);
    }

    /**
     * A quantity measured at several temperatures.
     *
     * @param temperatures T_i, K (&gt; 0, at least 2 distinct)
     * @param values q_i (&gt; 0, finite), same length
     */
    record Rates(double[] temperatures, double[] values) implements ArrheniusFitProblem {

        /**
         * Validates and copies.
         *
         * @param temperatures T_i, K (&gt; 0, at least 2 distinct)
         * @param values q_i (&gt; 0, finite), same length
         */
        public Rates {
            Checks.allFinite(temperatures, "temperatures", "K");
            Checks.allFinite(values, "values", "");
            Checks.sameLength(temperatures, "temperatures", values, "values");
            for (int i = 0; i < temperatures.length; i++) {
                Checks.positive(temperatures[i], "temperatures[" + i + "]", "K");
                Checks.positive(values[i], "values[" + i + "]", "");
            }
            if (Arrays.stream(temperatures).distinct().count() < 2) {
                throw new IllegalArgumentException("temperatures must hold at least 2 distinct values for an Arrhenius"
                        + " fit, were " + Arrays.toString(temperatures) + " K");
            }
            temperatures = temperatures.clone();
            values = values.clone();
        }

        /** @return a copy of the temperatures, K */
        @Override
        public double[] temperatures() {
            return temperatures.clone();
        }

        /** @return a copy of the values */
        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public int points() {
            return temperatures.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Rates r && Arrays.equals(temperatures, r.temperatures) && Arrays.equals(values, r.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(temperatures) + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ArrheniusFitProblem.Rates[%d points, %s … %s K]", points(),
                    Text.number(Arrays.stream(temperatures).min().orElseThrow()),
                    Text.number(Arrays.stream(temperatures).max().orElseThrow()));
        }
    }

    /**
     * Thicknesses of a parabolically growing layer after thermal schedules.
     *
     * @param schedules the thermal history of each sample (peaks at 2 or more temperatures)
     * @param thicknesses measured thickness after each schedule, m (&gt; initialThickness), one per schedule
     * @param initialThickness x0 common to all samples, m (&ge; 0)
     */
    record Growth(List<ThermalSchedule> schedules, double[] thicknesses, double initialThickness)
            implements ArrheniusFitProblem {

        /**
         * Validates and copies.
         *
         * @param schedules the thermal history of each sample (peaks at 2 or more temperatures)
         * @param thicknesses measured thickness after each schedule, m (&gt; initialThickness), one per schedule
         * @param initialThickness x0 common to all samples, m (&ge; 0)
         */
        public Growth {
            Objects.requireNonNull(schedules, "schedules");
            for (int i = 0; i < schedules.size(); i++) {
                Objects.requireNonNull(schedules.get(i), "schedules[" + i + "]");
            }
            Checks.allFinite(thicknesses, "thicknesses", "m");
            Checks.nonNegative(initialThickness, "initial thickness", "m");
            if (schedules.size() != thicknesses.length) {
                throw new IllegalArgumentException("thicknesses must hold one value per schedule: " + schedules.size()
                        + " schedules, " + thicknesses.length + " thicknesses");
            }
            for (int i = 0; i < thicknesses.length; i++) {
                if (!(thicknesses[i] > initialThickness)) {
                    throw new IllegalArgumentException("thicknesses[" + i + "] must exceed the initial thickness "
                            + initialThickness + " m, was " + thicknesses[i] + " m");
                }
            }
            if (schedules.stream().mapToDouble(ThermalSchedule::maxTemperature).distinct().count() < 2) {
                throw new IllegalArgumentException("schedules must peak at 2 or more temperatures for a growth fit;"
                        + " all " + schedules.size() + " peak at " + schedules.get(0).maxTemperature() + " K");
            }
            schedules = List.copyOf(schedules);
            thicknesses = thicknesses.clone();
        }

        /** @return a copy of the measured thicknesses, m */
        @Override
        public double[] thicknesses() {
            return thicknesses.clone();
        }

        @Override
        public int points() {
            return thicknesses.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Growth g && schedules.equals(g.schedules)
                    && Arrays.equals(thicknesses, g.thicknesses) && initialThickness == g.initialThickness;
        }

        @Override
        public int hashCode() {
            return Objects.hash(schedules, Arrays.hashCode(thicknesses), initialThickness);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ArrheniusFitProblem.Growth[%d samples, x0 = %s m]", points(),
                    Text.number(initialThickness));
        }
    }
}
