package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.interphase.core.Arrhenius;
import org.interphase.core.Grading;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * The finite-volume solver against closed forms (Crank, The Mathematics of Diffusion, 1975), with
 * the orders of convergence in space and time measured under refinement.
 */
class DiffusionSolverTest {

    private static final double D = 1e-17;          // m²/s
    private static final double L = 1e-6;           // half-width of the couple, m
    private static final double C0 = 1000;          // mol/m³
    private static final double LAMBDA0 = 2.5e-15;  // ∫D dt already elapsed at t = 0, m² (50 nm)
    private static final double DURATION = 3 * LAMBDA0 / D; // final ∫D dt = 1e-14 m² (2√Λ = 200 nm)

    /** An erfc couple started from its exact profile at Λ0, so that the data are smooth. */
    private static DiffusionProblem couple(Mesh1D mesh, ThermalSchedule schedule, Diffusivity d, double lambda0) {
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(d)
                .initial(x -> AnalyticDiffusion.couple(C0, 0, x, lambda0))
                .left(Boundary.fixed(C0)).right(Boundary.fixed(0)).build();
        return DiffusionProblem.builder(mesh).species(s).schedule(schedule).build();
    }

    private static double maxError(DiffusionSolution sol, String name, java.util.function.DoubleUnaryOperator exact) {
        double[] c = sol.nodalValues(name, sol.times().length - 1);
        double[] x = sol.problem().mesh().nodes();
        double e = 0;
        for (int i = 0; i < x.length; i++) {
            e = Math.max(e, Math.abs(c[i] - exact.applyAsDouble(x[i])));
        }
        return e;
    }

    private static double maxDifference(double[] a, double[] b) {
        double e = 0;
        for (int i = 0; i < a.length; i++) {
            e = Math.max(e, Math.abs(a[i] - b[i]));
        }
        return e;
    }

    private static double log2(double ratio) {
        return Math.log(ratio) / Math.log(2);
    }

    private static final DiffusionSolver FINE_TIME = DiffusionSolver.withDefaults().withScheme(TimeScheme.TR_BDF2)
            .withFixedStep(DURATION / 2000);

    @Test
    void erfcCoupleIsSecondOrderInSpaceOnUniformMeshes() {
        double lambda = LAMBDA0 + D * DURATION;
        double[] errors = new double[4];
        for (int k = 0; k < errors.length; k++) {
            Mesh1D mesh = Mesh1D.uniform(-L, L, 40 << k);
            DiffusionSolution sol = FINE_TIME.solve(couple(mesh, ThermalSchedule.isothermal(1000, DURATION),
                    Diffusivity.constant(D), LAMBDA0));
            errors[k] = maxError(sol, "A", x -> AnalyticDiffusion.couple(C0, 0, x, lambda));
        }
        assertThat(errors[3]).isLessThan(2e-3 * C0);
        for (int k = 1; k < errors.length; k++) {
            assertThat(log2(errors[k - 1] / errors[k])).as("space order, refinement %d", k).isBetween(1.85, 2.15);
        }
    }

