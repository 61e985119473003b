package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class InterlayerThicknessOptimizerTest {

    /** Spot a = 1 m in a cell of 5 m over 5 m of electrolyte (1 S/m); interlayer 10 S/m, no interface resistance. */
    private static final CurrentFocusingProblem CELL = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 1.0,
            1.0, 5.0, 5.0).withInterlayer(0.1, 10.0, 0.0);
    private static final InterlayerThicknessOptimizer OPTIMIZER = InterlayerThicknessOptimizer.withDefaults();

    @Test
    void resistanceOptimumMatchesABruteForceScan() {
        // spreading lowers the constriction, the layer adds t/σ_i in series: an interior minimum of the ASR
        InterlayerThicknessProblem p = InterlayerThicknessProblem.of(CELL, 0.01, 100, InterlayerObjective.RESISTANCE);
        InterlayerThicknessSolution s = OPTIMIZER.solve(p);
        CurrentFocusingSolver solver = OPTIMIZER.focusingSolver();
        double bestScan = Double.MAX_VALUE;
        double bestT = 0;
        for (int i = 0; i <= 200; i++) {
            double t = 0.01 * Math.pow(1e4, i / 200.0);
            double asr = solver.solve(p.cellAt(t)).areaSpecificResistance();
            if (asr < bestScan) {
                bestScan = asr;
                bestT = t;
            }
        }
        assertThat(s.interior()).isTrue();
        assertThat(s.value()).isLessThanOrEqualTo(bestScan * (1 + 1e-9));
        assertThat(s.thickness()).isCloseTo(bestT, withinPercentage(5));
        assertThat(s.value()).isLessThan(solver.solve(p.cellAt(0.01)).areaSpecificResistance());
    }

    @Test
    void amplificationFallsWithThicknessAndACriticalCurrentModelFollowsIt() {
        InterlayerThicknessProblem p = InterlayerThicknessProblem.of(CELL, 0.01, 1.0,
                InterlayerObjective.ELECTROLYTE_AMPLIFICATION);
        InterlayerThicknessSolution s = OPTIMIZER.solve(p);
        // thicker spreads more: the best is the thickest allowed, and the solution says so
        assertThat(s.interior()).isFalse();
        assertThat(s.warnings()).anyMatch(w -> w.contains("largest thickness"));
        assertThat(s.thickness()).isCloseTo(1.0, withinPercentage(1e-6));
        // a critical current that falls as the amplification rises (a flat-interface 1 mA/cm² over the
        // amplification, a test model): maximising it gives the same thickness
        InterlayerThicknessSolution c = OPTIMIZER.solve(p.withCriticalCurrent(f -> 10.0 / f.electrolyteAmplification()));
        assertThat(c.thickness()).isCloseTo(s.thickness(), withinPercentage(1e-6));
        assertThat(c.value()).isCloseTo(10.0 / s.value(), withinPercentage(1e-9));
    }

    @Test
    void badProblemsAreRefused() {
        assertThatThrownBy(() -> InterlayerThicknessProblem.of(CELL.withoutInterlayer(), 0.01, 1,
                InterlayerObjective.RESISTANCE)).hasMessageContaining("interlayer");
        assertThatThrownBy(() -> InterlayerThicknessProblem.of(CELL, 1, 0.5, InterlayerObjective.RESISTANCE))
                .hasMessageContaining("max thickness");
        assertThatThrownBy(() -> InterlayerThicknessProblem.of(CELL, 0.01, 1, InterlayerObjective.CRITICAL_CURRENT))
                .hasMessageContaining("critical-current model");
        InterlayerThicknessProblem p = InterlayerThicknessProblem.of(CELL, 0.01, 1, InterlayerObjective.RESISTANCE)
                .withCriticalCurrent(f -> -1);
        assertThatThrownBy(() -> OPTIMIZER.solve(p)).hasMessageContaining("critical current density");
    }
}
