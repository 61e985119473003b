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
        JunctionSolution exact = Heterojunction.solveDefault(j);
        LayeredSolution fv = FV.solve(LayeredJunction.of(j));
        assertThat(fv.newtonIterations()).as("%s | %s: %s", j.left(), j.right(), j).isLessThan(30);
        for (int side = 0; side < 2; side++) {
            double e = exact.layers().get(side).drop();
            assertThat(fv.layer(side).drop()).as("%s, side %d", j, side).isCloseTo(e, within(1e-4 * Math.max(0.01, Math.abs(e))));
        }
        double q = exact.right().charge();
        assertThat(fv.layer(1).charge()).as("%s", j).isCloseTo(q, within(1e-3 * Math.abs(q) + 1e-9));
    }
}
