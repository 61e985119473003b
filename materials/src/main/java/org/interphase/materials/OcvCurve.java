package org.interphase.materials;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Checks;

/**
 * Open-circuit voltage of an electrode against Li/Li⁺ as a function of its Li stoichiometry x
 * (x in Li_xCoO2, Li_x(NiMnCo)O2, ...), V, with its source.
 *
 * <p>Either a published fit function (e.g. the LiCoO2 fit of Ramadass et al. 2004 used by PyBaMM)
 * or a table interpolated linearly. Defined on [xMin, xMax]; outside it {@link #voltage(double)}
 * throws rather than extrapolate.
 */
public final class OcvCurve {

    private final DoubleUnaryOperator function;
    private final double xMin;
    private final double xMax;
    private final Source source;
    private final String note;
    private final double[] tableX; // null for a function
    private final double[] tableV;

    private OcvCurve(DoubleUnaryOperator function, double xMin, double xMax, Source source, String note,
                     double[] tableX, double[] tableV) {
        this.function = function;
        this.xMin = xMin;
        this.xMax = xMax;
        this.source = Objects.requireNonNull(source, "OCV curve source");
        this.note = note == null ? "" : note.strip();
        this.tableX = tableX;
        this.tableV = tableV;
    }

    /**
     * An OCV curve from a published fit function.
     *
     * @param voltage V(x), V vs Li/Li⁺ (not null; finite on [xMin, xMax])
     * @param xMin smallest stoichiometry where the fit holds, dimensionless (&ge; 0, finite)
     * @param xMax largest stoichiometry where the fit holds, dimensionless (&gt; xMin, finite)
     * @param source the publication of the fit (not null)
     * @param note e.g. the electrode and the measurement (null for none)
     * @return the curve
     * @throws NullPointerException if {@code voltage} or {@code source} is null
     * @throws IllegalArgumentException if the range is out of bounds
     */
    public static OcvCurve function(DoubleUnaryOperator voltage, double xMin, double xMax, Source source, String note) {
        Checks.nonNull(voltage, "voltage");
        Checks.nonNull(source, "source");
        Checks.nonNegative(xMin, "xMin", "");
        Checks.finite(xMax, "xMax", "");
        if (!(xMax > xMin)) {
            throw new IllegalArgumentException("xMax must be > xMin (" + xMin + "), was " + xMax);
        }
        return new OcvCurve(voltage, xMin, xMax, source, note, null, null);
    }

    /**
     * An OCV curve from a table, interpolated linearly.
     *
     * @param x stoichiometries, dimensionless, finite, &ge; 0, strictly increasing (at least two)
     * @param voltage V(x), V vs Li/Li⁺, finite, same length as {@code x}
     * @param source where the table comes from (not null)
     * @param note remarks (null for none)
     * @return the curve
     * @throws NullPointerException if {@code source} is null
     * @throws IllegalArgumentException if an array is null, too short, of a different length, or
     *     holds a bad element (the message gives its index)
     */
    public static OcvCurve table(double[] x, double[] voltage, Source source, String note) {
        Checks.strictlyIncreasing(x, "x", "");
        Checks.allNonNegative(x, "x", "");
        Checks.allFinite(voltage, "voltage", "V");
        Checks.sameLength(x, "x", voltage, "voltage");
        Checks.nonNull(source, "source");
        if (x.length < 2) {
            throw new IllegalArgumentException("an OCV table needs at least 2 points, had " + x.length);
        }
        double[] xs = x.clone();
        // −0.0 and 0.0 are the same stoichiometry, but Arrays.binarySearch orders −0.0 below 0.0
        xs[0] += 0.0;
        double[] vs = voltage.clone();
        DoubleUnaryOperator f = s -> interpolate(xs, vs, s);
        return new OcvCurve(f, xs[0], xs[xs.length - 1], source, note, xs, vs);
    }

    private static double interpolate(double[] x, double[] v, double s) {
        // +0.0: a query of −0.0 against a table starting at 0.0 would otherwise search below the table
        int i = Arrays.binarySearch(x, s + 0.0);
        if (i >= 0) {
            return v[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (s - x[lo]) / (x[hi] - x[lo]);
        return v[lo] + t * (v[hi] - v[lo]);
    }

    /**
     * @param x Li stoichiometry, dimensionless, in [{@link #xMin()}, {@link #xMax()}]
     * @return the open-circuit voltage, V vs Li/Li⁺
     * @throws IllegalArgumentException if x is not finite or outside the curve's range
     * @throws IllegalStateException if a fit function returns a non-finite voltage there
     */
    public double voltage(double x) {
        Checks.inClosedRange(x, xMin, xMax, "Li stoichiometry x", "");
        double v = function.applyAsDouble(x + 0.0);
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("OCV fit returned " + v + " V at x = " + x);
        }
        return v;
    }

    /**
     * Voltage at a cathode state of charge: SOC 0 is the lithiated end x = xMax, SOC 1 the
     * delithiated end x = xMin of the curve's range.
     *
     * @param stateOfCharge state of charge, dimensionless, in [0, 1]
     * @return V, vs Li/Li⁺
     * @throws IllegalArgumentException if the state of charge is not finite or outside [0, 1]
     */
    public double voltageAtStateOfCharge(double stateOfCharge) {
        Checks.inClosedRange(stateOfCharge, 0, 1, "state of charge", "");
        // clamped: xMax − 1·(xMax − xMin) may round one ulp below xMin
        return voltage(Math.max(xMin, xMax - stateOfCharge * (xMax - xMin)));
    }

    /** @return smallest stoichiometry of the curve */
    public double xMin() {
        return xMin;
    }

    /** @return largest stoichiometry of the curve */
    public double xMax() {
        return xMax;
    }

    /** @return the source of the fit or table */
    public Source source() {
        return source;
    }

    /** @return remarks, empty if none */
    public String note() {
        return note;
    }

    /** @return the table's stoichiometries (a copy), or an empty array for a fit function */
    double[] tableX() {
        return tableX == null ? new double[0] : tableX.clone();
    }

    /** @return the table's voltages, V (a copy), or an empty array for a fit function */
    double[] tableV() {
        return tableV == null ? new double[0] : tableV.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // two tables are equal when their points, source and note are; fit functions only to themselves
        return o instanceof OcvCurve c && tableX != null && c.tableX != null && java.util.Arrays.equals(tableX, c.tableX)
                && java.util.Arrays.equals(tableV, c.tableV) && source.equals(c.source) && note.equals(c.note);
    }

    @Override
    public int hashCode() {
        return tableX == null ? System.identityHashCode(this)
                : Objects.hash(java.util.Arrays.hashCode(tableX), java.util.Arrays.hashCode(tableV), source, note);
    }

    /** @return whether the curve is a table (true) or a fit function (false) */
    public boolean isTable() {
        return tableX != null;
    }

    @Override
    public String toString() {
        double vMax;
        double vMin;
        try {
            vMax = voltage(xMax);
            vMin = voltage(xMin);
        } catch (RuntimeException e) {
            // a broken fit function must not make printing fail
            return String.format(java.util.Locale.ROOT, "OCV(x), x in [%.3g, %.3g]: fit function fails (%s) [%s]",
                    xMin, xMax, e.getMessage(), source.shortCitation());
        }
        return String.format(java.util.Locale.ROOT, "OCV(x), x in [%.3g, %.3g]: %.3f V at x = %.3g, %.3f V at x = %.3g [%s]",
                xMin, xMax, vMax, xMax, vMin, xMin, source.shortCitation());
    }
}
