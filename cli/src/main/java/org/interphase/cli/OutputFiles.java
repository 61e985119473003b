package org.interphase.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Output files: a failure to write is the user's (a missing folder, no permission). */
final class OutputFiles {

    private OutputFiles() {}

    static void write(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be written (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }
}
