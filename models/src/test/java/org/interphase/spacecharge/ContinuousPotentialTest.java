package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * φ(x) of a semi-infinite layer, the potential of a whole junction or stack in one frame, and the
 * integral capacitance beside the differential one (issue 14 §2).
 */
class ContinuousPotentialTest {

    @Test
    void semiInfinitePotentialIsTheGouyChapmanProfile() {
        // Gouy–Chapman: tanh(zeφ/4kT) = tanh(zeφ0/4kT)·e^{−x/λ} (Bard & Faulkner, ch. 13), closed form
        for (double phi0 : new double[] {-0.3, 0.02, 0.25}) {
            GouyChapman gc = new GouyChapman(30, T, 1, 0.01 * PER_NM3, phi0);
            SemiInfinite si = SemiInfinite.of(30, Boltzmann.symmetric(1, 0.01 * PER_NM3), T, phi0);
            for (double x : new double[] {0, 1e-10, 1e-9, 5e-9, 3e-8}) {
                double exact = gc.potential(x);
                assertThat(si.potentialAt(x)).as("φ0 = %s V, x = %s m", phi0, x)
                        .isCloseTo(exact, within(1e-9 * Math.abs(phi0) + 1e-9 * Math.abs(exact)));
            }
        }
        // far beyond the layer the potential underflows to 0 instead of failing
        assertThat(SemiInfinite.of(30, Boltzmann.symmetric(1, 0.01 * PER_NM3), T, 0.2).potentialAt(1)).isZero();
    }

    @Test
    void integralCapacitanceIsQOverPhiAndDiffersFromTheDifferentialOne() {
        // Mott–Schottky depletion, H = c(e^{−ψ} − 1 + ψ): C_i/C_d = 2(ψ − 1 + e^{−ψ})/(ψ(1 − e^{−ψ})),
        // from Q = √(2εkT·H) and C_d = ε|ρ(ψ0)|/|Q| (research note §2.7); → 2 at large ψ, 1 at small ψ
        for (double psi : new double[] {1e-3, 1, 5, 20}) {
            double phi0 = psi * Constants.thermalVoltage(T);
            SemiInfinite s = SemiInfinite.of(20, Boltzmann.mottSchottky(1, 0.01 * PER_NM3), T, phi0);
            double ratio = 2 * (psi - 1 + Math.exp(-psi)) / (psi * -Math.expm1(-psi));
            assertThat(s.integralCapacitance() / s.capacitance()).as("ψ0 = %s", psi).isCloseTo(ratio, within(1e-9 * ratio));
            assertThat(s.integralCapacitance()).isCloseTo(Math.abs(s.spaceCharge() / phi0), within(1e-12 * s.integralCapacitance()));
        }
        Junction j = Junction.of(Fixtures.lco().withElectronicScreening(), Phase.of("MS", 20,
                Boltzmann.mottSchottky(1, 0.01 * PER_NM3), 1e-2), Units.eV(0.5), T);
        PhaseLayer mesh = LayeredSolver.withDefaults().solve(LayeredJunction.of(j)).layer(1);
        PhaseLayer free = JunctionSolver.withDefaults().solve(j).right();
        assertThat(free.integralCapacitance() / free.differentialCapacitance()).isGreaterThan(1.8);
        assertThat(mesh.integralCapacitance()).isCloseTo(free.integralCapacitance(), within(1e-3 * free.integralCapacitance()));
    }

    @Test
    void theJunctionPotentialIsContinuousExceptForTheDipole() {
        double dipole = 0.05;
        Junction j = Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.3), T).withDipole(dipole);
        JunctionSolution s = JunctionSolver.withDefaults().solve(j);
        Profile phi = s.potential(50);
        // far ends at the two bulk potentials, within the 1/1000 the samples decay to
        assertThat(phi.y(0)).isCloseTo(0, within(1e-3 * Math.abs(s.left().drop()) + 1e-15));
        assertThat(phi.y(phi.size() - 1)).isCloseTo(j.bulkPotentialStep(), within(1e-3 * Math.abs(s.right().drop())));
        // at the interface: A's side at its drop, B's side a dipole higher
        int at = 49;
        assertThat(phi.x(at)).isZero();
        assertThat(phi.y(at)).isCloseTo(s.left().drop(), within(1e-12));
        assertThat(phi.y(at + 1) - phi.y(at)).isCloseTo(dipole, within(1e-9));
    }

    @Test
    void theStackPotentialIsOneContinuousProfileThroughTheLayers() {
        LayeredJunction stack = LayeredJunction.builder(T).start(Fixtures.lco(), 0).layer(Fixtures.linbo3(), Units.nm(3),
                Units.eV(0.1)).dipole(0.02).end(Fixtures.lps(), Units.eV(0.4)).build();
        LayeredSolution s = LayeredSolver.withDefaults().solve(stack);
        Profile phi = s.potential();
        // ends at the bulk potentials of the first and last phase
        assertThat(phi.y(0)).isCloseTo(stack.bulkPotential(0), within(0.05 * Math.abs(s.layer(0).drop())));
        assertThat(phi.y(phi.size() - 1)).isCloseTo(stack.bulkPotential(2), within(0.05 * Math.abs(s.layer(2).drop())));
        // the first interface (x = 0, no dipole) appears once, continuous; the second (x = 3 nm) jumps by δ
        double left = s.potentialProfile(1).y(s.potentialProfile(1).size() - 1) + stack.bulkPotential(1);
        double right = s.potentialProfile(2).y(0) + stack.bulkPotential(2);
        assertThat(right - left).isCloseTo(0.02, within(1e-9));
        assertThat(phi.valueAt(0)).isCloseTo(s.potentialProfile(0).y(s.potentialProfile(0).size() - 1)
                + stack.bulkPotential(0), within(1e-12));
        // each phase's own profile is φ − φ_p∞: the drop of a semi-infinite phase is its interface value
        assertThat(phi.valueAt(0) - stack.bulkPotential(0)).isCloseTo(s.layer(0).drop(), within(1e-12));
    }
}
