package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.stack.Layer;
import org.junit.jupiter.api.Test;

class LithiumInterphaseTest {

    private static final double T = Units.celsius(25);

    @Test
    void typesOfTheCatalogElectrolytesFollowTheLiterature() {
        // garnets stable against Li; thiophosphates form Li2S/Li3P (Wenzel et al., Solid State Ionics 286, 24 (2016));
        // Ge⁴⁺ of LGPS reduced to a Li–Ge alloy (Wenzel et al., Chem. Mater. 28, 2400 (2016)); Ti⁴⁺/Ge⁴⁺ of the NASICONs
        assertThat(InterphaseType.expectedFor(Materials.LLZO)).contains(InterphaseType.STABLE);
        assertThat(InterphaseType.expectedFor(Materials.LIPON)).contains(InterphaseType.STABLE);
        assertThat(InterphaseType.expectedFor(Materials.LI6PS5CL)).contains(InterphaseType.SELF_LIMITING);
        assertThat(InterphaseType.expectedFor(Materials.LPS70)).contains(InterphaseType.SELF_LIMITING);
        assertThat(InterphaseType.expectedFor(Materials.LGPS)).contains(InterphaseType.MIXED_CONDUCTING);
        assertThat(InterphaseType.expectedFor(Materials.LATP)).contains(InterphaseType.MIXED_CONDUCTING);
        assertThat(InterphaseType.expectedFor(Materials.LAGP)).contains(InterphaseType.MIXED_CONDUCTING);
        assertThat(InterphaseType.expectedFor(Materials.PEO_LITFSI)).isEmpty();
    }

    @Test
    void argyroditeSeiGrowsAsAktekinMeasure() {
        // Aktekin, Riegger, Otto, Fuchs, Henss, Janek, Nat. Commun. (2023), doi:10.1038/s41467-023-42512-y: on
        // Li6PS5Cl the SEI consumes lithium as √t, 60 µAh/cm² (≈ 540 nm, 9 nm per µAh/cm²) in 400 h at 25 °C and in
        // 120 h at 40 °C
        double nmPerMicroAhPerCm2 = 9;
        LithiumInterphase sei = LithiumInterphase.argyroditeSei(1e-6);
        double t40 = Units.celsius(40);
        assertThat(sei.thickness(Units.hours(400), T)).isCloseTo(540e-9, withinPercentage(1e-9));
        assertThat(sei.thickness(Units.hours(120), t40)).isCloseTo(540e-9, withinPercentage(1e-9));
        assertThat(sei.thickness(Units.hours(100), T) / sei.thickness(Units.hours(400), T)).isCloseTo(0.5,
                withinPercentage(1e-9));
        // one week: the √t law through 400 h gives 540·√(168/400) = 350 nm. This is NOT agreement with the paper: their
        // one-week estimate is 315 nm and their ToF-SIMS/AFM measurement 235–305 nm, so the law over-predicts the
        // one-week SEI by 11 % (estimate) to 15–49 % (measurement). The guide states this; the test pins the law's value
        // and that it lies above both, so that a change in either direction is seen
        double week = sei.thickness(Units.hours(168), T);
        assertThat(week).isCloseTo(540e-9 * Math.sqrt(168.0 / 400), withinPercentage(1e-9));
        assertThat(week).isGreaterThan(315e-9).isGreaterThan(305e-9);
        // and their extrapolation of the lithium lost after one year: ≈ 0.3 mAh/cm² at 25 °C, ≈ 0.5 mAh/cm² at 40 °C
        double year = Units.hours(24 * 365.25);
        double lost25 = sei.thickness(year, T) / (nmPerMicroAhPerCm2 * 1e-9) / 1000; // mAh/cm²
        double lost40 = sei.thickness(year, t40) / (nmPerMicroAhPerCm2 * 1e-9) / 1000;
        assertThat(lost25).isCloseTo(0.3, within(0.05));
        assertThat(lost40).isCloseTo(0.5, within(0.05));
        // the two temperatures imply Ea = k_B·ln(400/120)/(1/298.15 − 1/313.15) = 0.65 eV (derived here)
        assertThat(LithiumInterphase.argyroditeParabolicConstant().activationEnergy() / Constants.ELEMENTARY_CHARGE)
                .isCloseTo(0.646, within(0.005));
        // resistance x/σ with the σ the user gives
        assertThat(sei.resistance(Units.hours(400), T)).isCloseTo(540e-9 / 1e-6, withinPercentage(1e-9));
        assertThat(sei.type()).isEqualTo(InterphaseType.SELF_LIMITING);
        assertThatThrownBy(() -> LithiumInterphase.argyroditeSei(0)).hasMessageContaining("conductivity");
    }

