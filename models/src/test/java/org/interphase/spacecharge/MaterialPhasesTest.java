package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Units;
import org.interphase.core.VogelTammannFulcher;
import org.interphase.materials.Family;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Source;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

/** Phases built from catalog entries use the catalog's values, and say what is missing. */
class MaterialPhasesTest {

    static final Source SRC = Source.of("Test", 2026, "none");

    @Test
    void llzoPhaseCarriesTheCatalogValues() {
        Phase llzo = MaterialPhases.builder(Materials.LLZO).build();
        assertThat(llzo.relativePermittivity()).isEqualTo(Materials.LLZO.require(Property.RELATIVE_PERMITTIVITY));
        LatticeGas law = (LatticeGas) llzo.law();
        assertThat(law.siteDensity()).isEqualTo(Materials.LLZO.require(Property.LI_SITE_DENSITY));
        // θ∞ = mobile carriers / sites when the catalog has both, else 1/2
        double theta = Materials.LLZO.has(Property.MOBILE_CARRIER_DENSITY)
                ? Materials.LLZO.require(Property.MOBILE_CARRIER_DENSITY) / law.siteDensity() : 0.5;
        assertThat(law.bulkOccupancy()).isCloseTo(theta, within(1e-15));
        for (double t : new double[] {260, Units.ROOM_TEMPERATURE, 350}) {
            assertThat(llzo.conductivityAt(t)).isCloseTo(Materials.LLZO.ionicConductivity(t),
                    within(1e-12 * Materials.LLZO.ionicConductivity(t)));
        }
        assertThat(llzo.name()).isEqualTo(Materials.LLZO.id());
    }

