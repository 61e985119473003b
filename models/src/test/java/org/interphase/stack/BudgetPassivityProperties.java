package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;

/**
 * Issue 13, item 4: a budget's spectrum is passive — Re Z(ω) ≥ 0 and −Im Z(ω) ≥ 0 at every ω — and its
 * shares are fractions that sum to 1, for random LiCoO2 | LiNbO3 | β-Li3PS4 stacks with the
 * Poisson–Boltzmann space charge: steps that deplete or accumulate either side, coatings from none to
 * 30 nm with few to many mobile Li⁺, ionic or electron-conducting cathodes, partial contact and charge
 * transfer.
 */
class BudgetPassivityProperties {

    private static final LayeredSolver SOLVER = LayeredSolver.withDefaults();

    @Provide
    Arbitrary<InterfaceStack> stacks() {
        Arbitrary<Double> step = Arbitraries.doubles().between(-0.4, 0.6);
        Arbitrary<Double> coatingMu = Arbitraries.doubles().between(-0.2, 0.2);
        Arbitrary<Double> occupancy = Arbitraries.doubles().between(-4, -1).map(l -> Math.pow(10, l));
        Arbitrary<Double> eps = Arbitraries.doubles().between(10, 60);
        Arbitrary<Double> nm = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0.5, 30));
        Arbitrary<Boolean> metal = Arbitraries.of(true, false);
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0.05, 1);
        Arbitrary<Double> rct = Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0.1, 100));
        return Combinators.combine(step, coatingMu, occupancy, eps, nm, metal, fraction, rct)
                .as((s, mu, occ, e, d, m, f, r) -> {
                    Phase lco = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5))
                            .electronConductor(m).build();
                    Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
                    Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(e).bulkOccupancy(occ).build();
                    return InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4)
                            .coating(Materials.LINBO3, Units.nm(d))
                            .spaceCharge("PB", SpaceChargeTerms.layered(lco, lps, Units.eV(s), lnb, Units.eV(mu), SOLVER))
                            .chargeTransfer(Units.ohmCm2(r), Units.uFPerCm2(10))
                            .contact(new ContactState(f, 0, "random")).build();
                });
    }

    @Property(tries = 60)
    void theSpectrumOfEveryBudgetIsPassiveAndItsSharesAreFractions(@ForAll("stacks") InterfaceStack stack) {
        ResistanceBudget b = stack.budget();
        AccumulationStackTest.assertSharesAreFractions(b, b.toString());
        AccumulationStackTest.assertPassive(b, b.toString());
        // Z(ω → 0) is the total, and the total is never below the lines' own resistance
        assertThat(b.spectrum(new double[] {1e-9}).re(0)).isCloseTo(b.total(), within(1e-9 * b.total()));
        assertThat(b.bulkChange()).isLessThanOrEqualTo(0);
    }
}
