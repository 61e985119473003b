package org.interphase.impedance.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.SpectrumCsv;

/**
 * Reads impedance spectra from the files that potentiostats and analysis programs write, and
 * writes the simple ones. The format is detected from the content and the file name
 * ({@link #detect}), or named by the caller ({@link SpectrumFormat}); the columns are found by
 * their names, their units converted to SI (Hz; Ω, or Ω·m² for a column per cm²), a column of
 * −Z'' negated, so the spectrum always holds Z'' (negative for a capacitive arc).
 *
 * <p><b>Encoding.</b> A byte-order mark (UTF-8, UTF-16 BE/LE) decides; without one the bytes are
 * read as UTF-8 if they are valid UTF-8, else as Latin-1 (ISO-8859-1: EC-Lab's and Gamry's
 * {@code µ}, {@code °}). {@link #read(Path, SpectrumFormat, Charset)} names the encoding.
 *
 * <p><b>Errors.</b> Every error is an {@link IllegalArgumentException} of the form
 * {@code file:line: what, found X, expected Y}.
 *
 * <p><b>Order.</b> The rows are kept in the file's order. Repeated frequencies (several cycles)
 * and a sweep that is not monotonic are allowed and recorded in {@link Spectrum#warnings()};
 * {@link Spectrum#averageRepeats()} and {@link Spectrum#sortedDistinct()} deal with them.
 *
 * <pre>{@code
 * Spectrum s = SpectrumFiles.read(Path.of("cell_C01.mpt"))       // format detected
 *         .withoutInductiveTail().crop(0.1, 1e6);                   // Hz
 * }</pre>
 */
public final class SpectrumFiles {

    /** Bytes of the start of a file that {@link #detect} looks at. */
    private static final int SNIFF = 1 << 16;

    private SpectrumFiles() {}

