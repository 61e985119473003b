package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;
import org.interphase.core.Quadrature;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * The two-phase Neumann solution against what it must satisfy independently of how its root was
 * derived: conservation of the species in a closed couple (which holds only if the flux-jump
 * condition does), the interface values, the flux jump by finite differences, and at s = 0 the
 * fixed partitioned couple that the finite-volume solver reproduces.
 */
class TwoPhaseStefanTest {

    private static final double T = 1000;
    private static final double TIME = 1000;

    /** ∫c dx over a window far wider than both diffusion lengths, split at the interface. */
    private static double amount(TwoPhaseStefan p, double halfWidth) {
        double front = p.front(T, TIME);
        java.util.function.DoubleUnaryOperator c = x -> p.concentration(T, TIME, x);
        return Quadrature.integrate(c, -halfWidth, front, 1e-13, 0)
                + Quadrature.integrate(c, Math.nextUp(front), halfWidth, 1e-13, 0);
    }

    @Property(tries = 60)
    void aClosedCoupleConservesTheSpecies(
            @ForAll @DoubleRange(min = -18, max = -15) double log10Da,
            @ForAll @DoubleRange(min = -2, max = 2) double log10Ratio,
            @ForAll @DoubleRange(min = 0.05, max = 1) double interfaceAlphaFraction,
            @ForAll @DoubleRange(min = 0, max = 1) double interfaceBetaFraction,
            @ForAll @DoubleRange(min = 0.01, max = 1) double excess,
            @ForAll @DoubleRange(min = 0, max = 0.99) double deficit) {
        // α richer than either interface value, β poorer than either (the species flows α → β); either
        // phase may grow, depending on the data
        double cae = 1000 * interfaceAlphaFraction;
        double cbe = 1000 * interfaceBetaFraction;
        double ca = Math.max(cae, cbe) + 1000 * excess;
        double cb = Math.min(cae, cbe) * deficit;
        double da = Math.pow(10, log10Da);
        double db = da * Math.pow(10, log10Ratio);
        TwoPhaseStefan p = new TwoPhaseStefan(Arrhenius.of(da, 0), Arrhenius.of(db, 0), ca, cae, cbe, cb);
        double front = p.front(T, TIME);
        double halfWidth = Math.abs(front) + 20 * Math.sqrt(Math.max(da, db) * TIME);
        // the initial step at x = 0 holds W·c_α∞ + W·c_β∞; the tails are < erfc(9) ≈ 4e-37 at ±W
        double initial = halfWidth * (ca + cb);
        // measured ≤ 9e-16 relative over 60 tries; the quadrature asks for 1e-13
        assertThat(amount(p, halfWidth)).isCloseTo(initial, within(1e-12 * initial));
        assertThat(p.concentration(T, TIME, front)).isCloseTo(cae, within(1e-9 * 1000));
        assertThat(p.concentration(T, TIME, Math.nextUp(front))).isCloseTo(cbe, within(1e-9 * 1000));
    }

