package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.math3.special.Erf;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;
import org.interphase.core.Units;
import org.interphase.materials.InterfacePairs;
import org.interphase.materials.Materials;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input to the diffusion package gets an exception that names the parameter and shows its value,
 * before any work; finite input never gives NaN or ∞ (issue 13 §2).
 */
class DiffusionBadInputTest {

    private static final Arrhenius D = Arrhenius.of(1e-8, Units.eV(1.8));
    private static final ThermalSchedule HOLD = ThermalSchedule.isothermal(1000, 3600);

    /** One bad call, the exception it must throw and the fragments its message must hold. */
    record Case(String label, ThrowingCallable call, Class<? extends Throwable> type, List<String> fragments) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Case iae(String label, ThrowingCallable call, String... fragments) {
        return new Case(label, call, IllegalArgumentException.class, List.of(fragments));
    }

    private static Case npe(String label, ThrowingCallable call, String... fragments) {
        return new Case(label, call, NullPointerException.class, List.of(fragments));
    }

    static Stream<Case> cases() {
        ParabolicGrowth parabolic = new ParabolicGrowth(D, 0);
        OnsetGrowth onset = new OnsetGrowth(parabolic, 900);
        LinearParabolicGrowth dealGrove = LinearParabolicGrowth.dealGrove(D, Arrhenius.of(1e-3, Units.eV(1.5)), 0);
        DiffusingSpecies.Builder species = DiffusingSpecies.named("A");
        Mesh1D mesh = Mesh1D.uniform(0, 1e-6, 10);
        return Stream.of(
                iae("couple profile, interface position NaN", () -> AnalyticDiffusion.coupleProfile(mesh, Double.NaN, 1, 0,
                        1e-16), "interface position", "NaN"),
                iae("partitioned couple, initialLeft ∞", () -> AnalyticDiffusion.partitionedCouple(
                        Double.POSITIVE_INFINITY, 1e-16, 1e-16, 1, 0, 1), "initialLeft", "Infinity"),
                iae("boundary flux NaN", () -> Boundary.flux(Double.NaN), "inward flux", "NaN"),
                npe("output times null", () -> DiffusionProblem.builder(mesh).outputTimes((double[]) null),
                        "output times"),
                iae("output time NaN", () -> DiffusionProblem.builder(mesh).outputTimes(1, Double.NaN),
                        "output times[1]", "NaN"),
                iae("growth integration until −1 s", () -> GrowthLaw.integrate(parabolic, HOLD, -1), "time", "-1.0"),
                npe("thickness of a null schedule", () -> parabolic.thickness(null), "schedule"),
                iae("parabolic thickness at t = 1e300 s", () -> parabolic.thickness(HOLD, 1e300), "time", "1.0E300"),
                iae("onset thickness at t = NaN", () -> onset.thickness(HOLD, Double.NaN), "time", "NaN"),
                npe("onset thickness of a null schedule", () -> onset.thickness(null, 0), "schedule"),
                iae("onset growth rate at T = NaN", () -> onset.growthRate(Double.NaN, 1e-9), "temperature", "NaN"),
                iae("onset growth rate at x = ∞", () -> onset.growthRate(1000, Double.POSITIVE_INFINITY), "thickness",
                        "Infinity"),
                iae("parabolic growth rate at x = NaN", () -> parabolic.growthRate(1000, Double.NaN), "thickness", "NaN"),
                iae("Deal–Grove growth rate at x = −∞", () -> dealGrove.growthRate(1000, Double.NEGATIVE_INFINITY),
                        "thickness", "-Infinity"),
                iae("calibration to x = 1e-300 m", () -> ParabolicGrowth.calibrate(HOLD, 1e-300, Units.eV(1), 1e-8),
                        "thickness", "1.0E-300"),
                iae("calibration to x = 1e300 m", () -> ParabolicGrowth.calibrate(HOLD, 1e300, Units.eV(1), 0),
                        "thickness", "1.0E300"),
                iae("calibration with Ea = 1e300 J", () -> ParabolicGrowth.calibrate(HOLD, 1e-8, 1e300, 0),
                        "activation energy", "1.0E300"),
                iae("calibration with an onset of 1e300 K", () -> ParabolicGrowth.calibrate(HOLD, 1e-8, 0, 0, 1e300),
                        "onset temperature", "1.0E300"),
                npe("bimolecular reaction without reactant A", () -> Reaction.bimolecular(null, "B", "P", D),
                        "reactantA"),
                npe("reaction layers null", () -> new Reaction("A", null, null, D, null), "layers"),
                npe("reaction in null layers", () -> Reaction.firstOrder("A", null, D).inLayers((int[]) null),
                        "layerIndices"),
                iae("reaction in layer −1", () -> Reaction.firstOrder("A", null, D).inLayers(-1), "layerIndices", "-1"),
                npe("species diffusivities null", () -> species.diffusivity((Diffusivity[]) null), "per layer"),
                iae("species diffusivities empty", () -> species.diffusivity(), "per layer"),
                npe("species initial values null", () -> species.initialPerLayer((double[]) null), "initial values"),
                npe("species initial profiles null", () -> species.initialPerLayer(
                        (java.util.function.DoubleUnaryOperator[]) null), "initial profiles"),
                npe("species left condition null", () -> species.left(null), "left boundary condition"),
                npe("species partition null", () -> species.partition((double[]) null), "partition coefficients"),
                iae("species partition NaN", () -> species.partition(1, Double.NaN), "partition coefficients[1]", "NaN"),
                iae("two-phase Stefan, farAlpha NaN", () -> new TwoPhaseStefan(D, D, Double.NaN, 1, 2, 0), "farAlpha",
                        "NaN"),
                iae("two-phase Stefan, interfaceBeta −1", () -> new TwoPhaseStefan(D, D, 3, 1, -1, 0), "interfaceBeta",
                        "-1.0"),
                npe("integrated diffusivity of null", () -> HOLD.integratedDiffusivity((Diffusivity) null),
                        "diffusivity"),
                npe("pair annealing of a null material", () -> PairAnnealing.of(null, Materials.LLZO, HOLD),
                        "first material"),
                npe("penetration without data", () -> new PairAnnealing.Penetration(null, 1e-16), "data"),
                iae("penetration with Λ = NaN", () -> new PairAnnealing.Penetration(
                        InterfacePairs.get(Materials.LICOO2, Materials.LLZO).interdiffusion().get(0), Double.NaN),
                        "integrated diffusivity", "NaN"),
                iae("penetration profile of 2³¹ − 1 points", () -> PairAnnealing.of(Materials.LICOO2, Materials.LLZO, HOLD)
                        .penetrations().get(0).profile(1, 1e-6, Integer.MAX_VALUE), "points", "2147483647"),
                iae("Matano D(c) shifted from T = 1e-300 K", () -> matanoResult().asDiffusivity(1e-300, Units.eV(1)),
                        "temperature", "1.0E-300"),
                iae("Matano D(c) shifted with Ea = 1e300 J", () -> matanoResult().asDiffusivity(1000, 1e300),
                        "activation energy", "1.0E300"),
                npe("interphase from a null profile", () -> Interphase.fromProfiles("P", null, null, c -> 1, 1), "before"),
                iae("stefan solution with X = NaN", () -> new StefanGrowth.StefanSolution(new StefanGrowth(D, 3, 2, 1, 1e-9),
                        HOLD, Double.NaN, null, 1, 1, java.util.List.of()), "thickness", "NaN"),
                // the order c_s > c_i > c_h ≥ 0: each message names the parameter that breaks it, and its value
                iae("Stefan growth, c_s = −1 below c_i", () -> new StefanGrowth(D, -1, 2, 1, 0), "sourceConcentration",
                        "-1.0", "c_s > c_i > c_h ≥ 0"),
                iae("Stefan growth, c_s = 1e-300 below c_i", () -> new StefanGrowth(D, 1e-300, 2, 1, 0),
                        "sourceConcentration", "1.0E-300"),
                iae("Stefan growth, c_i = 1e300 above c_s", () -> new StefanGrowth(D, 3, 1e300, 1, 0),
                        "interfaceConcentration", "1.0E300", "sourceConcentration"),
                iae("Stefan growth, c_i = 0 below c_h", () -> new StefanGrowth(D, 3, 0, 1, 0), "interfaceConcentration",
                        "0.0", "hostConcentration"),
                iae("Stefan growth, c_h = 1e300 above c_i", () -> new StefanGrowth(D, 3, 2, 1e300, 0), "hostConcentration",
                        "1.0E300"),
                iae("Stefan growth, c_h = −1", () -> new StefanGrowth(D, 3, 2, -1, 0), "hostConcentration", "-1.0",
                        ">= 0"),
                iae("Stefan growth, St = 1e10/1e-300 overflows", () -> new StefanGrowth(D, 1e10, 1e-300, 0, 0),
                        "Stefan number", "1.0E-300"),
                iae("Stefan similarity profile at a front of 1e-300 m", () -> new StefanGrowth(D, 3, 2, 1, 0)
                        .similarityConcentration(1e-9, 1e-300), "front", "1.0E-300", "depth", "1.0E-9"),
                iae("Stefan solve from X0 = 1e-300 m (X0² underflows)", () -> new StefanGrowth(D, 3, 2, 1, 1e-300)
                        .solve(HOLD, 8, 8), "initial thickness", "1.0E-300"),
                iae("Stefan solve on 2³¹ − 1 cells", () -> new StefanGrowth(D, 3, 2, 1, 1e-9)
                        .solve(HOLD, Integer.MAX_VALUE, 1), "cells", "2147483647"),
                iae("Stefan solve on 10 001 cells (rounding beats discretization)", () -> new StefanGrowth(D, 3, 2, 1, 1e-9)
                        .solve(HOLD, 10_001, 1), "cells", "10001", "10000"),
                iae("Stefan solve from a profile below c_i (the layer would dissolve)", () -> new StefanGrowth(D, 3, 2, 1,
                        1e-9).solve(HOLD, 8, 8, x -> 1e-3), "initialProfile", "0.001", "[c_i, c_s]"),
                iae("two-phase Stefan constant at T = 1e-300 K (D underflows)", () -> new TwoPhaseStefan(D, D, 3, 1, 2, 0)
                        .similarityConstant(1e-300), "temperature", "1.0E-300", "underflows"),
                iae("two-phase Stefan front at T = 1e-300 K", () -> new TwoPhaseStefan(D, D, 3, 1, 2, 0)
                        .front(1e-300, 3600), "temperature", "1.0E-300"),
                iae("two-phase Stefan profile at T = 1e-300 K", () -> new TwoPhaseStefan(D, D, 3, 1, 2, 0)
                        .concentration(1e-300, 3600, 0), "temperature", "1.0E-300"));
    }

