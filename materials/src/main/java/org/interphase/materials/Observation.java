package org.interphase.materials;

import java.util.Objects;

/**
 * A sourced qualitative finding about an interface that has no single number, e.g. "interfacial
 * resistance is smallest at about 5 nm of Li4Ti5O12 coating".
 *
 * @param text the finding
 * @param source where it is reported
 */
public record Observation(String text, Source source) {

    /** Validates the record. */
    public Observation {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("observation text must not be blank");
        }
        Objects.requireNonNull(source, "source");
    }

    @Override
    public String toString() {
        return text + " [" + source.shortCitation() + "]";
    }
}
