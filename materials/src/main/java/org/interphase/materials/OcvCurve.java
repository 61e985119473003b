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
     * @param voltage V(x), V vs Li/Li⁺
     * @param xMin smallest stoichiometry where the fit holds
     * @param xMax largest stoichiometry where the fit holds (&gt; xMin)
     * @param source the publication of the fit
     * @param note e.g. the electrode and the measurement
     * @return the curve
     */
    public static OcvCurve function(DoubleUnaryOperator voltage, double xMin, double xMax, Source source, String note) {
        Objects.requireNonNull(voltage, "voltage function");
        Checks.finite(xMin, "xMin", "");
        Checks.finite(xMax, "xMax", "");
        if (!(xMax > xMin)) {
            throw new IllegalArgumentException("xMax must be > xMin, were " + xMin + " and " + xMax);
        }
        return new OcvCurve(voltage, xMin, xMax, source, note, null, null);
    }

    /**
     * An OCV curve from a table, interpolated linearly.
     *
     * @param x stoichiometries, strictly increasing (at least two)
     * @param voltage V(x), V vs Li/Li⁺
     * @param source where the table comes from
     * @param note remarks
     * @return the curve
     */
    public static OcvCurve table(double[] x, double[] voltage, Source source, String note) {
        Checks.strictlyIncreasing(x, "x", "");
        Checks.allFinite(voltage, "voltage", "V");
        Checks.sameLength(x, "x", voltage, "voltage");
        if (x.length < 2) {
            throw new IllegalArgumentException("an OCV table needs at least 2 points, had " + x.length);
        }
        double[] xs = x.clone();
        double[] vs = voltage.clone();
        DoubleUnaryOperator f = s -> interpolate(xs, vs, s);
        return new OcvCurve(f, xs[0], xs[xs.length - 1], source, note, xs, vs);
    }

    private static double interpolate(double[] x, double[] v, double s) {
        int i = Arrays.binarySearch(x, s);
        if (i >= 0) {
            return v[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (s - x[lo]) / (x[hi] - x[lo]);
        return v[lo] + t * (v[hi] - v[lo]);
    }

    /**
     * @param x Li stoichiometry, in [{@link #xMin()}, {@link #xMax()}]
     * @return the open-circuit voltage, V vs Li/Li⁺
     */
    public double voltage(double x) {
        Checks.inClosedRange(x, xMin, xMax, "Li stoichiometry x", "");
        double v = function.applyAsDouble(x);
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("OCV fit returned " + v + " V at x = " + x);
        }
        return v;
    }

    /**
     * Voltage at a cathode state of charge: SOC 0 is the lithiated end x = xMax, SOC 1 the
     * delithiated end x = xMin of the curve's range.
     *
     * @param stateOfCharge in [0, 1]
     * @return V, vs Li/Li⁺
     */
    public double voltageAtStateOfCharge(double stateOfCharge) {
        Checks.inClosedRange(stateOfCharge, 0, 1, "state of charge", "");
        return voltage(xMax - stateOfCharge * (xMax - xMin));
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

    /** @return whether the curve is a table (true) or a fit function (false) */
    public boolean isTable() {
        return tableX != null;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "OCV(x), x in [%.3g, %.3g]: %.3f V at x = %.3g, %.3f V at x = %.3g [%s]",
                xMin, xMax, voltage(xMax), xMax, voltage(xMin), xMin, source.shortCitation());
    }
}
