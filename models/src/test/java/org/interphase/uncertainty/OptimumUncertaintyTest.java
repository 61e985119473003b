package org.interphase.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.interphase.buffer.BufferLayerOptimizer;
import org.interphase.buffer.BufferLayerProblem;
import org.interphase.buffer.CoatingTerms;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Layer;
import org.interphase.stack.Mechanism;
import org.junit.jupiter.api.Test;

/** The optimizer as the model: an uncertain coating conductivity gives an interval on the optimum thickness. */
class OptimumUncertaintyTest {

    private static final double R0 = Units.ohmCm2(1000);
    private static final double LAMBDA = Units.nm(1.5);

    /** L*(σ) = λ·ln(R0·σ/λ), the closed form of model M1 (buffer.ExponentialSuppression). */
    private static double closedForm(double sigma) {
        return LAMBDA * Math.log(R0 * sigma / LAMBDA);
    }

    @Test
    void logUniformConductivityGivesAUniformOptimumThicknessWithTheClosedFormsEnds() {
        // ln σ uniform and L* linear in ln σ: L* is uniform on [L*(σ_low), L*(σ_high)], so every percentile is known
        double lo = Units.sPerCm(1e-6);
        double hi = Units.sPerCm(1e-5);
        UncertainInput sigma = UncertainInput.of("σ", "S/m", Distribution.logUniform(lo, hi));
        UncertaintyProblem p = UncertaintyProblem.of("optimum thickness", "m", s -> {
            InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4)
                    .coating(Layer.of(Materials.LINBO3, Units.nm(5)).withConductivity(s.value("σ")))
                    .spaceCharge("R0·exp(−L/λ)", CoatingTerms.exponentialSuppression(Mechanism.SPACE_CHARGE, R0, LAMBDA))
                    .build();
            return BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(stack)
                    .withThicknessWindow(0, Units.nm(30))).thickness();
        }, sigma);
        int n = 100;
        UncertaintySolution u = UncertaintySolver.withDefaults().withSamples(n).withSeed(11).solve(p);
        double a = closedForm(lo);
        double b = closedForm(hi);
        for (double pct : new double[] {10, 50, 90}) {
            // LHS: one sample per 1/n stratum, so the empirical percentile is within one stratum of the exact one
            assertThat(u.percentile(pct)).as("P" + pct).isCloseTo(a + pct / 100 * (b - a), within(2.0 / n * (b - a)));
        }
        assertThat(u.mean()).isCloseTo(0.5 * (a + b), within(1.0 / n * (b - a)));
        // sd of a uniform: (b − a)/√12
        assertThat(u.standardDeviation()).isCloseTo((b - a) / Math.sqrt(12), within(0.02 * (b - a)));
        assertThat(u.sensitivities().get(0).coefficient()).isEqualTo(1.0, within(1e-12));
    }
}
