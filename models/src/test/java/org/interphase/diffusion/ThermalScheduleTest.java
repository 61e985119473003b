package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Constants;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.TemperatureTable;
import org.interphase.core.Units;
import org.interphase.core.VogelTammannFulcher;
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
    private static double simpson(ThermalSchedule s, TemperatureLaw law, int n) {
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

    /**
     * e^x·E1(x) for x &gt; 1 by the continued fraction of Abramowitz &amp; Stegun 5.1.22, evaluated by
     * the modified Lentz method (Press et al., Numerical Recipes, 3rd ed., §6.3).
     */
    private static double scaledE1(double x) {
        double b = x + 1;
        double c = 1e300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -(double) i * i;
            b += 2;
            d = 1 / (an * d + b);
            c = b + an / c;
            double del = c * d;
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                return h;
            }
        }
        throw new AssertionError("continued fraction of E1(" + x + ") did not converge");
    }

    /**
     * ∫ exp(−a/T) dT = T·exp(−a/T) − a·E1(a/T) (differentiate: e^(−a/T)(1 + a/T) − a·e^(−a/T)/T),
     * written as e^(−x)·(T − a·e^x·E1(x)) with x = a/T.
     */
    private static double arrheniusAntiderivative(double a, double temperature) {
        double x = a / temperature;
        return Math.exp(-x) * (temperature - a * scaledE1(x));
    }

    /** ∫ q dt of an Arrhenius law A·exp(−a/T) over a linear ramp from t1 to t2, T1 to T2. */
    private static double arrheniusRamp(double prefactor, double a, double t1, double t2, double duration) {
        double rate = (t2 - t1) / duration;
        return prefactor * (arrheniusAntiderivative(a, t2) - arrheniusAntiderivative(a, t1)) / rate;
    }

    @Test
    void theExponentialIntegralOfTheAnalyticReferenceMatchesTheTable() {
        // E1(1) = 0.219383934395520, E1(5) = 1.148295591275e-3 (Abramowitz & Stegun, Table 5.1)
        assertThat(scaledE1(1) * Math.exp(-1)).isCloseTo(0.219383934395520, withinPercentage(1e-11));
        assertThat(scaledE1(5) * Math.exp(-5)).isCloseTo(1.148295591275e-3, withinPercentage(1e-9));
    }

    @Test
    void anArrheniusRampMatchesTheClosedFormWithTheExponentialIntegral() {
        // 300 → 800 °C in 6000 s, hold, 800 → 500 °C in 3000 s; a = Ea/k_B
        ThermalSchedule s = ThermalSchedule.of(new double[] {0, 6000, 12000, 15000},
                new double[] {Units.celsius(300), Units.celsius(800), Units.celsius(800), Units.celsius(500)});
        double a = D.activationEnergy() / Constants.BOLTZMANN;
        double exact = arrheniusRamp(D.prefactor(), a, Units.celsius(300), Units.celsius(800), 6000)
                + D.valueAt(Units.celsius(800)) * 6000
                + arrheniusRamp(D.prefactor(), a, Units.celsius(800), Units.celsius(500), 3000);
        assertThat(s.integratedDiffusivity(D)).isCloseTo(exact, withinPercentage(1e-8));
        assertThat(s.integratedDiffusivity(Diffusivity.arrhenius(D))).isEqualTo(s.integratedDiffusivity(D));
    }

    @Test
    void aTabulatedLawWithAKneeIsIntegratedPieceByPieceInClosedForm() {
        // a table whose ln D is linear in 1/T on either side of 800 K, with Ea = 2.5 eV below and 1.0 eV
        // above (a change of mechanism): each piece is an Arrhenius law A_i·exp(−a_i/T), A_i = D_i·e^(a_i/T_i)
        double a1 = Units.eV(2.5) / Constants.BOLTZMANN;
        double a2 = Units.eV(1.0) / Constants.BOLTZMANN;
        double d800 = 1e-16;
        double d600 = d800 * Math.exp(-a1 * (1 / 600.0 - 1 / 800.0));
        double d1000 = d800 * Math.exp(-a2 * (1 / 1000.0 - 1 / 800.0));
        TemperatureTable table = TemperatureTable.of(new double[] {600, 800, 1000}, new double[] {d600, d800, d1000});
        double prefactor1 = d800 * Math.exp(a1 / 800);
        double prefactor2 = d800 * Math.exp(a2 / 800);
        // 600 → 1000 K in 4000 s (the knee at 2000 s), hold 1000 s, 1000 → 700 K in 1500 s (the knee at 1000 s)
        ThermalSchedule s = ThermalSchedule.of(new double[] {0, 4000, 5000, 6500}, new double[] {600, 1000, 1000, 700});
        double exact = arrheniusRamp(prefactor1, a1, 600, 800, 2000) + arrheniusRamp(prefactor2, a2, 800, 1000, 2000)
                + d1000 * 1000
                + arrheniusRamp(prefactor2, a2, 1000, 800, 1000) + arrheniusRamp(prefactor1, a1, 800, 700, 500);
        assertThat(s.integratedDiffusivity(table)).isCloseTo(exact, withinPercentage(1e-8));
        assertThat(s.integratedDiffusivity(Diffusivity.of(table))).isEqualTo(s.integratedDiffusivity(table));
        // the table is not extrapolated: a program beyond 1000 K is refused before integrating
        ThermalSchedule hotter = ThermalSchedule.of(new double[] {0, 100}, new double[] {700, 1001});
        assertThatThrownBy(() -> hotter.integratedDiffusivity(table)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1001.0 K").hasMessageContaining("validity window")
                .hasMessageContaining("[600.0 K, 1000.0 K]");
    }

    @Test
    void aVogelTammannFulcherLawMatchesAnIndependentSimpsonRuleAndRefusesTheGlass() {
        // D = A·T^(−½)·exp(−B/(T − T0)), A = 1e-9 m²·K^½/s, B = 1000 K, T0 = 200 K: a polymer above T_g
        VogelTammannFulcher vtf = VogelTammannFulcher.of(1e-9, 1000, 200);
        ThermalSchedule s = ThermalSchedule.of(new double[] {0, 3000, 3600, 4800}, new double[] {250, 400, 400, 300});
        double reference = simpson(s, vtf, 480_000);
        assertThat(s.integratedDiffusivity(vtf)).isCloseTo(reference, withinPercentage(1e-7));
        assertThat(s.integratedDiffusivity(Diffusivity.of(vtf))).isEqualTo(s.integratedDiffusivity(vtf));
        // at and below T0 the law is undefined: refused, naming the window and the program's range
        ThermalSchedule cold = ThermalSchedule.of(new double[] {0, 100}, new double[] {150, 300});
        assertThatThrownBy(() -> cold.integratedDiffusivity(vtf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("150.0 K").hasMessageContaining("> T0 = 200.0 K");
        assertThatThrownBy(() -> Diffusivity.of(vtf).valueAt(150, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("> T0 = 200.0 K");
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
