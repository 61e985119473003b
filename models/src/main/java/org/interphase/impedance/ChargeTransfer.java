package org.interphase.impedance;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Charge transfer across an electrode | electrolyte interface, per unit area: the linearized
 * Butler–Volmer resistance in parallel with the double-layer capacitance.
 *
 * <p>R_ct = RT/(zF·i0) (Ω·m², Bard &amp; Faulkner, <i>Electrochemical Methods</i>, 2nd ed.,
 * eq. 3.4.11), Z = R_ct/(1 + jωR_ct C_dl), apex at f = 1/(2π R_ct C_dl). Loss of contact area
 * scales R_ct by 1/A and C_dl by A, so the apex does not move.
 *
 * @param resistance charge-transfer resistance R_ct, Ω·m²
 * @param doubleLayerCapacitance double-layer capacitance C_dl, F/m² (1–20 µF/cm² = 0.01–0.2 F/m²
 *     is typical of solid | solid interfaces)
 */
public record ChargeTransfer(double resistance, double doubleLayerCapacitance) implements Impedance {

    /**
     * Validates the parameters.
     *
     * @param resistance charge-transfer resistance R_ct, Ω·m²
     * @param doubleLayerCapacitance double-layer capacitance C_dl, F/m²
     * @throws IllegalArgumentException for a parameter that is not finite and &gt; 0, or
     *     parameters whose time constant or apex frequency falls outside double precision
     */
    public ChargeTransfer {
        Checks.positive(resistance, "charge-transfer resistance", "Ω·m²");
        Checks.positive(doubleLayerCapacitance, "double-layer capacitance", "F/m²");
        String inputs = "resistance = " + resistance + " Ω·m², doubleLayerCapacitance = " + doubleLayerCapacitance
                + " F/m²";
        double tau = Cx.representable(resistance * doubleLayerCapacitance, "time constant R_ct·C_dl", "s", inputs);
        Cx.representable(1 / (2 * Math.PI * tau), "apex frequency 1/(2π R_ct C_dl)", "Hz", inputs);
    }

    /**
     * From the exchange current density.
     *
     * @param exchangeCurrentDensity i0, A/m² (&gt; 0)
     * @param electrons electrons transferred per reaction z (≥ 1; 1 for Li⁺ + e⁻)
     * @param temperature T, K (&gt; 0)
     * @param doubleLayerCapacitance C_dl, F/m²
     * @return the interface with R_ct = RT/(zF i0)
     * @throws IllegalArgumentException for a parameter out of range, or parameters whose R_ct,
     *     time constant or apex frequency falls outside double precision
     */
    public static ChargeTransfer fromExchangeCurrent(double exchangeCurrentDensity, int electrons, double temperature,
            double doubleLayerCapacitance) {
        Checks.positive(exchangeCurrentDensity, "exchange current density", "A/m²");
        Checks.positive(electrons, "electrons transferred");
        Checks.positive(temperature, "temperature", "K");
        Checks.positive(doubleLayerCapacitance, "double-layer capacitance", "F/m²");
        String inputs = "exchangeCurrentDensity = " + exchangeCurrentDensity + " A/m², electrons = " + electrons
                + ", temperature = " + temperature + " K";
        double r = Cx.representable(
                Constants.GAS_CONSTANT * temperature / (electrons * Constants.FARADAY * exchangeCurrentDensity),
                "charge-transfer resistance RT/(zF i0)", "Ω·m²", inputs);
        inputs += ", doubleLayerCapacitance = " + doubleLayerCapacitance + " F/m²";
        double tau = Cx.representable(r * doubleLayerCapacitance, "time constant R_ct·C_dl", "s", inputs);
        Cx.representable(1 / (2 * Math.PI * tau), "apex frequency 1/(2π R_ct C_dl)", "Hz", inputs);
        return new ChargeTransfer(r, doubleLayerCapacitance);
    }

    /** @return the apex frequency 1/(2π R_ct C_dl), Hz */
    public double apexFrequency() {
        return 1 / (2 * Math.PI * resistance * doubleLayerCapacitance);
    }

    @Override
    public void evaluate(double[] omega, double[] re, double[] im) {
        Cx.checkEvaluate(omega, re, im);
        Cx.voigt(resistance, resistance * doubleLayerCapacitance, omega, re, im);
    }

    @Override
    public boolean perArea() {
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "charge transfer: R_ct = %.5g Ω·cm², C_dl = %.5g µF/cm², f_apex = %.5g Hz",
                resistance * 1e4, doubleLayerCapacitance * 1e2, apexFrequency());
    }
}
