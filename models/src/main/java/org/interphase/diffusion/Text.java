package org.interphase.diffusion;

import org.interphase.core.Display;

/**
 * The package's number formatter for toString and messages, delegating to the library's one display
 * helper, {@link Display}: three significant digits without trailing zeros, the same text under every
 * default locale.
 */
final class Text {

    private Text() {}

    /**
     * @param v the number (NaN and ±∞ print literally)
     * @return three significant digits; a number from 10³ to 10⁶ keeps all its integer digits (a
     *     temperature of 1073 K prints as "1073", not "1070")
     */
    static String number(double v) {
        double a = Math.abs(v);
        int digits = Double.isFinite(v) && a >= 1e3 && a < 1e6 ? (int) Math.floor(Math.log10(a)) + 1 : Display.DEFAULT_DIGITS;
        return Display.number(v, Math.max(Display.DEFAULT_DIGITS, digits));
    }
}
