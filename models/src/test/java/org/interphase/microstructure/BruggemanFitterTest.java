package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BruggemanFitterTest {

    @Test
    void exactPowerLawGivesItsExponent() {
        double[] eps = {0.3, 0.45, 0.6, 0.8};
        double[] ratio = new double[eps.length];
        for (int i = 0; i < eps.length; i++) {
            ratio[i] = Math.pow(eps[i], 1.5);
        }
        BruggemanFitSolution s = BruggemanFitter.withDefaults().solve(BruggemanFitProblem.of(eps, ratio));
        assertThat(s.exponent()).isCloseTo(1.5, within(1e-13));
        assertThat(s.exponentError()).isCloseTo(0, within(1e-13));
    }

    @Test
    void fitOverSimulatedStructuresAgreesWithEachStructuresOwnExponent() {
        List<ConductionSolution> solutions = new ArrayList<>();
        for (double f : new double[] {0.4, 0.55, 0.7}) {
            Microstructure m = ConductionSolverTest.spheres(32, 4, f, 7);
            solutions.add(ConductionSolver.withDefaults().withFields(false).solve(ConductionProblem.of(m)
                    .withConductivity(m.requirePhase("b"), 1.0).withAxes(Axis.Z)));
        }
        BruggemanFitSolution fit = BruggemanFitter.withDefaults().solve(BruggemanFitProblem.of(solutions, Axis.Z));
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (ConductionSolution s : solutions) {
            double a = s.bruggemanExponent(Axis.Z).getAsDouble();
            // α = 1 − ln τ / ln ε, the same statement as τ = ε·σ/σ_eff
            double eps = s.conductingFraction();
            assertThat(a).isCloseTo(1 - Math.log(s.tortuosityFactor(Axis.Z).getAsDouble()) / Math.log(eps), within(1e-12));
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
        }
        assertThat(fit.exponent()).isBetween(lo, hi);
        assertThat(fit.exponent()).isGreaterThan(1.0);
    }

    @Test
    void aNonPercolatingSolutionHasNoPoint() {
        Microstructure m = Microstructure.of(6, 6, 6, 1e-6, List.of(VoxelPhase.of(0, "a"), VoxelPhase.of(1, "b")),
                (x, y, z) -> z == 3 ? 0 : 1);
        ConductionSolution s = ConductionSolver.withDefaults().solve(ConductionProblem.of(m)
                .withConductivity(m.requirePhase("b"), 1.0));
        assertThatThrownBy(() -> BruggemanFitProblem.of(List.of(s), Axis.Z)).hasMessageContaining("σ_eff along Z is 0");
        assertThat(BruggemanFitProblem.of(List.of(s), Axis.X).ratios().get(0)).isCloseTo(5.0 / 6, within(1e-12));
    }
}
