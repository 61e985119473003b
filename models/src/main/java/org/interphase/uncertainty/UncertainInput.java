package org.interphase.uncertainty;

import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.materials.Material;
import org.interphase.materials.MissingDataException;
import org.interphase.materials.Property;
import org.interphase.materials.PropertyValue;

/**
 * One named uncertain input of an {@link UncertaintyProblem}: its name (how the model asks for
 * it, {@link Sample#value(String)}), its SI unit, its {@link Distribution} and, for a catalog value,
 * the source the spread comes from.
 *
 * <p>From the catalog ({@link #fromCatalog(String, PropertyValue)}): a range of reported values
 * [low, high] becomes uniform on it — log-uniform when high/low &ge; 10, since a range spanning a
 * decade or more is a statement about the order of magnitude; a ± uncertainty u becomes normal(value,
 * u), or log-normal with median value and s = u/value when value − 5u would leave the property's
 * possible values (a conductivity that must stay positive). Immutable.
 *
 * @param name the name the model asks for (not blank)
 * @param unit its SI unit, e.g. "S/m" ("1" for dimensionless; not null)
 * @param distribution the spread (not null)
 * @param source the source of the spread, empty for a user-given one
 */
public record UncertainInput(String name, String unit, Distribution distribution, Optional<Citation> source) {

    /**
     * Validates the components.
     *
     * @param name the name the model asks for (not blank)
     * @param unit its SI unit (not null)
     * @param distribution the spread (not null)
     * @param source the source of the spread (not null; empty for none)
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public UncertainInput {
        name = Checks.nonBlank(name, "input name").strip();
        Checks.nonNull(unit, "input unit");
        Checks.nonNull(distribution, "input distribution");
        Checks.nonNull(source, "input source");
    }

    /**
     * A user-given uncertain input.
     *
     * @param name the name the model asks for (not blank)
     * @param unit its SI unit (not null)
     * @param distribution the spread, in that unit (not null)
     * @return the input, without source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    public static UncertainInput of(String name, String unit, Distribution distribution) {
        return new UncertainInput(name, unit, distribution, Optional.empty());
    }

    /**
     * The spread a catalog value states (see the class comment for the rule).
     *
     * @param name the name the model asks for (not blank)
     * @param value the catalog value, with a range or an uncertainty (not null)
     * @return the input, with the value's source
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is blank
     * @throws MissingDataException if the value has neither range nor uncertainty
     */
    public static UncertainInput fromCatalog(String name, PropertyValue value) {
        Checks.nonNull(value, "catalog value");
        Citation source = value.source().toCitation();
        if (value.range().isPresent()) {
            PropertyValue.Range r = value.range().get();
            if (r.high() > r.low()) {
                Distribution d = r.low() > 0 && r.high() / r.low() >= 10 ? Distribution.logUniform(r.low(), r.high())
                        : Distribution.uniform(r.low(), r.high());
                return new UncertainInput(name, value.unit(), d, Optional.of(source));
            }
        }
        if (value.uncertainty().isPresent()) {
            double u = value.uncertainty().getAsDouble();
            double v = value.value();
            Distribution d = value.property().isPossible(v - 5 * u) || v <= 0 ? Distribution.normal(v, u)
                    : Distribution.logNormal(v, u / v);
            return new UncertainInput(name, value.unit(), d, Optional.of(source));
        }
        throw new MissingDataException(value.property().name(), "the catalog value " + value + " states neither a range"
                + " nor an uncertainty; give its spread with UncertainInput.of(name, unit, Distribution...)");
    }

    /**
     * The spread of a material's catalog property, named "material property" (e.g.
     * {@code "LiNbO3 IONIC_CONDUCTIVITY"}).
     *
     * @param material the material (not null)
     * @param property the property (not null)
     * @return the input, with the value's source
     * @throws NullPointerException if an argument is null
     * @throws MissingDataException if the material has no value for the property, or the value has
     *     neither range nor uncertainty
     */
    public static UncertainInput fromCatalog(Material material, Property property) {
        Checks.nonNull(material, "material");
        Checks.nonNull(property, "property");
        PropertyValue v = material.property(property).orElseThrow(() -> new MissingDataException(material.id(),
                material.id() + " has no " + property + " in the catalog; give the input with UncertainInput.of(...)"));
        return fromCatalog(material.id() + " " + property.name(), v);
    }

    /** @return e.g. {@code "LiNbO3 IONIC_CONDUCTIVITY ~ log-uniform(1e-4, 1e-3) S/m [Kato et al. 2014]"} */
    @Override
    public String toString() {
        return name + " ~ " + distribution + (unit.isEmpty() || unit.equals("1") ? "" : " " + unit)
                + source.map(c -> " [" + c.authors() + " " + c.year() + "]").orElse("");
    }
}
