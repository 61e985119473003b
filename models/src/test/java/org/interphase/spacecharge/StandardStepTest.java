package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import org.interphase.core.Constants;
import org.junit.jupiter.api.Test;

/** From a step in the standard chemical potential to the junction's Δμ through the bulk activities. */
class StandardStepTest {

    private static final double KT = Constants.thermalEnergy(T);

    @Test
    void latticeGasActivitiesAddTheConfigurationalStep() {
        Phase a = Phase.of("A", 10, LatticeGas.lithium(20 * PER_NM3, 0.3), 1e-3);
        Phase b = Phase.of("B", 10, LatticeGas.lithium(20 * PER_NM3, 0.7), 1e-3);
        Junction j = Junction.ofStandardStep(a, b, 0, T);
        // μ = μ⁰ + kT ln(θ/(1 − θ)): equal site energies, fuller B → Li⁺ flows from B into A
        assertThat(j.lithiumStep()).isCloseTo(2 * KT * Math.log(7.0 / 3.0), within(1e-12 * KT));
        assertThat(JunctionSolver.withDefaults().solve(j).right().drop()).isPositive();
        // identical phases and site energies: no driving force, no layer
        Junction same = Junction.ofStandardStep(a, a, 0, T);
        assertThat(same.lithiumStep()).isZero();
        assertThat(JunctionSolver.withDefaults().solve(same).right().charge()).isZero();
    }

    @Test
    void everyLawGivesItsActivity() {
        assertThat(SiteExclusion.of(20 * PER_NM3, new int[] {1}, new double[] {0.3}).bulkLogActivity())
                .isCloseTo(LatticeGas.lithium(20 * PER_NM3, 0.3).bulkLogActivity(), within(1e-14));
        assertThat(Boltzmann.mottSchottky(1, 0.01 * PER_NM3).withCarrierSiteDensity(10 * PER_NM3).bulkLogActivity())
                .isCloseTo(Math.log(1e-3), within(1e-14));
        // Bikerman's point-ion limit is the dilute law on 1/a³ = 2c/ν sites
        double nu = 1e-6;
        assertThat(new Bikerman(1, 0.01 * PER_NM3, nu).bulkLogActivity())
                .isCloseTo(Boltzmann.mottSchottky(1, 0.01 * PER_NM3).withCarrierSiteDensity(2 * 0.01 * PER_NM3 / nu)
                        .bulkLogActivity(), within(2e-6));
        assertThatThrownBy(() -> Boltzmann.mottSchottky(1, 1e25).bulkLogActivity()).hasMessageContaining("site density");
    }
}
