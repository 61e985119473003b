package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Constants;
import org.interphase.core.SinglePoint;
import org.interphase.core.Units;
import org.interphase.core.VogelTammannFulcher;

/**
 * Invariants of the whole built-in catalog. Generation is exhaustive: every material and every
 * property value is checked, not a sample. The physical bounds are written out here, independent
 * of the ranges {@link Property} enforces, so that a wrong range table cannot hide a wrong value.
 */
class CatalogProperties {

    @Provide
    Arbitrary<Material> materials() {
        return Arbitraries.of(Materials.all());
    }

    @Provide
    Arbitrary<PropertyValue> values() {
        List<PropertyValue> all = new ArrayList<>();
        Materials.all().forEach(m -> all.addAll(m.properties().values()));
        return Arbitraries.of(all);
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void everyValueHasASourceAndTheSiUnitOfItsProperty(@ForAll("values") PropertyValue v) {
        assertThat(v.source()).isNotNull();
        assertThat(v.source().authors()).isNotBlank();
        assertThat(v.source().journal()).isNotBlank();
        assertThat(v.source().year()).isBetween(1950, 2026);
        v.source().doi().ifPresent(doi -> assertThat(doi).startsWith("10."));
        assertThat(v.unit()).isEqualTo(v.property().siUnit()).isNotBlank();
        assertThat(v.value()).isFinite();
        v.uncertainty().ifPresent(u -> assertThat(u).isPositive().isLessThan(Math.abs(v.value())));
        v.range().ifPresent(r -> assertThat(v.value()).isBetween(r.low(), r.high()));
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void everyValueIsPhysicallyPossible(@ForAll("values") PropertyValue v) {
        double x = v.value();
        double eV = Constants.ELEMENTARY_CHARGE;
        switch (v.property()) {
            case IONIC_CONDUCTIVITY, ELECTRONIC_CONDUCTIVITY -> assertThat(x).isPositive().isLessThan(1e8); // S/m; Cu is 6e7
            case IONIC_ACTIVATION_ENERGY, CREEP_ACTIVATION_ENERGY -> assertThat(x).isBetween(0.0, 2.5 * eV);
            case RELATIVE_PERMITTIVITY -> assertThat(x).isGreaterThanOrEqualTo(1.0).isLessThan(1e4);
            case POISSON_RATIO -> assertThat(x).isGreaterThan(0.0).isLessThan(0.5);
            case YOUNGS_MODULUS, SHEAR_MODULUS, BULK_MODULUS -> assertThat(x).isPositive().isLessThan(1.2e12); // diamond
            case HARDNESS, YIELD_STRENGTH, CREEP_REFERENCE_STRESS -> assertThat(x).isPositive().isLessThan(1.5e11);
            case FRACTURE_TOUGHNESS -> assertThat(x).isPositive().isLessThan(2e8);
            case DENSITY -> assertThat(x).isBetween(100.0, 22_600.0); // polymers .. osmium, kg/m³
            case MOLAR_VOLUME -> assertThat(x).isPositive().isLessThan(1e-2);
            case LI_SITE_DENSITY, MOBILE_CARRIER_DENSITY -> assertThat(x).isPositive().isLessThan(1.5e29); // < 150 /nm³
            case VOLUME_CHANGE -> assertThat(x).isGreaterThan(-1.0).isLessThan(5.0);
            case LATTICE_PARAMETER, LATTICE_PARAMETER_C -> assertThat(x).isBetween(1e-10, 1e-8);
            case VOLTAGE_VS_LI, STABILITY_WINDOW_LOW, STABILITY_WINDOW_HIGH -> assertThat(x).isBetween(0.0, 6.5);
            case LI_CHEMICAL_POTENTIAL -> assertThat(x).isBetween(-6.5 * eV, 0.5 * eV);
            case MELTING_TEMPERATURE -> assertThat(x).isBetween(250.0, 4000.0);
            case BAND_GAP -> assertThat(x).isBetween(0.0, 15 * eV);
            case LI_DIFFUSIVITY -> assertThat(x).isPositive().isLessThan(1e-6);
            case SPECIFIC_CAPACITY -> assertThat(x).isPositive().isLessThan(Units.mAhPerG(4000)); // Li metal 3860 mAh/g
            case VTF_PREFACTOR, VTF_PSEUDO_ACTIVATION, VTF_REFERENCE_TEMPERATURE, CREEP_REFERENCE_STRAIN_RATE,
                    CREEP_STRESS_EXPONENT -> assertThat(x).isPositive();
            default -> throw new AssertionError("no physical bound written for " + v.property());
        }
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void isotropicElasticConstantsAreMutuallyConsistent(@ForAll("materials") Material m) {
        // For an isotropic solid G = E/(2(1+ν)) and K = E/(3(1−2ν)); catalog values measured
        // together must agree to within the scatter of the measurements (10 %).
        var e = m.property(Property.YOUNGS_MODULUS);
        var g = m.property(Property.SHEAR_MODULUS);
        var nu = m.property(Property.POISSON_RATIO);
        var k = m.property(Property.BULK_MODULUS);
        if (e.isPresent() && g.isPresent() && nu.isPresent()) {
            double expectedG = e.get().value() / (2 * (1 + nu.get().value()));
            assertThat(g.get().value()).isCloseTo(expectedG, within(0.10 * expectedG));
        }
        if (e.isPresent() && k.isPresent() && nu.isPresent()) {
            double expectedK = e.get().value() / (3 * (1 - 2 * nu.get().value()));
            assertThat(k.get().value()).isCloseTo(expectedK, within(0.10 * expectedK));
        }
        if (e.isPresent() && g.isPresent() && k.isPresent() && nu.isEmpty()) {
            double E = e.get().value();
            double G = g.get().value();
            double expectedK = E * G / (3 * (3 * G - E));
            assertThat(k.get().value()).isCloseTo(expectedK, within(0.10 * expectedK));
        }
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void mobileCarriersNeverOutnumberTheLithiumSites(@ForAll("materials") Material m) {
        // Carriers (vacancies or interstitials on the Li sublattice) are a subset of the Li sites.
        if (m.has(Property.MOBILE_CARRIER_DENSITY) && m.has(Property.LI_SITE_DENSITY)) {
            assertThat(m.require(Property.MOBILE_CARRIER_DENSITY)).isLessThanOrEqualTo(m.require(Property.LI_SITE_DENSITY));
        }
    }

    /** IUPAC standard atomic weights (abridged), g/mol, written here independently of the catalog. */
    private static final Map<String, Double> ATOMIC_WEIGHT = Map.ofEntries(Map.entry("Li", 6.94),
            Map.entry("C", 12.011), Map.entry("O", 15.999), Map.entry("F", 18.998), Map.entry("S", 32.06),
            Map.entry("Si", 28.085), Map.entry("Ge", 72.630), Map.entry("Nb", 92.906), Map.entry("Ta", 180.948),
            Map.entry("Au", 196.967), Map.entry("P", 30.974), Map.entry("Cl", 35.45), Map.entry("N", 14.007),
            Map.entry("Al", 26.982), Map.entry("Zr", 91.224), Map.entry("La", 138.905), Map.entry("Co", 58.933));

    /** Formula mass of a simple formula such as "Li2CO3" (no parentheses), g/mol; NaN if it cannot be parsed. */
    static double formulaMass(String formula) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z][a-z]?)(\\d*\\.?\\d*)").matcher(formula);
        double mass = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end || !ATOMIC_WEIGHT.containsKey(m.group(1))) {
                return Double.NaN;
            }
            mass += ATOMIC_WEIGHT.get(m.group(1)) * (m.group(2).isEmpty() ? 1 : Double.parseDouble(m.group(2)));
            end = m.end();
        }
        return end == formula.length() && end > 0 ? mass : Double.NaN;
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void densityTimesMolarVolumeIsTheFormulaMass(@ForAll("materials") Material m) {
        if (m.has(Property.DENSITY) && m.has(Property.MOLAR_VOLUME)) {
            double expected = formulaMass(m.formula()) * 1e-3; // kg/mol
            assertThat(expected).as("formula mass of %s", m.formula()).isFinite();
            double product = m.require(Property.DENSITY) * m.require(Property.MOLAR_VOLUME);
            assertThat(product).isCloseTo(expected, within(1e-3 * expected));
        }
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void stabilityWindowIsOrderedAndConductivityLawReproducesItsReference(@ForAll("materials") Material m) {
        if (m.has(Property.STABILITY_WINDOW_LOW) && m.has(Property.STABILITY_WINDOW_HIGH)) {
            assertThat(m.require(Property.STABILITY_WINDOW_LOW)).isLessThan(m.require(Property.STABILITY_WINDOW_HIGH));
        }
        m.conductivityLaw().ifPresent(law -> {
            double s25 = law.valueAt(Units.ROOM_TEMPERATURE);
            assertThat(s25).isPositive().isFinite();
            assertThat(law.assumption()).isEmpty();
            if (!(law instanceof VogelTammannFulcher)) {
                assertThat(s25).isCloseTo(m.require(Property.IONIC_CONDUCTIVITY), within(1e-12 * s25));
            }
            if (law instanceof SinglePoint) {
                // a σ(25 °C) alone holds at 25 °C only: no invented temperature dependence
                assertThat(m.has(Property.IONIC_ACTIVATION_ENERGY)).isFalse();
                assertThat(law.covers(Units.celsius(80))).isFalse();
                return;
            }
            // thermally activated: σ rises with T over the range cells run at
            assertThat(law.valueAt(Units.celsius(80))).isGreaterThan(s25);
            assertThat(law.valueAt(Units.celsius(-20))).isLessThan(s25);
        });
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void everyMaterialPrintsEveryPropertyWithUnitAndSource(@ForAll("materials") Material m) {
        String table = m.toString();
        assertThat(table).startsWith(m.id());
        for (PropertyValue v : m.properties().values()) {
            assertThat(table).contains(v.property().name()).contains(v.source().shortCitation());
        }
        assertThat(table.lines().count()).isGreaterThanOrEqualTo(2 + m.properties().size());
    }

    @net.jqwik.api.Property(generation = GenerationMode.EXHAUSTIVE)
    void everyIdAliasAndFormulaFindsItsMaterialWhateverTheCase(@ForAll("materials") Material m) {
        assertThat(Materials.get(m.id())).isSameAs(m);
        assertThat(Materials.get(m.id().toUpperCase(java.util.Locale.ROOT))).isSameAs(m);
        assertThat(Materials.get(m.id().toLowerCase(java.util.Locale.ROOT))).isSameAs(m);
        for (String a : m.aliases()) {
            assertThat(Materials.get(a)).as("alias %s", a).isSameAs(m);
            assertThat(Materials.get(" " + a.toLowerCase(java.util.Locale.ROOT) + " ")).isSameAs(m);
        }
        if (!m.formula().isEmpty()) {
            assertThat(Materials.get(m.formula())).as("formula %s", m.formula()).isSameAs(m);
        }
    }

    @net.jqwik.api.Example
    void noTwoMaterialsShareAnIdAliasOrFormula() {
        Map<String, String> owner = new HashMap<>();
        for (Material m : Materials.all()) {
            List<String> names = new ArrayList<>(m.aliases());
            names.add(m.id());
            if (!m.formula().isEmpty()) {
                names.add(m.formula());
            }
            for (String n : names) {
                String key = MaterialCatalog.normalize(n);
                String prev = owner.putIfAbsent(key, m.id());
                assertThat(prev == null || prev.equals(m.id())).as("'%s' of %s also names %s", n, m.id(), prev).isTrue();
            }
        }
        assertThat(Materials.all()).hasSize(Materials.catalog().size());
    }

    @net.jqwik.api.Property(tries = 100)
    void impossibleValuesAreRejectedWhenBuilt(@ForAll @DoubleRange(min = 0.5, max = 5) double nu,
                                              @ForAll @DoubleRange(min = -10, max = 0.99) double epsR) {
        Source s = Source.of("Test", 2020, "J. Test 1, 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PropertyValue.of(Property.POISSON_RATIO, nu, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POISSON_RATIO");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PropertyValue.of(Property.RELATIVE_PERMITTIVITY, epsR, s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RELATIVE_PERMITTIVITY");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PropertyValue.of(Property.IONIC_CONDUCTIVITY, -epsR * epsR, s))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
