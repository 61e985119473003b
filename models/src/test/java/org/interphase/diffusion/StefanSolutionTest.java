package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interphase.core.Arrhenius;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** The contract of a numerical Stefan solution: the problem it solved and what the caller should know. */
class StefanSolutionTest {

    private static final Arrhenius D = Arrhenius.of(1e-8, Units.eV(1.8));
    private static final ThermalSchedule HOLD = ThermalSchedule.isothermal(1000, 3600);

    @Test
    void solutionNamesTheGrowthAndScheduleItSolved() {
        StefanGrowth growth = new StefanGrowth(D, 3, 2, 1, Units.nm(5));
        StefanGrowth.StefanSolution s = growth.solve(HOLD, 100, 20);
        assertThat(s.problem()).isSameAs(growth);
        assertThat(s.schedule()).isSameAs(HOLD);
        assertThat(s.warnings()).isEmpty();
        assertThatThrownBy(() -> s.warnings().add("x")).isInstanceOf(UnsupportedOperationException.class);
        // the closed form of the same problem: X = √(X0² + 4λ²·D·t)
        assertThat(s.thickness()).isCloseTo(growth.isothermalThickness(1000, 3600),
                org.assertj.core.api.Assertions.withinPercentage(0.1));
    }

    @Test
    void frontIterationsStoppedByRoundingAreAWarning() {
        StefanGrowth growth = new StefanGrowth(D, 3, 2, 1, Units.nm(5));
        // on 10 000 cells the one-sided front slope amplifies the rounding of θ to ~1e-9 (MAX_CELLS)
        StefanGrowth.StefanSolution fine = growth.solve(HOLD, 10_000, 4);
        assertThat(fine.warnings()).singleElement().asString().contains("of 4 steps converged to")
                .contains("on 10000 cells");
        assertThat(fine.toString()).contains("relative only");
        // the answer is still the closed form's, to the discretization error of 4 backward-Euler steps
        assertThat(fine.thickness()).isCloseTo(growth.isothermalThickness(1000, 3600),
                org.assertj.core.api.Assertions.withinPercentage(0.1));
    }
}