    @Test
    void erfcCoupleIsSecondOrderInSpaceOnGradedMeshes() {
        // cells graded from 5 nm at the interface (a layer boundary at x = 0) to ~60 nm at the ends
        double lambda = LAMBDA0 + D * DURATION;
        Mesh1D base = Mesh1D.builder(-L).graded(L, 5e-9, 1.15, Grading.END).graded(L, 5e-9, 1.15, Grading.START)
                .build();
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            Mesh1D mesh = base.refine(1 << k);
            DiffusionSolution sol = FINE_TIME.solve(couple(mesh, ThermalSchedule.isothermal(1000, DURATION),
                    Diffusivity.constant(D), LAMBDA0));
            errors[k] = maxError(sol, "A", x -> AnalyticDiffusion.couple(C0, 0, x, lambda));
        }
        for (int k = 1; k < errors.length; k++) {
            assertThat(log2(errors[k - 1] / errors[k])).as("graded space order, refinement %d", k).isBetween(1.8, 2.2);
        }
    }

    /** Time order by self-convergence on a fixed mesh: e(h) = max|u_h − u_{h/2}|. */
    private static double[] timeOrders(TimeScheme scheme) {
        Mesh1D mesh = Mesh1D.uniform(-L, L, 200);
        DiffusionProblem p = couple(mesh, ThermalSchedule.isothermal(1000, DURATION), Diffusivity.constant(D), LAMBDA0);
        double[][] u = new double[5][];
        for (int k = 0; k < u.length; k++) {
            DiffusionSolver solver = DiffusionSolver.withDefaults().withScheme(scheme).withFixedStep(DURATION / (8 << k));
            u[k] = solver.solve(p).nodalValues("A", 0);
        }
        double[] orders = new double[u.length - 2];
        for (int k = 0; k < orders.length; k++) {
            orders[k] = log2(maxDifference(u[k], u[k + 1]) / maxDifference(u[k + 1], u[k + 2]));
        }
        return orders;
    }

    @Test
    void backwardEulerIsFirstOrderInTime() {
        for (double order : timeOrders(TimeScheme.BACKWARD_EULER)) {
            assertThat(order).isBetween(0.9, 1.15);
        }
    }

    @Test
    void crankNicolsonIsSecondOrderInTime() {
        for (double order : timeOrders(TimeScheme.CRANK_NICOLSON)) {
            assertThat(order).isBetween(1.85, 2.2);
        }
    }

    @Test
    void trBdf2IsSecondOrderInTime() {
        for (double order : timeOrders(TimeScheme.TR_BDF2)) {
            assertThat(order).isBetween(1.85, 2.2);
        }
    }

    @Test
    void gaussianThinFilmSpreadsAsTheClosedFormWithSecondOrderInSpace() {
        double m = 1e-4; // mol/m²
        double lambda = LAMBDA0 + D * DURATION;
        double[] errors = new double[3];
        for (int k = 0; k < errors.length; k++) {
            Mesh1D mesh = Mesh1D.uniform(0, L, 50 << k);
            DiffusingSpecies s = DiffusingSpecies.named("Nb").diffusivity(Diffusivity.constant(D))
                    .initial(x -> AnalyticDiffusion.thinFilm(m, x, LAMBDA0)).build();
            DiffusionSolution sol = FINE_TIME.solve(DiffusionProblem.builder(mesh).species(s)
                    .isothermal(900, DURATION).build());
            errors[k] = maxError(sol, "Nb", x -> AnalyticDiffusion.thinFilm(m, x, lambda));
        }
        double peak = AnalyticDiffusion.thinFilm(m, 0, lambda);
        assertThat(errors[2] / peak).isLessThan(1e-3);
        for (int k = 1; k < errors.length; k++) {
            assertThat(log2(errors[k - 1] / errors[k])).isBetween(1.85, 2.2);
        }
    }

    @Test
    void twoLayersWithAPartitionCoefficientMatchTheClosedForm() {
        // medium 1 (x < 0): D1, c0; medium 2: D2 = 4·D1, empty; c⁺ = 0.3·c⁻ at x = 0 (Crank §7.3).
        // Both media are >= 7 diffusion lengths deep, so the closed ends do not show.
        double d1 = 1e-17;
        double d2 = 4e-17;
        double k = 0.3;
        double t = 1000;
        double[] errors = new double[3];
        double[] fluxErrors = new double[3];
        for (int r = 0; r < errors.length; r++) {
            Mesh1D mesh = Mesh1D.builder(-L).uniform(L, 50 << r).uniform(3 * L, 150 << r).build();
            DiffusingSpecies s = DiffusingSpecies.named("Co").diffusivity(Diffusivity.constant(d1), Diffusivity.constant(d2))
                    .initialPerLayer(C0, 0).partition(k).build();
            DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-7)
                    .solve(DiffusionProblem.builder(mesh).species(s).isothermal(1000, t).build());
            Profile c = sol.finalProfile("Co");
            double e = 0;
            for (int i = 0; i < c.size(); i++) {
                double x = c.x(i);
                double exact = AnalyticDiffusion.partitionedCouple(C0, d1, d2, k, x, t);
                e = Math.max(e, Math.abs(c.y(i) - exact));
            }
            errors[r] = e;
            // flux continuity D1·c′(0⁻) = D2·c′(0⁺), with second-order one-sided differences on each side;
            // the exact flux at x = 0 is K·c0·√(D1·D2)/((√D1 + K·√D2)·√(πt)) (Crank §7.3)
            double h = L / (50 << r);
            double[] u = sol.nodalValues("Co", 0);
            int i0 = 50 << r;
            double cPlus = k * u[i0]; // c on the right of the boundary node
            double fluxLeft = -d1 * (3 * u[i0] - 4 * u[i0 - 1] + u[i0 - 2]) / (2 * h);
            double fluxRight = -d2 * (-3 * cPlus + 4 * u[i0 + 1] - u[i0 + 2]) / (2 * h);
            double exactFlux = k * C0 * Math.sqrt(d1 * d2) / ((Math.sqrt(d1) + k * Math.sqrt(d2)) * Math.sqrt(Math.PI * t));
            fluxErrors[r] = Math.max(Math.abs(fluxLeft - exactFlux), Math.abs(fluxRight - exactFlux)) / exactFlux;
        }
        assertThat(errors[2]).isLessThan(5e-5 * C0);
        // measured relative flux errors 8.6e-3, 2.2e-3, 5.4e-4: orders 2.00, 2.01
        assertThat(fluxErrors[2]).isLessThan(6e-4);
        for (int r = 1; r < fluxErrors.length; r++) {
            assertThat(log2(fluxErrors[r - 1] / fluxErrors[r])).as("flux order at the boundary, refinement %d", r)
                    .isBetween(1.85, 2.2);
        }
        for (int r = 1; r < errors.length; r++) {
            assertThat(log2(errors[r - 1] / errors[r])).as("space order with a partition, refinement %d", r)
                    .isBetween(1.85, 2.2);
        }
    }

    @Test
    void arrheniusCoupleOverARampFollowsTheIntegratedDiffusivity() {
        Arrhenius law = Arrhenius.of(1e-6, Units.eV(2.0));
        ThermalSchedule schedule = ThermalSchedule.startingAt(Units.celsius(500)).rampTo(Units.celsius(800), 10.0 / 60)
                .hold(Units.minutes(30)).coolTo(Units.celsius(500), 10.0 / 60).build();
        double lambda = schedule.integratedDiffusivity(law);
        double lambda0 = lambda / 4;
        Mesh1D mesh = Mesh1D.uniform(-20 * Math.sqrt(lambda), 20 * Math.sqrt(lambda), 800);
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-6)
                .solve(couple(mesh, schedule, Diffusivity.arrhenius(law), lambda0));
        double e = maxError(sol, "A", x -> AnalyticDiffusion.couple(C0, 0, x, lambda0 + lambda));
        assertThat(e).isLessThan(2e-4 * C0);
    }

    @Test
    void adaptiveStepsFollowTheTolerance() {
        // from the step initial data of a couple (the hard start), with the erfc couple as reference
        Mesh1D mesh = Mesh1D.builder(-L).uniform(L, 200).uniform(L, 200).build();
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(C0, 0)
                .left(Boundary.fixed(C0)).right(Boundary.fixed(0)).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh).species(s).isothermal(1000, DURATION).build();
        double[] errors = new double[3];
        int[] steps = new int[3];
        double[] tolerances = {1e-3, 1e-5, 1e-7};
        for (int k = 0; k < 3; k++) {
            DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(tolerances[k]).solve(p);
            errors[k] = maxError(sol, "A", x -> AnalyticDiffusion.couple(C0, 0, x, D * DURATION));
            steps[k] = sol.acceptedSteps();
        }
        assertThat(steps[1]).isGreaterThan(steps[0]);
        assertThat(steps[2]).isGreaterThan(steps[1]);
        assertThat(errors[1]).isLessThan(errors[0]);
        // at the tightest tolerance what is left is the space error of this mesh (5 nm cells)
        assertThat(errors[2]).isLessThan(1e-3 * C0);
    }

    @Test
    void adaptiveTimeErrorFallsAsTheToleranceToTheDesignedPower() {
        // Step doubling holds the local error of a step near tol, so h ~ tol^(1/(p+1)) and the global
        // error ~ h^p ~ tol^(p/(p+1)): 2/3 for TR-BDF2 (p = 2), 1/2 for backward Euler. The time error is
        // isolated by comparing with the same mesh at tol = 1e-10; smooth data (the couple at Λ0).
        Mesh1D mesh = Mesh1D.uniform(-L, L, 200);
        DiffusionProblem p = couple(mesh, ThermalSchedule.isothermal(1000, DURATION), Diffusivity.constant(D), LAMBDA0);
        for (TimeScheme scheme : new TimeScheme[] {TimeScheme.TR_BDF2, TimeScheme.BACKWARD_EULER}) {
            int order = scheme.order();
            double[] reference = DiffusionSolver.withDefaults().withScheme(scheme).withTolerance(1e-11).solve(p)
                    .nodalValues("A", 0);
            double[] tolerances = {1e-4, 1e-5, 1e-6, 1e-7, 1e-8};
            double[] errors = new double[tolerances.length];
            for (int k = 0; k < tolerances.length; k++) {
                double[] c = DiffusionSolver.withDefaults().withScheme(scheme).withTolerance(tolerances[k]).solve(p)
                        .nodalValues("A", 0);
                errors[k] = maxDifference(c, reference);
            }
            double designed = order / (order + 1.0);
            // measured slopes: TR-BDF2 0.578, 0.605, 0.623, 0.669 (reaching 2/3 as the steps shrink);
            // backward Euler 0.498, 0.500, 0.502, 0.509. The last two (tol 1e-6 → 1e-8) are asserted.
            for (int k = tolerances.length - 2; k < tolerances.length; k++) {
                double slope = Math.log(errors[k - 1] / errors[k]) / Math.log(tolerances[k - 1] / tolerances[k]);
                assertThat(slope).as("%s, tol %s → %s", scheme, tolerances[k - 1], tolerances[k])
                        .isBetween(designed - 0.07, designed + 0.06);
            }
        }
    }

    @Test
    void constantInwardFluxMatchesTheClosedForm() {
        // Crank (1975) eq. 2.45: c = (2J/D)·[√(Dt/π)·exp(−x²/4Dt) − (x/2)·erfc(x/(2√(Dt)))]
        double j = 1e-6;
        double t = 2000;
        Mesh1D mesh = Mesh1D.uniform(0, L, 800);
        DiffusingSpecies s = DiffusingSpecies.named("Li").diffusivity(Diffusivity.constant(D)).initialPerLayer(0.0)
                .left(Boundary.flux(j)).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-7)
                .solve(DiffusionProblem.builder(mesh).species(s).isothermal(1000, t).build());
        double sq = Math.sqrt(D * t);
        double e = maxError(sol, "Li", x -> 2 * j / D * (sq / Math.sqrt(Math.PI) * Math.exp(-x * x / (4 * D * t))
                - x / 2 * Erf.erfc(x / (2 * sq))));
        double surface = 2 * j / D * sq / Math.sqrt(Math.PI);
        assertThat(e / surface).isLessThan(2e-3);
        assertThat(sol.amount("Li", 0)).isCloseTo(j * t, within(1e-9 * j * t));
    }

    @Test
    void reactionsFollowTheirRateLawsAndConserveTheElements() {
        // uniform mixtures: no gradients, so the ODE solutions are exact references
        double k1 = 1e-3; // 1/s
        double k2 = 1e-6; // m³/(mol·s)
        double t = 2000;
        Mesh1D mesh = Mesh1D.uniform(0, 1e-7, 10);
        DiffusionProblem p = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(C0).build())
                .species(DiffusingSpecies.named("B").diffusivity(Diffusivity.constant(D)).initialPerLayer(C0).build())
                .species(DiffusingSpecies.named("P").diffusivity(Diffusivity.constant(D)).initialPerLayer(0.0).build())
                .species(DiffusingSpecies.named("X").diffusivity(Diffusivity.constant(D)).initialPerLayer(C0).build())
                .reaction(Reaction.bimolecular("A", "B", "P", Arrhenius.of(k2, 0)))
                .reaction(Reaction.firstOrder("X", null, Arrhenius.of(k1, 0)))
                .isothermal(1000, t).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-8).solve(p);
        assertThat(sol.finalProfile("A").valueAt(5e-8)).isCloseTo(C0 / (1 + k2 * C0 * t), within(1e-4 * C0));
        assertThat(sol.finalProfile("X").valueAt(5e-8)).isCloseTo(C0 * Math.exp(-k1 * t), within(1e-4 * C0));
        double total = sol.amount("A", 0) + sol.amount("P", 0);
        assertThat(total).isCloseTo(C0 * 1e-7, within(1e-12 * C0 * 1e-7));
        assertThat(sol.amount("B", 0) + sol.amount("P", 0)).isCloseTo(C0 * 1e-7, within(1e-12 * C0 * 1e-7));
    }

    @Test
    void profilesShowUndershootsInsteadOfClippingThem() {
        // TR-BDF2 does not guarantee c ≥ 0: a thin layer at 1000 mol/m³ between partition coefficients
        // 0.01 and 100, three fixed steps of 100× the explicit limit, undershoots below zero. The profile
        // must show the value the solver holds, and its integral must stay the conserved amount.
        Mesh1D mesh = Mesh1D.builder(-1e-6).uniform(1e-6, 50).uniform(0.1e-6, 10).uniform(1e-6, 50).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh).species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D))
                .initialPerLayer(0, C0, 0).partition(0.01, 100).build()).isothermal(1000, 3000).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().withFixedStep(1000).withResolutionLimit(1.0).solve(p);
        double nodalMin = java.util.Arrays.stream(sol.nodalValues("A", 0)).min().orElseThrow();
        assertThat(nodalMin).isLessThan(-1); // measured −8.9 mol/m³
        Profile profile = sol.finalProfile("A");
        assertThat(profile.min()).isEqualTo(nodalMin);
        assertThat(profile.integral()).isCloseTo(sol.amount("A", 0), within(1e-12 * sol.amount("A", 0)));
        assertThat(profile.integral()).isCloseTo(C0 * 0.1e-6, within(1e-12 * C0 * 0.1e-6));
    }

    @Test
    void badInputGivesClearErrors() {
        Mesh1D mesh = Mesh1D.uniform(0, L, 20);
        DiffusingSpecies negative = DiffusingSpecies.named("A").diffusivity(Diffusivity.of((t, c) -> -1e-18, "negative"))
                .initialPerLayer(1.0).build();
        DiffusionProblem p = DiffusionProblem.builder(mesh).species(negative).isothermal(1000, 10).build();
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().solve(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diffusivity of A in layer 0 must be finite and >= 0 m²/s, was -1.0E-18");
        DiffusionProblem negativeStart = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initial(x -> -1.0).build())
                .isothermal(1000, 10).build();
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().solve(negativeStart))
                .hasMessageContaining("initial concentration of A must be finite and >= 0 mol/m³");
        assertThatThrownBy(() -> DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D), Diffusivity.constant(D))
                        .initialPerLayer(1.0).build()).isothermal(1000, 10).build())
                .hasMessageContaining("one per layer");
        assertThatThrownBy(() -> DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(1.0).build())
                .isothermal(1000, 10).outputTimes(5, 3).build()).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().withFixedStep(-1))
                .hasMessageContaining("fixed step must be > 0 s");
        // a fixed step and a tolerance contradict each other, in either order
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().withFixedStep(1).withTolerance(1e-6))
                .hasMessageContaining("no step control");
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().withTolerance(1e-6).withFixedStep(1))
                .hasMessageContaining("choose one");
        // a couple whose diffusion length (2√(Dt) ≈ 6 nm) is below the 50 nm cells cannot be resolved
        DiffusionProblem coarse = DiffusionProblem.builder(Mesh1D.uniform(-L, L, 40))
                .species(DiffusingSpecies.named("Co").diffusivity(Diffusivity.constant(D)).initial(x -> x < 0 ? C0 : 0).build())
                .isothermal(1000, 1).build();
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().solve(coarse))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mesh too coarse for Co");
    }

    @Test
    void outputIndexRejectsTimesThatAreNotOutputTimes() {
        // issue 13: |t_k − ∞| ≤ 1e-9·∞ held for every k, so outputIndex(±∞) returned output 0
        Mesh1D mesh = Mesh1D.uniform(0, L, 20);
        DiffusionProblem p = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(1.0).build())
                .isothermal(1000, 100).outputTimes(10, 100).build();
        DiffusionSolution sol = DiffusionSolver.withDefaults().solve(p);
        assertThat(sol.outputIndex(10)).isEqualTo(0);
        assertThat(sol.outputIndex(100)).isEqualTo(1);
        for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 55}) {
            assertThatThrownBy(() -> sol.outputIndex(bad)).as("t = %s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sol.profileAt("A", bad)).as("t = %s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> sol.outputIndex(Double.POSITIVE_INFINITY)).hasMessageContaining("output time");
    }

    @Test
    void speciesLayerLookupsAreRangeChecked() {
        DiffusingSpecies one = DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(1.0).build();
        assertThat(one.diffusivity(3)).isSameAs(one.diffusivity(0)); // one value applies to every layer
        assertThat(one.partition(2)).isEqualTo(1.0);
        assertThatThrownBy(() -> one.diffusivity(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer index of A").hasMessageContaining("was -1");
        assertThatThrownBy(() -> one.initial(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.partition(-1)).isInstanceOf(IllegalArgumentException.class);
        DiffusingSpecies two = DiffusingSpecies.named("B").diffusivity(Diffusivity.constant(D), Diffusivity.constant(2 * D))
                .initialPerLayer(1.0, 0.0).partition(3).build();
        assertThat(two.partition(0)).isEqualTo(3);
        assertThatThrownBy(() -> two.diffusivity(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]").hasMessageContaining("was 2");
        assertThatThrownBy(() -> two.initial(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> two.partition(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 0]");
    }
}
