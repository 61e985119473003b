package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lin-KK fitted to the real or the imaginary part only, and the residual-plot data (issue 17, item 5). */
class LinKKPartsTest {

    private static final double[] F = Spectrum.logFrequencies(1e6, 1e-2, 71);

    @Test
    void voigtDataAreReproducedExactlyByEveryPart() {
        // R0 + jωL + Σ R_k/(1 + jωτ_k) on the test's own τ grid: every variant contains it exactly
        int m = 9;
        double[] tau = LinKKSolver.withDefaults().withTerms(m).solve(Circuit.parse("R0-p(R1,C1)").spectrum(F, 1, 10,
                1e-3)).timeConstants();
        double[] r = {3, 0, 10, 40, 5, 0, 70, 1, 20};
        double l = 3e-7;
        double[] re = new double[F.length];
        double[] im = new double[F.length];
        for (int i = 0; i < F.length; i++) {
            double w = 2 * Math.PI * F[i];
            re[i] = 7;
            im[i] = w * l;
            for (int k = 0; k < m; k++) {
                double x = w * tau[k];
                re[i] += r[k] / (1 + x * x);
                im[i] -= r[k] * x / (1 + x * x);
            }
        }
        Spectrum s = Spectrum.of(F, re, im);
        for (FitPart part : FitPart.values()) {
            LinKKSolution res = LinKKSolver.withDefaults().withTerms(m).withFitPart(part).solve(s);
            assertThat(res.seriesResistance()).as("%s", part).isCloseTo(7, within(1e-8));
            for (int k = 0; k < m; k++) {
                assertThat(res.resistances()[k]).as("%s R_%d", part, k).isCloseTo(r[k], within(1e-7));
            }
            assertThat(res.maxResidual()).as("%s", part).isLessThan(1e-11);
            assertThat(res.solver().fitPart()).isEqualTo(part);
        }
    }

    @Test
    void compliantCircuitsPassWithEveryPartAndTheRealFitIsImpedancePysDefault() {
        Spectrum a = Circuit.parse("R0-L0-p(R1,CPE1)-p(R2,C2)").spectrum(F, 10, 1e-7, 100, 1e-6, 0.85, 50, 1e-4);
        for (FitPart part : FitPart.values()) {
            for (LinKKSolver.Selection sel : LinKKSolver.Selection.values()) {
                LinKKSolution r = LinKKSolver.withDefaults().withFitPart(part).withSelection(sel).solve(a);
                assertThat(r.maxResidual()).as("%s %s: %s", part, sel, r).isLessThan(2e-3);
                assertThat(r.isValid(5e-3)).isTrue();
            }
        }
        assertThat(LinKKSolver.withDefaults().fitPart()).isEqualTo(FitPart.COMPLEX);
        assertThat(LinKKSolver.withDefaults().withFitPart(FitPart.REAL).toString()).contains("real part");
    }

    @Test
    void aDistortedImaginaryPartShowsInTheRealFitsImaginaryResiduals() {
        // Z'' of a compliant spectrum multiplied by 1.03 below 1 Hz: not the transform of Z'
        Spectrum c = Circuit.parse("R0-p(R1,C1)-p(R2,C2)").spectrum(F, 10, 100, 1e-6, 50, 1e-2);
        double[] im = c.imaginary();
        for (int i = 0; i < F.length; i++) {
            if (F[i] < 1) {
                im[i] *= 1.03;
            }
        }
        Spectrum d = Spectrum.of(F, c.real(), im);
        LinKKSolution real = LinKKSolver.withDefaults().withFitPart(FitPart.REAL).solve(d);
        double worstIm = 0;
        double worstRe = 0;
        for (LinKKSolution.ResidualPoint p : real.residualPlot()) {
            worstIm = Math.max(worstIm, Math.abs(p.imaginary()));
            worstRe = Math.max(worstRe, Math.abs(p.real()));
        }
        // the real part is fitted well; the imaginary part is not its transform
        assertThat(worstRe).isLessThan(1e-3);
        assertThat(worstIm).isGreaterThan(5e-3);
        assertThat(LinKKSolver.withDefaults().solve(c).isValid(1e-3)).isTrue();
    }

    @Test
    void residualPlotDataAreTheFrequenciesAndTheRelativeResiduals() {
        Spectrum s = Circuit.parse("R0-p(R1,C1)").spectrum(F, 10, 100, 1e-4);
        LinKKSolution r = LinKKSolver.withDefaults().solve(s);
        List<LinKKSolution.ResidualPoint> plot = r.residualPlot();
        assertThat(plot).hasSize(F.length);
        for (int i = 0; i < F.length; i++) {
            assertThat(plot.get(i).frequency()).isEqualTo(F[i]);
            double mod = s.modulus(i);
            assertThat(plot.get(i).real()).isCloseTo((s.re(i) - r.fitted().re(i)) / mod, within(1e-15));
            assertThat(plot.get(i).imaginary()).isCloseTo((s.im(i) - r.fitted().im(i)) / mod, within(1e-15));
        }
        assertThatThrownBy(() -> new LinKKSolution.ResidualPoint(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frequency");
    }

    @Test
    void tooManyTermsForOnePartAreRefusedBeforeAnyWork() {
        Spectrum s = Circuit.parse("R0-p(R1,C1)").spectrum(Spectrum.logFrequencies(1e3, 1, 6), 10, 100, 1e-3);
        // the real part has 6 values for R0 and M: M ≤ 5; the complex fit allows M ≤ 12 − 2
        assertThatThrownBy(() -> LinKKSolver.withDefaults().withFitPart(FitPart.REAL).withTerms(6).solve(s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5");
        assertThat(LinKKSolver.withDefaults().withTerms(6).solve(s).terms()).isEqualTo(6);
    }
}
