package org.interphase.diffusion;

import java.util.Locale;

/** Number formatting for toString: three significant digits without trailing zeros. */
final class Text {

    private Text() {}

    static String number(double v) {
        if (Math.abs(v) >= 1e3 && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        String text = String.format(Locale.ROOT, "%.3g", v);
        if (text.contains(".") && !text.contains("e")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text;
    }
}
