package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void messageNamesParameterValueUnitAndRange() {
        assertThatThrownBy(() -> Checks.nonNegative(-1.0e-9, "coating thickness", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("coating thickness must be >= 0 m, was -1.0E-9 m");
        assertThatThrownBy(() -> Checks.inOpenRange(1.2, 0, 1, "bulk occupancy", ""))
                .hasMessage("bulk occupancy must be in (0.0, 1.0), was 1.2");
        assertThatThrownBy(() -> Checks.positive(Double.NaN, "temperature", "K"))
                .hasMessage("temperature must be a finite number (in K), was NaN K");
        assertThatThrownBy(() -> Checks.positive(Double.POSITIVE_INFINITY, "modulus", "Pa"))
                .hasMessageContaining("modulus").hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Checks.strictlyIncreasing(new double[] {0, 2, 1}, "nodes", "m"))
                .hasMessageContaining("nodes[2]");
        assertThatThrownBy(() -> Checks.allFinite(new double[0], "heights", "m")).hasMessageContaining("empty");
    }

    @Test
    void validValuesPassThrough() {
        assertThat(Checks.positive(3.0, "x", "m")).isEqualTo(3.0);
        assertThat(Checks.inClosedRange(0.5, 0, 0.5, "nu", "")).isEqualTo(0.5);
        assertThat(Checks.atLeast(1.0, 1.0, "eps", "")).isEqualTo(1.0);
    }

    @Test
    void newHelpersNameTheParameterAndTheFirstBadElement() {
        assertThatThrownBy(() -> Checks.nonNull(null, "source")).isInstanceOf(NullPointerException.class)
                .hasMessage("source must not be null");
        assertThatThrownBy(() -> Checks.nonBlank(" ", "phase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phase must not be blank, was ' '");
        assertThatThrownBy(() -> Checks.index(5, 5, "node index")).hasMessage("node index must be in [0, 4], was 5");
        assertThatThrownBy(() -> Checks.inClosedRange(0, 1, 10, "samples")).hasMessage("samples must be in [1, 10], was 0");
        assertThatThrownBy(() -> Checks.allPositive(new double[] {1, 0, -1}, "widths", "m"))
                .hasMessage("widths[1] must be > 0 m, was 0.0 m");
        assertThatThrownBy(() -> Checks.allNonNegative(new double[] {1, -2}, "c", "mol/m³"))
                .hasMessage("c[1] must be >= 0 mol/m³, was -2.0 mol/m³");
        assertThatThrownBy(() -> Checks.allFinite(new double[] {1}, 2, "x", "")).hasMessage("x must hold at least 2 elements, had 1");
        assertThatThrownBy(() -> Checks.sameLength(null, "x", new double[1], "y")).hasMessage("x must not be null");
        assertThatThrownBy(() -> Checks.finiteResult(Double.POSITIVE_INFINITY, "rate (1/s)", "T = 1 K", "raise T"))
                .hasMessageContaining("rate (1/s) is not a finite number (result Infinity) for T = 1 K").hasMessageContaining("raise T");
    }

    @Test
    void allocationRefusesHugeCountsWithTheEstimate() {
        assertThatThrownBy(() -> Checks.allocation(3_000_000_000L, 1, 8, "a mesh"))
                .hasMessageContaining("a mesh needs arrays of 3000000000 elements");
        long heap = Runtime.getRuntime().maxMemory();
        assertThatThrownBy(() -> Checks.allocation(heap / 8 + 1, 2, 8, "a mesh"))
                .hasMessageContaining("a mesh needs about").hasMessageContaining("maximum heap");
        assertThat(Checks.allocation(1000, 8, 8, "work arrays")).isEqualTo(1000);
    }

    @Test
    void negativeZeroComesBackAsPositiveZeroWhereItWouldFlipASign() {
        double z = Checks.nonNegative(-0.0, "thickness", "m");
        assertThat(1 / z).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
