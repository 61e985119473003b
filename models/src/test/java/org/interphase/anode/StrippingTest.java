package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.contact.Constriction;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.Surface;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.interphase.materials.CreepLaw;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

class StrippingTest {

    private static final LithiumSupply LI = LithiumSupply.lithium();
    private static final double T25 = Units.celsius(25);

    private static StrippingProblem llzo(double pressure, double temperature, double j) {
        return StrippingProblem.of(LI, Materials.LLZO, pressure, temperature, j);
    }

    /** ε̇ of the catalog's Li creep law, written out here (not through CreepLaw) so the test is independent. */
    private static double liStrainRate(double stress, double temperature) {
        double n = 6.6;
        double q = Units.perParticle(Units.kJPerMol(37));
        return 1e-3 * Math.pow(stress / Units.MPa(0.77), n)
                * Math.exp(-q / Constants.BOLTZMANN * (1 / temperature - 1 / Units.ROOM_TEMPERATURE));
    }

    @Test
    void catalogCreepLawIsTheOneWrittenOutHere() {
        CreepLaw law = Materials.LI_METAL.creepLaw().orElseThrow();
        assertThat(law.strainRate(1.3e6, 320)).isCloseTo(liStrainRate(1.3e6, 320), withinPercentage(1e-9));
    }

    @Test
    void diffusionOnlyLimitIsTheClosedForm() {
        // at p = 0 creep supplies nothing: j_c = F·D*(S − 1)/(f_c·ℓ·V_m), D* = 5.69e-15 m²/s at 25 °C
        // (Lodding, Mundy & Ott 1970 as used by Krauskopf et al., Adv. Energy Mater. 2019), S = 2, ℓ = 50 µm
        double vm = Units.cm3PerMol(6.94 / 0.534);
        double expected = Constants.FARADAY * 5.69e-15 * (2 - 1) / (0.727 * 50e-6 * vm);
        StrippingSolver solver = StrippingSolver.withDefaults();
        assertThat(solver.criticalCurrentDensity(llzo(0, T25, 1))).isCloseTo(expected, withinPercentage(0.1));
        // no pressure dependence of the diffusion part
        assertThat(solver.solve(llzo(5e6, T25, 1)).diffusionLimitedCurrentDensity()).isCloseTo(expected,
                withinPercentage(0.1));
    }

    @Test
    void creepOnlyLimitIsTheClosedFormAndScalesAsPToTheN() {
        // diffusion made negligible: S − 1 = 1e-12; the flow-stress cap lifted to test the power law itself
        LithiumSupply creepOnly = LI.withCriticalSupersaturation(1 + 1e-12).withFlowStress(Units.MPa(100));
        StrippingSolver remote = StrippingSolver.withDefaults().withVoidStress(StrippingSolver.VoidStress.REMOTE);
        double p = Units.MPa(2);
        double phiC = 0.1;
        StrippingProblem pr = llzo(p, T25, 1).withSupply(creepOnly).withToleratedVoidFraction(phiC);
        // j_c = (F/V_m)·(3/2)·ε̇(3p/(2n))·(2π/3)·λ·(φ_c/π)^{3/2}
        double vm = Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        double g = 2 * Math.PI / 3 * 10e-6 * Math.pow(phiC / Math.PI, 1.5);
        double expected = Constants.FARADAY / vm * 1.5 * liStrainRate(3 * p / (2 * 6.6), T25) * g;
        assertThat(remote.criticalCurrentDensity(pr)).isCloseTo(expected, withinPercentage(1e-6));
        assertThat(remote.criticalCurrentDensity(pr.withStackPressure(2 * p)) / remote.criticalCurrentDensity(pr))
                .isCloseTo(Math.pow(2, 6.6), withinPercentage(1e-6));
        // with the load on the contacts the stress is p/(1 − φ_c): a factor (1 − φ_c)^(−n) more
        assertThat(StrippingSolver.withDefaults().criticalCurrentDensity(pr) / remote.criticalCurrentDensity(pr))
                .isCloseTo(Math.pow(1 / (1 - phiC), 6.6), withinPercentage(1e-6));
    }

