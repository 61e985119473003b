package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import java.util.List;
import org.interphase.core.Constants;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 1: a carrier of charge number z exchanged across the junction. Equal
 * electrochemical potentials μ_A + zeφ_A∞ = μ_B + zeφ_B∞ give the bulk step φ_B∞ − φ_A∞ = −Δμ/(ze),
 * not −Δμ/e: an oxygen vacancy (z = +2) with a 0.2 eV step takes 0.1 V, an anion (z = −1) takes the
 * step with the opposite sign. The references are the closed forms of Gouy–Chapman (Bard &amp;
 * Faulkner, Electrochemical Methods, 2nd ed., §13.3) and Mott–Schottky (Maier, Prog. Solid State
 * Chem. 23, 171 (1995)), whose y = zeφ/kT and Debye length √(εkT/(2z²e²c)) carry z.
 */
class CarrierChargeStepTest {

    private static final double VT = Constants.thermalVoltage(T);
    private static final LayeredSolver FV = LayeredSolver.withDefaults();

    /** A symmetric z:z pair whose conducting (first) species has charge number z (either sign). */
    private static Boltzmann pair(int z, double c) {
        return Boltzmann.of(List.of(new Species(z, c), new Species(-z, c)));
    }

    @Test
    void anElectronConductorPutsTheWholeStepOverZIntoAMottSchottkyLayer() {
        double c = 0.01 * PER_NM3;
        double eps = 30;
        double step = Units.eV(0.2);
        for (int z : new int[] {2, -1, 1, 3}) {
            Phase metal = Phase.of("metal", 10, Boltzmann.mottSchottky(z, 1 * PER_NM3), 1.0).withElectronicScreening();
            Phase b = Phase.of("MS z=" + z, eps, Boltzmann.mottSchottky(z, c), 1e-2);
            Junction j = Junction.of(metal, b, step, T);
            double phi0 = step / (z * Constants.ELEMENTARY_CHARGE); // +0.1 V for z = 2, −0.2 V for z = −1
            MottSchottky ms = new MottSchottky(eps, T, z, c, phi0);
            JunctionSolution s = JunctionSolver.withDefaults().solve(j);
            assertThat(j.carrierCharge()).isEqualTo(z);
            assertThat(j.bulkPotentialStep()).as("z = %d", z).isCloseTo(-phi0, within(1e-15));
            assertThat(LayeredJunction.of(j).bulkPotential(1)).as("z = %d", z).isCloseTo(-phi0, within(1e-15));
            assertThat(s.right().drop()).as("z = %d", z).isCloseTo(phi0, within(1e-12 * Math.abs(phi0)));
            // the carrier is repelled from B for every z (Δμ > 0: it is more stable in A): a depletion layer
            assertThat(ms.reducedPotential()).as("z = %d", z).isPositive();
            assertThat(s.right().charge()).as("z = %d", z).isCloseTo(ms.spaceCharge(), within(1e-10 * Math.abs(ms.spaceCharge())));
            assertThat(s.right().differentialCapacitance()).as("z = %d", z).isCloseTo(ms.capacitance(), within(1e-9 * ms.capacitance()));
            assertThat(s.left().charge()).as("z = %d", z).isCloseTo(-ms.spaceCharge(), within(1e-10 * Math.abs(ms.spaceCharge())));
            // the finite-volume solver of the same stack
            LayeredSolution fv = FV.solve(LayeredJunction.of(j));
            assertThat(fv.layer(1).drop()).as("z = %d", z).isCloseTo(phi0, within(1e-5 * Math.abs(phi0)));
            assertThat(fv.layer(1).charge()).as("z = %d", z).isCloseTo(ms.spaceCharge(), within(1e-4 * Math.abs(ms.spaceCharge())));
        }
    }

    @Test
    void twoGouyChapmanPhasesSplitTheStepOverZAsTheClosedForm() {
        // Q_A + Q_B = 0 with Q = −sign(z)√(8εkTc)·sinh(y/2), y = zeφ/kT, and y_B − y_A = Δμ/kT + zeδ/kT:
        // a_A sinh(y_A/2) + a_B sinh(y_B/2) = 0, a = ε/λ, so
        // y_A = −ln((a_A + a_B e^{D/2})/(a_A + a_B e^{−D/2})), D = y_B − y_A
        double ca = 0.01 * PER_NM3;
        double cb = 0.2 * PER_NM3;
        double epsA = 20;
        double epsB = 9;
        for (int z : new int[] {2, -1, 1}) {
            int abs = Math.abs(z);
            Phase a = Phase.of("A", epsA, pair(z, ca), 1e-2);
            Phase b = Phase.of("B", epsB, pair(z, cb), 1e-2);
            for (double[] stepAndDipole : new double[][] {{0.2, 0}, {0.5, 0}, {-0.3, 0}, {0.2, 0.03}}) {
                Junction j = new Junction(a, b, Units.eV(stepAndDipole[0]), T, stepAndDipole[1], 0);
                double d = stepAndDipole[0] / VT + z * stepAndDipole[1] / VT;
                double aa = epsA / ScreeningLengths.symmetric(epsA, T, abs, ca);
                double ab = epsB / ScreeningLengths.symmetric(epsB, T, abs, cb);
                double yA = -Math.log((aa + ab * Math.exp(d / 2)) / (aa + ab * Math.exp(-d / 2)));
                double phiA = yA * VT / z;
                double phiB = (yA + d) * VT / z;
                String what = j + ", z = " + z;
                JunctionSolution s = JunctionSolver.withDefaults().solve(j);
                assertThat(s.left().drop()).as(what).isCloseTo(phiA, within(1e-10 * Math.abs(phiA)));
                assertThat(s.right().drop()).as(what).isCloseTo(phiB, within(1e-10 * Math.abs(phiB)));
                // bulk step: drop_B − drop_A = δ + Δμ/(ze)
                assertThat(s.right().drop() - s.left().drop()).as(what)
                        .isCloseTo(stepAndDipole[1] + stepAndDipole[0] / z, within(1e-12));
                // a ±z pair's charge law is even in z: Gouy–Chapman with |z| at the potentials above
                GouyChapman gcA = new GouyChapman(epsA, T, abs, ca, phiA);
                GouyChapman gcB = new GouyChapman(epsB, T, abs, cb, phiB);
                assertThat(s.left().charge()).as(what).isCloseTo(gcA.spaceCharge(), within(1e-9 * Math.abs(gcA.spaceCharge())));
                assertThat(s.right().charge()).as(what).isCloseTo(gcB.spaceCharge(), within(1e-9 * Math.abs(gcB.spaceCharge())));
                // the potential profile of B is the Gouy–Chapman profile with z
                Profile pb = s.potentialProfile(1, 30);
                for (int i = 0; i < pb.size(); i += 5) {
                    double exact = gcB.potential(pb.x(i));
                    assertThat(pb.y(i)).as(what + " at x = " + pb.x(i)).isCloseTo(exact, within(1e-8 * Math.abs(phiB)));
                }
                // the finite-volume solver agrees with both
                LayeredSolution fv = FV.solve(LayeredJunction.of(j));
                assertThat(fv.layer(0).drop()).as(what).isCloseTo(phiA, within(1e-5 * Math.abs(phiB - phiA)));
                assertThat(fv.layer(1).drop()).as(what).isCloseTo(phiB, within(1e-5 * Math.abs(phiB - phiA)));
                assertThat(fv.layer(1).charge()).as(what).isCloseTo(gcB.spaceCharge(),
                        within(1e-4 * Math.abs(gcB.spaceCharge())));
            }
        }
    }

