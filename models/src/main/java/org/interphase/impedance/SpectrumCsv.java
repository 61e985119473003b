package org.interphase.impedance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.core.Checks;

/**
 * Plain-text spectra: one row per frequency with three cells, frequency, Z' and Z''. Errors name
 * the source, the line and the column (cell, 1-based) or character.
 *
 * <p><b>Rows.</b> Lines starting with {@code #} and blank lines are skipped. A line is split at
 * semicolons if it has any, else at tabs, else at commas, else at blanks; blanks around a
 * delimiter are ignored. In a line split at semicolons or tabs a decimal comma is read as a
 * decimal point ({@code 1000;12,5;-3} is 12.5 Ω); a cell with both a comma and a point is refused
 * as ambiguous. Numbers are plain decimals with an optional exponent ({@code -1.5e3}); NaN,
 * infinities and hexadecimal forms are refused.
 *
 * <p><b>Header.</b> The first content line is a header if none of its three cells is a number
 * and each contains a letter; a first line that is neither a header nor a row of three numbers is
 * an error with its position (a typo in the first data row must not turn it into a header). The
 * header's cells are cut into words at every character that is not a letter, digit, ² or ^, and
 * the words that are units are honoured; a word that looks like a unit (it contains
 * {@code ohm}, {@code Ω} or {@code hz}, or is {@code rad}) but is not one of these is refused by
 * name:
 * <ul>
 *   <li>frequency (first cell): {@code Hz}, {@code mHz}, {@code kHz}, {@code MHz}, {@code GHz}
 *       (no unit: Hz); angular frequency in {@code rad/s} (e.g. {@code omega_rad_s}), converted
 *       to f = ω/2π. A first cell naming ω ({@code omega}, {@code ω}) without {@code rad} is
 *       refused as ambiguous.</li>
 *   <li>impedance (second and third cells): {@code ohm}, {@code Ohm}, {@code ohms}, {@code Ω}
 *       with an optional prefix {@code m}, {@code k}, {@code M}, {@code G} ({@code mohm} is mΩ,
 *       {@code Mohm} MΩ; {@code kohm}, {@code kΩ}, {@code KOhm} kΩ), and an optional area unit in
 *       the same or the next word: {@code cm2}/{@code cm²}/{@code cm^2} (Ω·cm², scaled to Ω·m²),
 *       {@code mm2} (Ω·mm²), {@code m2}/{@code m²} (Ω·m², as {@link #write} writes it). No unit:
 *       Ω. If only one of the two cells has a unit, it applies to both; two area units that
 *       disagree, a phase or modulus column ({@code phase}, {@code deg}, {@code mod},
 *       {@code |Z|}) and an admittance are refused.</li>
 * </ul>
 * Potentiostat exports often give −Z'' (EC-Lab's {@code -Im(Z)/Ohm}): if the header's third cell
 * starts with a minus sign ({@code -} or {@code −}), the column is negated on reading, so the
 * spectrum always holds Z'' (negative for capacitive arcs). Without such a header the third
 * column is taken as Z'' as it stands.
 *
 * <p><b>Order.</b> Frequencies must be strictly monotonic, ascending or descending (instruments
 * sweep from high to low); a repeated frequency or a row out of order is refused with both lines.
 *
 * <p><b>Encoding.</b> {@link #read(Path)} decodes UTF-8, or UTF-16 if the file starts with its
 * byte-order mark; bytes that are not valid UTF-8 (a Latin-1 'µ' or 'Ω') are refused with their
 * line and character, and {@link #read(Path, Charset)} reads other encodings.
 *
 * <p>This is the strict reader of Interphase's own three-column files. Instrument exports (an
 * EC-Lab {@code .mpt} with its header and twenty columns, Gamry {@code .DTA}, ZView {@code .z},
 * Latin-1, several cycles, |Z| and phase) are read by
 * {@link org.interphase.impedance.io.SpectrumFiles}.
 */
