package org.interphase.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.SpectrumCsv;

/**
 * The one place where the command line reads a measured spectrum ({@code fit}, {@code drt}).
 * Today: plain-text tables through {@link SpectrumCsv} (frequency, Z', Z''; header units honoured).
 */
final class SpectrumFiles {

    /** SpectrumCsv's "SOURCE, line N, character C: " and "SOURCE, line N[, column K]: " (K a cell, not a character). */
    private static final Pattern CHARACTER = Pattern.compile("^(.*?), line (\\d+), character (\\d+): ");
    private static final Pattern LINE = Pattern.compile("^(.*?), line (\\d+)(?:, |: )");

    private SpectrumFiles() {}

    /**
     * @param arg a spectrum file, or {@code example:spectrum.csv}
     * @return the spectrum
     * @throws InputException for a missing or malformed file
     */
    static Spectrum read(String arg) {
        if (arg.startsWith(Inputs.PREFIX)) {
            String text = Inputs.example(arg.substring(Inputs.PREFIX.length()));
            try {
                return SpectrumCsv.parse(text);
            } catch (IllegalArgumentException e) {
                throw new InputException(position(String.valueOf(e.getMessage()), arg), e);
            }
        }
        return read(Path.of(arg));
    }

    /**
     * @param file a spectrum file
     * @return the spectrum
     * @throws InputException for a missing or malformed file (SpectrumCsv names line and column)
     */
    static Spectrum read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        // TODO(coordinator, issue 18): dispatch on the extension here when the instrument readers land
        // (.mpt EC-Lab, .z ZView, .dta Gamry, ...); every command reads spectra through this method.
        try {
            return SpectrumCsv.read(file);
        } catch (IllegalArgumentException e) {
            throw new InputException(position(String.valueOf(e.getMessage()), file.toString()), e);
        } catch (UncheckedIOException e) {
            throw new InputException(file + ": cannot be read (" + e.getCause().getMessage() + ")", e);
        }
    }

    /**
     * Rewrites SpectrumCsv's position to the {@code file:line[:character]:} form of the other
     * messages (which editors and terminals link); a SpectrumCsv "column" is a cell number and stays
     * in words.
     */
    static String position(String message, String source) {
        Matcher m = CHARACTER.matcher(message);
        if (m.find()) {
            return source + ":" + m.group(2) + ":" + m.group(3) + ": " + message.substring(m.end());
        }
        m = LINE.matcher(message);
        if (m.find()) {
            return source + ":" + m.group(2) + ": " + message.substring(m.end());
        }
        return source + ": " + message;
    }
}
