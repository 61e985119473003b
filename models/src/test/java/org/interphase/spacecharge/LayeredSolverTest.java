package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import java.util.List;
import org.interphase.core.Constants;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Mesh1D;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** The finite-volume solver against the mesh-free path, its convergence order, and layered stacks. */
class LayeredSolverTest {

    private static final LayeredSolver FV = LayeredSolver.withDefaults();

    private static List<Phase[]> pairs() {
        Phase gcA = Phase.of("GC-A", 20, Boltzmann.symmetric(1, 0.01 * PER_NM3), 1e-2);
        Phase gcB = Phase.of("GC-B", 9, Boltzmann.symmetric(1, 0.1 * PER_NM3), 1e-2);
        Phase msA = Phase.of("MS-A", 12, Boltzmann.mottSchottky(1, 0.05 * PER_NM3), 1e-2);
        Phase msB = Phase.of("MS-B", 30, Boltzmann.mottSchottky(1, 0.01 * PER_NM3), 1e-2);
        return List.of(new Phase[] {gcA, gcB}, new Phase[] {msA, msB}, new Phase[] {Fixtures.lco(), Fixtures.lps()},
                new Phase[] {Fixtures.lco().withElectronicScreening(), Fixtures.lps()},
                new Phase[] {msA.withElectronicScreening(), msB});
    }

    @Test
    void agreesWithTheMeshFreeJunctionFromATenthToOneAndAHalfVolts() {
        for (Phase[] pair : pairs()) {
            for (double volts : new double[] {0.1, 0.5, 1.0, 1.5}) {
                Junction j = Junction.of(pair[0], pair[1], volts * Constants.ELEMENTARY_CHARGE, T);
                JunctionSolution exact = JunctionSolver.withDefaults().solve(j);
                LayeredSolution fv = FV.solve(LayeredJunction.of(j));
                String what = j.toString();
                assertThat(fv.iterations()).as(what).isLessThan(30);
                for (int side = 0; side < 2; side++) {
                    PhaseLayer e = exact.layers().get(side);
                    PhaseLayer n = fv.layer(side);
                    assertThat(n.drop()).as(what).isCloseTo(e.drop(), within(1e-5 * volts));
                    assertThat(n.charge()).as(what).isCloseTo(e.charge(), within(1e-4 * Math.abs(e.charge())));
                    if (e.resistance() != 0) {
                        assertThat(n.resistance()).as(what).isCloseTo(e.resistance(), within(1e-3 * Math.abs(e.resistance())));
                    }
                }
                assertThat(fv.layer(0).charge() + fv.layer(1).charge()).isCloseTo(0, within(1e-4 * Math.abs(exact.left().charge())));
            }
        }
    }

    @Test
    void convergesAtSecondOrderUnderRefinement() {
        // lattice gas, Mott–Schottky and Gouy–Chapman pairs at 0.1, 0.5 and 1 V: errors of B's drop,
        // charge and resistance against the mesh-free values on one mesh map refined 1×, 2×, 4×, 8×
        // (60 to 480 cells per the solver's budget). Measured orders on the last two refinements:
        // 1.90–2.00 (drop, charge), 1.95–2.00 (R); asserted in [1.8, 2.2].
        List<Phase[]> families = List.of(new Phase[] {Fixtures.lco(), Fixtures.lps()}, pairs().get(1), pairs().get(0));
        String[] quantity = {"drop", "charge", "resistance"};
        for (Phase[] pair : families) {
            for (double volts : new double[] {0.1, 0.5, 1.0}) {
                Junction j = Junction.of(pair[0], pair[1], volts * Constants.ELEMENTARY_CHARGE, T);
                PhaseLayer exact = JunctionSolver.withDefaults().solve(j).right();
                LayeredSolver coarse = LayeredSolver.withDefaults().withNodes(60);
                LayeredJunction s = LayeredJunction.of(j);
                Mesh1D base = coarse.mesh(s);
                double[][] err = new double[3][4];
                for (int k = 0; k < 4; k++) {
                    PhaseLayer n = coarse.solve(s, base.refine(1 << k)).layer(1);
                    err[0][k] = Math.abs(n.drop() - exact.drop());
                    err[1][k] = Math.abs(n.charge() - exact.charge());
                    err[2][k] = Math.abs(n.resistance() - exact.resistance());
                }
                for (int q = 0; q < 3; q++) {
                    for (int k = 2; k < 4; k++) {
                        double order = Math.log(err[q][k - 1] / err[q][k]) / Math.log(2);
                        assertThat(order).as("%s, %s, refinement %d: errors %s", j, quantity[q], k,
                                java.util.Arrays.toString(err[q])).isBetween(1.8, 2.2);
                    }
                }
            }
        }
    }

