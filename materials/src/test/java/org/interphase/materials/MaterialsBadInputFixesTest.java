package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * What the bad-input harness (issue 13) found in materials, one case each: null refused with a
 * message naming the parameter, NaN never taken for "not set", messages that name the value and
 * the property, and "no upper limit" as an empty OptionalDouble instead of +∞.
 */
class MaterialsBadInputFixesTest {

    private static final Source SOURCE = Source.of("Test, Author", 2020, "J. Test 1, 1");

    @Test
    void aValueOutOfRangeIsNamedAsTheValueOfItsProperty() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1, 0}) {
            assertThatThrownBy(() -> PropertyValue.of(Property.IONIC_CONDUCTIVITY, bad, SOURCE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("value of IONIC_CONDUCTIVITY must be in (0.0, ∞) S/m, was " + bad + " S/m");
            assertThatThrownBy(() -> Material.builder("x").property(Property.IONIC_CONDUCTIVITY, bad, SOURCE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("value of IONIC_CONDUCTIVITY");
        }
    }

    @Test
    void nanIsNeverTakenForNoUncertaintyOrNoRange() {
        PropertyValue v = PropertyValue.of(Property.YOUNGS_MODULUS, Units.GPa(150), SOURCE);
        assertThatThrownBy(() -> v.withUncertainty(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uncertainty").hasMessageContaining("NaN");
        assertThatThrownBy(() -> v.withRange(Double.NaN, Units.GPa(200))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("range low").hasMessageContaining("NaN");
        for (double[] lh : List.of(new double[] {Double.NaN, 1}, new double[] {1, Double.POSITIVE_INFINITY},
                new double[] {2, 1})) {
            assertThatThrownBy(() -> new PropertyValue.Range(lh[0], lh[1])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("range");
        }
    }

    @Test
    void nullIsRefusedWithTheParameterName() {
        Material llzo = Materials.LLZO;
        assertThatThrownBy(() -> llzo.require(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("property must not be null");
        assertThatThrownBy(() -> llzo.has(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("property must not be null");
        assertThatThrownBy(() -> llzo.property(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("property must not be null");
        assertThatThrownBy(() -> llzo.hasRole(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("role must not be null");
        Material.Builder b = Material.builder("x");
        assertThatThrownBy(() -> b.family(null)).hasMessage("family must not be null");
        assertThatThrownBy(() -> b.aliases((String[]) null)).hasMessage("aliases must not be null");
        assertThatThrownBy(() -> b.roles((Role[]) null)).hasMessage("roles must not be null");
        assertThatThrownBy(() -> b.roles(Role.SOLID_ELECTROLYTE, null)).hasMessage("roles element must not be null");
        assertThatThrownBy(() -> b.property((PropertyValue) null)).hasMessage("value must not be null");
        assertThatThrownBy(() -> b.remove(null)).hasMessage("property must not be null");
        assertThatThrownBy(() -> new MissingDataException(null, "m")).hasMessage("materialId must not be null");
        assertThatThrownBy(() -> new MissingDataException("x", null)).hasMessage("message must not be null");
    }

    @Test
    void unlimitedPropertiesAndLawsHaveNoUpperBoundInsteadOfInfinity() {
        assertThat(Property.IONIC_CONDUCTIVITY.maximum()).isEmpty();
        assertThat(Property.POISSON_RATIO.maximum()).hasValue(0.5);
        assertThat(InterfacePairs.get(Materials.LICOO2, Materials.LLZO).interdiffusion())
                .allSatisfy(d -> assertThat(d.law().highestTemperature()).isEmpty());
    }
}