    @Test
    void missingValuesNameThePropertyAndTheSetter() {
        // a user material with a conductivity only (the built-in catalog keeps gaining values)
        Material bare = Material.builder("bare-electrolyte").family(Family.SULFIDE)
                .property(Property.IONIC_CONDUCTIVITY, 0.01, Source.of("Test", 2026, "none")).build();
        assertThatThrownBy(() -> MaterialPhases.builder(bare).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RELATIVE_PERMITTIVITY").hasMessageContaining("relativePermittivity(");
        assertThatThrownBy(() -> MaterialPhases.builder(bare).relativePermittivity(9).build())
                .hasMessageContaining("LI_SITE_DENSITY").hasMessageContaining("siteDensity(");
        // σ(25 °C) without activation energy: σ∞ at 25 °C, a refusal elsewhere unless the caller opts in
        Phase bareAt25 = MaterialPhases.builder(bare).relativePermittivity(9).siteDensity(1e28).build();
        assertThat(bareAt25.conductivityAt(Units.ROOM_TEMPERATURE)).isEqualTo(0.01);
        assertThatThrownBy(() -> bareAt25.conductivityAt(300)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("IONIC_ACTIVATION_ENERGY").hasMessageContaining("assumeConstantConductivity()");
        assertThat(MaterialPhases.builder(bare).relativePermittivity(9).siteDensity(1e28).assumeConstantConductivity()
                .build().conductivityAt(300)).isEqualTo(0.01);
        Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).siteDensity(Units.perCm3(3.72e22))
                .build();
        assertThat(lps.conductivityAt(Units.ROOM_TEMPERATURE))
                .isCloseTo(Materials.LI3PS4.ionicConductivity(Units.ROOM_TEMPERATURE), within(1e-9));
        assertThatThrownBy(() -> MaterialPhases.lithiumChemicalPotential(bare)).hasMessageContaining("LI_CHEMICAL_POTENTIAL");
        assertThat(Units.toEV(MaterialPhases.lithiumChemicalPotential(Materials.LI4TI5O12)))
                .isCloseTo(-Materials.LI4TI5O12.require(Property.VOLTAGE_VS_LI), within(1e-12));
    }

    /**
     * Review gap 14: θ∞ = 1/2 was assumed silently, and an electron conductor needed an ionic
     * conductivity it never uses.
     */
    @Test
    void assumptionsAreListedAndAnElectronConductorNeedsNoConductivity() {
        Material metal = Material.builder("user-cathode").family(Family.OXIDE)
                .property(Property.RELATIVE_PERMITTIVITY, 12, Source.of("Test", 2026, "none"))
                .property(Property.LI_SITE_DENSITY, 4e28, Source.of("Test", 2026, "none")).build();
        MaterialPhases.Builder b = MaterialPhases.builder(metal).electronConductor(true);
        assertThat(b.assumptions()).anySatisfy(a -> assertThat(a).contains("θ∞ = 1/2", "MOBILE_CARRIER_DENSITY"));
        assertThat(b.assumptions()).anySatisfy(a -> assertThat(a).contains("no ionic conductivity"));
        assertThat(b.toString()).contains("θ∞ = 1/2");
        assertThat(MaterialPhases.builder(metal).bulkOccupancy(0.3).assumptions()).isEmpty();
        Phase lco = b.build();
        assertThat(lco.toString()).contains("σ∞ not given", "electron conductor");
        assertThatThrownBy(lco::ionicOnly).isInstanceOf(IllegalStateException.class).hasMessageContaining("conductivity");
        assertThatThrownBy(() -> lco.conductivityAt(300)).isInstanceOf(IllegalStateException.class);
        Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).siteDensity(Units.perCm3(3.72e22))
                .build();
        Junction j = Junction.of(lco, lps, Units.eV(0.5), Units.ROOM_TEMPERATURE);
        JunctionSolution s = JunctionSolver.withDefaults().solve(j);
        assertThat(s.right().drop()).isCloseTo(0.5, within(1e-12));
        assertThat(LayeredSolver.withDefaults().solve(LayeredJunction.of(j)).layer(1).resistance())
                .isCloseTo(s.right().resistance(), within(1e-3 * s.right().resistance()));
        // an ionic phase still needs one
        assertThatThrownBy(() -> MaterialPhases.builder(metal).build()).hasMessageContaining("IONIC_CONDUCTIVITY");
    }

    /**
     * Issue 13 (defect 3): a VTF polymer electrolyte got, as a phase, the Arrhenius law through its
     * values at 15 and 35 °C — 1.90× its own law at 60 °C and 3.93× at 80 °C for these parameters,
     * and unlisted. The phase now evaluates the material's own VTF law.
     */
    @Test
    void aVtfElectrolyteIsEvaluatedWithItsOwnVtfLaw() {
        double a = 300.0;   // S·K^½/m, illustrative PEO–LiTFSI-sized parameters
        double b = 1200.0;  // K
        double t0 = 200.0;  // K
        Material peo = Material.builder("vtf-polymer").family(Family.POLYMER)
                .property(Property.RELATIVE_PERMITTIVITY, 5, SRC).property(Property.LI_SITE_DENSITY, 1e27, SRC)
                .property(Property.MOBILE_CARRIER_DENSITY, 1e26, SRC)
                .property(Property.VTF_PREFACTOR, a, SRC).property(Property.VTF_PSEUDO_ACTIVATION, b, SRC)
                .property(Property.VTF_REFERENCE_TEMPERATURE, t0, SRC).build();
        MaterialPhases.Builder builder = MaterialPhases.builder(peo);
        Phase phase = builder.build();
        assertThat(phase.conductivity()).isEqualTo(VogelTammannFulcher.of(a, b, t0))
                .isEqualTo(peo.conductivityLaw().orElseThrow());
        for (double celsius : new double[] {60, 80}) {
            double t = Units.celsius(celsius);
            double own = a / Math.sqrt(t) * Math.exp(-b / (t - t0));
            assertThat(phase.conductivityAt(t)).isCloseTo(own, within(1e-12 * own))
                    .isCloseTo(peo.ionicConductivity(t), within(1e-12 * own));
        }
        assertThat(builder.assumptions()).isEmpty();
        assertThatThrownBy(() -> phase.conductivityAt(t0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("vtf-polymer").hasMessageContaining("> T0 = 200.0 K");
    }

    @Test
    void aCoatedJunctionIsAFewLines() {
        Phase lco = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
        Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).siteDensity(Units.perCm3(3.78e22))
                .bulkOccupancy(1e-3).build();
        Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).siteDensity(Units.perCm3(3.72e22))
                .build();
        Junction bare = Junction.of(lco, lps, Units.eV(0.5), Units.ROOM_TEMPERATURE);
        LayeredSolution coated = LayeredSolver.withDefaults().solve(LayeredJunction.coated(bare, lnb, Units.nm(5), 0));
        assertThat(coated.totalResistance()).isLessThan(JunctionSolver.withDefaults().solve(bare).totalResistance());
        assertThat(lco.electronConductor()).isTrue();
    }
}
