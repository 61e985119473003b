package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.interphase.core.Units;
import org.interphase.materials.Family;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.interphase.materials.Source;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.junit.jupiter.api.Test;

/**
 * A stack layer evaluates the material's own conductivity law at the stack's temperature — the same
 * law, values and refusals as the space-charge phase built from that material (issue 13, defect 3).
 */
class LayerTest {

    static final Source SRC = Source.of("Test", 2026, "none");

    /** A σ(25 °C) of 0.05 S/m and nothing about its temperature dependence. */
    static final Material SIGMA_25_ONLY = Material.builder("sigma25-only").family(Family.OXIDE)
            .property(Property.RELATIVE_PERMITTIVITY, 30, SRC).property(Property.LI_SITE_DENSITY, 1e28, SRC)
            .property(Property.IONIC_CONDUCTIVITY, 0.05, SRC).build();

    @Test
    void layerAndPhaseEvaluateTheSameLawAtTheSameTemperature() {
        Material vtf = Material.builder("vtf-polymer").family(Family.POLYMER)
                .property(Property.RELATIVE_PERMITTIVITY, 5, SRC).property(Property.LI_SITE_DENSITY, 1e27, SRC)
                .property(Property.VTF_PREFACTOR, 300.0, SRC).property(Property.VTF_PSEUDO_ACTIVATION, 1200.0, SRC)
                .property(Property.VTF_REFERENCE_TEMPERATURE, 200.0, SRC).build();
        for (Material m : new Material[] {Materials.LLZO, vtf}) {
            Layer layer = Layer.of(m, Units.nm(10));
            Phase phase = MaterialPhases.builder(m).bulkOccupancy(0.1).build();
            assertThat(layer.conductivityLaw()).contains(phase.conductivity());
            for (double celsius : new double[] {-20, 25, 60, 80}) {
                double t = Units.celsius(celsius);
                double own = m.ionicConductivity(t);
                assertThat(layer.conductivity(t)).isCloseTo(own, within(1e-12 * own));
                assertThat(phase.conductivityAt(t)).isCloseTo(own, within(1e-12 * own));
                assertThat(layer.resistance(t)).isCloseTo(Units.nm(10) / own, within(1e-12 * Units.nm(10) / own));
            }
            assertThat(layer.assumptions()).isEmpty();
        }
    }

    /**
     * Issue 13 (defect 3): with only σ(25 °C), stack.Layer threw at 60 °C while the space-charge phase
     * silently took 0.05 S/m. Both now refuse alike at any temperature but 25 °C.
     */
    @Test
    void aConductivityAt25CelsiusOnlyIsRefusedAlikeAwayFrom25Celsius() {
        Layer layer = Layer.of(SIGMA_25_ONLY, Units.nm(10));
        Phase phase = MaterialPhases.builder(SIGMA_25_ONLY).bulkOccupancy(0.1).build();
        assertThat(layer.conductivity(Units.ROOM_TEMPERATURE)).isEqualTo(0.05);
        assertThat(phase.conductivityAt(Units.ROOM_TEMPERATURE)).isEqualTo(0.05);
        double t = Units.celsius(60);
        for (Runnable use : new Runnable[] {() -> layer.conductivity(t), () -> phase.conductivityAt(t),
                () -> InterfaceStack.between(Materials.LICOO2, Materials.LLZO).temperature(t).coating(layer).build()
                        .budget()}) {
            assertThatThrownBy(use::run).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sigma25-only").hasMessageContaining("IONIC_ACTIVATION_ENERGY")
                    .hasMessageContaining("not at 333.15 K").hasMessageContaining("assumeConstantConductivity()");
        }
        assertThat(layer.assumptions()).isEmpty();
        assertThat(MaterialPhases.builder(SIGMA_25_ONLY).bulkOccupancy(0.1).assumptions()).isEmpty();
    }

    @Test
    void theOptInToAConstantConductivityIsListedAlike() {
        Layer layer = Layer.of(SIGMA_25_ONLY, Units.nm(10)).assumeConstantConductivity();
        MaterialPhases.Builder builder = MaterialPhases.builder(SIGMA_25_ONLY).bulkOccupancy(0.1).assumeConstantConductivity();
        Phase phase = builder.build();
        double t = Units.celsius(60);
        assertThat(layer.conductivity(t)).isEqualTo(0.05);
        assertThat(phase.conductivityAt(t)).isEqualTo(0.05);
        assertThat(layer.assumptions()).hasSize(1).isEqualTo(builder.assumptions());
        assertThat(layer.assumptions().get(0)).contains("sigma25-only", "298.15 K", "assumed at every temperature",
                "IONIC_ACTIVATION_ENERGY");
        assertThat(builder.toString()).contains("assumed at every temperature");
        // the budget line names the assumption
        ResistanceBudget budget = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).temperature(t)
                .coating(layer).build().budget();
        assertThat(budget.toString()).contains("assumed at every T");
        // no effect where the catalog has a law
        assertThat(Layer.of(Materials.LLZO, 1e-6).assumeConstantConductivity().conductivity(t))
                .isEqualTo(Materials.LLZO.ionicConductivity(t));
        assertThat(Layer.of(Materials.LLZO, 1e-6).assumeConstantConductivity().assumptions()).isEmpty();
    }

    @Test
    void anEffectiveConductivityIsTheCallersValueAtEveryTemperature() {
        Layer nb = Layer.of(SIGMA_25_ONLY, Units.nm(10)).withConductivity(Units.sPerCm(8e-9));
        assertThat(nb.conductivity(Units.celsius(80))).isEqualTo(Units.sPerCm(8e-9));
        assertThat(nb.assumptions()).isEmpty();
        assertThat(nb.toString()).isEqualTo("sigma25-only 10.0 nm (σ_eff 8.00e-09 S/cm)");
        assertThat(nb.withThickness(Units.nm(5)).effectiveConductivity()).isEqualTo(OptionalDouble.of(Units.sPerCm(8e-9)));
        Material none = Material.builder("no-sigma").family(Family.METAL).build();
        assertThatThrownBy(() -> Layer.of(none, 1e-9).conductivity(300)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-sigma").hasMessageContaining("withConductivity");
        assertThat(Layer.of(none, 0).resistance(300)).isZero();
        assertThatThrownBy(() -> Layer.of(none, 1e-9).withConductivity(0)).hasMessageContaining("effective conductivity");
        assertThatThrownBy(() -> new Layer(none, 1e-9, null, false)).hasMessageContaining("effective conductivity");
        assertThatThrownBy(() -> Layer.of(none, 1e-9).conductivity(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temperature");
    }
}
