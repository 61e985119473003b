package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.DoubleRange;

class OcvProperties {

    @net.jqwik.api.Property(tries = 200)
    void nmc811FitIsTheClosedFormOfChen2020(@ForAll @DoubleRange(min = 0.27, max = 0.90) double x) {
        // Chen et al., J. Electrochem. Soc. 167, 080534 (2020), written out independently of Cathodes.nmc811
        double u = 4.4875 - 0.8090 * x - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                - 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
        assertThat(Materials.NMC811.openCircuitVoltage().get().voltage(x)).isCloseTo(u, within(1e-12));
    }

    @net.jqwik.api.Property(tries = 200)
    void stateOfChargeMapsOntoTheStoichiometryWindow(@ForAll @DoubleRange(min = 0, max = 1) double soc) {
        OcvCurve c = Materials.LICOO2.openCircuitVoltage().get();
        double x = c.xMax() - soc * (c.xMax() - c.xMin());
        assertThat(c.voltageAtStateOfCharge(soc)).isEqualTo(c.voltage(x));
    }
}
