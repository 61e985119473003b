package org.interphase.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Arrhenius;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.interphase.diffusion.LinearParabolicGrowth;
import org.interphase.diffusion.ParabolicGrowth;
import org.interphase.diffusion.ThermalSchedule;
import org.junit.jupiter.api.Test;

class OtherTradeOffsTest {

    @Test
    void pinholeModelMatchesTheNotesExample() {
        // Research notes buffer-and-impedance.md §1.3 M2 (scipy): R_unc = 2600, R_c0 = 20 Ω cm², σ = 1e-8 S/cm,
        // L_c = 1 nm -> L* = 1.49 nm, R_min = 44.9; R(5 nm) = 70.5, R(20 nm) = 220 Ω cm².
        var m = new PinholeCoverage(Units.ohmCm2(2600), Units.ohmCm2(20), Units.nm(1), Units.sPerCm(1e-8));
        ThicknessOptimum o = m.optimum(Units.nm(50));
        assertThat(o.interior()).isTrue();
        assertThat(Units.toNm(o.thickness())).isCloseTo(1.4917, within(1e-3));
        assertThat(Units.toOhmCm2(o.resistance())).isCloseTo(44.879, within(1e-3));
        assertThat(Units.toOhmCm2(m.resistance(Units.nm(5)))).isCloseTo(70.46, within(0.01));
        assertThat(Units.toOhmCm2(m.resistance(Units.nm(20)))).isCloseTo(220.0, within(0.01));
        assertThat(Units.toOhmCm2(m.resistance(0))).isCloseTo(2600, within(1e-9));
    }

    @Test
    void tunnellingResistanceMatchesSimmonsTable() {
        // Simmons, J. Appl. Phys. 34 (1963) 1793, low-bias limit, m* = m_e; values recomputed with scipy in
        // the research notes buffer-and-impedance.md §1.3 M3: Φ = 1 eV gives 6.0e-6 / 0.335 / 1.42e4 Ω cm²
        // at 1 / 2 / 3 nm, and 10⁴ Ω cm² at 2.97 nm; Φ = 0.5, 2, 3 eV reach 10⁴ Ω cm² at 4.10, 2.14, 1.77 nm.
        var one = new TunnellingBlocking(Units.eV(1), 1);
        assertThat(Units.toOhmCm2(one.tunnellingResistance(Units.nm(1)))).isCloseTo(5.947e-6, withinPercentage(0.1));
        assertThat(Units.toOhmCm2(one.tunnellingResistance(Units.nm(2)))).isCloseTo(0.3352, withinPercentage(0.1));
        assertThat(Units.toOhmCm2(one.tunnellingResistance(Units.nm(3)))).isCloseTo(1.4167e4, withinPercentage(0.1));
        assertThat(Units.toNm(one.thicknessForResistance(Units.ohmCm2(1e4)))).isCloseTo(2.967, within(1e-3));
        double[] phi = {0.5, 2, 3};
        double[] at1e4 = {4.103, 2.144, 1.773};
        for (int i = 0; i < phi.length; i++) {
            assertThat(Units.toNm(new TunnellingBlocking(Units.eV(phi[i]), 1).thicknessForResistance(Units.ohmCm2(1e4))))
                    .isCloseTo(at1e4[i], within(1e-3));
        }
    }

    @Test
    void minimumThicknessMakesTheElectronicPathKTimesTheIonicPath() {
        var t = new TunnellingBlocking(Units.eV(1), 1);
        double sigma = Units.sPerCm(1e-6);
        double rct = Units.ohmCm2(10);
        double l = t.minimumThickness(sigma, rct, 1e3);
        assertThat(t.tunnellingResistance(l)).isCloseTo(1e3 * (l / sigma + rct), withinPercentage(1e-6));
        assertThat(t.minimumThickness(sigma, rct, 1e4)).isGreaterThan(l);
    }

