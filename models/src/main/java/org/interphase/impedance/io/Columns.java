package org.interphase.impedance.io;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the columns of a header by name and unit: which one is the frequency, Z', Z'', |Z|,
 * the phase or a complex Z, with the factor to SI and the sign.
 */
final class Columns {

    enum Role { FREQUENCY, REAL, IMAGINARY, MODULUS, PHASE, OTHER }

    /** A recognized column: scale to Hz or Ω (Ω·m² if perArea), sign −1 for a "-Z''" column. */
    record Column(Role role, double scale, double sign, boolean perArea, boolean angular, Boolean degrees,
            String name) {
    }

    /** Where f and Z are, chosen from a header (or fixed by a format). */
    record Layout(int f, double fScale, int a, double aScale, int b, double bScale, boolean polar,
            boolean degrees, boolean complex, boolean perArea) {

        int maxColumn() {
            return Math.max(f, Math.max(a, b));
        }
    }

    private static final String END = "(?=$|[^\\p{L}'\"″′])";
    private static final Pattern NOT_Z = Pattern.compile(".*(\\((y|m|c|eps|permittivity|ε)\\)|ohm\\s*-\\s*1|ohm\\^-1"
            + "|siemens|admittance).*");
    private static final Pattern IMAG = Pattern.compile("^(im\\s*\\(z\\)|zimag|z\\s*imag(inary)?|z''|z\"|z″|z_?im(ag)?"
            + "|im(ag(inary)?)?(_?z)?)" + END);
    private static final Pattern REAL = Pattern.compile("^(re\\s*\\(z\\)|zreal|z\\s*real|z'|z′|z_?re(al)?"
            + "|re(al)?(_?z)?)" + END);
    private static final Pattern PHASE = Pattern.compile("^(phase\\s*(\\(z\\))?|zphz|phz|phi|φ|arg\\s*(\\(z\\))?|theta"
            + "|θ)" + END);
    private static final Pattern FREQ = Pattern.compile("^(freq(uency)?|f)" + END);
    private static final Pattern ANGULAR = Pattern.compile("^(omega|ω|w|angular\\s*frequency)" + END);
    private static final Pattern MOD = Pattern.compile("^(\\|z\\||zmod|mod(ulus)?|mag(nitude)?|abs\\s*\\(z\\)|z"
            + "|impedance)" + END);
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}²^°]+");
    private static final Pattern OHM = Pattern.compile("(?<p>[mkKMG]?)(ohms?|Ohms?|OHMS?|Ω)(?<a>cm2|cm²|cm\\^2|mm2|mm²"
            + "|mm\\^2|m2|m²|m\\^2)?");
    private static final Pattern AREA = Pattern.compile("cm2|cm²|cm\\^2|mm2|mm²|mm\\^2|m2|m²|m\\^2");
    private static final Pattern HERTZ = Pattern.compile("(?<p>[mkKMG]?)(Hz|hz|HZ)");

    private Columns() {}

    /**
     * Classifies one header cell.
     *
     * @throws IllegalArgumentException for a unit that looks like one but is not known
     */
    static Column classify(String cell, String where) {
        String t = cell.strip();
        double sign = 1;
        if (t.startsWith("-") || t.startsWith("−")) {
            sign = -1;
            t = t.substring(1).strip();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (NOT_Z.matcher(lower).matches()) {
            return other(cell);
        }
        Matcher m;
        if ((m = IMAG.matcher(lower)).find()) {
            return impedance(Role.IMAGINARY, t.substring(m.end()), sign, cell, where);
        }
        if ((m = REAL.matcher(lower)).find()) {
            return impedance(Role.REAL, t.substring(m.end()), sign, cell, where);
        }
        if ((m = PHASE.matcher(lower)).find()) {
            String rest = lower.substring(m.end());
            Boolean deg = null;
            for (String w : WORD_SPLIT.split(rest)) {
                if (w.equals("deg") || w.equals("degree") || w.equals("degrees") || w.equals("°")) {
                    deg = Boolean.TRUE;
                } else if (w.equals("rad") || w.equals("radian") || w.equals("radians")) {
                    deg = Boolean.FALSE;
                }
            }
            if (deg == null && rest.contains("°")) {
                deg = Boolean.TRUE;
            }
            return new Column(Role.PHASE, 1, sign, false, false, deg, cell);
        }
        if ((m = FREQ.matcher(lower)).find() || (m = ANGULAR.matcher(lower)).find()) {
            boolean omega = ANGULAR.matcher(lower).find();
            return frequency(t.substring(m.end()), omega, cell, where);
        }
        if ((m = MOD.matcher(lower)).find()) {
            return impedance(Role.MODULUS, t.substring(m.end()), sign, cell, where);
        }
        return other(cell);
    }

    private static Column other(String cell) {
        return new Column(Role.OTHER, 1, 1, false, false, null, cell);
    }

    private static Column frequency(String rest, boolean omega, String cell, String where) {
        double scale = 1;
        boolean rad = false;
        for (String w : WORD_SPLIT.split(rest)) {
            if (w.isEmpty()) {
                continue;
            }
            Matcher hz = HERTZ.matcher(w);
            if (hz.matches()) {
                scale = prefix(hz.group("p"));
            } else if (w.equalsIgnoreCase("rad")) {
                rad = true;
            } else if (w.toLowerCase(Locale.ROOT).contains("hz") || w.toLowerCase(Locale.ROOT).contains("ohm")
                    || w.contains("Ω")) {
                throw new IllegalArgumentException(where + ": frequency unit of column '" + cell.strip() + "', found '"
                        + w + "', expected Hz, mHz, kHz, MHz, GHz or rad/s");
            }
        }
        if (omega && !rad) {
            throw new IllegalArgumentException(where + ": unit of the angular frequency column '" + cell.strip()
                    + "', found none, expected rad/s (e.g. 'omega (rad/s)')");
        }
        if (rad) {
            return new Column(Role.FREQUENCY, 1 / (2 * Math.PI), 1, false, true, null, cell);
        }
        return new Column(Role.FREQUENCY, scale, 1, false, false, null, cell);
    }

    private static Column impedance(Role role, String rest, double sign, String cell, String where) {
        double ohm = 1;
        double area = Double.NaN;
        for (String w : WORD_SPLIT.split(rest)) {
            if (w.isEmpty()) {
                continue;
            }
            Matcher o = OHM.matcher(w);
            if (o.matches()) {
                ohm = prefix(o.group("p"));
                if (o.group("a") != null) {
                    area = areaScale(o.group("a"));
                }
            } else if (AREA.matcher(w).matches()) {
                area = areaScale(w);
            } else {
                String lw = w.toLowerCase(Locale.ROOT);
                if (lw.contains("ohm") || w.contains("Ω") || lw.contains("hz")) {
                    throw new IllegalArgumentException(where + ": impedance unit of column '" + cell.strip()
                            + "', found '" + w + "', expected Ω or ohm with prefix m, k, M or G, optionally per cm², "
                            + "mm² or m²");
                }
            }
        }
        boolean perArea = !Double.isNaN(area);
        return new Column(role, perArea ? ohm * area : ohm, sign, perArea, false, null, cell);
    }

    static double prefix(String p) {
        switch (p) {
            case "m":
                return 1e-3;
            case "k":
            case "K":
                return 1e3;
            case "M":
                return 1e6;
            case "G":
                return 1e9;
            default:
                return 1;
        }
    }

    private static double areaScale(String a) {
        if (a.startsWith("cm")) {
            return 1e-4;
        }
        if (a.startsWith("mm")) {
            return 1e-6;
        }
        return 1;
    }

    /**
     * Chooses f and Z from classified columns: Z' and Z'' if both are there, else |Z| and phase,
     * else a lone Z column read as complex numbers (if allowed); null if there is no frequency.
     *
     * @throws IllegalArgumentException if a frequency is there but no impedance
     */
    static Layout choose(List<Column> cols, boolean complexAllowed, String where) {
        int f = find(cols, Role.FREQUENCY);
        if (f < 0) {
            return null;
        }
        int re = find(cols, Role.REAL);
        int im = find(cols, Role.IMAGINARY);
        int mod = find(cols, Role.MODULUS);
        int ph = find(cols, Role.PHASE);
        Column cf = cols.get(f);
        if (re >= 0 && im >= 0) {
            Column a = cols.get(re);
            Column b = cols.get(im);
            if (a.perArea() != b.perArea()) {
                throw new IllegalArgumentException(where + ": columns '" + a.name().strip() + "' and '" + b.name().strip()
                        + "' disagree on whether Z is per unit area, found one with an area unit, expected both or none");
            }
            return new Layout(f, cf.scale(), re, a.scale() * a.sign(), im, b.scale() * b.sign(), false, false, false,
                    a.perArea());
        }
        if (mod >= 0 && ph >= 0) {
            Column a = cols.get(mod);
            Column b = cols.get(ph);
            if (b.degrees() == null) {
                throw new IllegalArgumentException(where + ": unit of the phase column '" + b.name().strip()
                        + "', found none, expected deg, ° or rad");
            }
            boolean deg = b.degrees();
            return new Layout(f, cf.scale(), mod, a.scale() * a.sign(), ph, (deg ? Math.PI / 180 : 1) * b.sign(), true,
                    deg, false, a.perArea());
        }
        if (mod >= 0 && complexAllowed && re < 0 && im < 0) {
            Column a = cols.get(mod);
            return new Layout(f, cf.scale(), mod, a.scale() * a.sign(), mod, a.scale() * a.sign(), false, false, true,
                    a.perArea());
        }
        StringBuilder names = new StringBuilder();
        for (Column c : cols) {
            names.append(names.length() == 0 ? "" : ", ").append('\'').append(c.name().strip()).append('\'');
        }
        throw new IllegalArgumentException(where + ": impedance columns, found " + names + ", expected Z' and Z'' "
                + "(e.g. 'Re(Z)/Ohm', '-Im(Z)/Ohm'), or |Z| and a phase" + (complexAllowed ? ", or one complex Z" : ""));
    }

    private static int find(List<Column> cols, Role r) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).role() == r) {
                return i;
            }
        }
        return -1;
    }
}
