package org.interphase.plots;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Tick labels: a few significant digits, never the 16-digit tails of binary fractions. */
final class Ticks {

    private Ticks() {}

    /**
     * Formats a tick value with at most 4 significant digits, plain between 10⁻³ and 10⁶ and in
     * e-notation outside, Locale.ROOT.
     */
    static String format(double v) {
        return format(v, 4);
    }

    /** Formats a value with at most {@code digits} significant digits (see {@link #format(double)}). */
    static String format(double v, int digits) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (v == 0 || Math.abs(v) < 1e-300) {
            return "0";
        }
        double a = Math.abs(v);
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits)).stripTrailingZeros();
        if (a >= 1e-3 && a < 1e6) {
            return d.toPlainString();
        }
        String s = String.format(Locale.ROOT, "%." + (digits - 1) + "e", d.doubleValue());
        String mantissa = s.substring(0, s.indexOf('e'));
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
        return mantissa + "e" + exponent;
    }
}
