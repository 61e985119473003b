package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interphase.core.ConvergenceException;
import org.interphase.core.Grading;
import org.interphase.core.Mesh1D;
import org.junit.jupiter.api.Test;

/**
 * Adaptive step control over long runs (issue 13): the first and the smallest step follow the
 * time scales of the discretized problem (the smallest cell's diffusion time h²/D), not fixed
 * fractions of the duration, so a run over 10¹² s from step data completes and refining the mesh
 * does not make it fail.
 */
class StepControlTest {

    private static final double C0 = 1000;           // mol/m³
    private static final double D = 1e-18;           // m²/s
    private static final double DURATION = 1e12;     // s (≈ 32 000 years): 2√(Dt) = 2 mm

    /** A couple from step data on ±20 mm, graded from {@code first} at the interface. */
    private static Mesh1D graded(double first) {
        return Mesh1D.builder(-20e-3).graded(20e-3, first, 1.1, Grading.END)
                .graded(20e-3, first, 1.1, Grading.START).build();
    }

    /** @return max |c − erfc couple| / C0 at t = DURATION */
    private static double errorOfStepStart(Mesh1D mesh, DiffusionSolver solver) {
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(C0, 0)
                .left(Boundary.fixed(C0)).right(Boundary.fixed(0)).build();
        DiffusionSolution sol = solver.solve(DiffusionProblem.builder(mesh).species(s).isothermal(1000, DURATION).build());
        double[] c = sol.nodalValues("A", 0);
        double[] x = mesh.nodes();
        double e = 0;
        for (int i = 0; i < x.length; i++) {
            // Crank (1975) eq. 2.14: c = (C0/2)·erfc(x/2√(Dt))
            e = Math.max(e, Math.abs(c[i] - AnalyticDiffusion.couple(C0, 0, x[i], D * DURATION)));
        }
        return e / C0;
    }

    @Test
    void stepStartOverTenToTheTwelveSecondsMatchesTheErfcCouple() {
        // 1 nm cells at the interface: their diffusion time h²/D is 1 s, 10⁻¹² of the run. The old
        // controller started at duration·10⁻⁶ = 10⁶ s and gave up below duration·10⁻¹² = 1 s.
        // Measured: error 3.07e-4 (TR-BDF2), 3.10e-4 (Crank–Nicolson), 1.05e-3 (backward Euler, first
        // order at tol 1e-4); 118–599 steps, none rejected.
        Mesh1D mesh = graded(1e-9);
        assertThat(errorOfStepStart(mesh, DiffusionSolver.withDefaults())).isLessThan(1e-3);
        assertThat(errorOfStepStart(mesh, DiffusionSolver.withDefaults().withScheme(TimeScheme.CRANK_NICOLSON)))
                .isLessThan(1e-3);
        assertThat(errorOfStepStart(mesh, DiffusionSolver.withDefaults().withScheme(TimeScheme.BACKWARD_EULER)))
                .isLessThan(2e-3);
    }

    @Test
    void refiningTheMeshOfALongRunNeitherFailsNorLosesAccuracy() {
        // Refinement shrinks the smallest diffusion time h²/D (to 10⁻⁴ s for 10 pm cells refined 4×):
        // a step floor tied to the duration made finer meshes fail first. Now every mesh completes and
        // the error falls (measured 3.07e-4, 8.73e-5, 3.67e-5 from 1 nm; 3.04e-4, 8.50e-5, 3.88e-5
        // from 10 pm), down to the time error of tolerance 1e-4.
        for (double first : new double[] {1e-9, 1e-11}) {
            double previous = Double.POSITIVE_INFINITY;
            for (int factor : new int[] {1, 2, 4}) {
                double e = errorOfStepStart(graded(first).refine(factor), DiffusionSolver.withDefaults());
                assertThat(e).as("first cell %s m refined %d×", first, factor).isLessThan(1e-3).isLessThan(previous);
                previous = e;
            }
        }
    }

    @Test
    void theStepBudgetHintNamesWhatTheUserCanChange() {
        // a fixed step has no tolerance: the old hint "loosen the tolerance" could not help there
        DiffusingSpecies s = DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(D)).initialPerLayer(C0, 0)
                .left(Boundary.fixed(C0)).right(Boundary.fixed(0)).build();
        DiffusionProblem p = DiffusionProblem.builder(graded(1e-9)).species(s).isothermal(1000, DURATION).build();
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().withFixedStep(1e6).withMaxSteps(5).solve(p))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("step budget of 5 steps")
                .hasMessageContaining("use a larger fixed step").hasMessageNotContaining("tolerance");
        assertThatThrownBy(() -> DiffusionSolver.withDefaults().withMaxSteps(5).solve(p))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("step budget of 5 steps")
                .hasMessageContaining("loosen the tolerance");
    }
}
