package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.interphase.core.Constants;
import org.interphase.core.Quadrature;
import org.junit.jupiter.api.Test;

/**
 * The four charge laws: H(ψ) is the integral of ρ, dρ/dψ its derivative, both in log space from
 * |ψ| = 1e-8 to 60; the laws reduce to each other where they must.
 */
class ChargeLawProperties {

    private static final double PER_NM3 = 1e27;

    @Provide
    Arbitrary<ChargeLaw> laws() {
        Arbitrary<Double> density = Arbitraries.doubles().between(-3, 1.5).map(l -> Math.pow(10, l) * PER_NM3);
        Arbitrary<Double> occupancy = Arbitraries.doubles().between(-4, 4).map(l -> 1 / (1 + Math.pow(10, l)));
        Arbitrary<Integer> z = Arbitraries.of(-2, -1, 1, 2);
        Arbitrary<ChargeLaw> ms = Combinators.combine(z, density).as(Boltzmann::mottSchottky);
        Arbitrary<ChargeLaw> gc = Combinators.combine(Arbitraries.of(1, 2), density).as(Boltzmann::symmetric);
        Arbitrary<ChargeLaw> lg = Combinators.combine(z, density, occupancy).as(LatticeGas::new);
        Arbitrary<ChargeLaw> se = Combinators.combine(density, occupancy, occupancy, Arbitraries.doubles().between(0.2, 1))
                .as((n, a, b, alpha) -> SiteExclusion.of(n, alpha, new int[] {1, -2},
                        new double[] {0.45 * alpha * a, 0.45 * alpha * b}));
        Arbitrary<ChargeLaw> bk = Combinators.combine(Arbitraries.of(1, 2), density,
                Arbitraries.doubles().between(-4, -0.01).map(l -> Math.pow(10, l))).as(Bikerman::new);
        Arbitrary<ChargeLaw> pfd = Combinators.combine(density, occupancy).as(Sublattices::vacancyInterstitial);
        return Arbitraries.oneOf(ms, gc, lg, se, bk, pfd);
    }

    @Provide
    Arbitrary<Double> potentials() {
        // log10(60) = 1.778 is not on jqwik's default two-decimal scale: draw up to 1.78 and cap at 60,
        // and draw exactly 60 kT/e often (the "±60 kT/e")
        Arbitrary<Double> magnitude = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.doubles().between(-8, 1.78).map(l -> Math.min(60, Math.pow(10, l)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(60.0)));
        return Combinators.combine(magnitude, Arbitraries.of(-1.0, 1.0)).as((m, s) -> m * s);
    }

    @Property(tries = 300)
    void firstIntegralIsTheIntegralOfTheChargeDensity(@ForAll("laws") ChargeLaw law, @ForAll("potentials") double psi) {
        double e = Constants.ELEMENTARY_CHARGE;
        double integral = -Quadrature.integrate(law::chargeDensity, 0, psi, 1e-12, 0) / e;
        assertThat(law.firstIntegral(psi)).isCloseTo(integral, within(1e-9 * Math.abs(integral)));
    }

    @Property(tries = 300)
    void derivativeMatchesCentralDifference(@ForAll("laws") ChargeLaw law, @ForAll("potentials") double psi) {
        double h = 1e-5 * Math.max(1e-2, Math.abs(psi));
        double fd = (law.chargeDensity(psi + h) - law.chargeDensity(psi - h)) / (2 * h);
        double d = law.chargeDensityDerivative(psi);
        assertThat(d).isNegative();
        // truncation h²·ρ'''/6 with |ρ'''| ≲ z_max²|ρ'| (z_max ≤ 2), plus the round-off of the
        // difference quotient: ρ carries ~1e-15·(1 + |ψ|) relative error, divided by h
        double roundOff = 1e-14 * (1 + Math.abs(psi)) * Math.abs(law.chargeDensity(psi)) / h;
        assertThat(fd).isCloseTo(d, within(1e-6 * Math.abs(d) + roundOff));
    }

