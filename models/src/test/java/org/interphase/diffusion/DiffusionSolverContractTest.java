package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interphase.core.Mesh1D;
import org.junit.jupiter.api.Test;

/** Issue 14: the solver is configured by immutable copies; the solution carries its problem and diagnostics. */
class DiffusionSolverContractTest {

    private static final double D = 1e-17;   // m²/s
    private static final double L = 1e-6;    // m
    private static final double C0 = 1000;   // mol/m³

    private static DiffusionProblem stepCouple(Diffusivity d, double duration) {
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(d).initial(x -> x < 0 ? C0 : 0).build();
        return DiffusionProblem.builder(Mesh1D.uniform(-L, L, 200)).species(s).isothermal(1000, duration).build();
    }

    @Test
    void withCopiesLeaveTheOriginalUnchangedAndToStringShowsTheSettings() {
        DiffusionSolver defaults = DiffusionSolver.withDefaults();
        DiffusionSolver tuned = defaults.withTolerance(1e-6).withMaxIterations(50).withMaxSteps(1000)
                .withMaxStep(100).withInitialStep(0.5).withResolutionLimit(1.0).withScheme(TimeScheme.CRANK_NICOLSON);
        assertThat(defaults.tolerance()).isEqualTo(1e-4);
        assertThat(defaults.scheme()).isEqualTo(TimeScheme.TR_BDF2);
        assertThat(defaults.maxStep()).isEmpty();
        assertThat(defaults.fixedStep()).isEmpty();
        assertThat(defaults.initialStep()).isEmpty();
        assertThat(defaults.maxIterations()).isEqualTo(200);
        assertThat(tuned.tolerance()).isEqualTo(1e-6);
        assertThat(tuned.maxIterations()).isEqualTo(50);
        assertThat(tuned.maxSteps()).isEqualTo(1000);
        assertThat(tuned.maxStep()).hasValue(100);
        assertThat(tuned.initialStep()).hasValue(0.5);
        assertThat(tuned.scheme()).isEqualTo(TimeScheme.CRANK_NICOLSON);
        assertThat(tuned.toString()).contains("CRANK_NICOLSON", "tolerance 1e-6", "max step 100 s", "max 1000 steps",
                "max 50 Picard iterations", "resolution limit 1");
        assertThat(defaults.withFixedStep(2).fixedStep()).hasValue(2);
        assertThatThrownBy(() -> defaults.withMaxIterations(0)).hasMessageContaining("max iterations");
        assertThatThrownBy(() -> defaults.withResolutionLimit(Double.NaN)).hasMessageContaining("resolution limit")
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> defaults.withScheme(null)).hasMessageContaining("scheme");
    }

    @Test
    void theSolutionCarriesItsProblemAndDiagnostics() {
        DiffusionProblem p = stepCouple(Diffusivity.constant(D), 1000);
        DiffusionSolution s = DiffusionSolver.withDefaults().withScheme(TimeScheme.BACKWARD_EULER).solve(p);
        assertThat(s.problem()).isSameAs(p);
        assertThat(s.scheme()).isEqualTo(TimeScheme.BACKWARD_EULER);
        // linear and adaptive: three stage solves (one step h and two steps h/2) per attempted step
        assertThat(s.iterations()).isEqualTo(3L * (s.acceptedSteps() + s.rejectedSteps()));
        assertThat(s.warnings()).isEmpty();
        assertThatThrownBy(() -> s.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(s.toString()).contains("BACKWARD_EULER", "Picard iterations");
    }

    @Test
    void concentrationDependentDiffusivityTakesSeveralPicardIterationsPerStage() {
        Diffusivity dc = Diffusivity.of((temperature, c) -> D * (1 + 4 * c / C0), "D(1 + 4c/c0)");
        DiffusionSolution s = DiffusionSolver.withDefaults().withResolutionLimit(1.0).solve(stepCouple(dc, 1000));
        // TR-BDF2: two implicit stages per solve, three solves per attempted step, ≥ 2 iterations each
        assertThat(s.iterations()).isGreaterThan(2L * 2 * 3 * (s.acceptedSteps() + s.rejectedSteps()));
        // too few Picard iterations: every stage fails, the step shrinks to its floor and the run says so
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().withFixedStep(100).withMaxIterations(1)
                .solve(stepCouple(dc, 1000))).hasMessageContaining("1 Picard iterations");
    }

    @Test
    void anUndershootBelowZeroIsReportedAsAWarning() {
        // Rannacher's start keeps Crank–Nicolson from ringing on the couples above; the check itself is
        // exercised on a profile with a dip of −1 mol/m³ (of a peak of 1000), as CN can give on sharp data
        DiffusionProblem p = stepCouple(Diffusivity.constant(D), 1000);
        int nodes = p.mesh().nodeCount();
        double[] u = new double[nodes];
        java.util.Arrays.fill(u, 0, nodes / 2, C0);
        u[nodes / 2] = -1;
        double[][][] kappa = {{ones(nodes), ones(nodes)}};
        DiffusionSolution dip = new DiffusionSolution(p, kappa, new double[][] {u.clone()},
                java.util.List.<double[][]>of(new double[][] {u}), new double[][] {{0}}, 1, 0, 3, TimeScheme.CRANK_NICOLSON);
        assertThat(dip.warnings()).singleElement().asString().contains("c(A) dips to -1 mol/m³", "CRANK_NICOLSON");
        u[nodes / 2] = 0;
        DiffusionSolution clean = new DiffusionSolution(p, kappa, new double[][] {u.clone()},
                java.util.List.<double[][]>of(new double[][] {u}), new double[][] {{0}}, 1, 0, 3, TimeScheme.CRANK_NICOLSON);
        assertThat(clean.warnings()).isEmpty();
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }
}
