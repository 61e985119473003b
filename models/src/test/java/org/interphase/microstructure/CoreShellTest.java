package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CoreShellTest {

    // PEO-like polymer 1e-6 S/m, LLZO-like ceramic 1e-2 S/m, an interphase shell 1e-3 S/m (illustrative values)
    private static final double SM = 1e-6;
    private static final double SC = 1e-2;
    private static final double SS = 1e-3;

    @Test
    void withoutShellItIsMaxwellGarnettOfTheBareParticles() {
        CoreShell c = new CoreShell(SM, SC, SS, 50e-9, 0, 0.2);
        assertThat(c.coatedFraction()).isEqualTo(0.2);
        assertThat(c.particleConductivity()).isCloseTo(SC, within(1e-18));
        assertThat(c.conductivity()).isCloseTo(EffectiveMedium.maxwellGarnett(SM, SC, 0.2), within(1e-20));
    }

    @Test
    void aShellLikeTheCoreIsALargerParticle() {
        CoreShell c = new CoreShell(SM, SC, SC, 50e-9, 5e-9, 0.2);
        assertThat(c.coatedFraction()).isCloseTo(0.2 * 1.1 * 1.1 * 1.1, within(1e-15));
        assertThat(c.particleConductivity()).isCloseTo(SC, within(1e-17));
        assertThat(c.conductivity()).isCloseTo(EffectiveMedium.maxwellGarnett(SM, SC, c.coatedFraction()),
                within(1e-17));
    }

    @Test
    void aShellLikeTheMatrixVanishes() {
        // (σ_cp − σ_m)/(σ_cp + 2σ_m) = v·β_core, and φ_c·v = φ: MG of coated particles = MG of the cores (exact)
        CoreShell c = new CoreShell(SM, SC, SM, 50e-9, 20e-9, 0.15);
        assertThat(c.conductivity()).isCloseTo(EffectiveMedium.maxwellGarnett(SM, SC, 0.15),
                within(1e-12 * c.conductivity()));
    }

    @Test
    void aConductingShellRaisesTheConductivityAndBruggemanShowsTheNetwork() {
        CoreShell bare = new CoreShell(SM, SC, SM, 50e-9, 5e-9, 0.1);
        CoreShell coated = new CoreShell(SM, SC, SS, 50e-9, 5e-9, 0.1);
        assertThat(coated.conductivity()).isGreaterThan(bare.conductivity());
        // with an insulating polymer the coated particles conduct only above φ_c = 1/3 of coated volume
        double threshold = new CoreShell(0, SC, SS, 50e-9, 5e-9, 0.01).bruggemanPercolationThreshold();
        assertThat(threshold).isCloseTo(1.0 / 3 / (1.1 * 1.1 * 1.1), within(1e-15));
        assertThat(new CoreShell(0, SC, SS, 50e-9, 5e-9, 0.95 * threshold).bruggemanConductivity()).isZero();
        assertThat(new CoreShell(0, SC, SS, 50e-9, 5e-9, 1.05 * threshold).bruggemanConductivity()).isPositive();
        // Maxwell–Garnett, a lower bound here, never percolates
        assertThat(new CoreShell(0, SC, SS, 50e-9, 5e-9, 1.05 * threshold).conductivity()).isZero();
    }

    @Test
    void overfilledShellsAreRefused() {
        assertThatThrownBy(() -> new CoreShell(SM, SC, SS, 10e-9, 10e-9, 0.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coated-particle fraction");
        assertThat(new CoreShell(SM, SC, SS, 10e-9, 10e-9, 0.025).toString()).contains("φ_coated = 0.2");
    }
}
