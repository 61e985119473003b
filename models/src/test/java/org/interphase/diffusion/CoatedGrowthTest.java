package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Arrhenius;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Growth behind a coating of variable thickness: the laws the buffer package needs (issue 14: one
 * interphase-growth hierarchy), checked against the closed forms written out here.
 */
class CoatedGrowthTest {

    private static final double D_INT = 1e-18;   // m²/s, in the interphase
    private static final double D_C = 1e-21;     // m²/s, in the coating
    private static final double DRIVE = 0.01;    // Ω·Δc
    private static final double T = Units.celsius(25);

    /** Temperature-independent constants: Ea = 0. */
    private static final CoatedGrowth SERIES = CoatedGrowth.seriesDiffusion(
            new LinearParabolicGrowth(Arrhenius.of(D_INT, 0), null, DRIVE, 0, null, 0), Arrhenius.of(D_C, 0));

    /**
     * Deal–Grove with the coating as the barrier (Deal &amp; Grove, J. Appl. Phys. 36 (1965) 3770):
     * L_int²/(2·D_int) + L·L_int/D_c = Ω·Δc·t, so L_int = D_int·(−b + √(b² + c)), b = L/D_c,
     * c = 2·Ω·Δc·t/D_int, written as D_int·c/(b + √(b² + c)): the difference form loses ~eps·b²/c of
     * its digits (3e-10 at L = 10 nm, t = 1 h), more than the 1e-11 compared here.
     */
    private static double dealGrove(double coating, double time) {
        double b = coating / D_C;
        double c = 2 * DRIVE * time / D_INT;
        return D_INT * c / (b + Math.sqrt(b * b + c));
    }

    @Test
    void seriesDiffusionIsTheDealGroveLawWithTheCoatingAsBarrier() {
        for (double nm : new double[] {0, 0.5, 2, 10, 50}) {
            for (double hours : new double[] {1, 100, 10_000}) {
                double l = Units.nm(nm);
                double t = Units.hours(hours);
                assertThat(SERIES.thickness(l, T, t)).as("L = %s nm, t = %s h", nm, hours)
                        .isCloseTo(dealGrove(l, t), withinPercentage(1e-9));
            }
        }
        // the same law over a schedule goes through the Deal–Grove variable: it agrees with the closed form
        ThermalSchedule hold = ThermalSchedule.isothermal(T, Units.hours(100));
        assertThat(SERIES.thickness(Units.nm(5), hold)).isCloseTo(dealGrove(Units.nm(5), Units.hours(100)),
                withinPercentage(1e-6));
    }

    @Test
    void seriesDiffusionHasItsLinearAndParabolicLimits() {
        double l = Units.nm(10);
        // barrier-limited while L_int ≪ 2L·D_int/D_c (= 20 µm here): L_int ≈ Ω·Δc·t·D_c/L
        double t = Units.hours(1);
        assertThat(SERIES.thickness(l, T, t)).isCloseTo(DRIVE * t * D_C / l, withinPercentage(0.1));
        // no coating: parabolic, L_int = √(2·D_int·Ω·Δc·t)
        assertThat(SERIES.thickness(0, T, t)).isCloseTo(Math.sqrt(2 * D_INT * DRIVE * t), withinPercentage(1e-9));
        // a thicker coating always grows less
        assertThat(SERIES.thickness(Units.nm(20), T, t)).isLessThan(SERIES.thickness(l, T, t));
    }

    @Test
    void exponentialSuppressionScalesTheParabolicRate() {
        double kp0 = 1e-24; // m²/s in the buffer convention L_int = √(k_p0·e^(−L/λ)·t): k_p = k_p0/2 here
        double lambda = Units.nm(2);
        CoatedGrowth growth = CoatedGrowth.exponentialSuppression(ParabolicGrowth.of(Arrhenius.of(kp0 / 2, 0)), lambda);
        for (double nm : new double[] {0, 1, 4, 20}) {
            double l = Units.nm(nm);
            double t = Units.hours(500);
            assertThat(growth.thickness(l, T, t)).isCloseTo(Math.sqrt(kp0 * Math.exp(-l / lambda) * t),
                    withinPercentage(1e-9));
        }
        // so thick that exp(−L/λ) underflows: the layer stays at x0, never NaN
        assertThat(growth.thickness(1e-3, T, Units.hours(500))).isZero();
        assertThat(growth.behind(1e-3).thickness(ThermalSchedule.isothermal(T, 10))).isZero();
    }

    @Test
    void badCoatingInputIsRefused() {
        assertThatThrownBy(() -> SERIES.behind(-1e-9)).hasMessageContaining("coating thickness")
                .hasMessageContaining("-1.0E-9");
        assertThatThrownBy(() -> SERIES.thickness(1e-9, T, Double.NaN)).hasMessageContaining("time");
        assertThatThrownBy(() -> CoatedGrowth.exponentialSuppression(ParabolicGrowth.of(Arrhenius.of(1e-24, 0)), 0))
                .hasMessageContaining("decay length");
        LinearParabolicGrowth barred = new LinearParabolicGrowth(Arrhenius.of(D_INT, 0), null, DRIVE, 1e-9,
                Arrhenius.of(D_C, 0), 0);
        assertThatThrownBy(() -> CoatedGrowth.seriesDiffusion(barred, Arrhenius.of(D_C, 0)))
                .hasMessageContaining("no barrier");
    }

    @Test
    void everyLawHasAnIsothermalThicknessEqualToItsScheduleThickness() {
        ThermalSchedule hold = ThermalSchedule.isothermal(1000, Units.hours(2));
        Arrhenius kp = Arrhenius.of(1e-8, Units.eV(1.8));
        GrowthLaw[] laws = {new ParabolicGrowth(kp, 1e-9), LinearParabolicGrowth.dealGrove(kp,
                Arrhenius.of(1e-3, Units.eV(1.5)), 1e-9), new StefanGrowth(kp, 1000, 400, 0, 1e-9),
                new OnsetGrowth(new ParabolicGrowth(kp, 1e-9), 900)};
        for (GrowthLaw law : laws) {
            assertThat(law.isothermalThickness(1000, Units.hours(2))).as("%s", law)
                    .isCloseTo(law.thickness(hold), withinPercentage(1e-6));
        }
        assertThat(new OnsetGrowth(new ParabolicGrowth(kp, 1e-9), 1100).isothermalThickness(1000, 3600))
                .isEqualTo(1e-9);
    }
}
