package org.interphase.materials;

import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A phase that forms where the two materials of a pair meet.
 *
 * @param phase the product, as a catalog id when the catalog has it (e.g. "La2CoO4") or a formula
 * @param onsetTemperature the lowest temperature at which it was observed, K, if reported
 * @param conditions how it formed (processing, atmosphere, time), e.g. "during PLD of the cathode"
 * @param source where it is reported
 */
public record ReactionProduct(String phase, OptionalDouble onsetTemperature, String conditions, Source source) {

    /**
     * Validates the components.
     *
     * @param phase the product, as a catalog id when the catalog has it (e.g. "La2CoO4") or a formula
     *     (not null, not blank)
     * @param onsetTemperature the lowest temperature at which it was observed, K (&gt; 0, finite), if
     *     reported; empty if not (not null)
     * @param conditions how it formed (processing, atmosphere, time), e.g. "during PLD of the cathode";
     *     null for none
     * @param source where it is reported (not null)
     * @throws NullPointerException if {@code phase}, {@code onsetTemperature} or {@code source} is null
     * @throws IllegalArgumentException if the phase is blank or the onset temperature out of range
     */
    public ReactionProduct {
        Checks.nonBlank(phase, "phase");
        Checks.nonNull(onsetTemperature, "onsetTemperature");
        onsetTemperature.ifPresent(t -> Checks.positive(t, "onset temperature", "K"));
        conditions = conditions == null ? "" : conditions.strip();
        Checks.nonNull(source, "source");
    }

    @Override
    public String toString() {
        return phase + (onsetTemperature.isPresent() ? String.format(Locale.ROOT, " from %.0f °C",
                Units.toCelsius(onsetTemperature.getAsDouble())) : "") + (conditions.isEmpty() ? "" : ", " + conditions)
                + " [" + source.shortCitation() + "]";
    }
}
