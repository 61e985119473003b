package org.interphase.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A table y(x) on strictly increasing nodes, interpolated linearly between them: the one linear-table
 * interpolator of the library (OCV curves, temperature tables, sampled profiles).
 *
 * <p>y(x) = y_k + (x − x_k)·(y_{k+1} − y_k)/(x_{k+1} − x_k) for x_k &le; x &le; x_{k+1}; the segment is
 * found by binary search (O(log n)). A query at a node returns that node's y exactly. −0.0 and 0.0 are
 * the same abscissa (Java's {@link Arrays#binarySearch(double[], double)} orders −0.0 below 0.0, so both
 * the nodes and the queries are normalized).
 *
 * <p>Outside [x_0, x_{n−1}] the {@link Extrapolation} policy decides, explicitly: {@link Extrapolation#THROW}
 * (the default) refuses with an {@link IllegalArgumentException} that names the range,
 * {@link Extrapolation#CLAMP} returns the end value, {@link Extrapolation#LINEAR} extends the end segment.
 * A NaN or infinite query is always refused.
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 */
public final class LinearTable {

    /** What a query outside [x_0, x_{n−1}] gets. */
    public enum Extrapolation {
        /** An {@link IllegalArgumentException} naming the table's range (default). */
        THROW,
        /** The value at the nearer end: y_0 below the table, y_{n−1} above it. */
        CLAMP,
        /** The end segment extended as a straight line. */
        LINEAR
    }

    private final double[] x;
    private final double[] y;
    private final Extrapolation extrapolation;
    private final String name;
    private final String unit;

    private LinearTable(double[] x, double[] y, Extrapolation extrapolation, String name, String unit) {
        this.x = x;
        this.y = y;
        this.extrapolation = extrapolation;
        this.name = name;
        this.unit = unit;
    }

    /**
     * A table that refuses queries outside its nodes ({@link Extrapolation#THROW}).
     *
     * @param x the nodes, in the unit of x: finite, strictly increasing, at least 2, x_{n−1} − x_0 finite
     * @param y the values at the nodes, in the unit of y: finite, same length, max − min finite
     * @return the table (the arrays are copied)
     * @throws IllegalArgumentException if an array is null, shorter than 2, of a different length, holds a
     *     non-finite element or is not strictly increasing (the message gives the index), or a span
     *     overflows the double range
     */
    public static LinearTable of(double[] x, double[] y) {
        Checks.strictlyIncreasing(x, "x", "");
        Checks.allFinite(y, "y", "");
        Checks.sameLength(x, "x", y, "y");
        if (x.length < 2) {
            throw new IllegalArgumentException("a linear table needs at least 2 nodes, had " + x.length);
        }
        double[] xs = x.clone();
        for (int i = 0; i < xs.length; i++) {
            xs[i] += 0.0; // −0.0 becomes 0.0, so that binarySearch finds a query of 0.0 or −0.0 at this node
        }
        if (!Double.isFinite(xs[xs.length - 1] - xs[0])) {
            throw new IllegalArgumentException("the span of x, " + xs[xs.length - 1] + " − (" + xs[0]
                    + "), overflows the double range; rescale x");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException("the span of y, " + hi + " − (" + lo
                    + "), overflows the double range; rescale y");
        }
        return new LinearTable(xs, y.clone(), Extrapolation.THROW, "x", "");
    }

    /**
     * @param policy what a query outside the nodes gets (not null)
     * @return a copy with that policy
     * @throws NullPointerException if {@code policy} is null
     */
    public LinearTable withExtrapolation(Extrapolation policy) {
        Checks.nonNull(policy, "extrapolation policy");
        return new LinearTable(x, y, policy, name, unit);
    }

    /**
     * A copy whose error messages call the abscissa by its name and unit, e.g.
     * {@code withAbscissa("Li stoichiometry x", "")} or {@code withAbscissa("temperature", "K")}.
     *
     * @param name the abscissa's name (not blank)
     * @param unit its unit; null or empty for dimensionless
     * @return a copy with that name
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public LinearTable withAbscissa(String name, String unit) {
        Checks.nonBlank(name, "abscissa name");
        return new LinearTable(x, y, extrapolation, name, unit == null ? "" : unit);
    }

    /**
     * The interpolated value.
     *
     * @param abscissa the abscissa, in the unit of x (finite; inside [{@link #xMin()}, {@link #xMax()}] unless
     *     the extrapolation policy allows otherwise)
     * @return y(abscissa), in the unit of y; exactly y_k at a node x_k
     * @throws IllegalArgumentException if {@code abscissa} is NaN or infinite, or outside the table under
     *     {@link Extrapolation#THROW}, or a linear extrapolation overflows the double range
     */
    public double valueAt(double abscissa) {
        if (!Double.isFinite(abscissa)) {
            throw new IllegalArgumentException(name + " must be a finite number" + inUnit() + ", was "
                    + abscissa + suffix());
        }
        double s = abscissa + 0.0;
        int n = x.length;
        if (s < x[0] || s > x[n - 1]) {
            switch (extrapolation) {
                case CLAMP:
                    return s < x[0] ? y[0] : y[n - 1];
                case LINEAR:
                    double v = s < x[0] ? segment(0, s) : segment(n - 2, s);
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("linear extrapolation to " + name + " = " + abscissa + suffix()
                                + " overflows the double range; the table covers [" + x[0] + ", " + x[n - 1] + "]"
                                + suffix());
                    }
                    return v;
                default:
                    throw new IllegalArgumentException(name + " must be in [" + x[0] + ", " + x[n - 1] + "]" + suffix()
                            + " (the table's range; choose an extrapolation policy to go beyond it), was " + abscissa
                            + suffix());
            }
        }
        int k = Arrays.binarySearch(x, s);
        if (k >= 0) {
            return y[k];
        }
        return segment(-k - 2, s);
    }

    /** Linear in the segment [x_i, x_{i+1}], evaluated at s (inside or, for extrapolation, beyond it). */
    private double segment(int i, double s) {
        double t = (s - x[i]) / (x[i + 1] - x[i]);
        return y[i] + t * (y[i + 1] - y[i]);
    }

    private String inUnit() {
        return unit.isEmpty() ? "" : " in " + unit;
    }

    private String suffix() {
        return unit.isEmpty() ? "" : " " + unit;
    }

    /** @return the number of nodes (&ge; 2) */
    public int size() {
        return x.length;
    }

    /** @return the first node x_0, in the unit of x */
    public double xMin() {
        return x[0];
    }

    /** @return the last node x_{n−1}, in the unit of x */
    public double xMax() {
        return x[x.length - 1];
    }

    /** @return a copy of the nodes, in the unit of x (−0.0 stored as 0.0) */
    public double[] x() {
        return x.clone();
    }

    /** @return a copy of the values at the nodes, in the unit of y */
    public double[] y() {
        return y.clone();
    }

    /** @return the extrapolation policy */
    public Extrapolation extrapolation() {
        return extrapolation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearTable t && Arrays.equals(x, t.x) && Arrays.equals(y, t.y)
                && extrapolation == t.extrapolation && name.equals(t.name) && unit.equals(t.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), Arrays.hashCode(y), extrapolation, name, unit);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LinearTable[%d nodes, %s in [%s, %s]%s, extrapolation %s]", x.length, name,
                x[0], x[x.length - 1], suffix(),
                extrapolation.name().toLowerCase(Locale.ROOT));
    }
}
