package org.interphase.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable sampled field y(x): strictly increasing positions x and finite values y, each with
 * a name and a unit for printing and CSV export (e.g. x in m, φ in V).
 *
 * <p>Between samples the field is linear: {@link #valueAt} interpolates linearly and
 * {@link #integral} is the trapezoid rule, which is therefore exact on piecewise-linear data.
 * Thread-safe; accessors return copies.
 */
public final class Profile {

    private final double[] x;
    private final double[] y;
    private final String xName;
    private final String xUnit;
    private final String yName;
    private final String yUnit;
    /** The same samples as the one linear-table interpolator of the library, for {@link #valueAt}. */
    private final LinearTable table;

    private Profile(double[] x, double[] y, String xName, String xUnit, String yName, String yUnit) {
        this.x = x;
        this.y = y;
        this.table = LinearTable.of(x, y).withAbscissa("position " + xName, xUnit);
        this.xName = xName;
        this.xUnit = xUnit;
        this.yName = yName;
        this.yUnit = yUnit;
    }

    /**
     * A profile with default labels: x in m, y without a unit.
     *
     * @param x strictly increasing positions, m (at least 2)
     * @param y values, same length, finite
     * @return the profile (arrays are copied)
     */
    public static Profile of(double[] x, double[] y) {
        return of(x, y, "x", "m", "y", "");
    }

    /**
     * A labelled profile.
     *
     * @param x strictly increasing positions (at least 2), in {@code xUnit}
     * @param y values, same length, finite, in {@code yUnit}
     * @param xName name of the coordinate, e.g. {@code "x"} (not null)
     * @param xUnit unit of x, e.g. {@code "m"}; null or empty for dimensionless
     * @param yName name of the field, e.g. {@code "φ"} (not null)
     * @param yUnit unit of y, e.g. {@code "V"}; null or empty for dimensionless
     * @return the profile (arrays are copied)
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if an array is null or empty, the arrays differ in length or are shorter than 2,
     *     hold a non-finite element, or x is not strictly increasing
     */
    public static Profile of(double[] x, double[] y, String xName, String xUnit, String yName, String yUnit) {
        Checks.nonNull(xName, "xName");
        Checks.nonNull(yName, "yName");
        Checks.strictlyIncreasing(x, xName, xUnit);
        Checks.allFinite(y, yName, yUnit);
        Checks.sameLength(x, xName, y, yName);
        if (x.length < 2) {
            throw new IllegalArgumentException("a profile needs at least 2 points, was " + x.length);
        }
        double[] xs = x.clone();
        for (int i = 0; i < xs.length; i++) {
            xs[i] += 0.0; // −0.0 stored as 0.0, as the table does: x() and argmin() report the same node
        }
        return new Profile(xs, y.clone(), xName, orEmpty(xUnit), yName, orEmpty(yUnit));
    }

    /**
     * Samples a function on the nodes of a mesh.
     *
     * @param mesh the mesh, x in m
     * @param f the function
     * @param yName name of the field (not null)
     * @param yUnit unit of the field; null or empty for dimensionless
     * @return the profile
     */
    public static Profile sample(Mesh1D mesh, DoubleUnaryOperator f, String yName, String yUnit) {
        java.util.Objects.requireNonNull(mesh, "mesh");
        java.util.Objects.requireNonNull(f, "f");
        double[] xs = mesh.nodes();
        double[] ys = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            ys[i] = f.applyAsDouble(xs[i]);
        }
        return of(xs, ys, "x", "m", yName, yUnit);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** @return number of samples */
    public int size() {
        return x.length;
    }

    /**
     * @param i sample index, in [0, size − 1]
     * @return x_i
     * @throws IllegalArgumentException if the index is out of range
     */
    public double x(int i) {
        return x[checkIndex(i)];
    }

    /**
     * @param i sample index, in [0, size − 1]
     * @return y_i
     * @throws IllegalArgumentException if the index is out of range
     */
    public double y(int i) {
        return y[checkIndex(i)];
    }

    private int checkIndex(int i) {
        if (i < 0 || i >= x.length) {
            throw new IllegalArgumentException("sample index must be in [0, " + (x.length - 1) + "], was " + i);
        }
        return i;
    }

    /** @return a copy of the positions */
    public double[] xs() {
        return x.clone();
    }

    /** @return a copy of the values */
    public double[] ys() {
        return y.clone();
    }

    /** @return the name of the coordinate */
    public String xName() {
        return xName;
    }

    /** @return the unit of the coordinate */
    public String xUnit() {
        return xUnit;
    }

    /** @return the name of the field */
    public String yName() {
        return yName;
    }

    /** @return the unit of the field */
    public String yUnit() {
        return yUnit;
    }

    /** @return the first position */
    public double xMin() {
        return x[0];
    }

    /** @return the last position */
    public double xMax() {
        return x[x.length - 1];
    }

    /**
     * The value at a point by linear interpolation.
     *
     * @param at position, in the unit of x, within [xMin, xMax]
     * @return y(at)
     * @throws IllegalArgumentException if the position is not finite or outside the sampled range
     */
    public double valueAt(double at) {
        // "position x must be in [0.0, 7.0] m": the parameter and the coordinate it is a value of
        Checks.inClosedRange(at, x[0], x[x.length - 1], "position " + xName, xUnit);
        return table.valueAt(at);
    }

    /**
     * @return ∫y dx over the whole range by the trapezoid rule, in (unit of y)·(unit of x)
     * @throws IllegalArgumentException if the integral exceeds the double range (values and span
     *     near {@link Double#MAX_VALUE})
     */
    public double integral() {
        double s = 0;
        for (int i = 1; i < x.length; i++) {
            // halve before adding: y_i + y_(i−1) and x_i − x_(i−1) can overflow where the result does not
            s += (0.5 * y[i] + 0.5 * y[i - 1]) * (x[i] - x[i - 1]);
        }
        return Checks.finite(s, "integral of " + yName + " over " + xName, unitProduct());
    }

    private String unitProduct() {
        return yUnit.isEmpty() ? xUnit : xUnit.isEmpty() ? yUnit : yUnit + "·" + xUnit;
    }

    /** @return the smallest value */
    public double min() {
        return y[argminIndex()];
    }

    /** @return the largest value */
    public double max() {
        return y[argmaxIndex()];
    }

    /** @return the position of the smallest value (the first, if several) */
    public double argmin() {
        return x[argminIndex()];
    }

    /** @return the position of the largest value (the first, if several) */
    public double argmax() {
        return x[argmaxIndex()];
    }

    private int argminIndex() {
        int k = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] < y[k]) {
                k = i;
            }
        }
        return k;
    }

    private int argmaxIndex() {
        int k = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[k]) {
                k = i;
            }
        }
        return k;
    }

    /**
     * A new profile with f applied to every value.
     *
     * @param f the map; must return finite values
     * @param yName name of the new field (not null)
     * @param yUnit unit of the new field; null or empty for dimensionless
     * @return the mapped profile
     */
    public Profile map(DoubleUnaryOperator f, String yName, String yUnit) {
        java.util.Objects.requireNonNull(f, "f");
        double[] ys = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            ys[i] = f.applyAsDouble(y[i]);
        }
        return of(x, ys, xName, xUnit, yName, yUnit);
    }

    /**
     * The profile as CSV: a header {@code "x [m],phi [V]"} and one line per sample, full precision.
     *
     * @return the CSV text, lines ended by {@code \n}
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder(32 * x.length);
        sb.append(label(xName, xUnit)).append(',').append(label(yName, yUnit)).append('\n');
        for (int i = 0; i < x.length; i++) {
            sb.append(x[i]).append(',').append(y[i]).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@link #toCsv()} to a file (UTF-8), replacing it.
     *
     * @param file the file (not null)
     * @throws NullPointerException if the file is null
     * @throws UncheckedIOException if it cannot be written
     */
    public void writeCsv(Path file) {
        Checks.nonNull(file, "file");
        try {
            Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write profile to " + file, e);
        }
    }

    private static String label(String name, String unit) {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Profile[%s over %s: %d points, %s in [%.4g, %.4g]%s, %s in [%.4g, %.4g]%s]",
                yName, xName, x.length, xName, x[0], x[x.length - 1], unitSuffix(xUnit), yName, min(), max(),
                unitSuffix(yUnit));
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
