package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

class InverseAnalysisTest {

    private static final double C0 = 1000;

    @Test
    void matanoRecoversAConstantDFromTheErfcProfile() {
        double d = 3e-17;
        double t = 3600;
        Mesh1D mesh = Mesh1D.uniform(-2e-6, 2e-6, 2000);
        Profile c = AnalyticDiffusion.coupleProfile(mesh, 0.0, C0, 0, d * t);
        BoltzmannMatanoSolution r = BoltzmannMatanoSolver.withDefaults()
                .solve(new BoltzmannMatanoProblem(c, t));
        assertThat(r.matanoPlane()).isCloseTo(0.0, within(1e-10));
        for (double di : r.diffusivities()) {
            assertThat(di).isCloseTo(d, withinPercentage(0.5));
        }
    }

    @Test
    void matanoRecoversAConcentrationDependentDFromASimulatedCouple() {
        // D(c) = D0·exp(2c/C0), a factor e² across the couple; the profile comes from the FV solver
        double d0 = 1e-17;
        Diffusivity truth = Diffusivity.scaled(Arrhenius.of(d0, 0), c -> Math.exp(2 * c / C0));
        double t = 3600;
        Mesh1D mesh = Mesh1D.uniform(-3e-6, 3e-6, 1200);
        DiffusingSpecies s = DiffusingSpecies.named("Co").diffusivity(truth).initial(x -> x < 0 ? C0 : x > 0 ? 0 : C0 / 2).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-6)
                .solve(DiffusionProblem.builder(mesh).species(s).isothermal(1000, t).build());
        BoltzmannMatanoSolution r = BoltzmannMatanoSolver.withDefaults()
                .solve(new BoltzmannMatanoProblem(sol.finalProfile("Co"), t));
        for (double c = 0.1 * C0; c <= 0.9 * C0; c += 0.1 * C0) {
            assertThat(r.diffusivityAt(c)).as("D at c = %.0f", c).isCloseTo(d0 * Math.exp(2 * c / C0),
                    withinPercentage(3));
        }
        assertThat(r.asDiffusivity(1000, 0).valueAt(1000, 0.5 * C0)).isCloseTo(d0 * Math.E, withinPercentage(3));
    }

    @Test
    void arrheniusFitRecoversD0AndEa() {
        Arrhenius law = Arrhenius.of(2e-5, Units.eV(1.9));
        double[] temps = {900, 950, 1000, 1050, 1100};
        double[] exact = new double[temps.length];
        double[] noisy = new double[temps.length];
        double[] noise = {0.02, -0.015, 0.0, 0.018, -0.02};
        for (int i = 0; i < temps.length; i++) {
            exact[i] = law.valueAt(temps[i]);
            noisy[i] = exact[i] * (1 + noise[i]);
        }
        ArrheniusFitSolution fit = ArrheniusFitter.withDefaults().solve(ArrheniusFitProblem.rates(temps, exact));
        assertThat(fit.law().activationEnergyEV()).isCloseTo(1.9, within(1e-8));
        assertThat(fit.law().prefactor()).isCloseTo(2e-5, withinPercentage(1e-5));
        ArrheniusFitSolution rough = ArrheniusFitter.withDefaults().solve(ArrheniusFitProblem.rates(temps, noisy));
        assertThat(rough.law().activationEnergyEV()).isCloseTo(1.9, within(0.05));
        assertThat(rough.activationEnergyError().getAsDouble()).isPositive();
        assertThat(Math.abs(rough.law().activationEnergyEV() - 1.9))
                .isLessThan(3 * Units.toEV(rough.activationEnergyError().getAsDouble()));
        assertThat(rough.problem().points()).isEqualTo(5);
        assertThat(rough.iterations()).isPositive();
        assertThat(rough.warnings()).isEmpty();
    }

    @Test
    void parabolicGrowthFitRecoversK0AndEaFromAnnealsAndARamp() {
        ParabolicGrowth truth = new ParabolicGrowth(Arrhenius.of(5e-9, Units.eV(1.7)), Units.nm(1));
        List<ThermalSchedule> schedules = new ArrayList<>();
        for (double celsius : new double[] {600, 650, 700}) {
            for (double hours : new double[] {1, 4}) {
                schedules.add(ThermalSchedule.isothermal(Units.celsius(celsius), Units.hours(hours)));
            }
        }
        schedules.add(ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(750), 5.0 / 60)
                .hold(Units.hours(1)).coolTo(Units.celsius(25), 5.0 / 60).build());
        double[] x = schedules.stream().mapToDouble(truth::thickness).toArray();
        ArrheniusFitSolution fit = ArrheniusFitter.withDefaults()
                .solve(ArrheniusFitProblem.parabolicGrowth(schedules, x, Units.nm(1)));
        assertThat(fit.law().activationEnergyEV()).isCloseTo(1.7, within(1e-6));
        assertThat(fit.law().prefactor()).isCloseTo(5e-9, withinPercentage(1e-3));
        assertThat(fit.rms()).isLessThan(1e-9);
    }

    @Test
    void matanoSkipsAPlateauAndNamesNoisyNegativeDiffusivities() {
        // an erfc couple with a flat stretch at the mid composition (three equal points): the plateau
        // gives no D, and the compositions returned stay strictly increasing and interpolable
        double lambda = 1e-14;
        int n = 201;
        double[] x = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -1e-6 + 1e-8 * i;
            c[i] = AnalyticDiffusion.couple(0, 1000, x[i], lambda);
        }
        c[101] = c[100];
        c[102] = c[100];
        BoltzmannMatanoSolution r = BoltzmannMatanoSolver.withDefaults()
                .solve(new BoltzmannMatanoProblem(Profile.of(x, c), lambda));
        double[] cs = r.concentrations();
        for (int i = 1; i < cs.length; i++) {
            assertThat(cs[i]).isGreaterThan(cs[i - 1]);
        }
        assertThat(r.asDiffusivity(1000, 0).valueAt(1000, 700)).isPositive();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("flat stretches"));
        // noise where dc/dx is small can give D ≤ 0: named as such, not as a table error
        BoltzmannMatanoSolution noisy = new BoltzmannMatanoSolution(r.problem(), 0.05, 0, new double[] {100, 200, 300},
                new double[] {1e-17, -1e-18, 1e-17}, java.util.List.of());
        assertThatThrownBy(() -> noisy.asDiffusivity(1000, 0)).hasMessageContaining("noise")
                .hasMessageContaining("c = 200");
    }

    @Test
    void twoPointsGiveNoErrorEstimateAndFallingDataAreNotArrhenius() {
        ArrheniusFitSolution two = ArrheniusFitter.withDefaults().solve(ArrheniusFitProblem.rates(new double[] {900, 1000}, new double[] {1e-18, 1e-17}));
        assertThat(two.activationEnergyError()).isEmpty();
        assertThat(two.lnPrefactorError()).isEmpty();
        assertThat(two.warnings()).singleElement().asString().contains("no standard errors");
        assertThat(two.toString()).contains("no error estimate from 2 points");
        // a quantity that falls as T rises has a best-fit Ea < 0: said plainly, not as a bad argument
        assertThatThrownBy(() -> ArrheniusFitter.withDefaults().solve(ArrheniusFitProblem.rates(
                new double[] {900, 1000, 1100}, new double[] {3e-17, 2e-17, 1e-17})))
                .hasMessageContaining("not thermally activated");
    }

    @Test
    void badInverseInputIsRejected() {
        Profile flat = Profile.of(new double[] {0, 1, 2, 3, 4, 5}, new double[] {1, 1, 1, 1, 1, 1});
        assertThatThrownBy(() -> new BoltzmannMatanoProblem(flat, 10)).hasMessageContaining("no composition change");
        Profile bumpy = Profile.of(new double[] {0, 1, 2, 3, 4, 5}, new double[] {1, 0.8, 0.9, 0.5, 0.2, 0});
        assertThatThrownBy(() -> new BoltzmannMatanoProblem(bumpy, 10)).hasMessageContaining("monotonic");
        assertThatThrownBy(() -> ArrheniusFitProblem.rates(new double[] {900, 900}, new double[] {1e-18, 2e-18}))
                .hasMessageContaining("2 distinct values");
        assertThatThrownBy(() -> ArrheniusFitProblem.rates(new double[] {900, 1000}, new double[] {1e-18, -2e-18}))
                .hasMessageContaining("values[1] must be > 0");
    }
}
