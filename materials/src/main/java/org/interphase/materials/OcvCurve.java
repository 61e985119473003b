package org.interphase.materials;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Checks;
import org.interphase.core.LinearTable;

/**
 * Open-circuit voltage of an electrode against Li/Li⁺ as a function of its Li stoichiometry x
 * (x in Li_xCoO2, Li_x(NiMnCo)O2, ...), V, with its source.
 *
 * <p>Either a published fit function (e.g. the LiCoO2 fit of Ramadass et al. 2004 used by PyBaMM)
 * or a table interpolated linearly ({@link LinearTable}). Defined on [xMin, xMax]; outside it {@link #voltage(double)}
 * throws rather than extrapolate.
 */
public final class OcvCurve {

    private final DoubleUnaryOperator function;
    private final double xMin;
    private final double xMax;
    private final Source source;
    private final String note;
    private final LinearTable table; // null for a function

    private OcvCurve(DoubleUnaryOperator function, double xMin, double xMax, Source source, String note,
                     LinearTable table) {
        this.function = function;
        this.xMin = xMin;
        this.xMax = xMax;
        this.source = Objects.requireNonNull(source, "OCV curve source");
        this.note = note == null ? "" : note.strip();
        this.table = table;
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
        return new OcvCurve(voltage, xMin, xMax, source, note, null);
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
        // LinearTable copies the arrays and stores −0.0 as 0.0, the stoichiometry a query of −0.0 finds
        LinearTable t = LinearTable.of(x, voltage).withAbscissa("Li stoichiometry x", "");
        return new OcvCurve(t::valueAt, t.xMin(), t.xMax(), source, note, t);
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
        return table == null ? new double[0] : table.x();
    }

    /** @return the table's voltages, V (a copy), or an empty array for a fit function */
    double[] tableV() {
        return table == null ? new double[0] : table.y();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        // two tables are equal when their points, source and note are; fit functions only to themselves
        return o instanceof OcvCurve c && table != null && table.equals(c.table) && source.equals(c.source)
                && note.equals(c.note);
    }

    @Override
    public int hashCode() {
        return table == null ? System.identityHashCode(this) : Objects.hash(table, source, note);
    }

    /** @return whether the curve is a table (true) or a fit function (false) */
    public boolean isTable() {
        return table != null;
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