    /**
     * Reads a spectrum, detecting the format ({@link #detect}).
     *
     * @param file the file
     * @return the spectrum (warnings name the format and anything unusual)
     * @throws IllegalArgumentException for malformed content, as {@code file:line: what, found X,
     *     expected Y}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spectrum read(Path file) {
        Objects.requireNonNull(file, "file");
        String text = decode(bytes(file), null, file.toString());
        return parse(text, detect(file.getFileName() == null ? "" : file.getFileName().toString(), text),
                file.toString());
    }

    /**
     * Reads a spectrum in a named format.
     *
     * @param file the file
     * @param format the format
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content (naming file and line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spectrum read(Path file, SpectrumFormat format) {
        return read(file, format, null);
    }

    /**
     * Reads a spectrum in a named format and encoding.
     *
     * @param file the file
     * @param format the format
     * @param charset the encoding, or null to decide as the class documentation says
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content or bytes invalid in the encoding
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spectrum read(Path file, SpectrumFormat format, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        return parse(decode(bytes(file), charset, file.toString()), format, file.toString());
    }

    /**
     * Parses the text of a file in a named format.
     *
     * @param text the content
     * @param format the format
     * @param source the name used in error messages (e.g. the file name), not blank
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content, as {@code source:line: what, found X,
     *     expected Y}
     */
    public static Spectrum parse(String text, SpectrumFormat format, String source) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source (the name for error messages) must not be blank, was '"
                    + source + "'");
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = lines(t);
        switch (format) {
            case BIOLOGIC_MPT:
                return mpt(lines, source);
            case GAMRY_DTA:
                return dta(lines, source);
            case ZVIEW_Z:
                return zview(lines, source);
            case AUTOLAB_TXT:
                return named(lines, source, format, "Freq", true);
            case CHI_TXT:
                return named(lines, source, format, "Freq/Hz", false);
            case VERSASTUDIO_PAR:
                return par(lines, source);
            case POWERSUITE_TXT:
                return powerSuite(lines, source);
            default:
                return csv(lines, source);
        }
    }

    /**
     * The format of a file from its name and content: content first (EC-Lab's first line, Gamry's
     * {@code EXPLAIN}/{@code ZCURVE}, a {@code <Segment} block, ZPlot's header, the CH Instruments
     * and Autolab column names), then the extension ({@code .mpt}, {@code .dta}, {@code .z},
     * {@code .par}); anything else is {@link SpectrumFormat#CSV}. PowerSuite text is not told
     * apart from CSV (the CSV reader reads it the same).
     *
     * @param fileName the file name (only its extension is used), may be empty
     * @param text the content (its first 64 KiB are looked at)
     * @return the format
     */
    public static SpectrumFormat detect(String fileName, String text) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        String head = text.length() > SNIFF ? text.substring(0, SNIFF) : text;
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1);
        }
        String first = head.lines().findFirst().orElse("").strip();
        if (first.startsWith("EC-Lab ASCII FILE") || head.contains("Nb header lines")) {
            return SpectrumFormat.BIOLOGIC_MPT;
        }
        if (first.equals("EXPLAIN") || head.contains("\nZCURVE\t")) {
            return SpectrumFormat.GAMRY_DTA;
        }
        if (head.contains("<Segment") && head.contains("Definition=")) {
            return SpectrumFormat.VERSASTUDIO_PAR;
        }
        if (first.toUpperCase(Locale.ROOT).startsWith("ZPLOT") || head.contains("End Comments")) {
            return SpectrumFormat.ZVIEW_Z;
        }
        if (head.contains("A.C. Impedance") || head.contains("\nFreq/Hz,") || head.startsWith("Freq/Hz,")) {
            return SpectrumFormat.CHI_TXT;
        }
        if (head.contains("Frequency (Hz)") && (head.contains("Z' (Ω)") || head.contains("Z' (Ohm)"))) {
            return SpectrumFormat.AUTOLAB_TXT;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".mpt") && head.contains("freq/Hz")) {
            return SpectrumFormat.BIOLOGIC_MPT;
        }
        if (name.endsWith(".dta")) {
            return SpectrumFormat.GAMRY_DTA;
        }
        if (name.endsWith(".z")) {
            return SpectrumFormat.ZVIEW_Z;
        }
        if (name.endsWith(".par")) {
            return SpectrumFormat.VERSASTUDIO_PAR;
        }
        return SpectrumFormat.CSV;
    }

    // ------------------------------------------------------------------ formats

    private static Spectrum mpt(String[] lines, String source) {
        int header = 0; // 0-based index of the column-names line
        if (lines[0].strip().startsWith("EC-Lab ASCII FILE") || lines.length > 1 && lines[1].contains("Nb header lines")) {
            String l2 = lines.length > 1 ? lines[1] : "";
            int colon = l2.indexOf(':');
            if (!l2.contains("Nb header lines") || colon < 0) {
                throw new IllegalArgumentException(source + ":2: header line count, found '" + l2.strip()
                        + "', expected 'Nb header lines : N'");
            }
            String v = l2.substring(colon + 1).strip();
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 3 || n > lines.length) {
                throw new IllegalArgumentException(source + ":2: number of header lines, found '" + v + "', expected "
                        + "an integer in [3, " + lines.length + "] (the lines of the file)");
            }
            header = n - 1;
        }
        String[] names = lines[header].split("\t", -1);
        Columns.Layout layout = layout(names, false, source, header + 1);
        if (layout == null) {
            throw new IllegalArgumentException(source + ":" + (header + 1) + ": column names, found '"
                    + lines[header].strip() + "', expected tab-separated names with 'freq/Hz'");
        }
        Rows.Data d = Rows.read(source, lines, header + 1, lines.length, Rows.Delimiter.TAB, true, layout, names,
                null);
        return build(d, layout, source, SpectrumFormat.BIOLOGIC_MPT);
    }

    private static Spectrum dta(String[] lines, String source) {
        int z = -1;
        int tables = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("ZCURVE")) {
                tables++;
                if (z < 0) {
                    z = i;
                }
            }
        }
        if (z < 0) {
            throw new IllegalArgumentException(source + ":1: impedance table, found no line 'ZCURVE\tTABLE', expected "
                    + "a Gamry EIS file");
        }
        if (z + 2 >= lines.length) {
            throw new IllegalArgumentException(source + ":" + (z + 1) + ": ZCURVE table, found the end of the file, "
                    + "expected a line of column names and a line of units");
        }
        String[] names = lines[z + 1].split("\t", -1);
        String[] units = lines[z + 2].split("\t", -1);
        String[] full = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            String u = i < units.length ? units[i].strip() : "";
            full[i] = names[i].strip() + (u.isEmpty() || u.equals("#") ? "" : " (" + u + ")");
        }
        Columns.Layout layout = layout(full, false, source, z + 2);
        if (layout == null) {
            throw new IllegalArgumentException(source + ":" + (z + 2) + ": column names, found '" + lines[z + 1].strip()
                    + "', expected 'Pt Time Freq Zreal Zimag …'");
        }
        int end = z + 3;
        while (end < lines.length && (lines[end].startsWith("\t") || Rows.isBlank(lines[end]))
                && !lines[end].strip().startsWith("EXPERIMENTABORTED")) {
            end++;
        }
        Rows.Data d = Rows.read(source, lines, z + 3, end, Rows.Delimiter.TAB, true, layout, full, null);
        Spectrum s = build(d, layout, source, SpectrumFormat.GAMRY_DTA);
        return tables > 1 ? s.withWarning(source + ": " + tables + " ZCURVE tables; read the first") : s;
    }

    private static Spectrum zview(String[] lines, String source) {
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("End Comments")) {
                start = i + 1;
                break;
            }
        }
        // a header line with names (files without metadata) takes precedence over positions
        for (int i = start; i < lines.length; i++) {
            if (Rows.isBlank(lines[i])) {
                continue;
            }
            if (lines[i].contains("Freq")) {
                String[] names = lines[i].split("\t|,", -1);
                Columns.Layout layout = layout(names, false, source, i + 1);
                if (layout != null) {
                    Rows.Data d = Rows.read(source, lines, i + 1, lines.length, Rows.Delimiter.TAB_OR_COMMA, false,
                            layout, names, null);
                    return build(d, layout, source, SpectrumFormat.ZVIEW_Z);
                }
            }
            int cells = Rows.split(lines[i], lines[i].indexOf('\t') >= 0 ? Rows.Delimiter.TAB : Rows.Delimiter.COMMA,
                    new int[0], new int[0]);
            Columns.Layout layout = cells >= 6 ? new Columns.Layout(0, 1, 4, 1, 5, 1, false, false, false, false)
                    : new Columns.Layout(0, 1, 1, 1, 2, 1, false, false, false, false);
            String[] names = cells >= 6 ? new String[] {"Freq(Hz)", "Ampl", "Bias", "Time(Sec)", "Z'(a)", "Z''(b)"}
                    : new String[] {"Freq(Hz)", "Z'", "Z''"};
            Rows.Data d = Rows.read(source, lines, i, lines.length, Rows.Delimiter.TAB_OR_COMMA, false, layout, names,
                    null);
            return build(d, layout, source, SpectrumFormat.ZVIEW_Z);
        }
        throw new IllegalArgumentException(source + ":" + (start + 1) + ": data rows, found none, expected rows "
                + "'Freq(Hz), Ampl, Bias, Time(Sec), Z'(a), Z''(b), …' after 'End Comments'");
    }

    /** Autolab and CH Instruments: the first line that starts with (contains) the key names the columns. */
    private static Spectrum named(String[] lines, String source, SpectrumFormat format, String key, boolean anywhere) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (anywhere ? l.contains(key) : l.startsWith(key)) {
                Rows.Delimiter dl = delimiter(lines[i]);
                String[] names = names(lines[i], dl);
                Columns.Layout layout = layout(names, false, source, i + 1);
                if (layout == null) {
                    continue;
                }
                Rows.Data d = Rows.read(source, lines, i + 1, lines.length, dl, dl != Rows.Delimiter.COMMA, layout,
                        names, null);
                return build(d, layout, source, format);
            }
        }
        throw new IllegalArgumentException(source + ":1: header, found no line with the column names, expected a line "
                + (format == SpectrumFormat.CHI_TXT ? "'Freq/Hz, Z'/ohm, Z\"/ohm, Z/ohm, Phase/deg'"
                        : "'Frequency (Hz); Z' (Ω); -Z'' (Ω); …'"));
    }

    private static Spectrum par(String[] lines, String source) {
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("<Segment") || l.startsWith("<Segments")) {
                continue;
            }
            String tag = l.substring(1, l.indexOf('>') > 0 ? l.indexOf('>') : l.length());
            String close = "</" + tag + ">";
            String[] names = null;
            int end = i + 1;
            int firstRow = -1;
            for (; end < lines.length && !lines[end].strip().startsWith(close); end++) {
                String s = lines[end].strip();
                if (s.startsWith("Definition=")) {
                    names = s.substring("Definition=".length()).split(",", -1);
                } else if (firstRow < 0 && !s.isEmpty() && s.indexOf('=') < 0 && !s.startsWith("<")) {
                    firstRow = end;
                }
            }
            if (end == lines.length) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": end of block <" + tag + ">, found the "
                        + "end of the file, expected '" + close + "'");
            }
            if (firstRow < 0) {
                continue; // a segment without rows
            }
            Columns.Layout layout = names == null ? null : layout(names, false, source, i + 1);
            if (layout == null) {
                layout = new Columns.Layout(9, 1, 14, 1, 15, 1, false, false, false, false);
            }
            Rows.Data d = Rows.read(source, lines, firstRow, end, Rows.Delimiter.COMMA, false, layout, names, null);
            return build(d, layout, source, SpectrumFormat.VERSASTUDIO_PAR);
        }
        throw new IllegalArgumentException(source + ":1: data, found no <SegmentN> block with rows, expected a "
                + "VersaStudio .par file");
    }

    private static Spectrum powerSuite(String[] lines, String source) {
        int i = 0;
        while (i < lines.length && Rows.isBlank(lines[i])) {
            i++;
        }
        if (i == lines.length) {
            throw new IllegalArgumentException(source + ":1: content, found an empty file, expected a header line and "
                    + "rows 'f<TAB>Z'<TAB>Z'''");
        }
        String[] names = names(lines[i], Rows.Delimiter.TAB);
        Columns.Layout layout = layout(names, false, source, i + 1);
        if (layout == null) {
            layout = new Columns.Layout(0, 1, 1, 1, 2, 1, false, false, false, false);
            names = new String[] {"f (Hz)", "Z' (Ω)", "Z'' (Ω)"};
        }
        Rows.Data d = Rows.read(source, lines, i + 1, lines.length, Rows.Delimiter.TAB, true, layout, names, null);
        return build(d, layout, source, SpectrumFormat.POWERSUITE_TXT);
    }

    private static Spectrum csv(String[] lines, String source) {
        int i = 0;
        while (i < lines.length && (Rows.isBlank(lines[i]) || lines[i].strip().startsWith("#"))) {
            i++;
        }
        if (i == lines.length) {
            throw new IllegalArgumentException(source + ":1: content, found no rows, expected lines 'f, Z', Z'''");
        }
        Rows.Delimiter dl = delimiter(lines[i]);
        boolean header = lines[i].codePoints().anyMatch(Character::isLetter) && !looksNumeric(lines[i], dl);
        Columns.Layout layout;
        String[] names;
        if (header) {
            names = names(lines[i], dl);
            layout = layout(names, true, source, i + 1);
            if (layout == null) {
                if (names.length != 3) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": column names, found '"
                            + lines[i].strip() + "', expected a frequency column (e.g. 'f (Hz)', 'freq/kHz', "
                            + "'omega (rad/s)'), or three columns f, Z', Z''");
                }
                // three columns whose names are not known: f, Z', Z'' with the units the names carry
                List<Columns.Column> c = classified(names, source, i + 1);
                layout = new Columns.Layout(0, c.get(0).role() == Columns.Role.OTHER ? 1 : c.get(0).scale(), 1,
                        c.get(1).scale() * c.get(1).sign(), 2, c.get(2).scale() * c.get(2).sign(), false, false, false,
                        c.get(1).perArea());
            }
            i++;
        } else {
            layout = new Columns.Layout(0, 1, 1, 1, 2, 1, false, false, false, false);
            names = new String[] {"f (Hz)", "Z' (Ω)", "Z'' (Ω)"};
        }
        Rows.Data d = Rows.read(source, lines, i, lines.length, dl, dl != Rows.Delimiter.COMMA, layout, names, "#");
        return build(d, layout, source, SpectrumFormat.CSV);
    }

    private static boolean looksNumeric(String line, Rows.Delimiter dl) {
        String[] cells = names(line, dl);
        for (String c : cells) {
            String t = c.strip();
            if (!t.isEmpty() && !t.matches("[-+0-9.,eE]+") && !t.matches("\\(?[-+0-9.eE]+[jJiI]\\)?")) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * The lines of a text, cut at CR LF, CR or LF (as {@code split("\\r\\n|\\r|\\n", -1)}, which
     * took 180 ms of the 220 ms of reading a 10⁵-row file).
     */
    static String[] lines(String t) {
        List<String> out = new ArrayList<>(t.length() / 64 + 16);
        int start = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(t.substring(start, i));
                if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(t.substring(start));
        return out.toArray(new String[0]);
    }

    private static Rows.Delimiter delimiter(String line) {
        if (line.indexOf(';') >= 0) {
            return Rows.Delimiter.SEMICOLON;
        }
        if (line.indexOf('\t') >= 0) {
            return Rows.Delimiter.TAB;
        }
        if (line.indexOf(',') >= 0) {
            return Rows.Delimiter.COMMA;
        }
        return Rows.Delimiter.BLANKS;
    }

    private static String[] names(String line, Rows.Delimiter dl) {
        int[] s = new int[256];
        int[] e = new int[256];
        int n = Math.min(Rows.split(line, dl, s, e), s.length);
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = line.substring(s[k], e[k]).strip();
        }
        return out;
    }

    private static List<Columns.Column> classified(String[] names, String source, int lineNo) {
        List<Columns.Column> cols = new ArrayList<>();
        for (String n : names) {
            cols.add(Columns.classify(n, source + ":" + lineNo));
        }
        return cols;
    }

    private static Columns.Layout layout(String[] names, boolean complexAllowed, String source, int lineNo) {
        return Columns.choose(classified(names, source, lineNo), complexAllowed, source + ":" + lineNo);
    }

    private static Spectrum build(Rows.Data d, Columns.Layout layout, String source, SpectrumFormat format) {
        if (d.n == 0) {
            throw new IllegalArgumentException(source + ": data rows, found none, expected at least one row of numbers ("
                    + format.description() + ")");
        }
        Spectrum s = Spectrum.of(Arrays.copyOf(d.f, d.n), Arrays.copyOf(d.re, d.n), Arrays.copyOf(d.im, d.n),
                layout.perArea());
        String order = orderNote(d);
        return order == null ? s : s.withWarning(source + ": " + order);
    }

    /** Null for a strictly monotonic sweep, else what is unusual about the order. */
    private static String orderNote(Rows.Data d) {
        int n = d.n;
        if (n < 2) {
            return null;
        }
        boolean down = d.f[1] < d.f[0];
        boolean monotonic = true;
        for (int i = 1; i < n && monotonic; i++) {
            monotonic = down ? d.f[i] < d.f[i - 1] : d.f[i] > d.f[i - 1];
        }
        if (monotonic) {
            return null;
        }
        double[] sorted = Arrays.copyOf(d.f, n);
        Arrays.sort(sorted);
        int repeats = 0;
        for (int i = 1; i < n; i++) {
            repeats += sorted[i] == sorted[i - 1] ? 1 : 0;
        }
        if (repeats > 0) {
            return repeats + " of " + n + " rows repeat a frequency (several cycles?); use averageRepeats() or "
                    + "sortedDistinct()";
        }
        return "the frequencies are not monotonic; sortedDistinct() sorts them";
    }

    // ------------------------------------------------------------------ bytes and text

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spectrum file " + file + ": " + e.getMessage(), e);
        }
    }

    static String decode(byte[] b, Charset charset, String source) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return strict(b, 3, StandardCharsets.UTF_8, source);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return strict(b, 2, StandardCharsets.UTF_16BE, source);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return strict(b, 2, StandardCharsets.UTF_16LE, source);
        }
        if (charset != null) {
            return strict(b, 0, charset, source);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }

    private static String strict(byte[] b, int skip, Charset cs, String source) {
        try {
            CharBuffer c = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, skip, b.length - skip));
            return c.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(source + ":1: encoding, found bytes that are not valid " + cs.name()
                    + ", expected the encoding the file was written in (or null to detect it)");
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * The text of a spectrum in a writable format, every number with the digits that read back to
     * the same double ({@link Double#toString}).
     *
     * <ul>
     *   <li>{@link SpectrumFormat#CSV}: as {@link SpectrumCsv#toCsv} writes it (per-area spectra in
     *       Ω·m²).</li>
     *   <li>{@link SpectrumFormat#BIOLOGIC_MPT}: {@code EC-Lab ASCII FILE}, {@code Nb header lines :
     *       4}, a line saying Interphase wrote it, then {@code freq/Hz}, {@code Re(Z)/Ohm},
     *       {@code -Im(Z)/Ohm} tab-separated (−Z'' as EC-Lab writes it).</li>
     *   <li>{@link SpectrumFormat#ZVIEW_Z}: a ZPlot2 header ending with {@code End Comments}, rows
     *       {@code f, 0, 0, 0, Z', Z'', 0, 0, 0}.</li>
     * </ul>
     *
     * @param spectrum the spectrum
     * @param format a writable format ({@link SpectrumFormat#writable()})
     * @return the text
     * @throws IllegalArgumentException if the format cannot be written, or it holds Ω only and the
     *     spectrum is per unit area
     */
    public static String format(Spectrum spectrum, SpectrumFormat format) {
        Objects.requireNonNull(spectrum, "spectrum");
        Objects.requireNonNull(format, "format");
        if (!format.writable()) {
            throw new IllegalArgumentException("format must be writable, found " + format + " ("
                    + format.description() + "), expected one of " + SpectrumFormat.writableFormats());
        }
        if (format == SpectrumFormat.CSV) {
            return SpectrumCsv.toCsv(spectrum);
        }
        if (spectrum.perArea()) {
            throw new IllegalArgumentException("spectrum for " + format + ", found a per-area spectrum (Ω·m²), "
                    + "expected one in Ω: " + format.description() + " files hold Ω; use forArea(area) first, or CSV");
        }
        int n = spectrum.size();
        StringBuilder sb = new StringBuilder(64 * n + 256);
        if (format == SpectrumFormat.BIOLOGIC_MPT) {
            sb.append("EC-Lab ASCII FILE\nNb header lines : 4\n\n");
            sb.append("freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n");
            for (int i = 0; i < n; i++) {
                sb.append(spectrum.frequency(i)).append('\t').append(spectrum.re(i)).append('\t').append(-spectrum.im(i))
                        .append('\n');
            }
        } else {
            sb.append("ZPlot2 ASCII\n  Written by Interphase: only Freq(Hz), Z'(a) and Z''(b) are data\n")
                    .append("  Begin Comments:\nEnd Comments:\n");
            for (int i = 0; i < n; i++) {
                sb.append(spectrum.frequency(i)).append(", 0, 0, 0, ").append(spectrum.re(i)).append(", ")
                        .append(spectrum.im(i)).append(", 0, 0, 0\n");
            }
        }
        return sb.toString();
    }

    /**
     * Writes a spectrum in a writable format (UTF-8), replacing the file.
     *
     * @param file the file
     * @param spectrum the spectrum
     * @param format a writable format
     * @throws IllegalArgumentException as {@link #format} does
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, Spectrum spectrum, SpectrumFormat format) {
        Objects.requireNonNull(file, "file");
        String text = format(spectrum, format);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spectrum file " + file + ": " + e.getMessage(), e);
        }
    }
}