    @Test
    void atTheCriticalCurrentTheSteadyVoidFractionIsTheToleratedOne() {
        StrippingProblem pr = llzo(Units.MPa(1), T25, 1);
        StrippingSolver solver = StrippingSolver.withDefaults();
        double jc = solver.criticalCurrentDensity(pr);
        assertThat(solver.solve(pr.withCurrentDensity(jc)).steadyVoidFraction().orElseThrow())
                .isCloseTo(pr.toleratedVoidFraction(), within(1e-9));
        assertThat(solver.solve(pr.withCurrentDensity(0.5 * jc)).steadyVoidFraction().orElseThrow())
                .isLessThan(pr.toleratedVoidFraction());
        // below the diffusion limit no void opens at all
        double jd = solver.solve(pr).diffusionLimitedCurrentDensity();
        StrippingSolution s = solver.solve(pr.withCurrentDensity(0.9 * jd));
        assertThat(s.steadyVoidFraction().orElseThrow()).isZero();
        assertThat(s.maxVoidFraction()).isZero();
    }

    /** The exact void fraction after a strip with REMOTE stress: g = g∞ + (g0 − g∞)·e^(−kt). */
    private static double exactRemote(StrippingProblem pr, double time) {
        double vm = Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        double vs = pr.currentDensity() * vm / Constants.FARADAY;
        double vd = 5.69e-15 * Math.exp(-Units.perParticle(Units.kJPerMol(55)) / Constants.BOLTZMANN
                * (1 / pr.temperature() - 1 / Units.ROOM_TEMPERATURE)) * (pr.supply().criticalSupersaturation() - 1)
                / (0.727 * pr.supply().vacancySinkDistance());
        double k = 1.5 * liStrainRate(3 * pr.stackPressure() / (2 * 6.6), pr.temperature());
        double gInf = (vs - vd) / k;
        double g0 = 2 * Math.PI / 3 * 10e-6 * Math.pow(pr.initialVoidFraction() / Math.PI, 1.5);
        double g = gInf + (g0 - gInf) * Math.exp(-k * time);
        return Math.PI * Math.pow(3 * g / (2 * Math.PI * 10e-6), 2.0 / 3.0);
    }

    @Test
    void remoteStressStripMatchesTheExactSolutionAtSecondOrder() {
        // 0.3 mA/cm² for 0.1 mAh/cm² at 3 MPa, 25 °C, from a 2 % void fraction: the strip lasts 20 min, the
        // creep time 1/k of the remote stress about 25 min
        StrippingProblem pr = llzo(Units.MPa(3.0), T25, Units.mAPerCm2(0.3)).withInitialVoidFraction(0.02)
                .withStrippedCharge(0.1 * StrippingProblem.ONE_MAH_PER_CM2);
        double exact = exactRemote(pr, pr.strippedCharge() / pr.currentDensity());
        StrippingSolver remote = StrippingSolver.withDefaults().withVoidStress(StrippingSolver.VoidStress.REMOTE)
                .withTolerance(1e-14);
        double[] err = new double[3];
        int[] steps = {10, 20, 40};
        for (int i = 0; i < 3; i++) {
            err[i] = Math.abs(remote.withStepsPerHalfCycle(steps[i]).solve(pr).voidFractionAfterFirstStrip() - exact);
        }
        double order1 = Math.log(err[0] / err[1]) / Math.log(2);
        double order2 = Math.log(err[1] / err[2]) / Math.log(2);
        assertThat(order1).isCloseTo(2.0, within(0.2));
        assertThat(order2).isCloseTo(2.0, within(0.2));
        assertThat(remote.withStepsPerHalfCycle(2000).solve(pr).voidFractionAfterFirstStrip())
                .isCloseTo(exact, within(1e-7));
    }

