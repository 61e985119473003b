package org.interphase.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Measured values q(T_i) at increasing temperatures, interpolated as a piecewise Arrhenius law: a
 * {@link TemperatureLaw} valid from the first to the last temperature of the table.
 *
 * <p>Between neighbouring points T_i &lt; T &lt; T_(i+1), ln q is linear in 1/T,
 * <pre>
 *   ln q(T) = ln q_i + (ln q_(i+1) − ln q_i)·(1/T − 1/T_i)/(1/T_(i+1) − 1/T_i),
 * </pre>
 * which is exact for data that follow one Arrhenius law and is the straight line a reader draws
 * between two points of an Arrhenius plot. At a table point the law returns the tabulated value
 * exactly. Outside [T_1, T_n] the table is not extrapolated: {@link #valueAt} refuses, because the
 * slope beyond the data (a VTF curvature, a phase transition, a change of mechanism) is not known.
 *
 * <p>Immutable: the arrays are copied in and out.
 */
public final class TemperatureTable implements TemperatureLaw {

    private final double[] temperatures;
    private final double[] values;
    /**
     * ln q against −1/T, the library's one linear-table interpolator. −1/T rather than 1/T: it increases
     * with T, so the nodes keep the table's order, and negation is exact, so the weight
     * (−1/T + 1/T_i)/(−1/T_(i+1) + 1/T_i) is bit for bit the one of the formula above.
     */
    private final LinearTable logTable;

    private TemperatureTable(double[] temperatures, double[] values) {
        this.temperatures = temperatures;
        this.values = values;
        double[] minusInverse = new double[temperatures.length];
        double[] logValues = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            minusInverse[i] = -1 / temperatures[i];
            logValues[i] = Math.log(values[i]);
        }
        this.logTable = LinearTable.of(minusInverse, logValues).withAbscissa("−1/T", "1/K");
    }

    /**
     * A table of measured values.
     *
     * @param temperatures T_i, K (at least 2, finite, &gt; 0, strictly increasing)
     * @param values q(T_i), in the unit of q (finite, &gt; 0; same length)
     * @return the law
     * @throws IllegalArgumentException if an array is null, too short, of different lengths, or holds
     *     a value out of range (the message names the entry)
     */
    public static TemperatureTable of(double[] temperatures, double[] values) {
        if (temperatures == null || values == null) {
            throw new IllegalArgumentException("temperatures and values of a temperature table must not be null");
        }
        Checks.strictlyIncreasing(temperatures, "table temperatures", "K");
        Checks.sameLength(temperatures, "table temperatures", values, "table values");
        if (temperatures.length < 2) {
            throw new IllegalArgumentException("a temperature table needs at least 2 points, was "
                    + temperatures.length + " (a value at one temperature is a SinglePoint)");
        }
        Checks.positive(temperatures[0], "table temperatures[0]", "K");
        for (int i = 0; i < values.length; i++) {
            Checks.positive(values[i], "table values[" + i + "]", "");
        }
        for (int i = 1; i < temperatures.length; i++) {
            if (!(1 / temperatures[i] < 1 / temperatures[i - 1])) {
                throw new IllegalArgumentException("table temperatures[" + (i - 1) + "] = " + temperatures[i - 1]
                        + " K and [" + i + "] = " + temperatures[i] + " K are too close: their 1/T are the same double,"
                        + " so ln q cannot be interpolated in 1/T between them; drop one");
            }
        }
        return new TemperatureTable(temperatures.clone(), values.clone());
    }

    /** @return T_i, K (a copy) */
    public double[] temperatures() {
        return temperatures.clone();
    }

    /** @return q(T_i) (a copy) */
    public double[] values() {
        return values.clone();
    }

    /** @return the number of points (&ge; 2) */
    public int size() {
        return temperatures.length;
    }

    /**
     * The interpolated value.
     *
     * @param temperature T, K (in [T_1, T_n])
     * @return q(T): the tabulated value at a table point, piecewise Arrhenius between points
     * @throws IllegalArgumentException if T is not finite, not positive, or outside the table
     */
    @Override
    public double valueAt(double temperature) {
        TemperatureLaw.requireCovered(this, temperature);
        // the tabulated value itself at a table point: exp(ln q_i) may differ from q_i in the last bit
        int k = Arrays.binarySearch(temperatures, temperature);
        if (k >= 0) {
            return values[k];
        }
        return Math.exp(logTable.valueAt(-1 / temperature));
    }

    /** @return T_1, K (included) */
    @Override
    public double lowestTemperature() {
        return temperatures[0];
    }

    /** @return T_n, K (included; always present: a table is bounded) */
    @Override
    public OptionalDouble highestTemperature() {
        return OptionalDouble.of(temperatures[temperatures.length - 1]);
    }

    /**
     * @param temperature T, K (any value; NaN and infinities are never covered)
     * @return true for T_1 &le; T &le; T_n
     */
    @Override
    public boolean covers(double temperature) {
        return temperature >= temperatures[0] && temperature <= temperatures[temperatures.length - 1];
    }

    /** @return e.g. {@code "in [300.0 K, 360.0 K] (the range of the table; it is not extrapolated)"} */
    @Override
    public String validity() {
        return "in [" + lowestTemperature() + " K, " + temperatures[temperatures.length - 1]
                + " K] (the range of the table; it is not extrapolated)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemperatureTable t && Arrays.equals(t.temperatures, temperatures)
                && Arrays.equals(t.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(temperatures) + Arrays.hashCode(values);
    }

    /** @return e.g. {@code "TemperatureTable[3 points, 300.0–360.0 K, q = 1.000e-04 … 1.000e-03]"} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TemperatureTable[%d points, %s–%s K, q = %.4g … %.4g]", size(),
                temperatures[0], temperatures[size() - 1], values[0], values[size() - 1]);
    }
}
