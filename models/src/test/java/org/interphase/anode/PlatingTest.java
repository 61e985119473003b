package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.interphase.materials.Role;
import org.junit.jupiter.api.Test;

class PlatingTest {

    private static final double VM = Units.cm3PerMol(6.94 / 0.534);

    @Test
    void liFilledCrackCurrentIsTheClosedForm() {
        // Porz et al., Adv. Energy Mater. 7, 1701003 (2017): p = Fη/V_m in the flaw, K_I = 1.12·p·√(πc) = K_Ic.
        // LLZO K_Ic = 1.25 MPa·m^½ (Wolfenstine et al., J. Mater. Sci. 48, 5846 (2013)), c = 10 µm, R_ct = 1 Ω·cm²
        PlatingProblem p = PlatingProblem.of(Materials.LLZO);
        double c = 10e-6;
        double eta = VM * 1.25e6 / (Constants.FARADAY * 1.12 * Math.sqrt(Math.PI * c));
        assertThat(p.criticalOverpotential(c)).isCloseTo(eta, withinPercentage(0.1));
        assertThat(PlatingSolver.crackCurrentDensity(p, c)).isCloseTo(eta / 1e-4, withinPercentage(0.1));
        // ∝ K_Ic/√c, ∝ 1/A
        assertThat(PlatingSolver.crackCurrentDensity(p, 4 * c) / PlatingSolver.crackCurrentDensity(p, c))
                .isCloseTo(0.5, withinPercentage(1e-9));
        assertThat(PlatingSolver.crackCurrentDensity(p.withFocusingFactor(100), c))
                .isCloseTo(PlatingSolver.crackCurrentDensity(p, c) / 100, withinPercentage(1e-9));
    }

    @Test
    void largerFlawsAndLowerToughnessLowerTheCriticalCurrent() {
        // Porz et al. (2017): lithium penetration starts at lower current densities on surfaces with larger defects;
        // the tougher LLZTO (Hu et al., Chin. Phys. Lett. 2022) tolerates more than the brittle LPS glass-ceramic
        // (McGrogan et al., Adv. Energy Mater. 7, 1602011 (2017))
        PlatingSolution llzo = PlatingSolver.withDefaults().solve(PlatingProblem.of(Materials.LLZO));
        assertThat(llzo.currentLimit(1e-6).getAsDouble()).isGreaterThan(llzo.currentLimit(1e-5).getAsDouble());
        double tough = PlatingSolver.crackCurrentDensity(PlatingProblem.of(Materials.LLZTO), 1e-5);
        double brittle = PlatingSolver.crackCurrentDensity(PlatingProblem.of(Materials.LPS70), 1e-5);
        assertThat(tough / brittle).isCloseTo(1.51 / 0.23, withinPercentage(1e-6));
    }

    @Test
    void argyroditeCrackLineHasTheOrderOfItsMeasuredCriticalCurrent() {
        // Li6PS5Cl has no measured K_Ic: the catalog takes 0.23 MPa·m^½ of glassy Li2S–P2S5 (McGrogan et al. 2017),
        // as Singh et al., Cell Rep. Phys. Sci. 3, 101043 (2022) do for the Li | Li6PS5Cl interface. With it the crack
        // line enters the map. Duan et al., Mater. Today (2023), doi:10.1016/j.mattod.2023.10.003: cracks filled by
        // lithium filaments fail Li6PS5Cl; the critical current density of a pure pellet is 1.5 mA/cm² (4.0 with
        // Al2O3 fibres that toughen it). With R_ct = 1 Ω·cm² (assumed, the default) and flaws of 10–100 µm the
        // crack line lies at 1.6–4.9 mA/cm²: the measured order of magnitude
        PlatingProblem p = PlatingProblem.of(Materials.LI6PS5CL);
        assertThat(p.fractureToughness()).hasValue(Units.MPa(0.23));
        PlatingSolution s = PlatingSolver.withDefaults().solve(p);
        assertThat(s.map().criteria()).contains(PlatingCriterion.LI_FILLED_CRACK);
        double at10 = Units.toMAPerCm2(PlatingSolver.crackCurrentDensity(p, 10e-6));
        double at100 = Units.toMAPerCm2(PlatingSolver.crackCurrentDensity(p, 100e-6));
        assertThat(at100).isBetween(1.5 / 3, 1.5 * 3);
        assertThat(at10).isBetween(1.5, 4.0 * 3);
        // a tougher electrolyte carries more before its flaws open (the fibres' direction in Duan et al.): the
        // NASICON LATP, K_Ic = 1.1 MPa·m^½ (Jackman & Cutler, J. Power Sources 218, 65 (2012))
        double latp = PlatingSolver.crackCurrentDensity(PlatingProblem.of(Materials.LATP), 10e-6);
        assertThat(Units.toMAPerCm2(latp) / at10).isCloseTo(1.1 / 0.23, withinPercentage(1e-6));
    }