    @Test
    void contactStressStripConvergesAtSecondOrder() {
        // no closed form with the load on the contacts: Richardson's estimate of the order
        StrippingProblem pr = llzo(Units.MPa(3.0), T25, Units.mAPerCm2(0.3)).withInitialVoidFraction(0.02)
                .withStrippedCharge(0.1 * StrippingProblem.ONE_MAH_PER_CM2);
        StrippingSolver s = StrippingSolver.withDefaults().withTolerance(1e-14);
        double a = s.withStepsPerHalfCycle(10).solve(pr).voidFractionAfterFirstStrip();
        double b = s.withStepsPerHalfCycle(20).solve(pr).voidFractionAfterFirstStrip();
        double c = s.withStepsPerHalfCycle(40).solve(pr).voidFractionAfterFirstStrip();
        assertThat(Math.log(Math.abs(a - b) / Math.abs(b - c)) / Math.log(2)).isCloseTo(2.0, within(0.25));
    }

    @Test
    void longStripSettlesOnTheSteadyVoidFraction() {
        StrippingProblem pr = llzo(Units.MPa(2.0), T25, Units.mAPerCm2(0.3)).withStrippedCharge(
                20 * StrippingProblem.ONE_MAH_PER_CM2);
        StrippingSolution s = StrippingSolver.withDefaults().withStepsPerHalfCycle(4000).solve(pr);
        assertThat(s.voidFractionAfterFirstStrip()).isCloseTo(s.steadyVoidFraction().orElseThrow(), within(1e-6));
    }

    @Test
    void lithiumIsConservedOverCycles() {
        // stripped = removed by vacancy diffusion + refilled by creep + void growth, over 20 cycles with closure
        StrippingProblem pr = llzo(Units.MPa(2.5), T25, Units.mAPerCm2(0.5)).withCycles(20);
        StrippingSolution s = StrippingSolver.withDefaults().solve(pr);
        StrippingSolution.LithiumBudget b = s.budget();
        double vm = Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        assertThat(b.stripped()).isCloseTo(20 * pr.strippedCharge() * vm / Constants.FARADAY, withinPercentage(1e-9));
        assertThat(Math.abs(b.imbalance())).isLessThan(1e-12 * b.stripped());
        assertThat(b.creep()).isPositive();
        assertThat(b.diffusion()).isPositive();
    }

    @Test
    void voidsAccumulateOverCyclesWhenPlatingCannotCloseThem() {
        // Kasemchainan et al., Nat. Mater. 18, 1105 (2019): voids left after each strip accumulate over cycles
        // (short 0.05 mAh/cm² strips at 1 mA/cm², 1.5 MPa: creep during plating closes only part of each strip's voids)
        StrippingProblem pr = llzo(Units.MPa(1.5), T25, Units.mAPerCm2(1)).withCycles(5)
                .withStrippedCharge(0.05 * StrippingProblem.ONE_MAH_PER_CM2);
        StrippingSolution s = StrippingSolver.withDefaults().solve(pr);
        for (int c = 1; c < s.afterCycle().size(); c++) {
            assertThat(s.afterCycle().y(c)).isGreaterThan(s.afterCycle().y(c - 1));
        }
        // with faster creep (5 MPa and the flow-stress cap lifted, so the stress around the voids is 1.3 MPa)
        // creep closes them while plating
        StrippingSolution high = StrippingSolver.withDefaults().solve(pr.withStackPressure(Units.MPa(5))
                .withSupply(LI.withFlowStress(Units.MPa(100))));
        assertThat(high.afterCycle().y(high.afterCycle().size() - 1)).isLessThan(0.1 * s.afterCycle().y(1));
    }

