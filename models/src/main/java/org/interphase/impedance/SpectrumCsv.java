package org.interphase.impedance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;

/**
 * Plain-text spectra: one row per frequency with three columns, frequency (Hz), Z' and Z'' (Ω, or
 * Ω·m² for per-area spectra), separated by commas, semicolons, tabs or blanks. Lines starting
 * with {@code #} and blank lines are skipped; a first non-numeric line is a header. A header that
 * mentions {@code m2} or {@code m²} marks the spectrum as per unit area; {@link #write} writes
 * such a header. Errors name the source, the line and the column.
 */
public final class SpectrumCsv {

    private SpectrumCsv() {}

    /**
     * Reads a spectrum file (UTF-8).
     *
     * @param file the file
     * @return the spectrum
     * @throws IllegalArgumentException for malformed content (naming file and line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Spectrum read(Path file) {
        Objects.requireNonNull(file, "file");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spectrum file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses spectrum text.
     *
     * @param text the CSV content
     * @return the spectrum
     */
    public static Spectrum parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return read(new StringReader(text), "<text>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Spectrum read(Reader reader, String source) throws IOException {
        BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
        double[] f = new double[64];
        double[] re = new double[64];
        double[] im = new double[64];
        int n = 0;
        boolean perArea = false;
        boolean seenContent = false;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            if (lineNo == 1 && t.startsWith("\uFEFF")) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cells = t.split("\\s*[,;\\t]\\s*|\\s+");
            if (!seenContent) {
                seenContent = true;
                if (!isNumber(cells[0])) {
                    String h = t.toLowerCase(Locale.ROOT);
                    perArea = h.contains("m2") || h.contains("m²");
                    continue;
                }
            }
            if (cells.length != 3) {
                throw new IllegalArgumentException(source + ", line " + lineNo + ": expected 3 columns (frequency in Hz, Z', "
                        + "Z''), found " + cells.length + ": '" + t + "'");
            }
            double[] v = new double[3];
            for (int c = 0; c < 3; c++) {
                try {
                    v[c] = Double.parseDouble(cells[c]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ", line " + lineNo + ", column " + (c + 1) + ": '" + cells[c]
                            + "' is not a number", e);
                }
                if (!Double.isFinite(v[c])) {
                    throw new IllegalArgumentException(source + ", line " + lineNo + ", column " + (c + 1)
                            + ": value must be finite, was " + cells[c]);
                }
            }
            if (!(v[0] > 0)) {
                throw new IllegalArgumentException(source + ", line " + lineNo + ": frequency must be > 0 Hz, was " + v[0]
                        + " Hz");
            }
            if (n == f.length) {
                f = java.util.Arrays.copyOf(f, 2 * n);
                re = java.util.Arrays.copyOf(re, 2 * n);
                im = java.util.Arrays.copyOf(im, 2 * n);
            }
            f[n] = v[0];
            re[n] = v[1];
            im[n] = v[2];
            n++;
        }
        if (n == 0) {
            throw new IllegalArgumentException(source + ": no data rows (expected lines 'frequency, Z', Z''')");
        }
        return Spectrum.of(java.util.Arrays.copyOf(f, n), java.util.Arrays.copyOf(re, n), java.util.Arrays.copyOf(im, n),
                perArea);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
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
        Checks.positive(spectrum.size(), "spectrum size");
        try {
            Files.writeString(file, toCsv(spectrum), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spectrum file " + file + ": " + e.getMessage(), e);
        }
    }
}
