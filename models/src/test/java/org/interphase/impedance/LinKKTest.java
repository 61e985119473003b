package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinKKTest {

    private static final double[] F = Spectrum.logFrequencies(1e6, 1e-2, 71);

    @Test
    void voigtDataOnTheTestsOwnTimeConstantsAreReproducedExactly() {
        // the lin-KK model contains this spectrum exactly: R0 + Σ R_k/(1 + jωτ_k) on its τ grid
        int m = 9;
        LinKK kk = LinKK.withDefaults();
        double[] tau = kk.fit(Spectrum.of(F, new double[F.length], filled(-1)), m).timeConstants();
        double[] r = {3, 0, 10, 40, 5, 0, 70, 1, 20};
        double[] re = new double[F.length];
        double[] im = new double[F.length];
        for (int i = 0; i < F.length; i++) {
            double w = 2 * Math.PI * F[i];
            re[i] = 7;
            for (int k = 0; k < m; k++) {
                double x = w * tau[k];
                re[i] += r[k] / (1 + x * x);
                im[i] -= r[k] * x / (1 + x * x);
            }
        }
        LinKKResult res = kk.fit(Spectrum.of(F, re, im), m);
        assertThat(res.seriesResistance()).isCloseTo(7, within(1e-9));
        for (int k = 0; k < m; k++) {
            assertThat(res.resistances()[k]).isCloseTo(r[k], within(1e-8));
        }
        assertThat(res.maxResidual()).isLessThan(1e-12);
        // the τ grid runs from 1/ω_max to 1/ω_min
        assertThat(tau[0]).isCloseTo(1 / (2 * Math.PI * 1e6), within(1e-20));
        assertThat(tau[m - 1]).isCloseTo(1 / (2 * Math.PI * 1e-2), within(1e-10));
    }

    private static double[] filled(double v) {
        double[] a = new double[F.length];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void kramersKronigCompliantCircuitsPass() {
        Spectrum a = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)").spectrum(F, 10, 100, 1e-6, 0.85, 50, 1e-4);
        Spectrum b = Circuit.parse("R0-L0-p(R1,C1)-Ws1-G1-Gs1-Zarc1").spectrum(F, 5, 1e-7, 100, 1e-6, 50, 10, 20, 1e-3, 8,
                0.1, 2.0, 30, 1e-2, 0.7);
        for (Spectrum s : new Spectrum[] {a, b}) {
            LinKKResult r = LinKK.test(s);
            assertThat(r.mu()).isGreaterThanOrEqualTo(0.85);
            assertThat(r.maxResidual()).as(r.toString()).isLessThan(1e-4);
            assertThat(r.isValid(5e-3)).isTrue();
            // Schönleber's first crossing of μ < c stops earlier, with a coarser but still passing model
            LinKKResult first = LinKK.of(LinKK.Selection.FIRST_BELOW, 0.85, 50, false, true).apply(s);
            assertThat(first.mu()).isLessThan(0.85);
            assertThat(first.elements()).isLessThan(r.elements());
            assertThat(first.maxResidual()).as(first.toString()).isLessThan(0.02);
        }
    }

    @Test
    void blockingDataPassWithASeriesCapacitanceAndEnoughElements() {
        Spectrum s = Circuit.parse("R0-p(R1,C1)-Wo1").spectrum(F, 10, 100, 1e-6, 50, 10);
        LinKK kk = LinKK.of(0.85, 100, true, true);
        // 40 elements over 8 decades: 5 per decade
        LinKKResult r = kk.fit(s, 40);
        assertThat(r.maxResidual()).as(r.toString()).isLessThan(1e-3);
        // without the capacitance the diverging Z'' cannot be represented
        assertThat(LinKK.of(0.85, 100, false, true).fit(s, 40).maxResidual()).isGreaterThan(0.05);
    }

    @Test
    void drawsAttentionToDriftDuringTheMeasurement() {
        // the sweep runs from high to low frequency, each point taking max(1 s, 2 periods); R2
        // grows linearly in time by 10 % over the sweep (e.g. an interphase growing during the
        // measurement). The low-frequency end then violates causality/time invariance.
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)");
        double[] p = {10, 100, 1e-6, 0.85, 50, 1e-4};
        double[] t = new double[F.length];
        double elapsed = 0;
        for (int i = 0; i < F.length; i++) {
            elapsed += Math.max(1.0, 2 / F[i]);
            t[i] = elapsed;
        }
        double[] re = new double[F.length];
        double[] im = new double[F.length];
        for (int i = 0; i < F.length; i++) {
            double[] q = p.clone();
            q[4] *= 1 + 0.1 * t[i] / elapsed;
            Spectrum s = c.spectrum(new double[] {F[i]}, q);
            re[i] = s.re(0);
            im[i] = s.im(0);
        }
        LinKKResult clean = LinKK.test(c.spectrum(F, p));
        LinKKResult drifted = LinKK.test(Spectrum.of(F, re, im));
        assertThat(clean.isValid(5e-3)).isTrue();
        assertThat(drifted.isValid(5e-3)).as(drifted.toString()).isFalse();
        assertThat(drifted.maxResidual()).isGreaterThan(10 * clean.maxResidual());
    }

    @Test
    void noisyDataLeaveResidualsAtTheNoiseLevel() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)");
        Spectrum s = c.spectrum(F, 10, 100, 1e-6, 0.85, 50, 1e-4);
        Random random = new Random(3);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < F.length; i++) {
            re[i] += 0.002 * s.modulus(i) * random.nextGaussian();
            im[i] += 0.002 * s.modulus(i) * random.nextGaussian();
        }
        LinKKResult r = LinKK.test(Spectrum.of(F, re, im));
        // 142 values of 0.2 % Gaussian noise, about 26 fitted coefficients: the rms residual is
        // σ·√(1 − 26/142) ≈ 0.18 %, the largest near 3σ = 0.6 %
        double rms = 0;
        for (int i = 0; i < F.length; i++) {
            rms += (r.residualsReal()[i] * r.residualsReal()[i] + r.residualsImaginary()[i] * r.residualsImaginary()[i])
                    / (2 * F.length);
        }
        assertThat(Math.sqrt(rms)).isBetween(0.0014, 0.0022);
        assertThat(r.maxResidual()).isLessThan(0.009);
    }

    @Test
    void badInputIsRejected() {
        Spectrum s = Circuit.parse("R0").spectrum(new double[] {1, 2, 3}, 1.0);
        assertThatThrownBy(() -> LinKK.test(s)).hasMessageContaining("at least 4 frequencies, was 3");
        assertThatThrownBy(() -> LinKK.of(1.5, 10, false, true)).hasMessageContaining("μ threshold must be in");
        assertThatThrownBy(() -> LinKK.withDefaults().fit(Circuit.parse("R0").spectrum(F, 1.0), 0))
                .hasMessageContaining("number of Voigt elements must be >= 1");
    }
}
