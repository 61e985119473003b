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
        LinKKSolver kk = LinKKSolver.withDefaults();
        double[] tau = kk.withTerms(m).solve(Spectrum.of(F, new double[F.length], filled(-1))).timeConstants();
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
        LinKKSolution res = kk.withTerms(m).solve(Spectrum.of(F, re, im));
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
            LinKKSolution r = LinKKSolver.withDefaults().solve(s);
            assertThat(r.mu()).isGreaterThanOrEqualTo(0.85);
            assertThat(r.maxResidual()).as(r.toString()).isLessThan(1e-4);
            assertThat(r.isValid(5e-3)).isTrue();
            // Schönleber's first crossing of μ < c stops earlier, with a coarser but still passing model
            LinKKSolution first = LinKKSolver.withDefaults().withSelection(LinKKSolver.Selection.FIRST_BELOW).solve(s);
            assertThat(first.mu()).isLessThan(0.85);
            assertThat(first.terms()).isLessThan(r.terms());
            assertThat(first.maxResidual()).as(first.toString()).isLessThan(0.02);
        }
    }

    @Test
    void blockingDataPassWithASeriesCapacitanceAndEnoughElements() {
        Spectrum s = Circuit.parse("R0-p(R1,C1)-Wo1").spectrum(F, 10, 100, 1e-6, 50, 10);
        LinKKSolver kk = LinKKSolver.withDefaults().withMaxTerms(100).withSeriesCapacitance(true);
        // 40 elements over 8 decades: 5 per decade
        LinKKSolution r = kk.withTerms(40).solve(s);
        assertThat(r.maxResidual()).as(r.toString()).isLessThan(1e-3);
        // without the capacitance the diverging Z'' cannot be represented
        assertThat(LinKKSolver.withDefaults().withMaxTerms(100).withTerms(40).solve(s).maxResidual()).isGreaterThan(0.05);
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
        LinKKSolution clean = LinKKSolver.withDefaults().solve(c.spectrum(F, p));
        LinKKSolution drifted = LinKKSolver.withDefaults().solve(Spectrum.of(F, re, im));
        assertThat(clean.isValid(5e-3)).isTrue();
        assertThat(drifted.isValid(5e-3)).as(drifted.toString()).isFalse();
        assertThat(drifted.maxResidual()).isGreaterThan(10 * clean.maxResidual());
    }

    @Test
    void drawsAttentionToDriftInNoisyDataRelativeToTheNoise() {
        // the drift of drawsAttentionToDriftDuringTheMeasurement (R2 +10 % over the sweep) under
        // 0.2 % Gaussian noise (σ relative to |Z|). A fixed residual tolerance cannot work here
        // (the clean noisy spectrum's largest residual is ≈ 3σ = 6e-3), so the criterion is in
        // units of σ: for 142 Gaussian values the largest |residual| exceeds 4σ with probability
        // ≈ 142·6.3e-5 ≈ 1 %, and the drift pushes it above 6σ. Both selection rules must agree.
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)");
        double[] p = {10, 100, 1e-6, 0.85, 50, 1e-4};
        Spectrum clean = c.spectrum(F, p);
        Spectrum drifted = drifted(c, p);
        double sigma = 0.002;
        LinKKSolver[] rules = {LinKKSolver.withDefaults(), LinKKSolver.withDefaults().withSelection(LinKKSolver.Selection.FIRST_BELOW)};
        for (long seed = 1; seed <= 4; seed++) {
            for (LinKKSolver kk : rules) {
                LinKKSolution ok = kk.solve(noisy(clean, sigma, seed));
                LinKKSolution bad = kk.solve(noisy(drifted, sigma, seed));
                assertThat(ok.maxResidual() / sigma).as("clean, seed %d, %s", seed, ok).isLessThan(4);
                assertThat(bad.maxResidual() / sigma).as("drifted, seed %d, %s", seed, bad).isGreaterThan(5);
            }
            // the default's rms residual is the noise's (σ·√(1 − M/2n) ≈ 0.9σ); measured 0.85–0.97σ
            LinKKSolution ok = rules[0].solve(noisy(clean, sigma, seed));
            assertThat(rms(ok) / sigma).as("seed %d", seed).isBetween(0.75, 1.05);
        }
    }

    private static double rms(LinKKSolution r) {
        double sum = 0;
        int n = r.residualsReal().length;
        for (int i = 0; i < n; i++) {
            sum += r.residualsReal()[i] * r.residualsReal()[i] + r.residualsImaginary()[i] * r.residualsImaginary()[i];
        }
        return Math.sqrt(sum / (2 * n));
    }

    private static Spectrum noisy(Spectrum s, double relative, long seed) {
        Random random = new Random(seed);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] += relative * s.modulus(i) * random.nextGaussian();
            im[i] += relative * s.modulus(i) * random.nextGaussian();
        }
        return Spectrum.of(s.frequencies(), re, im);
    }

    /** R2 growing linearly in time by 10 % over a high-to-low sweep of max(1 s, 2 periods) per point. */
    private static Spectrum drifted(Circuit c, double[] p) {
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
        return Spectrum.of(F, re, im);
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
        LinKKSolution r = LinKKSolver.withDefaults().solve(Spectrum.of(F, re, im));
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
        Spectrum flat = Circuit.parse("R0").spectrum(new double[] {5, 5, 5, 5}, 1.0);
        assertThatThrownBy(() -> LinKKSolver.withDefaults().solve(flat)).hasMessageContaining("more than one distinct frequency, all were 5.0 Hz");
        Spectrum s = Circuit.parse("R0").spectrum(new double[] {1, 2, 3}, 1.0);
        assertThatThrownBy(() -> LinKKSolver.withDefaults().solve(s)).hasMessageContaining("at least 4 frequencies, was 3");
        assertThatThrownBy(() -> LinKKSolver.withDefaults().withMuThreshold(1.5).withMaxTerms(10)).hasMessage("muThreshold (μ threshold c) must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> LinKKSolver.withDefaults().withTerms(0))
                .hasMessageContaining("terms (number of Voigt elements M) must be in [1, 100000], was 0");
        assertThatThrownBy(() -> LinKKSolver.withDefaults().withTerms(200).solve(Circuit.parse("R0").spectrum(F, 1.0)))
                .hasMessageContaining("terms (number of Voigt elements M) must be at most 140 for 71 frequencies");
    }
}
