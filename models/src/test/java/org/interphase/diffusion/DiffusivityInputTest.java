package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.interphase.core.Arrhenius;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the {@link Diffusivity} factories is refused with a message that names the Java
 * parameter and shows its value, before any work; finite input never gives NaN or ∞ (issue 13 §2,
 * the harness rows of {@code Diffusivity}).
 */
class DiffusivityInputTest {

    private static final double[] C = {0, 50, 100};
    private static final double[] D = {1e-18, 3e-18, 1e-17};

    /** One bad call, the exception it must throw and the fragments its message must hold. */
    record Case(String label, ThrowingCallable call, Class<? extends Throwable> type, List<String> fragments) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Case iae(String label, ThrowingCallable call, String... fragments) {
        return new Case(label, call, IllegalArgumentException.class, List.of(fragments));
    }

    private static Case npe(String label, ThrowingCallable call, String... fragments) {
        return new Case(label, call, NullPointerException.class, List.of(fragments));
    }

    static Stream<Case> cases() {
        Diffusivity darken = Diffusivity.darken(Arrhenius.of(1e-4, Units.eV(1)), Arrhenius.of(1e-5, Units.eV(1)), 1000,
                1);
        Diffusivity table = Diffusivity.tabulated(C, D, 1000, Units.eV(1));
        return Stream.of(
                iae("constant NaN", () -> Diffusivity.constant(Double.NaN), "value", "NaN", "m²/s"),
                iae("constant +∞", () -> Diffusivity.constant(Double.POSITIVE_INFINITY), "value", "Infinity"),
                iae("constant −∞", () -> Diffusivity.constant(Double.NEGATIVE_INFINITY), "value", "-Infinity"),
                iae("constant −1", () -> Diffusivity.constant(-1), "value", "-1.0", "> 0 m²/s"),
                iae("constant 0", () -> Diffusivity.constant(0), "value", "0.0", "> 0 m²/s"),
                iae("constant −0.0", () -> Diffusivity.constant(-0.0), "value", "-0.0", "> 0 m²/s"),
                iae("arrhenius prefactor NaN", () -> Diffusivity.arrhenius(Double.NaN, 0), "prefactor", "NaN"),
                iae("arrhenius Ea −1 J", () -> Diffusivity.arrhenius(1e-6, -1), "activationEnergy", "-1.0"),
                // 1e300 J is 6e318 eV: the law's activationEnergyEV() was Infinity
                iae("arrhenius Ea 1e300 J", () -> Diffusivity.arrhenius(1e-6, 1e300), "activationEnergy", "1.0E300",
                        "1000 eV"),
                // an activation energy typed in J/mol instead of J per particle
                iae("arrhenius Ea 150 kJ (J/mol?)", () -> Diffusivity.arrhenius(1e-6, 150e3), "activationEnergy",
                        "150000.0", "J/mol"),
                iae("darken fractionB NaN", () -> Diffusivity.darken(Double.NaN, 1e-18, 1e-18, 1), "fractionB", "NaN"),
                iae("darken fractionB +∞", () -> Diffusivity.darken(Double.POSITIVE_INFINITY, 1e-18, 1e-18, 1),
                        "fractionB", "Infinity"),
                iae("darken fractionB −∞", () -> Diffusivity.darken(Double.NEGATIVE_INFINITY, 1e-18, 1e-18, 1),
                        "fractionB", "-Infinity"),
                iae("darken fractionB −1", () -> Diffusivity.darken(-1, 1e-18, 1e-18, 1), "fractionB", "-1.0", "[0.0, 1.0]"),
                iae("darken fractionB 1e300", () -> Diffusivity.darken(1e300, 1e-18, 1e-18, 1), "fractionB", "1.0E300"),
                iae("darken tracerA NaN", () -> Diffusivity.darken(0.5, Double.NaN, 1e-18, 1), "tracerA", "NaN"),
                iae("darken tracerA +∞", () -> Diffusivity.darken(0.5, Double.POSITIVE_INFINITY, 1e-18, 1), "tracerA",
                        "Infinity"),
                iae("darken tracerA −∞", () -> Diffusivity.darken(0.5, Double.NEGATIVE_INFINITY, 1e-18, 1), "tracerA",
                        "-Infinity"),
                iae("darken tracerA −1", () -> Diffusivity.darken(0.5, -1, 1e-18, 1), "tracerA", "-1.0", "m²/s"),
                iae("darken tracerB NaN", () -> Diffusivity.darken(0.5, 1e-18, Double.NaN, 1), "tracerB", "NaN"),
                iae("darken tracerB +∞", () -> Diffusivity.darken(0.5, 1e-18, Double.POSITIVE_INFINITY, 1), "tracerB",
                        "Infinity"),
                iae("darken tracerB −∞", () -> Diffusivity.darken(0.5, 1e-18, Double.NEGATIVE_INFINITY, 1), "tracerB",
                        "-Infinity"),
                iae("darken tracerB −1", () -> Diffusivity.darken(0.5, 1e-18, -1, 1), "tracerB", "-1.0", "m²/s"),
                iae("darken thermodynamicFactor 0", () -> Diffusivity.darken(0.5, 1e-18, 1e-18, 0), "thermodynamicFactor",
                        "0.0"),
                // (0.5·1e300 + 0.5·1e300)·1e300 overflows: was Infinity from finite input
                iae("darken overflow", () -> Diffusivity.darken(0.5, 1e300, 1e300, 1e300), "overflows"),
                iae("darken law at c = NaN", () -> darken.valueAt(1000, Double.NaN), "concentration", "NaN"),
                npe("darken null tracerA", () -> Diffusivity.darken(null, Arrhenius.of(1, 0), 1, 1), "tracerA"),
                iae("darken totalConcentration 0", () -> Diffusivity.darken(Arrhenius.of(1, 0), Arrhenius.of(1, 0), 0, 1),
                        "totalConcentration", "0.0"),
                npe("of null description", () -> Diffusivity.of((t, c) -> 1e-18, null), "description"),
                npe("of null function", () -> Diffusivity.of(null, "D"), "function"),
                iae("tabulated values null", () -> Diffusivity.tabulated(C, null, 1000, 0), "values", "null"),
                iae("tabulated values empty", () -> Diffusivity.tabulated(C, new double[0], 1000, 0), "values", "empty"),
                iae("tabulated values of length 1", () -> Diffusivity.tabulated(C, new double[] {1e-18}, 1000, 0),
                        "values", "3 and 1"),
                iae("tabulated values NaN", () -> Diffusivity.tabulated(C, new double[] {1e-18, Double.NaN, 1e-18}, 1000,
                        0), "values[1]", "NaN"),
                iae("tabulated values ∞", () -> Diffusivity.tabulated(C, new double[] {1e-18, 1e-18,
                        Double.POSITIVE_INFINITY}, 1000, 0), "values[2]", "Infinity"),
                iae("tabulated values −1", () -> Diffusivity.tabulated(C, new double[] {1e-18, -1, 1e-18}, 1000, 0),
                        "values[1]", "-1.0", "m²/s"),
                iae("tabulated concentrations null", () -> Diffusivity.tabulated(null, D, 1000, 0), "concentrations"),
                iae("tabulated concentrations decreasing", () -> Diffusivity.tabulated(new double[] {0, 100, 50}, D, 1000,
                        0), "concentrations", "strictly increasing"),
                iae("tabulated one point", () -> Diffusivity.tabulated(new double[] {0}, new double[] {1e-18}, 1000, 0),
                        "concentrations", "2"),
                // exp(Ea/(k_B·T_ref)) overflowed the Arrhenius prefactor: "Arrhenius prefactor must be finite"
                iae("tabulated referenceTemperature 1e-300 K", () -> Diffusivity.tabulated(C, D, 1e-300, Units.eV(1)),
                        "referenceTemperature", "1.0E-300"),
                iae("tabulated referenceTemperature 10 K, Ea 10 eV", () -> Diffusivity.tabulated(C, D, 10, Units.eV(10)),
                        "referenceTemperature", "10.0", "activationEnergy"),
                iae("tabulated activationEnergy 1e300", () -> Diffusivity.tabulated(C, D, 1000, 1e300),
                        "activationEnergy", "1.0E300"),
                iae("tabulated activationEnergy NaN", () -> Diffusivity.tabulated(C, D, 1000, Double.NaN),
                        "activationEnergy", "NaN"),
                iae("tabulated referenceTemperature 0", () -> Diffusivity.tabulated(C, D, 0, 0), "referenceTemperature",
                        "0.0"),
                iae("tabulated at c = NaN", () -> table.valueAt(1000, Double.NaN), "concentration", "NaN"),
                iae("tabulated at T = 0", () -> table.valueAt(0, 50), "temperature", "0.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedWithItsNameAndValue(Case c) {
        var thrown = assertThatThrownBy(c.call()).isInstanceOf(c.type());
        for (String fragment : c.fragments()) {
            thrown.hasMessageContaining(fragment);
        }
    }

    @Test
    void aTableReturnsItsNodesExactlyWhateverTheSignOfZero() {
        // Arrays.binarySearch orders −0.0 before 0.0: a query of −0.0 against a node at 0.0 fell into the
        // interval below and was interpolated with weight 1, exp(ln D_0 + 1·(ln D_1 − ln D_0)) ≠ D_1
        double[] c = {-1, 0.0, 1};
        double[] d = {1e-18, 3e-18, 1e-17};
        Diffusivity table = Diffusivity.tabulated(c, d, 1000, Units.eV(1));
        for (double at : new double[] {0.0, -0.0}) {
            assertThat(table.valueAt(1000, at)).as("D at c = %s", at).isEqualTo(3e-18);
        }
        assertThat(table.valueAt(1000, -1)).isEqualTo(1e-18);
        assertThat(table.valueAt(1000, 1)).isEqualTo(1e-17);
        Diffusivity negativeZeroNode = Diffusivity.tabulated(new double[] {-1, -0.0, 1}, d, 1000, 0);
        for (double at : new double[] {0.0, -0.0}) {
            assertThat(negativeZeroNode.valueAt(500, at)).as("D at c = %s", at).isEqualTo(3e-18);
        }
    }

    @Test
    void aTableShiftedToAnyTemperatureStaysFinite() {
        // the largest shift, T → ∞, is exp(Ea/(k_B·T_ref)): accepted tables never overflow
        Diffusivity table = Diffusivity.tabulated(C, D, 300, Units.eV(3));
        assertThat(table.valueAt(1e300, 100)).isFinite().isPositive();
        assertThat(table.valueAt(Double.MIN_VALUE, 100)).isZero();
    }
}