    @Test
    void stableInterphaseKeepsItsResistance() {
        LithiumInterphase s = LithiumInterphase.stable("none on LLZO", 2e-9, 1e-4);
        assertThat(s.resistance(0, T)).isEqualTo(2e-5);
        assertThat(s.resistance(1e7, T)).isEqualTo(2e-5);
    }

    @Test
    void selfLimitingResistanceFollowsTheSquareRootLaw() {
        // Wenzel et al., Chem. Mater. 28, 2400 (2016): the Li | LGPS interphase resistance grows as √t. Calibrated from
        // R(0) = 10 Ω·cm² and R(24 h) = 30 Ω·cm² (an example, not their numbers), R² − R0² is linear in t
        double sigma = 1e-5;
        LithiumInterphase ip = LithiumInterphase.selfLimitingFromResistance("Li2S/Li3P", sigma, Units.ohmCm2(10),
                Units.ohmCm2(30), Units.hours(24), T, Units.eV(0.4));
        assertThat(ip.resistance(Units.hours(24), T)).isCloseTo(Units.ohmCm2(30), withinPercentage(1e-9));
        double r0 = Units.ohmCm2(10);
        double r6 = ip.resistance(Units.hours(6), T);
        double r24 = ip.resistance(Units.hours(24), T);
        assertThat((r24 * r24 - r0 * r0) / (r6 * r6 - r0 * r0)).isCloseTo(4.0, withinPercentage(1e-9));
        // the parabolic constant's Arrhenius factor
        double hot = Units.celsius(60);
        double k25 = (r24 * r24 - r0 * r0) * sigma * sigma;
        double r60 = ip.resistance(Units.hours(24), hot);
        double k60 = (r60 * r60 - r0 * r0) * sigma * sigma;
        assertThat(k60 / k25).isCloseTo(Math.exp(Units.eV(0.4) / Constants.BOLTZMANN * (1 / T - 1 / hot)),
                withinPercentage(1e-6));
    }

    @Test
    void mixedConductingInterphaseGrowsLinearlyAndOvertakesTheSelfLimitingOne() {
        // same initial rate: Deal–Grove x ≈ x0 + (B/A)·t for x ≪ A = B/(B/A)
        Arrhenius b = Arrhenius.of(1e-14, 0);
        Arrhenius ba = Arrhenius.of(1e-12, 0); // A = 10 mm: linear over any battery time
        LithiumInterphase mci = LithiumInterphase.mixedConducting("LATP reduced", b, ba, 1e-5, 0);
        double day = Units.days(1);
        assertThat(mci.thickness(2 * day, T)).isCloseTo(2 * mci.thickness(day, T), withinPercentage(0.01));
        assertThat(mci.thickness(day, T)).isCloseTo(1e-12 * day, withinPercentage(0.01));
        // a self-limiting layer of the same thickness after one day grows by √2 only over two days
        double x1 = mci.thickness(day, T);
        LithiumInterphase sei = LithiumInterphase.selfLimiting("Li2S", Arrhenius.of(x1 * x1 / (2 * day), 0), 1e-5, 0);
        assertThat(sei.thickness(day, T)).isCloseTo(x1, withinPercentage(1e-9));
        assertThat(sei.thickness(100 * day, T)).isCloseTo(10 * x1, withinPercentage(1e-9));
        assertThat(mci.thickness(100 * day, T)).isGreaterThan(5 * sei.thickness(100 * day, T));
    }

