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
}