    @Test
    void aThickCoatingDecouplesIntoTwoJunctions() {
        // with a coating much thicker than its screening length, each interface is a semi-infinite
        // A | B junction of its own: the layered solve must reproduce both mesh-free splits
        Phase coat = Phase.of("coating", 25, LatticeGas.lithium(30 * PER_NM3, 0.3), Units.sPerCm(1e-6));
        double muCoat = Units.eV(0.3);
        double muB = Units.eV(0.8);
        LayeredJunction s = LayeredJunction.builder(T).start(Fixtures.lco(), 0).layer(coat, Units.nm(20), muCoat)
                .end(Fixtures.lps(), muB).build();
        LayeredSolution fv = FV.solve(s);
        JunctionSolution first = JunctionSolver.withDefaults().solve(Junction.of(Fixtures.lco(), coat, muCoat, T));
        JunctionSolution second = JunctionSolver.withDefaults().solve(Junction.of(coat, Fixtures.lps(), muB - muCoat, T));
        assertThat(fv.layer(0).drop()).isCloseTo(first.left().drop(), within(1e-5));
        assertThat(fv.layer(2).drop()).isCloseTo(second.right().drop(), within(1e-5));
        assertThat(fv.layer(2).resistance()).isCloseTo(second.right().resistance(), within(1e-3 * second.right().resistance()));
        // across the coating the potential changes by its right layer's drop minus its left layer's
        assertThat(fv.layer(1).drop()).isCloseTo(second.left().drop() - first.right().drop(), within(1e-5));
        assertThat(fv.ohmicResistance()).isCloseTo(Units.nm(20) / Units.sPerCm(1e-6), within(1e-12));
        double total = fv.layers().stream().mapToDouble(PhaseLayer::charge).sum();
        assertThat(total).isCloseTo(0, within(1e-4 * Math.abs(fv.layer(0).charge())));
        // review gap 12: the coating's two space-charge layers each get an extent (1 % criterion),
        // read off the node profile, equal to the mesh-free extents of the two decoupled junctions
        double[] coatExtents = fv.spaceChargeExtents(1, 0.01);
        double leftExact = SemiInfinite.reduced(25, coat.law(), T, first.reducedPotentials()[1]).extent(0.01);
        double rightExact = SemiInfinite.reduced(25, coat.law(), T, second.reducedPotentials()[0]).extent(0.01);
        assertThat(coatExtents[0]).isCloseTo(leftExact, within(EXTENT_TOL * leftExact));
        assertThat(coatExtents[1]).isCloseTo(rightExact, within(EXTENT_TOL * rightExact));
        assertThat(leftExact + rightExact).isLessThan(Units.nm(20));
        double lcoExact = SemiInfinite.reduced(12.9, Fixtures.lco().law(), T, first.reducedPotentials()[0]).extent(0.01);
        assertThat(fv.spaceChargeExtents(0, 0.01)[0]).isZero();
        assertThat(fv.spaceChargeExtents(0, 0.01)[1]).isCloseTo(lcoExact, within(1e-4 * lcoExact));
        // a coating thinner than its two space-charge layers: both extents are capped at d
        LayeredSolution thin = FV.solve(s.withThickness(1, Units.nm(0.2)));
        double[] e = thin.spaceChargeExtents(1, 0.01);
        assertThat(e[0]).isLessThanOrEqualTo(Units.nm(0.2) * (1 + 1e-12));
        assertThat(e[1]).isLessThanOrEqualTo(Units.nm(0.2) * (1 + 1e-12));
    }

    /**
     * Relative accuracy of an extent read off the default mesh by linear interpolation: measured
     * 2.2e-3 and 0.9e-3 for the two layers of the 20 nm coating (3.9e-4, 0.5e-4 on twice the nodes).
     */
    private static final double EXTENT_TOL = 5e-3;

