package org.interphase.contact;

import org.interphase.core.Display;

/**
 * Number formatting for the toString of results (delegating to the library's one display helper,
 * {@link Display}, so the text is the same under every default locale), and the package's checks that
 * a result from finite, in-range input is finite (package-private).
 */
final class Format {

    private Format() {}

    /** Four significant digits, locale-independent ({@link Display#number(double, int)}). */
    static String g(double value) {
        return Display.number(value, 4);
    }

    /** Three significant digits, locale-independent ({@link Display#number(double)}). */
    static String g3(double value) {
        return Display.number(value);
    }

    /** A quantity with four significant digits and the SI prefix that reads best ({@link Display#quantity}). */
    static String q(double value, String unit) {
        return Display.quantity(value, unit, 4);
    }

    /** "name = value unit" with the exact value (Double.toString is locale-independent). */
    static String arg(String name, double value, String unit) {
        return name + " = " + value + (unit.isEmpty() ? "" : " " + unit);
    }

    static String check(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " is not finite (" + value + "); this is a bug, please report it");
        }
        return what;
    }

    static double finite(double value, String what) {
        check(value, what);
        return value;
    }

    /**
     * A result that overflowed although every input was finite and in range: the inputs are out of the
     * range the double type can represent for this quantity, so the caller gets an
     * IllegalArgumentException that names them, never an infinity.
     *
     * @param value the result
     * @param what what the result is, e.g. "Barber constriction ASR"
     * @param inputs the inputs as "name = value unit" texts (see {@link #arg})
     * @return value, if finite
     */
    static double result(double value, String what, String... inputs) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is beyond the double range (" + value + ") for "
                    + String.join(", ", inputs) + "; these inputs are outside the range this model can represent");
        }
        return value;
    }
}