    @Property(tries = 200)
    void lawsArePhysicalAndFiniteFarOut(@ForAll("laws") ChargeLaw law, @ForAll @DoubleRange(min = -300, max = 300) double psi) {
        assertThat(law.chargeDensity(0)).isZero();
        assertThat(law.firstIntegral(0)).isZero();
        double h = law.firstIntegral(psi);
        assertThat(h).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(law.chargeDensityDerivative(psi)).isFinite().isLessThanOrEqualTo(0);
        // the charge opposes the potential
        assertThat(law.chargeDensity(psi) * psi).isLessThanOrEqualTo(0);
        if (law.saturates() && Math.abs(psi) <= 60) {
            assertThat(law.logCarrierRatio(psi)).isFinite();
            double sites = law.carrierSiteDensity().getAsDouble();
            assertThat(law.carrierDensity(psi)).isLessThanOrEqualTo(sites * (1 + 1e-12));
        }
    }

    @Property(tries = 200)
    void smallPotentialLimitIsTheLinearScreeningDensity(@ForAll("laws") ChargeLaw law,
            @ForAll @DoubleRange(min = -9, max = -6) double log10Psi) {
        double psi = Math.pow(10, log10Psi);
        assertThat(law.firstIntegral(psi) / (psi * psi)).isCloseTo(law.screeningDensity() / 2,
                within(1e-4 * law.screeningDensity()));
        assertThat(-law.chargeDensityDerivative(0) / Constants.ELEMENTARY_CHARGE).isCloseTo(law.screeningDensity(),
                within(1e-12 * law.screeningDensity()));
    }

    @Property(tries = 200)
    void latticeGasOccupancyStaysInsideTheUnitInterval(@ForAll @DoubleRange(min = -4, max = 4) double logOdds,
            @ForAll @DoubleRange(min = -60, max = 60) double psi, @ForAll @IntRange(min = 1, max = 2) int z) {
        double theta = 1 / (1 + Math.pow(10, logOdds));
        LatticeGas lg = new LatticeGas(z, 20 * PER_NM3, theta);
        double occ = lg.occupancy(psi);
        // θ itself may round to 1.0 in double precision deep in accumulation; the free fraction
        // 1 − θ is carried in log space and must stay finite, i.e. strictly positive
        assertThat(occ).isGreaterThan(0).isLessThanOrEqualTo(1);
        assertThat(lg.logVacancyRatio(psi)).isFinite();
        if (Math.abs(z * psi) < 25) {
            assertThat(occ).isLessThan(1);
        }
        // ρ = z e N (θ − θ∞) and the carrier ratio agrees with θ/θ∞
        double rho = z * Constants.ELEMENTARY_CHARGE * 20 * PER_NM3 * (occ - theta);
        assertThat(lg.chargeDensity(psi)).isCloseTo(rho, within(1e-9 * Math.abs(rho) + 1e-6));
        assertThat(Math.exp(lg.logCarrierRatio(psi))).isCloseTo(occ / theta, within(1e-12 * occ / theta));
        // 1 − θ written for vacancies, not as a difference (which would cancel when θ → 1)
        double vacancy = 1 / (1 + theta / (1 - theta) * Math.exp(-z * psi));
        assertThat(Math.exp(lg.logVacancyRatio(psi))).isCloseTo(vacancy / (1 - theta),
                within(1e-12 * vacancy / (1 - theta)));
    }

    @Property(tries = 100)
    void siteExclusionWithOneSpeciesIsTheLatticeGas(@ForAll @DoubleRange(min = 0.01, max = 0.99) double theta,
            @ForAll("potentials") double psi) {
        LatticeGas lg = LatticeGas.lithium(18.6 * PER_NM3, theta);
        SiteExclusion se = SiteExclusion.of(18.6 * PER_NM3, new int[] {1}, new double[] {theta});
        assertThat(se.firstIntegral(psi)).isCloseTo(lg.firstIntegral(psi), within(1e-10 * lg.firstIntegral(psi)));
        assertThat(se.chargeDensity(psi)).isCloseTo(lg.chargeDensity(psi), within(1e-10 * Math.abs(lg.chargeDensity(psi))));
        assertThat(se.logCarrierRatio(psi)).isCloseTo(lg.logCarrierRatio(psi), within(1e-12 * (1 + Math.abs(psi))));
        assertThat(se.occupancy(0, psi)).isCloseTo(lg.occupancy(psi), within(1e-12));
    }

