package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

class ThermalScheduleTest {

    private static final Arrhenius D = Arrhenius.of(1e-6, Units.eV(2.0));

    private static ThermalSchedule sinter() {
        return ThermalSchedule.startingAt(Units.celsius(25))
                .rampTo(Units.celsius(700), 5.0 / 60)
                .hold(Units.hours(2))
                .coolTo(Units.celsius(25), 10.0 / 60)
                .build();
    }

    /** Composite Simpson with many points: an independent reference for the ramp integrals. */
    private static double simpson(ThermalSchedule s, Arrhenius law, int n) {
        double h = s.duration() / n;
        double sum = law.valueAt(s.temperatureAt(0)) + law.valueAt(s.temperatureAt(s.duration()));
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * law.valueAt(s.temperatureAt(i * h));
        }
        return sum * h / 3;
    }

    @Test
    void builderPlacesBreakpointsAtTheRampRates() {
        ThermalSchedule s = sinter();
        double heat = 675 / (5.0 / 60);
        assertThat(s.breakpointTimes()).containsExactly(0, heat, heat + 7200, heat + 7200 + 675 / (10.0 / 60));
        assertThat(s.temperatureAt(heat / 2)).isCloseTo(Units.celsius(362.5), within(1e-9));
        assertThat(s.maxTemperature()).isEqualTo(Units.celsius(700));
        assertThat(s.timeAbove(Units.celsius(362.5))).isCloseTo(heat / 2 + 7200 + 337.5 / (10.0 / 60), within(1e-6));
        assertThat(s.toString()).contains("hold 700 °C 2 h");
    }

    @Test
    void integratedDiffusivityMatchesAnIndependentSimpsonRule() {
        // The breakpoints of this schedule are multiples of the Simpson step, so Simpson converges at h⁴.
        ThermalSchedule s = ThermalSchedule.of(new double[] {0, 6000, 12000, 15000},
                new double[] {Units.celsius(300), Units.celsius(800), Units.celsius(800), Units.celsius(500)});
        double reference = simpson(s, D, 300_000);
        assertThat(s.integratedDiffusivity(D)).isCloseTo(reference, withinPercentage(1e-7));
    }

    @Test
    void aHoldIsExactAndTheEffectiveTimeOfAnIsothermalHoldIsItsDuration() {
        ThermalSchedule hold = ThermalSchedule.isothermal(1000, 3600);
        assertThat(hold.integratedDiffusivity(D)).isEqualTo(D.valueAt(1000) * 3600);
        assertThat(hold.effectiveTime(D, 1000)).isCloseTo(3600, within(1e-9));
        ThermalSchedule s = sinter();
        // the ramps add time at lower temperature, so the effective time at 700 °C exceeds the hold
        assertThat(s.effectiveTime(D, Units.celsius(700))).isGreaterThan(Units.hours(2));
    }

    @Test
    void effectiveTimeIsIntegratedAsARatioAndNeverUnderflowsToNaN() {
        // Ea = 20 eV at 300 K: D(T) = 1e-4·exp(−773) underflows to 0, so ∫D dt / D(T_ref) was 0/0 = NaN;
        // the ratio D(T)/D(T_ref) on a hold at T_ref is exactly 1
        Arrhenius steep = Arrhenius.of(1e-4, Units.eV(20));
        assertThat(steep.valueAt(300)).isZero();
        ThermalSchedule hold = ThermalSchedule.isothermal(300, 3600);
        assertThat(hold.effectiveTime(steep, 300)).isCloseTo(3600, within(1e-9));
        // a reference far below the schedule overflows: a clear error, not Infinity
        ThermalSchedule anneal = ThermalSchedule.isothermal(Units.celsius(700), 3600);
        assertThatThrownBy(() -> anneal.effectiveTime(Arrhenius.of(1e-4, Units.eV(1.65)), 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflows")
                .hasMessageContaining("20 K");
        // closed form on a hold at T ≠ T_ref: t·exp(−(Ea/k_B)(1/T − 1/T_ref))
        Arrhenius co = Arrhenius.of(1e-4, Units.eV(1.65));
        assertThat(anneal.effectiveTime(co, Units.celsius(600))).isCloseTo(3600 * co.ratio(Units.celsius(600),
                Units.celsius(700)), withinPercentage(1e-10));
    }

    @Test
    void cyclesRepeatTheIntegral() {
        ThermalSchedule one = ThermalSchedule.startingAt(300).rampToIn(600, 100).hold(50).rampToIn(300, 100).build();
        ThermalSchedule three = ThermalSchedule.startingAt(300).rampToIn(600, 100).hold(50).rampToIn(300, 100)
                .repeat(2).build();
        assertThat(three.duration()).isEqualTo(750);
        assertThat(three.integratedDiffusivity(D)).isCloseTo(3 * one.integratedDiffusivity(D), withinPercentage(1e-9));
        assertThat(one.then(one).then(one).integratedDiffusivity(D))
                .isCloseTo(three.integratedDiffusivity(D), withinPercentage(1e-9));
        assertThat(three.temperatureAt(250 + 125)).isCloseTo(600, within(1e-9));
    }

    @Test
    void splittingAtATemperatureAddsTheCrossingsAndKeepsTheProgram() {
        ThermalSchedule s = sinter();
        ThermalSchedule split = s.splitAt(Units.celsius(600));
        assertThat(split.breakpointCount()).isEqualTo(s.breakpointCount() + 2);
        assertThat(split.timeAbove(Units.celsius(600))).isCloseTo(s.timeAbove(Units.celsius(600)), within(1e-6));
        for (double t = 0; t < s.duration(); t += 997) {
            assertThat(split.temperatureAt(t)).isCloseTo(s.temperatureAt(t), within(1e-9));
        }
        assertThat(s.splitAt(Units.celsius(900))).isSameAs(s);
    }

    @Test
    void badSchedulesAreRejected() {
        assertThatThrownBy(() -> ThermalSchedule.of(new double[] {0, 10, 5}, new double[] {300, 400, 500}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot go back in time");
        assertThatThrownBy(() -> ThermalSchedule.of(new double[] {0, 10}, new double[] {300, 0}))
                .hasMessageContaining("must be > 0 K");
        assertThatThrownBy(() -> ThermalSchedule.isothermal(-5, 10)).hasMessageContaining("K");
        assertThatThrownBy(() -> ThermalSchedule.startingAt(300).hold(-1)).hasMessageContaining("hold duration");
        assertThatThrownBy(() -> ThermalSchedule.startingAt(300).rampToIn(600, 10).repeat(1))
                .hasMessageContaining("end at its start temperature");
        assertThatThrownBy(() -> ThermalSchedule.startingAt(300).coolTo(400, 1)).hasMessageContaining("cooling");
        assertThatThrownBy(() -> sinter().temperatureAt(-1)).hasMessageContaining("time");
    }

    @Test
    void negativeZeroTimeIsTheStart() {
        // issue 13: binarySearch orders −0.0 before t_0 = 0.0, and temperatureAt(−0.0) read times[−1]
        ThermalSchedule s = sinter();
        assertThat(s.temperatureAt(-0.0)).isEqualTo(Units.celsius(25));
        assertThat(s.temperatureAt(0.0)).isEqualTo(Units.celsius(25));
        // a schedule given with t_0 = −0.0 (which equals 0) is the same schedule
        ThermalSchedule negativeStart = ThermalSchedule.of(new double[] {-0.0, 100}, new double[] {300, 400});
        assertThat(negativeStart).isEqualTo(ThermalSchedule.of(new double[] {0, 100}, new double[] {300, 400}));
        assertThat(negativeStart.temperatureAt(0.0)).isEqualTo(300);
        assertThat(negativeStart.temperatureAt(-0.0)).isEqualTo(300);
        assertThat(negativeStart.temperatureAt(50)).isEqualTo(350);
    }
}