    @Test
    void theStandardStepOfADoublyChargedLatticeGasIsTakenOverZ() {
        // μ = μ⁰ + kT ln(θ/(1 − θ)) holds for any z; only the electrostatic step divides by z
        Phase a = Phase.of("A", 10, new LatticeGas(2, 20 * PER_NM3, 0.3), 1e-3);
        Phase b = Phase.of("B", 10, new LatticeGas(2, 20 * PER_NM3, 0.7), 1e-3);
        Junction j = Junction.ofStandardStep(a, b, Units.eV(0.2), T);
        double kT = Constants.thermalEnergy(T);
        assertThat(j.lithiumStep()).isCloseTo(Units.eV(0.2) + 2 * kT * Math.log(7.0 / 3.0), within(1e-12 * kT));
        JunctionSolution s = JunctionSolver.withDefaults().solve(j);
        double bulkStep = j.lithiumStep() / (2 * Constants.ELEMENTARY_CHARGE);
        assertThat(s.right().drop() - s.left().drop()).isCloseTo(bulkStep, within(1e-12));
        LayeredSolution fv = FV.solve(LayeredJunction.of(j));
        assertThat(fv.layer(1).drop() - fv.layer(0).drop()).isCloseTo(bulkStep, within(1e-6 * bulkStep));
    }

    @Test
    void aLayeredStackTakesEachChemicalPotentialStepOverZ() {
        // a thick coating decouples into two junctions; with z = 2 each takes its Δμ/(2e)
        Phase a = Phase.of("A", 12, new LatticeGas(2, 30 * PER_NM3, 0.5), 1e-3);
        Phase coat = Phase.of("coat", 25, new LatticeGas(2, 30 * PER_NM3, 0.3), 1e-6);
        Phase b = Phase.of("B", 9, new LatticeGas(2, 20 * PER_NM3, 0.5), 1e-3);
        double muCoat = Units.eV(0.3);
        double muB = Units.eV(0.8);
        LayeredJunction stack = LayeredJunction.builder(T).start(a, 0).layer(coat, Units.nm(20), muCoat).end(b, muB).build();
        LayeredSolution fv = FV.solve(stack);
        JunctionSolution first = JunctionSolver.withDefaults().solve(Junction.of(a, coat, muCoat, T));
        JunctionSolution second = JunctionSolver.withDefaults().solve(Junction.of(coat, b, muB - muCoat, T));
        assertThat(first.right().drop() - first.left().drop()).isCloseTo(0.15, within(1e-12));
        assertThat(fv.layer(0).drop()).isCloseTo(first.left().drop(), within(1e-5));
        assertThat(fv.layer(2).drop()).isCloseTo(second.right().drop(), within(1e-5));
        assertThat(fv.layer(1).drop()).isCloseTo(second.left().drop() - first.right().drop(), within(1e-5));
    }

    @Test
    void carriersOfDifferentChargeAcrossTheInterfaceAreRefused() {
        Phase li = Phase.of("Li3PS4", 9.1, LatticeGas.lithium(37 * PER_NM3, 0.5), 1e-2);
        Phase vo = Phase.of("ceria", 24, Boltzmann.mottSchottky(2, 0.01 * PER_NM3), 1e-3);
        assertThatThrownBy(() -> Junction.of(li, vo, Units.eV(0.2), T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charge number").hasMessageContaining("Li3PS4").hasMessageContaining("ceria");
        assertThatThrownBy(() -> Junction.ofStandardStep(li, vo, Units.eV(0.2), T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charge number");
        assertThatThrownBy(() -> LayeredJunction.builder(T).start(li, 0).layer(vo, Units.nm(5), 0).end(li, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charge number");
        // an electron conductor's law names the carrier it exchanges too
        assertThatThrownBy(() -> Junction.of(vo.withElectronicScreening(), li, Units.eV(0.2), T))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charge number");
    }
}