    /**
     * SiteExclusion's H(ψ) lost precision just above the series threshold (|zψ| = 1e-4..1): α·ln(1 + u)
     * + ψΣzθ is O(ψ²) from two O(ψ) terms (relative error 1.3e-10 found at θ∞ ≈ 0.99).
     */
    @Test
    void siteExclusionFirstIntegralKeepsItsPrecisionNearZero() {
        for (double theta : new double[] {0.01, 0.5, 0.99}) {
            LatticeGas lg = LatticeGas.lithium(18.6 * PER_NM3, theta);
            SiteExclusion se = SiteExclusion.of(18.6 * PER_NM3, new int[] {1}, new double[] {theta});
            for (double psi : new double[] {1.0001e-4, -1.0001e-4, 3e-4, -1e-3, 0.0099, -0.0101, 0.09, -0.5, 0.99}) {
                assertThat(se.firstIntegral(psi)).as("θ∞ = %s, ψ = %s", theta, psi)
                        .isCloseTo(lg.firstIntegral(psi), within(1e-13 * lg.firstIntegral(psi)));
            }
        }
    }

    /** Review nit: LatticeGas.evaluate took ρ as eN(θ − θ∞), which cancels near ψ = 0. */
    @Property(tries = 100)
    void evaluateGivesTheChargeDensityToFullPrecision(@ForAll("laws") ChargeLaw law,
            @ForAll("potentials") double psi) {
        double[] out = new double[2];
        law.evaluate(psi, out);
        assertThat(out[0]).isCloseTo(law.chargeDensity(psi), within(1e-13 * Math.abs(law.chargeDensity(psi))));
        assertThat(out[1]).isCloseTo(law.chargeDensityDerivative(psi),
                within(1e-13 * Math.abs(law.chargeDensityDerivative(psi))));
        LatticeGas lg = LatticeGas.lithium(20 * PER_NM3, 0.3);
        lg.evaluate(1e-9, out);
        assertThat(out[0]).isCloseTo(lg.chargeDensity(1e-9), within(1e-14 * Math.abs(lg.chargeDensity(1e-9))));
    }

    @Test
    void halfFilledLatticeGasIsSymmetric() {
        LatticeGas lg = LatticeGas.lithium(20 * PER_NM3, 0.5);
        for (double psi : new double[] {1e-6, 0.005, 0.02, 1, 7, 40, 60}) {
            assertThat(lg.firstIntegral(-psi)).isCloseTo(lg.firstIntegral(psi), within(1e-14 * lg.firstIntegral(psi)));
        }
    }

    @Test
    void bikermanTendsToGouyChapmanForPointIons() {
        Bikerman bk = new Bikerman(1, 0.01 * PER_NM3, 1e-9);
        Boltzmann gc = Boltzmann.symmetric(1, 0.01 * PER_NM3);
        for (double psi : new double[] {-5, -1, 0.3, 2, 6}) {
            assertThat(bk.firstIntegral(psi)).isCloseTo(gc.firstIntegral(psi), within(1e-6 * gc.firstIntegral(psi)));
            assertThat(bk.chargeDensity(psi)).isCloseTo(gc.chargeDensity(psi), within(1e-6 * Math.abs(gc.chargeDensity(psi))));
        }
    }

    @Test
    void gouyChapmanFirstIntegralIsTheCoshForm() {
        double c = 0.05 * PER_NM3;
        Boltzmann gc = Boltzmann.symmetric(1, c);
        for (double psi : new double[] {-60, -3, 0.1, 1e-5, 20, 60}) {
            double sh = Math.sinh(psi / 2);
            double exact = 4 * c * sh * sh;
            assertThat(gc.firstIntegral(psi)).isCloseTo(exact, within(1e-12 * exact));
        }
    }

    @Test
    void badParametersAreRejectedByName() {
        assertThatThrownBy(() -> LatticeGas.lithium(1e28, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bulk occupancy");
        assertThatThrownBy(() -> LatticeGas.lithium(-1e28, 0.5)).hasMessageContaining("site density");
        assertThatThrownBy(() -> Boltzmann.mottSchottky(0, 1e25)).hasMessageContaining("charge");
        assertThatThrownBy(() -> Boltzmann.mottSchottky(1, Double.NaN)).hasMessageContaining("bulk density");
        assertThatThrownBy(() -> new Bikerman(1, 1e26, 1.0)).hasMessageContaining("packing fraction");
        assertThatThrownBy(() -> SiteExclusion.of(1e28, new int[] {1, -1}, new double[] {0.6, 0.5}))
                .hasMessageContaining("sum to");
        assertThatThrownBy(() -> Boltzmann.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
