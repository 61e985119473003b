package org.interphase.core;

/**
 * Argument checks whose messages name the parameter, its value, its unit and the allowed range,
 * e.g. {@code "coating thickness must be >= 0 m, was -1.0E-9 m"}.
 *
 * <p>Every check rejects NaN and infinities with the same kind of message, so a model that
 * validates its inputs here can never return a NaN that came from its arguments. Each method
 * returns the value it checked so that it can be used inline in a constructor.
 */
public final class Checks {

    private Checks() {}

    /**
     * Requires a finite value.
     *
     * @param value the value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value, e.g. {@code "m"}; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static double finite(double value, String name, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(
                    name + " must be a finite number" + inUnit(unit) + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires {@code value > 0}.
     *
     * @param value the value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range
     */
    public static double positive(double value, String name, String unit) {
        finite(value, name, unit);
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0" + space(unit) + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires {@code value >= 0}.
     *
     * @param value the value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range
     */
    public static double nonNegative(double value, String name, String unit) {
        finite(value, name, unit);
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0" + space(unit) + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires {@code value >= min}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range
     */
    public static double atLeast(double value, double min, String name, String unit) {
        finite(value, name, unit);
        if (!(value >= min)) {
            throw new IllegalArgumentException(
                    name + " must be >= " + min + space(unit) + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires {@code value <= max}.
     *
     * @param value the value
     * @param max the largest allowed value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range
     */
    public static double atMost(double value, double max, String name, String unit) {
        finite(value, name, unit);
        if (!(value <= max)) {
            throw new IllegalArgumentException(
                    name + " must be <= " + max + space(unit) + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range
     */
    public static double inClosedRange(double value, double min, double max, String name, String unit) {
        finite(value, name, unit);
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]" + space(unit)
                    + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires {@code min < value < max}.
     *
     * @param value the value
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @param name the parameter name as the user knows it
     * @param unit the unit of the value; empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range
     */
    public static double inOpenRange(double value, double min, double max, String name, String unit) {
        finite(value, name, unit);
        if (!(value > min && value < max)) {
            throw new IllegalArgumentException(name + " must be in (" + min + ", " + max + ")" + space(unit)
                    + ", was " + format(value, unit));
        }
        return value;
    }

    /**
     * Requires a positive count.
     *
     * @param value the count
     * @param name the parameter name
     * @return {@code value}
     */
    public static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
        return value;
    }

    /**
     * Requires {@code value >= min} for a count.
     *
     * @param value the count
     * @param min the smallest allowed value
     * @param name the parameter name
     * @return {@code value}
     */
    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /**
     * Requires every element of an array to be finite, and the array to be non-null and non-empty.
     *
     * @param values the array
     * @param name the parameter name
     * @param unit the unit of the elements
     * @return {@code values}
     */
    public static double[] allFinite(double[] values, String name, String unit) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be a finite number" + inUnit(unit)
                        + ", was " + format(values[i], unit));
            }
        }
        return values;
    }

    /**
     * Requires two arrays of the same length.
     *
     * @param a first array
     * @param nameA its name
     * @param b second array
     * @param nameB its name
     */
    public static void sameLength(double[] a, String nameA, double[] b, String nameB) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " and " + nameB + " must have the same length, were "
                    + a.length + " and " + b.length);
        }
    }

    /**
     * Requires a strictly increasing array (e.g. mesh nodes, sample times).
     *
     * @param values the array, already checked finite
     * @param name its name
     * @param unit the unit of the elements
     * @return {@code values}
     */
    public static double[] strictlyIncreasing(double[] values, String name, String unit) {
        allFinite(values, name, unit);
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new IllegalArgumentException(name + " must be strictly increasing, but " + name + "[" + i
                        + "] = " + format(values[i], unit) + " <= " + name + "[" + (i - 1) + "] = "
                        + format(values[i - 1], unit));
            }
        }
        return values;
    }

    private static String format(double value, String unit) {
        return value + space(unit);
    }

    private static String space(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }

    private static String inUnit(String unit) {
        return unit == null || unit.isEmpty() ? "" : " (in " + unit + ")";
    }
}