    @Test
    void grainBoundaryLimitIsTheClosedFormForLlzo() {
        // apparent grain-boundary conductivity of LLZO 5.97 µS/cm (Eckhardt et al., Adv. Mater. Interfaces 10,
        // 2202354 (2023), of the LLZO of Krauskopf et al. 2019); grains of 5 µm (assumed); η_n = 50 mV (assumed)
        double rgb = PlatingProblem.grainBoundaryAsr(5e-6, Units.sPerCm(5.97e-6));
        assertThat(rgb).isCloseTo(5e-6 / 5.97e-4, withinPercentage(1e-9));
        PlatingSolution s = PlatingSolver.withDefaults().solve(PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(rgb));
        assertThat(s.grainBoundaryCurrentDensity().orElseThrow()).isCloseTo(0.05 / rgb, withinPercentage(1e-9));
        // 0.6 mA/cm²: the order of the critical current densities reported for LLZO ceramics (0.1–1 mA/cm²)
        assertThat(Units.toMAPerCm2(s.grainBoundaryCurrentDensity().orElseThrow())).isBetween(0.1, 1.0);
        // with the current focused ×100 at a flaw tip (void edges amplify up to 10⁴×, Raj et al., arXiv:2001.06276):
        // small flaws are limited by the grain boundaries, large ones by the crack
        PlatingSolution focused = PlatingSolver.withDefaults().solve(PlatingProblem.of(Materials.LLZO)
                .withGrainBoundaryAsr(rgb).withFocusingFactor(100));
        assertThat(focused.limitingCriterion(1e-7)).contains(PlatingCriterion.GRAIN_BOUNDARY);
        assertThat(focused.limitingCriterion(1e-4)).contains(PlatingCriterion.LI_FILLED_CRACK);
    }

    @Test
    void monroeNewmanIsReusedAndIndependentOfCurrentAndFlaw() {
        PlatingSolution llzo = PlatingSolver.withDefaults().solve(PlatingProblem.of(Materials.LLZO));
        assertThat(llzo.monroeNewman().orElseThrow().suppresses()).isTrue();
        PlatingSolution soft = PlatingSolver.withDefaults().solve(PlatingProblem.of(Materials.LLZO).withShearModulus(1e9));
        assertThat(soft.monroeNewman().orElseThrow().suppresses()).isFalse();
        assertThat(soft.currentLimit(1e-6).getAsDouble()).isZero();
        assertThat(soft.map().safeFraction()).isZero();
        for (int i = 0; i < 50; i += 7) {
            for (int j = 0; j < 50; j += 7) {
                assertThat(llzo.map().allows(PlatingCriterion.MONROE_NEWMAN, i, j)).isTrue();
            }
        }
    }

    @Test
    void mapRegionsFollowTheCriteriaCellByCell() {
        PlatingProblem p = PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(Units.ohmCm2(50));
        PlatingSolution s = PlatingSolver.withDefaults().solve(p);
        CurrentLimitMap m = s.map();
        double[] j = m.currentDensities();
        double[] c = m.flawSizes();
        assertThat(j).hasSize(50);
        assertThat(c).hasSize(50);
        assertThat(j[0]).isEqualTo(0.01);
        assertThat(c[49]).isEqualTo(1e-4);
        int safe = 0;
        for (int a = 0; a < j.length; a++) {
            for (int b = 0; b < c.length; b++) {
                double crack = Units.MPa(1.25) * VM / (Constants.FARADAY * 1.12 * Math.sqrt(Math.PI * c[b]) * 1e-4);
                assertThat(m.allows(PlatingCriterion.LI_FILLED_CRACK, a, b)).isEqualTo(j[a] < crack);
                assertThat(m.allows(PlatingCriterion.GRAIN_BOUNDARY, a, b)).isEqualTo(j[a] < 0.05 / Units.ohmCm2(50));
                boolean expected = j[a] < Math.min(crack, 0.05 / Units.ohmCm2(50));
                assertThat(m.safe(a, b)).isEqualTo(expected);
                assertThat(j[a] < s.currentLimit(c[b]).orElse(Double.POSITIVE_INFINITY)).isEqualTo(expected);
                safe += expected ? 1 : 0;
            }
        }
        assertThat(m.safeFraction()).isEqualTo(safe / 2500.0);
        assertThat(m.toCsv().lines().count()).isEqualTo(2501);
    }

