package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Units;

/** The layered solver agrees with the mesh-free junction on random two-phase junctions. */
class LayeredSolverProperties {

    private static final LayeredSolver FV = LayeredSolver.withDefaults();

    @Provide
    Arbitrary<Phase> phases() {
        Arbitrary<Double> eps = Arbitraries.doubles().between(5, 60);
        Arbitrary<Double> sites = Arbitraries.doubles().between(0, 1.5).map(l -> Math.pow(10, l) * PER_NM3);
        Arbitrary<Double> theta = Arbitraries.doubles().between(-3, 3).map(l -> 1 / (1 + Math.pow(10, l)));
        Arbitrary<ChargeLaw> lg = Combinators.combine(sites, theta).as(LatticeGas::lithium);
        Arbitrary<ChargeLaw> ms = Arbitraries.doubles().between(-3, 0).map(l -> Boltzmann.mottSchottky(1, Math.pow(10, l) * PER_NM3));
        Arbitrary<ChargeLaw> bk = Arbitraries.doubles().between(-2, -0.1).map(l -> new Bikerman(1, 0.05 * PER_NM3, Math.pow(10, l)));
        Arbitrary<ChargeLaw> law = Arbitraries.oneOf(lg, lg, ms, bk);
        Arbitrary<Boolean> metal = Arbitraries.of(false, false, false, true);
        return Combinators.combine(eps, law, metal).as((e, l, m) -> {
            Phase p = Phase.of("P", e, l, 1e-2);
            return m ? p.withElectronicScreening() : p;
        });
    }

    @Provide
    Arbitrary<Junction> junctions() {
        Arbitrary<Double> step = Arbitraries.doubles().between(-1.2, 1.2).map(Units::eV);
        Arbitrary<Double> dipole = Arbitraries.doubles().between(-0.1, 0.1);
        Arbitrary<Double> charge = Arbitraries.doubles().between(-3, 3).map(q -> q * 1e-3);
        return Combinators.combine(phases(), phases(), step, dipole, charge)
                .as((a, b, s, d, q) -> new Junction(a, a.electronConductor() ? b.ionicOnly() : b, s, T, d, q));
    }

    @Property(tries = 60)
    void layeredSolveMatchesTheMeshFreeSplit(@ForAll("junctions") Junction j) {
        JunctionSolution exact = JunctionSolver.withDefaults().solve(j);
        LayeredSolution fv = FV.solve(LayeredJunction.of(j));
        assertThat(fv.iterations()).as("%s | %s: %s", j.left(), j.right(), j).isLessThan(30);
        for (int side = 0; side < 2; side++) {
            double e = exact.layers().get(side).drop();
            assertThat(fv.layer(side).drop()).as("%s, side %d", j, side).isCloseTo(e, within(1e-4 * Math.max(0.01, Math.abs(e))));
        }
        double q = exact.right().charge();
        assertThat(fv.layer(1).charge()).as("%s", j).isCloseTo(q, within(1e-3 * Math.abs(q) + 1e-9));
    }

    /** Swapping A and B (and reversing the step and dipole) mirrors the finite-volume solution. */
    @Property(tries = 40)
    void swappingTheSidesMirrorsTheSolution(@ForAll("junctions") Junction j) {
        LayeredSolution s = FV.solve(LayeredJunction.of(j));
        LayeredSolution m = FV.solve(LayeredJunction.of(j.mirrored()));
        for (int side = 0; side < 2; side++) {
            PhaseLayer a = s.layer(side);
            PhaseLayer b = m.layer(1 - side);
            assertThat(b.drop()).as("%s, side %d", j, side).isCloseTo(a.drop(), within(1e-6 * Math.abs(a.drop()) + 1e-12));
            assertThat(b.charge()).as("%s, side %d", j, side).isCloseTo(a.charge(), within(1e-6 * Math.abs(a.charge()) + 1e-15));
            assertThat(b.resistance()).as("%s, side %d", j, side)
                    .isCloseTo(a.resistance(), within(1e-6 * Math.abs(a.resistance()) + 1e-30));
        }
    }

    /** The depleted side's resistance grows monotonically with the step (issue 4, invariants). */
    @Property(tries = 25)
    void resistanceOfTheDepletedSideGrowsWithTheStep(@ForAll("phases") Phase a, @ForAll("phases") Phase b) {
        Phase left = a;
        Phase right = b.ionicOnly();
        double previous = 0;
        for (double ev = 0.1; ev <= 1.2 + 1e-9; ev += 0.1) {
            LayeredSolution s = FV.solve(LayeredJunction.of(Junction.of(left, right, Units.eV(ev), T)));
            assertThat(s.layer(1).drop()).isPositive();
            assertThat(s.layer(1).resistance()).as("%s | %s at %s eV", left, right, ev).isGreaterThan(previous);
            previous = s.layer(1).resistance();
        }
    }

    /**
     * With the (1 − θ) blocking factor on, the finite-volume resistance still matches the mesh-free
     * one; lattice gases on both sides, accumulation and depletion alike.
     */
    @Property(tries = 40)
    void withBlockingTheLayeredSolveMatchesTheMeshFreeResistance(@ForAll @DoubleRange(min = -1.0, max = 1.0) double ev,
            @ForAll @DoubleRange(min = -2, max = 2) double logOddsA, @ForAll @DoubleRange(min = -2, max = 2) double logOddsB) {
        Phase a = Phase.of("A", 12, LatticeGas.lithium(30 * PER_NM3, 1 / (1 + Math.pow(10, logOddsA))), 1e-3);
        Phase b = Phase.of("B", 9, LatticeGas.lithium(20 * PER_NM3, 1 / (1 + Math.pow(10, logOddsB))), 1e-2);
        Junction j = Junction.of(a, b, Units.eV(ev), T);
        JunctionSolution exact = JunctionSolver.withDefaults().withBlocking(true).solve(j);
        LayeredSolution fv = LayeredSolver.withDefaults().withBlocking(true).solve(LayeredJunction.of(j));
        double[] bulk = {1e-3, 1e-2};
        for (int side = 0; side < 2; side++) {
            double r = exact.layers().get(side).resistance();
            // With blocking the excess resistance changes sign where accumulation and site blocking balance, so
            // |r| alone can be ~0 while the layer is not; the floor is the resistance of one layer width of bulk,
            // the natural unit of an excess resistance.
            double scale = Math.abs(r) + exact.layers().get(side).width() / bulk[side];
            assertThat(fv.layer(side).resistance()).as("%s, side %d", j, side).isCloseTo(r, within(2e-3 * scale));
        }
    }
}
