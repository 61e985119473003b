package org.interphase.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.impedance.Spectrum;

/**
 * The one place where the command line reads a measured spectrum ({@code fit}, {@code drt}): any
 * instrument file {@link org.interphase.impedance.io.SpectrumFiles} reads (EC-Lab {@code .mpt}, Gamry
 * {@code .DTA}, ZView {@code .z}, Autolab, CH Instruments, VersaStudio, CSV with units), the format
 * detected from the name and the content; its errors already read {@code file:line: …}.
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
            String name = arg.substring(Inputs.PREFIX.length());
            String text = Inputs.example(name);
            try {
                return org.interphase.impedance.io.SpectrumFiles.parse(text,
                        org.interphase.impedance.io.SpectrumFiles.detect(name, text), arg);
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
        try {
            return org.interphase.impedance.io.SpectrumFiles.read(file);
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
        if (message.startsWith(source + ":")) {
            return message; // the instrument readers already write file:line:
        }
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
