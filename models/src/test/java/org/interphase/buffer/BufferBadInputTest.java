package org.interphase.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Units;
import org.interphase.stack.InterfaceStack;
import org.junit.jupiter.api.Test;

/** Finite input never gives NaN or ∞, and bad input fails before any work with a clear message. */
class BufferBadInputTest {

    @Test
    void aThickBarrierIsAnErrorNotInfinity() {
        // Simmons: ln R_tun = ln(2L(h/e)²/(3√(2mΦ))) + 4πL√(2mΦ)/h passes ln(Double.MAX_VALUE) = 709.8 at 71.93 nm for
        // Φ = 1 eV, m* = m_e; R_tun(100 nm) was returned as +∞. ln R_tun(100 nm) = 997.749, evaluated independently
        // in Python with the CODATA 2018 constants.
        var t = new TunnellingBlocking(Units.eV(1), 1);
        assertThatThrownBy(() -> t.tunnellingResistance(Units.nm(100))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coating thickness").hasMessageContaining("logTunnellingResistance");
        double ln100 = t.logTunnellingResistance(Units.nm(100));
        assertThat(ln100).isCloseTo(997.749, within(1e-3));
        // the log form is the same function where both exist
        assertThat(t.logTunnellingResistance(Units.nm(3))).isCloseTo(Math.log(t.tunnellingResistance(Units.nm(3))),
                within(1e-12));
        assertThat(t.tunnellingResistance(0)).isZero();
        assertThatThrownBy(() -> t.logTunnellingResistance(0)).hasMessageContaining("coating thickness");
    }

    @Test
    void aTermWithoutMechanismFailsWhenItIsMadeNotWhenItIsUsed() {
        assertThatThrownBy(() -> CoatingTerms.exponentialSuppression(null, Units.ohmCm2(10), Units.nm(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mechanism");
        assertThatThrownBy(() -> CoatingTerms.exponentialSuppression(org.interphase.stack.Mechanism.INTERPHASE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
    }

    @Test
    void aStackWithNothingToResistIsItsOwnOptimum() {
        // a variable that maps every point onto a stack with nothing in it: ln 0 = −∞ everywhere, BOBYQA keeps the
        // start, and the optimum's budget is that stack's, exactly 0
        InterfaceStack empty = InterfaceStack.between(BufferLayerOptimizerTest.CATHODE,
                BufferLayerOptimizerTest.ELECTROLYTE).build();
        var nothing = new DesignVariable("nothing", "", 0, 1, 0.5, (s, v) -> empty);
        var optimum = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(
                BufferLayerOptimizerTest.m1Stack(BufferLayerOptimizerTest.CATHODE, Units.nm(1))).withVariable(nothing));
        assertThat(optimum.total()).isZero();
        assertThat(optimum.thickness()).isFinite();
        assertThat(optimum.value("nothing")).isFinite();
        assertThatThrownBy(() -> BufferLayerOptimizer.withDefaults().solve((BufferLayerProblem) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problem");
        assertThatThrownBy(() -> new DesignVariable("x", "", 0, 1, 0.5, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("function");
    }

    @Test
    void aLongGrowthTimeGivesAFiniteInterphase() {
        // c = 2ΩΔc·t/D_int overflowed for t = 1e300 s and the thickness came back NaN; the parabolic law
        // L_int = √(2·D_int·ΩΔc·t) holds once the interphase outgrows the barrier
        var g = GrowthBehindCoating.seriesDiffusion(org.interphase.core.Arrhenius.of(1e-18, 0),
                org.interphase.core.Arrhenius.of(1e-20, 0), 0.1);
        double l = g.thickness(Units.nm(5), org.interphase.diffusion.ThermalSchedule.isothermal(300, 1e300));
        assertThat(l).isFinite().isCloseTo(Math.sqrt(2 * 1e-18 * 0.1) * 1e150, within(1e-9 * l));
        // and the short-time (barrier-limited) limit is untouched: L_int ≈ ΩΔc·t·D_c/L
        double early = g.thickness(Units.nm(5), org.interphase.diffusion.ThermalSchedule.isothermal(300, 1e-3));
        assertThat(early).isCloseTo(0.1 * 1e-3 * 1e-20 / Units.nm(5), within(1e-6 * early));
    }

    @Test
    void aTinyTargetTunnellingResistanceHasItsThickness() {
        // 1e-300 Ω·m² was solved in L from 1e-12 m and stepped to a negative thickness
        var t = new TunnellingBlocking(Units.eV(1), 1);
        double l = t.thicknessForResistance(1e-300);
        assertThat(l).isPositive();
        assertThat(t.logTunnellingResistance(l)).isCloseTo(Math.log(1e-300), within(1e-9));
        // the research notes' number is unchanged: 10⁴ Ω·cm² at 2.97 nm for Φ = 1 eV
        assertThat(Units.toNm(t.thicknessForResistance(Units.ohmCm2(1e4)))).isCloseTo(2.97, within(0.01));
    }

    @Test
    void aCurveHasARangeOfThicknessesAndPoints() {
        var m1 = new ExponentialSuppression(0, Units.ohmCm2(100), Units.nm(1), Units.sPerCm(1e-6));
        assertThatThrownBy(() -> m1.curve(1e300, 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max thickness").hasMessageContaining("1.0E300");
        assertThatThrownBy(() -> m1.curve(Units.nm(10), Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points");
    }

    @Test
    void resultRecordsRejectWhatNoOptimizerProduces() {
        assertThatThrownBy(() -> new ThicknessOptimum(Units.nm(1), 0, Units.ohmCm2(10), true, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resistance at the optimum");
        assertThatThrownBy(() -> new ThicknessOptimum(Double.NaN, 1, 1, true, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("optimal thickness");
        assertThat(new ThicknessOptimum(0, 0, 0, false, "nothing to remove").improvement()).isEqualTo(1.0);
        assertThatThrownBy(() -> TradeOffFitProblem.inLabUnits(null, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thicknesses");
        assertThatThrownBy(() -> new TradeOffFitSolution.RelativeErrors(java.util.OptionalDouble.of(Double.NaN),
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suppressedResistance");
    }

    @Test
    void anAbsurdlyThickBarrierIsRefusedNotInfinite() {
        // ln R_tun(1e300 m) overflowed to +∞; a coating is nm to µm thick, so L ≤ 1 m is the documented range
        var t = new TunnellingBlocking(Units.eV(1), 1);
        assertThatThrownBy(() -> t.logTunnellingResistance(1e300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coating thickness").hasMessageContaining("1.0E300");
        assertThat(t.logTunnellingResistance(1.0)).isFinite();
    }

    @Test
    void aLabUnitBaseIsNamedInLabUnits() {
        // baseOhmCm2 = 1e300 was reported as "base resistance ... was 1.0E296 Ω·m²", a name and a value the caller
        // never typed
        assertThatThrownBy(() -> TradeOffFitProblem.inLabUnits(new double[] {0, 5, 10, 20},
                new double[] {2600, 400, 150, 300}, 1e300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseOhmCm2").hasMessageContaining("1.0E300").hasMessageContaining("Ω·cm²");
    }

    @Test
    void outcomeRecordsRefuseNullListsAndNonFinitePoints() {
        // (the Ranking and Optimum records of this test became CoatingRankingSolution and BufferLayerSolution, which
        // only the optimizer builds; their public parts are checked here)
        assertThatThrownBy(() -> new CoatingRankingSolution.Skipped(null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("material");
        assertThatThrownBy(() -> new BufferLayerSolution.DesignValue("stack pressure", "Pa", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stack pressure");
    }

    @Test
    void anAbsurdCoatingIsRefusedBeforeTheGrowthLawSeesIt() {
        // L = 1e300 m made diffusion's barrier term L/D_c infinite and the integrated thickness NaN, reported as
        // "integrated thickness must be a finite number" — a name the caller never passed
        var g = GrowthBehindCoating.seriesDiffusion(org.interphase.core.Arrhenius.of(1e-18, 0),
                org.interphase.core.Arrhenius.of(1e-20, 0), 0.1);
        var hold = org.interphase.diffusion.ThermalSchedule.isothermal(300, 3600);
        assertThatThrownBy(() -> g.thickness(1e300, hold)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coating thickness").hasMessageContaining("1.0E300");
        var m4 = new GrowthSuppression(0, 1e-6, 1e-8, g, hold);
        assertThatThrownBy(() -> m4.resistance(1e300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coating thickness");
        assertThat(g.thickness(1.0, hold)).isFinite();
        assertThatThrownBy(() -> new BufferLayerSolution.DesignValue("stack pressure", "Pa", Double.NaN))
                .hasMessageContaining("value of design variable stack pressure");
    }
    /**
     * A valid but huge decay or barrier length (1e300 m) made its own description fail: Units.toNm overflows
     * beyond 1.8e299 m. The term works (exp(−L/λ) = 1: nothing is suppressed) and describes itself in m.
     */
    @Test
    void aHugeDecayLengthIsDescribedNotRefusedByItsFormatting() {
        var term = CoatingTerms.exponentialSuppression(org.interphase.stack.Mechanism.INTERPHASE, Units.ohmCm2(10), 1e300);
        var stack = BufferLayerOptimizerTest.m1Stack(BufferLayerOptimizerTest.CATHODE, Units.nm(5));
        var line = term.effect(stack).line();
        assertThat(line.resistance()).isCloseTo(Units.ohmCm2(10), within(1e-12 * Units.ohmCm2(10)));
        assertThat(line.detail()).contains("exp(−L/1e300 m)");
        var growth = GrowthBehindCoating.exponentialBarrier(org.interphase.core.Arrhenius.of(1e-16, Units.eV(1)), 1e300);
        assertThat(growth.toString()).contains("λ_d = 1e300 m");
        assertThat(new ExponentialSuppression(0, Units.ohmCm2(10), 1e300, 1e-3).describe()).contains("1e300 m");
        assertThat(new PinholeCoverage(Units.ohmCm2(10), Units.ohmCm2(1), 1e300, 1e-3).describe()).contains("1e300 m");
        // an ordinary length still reads in nm
        assertThat(new ExponentialSuppression(0, Units.ohmCm2(10), Units.nm(2), 1e-3).describe()).contains("λ = 2 nm");
    }

    @Test
    void labUnitArraysNameTheArgumentAndTheIndex() {
        double[] l = {1, 2, 5, 10};
        double[] r = {40, 30, 20, 15};
        assertThatThrownBy(() -> TradeOffFitProblem.inLabUnits(new double[] {1, Double.NaN, 5, 10}, r, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thicknessNm[1]").hasMessageContaining("NaN");
        assertThatThrownBy(() -> TradeOffFitProblem.inLabUnits(new double[] {1, 2, Double.POSITIVE_INFINITY, 10}, r, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thicknessNm[2]")
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> TradeOffFitProblem.inLabUnits(l, new double[] {40, 30, 20, Double.POSITIVE_INFINITY}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resistanceOhmCm2[3]")
                .hasMessageContaining("Infinity");
        assertThatThrownBy(() -> TradeOffFitProblem.inLabUnits(new double[] {1, -2, 5, 10}, r, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thicknessNm[1]")
                .hasMessageContaining("-2.0 nm");
        assertThat(TradeOffFitProblem.inLabUnits(l, r, 0)).isNotNull();
    }

    @Test
    void aDesignVariableNamesTheComponentThatIsMissing() {
        assertThatThrownBy(() -> new DesignVariable("temperature", "K", 300, 400, 350, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apply");
        assertThatThrownBy(() -> new DesignVariable(" ", "K", 300, 400, 350, (stack, t) -> stack))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> new DesignVariable("temperature", null, 300, 400, 350, (stack, t) -> stack))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit");
    }
}
