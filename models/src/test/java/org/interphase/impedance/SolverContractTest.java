package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the impedance analyses follow the contract of every family — immutable solvers from
 * {@code withDefaults()} configured by {@code withX} copies that print their settings,
 * {@code solve(problem)}, and solutions that return their problem, diagnostics and warnings.
 */
class SolverContractTest {

    private static final Circuit RC = Circuit.parse("R0-p(R1,C1)");
    private static final Spectrum DATA = RC.spectrum(Spectrum.logFrequencies(1e5, 1e-1, 40), 10, 100, 1e-5);

    @Test
    void drtSolverIsConfiguredByCopiesAndItsSolutionReturnsTheProblem() {
        DrtSolver defaults = DrtSolver.withDefaults();
        DrtSolver fixed = defaults.withPoints(120).withExtensionDecades(2).withPenaltyOrder(2).withLambda(1e-3);
        assertThat(defaults.points()).isEqualTo(200);
        assertThat(defaults.lambda()).isEqualTo(OptionalDouble.empty());
        assertThat(fixed.lambda()).isEqualTo(OptionalDouble.of(1e-3));
        assertThat(fixed.withGcv().lambda()).isEmpty();
        assertThat(fixed.toString()).contains("120 time constants", "2.00 decades", "penalty order 2", "λ 0.00100");
        assertThat(defaults.toString()).contains("λ by GCV");
        DrtSolution s = fixed.solve(DATA);
        assertThat(s.problem()).isSameAs(DATA);
        assertThat(s.solver()).isSameAs(fixed);
        assertThat(s.lambda()).isEqualTo(1e-3);
        assertThat(s.lambdaChoice()).isEqualTo(DrtSolver.LambdaChoice.FIXED);
        assertThat(s.timeConstants()).hasSize(120);
        assertThat(defaults.solve(DATA).lambdaChoice()).isEqualTo(DrtSolver.LambdaChoice.GCV);
        assertThat(s.residual()).isFinite().isNotNegative();
        assertThat(s.warnings()).isUnmodifiable();
    }

    @Test
    void linKKSolverTakesAFixedOrAutomaticNumberOfTermsAndWarnsAtItsLimit() {
        LinKKSolver solver = LinKKSolver.withDefaults();
        assertThat(solver.terms()).isEqualTo(OptionalInt.empty());
        LinKKSolver seven = solver.withTerms(7);
        assertThat(seven.terms()).isEqualTo(OptionalInt.of(7));
        assertThat(seven.withAutomaticTerms().terms()).isEmpty();
        assertThat(seven.toString()).contains("M = 7 fixed", "LAST_ABOVE", "c = 0.85", "series L");
        LinKKSolution s = seven.solve(DATA);
        assertThat(s.problem()).isSameAs(DATA);
        assertThat(s.terms()).isEqualTo(7);
        assertThat(s.timeConstants()).hasSize(7);
        assertThat(s.residual()).isLessThanOrEqualTo(s.maxResidual());
        assertThat(s.warnings()).isEmpty();
        // an automatic choice capped at 2 terms on a clean RC arc: μ stays ≥ c up to the cap, so M
        // may be too small, and the solution says so
        LinKKSolution capped = solver.withMaxTerms(2).solve(DATA);
        assertThat(capped.terms()).isEqualTo(2);
        assertThat(capped.warnings()).singleElement().asString().contains("largest M tried", "maxTerms");
        LinKKSolution first = solver.withSelection(LinKKSolver.Selection.FIRST_BELOW).withMaxTerms(2).solve(DATA);
        assertThat(first.warnings()).singleElement().asString().contains("μ stayed at or above");
    }

    @Test
    void circuitFitProblemIsAValueAndTheFitterACopyConfiguredSolver() {
        CircuitFitProblem p = CircuitFitProblem.of(RC, DATA, 12, 80, 2e-5);
        assertThat(p).isEqualTo(CircuitFitProblem.of(RC, DATA, 12, 80, 2e-5));
        assertThat(p.withFixed("R0").fixed()).containsExactly("R0");
        assertThat(p.withFixed("R0").withFixed().fixed()).isEmpty();
        double[] guess = p.initialGuess();
        guess[0] = -1;
        assertThat(p.initialGuess()[0]).isEqualTo(12);
        CircuitFitter fitter = CircuitFitter.withDefaults().withStarts(3).withSeed(5).withSpread(0.5)
                .withMaxEvaluations(500).withWeighting(CircuitFitter.Weighting.UNIT);
        assertThat(fitter.toString()).contains("unit weighting", "3 start(s)", "spread 0.5", "seed 5", "max 500");
        assertThat(CircuitFitter.withDefaults().starts()).isEqualTo(1);
        CircuitFitSolution s = CircuitFitter.withDefaults().solve(p);
        assertThat(s.problem()).isSameAs(p);
        assertThat(s.iterations()).isPositive();
        assertThat(s.evaluations()).isGreaterThanOrEqualTo(s.iterations());
        assertThat(s.residual()).isLessThan(1e-8);
        assertThat(s.warnings()).isEmpty();
        assertThatThrownBy(() -> new CircuitFitProblem(RC, DATA, new double[] {12, 80, 2e-5}, Set.of("R0", "R1", "C1")))
                .hasMessageContaining("nothing to fit");
    }

    @Test
    void aFitWithAnElementTheDataDoNotNeedWarns() {
        // R0-p(R1,C1) data fitted with an extra series inductance: L is driven to a negligible value
        Circuit rcl = Circuit.parse("R0-p(R1,C1)-L1");
        CircuitFitSolution s = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(rcl, DATA, 10, 100, 1e-5, 1e-6));
        assertThat(s.undetermined()).contains("L1");
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("do not determine", "L1"));
    }
}
