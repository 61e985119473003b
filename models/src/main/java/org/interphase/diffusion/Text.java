package org.interphase.diffusion;

import java.util.Locale;

/**
 * The one number formatter of the package's toString and messages: three significant digits
 * without trailing zeros, always with {@link Locale#ROOT} (a decimal point, never a comma, whatever
 * the default locale).
 */
final class Text {

    private Text() {}

    static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        if (Math.abs(v) >= 1e3 && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String text = String.format(Locale.ROOT, "%.3g", v);
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + text.substring(e);
    }
}
