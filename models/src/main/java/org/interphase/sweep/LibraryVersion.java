package org.interphase.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version, written into every result table so a result says what computed it. */
final class LibraryVersion {

    static final String VALUE = read();

    private LibraryVersion() {
    }

    private static String read() {
        // filtered by Maven from src/main/resources-filtered (the project version at build time)
        try (InputStream in = LibraryVersion.class.getResourceAsStream("/org/interphase/sweep/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the library version resource", e);
        }
    }
}