public final class SpectrumCsv {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}²^]+");
    /** Prefix, ohm and an optional area unit in one word: kohm, mΩ, Ohm, Ωcm², ohmcm2. */
    private static final Pattern OHM = Pattern.compile("(?<p>[mkKMG]?)(?<o>ohms?|Ohms?|OHMS?|Ω)(?<a>cm2|cm²|cm\\^2|mm2|mm²|mm\\^2"
            + "|m2|m²|m\\^2)?");
    private static final Pattern AREA = Pattern.compile("cm2|cm²|cm\\^2|mm2|mm²|mm\\^2|m2|m²|m\\^2");
    private static final Pattern HERTZ = Pattern.compile("(?<p>[mkKMG]?)(Hz|hz|HZ)");

    private SpectrumCsv() {}

    /**
     * Reads a spectrum file in UTF-8 (UTF-16 if it starts with a byte-order mark).
     *
     * @param file the file
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content or bytes that are not UTF-8 (naming
     *     file, line and column or character)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spectrum read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a spectrum file in a given encoding, e.g. {@code StandardCharsets.ISO_8859_1} for an
     * instrument that writes Latin-1.
     *
     * @param file the file
     * @param charset the encoding, or null for UTF-8 (UTF-16 with a byte-order mark)
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content or bytes invalid in the encoding
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spectrum read(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spectrum file " + file + ": " + e.getMessage(), e);
        }
        return read(decode(bytes, charset, file.toString()), file.toString());
    }

    /**
     * Parses spectrum text.
     *
     * @param text the CSV content
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content (naming line and column)
     */
    public static Spectrum parse(String text) {
        Objects.requireNonNull(text, "text");
        return read(text, "<text>");
    }

    static String decode(byte[] bytes, Charset charset, String source) {
        int skip = 0;
        Charset cs = charset;
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
            if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
                cs = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
                cs = StandardCharsets.UTF_16LE;
                skip = 2;
            }
        }
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (r.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String bad = in.hasRemaining() ? String.format(Locale.ROOT, "byte 0x%02X", bytes[in.position()] & 0xff)
                    : "the last bytes";
            String hint = charset == null
                    ? "; the file is probably Latin-1 or Windows-1252 (an instrument's 'µ' or 'Ω'): save it as UTF-8,"
                            + " or read it with SpectrumCsv.read(file, StandardCharsets.ISO_8859_1)"
                    : "; read it with the encoding it was written in";
            throw new IllegalArgumentException(source + ", line " + line + ", character " + column + ": " + bad
                    + " is not valid " + cs.name() + hint);
        }
        return text;
    }

    /** The units read from the header. */
    private static final class Units {
        double frequencyScale = 1;
        double reScale = 1;
        double imScale = 1;
        boolean perArea;
        double imSign = 1;
    }

    private static Spectrum read(String text, String source) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        double[] f = new double[64];
        double[] re = new double[64];
        double[] im = new double[64];
        int[] lineOf = new int[64];
        int n = 0;
        Units units = new Units();
        boolean seenContent = false;
        for (int k = 0; k < lines.length; k++) {
            int lineNo = k + 1;
            String t = lines[k].strip();
            if (k == 0 && t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            Row row = split(t);
            if (!seenContent) {
                seenContent = true;
                if (isHeader(row)) {
                    units = header(row, source, lineNo);
                    continue;
                }
                checkFirstRow(row, source, lineNo);
            }
            if (row.cells.length != 3) {
                throw new IllegalArgumentException(source + ", line " + lineNo + ": expected 3 columns (frequency in Hz, Z', "
                        + "Z''), found " + row.cells.length + ": '" + t + "'");
            }
            double[] v = new double[3];
            for (int c = 0; c < 3; c++) {
                v[c] = number(row, c, source, lineNo);
            }
            if (!(v[0] > 0)) {
                throw new IllegalArgumentException(source + ", line " + lineNo + ": frequency must be > 0 Hz, was " + v[0]
                        + " Hz");
            }
            if (n == f.length) {
                f = Arrays.copyOf(f, 2 * n);
                re = Arrays.copyOf(re, 2 * n);
                im = Arrays.copyOf(im, 2 * n);
                lineOf = Arrays.copyOf(lineOf, 2 * n);
            }
            f[n] = v[0] * units.frequencyScale;
            re[n] = v[1] * units.reScale;
            im[n] = v[2] * units.imScale * units.imSign;
            lineOf[n] = lineNo;
            if (!Double.isFinite(f[n]) || !Double.isFinite(re[n]) || !Double.isFinite(im[n])) {
                throw new IllegalArgumentException(source + ", line " + lineNo + ": a value overflows when converted to SI "
                        + "units: '" + t + "'");
            }
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException(source + ": no data rows (expected lines 'frequency, Z', Z''')");
        }
        checkOrder(f, lineOf, n, source);
        return Spectrum.of(Arrays.copyOf(f, n), Arrays.copyOf(re, n), Arrays.copyOf(im, n), units.perArea);
    }

    /** A line cut into cells, with whether a decimal comma is allowed in it. */
    private record Row(String[] cells, boolean decimalComma) {
    }

    private static Row split(String t) {
        if (t.indexOf(';') >= 0) {
            return new Row(t.split("\\s*;\\s*"), true);
        }
        if (t.indexOf('\t') >= 0) {
            return new Row(t.split("\\s*\\t\\s*"), true);
        }
        if (t.indexOf(',') >= 0) {
            return new Row(t.split("\\s*,\\s*"), false);
        }
        return new Row(t.split("\\s+"), false);
    }

    private static boolean isNumber(String s, boolean decimalComma) {
        String v = decimalComma && s.indexOf(',') >= 0 && s.indexOf('.') < 0 ? s.replace(',', '.') : s;
        return NUMBER.matcher(v).matches();
    }

    private static double number(Row row, int c, String source, int lineNo) {
        String s = row.cells[c];
        String where = source + ", line " + lineNo + ", column " + (c + 1) + ": ";
        if (NOT_FINITE.matcher(s).matches()) {
            throw new IllegalArgumentException(where + "value must be finite, was " + s);
        }
        if (row.decimalComma && s.indexOf(',') >= 0 && s.indexOf('.') >= 0) {
            throw new IllegalArgumentException(where + "'" + s + "' has both a comma and a point: a thousands separator "
                    + "is not read; write the number without it");
        }
        if (!isNumber(s, row.decimalComma)) {
            throw new IllegalArgumentException(where + "'" + s + "' is not a number");
        }
        double v = Double.parseDouble(row.decimalComma ? s.replace(',', '.') : s);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + "value must be finite, was " + s);
        }
        return v;
    }

    private static boolean isHeader(Row row) {
        for (String c : row.cells) {
            if (isNumber(c, row.decimalComma) || c.codePoints().noneMatch(Character::isLetter)) {
                return false;
            }
        }
        return row.cells.length == 3;
    }

    /**
     * A first row that is not a header must be three numbers: a row with a letter in some cells
     * and numbers in others is a typo, not a header.
     */
    private static void checkFirstRow(Row row, String source, int lineNo) {
        boolean anyText = false;
        for (String c : row.cells) {
            anyText |= !isNumber(c, row.decimalComma) && !NOT_FINITE.matcher(c).matches();
        }
        if (!anyText) {
            return;
        }
        for (int c = 0; c < row.cells.length; c++) {
            String s = row.cells[c];
            if (!isNumber(s, row.decimalComma) && !NOT_FINITE.matcher(s).matches()) {
                if (s.codePoints().noneMatch(Character::isLetter)) {
                    number(row, c, source, lineNo); // a malformed number: its own message
                }
                throw new IllegalArgumentException(source + ", line " + lineNo + ", column " + (c + 1) + ": '" + s
                        + "' is not a number, and the line is not a header either ("
                        + (row.cells.length != 3 ? "a header has 3 cells, this line has " + row.cells.length
                                : "a header has no number in any cell")
                        + "): '" + String.join(", ", row.cells) + "'");
            }
        }
    }

    private static Units header(Row row, String source, int lineNo) {
        Units u = new Units();
        String[] cells = row.cells;
        u.frequencyScale = frequencyUnit(cells[0], source, lineNo);
        double[] re = impedanceUnit(cells[1], source, lineNo, 2);
        double[] im = impedanceUnit(cells[2], source, lineNo, 3);
        if (re == null && im != null) {
            re = im;
        } else if (im == null && re != null) {
            im = re;
        }
        if (re != null) {
            if (re[1] != im[1]) {
                throw new IllegalArgumentException(source + ", line " + lineNo + ", column 3: '" + cells[2] + "' and '"
                        + cells[1] + "' disagree on whether Z is per unit area");
            }
            u.reScale = re[0];
            u.imScale = im[0];
            u.perArea = re[1] != 0;
        }
        if (cells[2].startsWith("-") || cells[2].startsWith("\u2212")) {
            u.imSign = -1;
        }
        return u;
    }

    private static String where(String source, int lineNo, int column, String cell) {
        return source + ", line " + lineNo + ", column " + column + " ('" + cell + "'): ";
    }

    private static double frequencyUnit(String cell, String source, int lineNo) {
        double scale = Double.NaN;
        boolean angular = false;
        boolean omega = false;
        for (String w : WORD_SPLIT.split(cell)) {
            if (w.isEmpty()) {
                continue;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            Matcher hz = HERTZ.matcher(w);
            double s;
            if (hz.matches()) {
                s = prefix(hz.group("p"));
            } else if (lw.equals("rad")) {
                angular = true;
                continue;
            } else if (lw.equals("omega") || w.equals("ω")) {
                omega = true;
                continue;
            } else if (lw.contains("hz") || lw.contains("ohm") || w.contains("Ω") || AREA.matcher(w).matches()) {
                throw new IllegalArgumentException(where(source, lineNo, 1, cell) + "'" + w + "' is not a frequency unit; "
                        + "known: Hz, mHz, kHz, MHz, GHz, rad/s");
            } else {
                continue;
            }
            if (!Double.isNaN(scale) && scale != s) {
                throw new IllegalArgumentException(where(source, lineNo, 1, cell) + "two frequency units");
            }
            scale = s;
        }
        if (angular) {
            if (!Double.isNaN(scale)) {
                throw new IllegalArgumentException(where(source, lineNo, 1, cell) + "both Hz and rad/s");
            }
            return 1 / (2 * Math.PI);
        }
        if (omega) {
            throw new IllegalArgumentException(where(source, lineNo, 1, cell) + "an angular frequency needs its unit, e.g. "
                    + "'omega_rad_s' (converted to f = ω/2π); or give f in Hz");
        }
        return Double.isNaN(scale) ? 1 : scale;
    }

    private static double prefix(String p) {
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

    /** @return {scale to Ω or Ω·m², 1 if per area else 0}, or null if the cell names no unit */
    private static double[] impedanceUnit(String cell, String source, int lineNo, int column) {
        double ohm = Double.NaN;
        double area = Double.NaN;
        String pre = where(source, lineNo, column, cell);
        String lc = cell.toLowerCase(Locale.ROOT);
        boolean polar = lc.contains("|z|") || cell.contains("°");
        for (String w : WORD_SPLIT.split(lc)) {
            polar |= w.equals("phase") || w.equals("phz") || w.equals("deg") || w.equals("mod") || w.equals("modulus")
                    || w.equals("mag") || w.equals("magnitude");
        }
        if (polar) {
            throw new IllegalArgumentException(pre + "a modulus or phase column; SpectrumCsv reads f, Z' and Z'' "
                    + "(convert Z = |Z|·(cos φ + j sin φ) first)");
        }
        for (String w : WORD_SPLIT.split(cell)) {
            if (w.isEmpty()) {
                continue;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            Matcher o = OHM.matcher(w);
            if (o.matches()) {
                double s = prefix(o.group("p"));
                if (!Double.isNaN(ohm) && s != ohm) {
                    throw new IllegalArgumentException(pre + "two impedance units");
                }
                ohm = s;
                if (o.group("a") != null) {
                    area = areaScale(o.group("a"));
                }
            } else if (AREA.matcher(w).matches()) {
                double a = areaScale(w);
                if (!Double.isNaN(area) && a != area) {
                    throw new IllegalArgumentException(pre + "two area units");
                }
                area = a;
            } else if (lw.contains("ohm") || w.contains("Ω") || lw.contains("hz") || lw.equals("rad")) {
                throw new IllegalArgumentException(pre + "'" + w + "' is not an impedance unit; known: ohm (Ω) with "
                        + "prefix m, k, M or G, optionally per cm², mm² or m²");
            } else if (lw.equals("siemens") || lw.equals("admittance")) {
                throw new IllegalArgumentException(pre + "an admittance column; SpectrumCsv reads impedances");
            }
        }
        if (Double.isNaN(ohm) && Double.isNaN(area)) {
            return null;
        }
        double s = Double.isNaN(ohm) ? 1 : ohm;
        return Double.isNaN(area) ? new double[] {s, 0} : new double[] {s * area, 1};
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

    private static void checkOrder(double[] f, int[] lineOf, int n, String source) {
        if (n < 2) {
            return;
        }
        for (int i = 1; i < n; i++) {
            if (f[i] == f[i - 1]) {
                throw new IllegalArgumentException(source + ", line " + lineOf[i] + ", column 1: frequency " + f[i]
                        + " Hz repeats line " + lineOf[i - 1] + "; a spectrum is one sweep with distinct frequencies");
            }
        }
        boolean descending = f[1] < f[0];
        for (int i = 2; i < n; i++) {
            if ((f[i] < f[i - 1]) != descending) {
                throw new IllegalArgumentException(source + ", line " + lineOf[i] + ", column 1: frequency " + f[i]
                        + " Hz breaks the " + (descending ? "descending" : "ascending") + " order of lines " + lineOf[0]
                        + "–" + lineOf[i - 1] + " (previous " + f[i - 1] + " Hz); frequencies must be sorted, ascending "
                        + "or descending");
            }
        }
    }

    /**
     * The spectrum as CSV text with a header and full double precision (round-trips exactly).
     *
     * @param spectrum the spectrum
     * @return the text
     */
    public static String toCsv(Spectrum spectrum) {
        Objects.requireNonNull(spectrum, "spectrum");
        String u = spectrum.perArea() ? "ohm_m2" : "ohm";
        StringBuilder sb = new StringBuilder("frequency_Hz,re_" + u + ",im_" + u + "\n");
        for (int i = 0; i < spectrum.size(); i++) {
            sb.append(spectrum.frequency(i)).append(',').append(spectrum.re(i)).append(',').append(spectrum.im(i))
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes a spectrum (UTF-8), replacing the file.
     *
     * @param file the file
     * @param spectrum the spectrum
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Spectrum spectrum) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(spectrum, "spectrum");
        Checks.positive(spectrum.size(), "spectrum size");
        try {
            Files.writeString(file, toCsv(spectrum), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spectrum file " + file + ": " + e.getMessage(), e);
        }
    }
}
