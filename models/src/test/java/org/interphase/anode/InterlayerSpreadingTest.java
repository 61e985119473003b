package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** The transmission-line spreading closed form, its limits, and the finite-volume solver against it. */
class InterlayerSpreadingTest {

    @Test
    void besselFunctionsSatisfyTheWronskian() {
        // I₀(x)K₁(x) + I₁(x)K₀(x) = 1/x (Abramowitz & Stegun 9.6.15): the scale factors cancel
        for (double x : new double[] {1e-3, 0.1, 1.0, 1.99, 2.01, 3.7, 3.8, 10, 100, 1e4}) {
            double w = InterlayerSpreading.i0e(x) * InterlayerSpreading.k1e(x)
                    + InterlayerSpreading.i1e(x) * InterlayerSpreading.k0e(x);
            assertThat(w * x).as("x = %s", x).isCloseTo(1.0, withinPercentage(1e-4));
        }
    }

    @Test
    void seriesAndParallelLimits() {
        double a = 1e-6;
        double b = 1e-5;
        double rv = 1e-4;
        // λ ≪ a: series under the spot plus a rim strip of width λ
        double gs = 1e-10; // λ = 1e-7 m
        double lambda = InterlayerSpreading.spreadingLength(gs, rv);
        assertThat(InterlayerSpreading.conductance(a, b, gs, rv))
                .isCloseTo(Math.PI * a * a / rv + 2 * Math.PI * a * lambda / rv, withinPercentage(6));
        assertThat(InterlayerSpreading.conductance(a, b, 1e-14, rv)).isCloseTo(Math.PI * a * a / rv, withinPercentage(0.3));
        // λ ≫ b: the whole cell in parallel, amplification → 1
        assertThat(InterlayerSpreading.conductance(a, b, 1e2, rv)).isCloseTo(Math.PI * b * b / rv, withinPercentage(0.01));
        assertThat(InterlayerSpreading.electrolyteAmplification(a, b, 1e2, rv)).isCloseTo(1.0, withinPercentage(0.01));
        assertThat(InterlayerSpreading.electrolyteAmplification(a, b, 1e-14, rv)).isCloseTo(100, withinPercentage(0.3));
        assertThatThrownBy(() -> InterlayerSpreading.conductance(a, a, gs, rv)).hasMessageContaining("cell radius");
    }

    @Test
    void finiteVolumeSolverMatchesTheClosedFormForAThinWellConductingInterlayer() {
        // spot a = 1 m in a cell b = 10 m; interlayer 0.01 m of 100 S/m (G_s = 1 S) over R_i = 1 Ω·m² and a thin
        // electrolyte (0.05 m of 1 S/m): λ = √(1·1.05) = 1.02 m ≫ t, L — the closed form's assumptions
        double rv = 1.0 + 0.05;
        CurrentFocusingProblem p = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 1.0, 1.0, 10.0, 0.05)
                .withInterlayer(0.01, 100.0, 1.0);
        CurrentFocusingSolution s = CurrentFocusingSolver.withDefaults().withResolution(64).solve(p);
        double g = InterlayerSpreading.conductance(1.0, 10.0, 1.0, rv);
        assertThat(1 / s.resistance()).isCloseTo(g, withinPercentage(1));
        assertThat(s.electrolyteAmplification())
                .isCloseTo(InterlayerSpreading.electrolyteAmplification(1.0, 10.0, 1.0, rv), withinPercentage(1));
        double under = s.electrolyteCurrentDensity().valueAt(0.5);
        for (double r : new double[] {1.5, 2.0, 3.0, 5.0}) {
            assertThat(s.electrolyteCurrentDensity().valueAt(r) / under).as("r = %s", r)
                    .isCloseTo(InterlayerSpreading.currentDensityRatio(r, 1.0, 10.0, 1.0, rv), withinPercentage(2));
        }
        // and the interlayer lowers the electrolyte's amplification below b²/a² = 100, the least it can be
        // without spreading (the same cell without interlayer, with R_ct = R_i on the spot)
        CurrentFocusingSolution bare = CurrentFocusingSolver.withDefaults().withResolution(64)
                .solve(p.withoutInterlayer().withChargeTransferResistance(1.0));
        assertThat(bare.electrolyteAmplification()).isGreaterThanOrEqualTo(100);
        assertThat(s.electrolyteAmplification()).isLessThan(100);
    }
}
