package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class ConstantsTest {

    // CODATA 2018 (Tiesinga et al., Rev. Mod. Phys. 93, 025010, 2021): F = 96485.33212... C/mol,
    // R = 8.314462618... J/(mol K), both exact products of exact constants.
    @Test
    void derivedConstantsMatchCodata2018() {
        assertThat(Constants.FARADAY).isCloseTo(96485.33212, within(1e-5));
        assertThat(Constants.GAS_CONSTANT).isCloseTo(8.314462618, within(1e-9));
        assertThat(Constants.BOLTZMANN_EV).isCloseTo(8.617333262e-5, within(1e-14));
    }

    @Test
    void thermalVoltageAtRoomTemperatureIs25point69mV() {
        assertThat(Constants.thermalVoltage(298.15)).isCloseTo(0.0256926, withinPercentage(1e-4));
    }

    @Test
    void zeroTemperatureIsRejectedWithItsName() {
        assertThatThrownBy(() -> Constants.thermalVoltage(0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temperature").hasMessageContaining("K");
    }
}