    @Test
    void everyCatalogElectrolyteGetsAMapWithTheCriteriaItsDataAllow() {
        for (Material e : Materials.withRole(Role.SOLID_ELECTROLYTE)) {
            PlatingSolution s = PlatingSolver.withDefaults().withPoints(10, 10).solve(PlatingProblem.of(e));
            assertThat(s.map().criteria().contains(PlatingCriterion.MONROE_NEWMAN))
                    .isEqualTo(e.has(org.interphase.materials.Property.SHEAR_MODULUS));
            assertThat(s.map().criteria().contains(PlatingCriterion.LI_FILLED_CRACK))
                    .isEqualTo(e.has(org.interphase.materials.Property.FRACTURE_TOUGHNESS));
            assertThat(s.toString()).contains(e.id());
        }
        PlatingSolution peo = PlatingSolver.withDefaults().solve(PlatingProblem.of(Materials.PEO_LITFSI));
        assertThat(peo.warnings()).anyMatch(w -> w.contains("not evaluated"));
        assertThatThrownBy(() -> peo.map().allows(PlatingCriterion.LI_FILLED_CRACK, 0, 0))
                .hasMessageContaining("not on this map");
    }

    /** ε̇ of the catalog's Li creep law written out (n = 6.6, Q = 37 kJ/mol, 0.77 MPa at 1e-3 1/s, 25 °C). */
    private static double liStrainRate(double stress, double t) {
        return 1e-3 * Math.pow(stress / 0.77e6, 6.6) * Math.exp(-Units.perParticle(Units.kJPerMol(37))
                / Constants.BOLTZMANN * (1 / t - 1 / Units.ROOM_TEMPERATURE));
    }

    @Test
    void temperatureMapFollowsTheClosedFormsAtEachTemperature() {
        // Li | LLZO: R_ct = 1 Ω·cm² at 25 °C with an example activation of 0.4 eV for 1/R_ct (a test value, not a
        // catalog one); R_gb = 50 Ω·cm² following LLZO's conductivity law from the catalog; the stripping limit
        // of Li at 1 MPa (creep 37 kJ/mol, vacancy diffusion 55 kJ/mol). Every cell against the closed forms.
        double ea = Units.eV(0.4);
        double t0 = Units.ROOM_TEMPERATURE;
        double rgb = Units.ohmCm2(50);
        double p = Units.MPa(1);
        PlatingProblem problem = PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(rgb)
                .withChargeTransferLaw(Arrhenius.fromReference(1, t0, ea))
                .withStripping(StrippingProblem.of(LithiumSupply.lithium(), Materials.LLZO, p, t0, 1));
        double c = 10e-6;
        PlatingSolution s = PlatingSolver.withDefaults().withPoints(40, 5).withTemperaturePoints(11)
                .withTemperatureMapFlawSize(c).solve(problem);
        CurrentLimitMap m = s.temperatureMap();
        assertThat(m.columnAxis()).isEqualTo(CurrentLimitMap.Axis.TEMPERATURE);
        assertThat(m.criteria()).containsExactly(PlatingCriterion.MONROE_NEWMAN, PlatingCriterion.LI_FILLED_CRACK,
                PlatingCriterion.GRAIN_BOUNDARY, PlatingCriterion.STRIPPING_VOIDS);
        double[] t = m.temperatures();
        assertThat(t[0]).isCloseTo(Units.celsius(-20), withinPercentage(1e-12));
        assertThat(t[10]).isCloseTo(Units.celsius(80), withinPercentage(1e-12));
        double eaLlzo = Materials.LLZO.require(Property.IONIC_ACTIVATION_ENERGY);
        double[] j = m.currentDensities();
        double vm = Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        double g = 2 * Math.PI / 3 * 10e-6 * Math.pow(0.1 / Math.PI, 1.5);
        for (int k = 0; k < t.length; k++) {
            double inv = 1 / t[k] - 1 / t0;
            double crack = vm * 1.25e6 / (Constants.FARADAY * 1.12 * Math.sqrt(Math.PI * c))
                    / (1e-4 * Math.exp(ea / Constants.BOLTZMANN * inv));
            double gb = 0.05 / (rgb * Math.exp(eaLlzo / Constants.BOLTZMANN * inv));
            // the flow-stress cap σ_y(T) = 0.77 MPa·exp(Q/(n·k_B)·(1/T − 1/T0)) (not reached at 1 MPa)
            double stress = Math.min(3 * p / (1 - 0.1) / (2 * 6.6), 0.77e6 * Math.exp(Units.perParticle(
                    Units.kJPerMol(37)) / (6.6 * Constants.BOLTZMANN) * inv));
            double strip = Constants.FARADAY / vm * (5.69e-15 * Math.exp(-Units.perParticle(Units.kJPerMol(55))
                    / Constants.BOLTZMANN * inv) / (0.727 * 50e-6) + 1.5 * liStrainRate(stress, t[k]) * g);
            assertThat(s.currentLimit(c, t[k]).getAsDouble()).as("limit at %s K", t[k])
                    .isCloseTo(Math.min(crack, Math.min(gb, strip)), withinPercentage(1e-6));
            for (int row = 0; row < j.length; row++) {
                assertThat(m.allows(PlatingCriterion.LI_FILLED_CRACK, row, k)).isEqualTo(j[row] < crack);
                assertThat(m.allows(PlatingCriterion.GRAIN_BOUNDARY, row, k)).isEqualTo(j[row] < gb);
                assertThat(m.allows(PlatingCriterion.STRIPPING_VOIDS, row, k)).isEqualTo(j[row] < strip);
            }
        }
        // warmer: every limit rises; the flaw map at 25 °C is the one without temperature
        assertThat(s.currentLimit(c, t[10]).getAsDouble()).isGreaterThan(s.currentLimit(c, t[0]).getAsDouble());
        assertThat(s.map().temperatures()[0]).isEqualTo(t0);
        assertThat(s.currentLimit(c).getAsDouble()).isEqualTo(s.currentLimit(c, t0).getAsDouble());
        assertThat(m.toCsv().lines().findFirst().orElseThrow()).startsWith("current_density_A_per_m2,flaw_size_m,temperature_K");
    }