    @Test
    void dealGroveLimits() {
        // L = 0: parabolic, L_int = √(2 D_int Ω Δc t); barrier-dominated: linear, L_int ≈ Ω Δc t D_c / L
        // (diffusion's ParabolicGrowth and LinearParabolicGrowth behind a barrier, through the buffer's adapter)
        var g = GrowthBehindCoating.seriesDiffusion(Arrhenius.of(1e-18, 0), Arrhenius.of(1e-21, 0), 0.01);
        double t = 3600;
        assertThat(g.thickness(0, hold(t))).isCloseTo(Math.sqrt(2 * 1e-18 * 0.01 * t), withinPercentage(1e-10));
        double l = Units.nm(10);
        double tShort = 1.0;
        assertThat(g.thickness(l, hold(tShort))).isCloseTo(0.01 * tShort * 1e-21 / l, withinPercentage(0.1));
        assertThat(g.thickness(l, hold(2 * tShort)) / g.thickness(l, hold(tShort))).isCloseTo(2.0, withinPercentage(0.1));
        assertThat(g.law(l).orElseThrow()).isInstanceOf(LinearParabolicGrowth.class);
        assertThat(g.law(0).orElseThrow()).isInstanceOf(ParabolicGrowth.class);
    }

    private static ThermalSchedule hold(double seconds) {
        return ThermalSchedule.isothermal(Units.ROOM_TEMPERATURE, seconds);
    }

    @Property(tries = 50)
    void longerLifetimeNeedsAThickerCoating(@ForAll @DoubleRange(min = 1, max = 1000) double hours) {
        var base = new GrowthSuppression(Units.ohmCm2(5), Units.sPerCm(1e-7), Units.sPerCm(1e-9),
                GrowthBehindCoating.exponentialBarrier(Arrhenius.of(1e-24, 0), Units.nm(2)), hold(Units.hours(hours)));
        double lMax = Units.nm(100);
        double shortOpt = base.optimum(lMax).thickness();
        double longOpt = base.withSchedule(hold(Units.hours(10 * hours))).optimum(lMax).thickness();
        assertThat(longOpt).isGreaterThan(shortOpt);
    }

    @Test
    void growthSuppressionClosedFormOptimumForTheExponentialBarrier() {
        // R = R_b + L/σ + √(2 k0 t) e^{−L/2λd}/σ_int (x² = 2 k_p t, the diffusion package's parabolic law) has the
        // M1 form with λ = 2λd, R0 = √(2 k0 t)/σ_int
        double sigma = Units.sPerCm(1e-7);
        double sigmaInt = Units.sPerCm(1e-9);
        double k0 = 1e-24;
        double t = Units.hours(100);
        var m4 = new GrowthSuppression(0, sigma, sigmaInt,
                GrowthBehindCoating.exponentialBarrier(Arrhenius.of(k0, 0), Units.nm(2)), hold(t));
        var m1 = new ExponentialSuppression(0, Math.sqrt(2 * k0 * t) / sigmaInt, Units.nm(4), sigma);
        ThicknessOptimum a = m4.optimum(Units.nm(200));
        ThicknessOptimum b = m1.optimum();
        assertThat(a.thickness()).isCloseTo(b.thickness(), within(1e-6 * b.thickness()));
        assertThat(a.resistance()).isCloseTo(b.resistance(), within(1e-10 * b.resistance()));
    }

    @Test
    void curveIsInLabUnits() {
        var m = new ExponentialSuppression(0, Units.ohmCm2(2600), Units.nm(2.19), Units.sPerCm(8.1e-9));
        Profile c = m.curve(Units.nm(50), 51);
        assertThat(c.xUnit()).isEqualTo("nm");
        assertThat(c.yUnit()).isEqualTo("Ω·cm²");
        assertThat(c.y(0)).isCloseTo(2600, within(1e-9));
        assertThat(c.argmin()).isCloseTo(10, within(1.0));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> new PinholeCoverage(0, 1, 1, 1)).hasMessageContaining("uncoated resistance");
        assertThatThrownBy(() -> new TunnellingBlocking(-1, 1)).hasMessageContaining("barrier height");
        assertThatThrownBy(() -> new GrowthSuppression(0, 1, 1, null, hold(1))).hasMessageContaining("growth law");
        assertThatThrownBy(() -> GrowthBehindCoating.seriesDiffusion(Arrhenius.of(1, 0), Arrhenius.of(1, 0), 1)
                .thickness(-1e-9, hold(1))).hasMessageContaining("coating thickness");
        assertThatThrownBy(() -> new GrowthSuppression(0, 1, 1,
                GrowthBehindCoating.exponentialBarrier(Arrhenius.of(1, 0), 1), null)).hasMessageContaining("schedule");
        assertThatThrownBy(() -> new ExponentialSuppression(0, 1, 1, 1).optimum(0)).hasMessageContaining("max thickness");
    }
}
