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
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value, e.g. {@code "m"}; null or empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static double finite(double value, String name, String unit) {
        named(name);
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
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value; null or empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range, or a bound is not
     *     finite or the range is empty
     * @throws NullPointerException if {@code name} is null
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
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value; null or empty for dimensionless
     * @return {@code value}, with −0.0 returned as +0.0
     * @throws IllegalArgumentException if the value is not finite or out of range, or a bound is not
     *     finite or the range is empty
     * @throws NullPointerException if {@code name} is null
     */
    public static double nonNegative(double value, String name, String unit) {
        finite(value, name, unit);
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0" + space(unit) + ", was " + format(value, unit));
        }
        // −0.0 passes (it equals 0) but would turn 1/x into −∞ and flip sign tests downstream: return +0.0
        return value + 0.0;
    }

    /**
     * Requires {@code value >= min}.
     *
     * @param value the value
     * @param min the smallest allowed value (finite)
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value; null or empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range, or a bound is not
     *     finite or the range is empty
     * @throws NullPointerException if {@code name} is null
     */
    public static double atLeast(double value, double min, String name, String unit) {
        bound(min, "min", name);
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
     * @param max the largest allowed value (finite, &ge; min where both are given)
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value; null or empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range, or a bound is not
     *     finite or the range is empty
     * @throws NullPointerException if {@code name} is null
     */
    public static double atMost(double value, double max, String name, String unit) {
        bound(max, "max", name);
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
     * @param min the smallest allowed value (finite)
     * @param max the largest allowed value (finite, &ge; min where both are given)
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value; null or empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range, or a bound is not
     *     finite or the range is empty
     * @throws NullPointerException if {@code name} is null
     */
    public static double inClosedRange(double value, double min, double max, String name, String unit) {
        range(min, max, name);
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
     * @param min the smallest allowed value (finite)
     * @param max the largest allowed value (finite, &ge; min where both are given)
     * @param name the parameter name as the user knows it (not null)
     * @param unit the unit of the value; null or empty for dimensionless
     * @return {@code value}
     * @throws IllegalArgumentException if the value is not finite or out of range, or a bound is not
     *     finite or the range is empty
     * @throws NullPointerException if {@code name} is null
     */
    public static double inOpenRange(double value, double min, double max, String name, String unit) {
        range(min, max, name);
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
     * @param name the parameter name (not null)
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < 1}
     */
    public static int positive(int value, String name) {
        named(name);
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
     * @param name the parameter name (not null)
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < min}
     */
    public static int atLeast(int value, int min, String name) {
        named(name);
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    /**
     * Requires every element of an array to be finite, and the array to be non-null and non-empty.
     *
     * @param values the array
     * @param name the parameter name (not null)
     * @param unit the unit of the elements; null or empty for dimensionless
     * @return {@code values}
     * @throws IllegalArgumentException if the array is null or empty, or an element is not finite (the
     *     message gives the index of the first one)
     */
    public static double[] allFinite(double[] values, String name, String unit) {
        named(name);
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
     * Requires two arrays of the same length. Only the lengths are checked: the contents are left to
     * {@link #allFinite} and the like.
     *
     * @param a first array
     * @param aName its name (not null)
     * @param b second array
     * @param bName its name (not null)
     * @throws IllegalArgumentException if an array is null or the lengths differ
     */
    public static void sameLength(double[] a, String aName, double[] b, String bName) {
        named(aName);
        named(bName);
        if (a == null) {
            throw new IllegalArgumentException(aName + " must not be null");
        }
        if (b == null) {
            throw new IllegalArgumentException(bName + " must not be null");
        }
        if (a.length != b.length) {
            throw new IllegalArgumentException(aName + " and " + bName + " must have the same length, were "
                    + a.length + " and " + b.length);
        }
    }

    /**
     * Requires a strictly increasing array (e.g. mesh nodes, sample times).
     *
     * @param values the array (checked non-null, non-empty and finite here too)
     * @param name its name (not null)
     * @param unit the unit of the elements; null or empty for dimensionless
     * @return {@code values}
     * @throws IllegalArgumentException if the array is null, empty, holds a non-finite element or is
     *     not strictly increasing (the message gives the first offending index)
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

    /**
     * Requires a non-null reference.
     *
     * @param <T> the type of the reference
     * @param value the reference
     * @param name the parameter name as the user knows it (not null)
     * @return {@code value}
     * @throws NullPointerException with the message {@code "<name> must not be null"}, or if
     *     {@code name} is null
     */
    public static <T> T nonNull(T value, String name) {
        named(name);
        if (value == null) {
            throw new NullPointerException(name + " must not be null");
        }
        return value;
    }

    /**
     * Requires a string with at least one non-blank character.
     *
     * @param value the string
     * @param name the parameter name as the user knows it (not null)
     * @return {@code value}, unchanged
     * @throws NullPointerException if the string is null
     * @throws IllegalArgumentException if it is empty or blank
     */
    public static String nonBlank(String value, String name) {
        nonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
        }
        return value;
    }

    /**
     * Requires {@code min <= value <= max} for a count or an index.
     *
     * @param value the count
     * @param min the smallest allowed value
     * @param max the largest allowed value (&ge; min)
     * @param name the parameter name (not null)
     * @return {@code value}
     * @throws IllegalArgumentException if the count is out of range
     */
    public static int inClosedRange(int value, int min, int max, String name) {
        named(name);
        if (min > max) {
            throw new IllegalArgumentException("empty range for " + name + ": min (" + min + ") must be <= max ("
                    + max + ")");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /**
     * Requires a valid index into a sequence of {@code size} elements.
     *
     * @param index the index
     * @param size the number of elements (an empty sequence has no valid index)
     * @param name the parameter name, e.g. {@code "node index"}
     * @return {@code index}
     * @throws IllegalArgumentException if {@code index} is not in [0, size − 1]
     */
    public static int index(int index, int size, String name) {
        named(name);
        if (size <= 0) {
            throw new IllegalArgumentException(name + " = " + index + " is out of range: the sequence is empty (size "
                    + size + ")");
        }
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + (size - 1) + "], was " + index);
        }
        return index;
    }

    /**
     * Requires a non-null array of at least {@code minLength} finite elements.
     *
     * @param values the array
     * @param minLength the smallest allowed length (&ge; 1)
     * @param name the parameter name (not null)
     * @param unit the unit of the elements; null or empty for dimensionless
     * @return {@code values}
     * @throws IllegalArgumentException if the array is null, too short, or holds a non-finite element,
     *     or {@code minLength < 1}
     */
    public static double[] allFinite(double[] values, int minLength, String name, String unit) {
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength (for " + name + ") must be >= 1, was " + minLength);
        }
        allFinite(values, name, unit);
        if (values.length < minLength) {
            throw new IllegalArgumentException(name + " must hold at least " + minLength + " element"
                    + (minLength == 1 ? "" : "s") + ", had " + values.length);
        }
        return values;
    }

    /**
     * Requires a non-empty array whose elements are all finite and &gt; 0.
     *
     * @param values the array
     * @param name the parameter name (not null)
     * @param unit the unit of the elements; null or empty for dimensionless
     * @return {@code values}
     * @throws IllegalArgumentException naming the index and value of the first bad element
     */
    public static double[] allPositive(double[] values, String name, String unit) {
        allFinite(values, name, unit);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be > 0" + space(unit) + ", was "
                        + format(values[i], unit));
            }
        }
        return values;
    }

    /**
     * Requires a non-empty array whose elements are all finite and &ge; 0.
     *
     * @param values the array
     * @param name the parameter name (not null)
     * @param unit the unit of the elements; null or empty for dimensionless
     * @return {@code values}
     * @throws IllegalArgumentException naming the index and value of the first bad element
     */
    public static double[] allNonNegative(double[] values, String name, String unit) {
        allFinite(values, name, unit);
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be >= 0" + space(unit) + ", was "
                        + format(values[i], unit));
            }
        }
        return values;
    }

    /** The longest array the common JVMs allocate (a few header words below Integer.MAX_VALUE). */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    /**
     * Checks, before allocating, that {@code arrays} arrays of {@code length} elements of
     * {@code bytesPerElement} bytes each fit in a Java array and in the JVM's maximum heap
     * ({@code -Xmx}), and refuses with the estimate otherwise. Use it wherever a count the user
     * chose sizes an array, so a huge count is an error message and not an
     * {@code OutOfMemoryError} or a {@code NegativeArraySizeException}.
     *
     * @param length the number of elements of each array (a {@code long}, so that a product of
     *     counts can be passed before it overflows an {@code int})
     * @param arrays how many such arrays the operation needs at once (&ge; 1)
     * @param bytesPerElement bytes per element, e.g. 8 for {@code double} (&ge; 1)
     * @param what what is being built, e.g. {@code "mesh of 3000000000 cells"} (not null)
     * @return {@code length} as an {@code int}
     * @throws IllegalArgumentException if the length is negative, exceeds the largest Java array, or the
     *     estimate exceeds the maximum heap
     */
    public static int allocation(long length, int arrays, int bytesPerElement, String what) {
        nonNull(what, "what");
        atLeast(arrays, 1, "arrays");
        atLeast(bytesPerElement, 1, "bytesPerElement");
        if (length < 0) {
            throw new IllegalArgumentException(what + ": array length must be >= 0, was " + length);
        }
        if (length > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(what + " needs arrays of " + length + " elements, more than the largest"
                    + " Java array (" + MAX_ARRAY_LENGTH + ")");
        }
        double bytes = (double) length * Math.max(1, arrays) * Math.max(1, bytesPerElement);
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new IllegalArgumentException(what + " needs about " + bytesText(bytes) + " (" + Math.max(1, arrays)
                    + " array" + (arrays > 1 ? "s" : "") + " of " + length + " × " + bytesPerElement
                    + " bytes), more than the JVM's maximum heap of " + bytesText(heap) + " (-Xmx)");
        }
        return (int) length;
    }

    /**
     * Requires a computed result to be finite: the check that finite, in-range input did not
     * overflow (or give NaN) on the way. Use it on results whose inputs are valid one by one but
     * not together, e.g. a unit conversion of 1e300 or an exponential of a large argument.
     *
     * @param result the computed value
     * @param what what the result is, with its unit, e.g. {@code "creep strain rate (1/s)"} (not null)
     * @param inputs the inputs it was computed from, with units, e.g. {@code "stress = 1.0E300 Pa"} (not null)
     * @param hint what the user can change (the allowed range of the inputs, where known); null or
     *     empty for none
     * @return {@code result}
     * @throws IllegalArgumentException if the result is NaN or infinite
     */
    public static double finiteResult(double result, String what, String inputs, String hint) {
        nonNull(what, "what");
        nonNull(inputs, "inputs");
        if (!Double.isFinite(result)) {
            throw new IllegalArgumentException(what + " is not a finite number (result " + result + ") for " + inputs
                    + (result != result ? "" : ": it overflows the double range (|x| > " + Double.MAX_VALUE + ")")
                    + (hint == null || hint.isEmpty() ? "" : "; " + hint));
        }
        return result;
    }

    /** The parameter name is what every message is about: a null one is a programming error. */
    private static void named(String name) {
        if (name == null) {
            throw new NullPointerException("name (the parameter name for the message) must not be null");
        }
    }

    private static void bound(double bound, String which, String name) {
        named(name);
        if (!Double.isFinite(bound)) {
            throw new IllegalArgumentException(which + " (the bound for " + name + ") must be a finite number, was "
                    + bound + "; use atLeast, atMost or positive for an open end");
        }
    }

    private static void range(double min, double max, String name) {
        bound(min, "min", name);
        bound(max, "max", name);
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty range for " + name + ": min (" + min + ") must be <= max ("
                    + max + ")");
        }
    }

    private static String bytesText(double bytes) {
        if (bytes >= 1e9) {
            return String.format(java.util.Locale.ROOT, "%.3g GB", bytes / 1e9);
        }
        if (bytes >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.3g MB", bytes / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%.0f bytes", bytes);
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
