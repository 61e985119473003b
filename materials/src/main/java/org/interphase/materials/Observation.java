package org.interphase.materials;

import org.interphase.core.Checks;

/**
 * A sourced qualitative finding about an interface that has no single number, e.g. "interfacial
 * resistance is smallest at about 5 nm of Li4Ti5O12 coating".
 *
 * @param text the finding
 * @param source where it is reported
 */
public record Observation(String text, Source source) {

    /**
     * Validates the components.
     *
     * @param text the finding (not null, not blank)
     * @param source where it is reported (not null)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the text is blank
     */
    public Observation {
        Checks.nonBlank(text, "observation text");
        Checks.nonNull(source, "source");
    }

    @Override
    public String toString() {
        return text + " [" + source.shortCitation() + "]";
    }
}
