package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Constants;
import org.interphase.core.SinglePoint;
import org.interphase.core.Units;
import org.interphase.core.VogelTammannFulcher;
import org.junit.jupiter.api.Test;

class MaterialTest {

    private static final Source SRC = Source.of("Doe, Roe", 2024, "J. Test. 1, 1");

    @Test
    void requireNamesTheMaterialAndTellsTheUserToPassTheValue() {
        assertThatThrownBy(() -> Materials.LICOO2.require(Property.FRACTURE_TOUGHNESS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("LiCoO2 has no FRACTURE_TOUGHNESS in the catalog; pass the value explicitly");
        assertThat(Materials.LICOO2.property(Property.FRACTURE_TOUGHNESS)).isEmpty();
        assertThat(Materials.LICOO2.has(Property.RELATIVE_PERMITTIVITY)).isTrue();
    }

    @Test
    void toBuilderCopiesWithChangesAndLeavesTheOriginalAlone() {
        Material before = Materials.LICOO2;
        Material mine = before.toBuilder().property(Property.SHEAR_MODULUS, Units.GPa(70), SRC).build();
        assertThat(mine.require(Property.SHEAR_MODULUS)).isEqualTo(7e10);
        assertThat(before.has(Property.SHEAR_MODULUS)).isFalse();
        assertThat(mine.require(Property.RELATIVE_PERMITTIVITY)).isEqualTo(before.require(Property.RELATIVE_PERMITTIVITY));
        assertThat(mine.toBuilder().remove(Property.SHEAR_MODULUS).build()).isEqualTo(before);
        assertThat(before.toBuilder().build()).isEqualTo(before).hasSameHashCodeAs(before);
    }

    @Test
    void collectionsAreUnmodifiable() {
        Material m = Materials.LI_METAL;
        assertThatThrownBy(() -> m.properties().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.roles().add(Role.CATHODE)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderRejectsMissingFamilyBadIdsAndInconsistentWindows() {
        assertThatThrownBy(() -> Material.builder("x").build()).hasMessageContaining("needs a family");
        assertThatThrownBy(() -> Material.builder("a,b")).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> Material.builder("w").family(Family.OXIDE)
                .property(Property.STABILITY_WINDOW_LOW, 4, SRC).property(Property.STABILITY_WINDOW_HIGH, 2, SRC).build())
                .hasMessageContaining("STABILITY_WINDOW_LOW must be < STABILITY_WINDOW_HIGH");
        assertThatThrownBy(() -> Material.builder("v").family(Family.POLYMER)
                .property(Property.VTF_PREFACTOR, 1, SRC).build()).hasMessageContaining("VTF law needs all");
        assertThatThrownBy(() -> PropertyValue.of(Property.DENSITY, 1000, null)).hasMessageContaining("needs a source");
    }

    @Test
    void arrheniusConductivityFollowsTheClosedForm() {
        double s25 = Units.mScm(0.46);
        double ea = Units.eV(0.34);
        Material m = Material.builder("t").family(Family.OXIDE).property(Property.IONIC_CONDUCTIVITY, s25, SRC)
                .property(Property.IONIC_ACTIVATION_ENERGY, ea, SRC).build();
        double t = Units.celsius(60);
        double expected = s25 * Math.exp(-ea / Constants.BOLTZMANN * (1 / t - 1 / 298.15));
        assertThat(m.ionicConductivity(t)).isCloseTo(expected, within(1e-12 * expected));
        // 0.34 eV between 25 and 60 °C: a factor exp(0.34/k·(1/298.15 − 1/333.15)) ≈ 4.0
        assertThat(m.ionicConductivity(t) / s25).isCloseTo(4.0, within(0.1));
    }

    @Test
    void vtfConductivityFollowsTheClosedFormAndRefusesTemperaturesBelowT0() {
        double a = 100.0;   // S·K^½/m
        double b = 1000.0;  // K
        double t0 = 200.0;  // K
        Material m = Material.builder("p").family(Family.POLYMER).property(Property.VTF_PREFACTOR, a, SRC)
                .property(Property.VTF_PSEUDO_ACTIVATION, b, SRC).property(Property.VTF_REFERENCE_TEMPERATURE, t0, SRC)
                .build();
        // the catalog's A, B, T0 mean exactly the core law's
        assertThat(m.conductivityLaw()).contains(VogelTammannFulcher.of(a, b, t0));
        double t = 353.15;
        assertThat(m.ionicConductivity(t)).isCloseTo(a / Math.sqrt(t) * Math.exp(-b / (t - t0)), within(1e-15));
        assertThatThrownBy(() -> m.ionicConductivity(150)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("> T0 = 200.0 K").hasMessageContaining("not at 150.0 K");
    }

    /**
     * Issue 13 (defect 3): a σ(25 °C) without activation energy is a value at 25 °C only; it is
     * neither dropped nor given an invented temperature dependence.
     */
    @Test
    void aConductivityAt25CelsiusOnlyHoldsAt25CelsiusOnly() {
        double s25 = Materials.LINBO3.require(Property.IONIC_CONDUCTIVITY);
        assertThat(Materials.LINBO3.has(Property.IONIC_ACTIVATION_ENERGY)).isFalse();
        assertThat(Materials.LINBO3.conductivityLaw()).hasValueSatisfying(law -> {
            assertThat(law).isInstanceOf(SinglePoint.class);
            assertThat(law.assumption()).isEmpty();
            assertThat(law.covers(Units.ROOM_TEMPERATURE)).isTrue();
            assertThat(law.covers(Units.celsius(60))).isFalse();
        });
        assertThat(Materials.LINBO3.ionicConductivity(Units.ROOM_TEMPERATURE)).isEqualTo(s25);
        assertThatThrownBy(() -> Materials.LINBO3.ionicConductivity(300)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LiNbO3").hasMessageContaining("IONIC_ACTIVATION_ENERGY")
                .hasMessageContaining("not at 300.0 K").hasMessageContaining("pass the conductivity");
        Material none = Material.builder("none").family(Family.OXIDE).build();
        assertThat(none.conductivityLaw()).isEmpty();
        assertThatThrownBy(() -> none.ionicConductivity(300)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none has no ionic conductivity").hasMessageContaining("IONIC_CONDUCTIVITY");
        assertThatThrownBy(() -> none.ionicConductivity(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temperature");
    }

    @Test
    void creepLawInvertsAndScalesAsAPowerLaw() {
        CreepLaw law = new CreepLaw(Units.MPa(0.8), 1e-3, 298.15, 6.6, Units.kJPerMol(37) / Constants.AVOGADRO);
        assertThat(law.strainRate(Units.MPa(0.8), 298.15)).isCloseTo(1e-3, within(1e-15));
        // doubling the stress multiplies the rate by 2^n
        assertThat(law.strainRate(Units.MPa(1.6), 298.15) / 1e-3).isCloseTo(Math.pow(2, 6.6), within(1e-9));
        double s = law.stress(2.5e-4, 330);
        assertThat(law.strainRate(s, 330)).isCloseTo(2.5e-4, within(1e-15));
        // Q = 37 kJ/mol: 25 → 125 °C speeds creep up by exp(Q/R·(1/298.15 − 1/398.15)) ≈ 42
        assertThat(law.strainRate(Units.MPa(0.8), 398.15) / 1e-3).isCloseTo(
                Math.exp(37e3 / Constants.GAS_CONSTANT * (1 / 298.15 - 1 / 398.15)), within(1e-6));
    }

    @Test
    void creepLawNeedsAllFourParameters() {
        assertThat(Materials.LI_METAL.has(Property.CREEP_STRESS_EXPONENT)).isTrue();
        Material full = Materials.LI_METAL.toBuilder().property(Property.CREEP_REFERENCE_STRESS, Units.MPa(0.8), SRC)
                .property(Property.CREEP_REFERENCE_STRAIN_RATE, 1e-3, SRC).build();
        assertThat(full.creepLaw()).isPresent();
        assertThat(full.creepLaw().get().stressExponent()).isEqualTo(6.6);
        assertThat(Materials.LLZO.creepLaw()).isEmpty();
    }

    @Test
    void ocvTableInterpolatesLinearlyAndRefusesToExtrapolate() {
        OcvCurve c = OcvCurve.table(new double[] {0.5, 0.75, 1.0}, new double[] {4.2, 3.95, 3.7}, SRC, "test");
        assertThat(c.voltage(0.625)).isCloseTo(4.075, within(1e-12));
        assertThat(c.voltageAtStateOfCharge(0)).isEqualTo(3.7);
        assertThat(c.voltageAtStateOfCharge(1)).isEqualTo(4.2);
        assertThatThrownBy(() -> c.voltage(0.4)).hasMessageContaining("Li stoichiometry x must be in [0.5, 1.0]");
        assertThatThrownBy(() -> OcvCurve.table(new double[] {0.5, 0.5}, new double[] {4, 4}, SRC, ""))
                .hasMessageContaining("strictly increasing");
    }

    @Test
    void printsATableOfPropertyValueUnitAndSource() {
        String s = Materials.LI_METAL.toString();
        assertThat(s).contains("property").contains("value").contains("unit").contains("source");
        assertThat(s).containsPattern("YOUNGS_MODULUS\\s+7\\.82\\s+GPa\\s+Masias et al\\. 2019");
        assertThat(s).containsPattern("POISSON_RATIO\\s+0\\.38\\s+1\\s+Masias");
        assertThat(s).containsPattern("YIELD_STRENGTH\\s+0\\.77 \\(0\\.73 – 0\\.81\\)\\s+MPa");
        assertThat(Materials.LLZO.toString()).containsPattern("IONIC_CONDUCTIVITY\\s+4\\.6e-4\\s+S/cm");
    }

    @Test
    void sourcesListEachPublicationOnce() {
        assertThat(Materials.LI_METAL.sources()).doesNotHaveDuplicates()
                .extracting(Source::year).contains(2019, 2016);
        assertThat(Source.of("Kato, Hamanaka, Yamamoto", 2014, "J").shortCitation()).isEqualTo("Kato et al. 2014");
        assertThat(Source.of("Fu", 1997, "J").shortCitation()).isEqualTo("Fu 1997");
    }
}
