package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

/**
 * The elements La (modified inductance) and T (Paasch porous electrode) of impedance.py's grammar
 * (circuit_elements.py, github.com/ECSHackWeek/impedance.py), against their closed forms written
 * out with Commons Math's Complex (independent of Cx) and against their limits, each to 1e-12.
 */
class PorousAndModifiedInductanceTest {

    private static final double TOL = 1e-12;

    private static Complex at(Circuit c, double f, double... p) {
        Spectrum s = c.spectrum(new double[] {f}, p);
        return new Complex(s.re(0), s.im(0));
    }

    private static void close(Complex actual, Complex expected, String what) {
        assertThat(actual.subtract(expected).abs()).as(what + ": " + actual + " vs " + expected)
                .isLessThanOrEqualTo(TOL * expected.abs());
    }

    @Test
    void laIsLTimesJOmegaToTheAlpha() {
        // Z = L (jω)^α (impedance.py's docstring; BioLogic EC-Lab Application Note 42)
        Circuit c = Circuit.parse("La1");
        for (double alpha : new double[] {0.2, 0.5, 0.77, 0.95, 1.0}) {
            for (double f : Spectrum.logFrequencies(1e-3, 1e7, 21)) {
                double w = 2 * Math.PI * f;
                Complex expected = new Complex(0, w).pow(alpha).multiply(3e-6);
                close(at(c, f, 3e-6, alpha), expected, "α = " + alpha + ", f = " + f);
                // modulus L ω^α and phase απ/2
                Complex z = at(c, f, 3e-6, alpha);
                assertThat(z.abs()).isCloseTo(3e-6 * Math.pow(w, alpha), org.assertj.core.api.Assertions.within(
                        TOL * 3e-6 * Math.pow(w, alpha)));
                assertThat(z.getArgument()).isCloseTo(alpha * Math.PI / 2, org.assertj.core.api.Assertions.within(TOL));
            }
        }
    }

    @Test
    void laWithAlphaOneIsTheInductor() {
        double[] f = Spectrum.logFrequencies(1e-2, 1e6, 30);
        Spectrum la = Circuit.parse("R0-La1").spectrum(f, 2.0, 5e-7, 1.0);
        Spectrum l = Circuit.parse("R0-L1").spectrum(f, 2.0, 5e-7);
        for (int i = 0; i < f.length; i++) {
            close(new Complex(la.re(i), la.im(i)), new Complex(l.re(i), l.im(i)), "f = " + f[i]);
        }
    }

    /** A·coth(β)/β + B/(β sinh β), β = √(a + jωb), written out with Complex. */
    private static Complex paasch(double aa, double bb, double a, double b, double w) {
        Complex beta = new Complex(a, w * b).sqrt();
        return beta.tanh().multiply(beta).reciprocal().multiply(aa).add(beta.sinh().multiply(beta).reciprocal().multiply(bb));
    }

    @Test
    void tMatchesPaaschClosedForm() {
        Circuit c = Circuit.parse("T1");
        double[][] sets = {{50, 20, 0.5, 1e-3}, {10, 40, 2.0, 0.1}, {1, 1, 1e-3, 1e-2}, {7, 3, 30, 5e-4}};
        for (double[] p : sets) {
            for (double f : Spectrum.logFrequencies(1e-3, 1e4, 29)) {
                double w = 2 * Math.PI * f;
                if (Math.sqrt(Math.hypot(p[2], w * p[3])) > 15) {
                    continue; // the direct Complex formula is reliable only while sinh, cosh stay small
                }
                close(at(c, f, p), paasch(p[0], p[1], p[2], p[3], w), java.util.Arrays.toString(p) + " f = " + f);
            }
        }
    }

    @Test
    void tLowFrequencyLimitIsRealAndFinite() {
        // ω → 0: β → √a, Z → A coth(√a)/√a + B/(√a sinh √a)
        double aa = 30;
        double bb = 12;
        double a = 0.8;
        double b = 1e-2;
        double s = Math.sqrt(a);
        double expected = aa / (s * Math.tanh(s)) + bb / (s * Math.sinh(s));
        // ωb/a = 1e-15: the first correction is of that relative order
        double f = 1e-15 * a / b / (2 * Math.PI);
        close(at(Circuit.parse("T1"), f, aa, bb, a, b), new Complex(expected, 0), "ω → 0");
    }

    @Test
    void tHighFrequencyLimitIsAOverBetaWithoutOverflow() {
        // Re β ≫ 1: coth β → 1 and 1/sinh β → 0, Z → A/β; impedance.py caps sinh at 1e10 here
        double aa = 30;
        double bb = 12;
        double a = 0.8;
        double b = 1e-2;
        for (double f : new double[] {1e6, 1e9, 1e12}) {
            double w = 2 * Math.PI * f;
            Complex beta = new Complex(a, w * b).sqrt();
            assertThat(beta.getReal()).isGreaterThan(40); // e^{-40}: the neglected terms are below 1e-17
            close(at(Circuit.parse("T1"), f, aa, bb, a, b), beta.reciprocal().multiply(aa), "f = " + f);
        }
    }

    @Test
    void tSmallBetaLimitIsTheLaurentSeries() {
        // |β²| → 0: A coth(β)/β + B/(β sinh β) = (A + B)/β² + A/3 − B/6 + O(β²)
        double aa = 30;
        double bb = 12;
        double a = 6e-8;
        double b = 1e-2;
        double f = 8e-8 / b / (2 * Math.PI); // β² = 6e-8 + 8e-8 j, |β²| = 1e-7
        Complex w2 = new Complex(a, 2 * Math.PI * f * b);
        Complex expected = w2.reciprocal().multiply(aa + bb).add(aa / 3 - bb / 6);
        close(at(Circuit.parse("T1"), f, aa, bb, a, b), expected, "|β²| = 1e-7");
    }

    @Test
    void tWithoutItsSecondTermIsTheFiniteGerischer() {
        // B → 0: Z = A coth(β)/β = Gs(R_G = A/√a, t_G = b/a, φ = √a), since φ√(1 + jωt_G) = β
        double aa = 30;
        double a = 0.8;
        double b = 1e-2;
        Circuit t = Circuit.parse("T1");
        Circuit gs = Circuit.parse("Gs1");
        for (double f : Spectrum.logFrequencies(1e-3, 1e8, 23)) {
            close(at(t, f, aa, 1e-300, a, b), at(gs, f, aa / Math.sqrt(a), b / a, Math.sqrt(a)), "f = " + f);
        }
    }

    @Test
    void grammarNamesAndUnitsFollowImpedancePy() {
        Circuit c = Circuit.parse("R0-La1-p(R2,T2)");
        assertThat(c.parameterNames()).containsExactly("R0", "La1_0", "La1_1", "R2", "T2_0", "T2_1", "T2_2", "T2_3");
        assertThat(c.parameterUnits()).containsExactly("Ω", "H·s^(α−1)", "", "Ω", "Ω", "Ω", "", "s");
        assertThat(c.isExponent(2)).isTrue();
        assertThat(c.isExponent(6)).isFalse();
        assertThat(ElementType.ofCode("La").parameterCount()).isEqualTo(2);
        assertThat(ElementType.ofCode("T").parameterCount()).isEqualTo(4);
    }
}