    @Test
    void withoutAChargeTransferLawTheCrackCriterionLeavesTheTemperatureMap() {
        PlatingSolution s = PlatingSolver.withDefaults().withPoints(6, 6).withTemperaturePoints(6)
                .solve(PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(Units.ohmCm2(50)));
        assertThat(s.map().criteria()).contains(PlatingCriterion.LI_FILLED_CRACK);
        assertThat(s.temperatureMap().criteria()).doesNotContain(PlatingCriterion.LI_FILLED_CRACK)
                .contains(PlatingCriterion.GRAIN_BOUNDARY);
        assertThat(s.warnings()).anyMatch(w -> w.contains("LI_FILLED_CRACK is not on the temperature map"));
        assertThat(s.currentLimit(1e-5, Units.celsius(60))).isPresent();
        assertThat(s.limitingCriterion(1e-5, Units.celsius(60))).contains(PlatingCriterion.GRAIN_BOUNDARY);
    }

    @Test
    void aStrippingInterlayerKnownAtOneTemperatureKeepsTheStrippingLimitOffTheTemperatureMap() {
        // D_Li known at 25 °C only (a SinglePoint law): the stripping limit is on the 25 °C flaw map, not over −20…80 °C
        StrippingProblem.Interlayer layer = new StrippingProblem.Interlayer("test layer", 1e-6,
                org.interphase.core.SinglePoint.of(1e-16, Units.ROOM_TEMPERATURE), 5e4);
        PlatingProblem p = PlatingProblem.of(Materials.LLZO).withStripping(StrippingProblem.of(LithiumSupply.lithium(),
                Materials.LLZO, Units.MPa(1), Units.ROOM_TEMPERATURE, 1).withInterlayer(layer));
        PlatingSolution s = PlatingSolver.withDefaults().withPoints(6, 6).withTemperaturePoints(6).solve(p);
        assertThat(s.map().criteria()).contains(PlatingCriterion.STRIPPING_VOIDS);
        assertThat(s.temperatureMap().criteria()).doesNotContain(PlatingCriterion.STRIPPING_VOIDS);
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("STRIPPING_VOIDS is not on the temperature map"));
        // at 25 °C the interlayer's F·D·c/t = 0.48 A/m² sets the limit: below the metal's supply (1.16 A/m², vacancy
        // diffusion at 1 MPa) and the crack's at a 10 µm flaw
        double jil = Constants.FARADAY * 1e-16 * 5e4 / 1e-6;
        assertThat(jil).isLessThan(PlatingSolver.crackCurrentDensity(p, 1e-5));
        assertThat(s.currentLimit(1e-5).getAsDouble()).isCloseTo(jil, withinPercentage(1e-9));
        assertThat(s.limitingCriterion(1e-5)).contains(PlatingCriterion.STRIPPING_VOIDS);
    }
}
