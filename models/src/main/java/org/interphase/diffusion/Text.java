package org.interphase.diffusion;

import java.util.Locale;

/** Number formatting for toString: three significant digits without trailing zeros. */
final class Text {

    private Text() {}

    static String number(double v) {
        String text = String.format(Locale.ROOT, "%.3g", v);
        if (text.contains(".") && !text.contains("e")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text;
    }
}
