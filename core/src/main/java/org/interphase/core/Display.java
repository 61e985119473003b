package org.interphase.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The library's one display helper for numbers that users read (toString, reports, messages): the
 * same text under every default locale ({@code Locale.ROOT} rules: '.' as decimal separator, no
 * grouping), a chosen number of significant digits, and engineering SI prefixes where the unit takes
 * them.
 *
 * <pre>
 * Display.quantity(5.3125e-11, "F/cm²")  → "53.1 pF/cm²"
 * Display.quantity(4.6e-9, "m")          → "4.6 nm"
 * Display.quantity(1234.5, "Ω·cm²")      → "1.23 kΩ·cm²"
 * Display.quantity(2.0e-3, "S/cm", 2)    → "2 mS/cm"
 * Display.quantity(0.35, "eV")           → "350 meV"
 * Display.quantity(298.15, "K")          → "298 K"          (no prefix for kelvin)
 * Display.quantity(1.2e-14, "m²/s")      → "1.2e-14 m²/s"   (no prefix on a squared unit)
 * Display.number(0.000123456)            → "1.23e-4"        (dimensionless: a plain number)
 * </pre>
 *
 * <p>Rules: the value is rounded to {@code digits} significant digits (half-up on its shortest decimal
 * form), trailing zeros after the decimal point are dropped, −0 prints as 0. A prefix (a, f, p, n, µ, m,
 * k, M, G, T, P, E) is put on the first unit symbol when it has no exponent and is one of F, Ω, S, V, A,
 * m, s, Pa, J, eV, Hz, W, C, g, H, N, mol (an already prefixed symbol, such as µF or mS, is folded back
 * first), so that 1 &le; |mantissa| &lt; 1000. Without a prefix, numbers with 10⁻³ &le; |x| &lt; 10⁶ print
 * in positional notation, others as {@code 1.23e-5}. NaN and ±∞ print literally ("NaN", "Infinity",
 * "-Infinity"): for toString only; the library never returns them from finite input.
 */
public final class Display {

    /** Significant digits when none are given. */
    public static final int DEFAULT_DIGITS = 3;

    private static final String[] PREFIXES = {"a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E"};
    private static final int UNIT_INDEX = 6; // PREFIXES[6] is no prefix
    private static final java.util.Set<String> PREFIXABLE = java.util.Set.of("F", "Ω", "S", "V", "A", "m", "s", "Pa",
            "J", "eV", "Hz", "W", "C", "g", "H", "N", "mol");
    private static final Map<String, Integer> INPUT_PREFIXES = Map.ofEntries(Map.entry("a", -18), Map.entry("f", -15),
            Map.entry("p", -12), Map.entry("n", -9), Map.entry("µ", -6), Map.entry("μ", -6), Map.entry("u", -6),
            Map.entry("m", -3), Map.entry("k", 3), Map.entry("M", 6), Map.entry("G", 9),
            Map.entry("T", 12), Map.entry("P", 15), Map.entry("E", 18));

    private Display() {}

    /**
     * A dimensionless number with {@value #DEFAULT_DIGITS} significant digits.
     *
     * @param value the number (NaN and ±∞ print literally)
     * @return e.g. "0.35", "1.23e-4", "1.5e6"
     */
    public static String number(double value) {
        return number(value, DEFAULT_DIGITS);
    }

    /**
     * A dimensionless number.
     *
     * @param value the number (NaN and ±∞ print literally)
     * @param digits significant digits, in [1, 17]
     * @return the text, locale-independent
     * @throws IllegalArgumentException if {@code digits} is out of range
     */
    public static String number(double value, int digits) {
        Checks.inClosedRange(digits, 1, 17, "digits");
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal r = round(value, digits);
        if (r.signum() == 0) {
            return "0";
        }
        int exponent = r.precision() - r.scale() - 1; // floor(log10 |r|)
        if (exponent >= -3 && exponent < 6) {
            return plain(r);
        }
        BigDecimal mantissa = r.movePointLeft(exponent);
        return plain(mantissa) + "e" + exponent;
    }

    /**
     * A quantity with {@value #DEFAULT_DIGITS} significant digits and an SI prefix where the unit takes one.
     *
     * @param value the value, in {@code unit}
     * @param unit the unit as printed, e.g. {@code "F/cm²"}, {@code "Ω·cm²"}, {@code "m"}; null or empty for
     *     a dimensionless number
     * @return e.g. "53.1 pF/cm²"
     */
    public static String quantity(double value, String unit) {
        return quantity(value, unit, DEFAULT_DIGITS);
    }

    /**
     * A quantity with an SI prefix where the unit takes one.
     *
     * @param value the value, in {@code unit}
     * @param unit the unit as printed; null or empty for a dimensionless number
     * @param digits significant digits, in [1, 17]
     * @return the text, locale-independent
     * @throws IllegalArgumentException if {@code digits} is out of range
     */
    public static String quantity(double value, String unit, int digits) {
        Checks.inClosedRange(digits, 1, 17, "digits");
        if (unit == null || unit.isBlank()) {
            return number(value, digits);
        }
        if (!Double.isFinite(value)) {
            return value + " " + unit;
        }
        int end = 0;
        while (end < unit.length() && (Character.isLetter(unit.charAt(end)) || unit.charAt(end) == 'Ω')) {
            end++;
        }
        String symbol = unit.substring(0, end);
        String rest = unit.substring(end);
        boolean exponent = !rest.isEmpty() && "²³⁻¹⁴⁵⁶⁷⁸⁹⁰^0123456789".indexOf(rest.charAt(0)) >= 0;
        String base = null;
        int shift = 0;
        if (!exponent) {
            if (PREFIXABLE.contains(symbol)) {
                base = symbol;
            } else if (symbol.length() > 1 && PREFIXABLE.contains(symbol.substring(1))
                    && INPUT_PREFIXES.containsKey(symbol.substring(0, 1))) {
                base = symbol.substring(1);
                shift = INPUT_PREFIXES.get(symbol.substring(0, 1));
            }
        }
        if (base == null) {
            return number(value, digits) + " " + unit;
        }
        BigDecimal r = round(value, digits).scaleByPowerOfTen(shift);
        if (r.signum() == 0) {
            return "0 " + base + rest;
        }
        int decade = r.precision() - r.scale() - 1;
        int index = Math.max(0, Math.min(PREFIXES.length - 1, Math.floorDiv(decade, 3) + UNIT_INDEX));
        int power = 3 * (index - UNIT_INDEX);
        BigDecimal mantissa = r.movePointLeft(power);
        String text = decade - power >= 0 && decade - power < 3 ? plain(mantissa) : number(mantissa.doubleValue(), digits);
        return text + " " + PREFIXES[index] + base + rest;
    }

    private static BigDecimal round(double value, int digits) {
        // the shortest decimal that reads back as the double, then half-up: 2.675 → 2.68, as a reader expects
        return BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal r) {
        BigDecimal s = r.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.signum() == 0 ? "0" : s.toPlainString();
    }
}
