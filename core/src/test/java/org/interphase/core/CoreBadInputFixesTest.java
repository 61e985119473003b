package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the bad-input harness (issue 13) found in core, one case each: overflow reported with the
 * inputs that caused it, results that are finite where the mathematics is, "no upper bound" as an
 * empty OptionalDouble instead of +∞, and messages that name the parameter.
 */
class CoreBadInputFixesTest {

    private static final double EA = Units.eV(0.5);

    @Test
    void unboundedLawsHaveNoHighestTemperatureInsteadOfInfinity() {
        assertThat(Arrhenius.of(1e-6, EA).highestTemperature()).isEmpty();
        assertThat(VogelTammannFulcher.of(1e-6, 1000, 200).highestTemperature()).isEmpty();
        assertThat(SinglePoint.of(1, 300).assumedConstant().highestTemperature()).isEmpty();
        assertThat(SinglePoint.of(1, 300).highestTemperature()).hasValue(300 + SinglePoint.TOLERANCE);
    }

    @Test
    void arrheniusThroughATinyReferenceValueIsFiniteWhereTheMathematicsIs() {
        // A = 1e-300·exp(20 eV/(k_B·300 K)) = exp(−690.8 + 773.6) ≈ 1e36: exp(773.6) alone overflows
        Arrhenius law = Arrhenius.fromReference(1e-300, 300, Units.eV(20));
        assertThat(law.prefactor()).isFinite();
        assertThat(law.valueAt(300) / 1e-300).isCloseTo(1.0, within(1e-9));
        // the same law through two points 300 orders of magnitude apart
        Arrhenius two = Arrhenius.fromTwoPoints(300, 1e-300, 3000, 1.0);
        assertThat(two.valueAt(3000)).isCloseTo(1.0, within(1e-9));
        assertThat(two.valueAt(300) / 1e-300).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void arrheniusOverflowNamesTheInputs() {
        assertThatThrownBy(() -> Arrhenius.fromReference(1e300, 300, EA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value = 1.0E300")
                .hasMessageContaining("referenceTemperature = 300.0 K");
        assertThatThrownBy(() -> Arrhenius.fromReference(1, 1e-300, EA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referenceTemperature = 1.0E-300 K");
        assertThatThrownBy(() -> Arrhenius.fromTwoPoints(1e300, 1, 3000, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t1 = 1.0E300 K")
                .hasMessageContaining("negative activation energy");
        assertThatThrownBy(() -> Arrhenius.fromTwoPoints(300, 1e300, 3000, 1e-300))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value1 = 1.0E300");
        // q(10 K)/q(1 K) for Ea = 0.5 eV is exp(5222): an overflow, not +∞
        assertThatThrownBy(() -> Arrhenius.of(1e-6, EA).ratio(1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from = 1.0 K")
                .hasMessageContaining("to = 10.0 K");
        assertThat(Arrhenius.of(1e-6, EA).ratio(300, 600))
                .isCloseTo(Math.exp(EA / Constants.BOLTZMANN * (1.0 / 300 - 1.0 / 600)), within(1e-6));
    }

    @Test
    void vtfJustAboveATinyT0UnderflowsToZeroInsteadOfNaN() {
        // A/√T overflows (1e300/1.4e-150) while exp(−B/(T − T0)) underflows: ∞·0 was NaN
        assertThat(VogelTammannFulcher.of(1e300, 1, 1e-300).valueAt(2e-300)).isZero();
        // B·(T/(T − T0))² overflows just above T0
        assertThatThrownBy(() -> VogelTammannFulcher.of(1, 1e300, 200).apparentActivationEnergy(200.000001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature = 200.000001 K");
    }

    @Test
    void convergenceExceptionIsHonestAboutUnknownAndDivergedResiduals() {
        ConvergenceException diverged = new ConvergenceException("Newton", 4, Double.POSITIVE_INFINITY, "");
        assertThat(diverged.knownResidual()).isEmpty();
        assertThat(diverged.getMessage()).isEqualTo("Newton did not converge in 4 iterations (residual diverged to Infinity)");
        assertThatThrownBy(() -> new ConvergenceException("Newton", -1, 1e-3, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("iterations must be >= 0, was -1");
    }

    @Test
    void newtonStepLimitIsFiniteOrExplicitlyNone() {
        assertThatThrownBy(() -> NewtonSolver.withDefaults().withMaxStep(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max step")
                .hasMessageContaining("Infinity");
        assertThat(NewtonSolver.withDefaults().withMaxStep(2).withoutStepLimit().toString()).contains("max step none");
    }

    @Test
    void profileMessagesNameTheParameter() {
        Profile p = Profile.of(new double[] {0, 1, 2}, new double[] {0, 1, 4});
        assertThatThrownBy(() -> p.valueAt(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position x must be in [0.0, 2.0] m, was 5.0 m");
        assertThatThrownBy(() -> p.writeCsv((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file must not be null");
        assertThatThrownBy(() -> Profile.of(new double[] {0, 1}, new double[] {0, 1}, null, "m", "y", ""))
                .isInstanceOf(NullPointerException.class).hasMessage("xName must not be null");
        // a null unit is documented as dimensionless
        assertThat(Profile.of(new double[] {0, 1}, new double[] {0, 1}, "x", null, "y", null).toCsv())
                .startsWith("x,y\n");
        assertThatThrownBy(() -> TemperatureLaw.requireCovered(null, 300)).isInstanceOf(NullPointerException.class)
                .hasMessage("law must not be null");
        // a null parameter name was accepted as long as the value was not null
        assertThatThrownBy(() -> Checks.nonNull("value", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }

    @Test
    void unitConversionOverflowIsRefused() {
        assertThatThrownBy(() -> Units.toEV(1e300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
    }
}
