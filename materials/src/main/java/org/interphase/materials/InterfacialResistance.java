package org.interphase.materials;

import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A measured area-specific resistance of an interface, with the conditions it was measured under.
 *
 * @param value the area-specific resistance, Ω·m² (&gt; 0; 1 Ω·cm² = 1e-4 Ω·m²)
 * @param condition what the interface was: treatment, coating, processing (e.g. "10 nm Nb interlayer")
 * @param temperature measurement temperature, K, if reported
 * @param stackPressure stack pressure during the measurement, Pa, if reported
 * @param bound whether {@code value} is an exact value, an upper bound ("&lt; 0.1 Ω·cm²") or a lower bound
 * @param source where it is reported
 */
public record InterfacialResistance(double value, String condition, OptionalDouble temperature,
                                    OptionalDouble stackPressure, Bound bound, Source source) {

    /** How a reported value is to be read. */
    public enum Bound {
        /** The value as reported. */
        VALUE,
        /** The true value is below the reported one. */
        UPPER,
        /** The true value is above the reported one. */
        LOWER
    }

    /**
     * Validates the components.
     *
     * @param value the area-specific resistance, Ω·m² (&gt; 0, finite; 1 Ω·cm² = 1e-4 Ω·m²)
     * @param condition what the interface was: treatment, coating, processing (e.g. "10 nm Nb
     *     interlayer"); null for none
     * @param temperature measurement temperature, K (&gt; 0, finite), if reported; empty if not (not null)
     * @param stackPressure stack pressure during the measurement, Pa (&ge; 0, finite), if reported;
     *     empty if not (not null)
     * @param bound whether {@code value} is an exact value, an upper bound ("&lt; 0.1 Ω·cm²") or a
     *     lower bound (not null)
     * @param source where it is reported (not null)
     * @throws NullPointerException if an argument other than {@code condition} is null
     * @throws IllegalArgumentException if a number is out of range
     */
    public InterfacialResistance {
        Checks.positive(value, "interfacial resistance", "Ω·m²");
        condition = condition == null ? "" : condition.strip();
        Checks.nonNull(temperature, "temperature");
        temperature.ifPresent(t -> Checks.positive(t, "temperature", "K"));
        Checks.nonNull(stackPressure, "stackPressure");
        stackPressure.ifPresent(p -> Checks.nonNegative(p, "stack pressure", "Pa"));
        Checks.nonNull(bound, "bound");
        Checks.nonNull(source, "source");
    }

    /** @return the value in Ω·cm² */
    public double ohmCm2() {
        return Units.toOhmCm2(value);
    }

    @Override
    public String toString() {
        String b = switch (bound) {
            case VALUE -> "";
            case UPPER -> "< ";
            case LOWER -> "> ";
        };
        return String.format(Locale.ROOT, "%s%s Ω·cm²%s%s%s [%s]", b, PropertyValue.fmt(ohmCm2()),
                condition.isEmpty() ? "" : ", " + condition,
                temperature.isPresent() ? String.format(Locale.ROOT, ", %.0f °C", Units.toCelsius(temperature.getAsDouble())) : "",
                stackPressure.isPresent() ? String.format(Locale.ROOT, ", %.3g MPa", Units.toMPa(stackPressure.getAsDouble())) : "",
                source.shortCitation());
    }
}
