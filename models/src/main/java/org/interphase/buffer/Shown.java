package org.interphase.buffer;

import org.interphase.core.Display;

/**
 * Formats lengths and area-specific resistances for descriptions and messages in the units people
 * read (nm, Ω·cm²), without a {@link org.interphase.core.Units} conversion that throws on overflow:
 * an accepted value (any finite positive decay length, say 1e300 m) must never make its own
 * description fail. The numbers come from the library's one display helper, {@link Display}, so the
 * text is the same under every default locale.
 */
final class Shown {

    private Shown() {}

    /**
     * @param metres a length, m (finite)
     * @param digits significant digits (&ge; 1)
     * @return e.g. {@code "5 nm"}, {@code "1.2 µm"}; lengths above 1 m in m without a prefix
     *     ({@code "1e300 m"}), where a prefix would only make them less readable
     */
    static String length(double metres, int digits) {
        return Math.abs(metres) <= 1 ? Display.quantity(metres, "m", digits) : Display.number(metres, digits) + " m";
    }

    /**
     * @param ohmM2 an area-specific resistance, Ω·m² (finite)
     * @param digits significant digits (&ge; 1)
     * @return in Ω·cm² with an SI prefix where it reads better ({@code "12.3 Ω·cm²"}, {@code "45 mΩ·cm²"}),
     *     without a prefix beyond the prefixes' range, and in Ω·m² where Ω·cm² would overflow a double
     */
    static String resistance(double ohmM2, int digits) {
        double ohmCm2 = ohmM2 * 1e4;
        if (!Double.isFinite(ohmCm2)) {
            return Display.number(ohmM2, digits) + " Ω·m²";
        }
        double a = Math.abs(ohmCm2);
        return a == 0 || (a >= 1e-18 && a < 1e21) ? Display.quantity(ohmCm2, "Ω·cm²", digits)
                : Display.number(ohmCm2, digits) + " Ω·cm²";
    }
}
