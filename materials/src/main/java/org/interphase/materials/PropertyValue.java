package org.interphase.materials;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * One sourced value of a {@link Property}: the value in SI, its unit, its {@link Source}, an
 * optional uncertainty (±, SI) or range of reported values (SI), and a note ("amorphous sputtered
 * film", "DFT", "bulk, not total").
 *
 * <p>Immutable; the {@code with…} methods return a copy. The value and its uncertainty/range are
 * checked against {@link Property#isPossible(double)} when constructed.
 */
public final class PropertyValue {

    private final Property property;
    private final double value;
    private final Source source;
    private final double uncertainty; // NaN = none (never returned)
    private final double low;         // NaN = no range
    private final double high;
    private final String note;

    private PropertyValue(Property property, double value, Source source, double uncertainty, double low,
                          double high, String note) {
        this.property = Checks.nonNull(property, "property");
        this.source = Objects.requireNonNull(source, () -> "source must not be null: " + property + " needs a source");
        if (!property.isPossible(value)) {
            // "value of IONIC_CONDUCTIVITY": the parameter and the property it is a value of
            throw new IllegalArgumentException("value of " + property + " must be in " + property.rangeText()
                    + ", was " + value + " " + property.siUnit());
        }
        this.value = value;
        if (!Double.isNaN(uncertainty) && !(Double.isFinite(uncertainty) && uncertainty > 0)) {
            throw new IllegalArgumentException(property + " uncertainty must be > 0 " + property.siUnit()
                    + ", was " + uncertainty);
        }
        this.uncertainty = uncertainty;
        if (!Double.isNaN(low) || !Double.isNaN(high)) {
            if (!property.isPossible(low) || !property.isPossible(high) || !(low <= high)) {
                throw new IllegalArgumentException(property + " range must satisfy low <= high inside "
                        + property.rangeText() + ", was [" + low + ", " + high + "]");
            }
            if (!(low <= value && value <= high)) {
                throw new IllegalArgumentException(property + " value " + value + " " + property.siUnit()
                        + " must lie in its range [" + low + ", " + high + "]");
            }
        }
        this.low = low;
        this.high = high;
        this.note = note == null ? "" : note.strip();
    }

    /**
     * A value with its source.
     *
     * @param property the property (not null)
     * @param value the value, in {@link Property#siUnit()} (finite, {@link Property#isPossible possible}
     *     for the property)
     * @param source where it comes from (not null)
     * @return the value
     * @throws NullPointerException if the property or the source is null
     * @throws IllegalArgumentException if the value is not physically possible for the property
     */
    public static PropertyValue of(Property property, double value, Source source) {
        return new PropertyValue(property, value, source, Double.NaN, Double.NaN, Double.NaN, "");
    }

    /**
     * @param note e.g. "DFT", "amorphous film", "bulk (grain) conductivity" (null or empty for none)
     * @return a copy with the note
     */
    public PropertyValue withNote(String note) {
        return new PropertyValue(property, value, source, uncertainty, low, high, note);
    }

    /**
     * @param uncertainty the ± uncertainty, SI (&gt; 0, finite)
     * @return a copy with the uncertainty
     * @throws IllegalArgumentException if the uncertainty is not finite or not &gt; 0
     */
    public PropertyValue withUncertainty(double uncertainty) {
        // checked here: the private constructor reads NaN as "no uncertainty"
        Checks.positive(uncertainty, property + " uncertainty", property.siUnit());
        return new PropertyValue(property, value, source, uncertainty, low, high, note);
    }

    /**
     * @param low smallest reported value, SI (finite, possible for the property)
     * @param high largest reported value, SI (finite, possible for the property, &ge; low; the value
     *     must lie in [low, high])
     * @return a copy with the range
     * @throws IllegalArgumentException if a bound is not finite or not possible, low &gt; high, or the
     *     value lies outside the range
     */
    public PropertyValue withRange(double low, double high) {
        // checked here: the private constructor reads NaN as "no range"
        Checks.finite(low, property + " range low", property.siUnit());
        Checks.finite(high, property + " range high", property.siUnit());
        return new PropertyValue(property, value, source, uncertainty, low, high, note);
    }

    /** @return the property */
    public Property property() {
        return property;
    }

    /** @return the value, in {@link #unit()} (SI) */
    public double value() {
        return value;
    }

    /** @return the SI unit of the value */
    public String unit() {
        return property.siUnit();
    }

    /** @return where the value comes from */
    public Source source() {
        return source;
    }

    /** @return the ± uncertainty, SI, if reported */
    public OptionalDouble uncertainty() {
        return Double.isNaN(uncertainty) ? OptionalDouble.empty() : OptionalDouble.of(uncertainty);
    }

    /** @return the range of reported values, SI, if given */
    public Optional<Range> range() {
        return Double.isNaN(low) ? Optional.empty() : Optional.of(new Range(low, high));
    }

    /** @return the note, empty if none */
    public String note() {
        return note;
    }

    /** @return the value in the property's display unit */
    public double displayValue() {
        return property.toDisplay(value);
    }

    /**
     * The value as printed: "4.6E-04 ± 0.2E-04 S/cm" or "1.5e+02 (132–158) GPa".
     *
     * @return the value in display units, with uncertainty or range
     */
    public String displayText() {
        StringBuilder sb = new StringBuilder(fmt(property.toDisplay(value)));
        if (!Double.isNaN(uncertainty)) {
            sb.append(" ± ").append(fmt(Math.abs(property.toDisplay(uncertainty))));
        }
        if (!Double.isNaN(low)) {
            sb.append(" (").append(fmt(property.toDisplay(low))).append(" – ").append(fmt(property.toDisplay(high)))
                    .append(')');
        }
        return sb.toString();
    }

    /** Four significant digits, locale-independent ({@link Display}): 0.35, 1234, 1.234e-5. */
    static String fmt(double v) {
        return Display.number(v, 4);
    }

    /**
     * A closed range of reported values, SI.
     *
     * @param low smallest reported value, SI (finite)
     * @param high largest reported value, SI (finite, &ge; low)
     */
    public record Range(double low, double high) {

        /**
         * Validates the bounds.
         *
         * @param low smallest reported value, SI (finite)
         * @param high largest reported value, SI (finite, &ge; low)
         * @throws IllegalArgumentException if a bound is not finite or low &gt; high
         */
        public Range {
            Checks.finite(low, "range low", "");
            Checks.finite(high, "range high", "");
            if (!(low <= high)) {
                throw new IllegalArgumentException("range low must be <= high, was low = " + low + ", high = " + high);
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PropertyValue p && p.property == property && Double.compare(p.value, value) == 0
                && Double.compare(p.uncertainty, uncertainty) == 0 && Double.compare(p.low, low) == 0
                && Double.compare(p.high, high) == 0 && p.source.equals(source) && p.note.equals(note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(property, value, uncertainty, low, high, source, note);
    }

    @Override
    public String toString() {
        return property + " = " + displayText() + " " + property.displayUnit() + " [" + source.shortCitation() + "]"
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