    @Test
    void resistanceOverCyclesIsTheResistanceAtTheirTime() {
        LithiumInterphase ip = LithiumInterphase.selfLimiting("Li2S/Li3P", Arrhenius.of(1e-20, 0), 1e-6, 1e-9);
        LithiumInterphaseProblem p = new LithiumInterphaseProblem(ip, T, Units.hours(2), 50);
        LithiumInterphaseSolution s = LithiumInterphaseSolver.withDefaults().solve(p);
        for (int k = 0; k <= 50; k += 10) {
            assertThat(s.resistanceAfterCycle().y(k)).isCloseTo(ip.resistance(k * Units.hours(2), T), within(1e-18));
        }
        assertThat(s.finalResistance()).isCloseTo(ip.resistance(Units.hours(100), T), withinPercentage(1e-9));
        assertThat(s.warnings()).anyMatch(w -> w.contains("time only"));
        LithiumInterphaseSolution m = LithiumInterphaseSolver.withDefaults().solve(new LithiumInterphaseProblem(
                LithiumInterphase.mixedConducting("LAGP reduced", Arrhenius.of(1e-14, 0), Arrhenius.of(1e-12, 0), 1e-5, 0),
                T, Units.hours(2), 10));
        assertThat(m.warnings()).anyMatch(w -> w.contains("does not stop"));
    }

    @Test
    void interphaseJoinsTheStackAsALayer() {
        LithiumInterphase ip = LithiumInterphase.selfLimiting("Li2S/Li3P", Arrhenius.of(1e-20, 0), 1e-6, 1e-9);
        Layer layer = ip.toLayer(Materials.LI2S, Units.hours(10), T);
        assertThat(layer.thickness()).isEqualTo(ip.thickness(Units.hours(10), T));
        assertThat(layer.effectiveConductivity()).hasValue(1e-6);
    }

    @Test
    void carbonateLayerLimitsAndRemoval() {
        double rct = Units.ohmCm2(2);
        CarbonateLayer c = new CarbonateLayer(10e-9, 1.0, 1e-6, 1.0, 0.1);
        // full coverage: (R_ct + x/σ)/f_c; clean: R_ct/f_g
        assertThat(c.interfaceAsr(rct)).isCloseTo((rct + 10e-9 / 1e-6) / 0.1, withinPercentage(1e-9));
        assertThat(c.removed().interfaceAsr(rct)).isCloseTo(rct, withinPercentage(1e-12));
        // thicker and more complete layers cost more; removal restores contact (Sharafi et al., Chem. Mater. 29,
        // 7961 (2017): ~400 → 2 Ω·cm² once the Li2CO3 is removed)
        assertThat(c.withThickness(20e-9).interfaceAsr(rct)).isGreaterThan(c.interfaceAsr(rct));
        assertThat(c.withCoverage(0.5).interfaceAsr(rct)).isLessThan(c.interfaceAsr(rct));
        assertThat(c.contactFraction()).isEqualTo(0.1);
        assertThat(c.removed().contactFraction()).isEqualTo(1.0);
        assertThat(c.interfaceAsr(rct) / c.removed().interfaceAsr(rct)).isGreaterThan(100);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> new LithiumInterphase("x", InterphaseType.STABLE,
                java.util.Optional.of(org.interphase.diffusion.ParabolicGrowth.of(Arrhenius.of(1e-20, 0))), 1e-6, 0))
                .hasMessageContaining("growth law");
        assertThatThrownBy(() -> LithiumInterphase.selfLimitingFromResistance("x", 1e-6, 2e-3, 1e-3, 10, T, 0))
                .hasMessageContaining("later resistance");
        assertThatThrownBy(() -> new CarbonateLayer(1e-9, 1.5, 1e-6, 1, 0.1)).hasMessageContaining("coverage");
    }
}