    @Test
    void theFluxJumpMovesTheInterfaceAsTheStefanCondition() {
        // α at 800 with 600 at equilibrium; β at 100 with 300 at equilibrium; D_β = 4·D_α
        double da = 1e-17;
        double db = 4e-17;
        TwoPhaseStefan p = new TwoPhaseStefan(Arrhenius.of(da, 0), Arrhenius.of(db, 0), 800, 600, 300, 100);
        double s = p.similarityConstant(T);
        double front = p.front(T, TIME);
        assertThat(front).isCloseTo(2 * s * Math.sqrt(da * TIME), within(1e-20));
        // one-sided fourth-order differences of the profile at X⁻ and X⁺, and dX/dt = s·√(D_α/t)
        double h = 1e-3 * Math.sqrt(da * TIME);
        double left = (25 * p.concentration(T, TIME, front) - 48 * p.concentration(T, TIME, front - h)
                + 36 * p.concentration(T, TIME, front - 2 * h) - 16 * p.concentration(T, TIME, front - 3 * h)
                + 3 * p.concentration(T, TIME, front - 4 * h)) / (12 * h);
        double x1 = Math.nextUp(front);
        double right = -(25 * p.concentration(T, TIME, x1) - 48 * p.concentration(T, TIME, x1 + h)
                + 36 * p.concentration(T, TIME, x1 + 2 * h) - 16 * p.concentration(T, TIME, x1 + 3 * h)
                + 3 * p.concentration(T, TIME, x1 + 4 * h)) / (12 * h);
        double velocity = s * Math.sqrt(da / TIME);
        double balance = (300 - 600) * velocity - (da * left - db * right);
        assertThat(Math.abs(balance)).isLessThan(1e-8 * Math.abs(da * left));
        // over a schedule with a shared activation energy: X = 2s√(∫D_α dt)
        TwoPhaseStefan arrhenius = new TwoPhaseStefan(Arrhenius.of(1e-4, Units.eV(1.5)), Arrhenius.of(4e-4, Units.eV(1.5)),
                800, 600, 300, 100);
        ThermalSchedule ramp = ThermalSchedule.startingAt(900).rampTo(1100, 1.0).hold(600).build();
        double lambda = ramp.integratedDiffusivity(arrhenius.alphaDiffusivity());
        assertThat(arrhenius.front(ramp)).isCloseTo(2 * s * Math.sqrt(lambda), within(1e-12 * Math.sqrt(lambda)));
        // a saturated α cannot feed a richer β: no similarity solution, said plainly
        assertThatThrownBy(() -> new TwoPhaseStefan(Arrhenius.of(da, 0), Arrhenius.of(db, 0), 50, 50, 60, 0)
                .similarityConstant(T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no similarity solution");
        TwoPhaseStefan mixed = new TwoPhaseStefan(Arrhenius.of(1e-4, Units.eV(1.5)), Arrhenius.of(4e-4, Units.eV(1.2)),
                800, 600, 300, 100);
        assertThatThrownBy(() -> mixed.front(ramp)).hasMessageContaining("one activation energy");
    }

    @Test
    void aStillInterfaceIsThePartitionedCoupleTheFiniteVolumeSolverReproduces() {
        // The fixed couple of Crank §7.3 (c0 on the left, c⁺ = K·c⁻ at x = 0) has interface values that
        // make the flux balance vanish: as a two-phase problem with those equilibrium values, s = 0.
        double d1 = 1e-17;
        double d2 = 4e-17;
        double k = 0.3;
        double c0 = 1000;
        double minus = AnalyticDiffusion.partitionedCouple(c0, d1, d2, k, 0.0, TIME);
        double plus = AnalyticDiffusion.partitionedCouple(c0, d1, d2, k, Math.nextUp(0.0), TIME);
        TwoPhaseStefan still = new TwoPhaseStefan(Arrhenius.of(d1, 0), Arrhenius.of(d2, 0), c0, minus, plus, 0);
        assertThat(still.similarityConstant(T)).isCloseTo(0, within(1e-12));
        Mesh1D mesh = Mesh1D.builder(-1e-6).uniform(1e-6, 200).uniform(3e-6, 600).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-7).solve(DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("Co").diffusivity(Diffusivity.constant(d1), Diffusivity.constant(d2))
                        .initialPerLayer(c0, 0).partition(k).build()).isothermal(T, TIME).build());
        var profile = sol.finalProfile("Co");
        double worst = 0;
        for (int i = 0; i < profile.size(); i++) {
            double x = profile.x(i);
            double exact = x > 0 ? still.concentration(T, TIME, x) : still.concentration(T, TIME, Math.min(x, -0.0));
            assertThat(exact).isCloseTo(AnalyticDiffusion.partitionedCouple(c0, d1, d2, k, x, TIME), within(1e-9));
            worst = Math.max(worst, Math.abs(profile.y(i) - exact));
        }
        // the finite-volume error of this mesh (5 nm cells; DiffusionSolverTest measures its order)
        assertThat(worst).isLessThan(5e-5 * c0);
    }
}
