package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * τ, f_apex and Brug's effective capacitance (Brug, van den Eeden, Sluyters-Rehbach and Sluyters,
 * J. Electroanal. Chem. 176 (1984) 275).
 */
class ConstantPhaseTest {

    @Test
    void anIdealCapacitorIsItsOwnEffectiveCapacitance() {
        assertThat(ConstantPhase.effectiveCapacitance(2e-5, 1.0, 50)).isEqualTo(2e-5);
        assertThat(ConstantPhase.effectiveCapacitance(2e-5, 1.0, 10, 50)).isEqualTo(2e-5);
        assertThat(ConstantPhase.timeConstant(50, 2e-5, 1.0)).isCloseTo(1e-3, within(1e-18));
    }

    @Test
    void brugParallelFormIsTauOverR() {
        double q = 3e-6;
        double r = 250;
        for (double alpha : new double[] {0.5, 0.7, 0.9}) {
            double tau = Math.pow(r * q, 1 / alpha);
            assertThat(ConstantPhase.effectiveCapacitance(q, alpha, r)).isCloseTo(tau / r, within(1e-12 * tau / r));
        }
    }

    @Test
    void brugSeriesFormMatchesItsSeriesParallelWritingAndItsLimits() {
        // Brug et al. write C_eff^α = Q·(R_s R_ct/(R_s + R_ct))^(1−α): the same as Q^(1/α)(1/R_s + 1/R_ct)^((α−1)/α)
        double q = 3e-6;
        double rs = 12;
        double rct = 400;
        for (double alpha : new double[] {0.5, 0.7, 0.9}) {
            double expected = Math.pow(q * Math.pow(rs * rct / (rs + rct), 1 - alpha), 1 / alpha);
            assertThat(ConstantPhase.effectiveCapacitance(q, alpha, rs, rct)).isCloseTo(expected,
                    within(1e-12 * expected));
            // R_s → ∞: the R‖CPE form; R_ct → ∞: the blocking electrode Q^(1/α) R_s^((1−α)/α)
            assertThat(ConstantPhase.effectiveCapacitance(q, alpha, 1e300, rct))
                    .isCloseTo(ConstantPhase.effectiveCapacitance(q, alpha, rct), within(1e-12 * expected));
            double blocking = ConstantPhase.effectiveCapacitance(q, alpha, rs);
            assertThat(ConstantPhase.effectiveCapacitance(q, alpha, rs, 1e300)).isCloseTo(blocking,
                    within(1e-12 * blocking));
        }
    }

    @Test
    void theApexFrequencyIsWhereTheArcPeaks() {
        // R‖CPE at ωτ = 1: Z = R/(1 + j^α), so −Z'' = (R/2)·tan(απ/4), and −Z'' is largest there
        double r = 100;
        double q = 2e-6;
        double alpha = 0.8;
        double fa = ConstantPhase.apexFrequency(r, q, alpha);
        Circuit c = Circuit.parse("p(R1,CPE1)");
        Spectrum s = c.spectrum(new double[] {fa * 0.999, fa, fa * 1.001}, r, q, alpha);
        assertThat(-s.im(1)).isCloseTo(r / 2 * Math.tan(alpha * Math.PI / 4), within(1e-12 * r));
        assertThat(-s.im(1)).isGreaterThan(-s.im(0)).isGreaterThan(-s.im(2));
    }

    @Test
    void aFittedSolutionGivesTheQuantitiesByElementName() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)");
        double[] truth = {10, 100, 1e-6, 0.85, 50, 1e-4};
        Spectrum data = c.spectrum(Spectrum.logFrequencies(1e6, 1e-2, 60), truth);
        CircuitFitSolution fit = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(c, data, 20, 50, 2e-6, 0.75, 100, 5e-5));
        double tau = Math.pow(100 * 1e-6, 1 / 0.85);
        assertThat(fit.timeConstant("R1", "CPE1")).isCloseTo(tau, within(1e-6 * tau));
        assertThat(fit.apexFrequency("R1", "CPE1")).isCloseTo(1 / (2 * Math.PI * tau), within(1e-6 / tau));
        assertThat(fit.effectiveCapacitance("R1", "CPE1")).isCloseTo(tau / 100, within(1e-6 * tau / 100));
        double brug = Math.pow(1e-6, 1 / 0.85) * Math.pow(1 / 10.0 + 1 / 100.0, (0.85 - 1) / 0.85);
        assertThat(fit.effectiveCapacitance("R0", "R1", "CPE1")).isCloseTo(brug, within(1e-6 * brug));
        // a capacitor: τ = RC, C_eff = C
        assertThat(fit.timeConstant("R2", "C2")).isCloseTo(50 * 1e-4, within(1e-6 * 5e-3));
        assertThat(fit.effectiveCapacitance("R2", "C2")).isEqualTo(fit.parameter("C2"));
        assertThatThrownBy(() -> fit.timeConstant("R0", "CPE1")).hasMessageContaining("R0 and CPE1 are not two branches"
                + " of one parallel block");
        assertThatThrownBy(() -> fit.timeConstant("CPE1", "R1")).hasMessageContaining("resistor 'CPE1' must name a"
                + " resistor (R element)");
        assertThatThrownBy(() -> fit.timeConstant("R7", "CPE1")).hasMessageContaining("resistor 'R7' is not an element");
        assertThatThrownBy(() -> fit.effectiveCapacitance("C2", "R1", "CPE1")).hasMessageContaining("series 'C2' must"
                + " name a resistor");
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> ConstantPhase.timeConstant(100, 1e-6, 1.2)).hasMessageContaining("alpha (CPE exponent)"
                + " must be in (0, 1], was 1.2");
        assertThatThrownBy(() -> ConstantPhase.effectiveCapacitance(1e-6, 0.8, 10, 0)).hasMessageContaining("rct");
        assertThatThrownBy(() -> ConstantPhase.timeConstant(1e300, 1e300, 0.01)).hasMessageContaining("outside the"
                + " range of double precision");
    }
}