    @Test
    void krauskopfLlzoZeroPressureOrderOfMagnitudeAndTrends() {
        // Krauskopf, Mogwitz, Rosenbach, Zeier & Janek, Adv. Energy Mater. 9, 1902568 (2019): Li | LLZO loses
        // contact above ~0.1 mA/cm² without stack pressure at 25 °C (vacancy diffusion limited); the limit rises
        // with temperature and with pressure. ℓ and S are assumptions here, so this checks the order of magnitude.
        StrippingSolver solver = StrippingSolver.withDefaults();
        double j0 = Units.toMAPerCm2(solver.criticalCurrentDensity(llzo(0, T25, 1)));
        assertThat(j0).isBetween(0.03, 0.3);
        assertThat(solver.criticalCurrentDensity(llzo(0, Units.celsius(60), 1)))
                .isGreaterThan(solver.criticalCurrentDensity(llzo(0, T25, 1)));
        assertThat(solver.criticalCurrentDensity(llzo(Units.MPa(2), T25, 1)))
                .isGreaterThan(solver.criticalCurrentDensity(llzo(0, T25, 1)));
    }

    @Test
    void kasemchainanArgyroditeTrendWithPressure() {
        // Kasemchainan et al., Nat. Mater. 18, 1105 (2019), Li | Li6PS5Cl at 25 °C: the critical stripping
        // current rises with stack pressure, ~0.1–0.4 mA/cm² at 3–7 MPa. The model rises up to the pressure
        // where the stress around the voids reaches the flow stress of lithium (3p/(2n)·1/(1 − φ_c) = σ_y,
        // p ≈ 3.1 MPa) and is flat above it (the values: criticalStrippingCurrentAt3To7MPa...).
        StrippingSolver solver = StrippingSolver.withDefaults();
        double prev = 0;
        for (double mpa : new double[] {0.5, 1, 2, 3}) {
            double jc = solver.criticalCurrentDensity(StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(mpa), T25, 1));
            assertThat(jc).isGreaterThan(prev);
            prev = jc;
        }
        double at5 = solver.criticalCurrentDensity(StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(5), T25, 1));
        double at7 = solver.criticalCurrentDensity(StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(7), T25, 1));
        assertThat(at5).isGreaterThan(prev);
        assertThat(at7).isEqualTo(at5);
        double at3 = Units.toMAPerCm2(solver.criticalCurrentDensity(
                StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(3), T25, 1)));
        assertThat(at3).isBetween(0.04, 4.0);
    }

    @Test
    void criticalStrippingCurrentAt3To7MPaIsWithinTheKasemchainanScatter() {
        // Kasemchainan et al., Nat. Mater. 18, 1105 (2019), Li | Li6PS5Cl at 25 °C, 3, 5 and 7 MPa: voids form
        // on stripping above ~0.1–0.4 mA/cm² over that pressure range. The bulk n = 6.6 creep law alone, driven
        // by 3p/(2n) around the voids, gave 32 mA/cm² at 7 MPa: 3p/(2n) exceeds the flow stress of lithium
        // (0.73–0.81 MPa, Masias et al., J. Mater. Sci. 54, 2585 (2019)) above ~3 MPa.
        StrippingSolver solver = StrippingSolver.withDefaults();
        for (double mpa : new double[] {3, 5, 7}) {
            double jc = Units.toMAPerCm2(solver.criticalCurrentDensity(
                    StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(mpa), T25, 1)));
            assertThat(jc).as("j_c at %s MPa, mA/cm²", mpa).isBetween(0.1, 0.4);
        }
    }

    /** σ_y(T) of lithium written out: 0.77 MPa at 25 °C (Masias et al. 2019) along the n = 6.6, 37 kJ/mol law. */
    private static double liFlowStress(double temperature) {
        double q = Units.perParticle(Units.kJPerMol(37));
        return Units.MPa(0.77) * Math.exp(q / (6.6 * Constants.BOLTZMANN) * (1 / temperature - 1 / T25));
    }

    @Test
    void flowStressCapFollowsTheCreepLawInTemperature() {
        // LePage et al., J. Electrochem. Soc. 166, A89 (2019): the strain-rate and temperature dependence of
        // bulk lithium's flow stress is power-law creep (n = 6.6, Q = 37 kJ/mol); Masias et al., J. Mater. Sci.
        // 54, 2585 (2019): 0.77 MPa at ~1e-3 1/s and room temperature. So σ_y(T) is the stress that creeps at
        // that rate at T: 0.607 MPa at 60 °C, 1.15 MPa at −20 °C.
        assertThat(LI.flowStressAt(T25)).isCloseTo(Units.MPa(0.77), withinPercentage(1e-12));
        for (double c : new double[] {-20, 0, 60, 80}) {
            double t = Units.celsius(c);
            assertThat(LI.flowStressAt(t)).as("σ_y at %s °C", c).isCloseTo(liFlowStress(t), withinPercentage(1e-9));
            // it is the stress that creeps at the yield test's rate
            assertThat(liStrainRate(LI.flowStressAt(t), t)).isCloseTo(1e-3, withinPercentage(1e-9));
        }
        assertThat(LI.flowStressAt(Units.celsius(60))).isCloseTo(Units.MPa(0.607), withinPercentage(0.1));
        assertThat(LI.flowStressAt(Units.celsius(-20))).isCloseTo(Units.MPa(1.151), withinPercentage(0.1));
        assertThat(LI.voidStress(Units.MPa(7), Units.celsius(60))).isEqualTo(LI.flowStressAt(Units.celsius(60)));
        assertThat(LI.voidStress(Units.MPa(7))).isEqualTo(Units.MPa(0.77));
    }

    @Test
    void aboveTheCapTheCreepSupplyNoLongerRisesWithTemperature() {
        // Li | Li6PS5Cl at 7 MPa: the stress around the voids is capped at σ_y(T), which creeps at the yield
        // test's rate 1e-3 1/s at every T, so the creep part of j_c is the closed form (F/V_m)·(3/2)·1e-3·g(φ_c)
        // at 25 and at 60 °C. With the 25 °C cap at every T (before) the 60 °C creep part was 4.8× larger.
        StrippingSolver solver = StrippingSolver.withDefaults();
        double vm = Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        double g = 2 * Math.PI / 3 * 10e-6 * Math.pow(0.1 / Math.PI, 1.5);
        double capped = Constants.FARADAY / vm * 1.5 * 1e-3 * g;
        for (double t : new double[] {T25, Units.celsius(60)}) {
            StrippingSolution s = solver.solve(StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(7), t,
                    Units.mAPerCm2(0.1)));
            assertThat(s.creepLimitedCurrentDensity()).as("creep part at %s K", t).isCloseTo(capped,
                    withinPercentage(1e-6));
        }
        // below the cap (1 MPa: 3p/(2n(1 − φ_c)) = 0.25 MPa < σ_y(60 °C)) the creep part still rises as exp(−Q/RT)
        double p = Units.MPa(1);
        double t60 = Units.celsius(60);
        double stress = 3 * p / (1 - 0.1) / (2 * 6.6);
        assertThat(stress).isLessThan(liFlowStress(t60));
        assertThat(solver.solve(llzo(p, t60, Units.mAPerCm2(0.1))).creepLimitedCurrentDensity())
                .isCloseTo(Constants.FARADAY / vm * 1.5 * liStrainRate(stress, t60) * g, withinPercentage(1e-6));
        // the total still rises with T through vacancy diffusion
        assertThat(solver.criticalCurrentDensity(StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(7), t60, 1)))
                .isGreaterThan(solver.criticalCurrentDensity(StrippingProblem.of(LI, Materials.LI6PS5CL, Units.MPa(7),
                        T25, 1)));
    }

    @Test
    void interlayerDiffusionLimitsTheSupply() {
        // an interlayer passes at most j_il = F·D_Li(T)·c_Li/t (its whole Li concentration dropping across it);
        // test values: D_Li = 1e-14 m²/s at 25 °C with 0.5 eV, c_Li = 5e4 mol/m³
        double ea = Units.eV(0.5);
        org.interphase.core.Arrhenius d = org.interphase.core.Arrhenius.fromReference(1e-14, T25, ea);
        StrippingProblem.Interlayer thin = new StrippingProblem.Interlayer("test alloy", 1e-6, d, 5e4);
        StrippingProblem.Interlayer thick = new StrippingProblem.Interlayer("test alloy", 100e-6, d, 5e4);
        StrippingProblem pr = llzo(Units.MPa(1), T25, Units.mAPerCm2(0.2));
        StrippingSolver solver = StrippingSolver.withDefaults();
        double metal = solver.criticalCurrentDensity(pr);
        // thin: 4.8 mA/cm², more than the metal supplies: j_c unchanged
        assertThat(Units.toMAPerCm2(thin.limitingCurrentDensity(T25))).isCloseTo(4.82, withinPercentage(0.5));
        assertThat(solver.criticalCurrentDensity(pr.withInterlayer(thin))).isEqualTo(metal);
        // thick: 0.048 mA/cm², below the metal's supply: it sets j_c, at 25 and at 60 °C
        for (double t : new double[] {T25, Units.celsius(60)}) {
            double expected = Constants.FARADAY * 1e-14 * Math.exp(-ea / Constants.BOLTZMANN * (1 / t - 1 / T25)) * 5e4
                    / 100e-6;
            StrippingProblem withThick = pr.withInterlayer(thick).withTemperature(t);
            assertThat(expected).isLessThan(solver.criticalCurrentDensity(pr.withTemperature(t)));
            assertThat(solver.criticalCurrentDensity(withThick)).isCloseTo(expected, withinPercentage(1e-9));
            assertThat(solver.solve(withThick).interlayerLimitedCurrentDensity().getAsDouble())
                    .isCloseTo(expected, withinPercentage(1e-9));
        }
        // above j_il the layer's own Li, F·c·t, runs out after F·c·t/(j − j_il): 4.8e5 C/m² lasts 318 ks at 0.2
        // mA/cm² through the 100 µm layer (beyond the 18 ks strip); a 1 µm layer with D_Li = 1e-17 m²/s holds
        // 4.8e3 C/m² and empties in 2.47 ks, within the strip
        StrippingSolution s = solver.solve(pr.withInterlayer(thick));
        assertThat(s.warnings()).anyMatch(w -> w.contains("runs out") && w.contains("318 ks")
                && !w.contains("within the strip"));
        StrippingProblem.Interlayer slow = new StrippingProblem.Interlayer("slow alloy", 1e-6,
                org.interphase.core.Arrhenius.fromReference(1e-17, T25, ea), 5e4);
        assertThat(slow.inventory()).isCloseTo(Constants.FARADAY * 5e4 * 1e-6, withinPercentage(1e-12));
        assertThat(solver.solve(pr.withInterlayer(slow)).warnings())
                .anyMatch(w -> w.contains("2.47 ks, within the strip"));
        assertThat(s.criticalCurrentDensity()).isLessThan(pr.currentDensity());
        assertThat(solver.solve(pr).interlayerLimitedCurrentDensity()).isEmpty();
    }

    @Test
    void voidConstrictionMatchesTheBoundaryElementSolution() {
        // one insulating disc per periodic cell in an otherwise equipotential contact: the dilute formula
        // ΔASR = (4/3)·r³/(σλ²) against the direct potential solution of the contact package
        int n = 256;
        double pitch = 10e-6;
        double sigma = 0.05;
        double radiusPx = 20.5;
        boolean[] map = new boolean[n * n];
        int holes = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = i - n / 2 + 0.5;
                double dy = j - n / 2 + 0.5;
                boolean hole = dx * dx + dy * dy < radiusPx * radiusPx;
                map[i * n + j] = !hole;
                holes += hole ? 1 : 0;
            }
        }
        double phi = (double) holes / (n * n);
        Surface flat = Surface.sample(n, n, pitch / n, pitch / n, (x, y) -> 0.0);
        double numeric = 1 / Constriction.conductance(map, ContactProblem.periodic(flat, 1e9), sigma);
        double dilute = LI.withVoidSpacing(pitch).voidConstrictionAsr(sigma, phi);
        assertThat(numeric).isCloseTo(dilute, withinPercentage(5));
    }

    @Test
    void interfaceResistanceRisesAsContactIsLostAndJoinsTheStack() {
        StrippingProblem pr = llzo(Units.MPa(0.5), T25, Units.mAPerCm2(0.5));
        StrippingSolution s = StrippingSolver.withDefaults().solve(pr);
        assertThat(s.maxVoidFraction()).isPositive();
        assertThat(s.worstInterfaceAsr()).isGreaterThan(pr.chargeTransferAsr());
        assertThat(s.contactState().fraction()).isCloseTo(1 - s.maxVoidFraction(), within(1e-15));
        assertThat(s.interfaceAsr(0)).isEqualTo(pr.chargeTransferAsr());
        assertThat(s.toString()).contains("A/cm²");
    }

    @Test
    void contactStateFeedsTheInterfaceStack() {
        // the stack puts charge transfer on the real contact (R_ct/f) and adds the void constriction
        StrippingProblem pr = llzo(Units.MPa(2), T25, Units.mAPerCm2(0.3));
        StrippingSolution s = StrippingSolver.withDefaults().solve(pr);
        org.interphase.stack.InterfaceStack stack = org.interphase.stack.InterfaceStack.between(Materials.LI_METAL,
                Materials.LLZO).temperature(T25).chargeTransfer(pr.chargeTransferAsr(), 1e-2).contact(s.contactState())
                .build();
        double total = org.interphase.stack.StackSolver.withDefaults().solve(stack).total();
        org.interphase.stack.InterfaceStack clean = org.interphase.stack.InterfaceStack.between(Materials.LI_METAL,
                Materials.LLZO).temperature(T25).chargeTransfer(pr.chargeTransferAsr(), 1e-2).build();
        double before = org.interphase.stack.StackSolver.withDefaults().solve(clean).total();
        assertThat(total - before).isCloseTo(s.worstInterfaceAsr() - pr.chargeTransferAsr(), withinPercentage(1e-6));
    }

    @Test
    void overloadedInterfaceLosesContactWithAWarning() {
        StrippingProblem pr = llzo(0, T25, Units.mAPerCm2(5));
        StrippingSolution s = StrippingSolver.withDefaults().solve(pr);
        assertThat(s.contactLost()).isTrue();
        assertThat(s.steadyVoidFraction()).isEmpty();
        assertThat(s.warnings()).anyMatch(w -> w.contains("coalesced"));
        assertThat(s.warnings()).anyMatch(w -> w.contains("exceeds the critical"));
    }

    @Test
    void badInputIsRefusedWithItsName() {
        assertThatThrownBy(() -> llzo(-1, T25, 1)).hasMessageContaining("stack pressure");
        assertThatThrownBy(() -> LI.withCriticalSupersaturation(1.0)).hasMessageContaining("supersaturation");
        assertThatThrownBy(() -> StrippingSolver.withDefaults().withStepsPerHalfCycle(1))
                .hasMessageContaining("steps per half cycle");
    }

    @Test
    void selfDiffusionActivationEnergyAgreesWithTracerDataInLithium() {
        // Mundy, Ott, Löwenberg, Lodding, Phys. Status Solidi (b) 35 (1969), abstract: ⁶⁵Zn tracer in Li, 57–173 °C,
        // Q = 12.98 ± 0.24 kcal/mol, equal within error to that of Li self-diffusion; LithiumSupply uses 55 kJ/mol
        // (LePage et al. 2019): within two standard deviations of 54.3 kJ/mol
        double mundy = Units.perParticle(Units.kJPerMol(12.98 * 4.184));
        double sigma = Units.perParticle(Units.kJPerMol(0.24 * 4.184));
        assertThat(Math.abs(LithiumSupply.LITHIUM_SELF_DIFFUSION_ACTIVATION - mundy)).isLessThan(2 * sigma);
    }
}
