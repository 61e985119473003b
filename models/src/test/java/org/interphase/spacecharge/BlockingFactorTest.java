package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import org.interphase.core.Constants;
import org.interphase.core.Quadrature;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** The optional (1 − θ) blocking factor of vacancy-mediated hopping (research note §2.9). */
class BlockingFactorTest {

    @Test
    void aFilledAccumulationLayerBlocksOnlyWithTheFactor() {
        // a half-filled lattice gas pushed to θ → 1: more carriers (R < 0 without the factor) but no
        // free sites to hop into (R > 0 with it)
        Phase a = Phase.of("A", 12, LatticeGas.lithium(40 * PER_NM3, 0.5), 1e-2);
        Phase b = Fixtures.lps();
        Junction j = Junction.of(a, b, Units.eV(0.6), T);
        JunctionSolution plain = JunctionSolver.withDefaults().withBlocking(false).solve(j);
        JunctionSolution blocked = JunctionSolver.withDefaults().withBlocking(true).solve(j);
        assertThat(plain.left().drop()).isNegative();
        assertThat(plain.left().resistance()).isNegative();
        assertThat(blocked.left().resistance()).isPositive();
        // the layered solver applies the same factor
        LayeredSolution fv = LayeredSolver.withDefaults().withBlocking(true).solve(LayeredJunction.of(j));
        assertThat(fv.layer(0).resistance()).isCloseTo(blocked.left().resistance(),
                within(2e-3 * blocked.left().resistance()));
        assertThat(fv.blocking()).isTrue();
    }

    @Test
    void blockedResistanceIsTheIntegralOfTheLocalResistivity() {
        // ℓ_R = ∫ (θ∞(1 − θ∞)/(θ(1 − θ)) − 1) dx along the exact profile, with x(ψ) from the first
        // integral: checked against core's Quadrature over ψ, independently of SemiInfinite's own rule
        LatticeGas lg = LatticeGas.lithium(30 * PER_NM3, 0.3);
        double eps = 10 * Constants.VACUUM_PERMITTIVITY;
        double kT = Constants.thermalEnergy(T);
        double psi0 = -6;
        SemiInfinite s = SemiInfinite.reduced(10, lg, T, psi0);
        double e = Constants.ELEMENTARY_CHARGE;
        double expected = Quadrature.integrate(p -> {
            double th = lg.occupancy(p);
            double ratio = 0.3 * 0.7 / (th * (1 - th));
            double slope = Math.sqrt(2 * e * e * lg.firstIntegral(p) / (eps * kT));
            return (ratio - 1) / slope;
        }, psi0, 0, 1e-12, 0);
        assertThat(s.excessResistanceLength(true)).isCloseTo(expected, within(1e-8 * Math.abs(expected)));
    }

    /**
     * θ∞ = 0.3 in accumulation with the factor: the integrand changes sign, and at ψ0 = −3.18985 ℓ_R
     * crosses zero. The quadrature used to chase a relative error of a vanishing integral and did
     * not return (review bug 1); it must now return ℓ_R to 1e-8 of ∫|integrand|.
     */
    @Test
    void aResistanceLengthThatCrossesZeroIsStillComputed() {
        LatticeGas lg = LatticeGas.lithium(30 * PER_NM3, 0.3);
        double eps = 10 * Constants.VACUUM_PERMITTIVITY;
        double kT = Constants.thermalEnergy(T);
        double e = Constants.ELEMENTARY_CHARGE;
        double psi0 = -3.18985;
        java.util.function.DoubleUnaryOperator f = p -> {
            double th = lg.occupancy(p);
            double slope = Math.sqrt(2 * e * e * lg.firstIntegral(p) / (eps * kT));
            return (0.3 * 0.7 / (th * (1 - th)) - 1) / slope;
        };
        double scale = Quadrature.integrate(p -> Math.abs(f.applyAsDouble(p)), psi0, 0, 1e-12, 0);
        double expected = Quadrature.integrate(f, psi0, 0, 1e-12, 1e-13 * scale);
        assertThat(Math.abs(expected)).isLessThan(1e-3 * scale); // it is the near-zero crossing
        double l = SemiInfinite.reduced(10, lg, T, psi0).excessResistanceLength(true);
        assertThat(l).isCloseTo(expected, within(1e-8 * scale));
    }

    @Test
    void aDiluteLawHasNoBlockingFactor() {
        Phase a = Phase.of("MS", 20, Boltzmann.mottSchottky(1, 0.01 * PER_NM3), 1e-2);
        Junction j = Junction.of(Fixtures.lco().withElectronicScreening(), a, Units.eV(0.3), T);
        assertThat(JunctionSolver.withDefaults().withBlocking(true).solve(j).right().resistance())
                .isEqualTo(JunctionSolver.withDefaults().withBlocking(false).solve(j).right().resistance());
    }
}
