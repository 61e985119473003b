package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * The bad-input rows of issue 13 §2 that the reflective harness found in this package after the
 * first pass: a charge law evaluated at a non-finite ψ returned NaN or ±∞ (or accepted it), a finite
 * but huge ψ overflowed the first integral to ∞, and several messages did not name their parameter.
 */
class ChargeLawInputTest {

    private static final double C = 0.01 * PER_NM3;

    static List<ChargeLaw> laws() {
        return List.of(Boltzmann.mottSchottky(1, C), Boltzmann.symmetric(2, C), LatticeGas.lithium(20 * PER_NM3, 0.3),
                new Bikerman(1, C, 0.1), SiteExclusion.of(20 * PER_NM3, new int[] {1, -1}, new double[] {0.1, 0.1}),
                Sublattices.vacancyInterstitial(10 * PER_NM3, 0.01));
    }

    static final List<ToDoubleBiFunction<ChargeLaw, Double>> METHODS = List.of(
            (l, p) -> l.chargeDensity(p), (l, p) -> l.chargeDensityDerivative(p), (l, p) -> l.firstIntegral(p),
            (l, p) -> l.logCarrierRatio(p), (l, p) -> l.logVacancyRatio(p), (l, p) -> l.carrierDensity(p),
            (l, p) -> l.logResistivityRatio(p, true), (l, p) -> {
                double[] out = new double[2];
                l.evaluate(p, out);
                return out[0];
            });

    @Test
    void everyLawRefusesANonFinitePotentialNamingPsi() {
        for (ChargeLaw law : laws()) {
            for (var m : METHODS) {
                for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                    assertThatThrownBy(() -> m.applyAsDouble(law, bad)).as("%s at %s", law, bad)
                            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("psi")
                            .hasMessageContaining(String.valueOf(bad));
                }
            }
        }
    }

    @Test
    void aHugeFinitePotentialIsRefusedOrFiniteNeverInfinite() {
        for (ChargeLaw law : laws()) {
            for (var m : METHODS) {
                for (double big : new double[] {1e300, -1e300, 800, -800}) {
                    try {
                        assertThat(m.applyAsDouble(law, big)).as("%s at %s", law, big).isFinite();
                    } catch (IllegalArgumentException e) {
                        assertThat(e).hasMessageContaining("psi").hasMessageContaining(String.valueOf(big));
                    }
                }
            }
        }
    }

    @Test
    void evaluateChecksItsOutputArray() {
        for (ChargeLaw law : laws()) {
            assertThatThrownBy(() -> law.evaluate(0.1, new double[1])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("out");
            assertThatThrownBy(() -> law.evaluate(0.1, null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("out");
        }
    }

    @Test
    void messagesNameTheJavaParameter() {
        assertThatThrownBy(() -> Junction.of(Fixtures.lco(), Fixtures.lps(), Double.NaN, T))
                .hasMessageContaining("lithiumStep");
        // a step whose reduced value (Δμ/e)/(kT/e) overflows: reducedStep() used to return ∞
        assertThatThrownBy(() -> Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(1), 1e-306))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature = 1.0E-306 K");
        Junction j = Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.1), T);
        assertThatThrownBy(() -> j.withTemperature(-1)).hasMessageContaining("temperature");
        LayeredJunction lj = LayeredJunction.of(j);
        assertThatThrownBy(() -> lj.withChemicalPotential(0, Double.NaN)).hasMessageContaining("mu");
        assertThatThrownBy(() -> LayeredJunction.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("junction");
        assertThatThrownBy(() -> ScreeningLengths.depletionWidth(10, 0.1, 1, -1)).hasMessageContaining("fixedDensity");
        assertThatThrownBy(() -> ScreeningLengths.mottSchottky(10, T, 1, 1e-300)).hasMessageContaining("bulkDensity");
        assertThatThrownBy(() -> Sublattices.vacancyInterstitial(-1, 0.1)).hasMessageContaining("availableSites");
        assertThatThrownBy(() -> new GouyChapman(30, T, 1, C, 0.1).position(0.2)).hasMessageContaining("phi");
        assertThatThrownBy(() -> Boltzmann.mottSchottky(1, C).withSiteDensities((double[]) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sites");
        assertThatThrownBy(() -> SemiInfinite.of(10, Boltzmann.mottSchottky(1, C), 1e-300, 0.1))
                .hasMessageContaining("interfacePotential").hasMessageContaining("temperature");
    }

    @Test
    void finiteInputGivesFiniteResults() {
        // the thickness of a semi-infinite phase was +∞; it is now "not set"
        LayeredJunction lj = LayeredJunction.of(Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.1), T));
        assertThat(lj.thickness(0)).isEmpty();
        // ln(c/N) overflowed for N = 1e-300 1/m³
        assertThat(Boltzmann.mottSchottky(1, C).withCarrierSiteDensity(1e-300).bulkLogActivity())
                .isCloseTo(Math.log(C) - Math.log(1e-300), org.assertj.core.api.Assertions.within(1e-9));
        // log1p(−e^{−2a}) was −∞ for a potential of 1e-300 V
        assertThat(new GouyChapman(30, T, 1, C, 0.1).position(1e-300)).isFinite().isPositive();
    }
}
