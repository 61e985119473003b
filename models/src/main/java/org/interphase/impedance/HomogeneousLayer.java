package org.interphase.impedance;

import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Display;

/**
 * A homogeneous layer (bulk electrolyte, coating, interphase) per unit area: an ion-conducting
 * dielectric slab between planar electrodes.
 *
 * <p>R = L/σ (Ω·m²), C = ε0·εr/L (F/m²), Z = R/(1 + jωRC). The time constant τ = RC = ε0εr/σ and
 * the apex frequency of the arc f = σ/(2π ε0 εr) do not depend on the thickness: thickness scales
 * the arc's diameter, not its frequency (see the research note buffer-and-impedance.md, §3.1).
 *
 * @param thickness layer thickness L, m (&gt; 0)
 * @param conductivity ionic conductivity σ, S/m (&gt; 0)
 * @param relativePermittivity relative permittivity εr (&ge; 1)
 */
public record HomogeneousLayer(double thickness, double conductivity, double relativePermittivity)
        implements Impedance {

    /**
     * Validates the parameters.
     *
     * @param thickness layer thickness L, m (&gt; 0)
     * @param conductivity ionic conductivity σ, S/m (&gt; 0)
     * @param relativePermittivity relative permittivity εr (&ge; 1)
     * @throws IllegalArgumentException for a parameter out of range, or parameters whose R, C, τ
     *     or apex frequency falls outside double precision (e.g. σ = 1e300 S/m)
     */
    public HomogeneousLayer {
        Checks.positive(thickness, "layer thickness", "m");
        Checks.positive(conductivity, "layer conductivity", "S/m");
        Checks.atLeast(relativePermittivity, 1.0, "relative permittivity", "");
        String inputs = "thickness = " + thickness + " m, conductivity = " + conductivity
                + " S/m, relativePermittivity = " + relativePermittivity;
        Cx.representable(thickness / conductivity, "resistance L/σ", "Ω·m²", inputs);
        Cx.representable(Constants.VACUUM_PERMITTIVITY * relativePermittivity / thickness, "capacitance ε0εr/L",
                "F/m²", inputs);
        double tau = Constants.VACUUM_PERMITTIVITY * relativePermittivity / conductivity;
        Cx.representable(tau, "time constant ε0εr/σ", "s", inputs);
        Cx.representable(1.0 / (2 * Math.PI * tau), "apex frequency σ/(2π ε0 εr)", "Hz", inputs);
    }

    /**
     * @param thickness layer thickness, m
     * @param conductivity ionic conductivity, S/m
     * @param relativePermittivity relative permittivity
     * @return the layer
     * @throws IllegalArgumentException as {@link #HomogeneousLayer(double, double, double)}
     */
    public static HomogeneousLayer of(double thickness, double conductivity, double relativePermittivity) {
        return new HomogeneousLayer(thickness, conductivity, relativePermittivity);
    }

    /** @return the area-specific resistance R = L/σ, Ω·m² */
    public double resistance() {
        return thickness / conductivity;
    }

    /** @return the geometric capacitance per area C = ε0εr/L, F/m² */
    public double capacitance() {
        return Constants.VACUUM_PERMITTIVITY * relativePermittivity / thickness;
    }

    /** @return the dielectric relaxation time τ = ε0εr/σ, s */
    public double timeConstant() {
        return Constants.VACUUM_PERMITTIVITY * relativePermittivity / conductivity;
    }

    /** @return the apex frequency of the arc f = σ/(2π ε0 εr), Hz */
    public double apexFrequency() {
        return 1.0 / (2 * Math.PI * timeConstant());
    }

    @Override
    public void evaluate(double[] omega, double[] re, double[] im) {
        Cx.checkEvaluate(omega, re, im);
        Cx.voigt(resistance(), timeConstant(), omega, re, im);
    }

    @Override
    public boolean perArea() {
        return true;
    }

    @Override
    public String toString() {
        return "layer " + length(thickness) + ", σ = " + Display.quantity(conductivity / 100, "S/cm", 4)
                + ", εr = " + Display.number(relativePermittivity, 4) + ": R = " + Display.quantity(resistance() * 1e4,
                "Ω·cm²", 4) + ", C = " + Display.quantity(capacitance() * 1e-4, "F/cm²", 4) + ", f_apex = "
                + Display.quantity(apexFrequency(), "Hz", 4);
    }

    /** A length with four significant digits and the SI prefix that reads best ({@link Display}): 5 nm, 1.2 µm. */
    static String length(double metres) {
        return Display.quantity(metres, "m", 4);
    }
}
