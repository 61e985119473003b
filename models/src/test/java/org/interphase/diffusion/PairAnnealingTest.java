package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

/** The materials-based convenience against the numbers the catalog carries, with their sources. */
class PairAnnealingTest {

    @Test
    void cobaltPenetratesLlzoAsTheCatalogDiffusivitySays() {
        // Co in LLZO, D(700 °C) = 9.46e-14 cm²/s, Ea = 1.65 eV (ChemRxiv 2023, as carried by the catalog):
        // one hour at 700 °C gives 2√(Dt) = 2√(9.46e-18 m²/s × 3600 s)
        ThermalSchedule hold = ThermalSchedule.isothermal(Units.celsius(700), Units.hours(1));
        PairAnnealing anneal = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, hold);
        PairAnnealing.Penetration co = anneal.penetrations().stream().filter(p -> p.data().species().equals("Co"))
                .findFirst().orElseThrow();
        assertThat(co.diffusionLength()).isCloseTo(2 * Math.sqrt(9.46e-18 * 3600), withinPercentage(1e-6));
        assertThat(co.profile(100, Units.um(1), 101).valueAt(co.diffusionLength()))
                .isCloseTo(100 * org.apache.commons.math3.special.Erf.erfc(1), within(0.5));
        assertThat(anneal.toString()).contains("Co into").contains("La2CoO4");
    }

    /**
     * ∫exp(−a/T(t))dt over a linear ramp T_a → T_b at |dT/dt| = rate, from the closed-form antiderivative
     * ∫exp(−a/T)dT = (T²/a)·exp(−a/T)·Σ_n (−1)^n (n+1)!·(T/a)^n (asymptotic; T/a ≈ 0.05 here, so the
     * terms fall by ~20× each up to n ≈ a/T). Returns {value, bound on the truncation error}.
     */
    private static double[] rampIntegral(double ta, double tb, double rate, double a) {
        double[] fa = antiderivative(Math.min(ta, tb), a);
        double[] fb = antiderivative(Math.max(ta, tb), a);
        return new double[] {(fb[0] - fa[0]) / rate, (fb[1] + fa[1]) / rate};
    }

    private static double[] antiderivative(double t, double a) {
        double front = t * t / a * Math.exp(-a / t);
        double sum = 0;
        double term = 1;
        int terms = 8;
        for (int n = 0; n < terms; n++) {
            sum += term;
            term *= -(n + 2) * t / a;
        }
        return new double[] {front * sum, front * Math.abs(term)}; // the first omitted term bounds the error
    }

    @Test
    void la2coo4GrowthCalibratedToKim2011PredictsTheAnnealFromTheClosedForm() {
        // Published: ~50 nm of La2CoO4 between LLZO and LiCoO2 after depositing the cathode (Kim, Iriyama,
        // Yamamoto et al., J. Power Sources 196 (2011) 764, as quoted by the review, Wang et al. 2018).
        // ASSUMED, because the review gives neither: (1) the deposition history, 1 h at 600 °C with 10 K/min
        // ramps from 25 °C; (2) diffusion-limited (parabolic) growth with the activation energy of Co in
        // LLZO, 1.65 eV (ChemRxiv preprint 642050a491074bccd04fa1b6, 2023, authors not retrieved; D(700 °C)
        // = 9.46e-14 cm²/s). No second measured thickness is available to us, so the model is calibrated on
        // the one reported condition and its prediction for the anneal (+1 h at 700 °C, 5 K/min
        // ramps) is checked against x = x_dep·√(1 + I_anneal/I_dep), I = ∫exp(−Ea/k_B T)dt from the
        // closed-form ramp integrals above — an independent computation with its own error bound.
        double a = Units.eV(1.65) / org.interphase.core.Constants.BOLTZMANN; // K
        double t25 = Units.celsius(25);
        double t600 = Units.celsius(600);
        double t700 = Units.celsius(700);
        ThermalSchedule deposition = ThermalSchedule.startingAt(t25).rampTo(t600, 10.0 / 60)
                .hold(Units.hours(1)).coolTo(t25, 10.0 / 60).build();
        ThermalSchedule annealOnly = ThermalSchedule.startingAt(t25).rampTo(t700, 5.0 / 60).hold(Units.hours(1))
                .coolTo(t25, 5.0 / 60).build();
        PairAnnealing atDeposition = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, deposition);
        ParabolicGrowth law = atDeposition.calibrateParabolic("La2CoO4", Units.nm(50), Units.eV(1.65), 0);

        double[] rampDep = rampIntegral(t25, t600, 10.0 / 60, a);
        double[] rampAnn = rampIntegral(t25, t700, 5.0 / 60, a);
        double iDep = 2 * rampDep[0] + Units.hours(1) * Math.exp(-a / t600);
        double iAnn = 2 * rampAnn[0] + Units.hours(1) * Math.exp(-a / t700);
        double relBound = 2 * rampDep[1] / iDep + 2 * rampAnn[1] / iAnn;
        double expected = Units.nm(50) * Math.sqrt(1 + iAnn / iDep);
        // the closed form's truncation bound (≈ 5e-6 here; measured difference 1.0e-6) plus the schedule quadrature's 1e-8 relative
        double band = 0.5 * relBound + 1e-7;
        assertThat(relBound).isLessThan(1e-4);
        double annealed = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, deposition.then(annealOnly))
                .interphase("La2CoO4", law, Units.sPerCm(1e-10)).thickness();
        assertThat(annealed).isCloseTo(expected, within(band * expected));
        // the prediction: 50 nm → 173 nm, i.e. of the order of a hundred nm more
        assertThat(Units.toNm(expected)).isBetween(100.0, 200.0);
        // the calibration itself reproduces the anchor on its own history (a round trip, not a test of the data)
        Interphase layer = atDeposition.interphase("La2CoO4", law, Units.sPerCm(1e-10));
        assertThat(layer.thickness()).isCloseTo(Units.nm(50), within(1e-9 * Units.nm(50)));
        assertThat(layer.resistanceOhmCm2()).isCloseTo(5e-6 / 1e-10, withinPercentage(1e-6));
        // cross-source consistency (two independent sources): if growth is limited by Co transport, the
        // reported layer cannot outrun the Co diffusion length 2√(∫D dt) of the catalog D over the same history,
        // and should not lag it by orders of magnitude. Measured: 2.5× the layer.
        double coLength = atDeposition.penetrations().get(0).diffusionLength();
        assertThat(coLength / layer.thickness()).isBetween(1.0, 10.0);
    }

    @Test
    void calibrationAppliesTheSameOnsetGateAsThePrediction() {
        // LiMnPO4 has an onset (600 °C, Robinson et al. 2018) that interphase() applies; a law calibrated
        // on the whole schedule credits the time below it, so on the same schedule it undershoots (the
        // review measured 70.7 nm for 100 nm). calibrateParabolic integrates only above the onset: the round trip is exact.
        ThermalSchedule through = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(700), 5.0 / 60)
                .hold(Units.hours(2)).coolTo(Units.celsius(25), 5.0 / 60).build();
        PairAnnealing anneal = PairAnnealing.of(Materials.LNMO, Materials.LAGP, through);
        ParabolicGrowth gateAware = anneal.calibrateParabolic("LiMnPO4", Units.nm(100), Units.eV(0.5), 0);
        assertThat(anneal.interphase("LiMnPO4", gateAware, 1e-6).thickness()).isCloseTo(Units.nm(100),
                withinPercentage(1e-8));
        // the same law calibrated without the gate undershoots on its own schedule
        ParabolicGrowth ungated = ParabolicGrowth.calibrate(through, Units.nm(100), Units.eV(0.5), 0);
        assertThat(anneal.interphase("LiMnPO4", ungated, 1e-6).thickness()).isLessThan(Units.nm(99));
        // with no onset known (La2CoO4) the two calibrations coincide
        PairAnnealing lco = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, through);
        assertThat(lco.calibrateParabolic("La2CoO4", Units.nm(50), Units.eV(1.65), 0).rate().prefactor()).isCloseTo(
                ParabolicGrowth.calibrate(through, Units.nm(50), Units.eV(1.65), 0).rate().prefactor(),
                withinPercentage(1e-8));
        // a schedule that never passes the onset cannot calibrate anything
        ThermalSchedule cold = ThermalSchedule.isothermal(Units.celsius(550), Units.hours(1));
        assertThatThrownBy(() -> PairAnnealing.of(Materials.LNMO, Materials.LAGP, cold)
                .calibrateParabolic("LiMnPO4", Units.nm(100), Units.eV(0.5), 0)).hasMessageContaining("onset");
        // a k0 beyond a double (Ea/k_B·T ~ 970) is an error, not Infinity
        assertThatThrownBy(() -> ParabolicGrowth.calibrate(ThermalSchedule.isothermal(300, 3600), Units.nm(10),
                Units.eV(25), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefactor");
    }

    @Test
    void aReactionWithoutAReportedOnsetHasNoTimeAboveIt() {
        // La2CoO4 (Kim et al. 2011) has no onset in the catalog: the time above it is absent, not NaN
        ThermalSchedule hold = ThermalSchedule.isothermal(Units.celsius(700), Units.hours(1));
        PairAnnealing.ReactionCheck la2coo4 = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, hold).reactions()
                .stream().filter(r -> r.product().phase().equals("La2CoO4")).findFirst().orElseThrow();
        assertThat(la2coo4.timeAboveOnset()).isEmpty();
        assertThat(la2coo4.staysBelowOnset()).isFalse();
        assertThat(la2coo4.toString()).contains("onset not reported").doesNotContain("NaN");
        assertThatThrownBy(() -> new PairAnnealing.ReactionCheck(la2coo4.product(), 1000,
                java.util.OptionalDouble.of(1))).hasMessageContaining("exactly when");
    }

    @Test
    void lnmoAndLagpDoNotReactBelowTheirOnset() {
        // Robinson et al., J. Am. Ceram. Soc. 101 (2018) 1087: LiMnPO4 forms above ~600 °C
        GrowthLaw fast = ParabolicGrowth.of(Arrhenius.of(1e-12, 0)); // 1 µm in ~10 min if it ran
        ThermalSchedule below = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(550), 5.0 / 60)
                .hold(Units.hours(10)).coolTo(Units.celsius(25), 5.0 / 60).build();
        PairAnnealing cold = PairAnnealing.of(Materials.LNMO, Materials.LAGP, below);
        PairAnnealing.ReactionCheck limnpo4 = cold.reactions().stream()
                .filter(r -> r.product().phase().equals("LiMnPO4")).findFirst().orElseThrow();
        assertThat(limnpo4.staysBelowOnset()).isTrue();
        assertThat(cold.interphase("LiMnPO4", fast, 1e-6).thickness()).isZero();
        ThermalSchedule above = ThermalSchedule.startingAt(Units.celsius(650)).hold(Units.hours(2)).build();
        PairAnnealing hot = PairAnnealing.of(Materials.LNMO, Materials.LAGP, above);
        assertThat(hot.reactions().get(0).timeAboveOnset().getAsDouble()).isCloseTo(Units.hours(2), within(1e-6));
        assertThat(hot.interphase("LiMnPO4", fast, 1e-6).thickness())
                .isCloseTo(Math.sqrt(2 * 1e-12 * Units.hours(2)), withinPercentage(1e-6));
        assertThatThrownBy(() -> hot.interphase("La2CoO4", fast, 1e-6)).hasMessageContaining("no reaction product");
        // a linear–parabolic law is gated the same way; above the onset it equals its ungated self on a hold
        LinearParabolicGrowth dealGrove = LinearParabolicGrowth.dealGrove(Arrhenius.of(1e-12, 0), Arrhenius.of(1e-9, 0), 0);
        assertThat(cold.interphase("LiMnPO4", dealGrove, 1e-6).thickness()).isZero();
        assertThat(hot.interphase("LiMnPO4", dealGrove, 1e-6).thickness())
                .isCloseTo(dealGrove.isothermalThickness(Units.celsius(650), Units.hours(2)), withinPercentage(1e-9));
        // on a ramp through the onset, the gated layer is thinner than the ungated one
        ThermalSchedule through = ThermalSchedule.startingAt(Units.celsius(500)).rampTo(Units.celsius(700), 1.0 / 60)
                .build();
        OnsetGrowth gated = new OnsetGrowth(dealGrove, Units.celsius(600));
        assertThat(gated.thickness(through)).isPositive().isLessThan(dealGrove.thickness(through));
    }
}
