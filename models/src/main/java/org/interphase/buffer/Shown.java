package org.interphase.buffer;

import java.util.Locale;

/**
 * Formats lengths and area-specific resistances for descriptions and messages in the units people
 * read (nm, Ω·cm²), without a {@link org.interphase.core.Units} conversion that throws on overflow:
 * an accepted value (any finite positive decay length, say 1e300 m) must never make its own
 * description fail. Always {@link Locale#ROOT}.
 */
final class Shown {

    private Shown() {}

    /**
     * @param metres a length, m (finite)
     * @param digits significant digits (&ge; 1)
     * @return e.g. {@code "5.00 nm"}; lengths above 1 m in m ({@code "1.00e+300 m"}), where nm would
     *     only be unreadable (and, beyond 1.8e299 m, overflow)
     */
    static String length(double metres, int digits) {
        return Math.abs(metres) <= 1 ? String.format(Locale.ROOT, "%." + digits + "g nm", metres * 1e9)
                : String.format(Locale.ROOT, "%." + digits + "g m", metres);
    }

    /**
     * @param ohmM2 an area-specific resistance, Ω·m² (finite)
     * @param digits significant digits (&ge; 1)
     * @return in Ω·cm² ({@code "12.3 Ω·cm²"}), or in Ω·m² where Ω·cm² would overflow a double
     */
    static String resistance(double ohmM2, int digits) {
        double ohmCm2 = ohmM2 * 1e4;
        return Double.isFinite(ohmCm2) ? String.format(Locale.ROOT, "%." + digits + "g Ω·cm²", ohmCm2)
                : String.format(Locale.ROOT, "%." + digits + "g Ω·m²", ohmM2);
    }
}