    @Test
    void dipoleAndInterfaceChargeAgreeWithTheMeshFreePath() {
        Junction j = Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(0.6), T).withDipole(-0.1).withInterfaceCharge(-0.05);
        JunctionSolution exact = JunctionSolver.withDefaults().solve(j);
        LayeredSolution fv = FV.solve(LayeredJunction.of(j));
        assertThat(fv.layer(0).drop()).isCloseTo(exact.left().drop(), within(1e-5));
        assertThat(fv.layer(1).drop()).isCloseTo(exact.right().drop(), within(1e-5));
        assertThat(fv.layer(0).charge() + fv.layer(1).charge() - 0.05).isCloseTo(0, within(1e-4 * 0.05));
    }

    @Test
    void anElectronBlockingCoatingLowersTheResistance() {
        // Takada et al., ACS Energy Lett. 3, 98 (2018): "LiNbO3 interposed to the cathode interface
        // effectively reduces the cathode impedance by suppressing lithium depletion"; Ohta et al.,
        // Adv. Mater. 18, 2226 (2006) for Li4Ti5O12. An electron-conducting cathode at a 0.5 eV step,
        // bare and with 5 nm of an electron-blocking Li⁺ conductor whose Li level matches the cathode.
        Phase cathode = Fixtures.lco().withElectronicScreening();
        Junction bare = Junction.of(cathode, Fixtures.lps(), Units.eV(0.5), T);
        LayeredSolution uncoated = FV.solve(LayeredJunction.of(bare));
        LayeredSolution coated = FV.solve(LayeredJunction.coated(bare, Fixtures.linbo3(), Units.nm(5), 0));
        assertThat(coated.layer(2).drop()).isLessThan(uncoated.layer(1).drop());
        assertThat(coated.totalResistance()).isLessThan(uncoated.totalResistance() / 10);
    }

    @Test
    void continuationRecoversWhenDirectNewtonFails() {
        // from the neutral state with small steps, Newton cannot reach 1.2 V in 6 iterations
        LayeredSolver timid = LayeredSolver.withDefaults().withMeshFreeGuess(false).withMaxIterations(6).withMaxStep(1);
        Junction j = Junction.of(Fixtures.lco().withElectronicScreening(), Fixtures.lps(), Units.eV(1.2), T);
        LayeredSolution s = timid.solve(LayeredJunction.of(j));
        assertThat(s.continuationStages()).isGreaterThan(1);
        assertThat(s.layer(1).drop()).isCloseTo(1.2, within(1e-9));
        assertThat(s.layer(1).charge()).isCloseTo(JunctionSolver.withDefaults().solve(j).right().charge(),
                within(1e-4 * Math.abs(s.layer(1).charge())));
    }

    @Test
    void aStepContinuationCannotReachRaisesAConvergenceExceptionWithAHint() {
        LayeredSolver hopeless = LayeredSolver.withDefaults().withMeshFreeGuess(false).withMaxIterations(1).withMaxStep(0.01);
        Junction j = Junction.of(Fixtures.lco(), Fixtures.lps(), Units.eV(1.5), T);
        assertThatThrownBy(() -> hopeless.solve(LayeredJunction.of(j))).isInstanceOf(ConvergenceException.class)
                .hasMessageContaining("continuation").hasMessageContaining("lower the step");
    }

    @Test
    void aLayerBetweenTwoElectronConductorsHoldsTheMeshFreeMetalCharges() {
        // metal | asymmetric lattice gas (θ∞ = 0.3, so the layer's charge does not vanish by
        // symmetry) 20 nm | metal: the layer is ≫ its screening length, so each metal's surface
        // charge is that of the mesh-free metal | layer junction at its own step. With the one-sided
        // field (u₁ − u₀)/h this was first order and 0.5 % off at the default mesh (review bug 4).
        Phase metal = Fixtures.lco().withElectronicScreening();
        Phase coat = Phase.of("coating", 25, LatticeGas.lithium(30 * PER_NM3, 0.3), Units.sPerCm(1e-6));
        double muCoat = Units.eV(0.3);
        double muEnd = Units.eV(0.1);
        LayeredJunction s = LayeredJunction.builder(T).start(metal, 0).layer(coat, Units.nm(20), muCoat)
                .end(metal, muEnd).build();
        double left = JunctionSolver.withDefaults().solve(Junction.of(metal, coat, muCoat, T)).left().charge();
        double right = JunctionSolver.withDefaults().solve(Junction.of(coat, metal, muEnd - muCoat, T)).right().charge();
        LayeredSolution fv = FV.solve(s);
        assertThat(fv.layer(0).charge()).isCloseTo(left, within(1e-4 * Math.abs(left)));
        assertThat(fv.layer(2).charge()).isCloseTo(right, within(1e-4 * Math.abs(right)));
        assertThat(Math.abs(left + right)).isGreaterThan(1e-2 * Math.abs(left)); // the layer carries net charge
        double total = fv.layer(0).charge() + fv.layer(1).charge() + fv.layer(2).charge();
        assertThat(total).isCloseTo(0, within(1e-9 * Math.abs(left)));
        // second order under refinement (errors against the mesh-free charge on 401, 801, 1601, 3201
        // nodes; measured 1.97, 1.99, 2.00; asserted on the last two). Before the fix: ~1.
        LayeredSolver coarse = LayeredSolver.withDefaults().withNodes(1600);
        Mesh1D base = coarse.mesh(s);
        double[] err = new double[4];
        for (int k = 0; k < 4; k++) {
            err[k] = Math.abs(coarse.solve(s, base.refine(1 << k)).layer(0).charge() - left);
        }
        for (int k = 2; k < 4; k++) {
            assertThat(Math.log(err[k - 1] / err[k]) / Math.log(2)).as("errors %s", java.util.Arrays.toString(err))
                    .isBetween(1.8, 2.2);
        }
    }

    @Test
    void theMeshFreeGuessSavesNewtonIterations() {
        Junction j = Junction.of(Fixtures.lco().withElectronicScreening(), Fixtures.lps(), Units.eV(1.0), T);
        LayeredSolution informed = FV.solve(LayeredJunction.of(j));
        LayeredSolution neutral = LayeredSolver.withDefaults().withMeshFreeGuess(false).solve(LayeredJunction.of(j));
        assertThat(informed.iterations()).isLessThan(neutral.iterations());
        assertThat(informed.layer(1).charge()).isCloseTo(neutral.layer(1).charge(), within(1e-9 * Math.abs(neutral.layer(1).charge())));
    }

    @Test
    void badStacksAreRejected() {
        assertThatThrownBy(() -> LayeredJunction.builder(T).start(Fixtures.lco(), 0)
                .layer(Fixtures.linbo3().withElectronicScreening(), 1e-9, 0)).hasMessageContaining("electron-blocking");
        assertThatThrownBy(() -> LayeredJunction.builder(T).start(Fixtures.lco(), 0).layer(Fixtures.linbo3(), -1e-9, 0))
                .hasMessageContaining("thickness of LiNbO3");
        assertThatThrownBy(() -> LayeredJunction.builder(T).start(Fixtures.lco(), 0).build())
                .isInstanceOf(IllegalStateException.class);
        // review gap 11: the junction's dipole and charge used to be dropped silently by coated(...)
        Junction withDipole = Junction.of(Fixtures.lco(), Fixtures.lps(), 0.1, T).withDipole(0.05);
        assertThatThrownBy(() -> LayeredJunction.coated(withDipole, Fixtures.linbo3(), 1e-9, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interface dipole")
                .hasMessageContaining("0.05 V");
        assertThatThrownBy(() -> LayeredJunction.coated(Junction.of(Fixtures.lco(), Fixtures.lps(), 0.1, T)
                .withInterfaceCharge(-0.01), Fixtures.linbo3(), 1e-9, 0)).hasMessageContaining("-0.01 C/m²");
        LayeredJunction s = LayeredJunction.of(Junction.of(Fixtures.lco(), Fixtures.lps(), 0.1, T));
        // review nit: bad indices threw ArrayIndexOutOfBoundsException
        assertThatThrownBy(() -> s.phase(2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phase index");
        assertThatThrownBy(() -> s.dipole(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interface index");
        assertThatThrownBy(() -> s.withChemicalPotential(-1, 0)).hasMessageContaining("phase index");
        assertThatThrownBy(() -> Boltzmann.of(java.util.Arrays.asList(new Species(1, 1e25), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("species[1]");
        assertThatThrownBy(() -> FV.solve(s, Mesh1D.uniform(0, 1e-9, 10))).hasMessageContaining("must have a node at the interface");
    }
}
