package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The printed form of per-area fits: Ω·m² → Ω·cm², but a time constant stays in s. */
class PerAreaDisplayTest {

    @Test
    void aTimeConstantIsNotScaledByTheAreaConversion() {
        Circuit c = Circuit.parse("R0-Wo1");
        double[] f = Spectrum.logFrequencies(1e4, 1e-3, 50);
        Spectrum s = c.spectrum(f, 1e-4, 2e-3, 2.5); // 1 Ω·cm², Z0 = 20 Ω·cm², τ = 2.5 s
        Spectrum perArea = Spectrum.of(f, s.real(), s.imaginary(), true);
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(c, perArea, 2e-4, 1e-3, 1.0));
        String text = fit.toString();
        assertThat(text).containsPattern("Wo1_1 += 2\\.50000 ± \\S+ s ");
        assertThat(text).containsPattern("Wo1_0 += 20\\.0000 ± \\S+ Ω·cm²");
    }

    @Test
    void aModifiedInductanceIsPrintedPerSquareCentimetre() {
        Circuit c = Circuit.parse("R0-La1");
        double[] f = Spectrum.logFrequencies(1e6, 1e2, 30);
        Spectrum s = c.spectrum(f, 1e-4, 3e-10, 0.9);
        Spectrum perArea = Spectrum.of(f, s.real(), s.imaginary(), true);
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(c, perArea, 2e-4, 1e-10, 0.8));
        assertThat(fit.toString()).containsPattern("La1_0 += 3\\.00000e-06 ± \\S+ H·cm²·s\\^\\(α−1\\)");
    }
}