    /** Counts that used to hang (minutes to hours of work) or allocate 2³¹ doubles: refused up front. */
    static Stream<Case> countCases() {
        ThermalSchedule.Builder cycle = ThermalSchedule.startingAt(300).rampTo(1000, 1).hold(60).coolTo(300, 1);
        return Stream.of(
                iae("Stefan solve in 2³¹ − 1 steps", () -> new StefanGrowth(D, 3, 2, 1, 1e-9).solve(HOLD, 8,
                        Integer.MAX_VALUE), "steps", "2147483647", "cells × steps"),
                iae("Stefan solve of 10⁴ cells × 10⁵ steps", () -> new StefanGrowth(D, 3, 2, 1, 1e-9).solve(HOLD, 10_000,
                        100_000), "cells × steps", "1000000000"),
                iae("a cycle repeated 2³¹ − 1 times", () -> cycle.repeat(Integer.MAX_VALUE), "repeat count", "2147483647",
                        "33332"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countCases")
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeCountsAreRefusedBeforeAnyWork(Case c) {
        badInputIsRefusedWithItsNameAndValue(c);
    }

    /**
     * A Stefan number of 1e-6 (c_s = 1000.001, c_i = 1000 mol/m³): held from the similarity profile, the
     * front-fixing solve must reproduce the closed form X = √(X0² + 4λ²·D·t) (Neumann's solution; Crank,
     * Free and Moving Boundary Problems, 1984, §1.3), on which backward Euler in Λ is exact. The profile
     * used to be carried in mol/m³, where rounding relative to c_s swamped the slope of the 1e-3 mol/m³
     * layer and the front iteration never converged ("use more steps", which did not help).
     */
    @Test
    void aSmallStefanNumberIsSolvedToTheClosedForm() {
        StefanGrowth dilute = new StefanGrowth(D, 1000.001, 1000, 0, Units.nm(5));
        double exact = dilute.thickness(HOLD, 3600);
        assertThat(dilute.solve(HOLD, 1000, 1000).thickness()).isCloseTo(exact, withinPercentage(1e-6));
        assertThat(dilute.solve(HOLD, 10_000, 100).thickness()).isCloseTo(exact, withinPercentage(1e-6));
    }

    /** The bound on repeat is exact: the largest count allowed builds, with exactly the limit of breakpoints. */
    @Test
    void aScheduleMayHoldExactlyItsLimitOfBreakpoints() {
        // 4 breakpoints, 3 segments per cycle: 33 332 more cycles give 4 + 3·33 332 = 10⁵ breakpoints
        ThermalSchedule s = ThermalSchedule.startingAt(300).rampTo(1000, 1).hold(60).coolTo(300, 1).repeat(33_332)
                .build();
        assertThat(s.duration()).isCloseTo(33_333 * (700 + 60 + 700.0), withinPercentage(1e-12));
        assertThatThrownBy(() -> ThermalSchedule.startingAt(300).rampTo(1000, 1).hold(60).coolTo(300, 1)
                .repeat(33_333)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33333")
                .hasMessageContaining("<= 33332");
    }

    private static BoltzmannMatanoSolution matanoResult() {
        double[] x = new double[41];
        double[] c = new double[41];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i - 20) * 1e-8;
            c[i] = AnalyticDiffusion.couple(0, 1000, x[i], 1e-15);
        }
        return BoltzmannMatanoSolver.withDefaults().solve(new BoltzmannMatanoProblem(
                org.interphase.core.Profile.of(x, c, "x", "m", "c", "mol/m³"), 1000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedWithItsNameAndValue(Case c) {
        var thrown = assertThatThrownBy(c.call()).isInstanceOf(c.type());
        for (String fragment : c.fragments()) {
            thrown.hasMessageContaining(fragment);
        }
    }

    /** erfc(6) = 2.1519736712498913e-17 (the asymptotic series, DLMF 7.12.1; Abramowitz &amp; Stegun 7.1.23). */
    @Test
    void penetrationDepthIsFiniteDownToTheSmallestFraction() {
        // Commons Math's erfcInv(f) is +∞ for f < 1.1e-16 (it works through erfInv(1 − f)); the old depth was ∞
        assertThat(AnalyticDiffusion.penetrationDepth(0.25, 2.1519736712498913e-17)).isCloseTo(6.0, within(1e-12));
        for (double f : new double[] {1e-4, 1e-15, 1e-20, 1e-100, 1e-300, Double.MIN_VALUE}) {
            double z = AnalyticDiffusion.penetrationDepth(0.25, f); // 2√Λ = 1 m: the depth is erfc⁻¹(f)
            assertThat(z).isFinite();
            // ln erfc(z) = −z² − ln g(z): the defining identity, in logs because erfc(z) underflows
            assertThat(-z * z - Math.log(TwoPhaseStefan.g(z))).isCloseTo(Math.log(f), withinPercentage(1e-10));
        }
        // continuous where the two branches meet (f = 1e-3): dz = −d(ln f)/(2g/√π) ≈ 4e-7 for this step in f
        assertThat(AnalyticDiffusion.penetrationDepth(0.25, 0.999999e-3))
                .isCloseTo(AnalyticDiffusion.penetrationDepth(0.25, 1.000001e-3), within(1e-6));
        assertThat(Erf.erfc(AnalyticDiffusion.penetrationDepth(0.25, 1e-10))).isCloseTo(1e-10, withinPercentage(1e-8));
    }

    @Test
    void dealGroveAtAVanishingTemperatureIsFrozenNotNaN() {
        // D (1.8 eV) falls faster than k (1.5 eV): A = 2D/k → 0, B → 0, the layer keeps x0 (was NaN: 0·∞)
        LinearParabolicGrowth law = LinearParabolicGrowth.dealGrove(D, Arrhenius.of(1e-3, Units.eV(1.5)), 1e-9);
        assertThat(law.linearLength(1e-300)).isZero();
        assertThat(law.isothermalThickness(1e-300, 3600)).isEqualTo(1e-9);
        assertThat(law.growthRate(1e-300, 1e-9)).isZero();
        // the reverse: k falls faster than D, A = 2D/k overflows; growth is frozen in its linear stage
        LinearParabolicGrowth slowInterface = LinearParabolicGrowth.dealGrove(Arrhenius.of(1e-8, Units.eV(1)),
                Arrhenius.of(1e-3, Units.eV(2)), 1e-9);
        assertThat(slowInterface.isothermalThickness(1, 3600)).isEqualTo(1e-9);
        assertThatThrownBy(() -> slowInterface.linearLength(1)).hasMessageContaining("temperature 1.0 K");
        // and the stable root matches the textbook one where both are well conditioned
        double t = Units.hours(3);
        double a = law.linearLength(1000);
        double b = law.parabolicConstant(1000);
        double rhs = 1e-18 + a * 1e-9 + b * t;
        assertThat(law.isothermalThickness(1000, t)).isCloseTo((-a + Math.sqrt(a * a + 4 * rhs)) / 2,
                withinPercentage(1e-9));
    }

    @Test
    void reactionLayersAreCopiedAndChecked() {
        assertThat(new Reaction("A", null, null, D, Set.of(0, 2)).layers()).containsExactlyInAnyOrder(0, 2);
    }
}
