package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import java.util.List;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2: a dilute law predicting more ions than sites is flagged for every mobile species,
 * not only the conducting carrier. A depletion layer of the carrier is an accumulation layer of its
 * counter-ion: behind a 0.8 V drop a dilute anion of 0.01 nm⁻³ reaches c∞·e^{eφ0/kT} ≈ 3·10¹¹ nm⁻³.
 */
class SiteOverflowTest {

    private static final double VT = Constants.thermalVoltage(T);

    private static Phase metal() {
        return Phase.of("metal", 10, Boltzmann.symmetric(1, 1 * PER_NM3), 1.0).withElectronicScreening();
    }

    @Test
    void anAccumulatedCounterIonOfADilutePairIsFlagged() {
        double c = 0.01 * PER_NM3;
        Phase gc = Phase.of("electrolyte", 30, Boltzmann.symmetric(1, c), 1e-2);
        JunctionSolution s = JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(0.8), T));
        // the conducting cation is depleted (it alone was checked before), the anion accumulates
        assertThat(s.right().interfaceCarrierDensity()).isLessThan(c);
        double anion = c * Math.exp(s.right().drop() / VT);
        assertThat(anion).isGreaterThan(1e11 * PER_NM3);
        assertThat(s.diluteOverflow()).isTrue();
        assertThat(s.warnings()).hasSize(1);
        String w = s.warnings().get(0);
        assertThat(w).contains("electrolyte", "species 2", "z = -1", "nm⁻³", "1/m³");
        LayeredSolution fv = LayeredSolver.withDefaults().solve(LayeredJunction.of(Junction.of(metal(), gc, Units.eV(0.8), T)));
        assertThat(fv.diluteOverflow()).isTrue();
        assertThat(fv.warnings().get(0)).contains("electrolyte", "species 2", "z = -1");
        // a small step keeps both ions far below any site density: no warning
        assertThat(JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(0.05), T)).diluteOverflow()).isFalse();
    }

    @Test
    void aDiluteCounterIonOnItsOwnSublatticeIsFlaggedNextToASaturatingCarrier() {
        // Li⁺ on a lattice gas (saturates) with a dilute mobile anion on its own sublattice: the anion
        // accumulates without bound where Li⁺ is depleted
        Sublattices law = Sublattices.of(LatticeGas.lithium(20 * PER_NM3, 0.5), Boltzmann.mottSchottky(-1, 0.01 * PER_NM3));
        Phase p = Phase.of("mixed", 20, law, 1e-2);
        JunctionSolution s = JunctionSolver.withDefaults().solve(Junction.of(Phase.of("metal", 10, LatticeGas.lithium(
                20 * PER_NM3, 0.5), 1.0).withElectronicScreening(), p, Units.eV(1.0), T));
        assertThat(s.right().drop()).isPositive();
        assertThat(s.diluteOverflow()).isTrue();
        assertThat(s.warnings().get(0)).contains("mixed", "z = -1");
    }

    @Test
    void aDilutePairWithinItsSitesIsNotFlagged() {
        Phase gc = Phase.of("electrolyte", 30, Boltzmann.of(List.of(new Species(1, 1e-3 * PER_NM3),
                new Species(-1, 1e-3 * PER_NM3))), 1e-2);
        JunctionSolution s = JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(0.3), T));
        // anion at 1e-3·e^{11.7} ≈ 120 nm⁻³ > 100 nm⁻³: flagged without a site density
        assertThat(s.diluteOverflow()).isTrue();
        JunctionSolution low = JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(0.2), T));
        // anion at 1e-3·e^{7.8} ≈ 2.4 nm⁻³, cation depleted: not flagged
        assertThat(low.diluteOverflow()).isFalse();
    }

    @Test
    void eachSpeciesIsCheckedAgainstItsOwnSiteDensity() {
        double c = 0.01 * PER_NM3;
        Boltzmann pair = Boltzmann.symmetric(1, c).withSiteDensities(20 * PER_NM3, 1e12 * PER_NM3);
        assertThat(pair.siteDensity(0)).hasValue(20 * PER_NM3);
        assertThat(pair.siteDensity(1)).hasValue(1e12 * PER_NM3);
        assertThat(pair.carrierSiteDensity()).hasValue(20 * PER_NM3);
        Phase gc = Phase.of("electrolyte", 30, pair, 1e-2);
        // at 0.8 V the anion peaks near 3e11 nm⁻³: below its (generous) 1e12 sites, not flagged
        assertThat(JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(0.8), T)).diluteOverflow()).isFalse();
        // reversed, the cation accumulates above its 20 nm⁻³ sites
        JunctionSolution rev = JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(-0.8), T));
        assertThat(rev.diluteOverflow()).isTrue();
        assertThat(rev.warnings().get(0)).contains("species 1 of 2", "conducting carrier", "its site density 2e28 1/m³ (20 nm⁻³)")
                .doesNotContain("species 2");
        // the carrier's site density alone leaves the counter-ion at the 100 nm⁻³ ceiling
        Boltzmann carrierOnly = Boltzmann.symmetric(1, c).withCarrierSiteDensity(20 * PER_NM3);
        assertThat(carrierOnly.siteDensity(1)).isEmpty();
        JunctionSolution s = JunctionSolver.withDefaults().solve(Junction.of(metal(), Phase.of("electrolyte", 30, carrierOnly, 1e-2),
                Units.eV(0.8), T));
        assertThat(s.warnings().get(0)).contains("species 2 of 2", "1e29 1/m³ (100 nm⁻³)");
        assertThatThrownBy(() -> Boltzmann.symmetric(1, c).withSiteDensities(20 * PER_NM3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each of the 2 species");
        assertThatThrownBy(() -> Boltzmann.symmetric(1, c).withSiteDensities(20 * PER_NM3, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("species 2");
        assertThatThrownBy(() -> Boltzmann.symmetric(1, c).withCarrierSiteDensity(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conducting carrier");
        assertThatThrownBy(() -> pair.siteDensity(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("species index");
    }

    @Test
    void theWarningGivesThePeakInBothUnits() {
        double c = 0.01 * PER_NM3;
        Phase gc = Phase.of("electrolyte", 30, Boltzmann.symmetric(1, c), 1e-2);
        JunctionSolution s = JunctionSolver.withDefaults().solve(Junction.of(metal(), gc, Units.eV(0.5), T));
        double anion = c * Math.exp(s.right().drop() / VT);
        String w = s.warnings().get(0);
        assertThat(w).contains(SiteOverflow.num(anion) + " 1/m³ (" + SiteOverflow.num(anion * 1e-27) + " nm⁻³)");
        assertThat(SiteOverflow.num(20)).isEqualTo("20");
        assertThat(SiteOverflow.num(1e29)).isEqualTo("1e29");
        assertThat(SiteOverflow.num(3.14159e11)).isEqualTo("3.142e11");
    }
}
