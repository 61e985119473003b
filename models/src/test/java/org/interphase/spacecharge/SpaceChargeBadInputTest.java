package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import java.util.Arrays;
import java.util.List;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Finite but extreme input gets a clear IllegalArgumentException (or a correct finite answer),
 * never NaN, ∞, a raw JVM exception or a misleading solver failure.
 */
class SpaceChargeBadInputTest {

    private static final double C = 0.01 * PER_NM3;

    @Test
    void chargeNumbersOutsideOneToEightAreRefused() {
        // −Integer.MIN_VALUE is Integer.MIN_VALUE: such a z used to flip signs or overflow silently
        assertThatThrownBy(() -> new Species(Integer.MIN_VALUE, C)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charge number").hasMessageContaining("[-8, 8]");
        assertThatThrownBy(() -> new LatticeGas(Integer.MIN_VALUE, 20 * PER_NM3, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-8, 8]");
        assertThatThrownBy(() -> new GouyChapman(30, T, Integer.MAX_VALUE, C, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 8]");
        assertThatThrownBy(() -> new MottSchottky(30, T, 9, C, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MottSchottky.coreVoltage(10, T, Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bikerman(9, C, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Boltzmann.symmetric(9, C)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteExclusion.of(20 * PER_NM3, new int[] {1, -100}, new double[] {0.1, 0.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charges[1]");
        assertThatThrownBy(() -> ScreeningLengths.depletionWidth(10, 0.1, Integer.MIN_VALUE, C))
                .isInstanceOf(IllegalArgumentException.class);
        // the physical range still works, both signs
        assertThat(new LatticeGas(-8, 20 * PER_NM3, 0.5).carrierCharge()).isEqualTo(-8);
        assertThat(new Species(8, C).charge()).isEqualTo(8);
    }

    @Test
    void gouyChapmanBeyondItsRangeNamesTheInterfacePotential() {
        GouyChapman gc = new GouyChapman(30, T, 1, C, 100);
        assertThatThrownBy(gc::spaceCharge).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interface potential").hasMessageContaining("100.0 V");
        assertThatThrownBy(gc::capacitance).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(gc::interfaceField).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(gc::excessResistanceLength).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gc.anionDensity(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GouyChapman(30, T, 1, C, -100).cationDensity(0))
                .isInstanceOf(IllegalArgumentException.class);
        // a tiny temperature made Q = 0·∞ = NaN
        assertThatThrownBy(() -> new GouyChapman(30, 1e-300, 1, C, 0.1).spaceCharge())
                .isInstanceOf(IllegalArgumentException.class);
        // the profile itself stays finite far beyond: tanh(y/4) saturates
        assertThat(gc.potential(1e-9)).isFinite();
    }

    @Test
    void bikermanKeepsItsPrecisionInThePointIonLimit() {
        // H = (2c/ν)·ln(1 + x), x = ν(cosh y − 1), so H/(2c(cosh y − 1)) = ln(1 + x)/x = 1 − x/2 + x²/3 − …
        // The log-sum-exp form used for |y| ≥ 1 cancelled to ~1e-16/ν relative (2e-5 at ν = 1e-12).
        for (double nu : new double[] {1e-12, 1e-8, 1e-4}) {
            for (double y : new double[] {1.5, 3, 10, 40}) {
                double x = nu * (Math.cosh(y) - 1);
                double expected = x < 1e-6 ? 1 - x / 2 + x * x / 3 : Math.log1p(x) / x;
                double ratio = new Bikerman(1, C, nu).firstIntegral(y) / (2 * C * (Math.cosh(y) - 1));
                assertThat(ratio).as("ν = %s, y = %s", nu, y).isCloseTo(expected, within(1e-13 * expected));
            }
        }
        // a packing fraction so small that the site density 2c∞/ν overflows is refused (H(0) was 0·∞ = NaN)
        assertThatThrownBy(() -> new Bikerman(1, C, 1e-300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("packing fraction");
    }

    @Test
    void aLatticeGasWithTheSmallestOccupancyKeepsAFiniteActivity() {
        // ln((1 − θ)/θ) overflowed for θ∞ = 4.9e-324, so the activity came out −∞
        LatticeGas lg = LatticeGas.lithium(20 * PER_NM3, Double.MIN_VALUE);
        assertThat(lg.bulkLogActivity()).isCloseTo(Math.log(Double.MIN_VALUE), within(1e-12));
        assertThatThrownBy(() -> new LatticeGas(8, Double.MAX_VALUE, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screening density");
        assertThatThrownBy(() -> Boltzmann.mottSchottky(2, Double.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("screening density");
    }

    @Test
    void screeningLengthsNameTheirInputs() {
        assertThatThrownBy(() -> ScreeningLengths.debye(10, T, Arrays.asList(new Species(1, C), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("species[1]");
        assertThatThrownBy(() -> ScreeningLengths.depletionWidth(10, 1e300, 1, 1e-300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depletion width");
        assertThatThrownBy(() -> ScreeningLengths.linear(1e-320, T, Boltzmann.mottSchottky(1, C)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative permittivity");
    }

    @Test
    void indicesAndSizesAreCheckedBeforeAnyWork() {
        assertThatThrownBy(() -> SiteExclusion.of(20 * PER_NM3, new int[] {1}, new double[] {0.1}).occupancy(3, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("species index");
        Junction j = Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.5), T);
        LayeredSolution fv = LayeredSolver.withDefaults().withNodes(100).solve(LayeredJunction.of(j));
        assertThatThrownBy(() -> fv.layer(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phase index");
        assertThatThrownBy(() -> Sweeps.apparentActivationEnergy(t -> JunctionSolver.withDefaults().solve(j.withTemperature(t)), T, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase index");
        assertThatThrownBy(() -> Sweeps.apparentActivationEnergy(
                t -> LayeredSolver.withDefaults().solve(LayeredJunction.of(j).withTemperature(t)), T, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase index");
        assertThatThrownBy(() -> Sweeps.thickness(LayeredSolver.withDefaults(), null, 1, new double[] {1e-9}))
                .isInstanceOf(NullPointerException.class).hasMessage("stack");
        assertThatThrownBy(() -> new Sweep("d", "m", new double[2], new double[1], new double[2], List.of(List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> new Sweep("d", "m", null, new double[0], new double[0], List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("values");
        assertThatThrownBy(() -> new Sweep("d", "m", new double[0], new double[0], new double[0], List.of()).argminResistance())
                .isInstanceOf(IllegalStateException.class);
        // a profile of 2³¹ − 1 points exhausted the heap
        JunctionSolution s = JunctionSolver.withDefaults().solve(j);
        assertThatThrownBy(() -> s.potentialProfile(1, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points");
        assertThatThrownBy(() -> new PhaseLayer("a", 0, 0, -1, 1, 0, 0, 0, 0, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differentialCapacitance");
    }

    @Test
    void aStepTooSmallForTheFirstIntegralIsSolvedInLinearResponse() {
        // H ≈ Sψ²/2 underflows below ψ ~ 1e-160: the quadrature of ℓ_R used to fail with a
        // ConvergenceException. In linear response ℓ_R/ψ0 is a constant, so a 1e-200 J step and a
        // 1e-25 J step (ψ ≈ 2e-5, nonlinear terms ~1e-5 relative) give the same ratio.
        Junction tiny = Junction.of(Fixtures.lco(), Fixtures.lps(), 1e-200, T);
        Junction small = Junction.of(Fixtures.lco(), Fixtures.lps(), 1e-25, T);
        JunctionSolution a = JunctionSolver.withDefaults().solve(tiny);
        JunctionSolution b = JunctionSolver.withDefaults().solve(small);
        double step = 1e-200 / Constants.ELEMENTARY_CHARGE;
        assertThat(a.right().drop() - a.left().drop()).isCloseTo(step, within(1e-12 * step));
        assertThat(a.right().drop() / 1e-200).isCloseTo(b.right().drop() / 1e-25, within(1e-4 * b.right().drop() / 1e-25));
        assertThat(a.right().charge() / 1e-200).isCloseTo(b.right().charge() / 1e-25,
                within(1e-4 * Math.abs(b.right().charge()) / 1e-25));
        assertThat(a.right().resistance() / 1e-200).isCloseTo(b.right().resistance() / 1e-25,
                within(1e-4 * Math.abs(b.right().resistance()) / 1e-25));
        assertThat(a.left().charge() + a.right().charge()).isCloseTo(0, within(1e-12 * Math.abs(a.right().charge())));
        // the same at an absurd temperature (reduced step 6e-297)
        assertThat(JunctionSolver.withDefaults().solve(tiny.withTemperature(1e300).withStep(Units.eV(0.5))).totalResistance()).isFinite();
        assertThat(SemiInfinite.of(9.1, Fixtures.lps().law(), T, 1e-190).potentialProfile(10).y(9)).isFinite();
    }

    @Test
    void aStackBeyondTheMeshSaysSo() {
        Phase gc = Phase.of("gc", 30, Boltzmann.symmetric(1, C), 1e-2);
        assertThatThrownBy(() -> LayeredSolver.withDefaults().solve(LayeredJunction.of(Junction.of(gc, gc, Units.eV(30), T))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be meshed")
                .hasMessageContaining("gc (μ +0.000 eV) | gc");
    }

    @Test
    void aJunctionSolutionsLayerIndexIsNamedP() {
        JunctionSolution s = JunctionSolver.withDefaults().solve(Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.1), T));
        for (int p : new int[] {-1, 2, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> s.layer(p)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("p (phase index)").hasMessageContaining("was " + p);
        }
        assertThat(s.layer(1)).isSameAs(s.right());
    }

    /**
     * Deep in the linear tail (|ψ| ≪ 1) the carrier deviation is proportional to ψ and ψ decays as
     * e^{−x/λ}, so lowering the fraction from f1 to f2 moves the extent out by exactly λ·ln(f1/f2)
     * (Debye–Hückel screening; research note §2.8). The old root search had an absolute tolerance of
     * 1e-14·|ψ0|, which missed a root of ψ ~ 1e-20 and failed outright at 1e-300.
     */
    @Test
    void theExtentOfALayerFollowsTheLinearTailDownToTheSmallestFractions() {
        SemiInfinite s = SemiInfinite.of(9.1, Fixtures.lps().law(), T, 0.1);
        double lambda = s.screeningLength();
        double[] fractions = {1e-10, 1e-20, 1e-100, 1e-300};
        for (int i = 1; i < fractions.length; i++) {
            double shift = s.extent(fractions[i]) - s.extent(fractions[i - 1]);
            assertThat(shift).as("extent(%s) − extent(%s)", fractions[i], fractions[i - 1])
                    .isCloseTo(lambda * Math.log(fractions[i - 1] / fractions[i]), within(1e-6 * shift));
        }
        assertThat(SemiInfinite.of(9.1, Fixtures.lps().law(), T, -0.1).extent(1e-300)).isFinite().isPositive();
        // the layered solution of a semi-infinite phase reads the same extent
        LayeredSolution layered = LayeredSolver.withDefaults().solve(LayeredJunction.of(Junction.of(Fixtures.lco(),
                Fixtures.lps(), Units.eV(0.1), T)));
        double[] e = layered.spaceChargeExtents(1, 1e-300);
        double[] e2 = layered.spaceChargeExtents(1, 1e-2);
        assertThat(e[0]).isFinite().isGreaterThan(e2[0]);
    }

    @Test
    void anAvailableFractionTooSmallForTheOccupanciesIsNamed() {
        assertThatThrownBy(() -> SiteExclusion.of(20 * PER_NM3, 1e-300, new int[] {1}, new double[] {0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("availableFraction")
                .hasMessageContaining("1.0E-300").hasMessageContaining("0.5");
    }

    /**
     * A saturated lattice-gas accumulation layer of 1e12 kT/e (a huge but representable Δμ) has a finite
     * ℓ_R = ∫(σ∞/σ − 1)dx; the quadrature in ψ needed 40 bisections to reach the layer's
     * structure near ψ = 0 and gave up. Checked by Leibniz's rule: ℓ_R = ∫_{ψ0}^0 (σ∞/σ − 1) ds/g(s), so
     * dℓ_R/dψ0 = −(σ∞/σ − 1)/g at ψ0, with g = e|E(0)|/kT the interface field in reduced units; in
     * saturation c → N, so σ∞/σ − 1 → θ∞ − 1.
     */
    @Test
    void aHugeAccumulationLayerHasAFiniteExcessResistance() {
        double theta = 0.3;
        LatticeGas law = LatticeGas.lithium(30 * PER_NM3, theta);
        double psi0 = -1e12;
        double h = 1e9;
        SemiInfinite at = SemiInfinite.reduced(12, law, T, psi0);
        double up = SemiInfinite.reduced(12, law, T, psi0 + h).excessResistanceLength(false);
        double down = SemiInfinite.reduced(12, law, T, psi0 - h).excessResistanceLength(false);
        double g = Math.abs(at.interfaceField()) / Constants.thermalVoltage(T);
        double expected = -(theta - 1) / g;
        assertThat(at.excessResistanceLength(false)).isFinite().isNegative();
        assertThat((up - down) / (2 * h)).isCloseTo(expected, within(1e-5 * Math.abs(expected)));
    }

    /** A sweep over steps either solves each one or names the one it refuses, with the reason. */
    @Test
    void aStepSweepNamesTheStepItCannotSolve() {
        Junction j = Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.1), T);
        assertThatThrownBy(() -> Sweeps.step(JunctionSolver.withDefaults(), j, new double[] {Units.eV(0.1), 1.0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[1] = 1.0 J")
                .hasMessageContaining("resistivity ratio").hasMessageContaining("lower the potential step");
        Sweep ok = Sweeps.step(JunctionSolver.withDefaults(), j, new double[] {Units.eV(0.1), Units.eV(0.2)});
        assertThat(Arrays.stream(ok.totalResistance()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void aSweepRefusesNonFiniteEntriesNamingTheArrayAndIndex() {
        List<List<PhaseLayer>> layers = List.of(List.of(), List.of());
        assertThatThrownBy(() -> new Sweep("step", "J", new double[] {1, Double.NaN}, new double[] {1, 2},
                new double[] {1, 2}, layers)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[1]");
        assertThatThrownBy(() -> new Sweep("step", "J", new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 2},
                new double[] {1, 2}, layers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totalResistance[0]");
        assertThatThrownBy(() -> new Sweep("step", "J", new double[] {1, 2}, new double[] {1, 2},
                new double[] {1, Double.NaN}, layers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spaceChargeResistance[1]");
    }
}
