package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

class DiffusivityTest {

    @Test
    void arrheniusFollowsTheLawAndIsLinear() {
        Diffusivity d = Diffusivity.arrhenius(1e-4, Units.eV(1.5));
        double t = Units.celsius(700);
        assertThat(d.valueAt(t, 123.0)).isCloseTo(1e-4 * Math.exp(-1.5 / (Constants.BOLTZMANN_EV * t)),
                withinPercentage(1e-10));
        assertThat(d.dependsOnConcentration()).isFalse();
        assertThat(((Arrhenius) d.law()).activationEnergyEV()).isCloseTo(1.5, within(1e-12));
        assertThat(Diffusivity.constant(2e-18).valueAt(300, 0)).isEqualTo(2e-18);
    }

    @Test
    void darkenReducesToTheTracerOfTheMinorityHost() {
        // x_B → 0: D̃ → D*_B (B dilute in A); x_B → 1: D̃ → D*_A (Shewmon, Diffusion in Solids, §4.3)
        assertThat(Diffusivity.darken(0.0, 3e-18, 7e-18, 1.0)).isEqualTo(7e-18);
        assertThat(Diffusivity.darken(1.0, 3e-18, 7e-18, 1.0)).isEqualTo(3e-18);
        assertThat(Diffusivity.darken(0.25, 3e-18, 7e-18, 2.0)).isCloseTo(2 * (0.25 * 3e-18 + 0.75 * 7e-18),
                withinPercentage(1e-12));
        Diffusivity d = Diffusivity.darken(Arrhenius.of(3e-18, 0), Arrhenius.of(7e-18, 0), 1000, 1.0);
        assertThat(d.valueAt(1000, 250)).isCloseTo(0.25 * 3e-18 + 0.75 * 7e-18, withinPercentage(1e-12));
        assertThat(d.dependsOnConcentration()).isTrue();
    }

    @Test
    void tabulatedInterpolatesGeometricallyAndShiftsWithTemperature() {
        double tRef = 1000;
        Diffusivity d = Diffusivity.tabulated(new double[] {0, 100}, new double[] {1e-18, 1e-16}, tRef, Units.eV(1));
        assertThat(d.valueAt(tRef, 50)).isCloseTo(1e-17, withinPercentage(1e-9));
        assertThat(d.valueAt(tRef, -5)).isCloseTo(1e-18, withinPercentage(1e-9));
        assertThat(d.valueAt(tRef, 500)).isCloseTo(1e-16, withinPercentage(1e-9));
        double ratio = Math.exp(-1 / Constants.BOLTZMANN_EV * (1 / 1100.0 - 1 / 1000.0));
        assertThat(d.valueAt(1100, 50)).isCloseTo(1e-17 * ratio, withinPercentage(1e-9));
    }

    @Test
    void badInputIsRejectedWithItsUnit() {
        assertThatThrownBy(() -> Diffusivity.constant(-1e-18)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value (diffusion coefficient D) must be > 0 m²/s");
        assertThatThrownBy(() -> Diffusivity.tabulated(new double[] {0, 1}, new double[] {1e-18, -1}, 300, 0))
                .hasMessageContaining("m²/s");
        assertThatThrownBy(() -> Diffusivity.darken(1.5, 1, 1, 1)).hasMessageContaining("x_B");
        assertThatThrownBy(() -> Diffusivity.scaled(Arrhenius.of(1, 0), c -> c).law())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
