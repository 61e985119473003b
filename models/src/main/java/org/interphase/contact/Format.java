package org.interphase.contact;

import java.util.Locale;

/** Number formatting for the toString of results (package-private). */
final class Format {

    private Format() {}

    static String g(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
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
}
