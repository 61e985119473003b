package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class ArrheniusTest {

    @Property(tries = 200)
    void referenceValueIsReproducedAndRatioIsConsistent(
            @ForAll @DoubleRange(min = -8, max = 2) double log10Value,
            @ForAll @DoubleRange(min = 200, max = 1500) double tRef,
            @ForAll @DoubleRange(min = 0, max = 2) double eaEV,
            @ForAll @DoubleRange(min = 200, max = 1500) double t) {
        double value = Math.pow(10, log10Value);
        Arrhenius law = Arrhenius.fromReference(value, tRef, Units.eV(eaEV));
        assertThat(law.valueAt(tRef)).isCloseTo(value, within(1e-12 * value));
        assertThat(law.valueAt(t) / law.valueAt(tRef)).isCloseTo(law.ratio(tRef, t), within(1e-9 * law.ratio(tRef, t)));
        assertThat(law.activationEnergyEV()).isCloseTo(eaEV, within(1e-12));
    }

    @Property(tries = 200)
    void twoPointsRecoverTheLaw(@ForAll @DoubleRange(min = 0.05, max = 1.5) double eaEV,
            @ForAll @DoubleRange(min = 250, max = 600) double t1, @ForAll @DoubleRange(min = 10, max = 400) double dt) {
        Arrhenius law = Arrhenius.of(1e3, Units.eV(eaEV));
        Arrhenius fit = Arrhenius.fromTwoPoints(t1, law.valueAt(t1), t1 + dt, law.valueAt(t1 + dt));
        assertThat(fit.activationEnergyEV()).isCloseTo(eaEV, within(1e-8));
        assertThat(fit.prefactor()).isCloseTo(1e3, within(1e-5));
    }

    @Test
    void conductivityOfTenfoldPer50KelvinMeansKnownActivationEnergy() {
        // ln(10) k_B / (1/300 - 1/350) = 0.4162 eV
        Arrhenius fit = Arrhenius.fromTwoPoints(300, 1e-4, 350, 1e-3);
        assertThat(fit.activationEnergyEV()).isCloseTo(Math.log(10) * Constants.BOLTZMANN_EV / (1.0 / 300 - 1.0 / 350),
                within(1e-12));
    }

    @Test
    void badInputNamesTheParameter() {
        assertThatThrownBy(() -> Arrhenius.of(-1, 0)).hasMessageContaining("prefactor");
        assertThatThrownBy(() -> Arrhenius.of(1, Double.NaN)).hasMessageContaining("activation energy");
        assertThatThrownBy(() -> Arrhenius.of(1, 0).valueAt(-3)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> Arrhenius.fromTwoPoints(300, 1e-3, 350, 1e-4)).hasMessageContaining("negative activation");
    }
}
