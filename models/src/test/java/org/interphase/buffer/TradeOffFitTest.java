package org.interphase.buffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

class TradeOffFitTest {

    private static final double[] NM = {0, 1, 2, 4, 6, 8, 10, 14, 20, 30, 40, 50};

    @Test
    void recoversTheParametersOfNoiselessData() {
        var truth = new ExponentialSuppression(Units.ohmCm2(20), Units.ohmCm2(2600), Units.nm(2.2), Units.sPerCm(8e-9));
        double[] l = new double[NM.length];
        double[] r = new double[NM.length];
        for (int i = 0; i < NM.length; i++) {
            l[i] = Units.nm(NM[i]);
            r[i] = truth.resistance(l[i]);
        }
        var fixed = TradeOffFitter.withDefaults().solve(TradeOffFitProblem.of(l, r, truth.baseResistance()));
        assertThat(fixed.model().decayLength()).isCloseTo(truth.decayLength(), within(1e-6 * truth.decayLength()));
        assertThat(fixed.model().coatingConductivity()).isCloseTo(truth.coatingConductivity(),
                within(1e-6 * truth.coatingConductivity()));
        assertThat(fixed.residual()).isLessThan(1e-8);
        var free = TradeOffFitter.withDefaults().solve(TradeOffFitProblem.of(l, r));
        assertThat(free.model().baseResistance()).isCloseTo(truth.baseResistance(), within(1e-4 * truth.baseResistance()));
    }

    @Test
    void noisyDataAreRecoveredWithinTheirStatedErrors() {
        var truth = new ExponentialSuppression(Units.ohmCm2(20), Units.ohmCm2(2600), Units.nm(2.2), Units.sPerCm(8e-9));
        Random random = new Random(7);
        double[] l = new double[NM.length];
        double[] r = new double[NM.length];
        for (int i = 0; i < NM.length; i++) {
            l[i] = Units.nm(NM[i]);
            r[i] = truth.resistance(l[i]) * Math.exp(0.05 * random.nextGaussian());
        }
        var fit = TradeOffFitter.withDefaults().solve(TradeOffFitProblem.of(l, r, truth.baseResistance()));
        var err = fit.relativeErrors();
        // each ln-parameter within 3 standard errors of the truth
        assertThat(Math.abs(Math.log(fit.model().suppressedResistance() / truth.suppressedResistance())))
                .isLessThan(3 * err.suppressedResistance().orElseThrow());
        assertThat(Math.abs(Math.log(fit.model().decayLength() / truth.decayLength())))
                .isLessThan(3 * err.decayLength().orElseThrow());
        assertThat(Math.abs(Math.log(fit.model().coatingConductivity() / truth.coatingConductivity())))
                .isLessThan(3 * err.coatingConductivity().orElseThrow());
        assertThat(err.baseResistance()).isEmpty();
        assertThat(fit.residual()).isBetween(0.02, 0.08);
        assertThat(fit.warnings()).isEmpty();
        assertThat(fit.problem().points()).isEqualTo(NM.length);
        assertThat(fit.toString()).contains("rms");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> TradeOffFitProblem.of(new double[] {0, 1e-9}, new double[] {1, 2}, 0))
                .hasMessageContaining("at least 3 points");
        assertThatThrownBy(() -> TradeOffFitProblem.of(new double[] {0, 1e-9, 2e-9}, new double[] {1, -2, 3}, 0))
                .hasMessageContaining("resistance[1]");
        assertThatThrownBy(() -> TradeOffFitProblem.of(new double[] {0, 1e-9, 2e-9}, new double[] {1, 2, 3}, 5)).hasMessageContaining("base resistance must be <");
    }
}
