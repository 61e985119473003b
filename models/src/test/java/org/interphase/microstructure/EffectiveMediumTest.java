package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class EffectiveMediumTest {

    @Test
    void maxwellGarnettLimits() {
        assertThat(EffectiveMedium.maxwellGarnett(2.0, 50.0, 0.0)).isEqualTo(2.0);
        assertThat(EffectiveMedium.maxwellGarnett(2.0, 50.0, 1.0)).isEqualTo(50.0);
        assertThat(EffectiveMedium.maxwellGarnett(3.0, 3.0, 0.4)).isCloseTo(3.0, within(1e-15));
    }

    @Test
    void maxwellGarnettByHand() {
        // σ_m = 1, σ_p = 10, φ = 0.5: β = 9/12 = 0.75, σ = (1 + 0.75)/(1 − 0.375) = 2.8 (by hand)
        assertThat(EffectiveMedium.maxwellGarnett(1, 10, 0.5)).isCloseTo(2.8, within(1e-14));
        // insulating spheres: σ_eff/σ_m = 2(1 − φ)/(2 + φ) (Maxwell, Treatise, 1873, §314): φ = 0.4 → 0.5
        assertThat(EffectiveMedium.maxwellGarnett(1e-3, 0, 0.4)).isCloseTo(0.5e-3, within(1e-17));
        // the dilute slope: σ_eff = σ_m(1 + 3βφ + O(φ²))
        double phi = 1e-6;
        double beta = (10.0 - 1) / (10 + 2);
        assertThat((EffectiveMedium.maxwellGarnett(1, 10, phi) - 1) / phi).isCloseTo(3 * beta, within(1e-5));
    }

    @Test
    void maxwellGarnettIsTheHashinShtrikmanBoundOnItsMatrixSide() {
        double[] s = {0.2, 7.0};
        for (double phi : new double[] {0.0, 0.1, 0.37, 0.8, 1.0}) {
            double[] f = {1 - phi, phi};
            assertThat(EffectiveMedium.maxwellGarnett(0.2, 7.0, phi))
                    .isCloseTo(EffectiveMedium.hashinShtrikmanLower(s, f), within(1e-14));
            assertThat(EffectiveMedium.maxwellGarnett(7.0, 0.2, 1 - phi))
                    .isCloseTo(EffectiveMedium.hashinShtrikmanUpper(s, f), within(1e-13));
        }
    }

    @Test
    void bruggemanTwoPhaseByHandAndKirkpatrickThreshold() {
        // σ1 = 1, σ2 = 10 at 50/50: b = 0.5 + 5 = 5.5, σ = (5.5 + √(30.25 + 80))/4 = (5.5 + 10.5)/4 = 4 (by hand)
        assertThat(EffectiveMedium.bruggeman(1, 10, 0.5)).isCloseTo(4.0, within(1e-14));
        assertThat(EffectiveMedium.bruggeman(new double[] {1, 10}, new double[] {0.5, 0.5})).isCloseTo(4.0, within(1e-12));
        // one insulating phase: σ = σ1·(3φ1 − 1)/2 above φ1 = 1/3, zero below (Kirkpatrick, RMP 45, 574 (1973))
        for (double phi1 : new double[] {0.1, 0.3, 1.0 / 3, 0.4, 0.7, 1.0}) {
            double expected = Math.max(0, (3 * phi1 - 1) / 2);
            assertThat(EffectiveMedium.bruggeman(2.0, 0.0, 1 - phi1)).isCloseTo(2 * expected, within(1e-15));
            assertThat(EffectiveMedium.bruggeman(new double[] {2.0, 0.0}, new double[] {phi1, 1 - phi1}))
                    .isCloseTo(2 * expected, within(1e-13));
        }
    }

    @Test
    void bruggemanLimitsAndSymmetry() {
        assertThat(EffectiveMedium.bruggeman(3, 5, 0)).isCloseTo(3, within(1e-15));
        assertThat(EffectiveMedium.bruggeman(3, 5, 1)).isCloseTo(5, within(1e-15));
        assertThat(EffectiveMedium.bruggeman(4, 4, 0.3)).isCloseTo(4, within(1e-15));
        double a = EffectiveMedium.bruggeman(new double[] {1, 3, 9}, new double[] {0.2, 0.5, 0.3});
        double b = EffectiveMedium.bruggeman(new double[] {9, 1, 3}, new double[] {0.3, 0.2, 0.5});
        assertThat(a).isCloseTo(b, within(1e-13 * a));
        // the self-consistency holds at the root
        double sum = 0.2 * (1 - a) / (1 + 2 * a) + 0.5 * (3 - a) / (3 + 2 * a) + 0.3 * (9 - a) / (9 + 2 * a);
        assertThat(sum).isCloseTo(0.0, within(1e-14));
    }

    @Test
    void powerLaw() {
        assertThat(EffectiveMedium.powerLaw(2.0, 1.0, 1.5)).isEqualTo(2.0);
        assertThat(EffectiveMedium.powerLaw(2.0, 0.25, 1.5)).isCloseTo(2.0 * 0.125, within(1e-16));
    }

    @Test
    void badInputIsRefusedWithTheParameterNamed() {
        assertThatThrownBy(() -> EffectiveMedium.bruggeman(new double[] {1, 2}, new double[] {0.5, 0.6}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fractions must sum to 1");
        assertThatThrownBy(() -> EffectiveMedium.hashinShtrikmanLower(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
        assertThatThrownBy(() -> EffectiveMedium.maxwellGarnett(1, -2, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("particle conductivity");
        assertThatThrownBy(() -> EffectiveMedium.powerLaw(1, 0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bruggeman exponent");
    }

    @Test
    void extremeContrastStaysFinite() {
        assertThat(EffectiveMedium.maxwellGarnett(1e-300, 1e300, 0.5)).isFinite().isPositive();
        assertThat(EffectiveMedium.bruggeman(1e-300, 1e300, 0.5)).isFinite().isPositive();
        assertThat(EffectiveMedium.hashinShtrikmanUpper(new double[] {1e300, 1e-300}, new double[] {0.5, 0.5})).isFinite();
    }

    /** n phases with conductivities over 8 decades (some insulating) and random fractions. */
    record Mix(double[] sigma, double[] phi) {
        @Override
        public String toString() {
            return java.util.Arrays.toString(sigma) + " at " + java.util.Arrays.toString(phi);
        }
    }

    @Provide
    Arbitrary<Mix> mixtures() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-4, 4).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0.01, 1).array(double[].class).ofSize(n),
                Arbitraries.integers().between(-1, n - 1)).as((logs, w, zero) -> {
                    double[] s = new double[n];
                    double[] f = new double[n];
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        s[i] = i == zero ? 0 : Math.pow(10, logs[i]);
                        sum += w[i];
                    }
                    for (int i = 0; i < n; i++) {
                        f[i] = w[i] / sum;
                    }
                    return new Mix(s, f);
                }));
    }

    @Property(tries = 500)
    void bruggemanLiesWithinTheHashinShtrikmanBounds(@ForAll("mixtures") Mix m) {
        double lo = EffectiveMedium.hashinShtrikmanLower(m.sigma(), m.phi());
        double hi = EffectiveMedium.hashinShtrikmanUpper(m.sigma(), m.phi());
        double br = EffectiveMedium.bruggeman(m.sigma(), m.phi());
        double arithmetic = 0;
        double harmonicInv = 0;
        for (int i = 0; i < m.phi().length; i++) {
            arithmetic += m.phi()[i] * m.sigma()[i];
            harmonicInv += m.phi()[i] / m.sigma()[i];
        }
        double harmonic = 1 / harmonicInv; // 0 with an insulating phase
        double eps = 1e-12 * hi;
        assertThat(lo).isBetween(harmonic - eps, hi + eps);
        assertThat(br).isBetween(lo - eps, hi + eps);
        assertThat(hi).isLessThanOrEqualTo(arithmetic + eps); // Wiener bounds contain Hashin–Shtrikman
    }

    @Property(tries = 300)
    void twoPhaseBruggemanSolverMatchesTheClosedForm(@ForAll @DoubleRange(min = -6, max = 6) double log1,
            @ForAll @DoubleRange(min = -6, max = 6) double log2, @ForAll @DoubleRange(min = 0, max = 1) double phi2) {
        double s1 = Math.pow(10, log1);
        double s2 = Math.pow(10, log2);
        double closed = EffectiveMedium.bruggeman(s1, s2, phi2);
        double solved = EffectiveMedium.bruggeman(new double[] {s1, s2}, new double[] {1 - phi2, phi2});
        assertThat(solved).isCloseTo(closed, within(1e-12 * closed));
    }
}
