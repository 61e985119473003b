package org.interphase.spacecharge;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * What one phase of a junction or stack contributes: its space-charge layer (or, for an electron
 * conductor, its surface charge; for a finite layer of a stack, the whole layer).
 *
 * <p>Two capacitances: the <em>differential</em> one, C_d = |dQ/dφ0| = ε|ρ(ψ0)|/|Q| (what a small-signal
 * impedance measurement sees), and the <em>integral</em> one, C_i = |Q/φ0| (the charge stored per volt
 * of drop). They agree only in linear response: a Mott–Schottky depletion layer has C_i = 2C_d at
 * large ψ0, and an accumulation layer C_i &lt; C_d.
 *
 * @param phase the phase name
 * @param drop the potential drop in the phase: φ(interface) − φ∞ for a semi-infinite phase (positive
 *     when its Li⁺ is depleted), φ(right face) − φ(left face) for a finite layer, V
 * @param charge the space charge of the phase per area, C/m² (for an electron conductor, its
 *     electronic surface charge)
 * @param differentialCapacitance |dQ/dφ0| of the layer, F/m² (ε/d for a finite layer; {@code +∞} for
 *     an ideal electron conductor, which screens at its surface)
 * @param integralCapacitance |Q/φ0| of the layer, F/m² (equal to the differential one at φ0 = 0 and
 *     for a finite layer, whose dielectric capacitance ε/d it is; {@code +∞} for an electron conductor)
 * @param width the layer width ε/C_d, the plate-capacitor thickness of the same differential
 *     capacitance, m (0 for an electron conductor; the thickness d for a finite layer of a stack, whose
 *     two space-charge layers are measured by {@link LayeredSolution#spaceChargeExtents})
 * @param excessResistanceLength ℓ_R = ∫(σ∞/σ − 1)dx, m
 * @param resistance the area-specific resistance the layer adds, ℓ_R/σ∞, Ω·m²
 * @param interfaceCarrierDensity the conducting carrier's concentration at the interface, 1/m³
 * @param warning an explanation if the phase's charge law is out of its validity range (a dilute law
 *     predicting more carriers than sites), else empty
 */
public record PhaseLayer(String phase, double drop, double charge, double differentialCapacitance,
        double integralCapacitance, double width, double excessResistanceLength, double resistance,
        double interfaceCarrierDensity, String warning) {

    /**
     * Validates the values.
     *
     * @param phase the phase name
     * @param drop the potential drop in the phase, V (finite)
     * @param charge the space charge of the phase per area, C/m² (finite)
     * @param differentialCapacitance |dQ/dφ0|, F/m² (&gt; 0; +∞ only with width 0)
     * @param integralCapacitance |Q/φ0|, F/m² (&gt; 0; +∞ only with width 0)
     * @param width the layer width ε/C_d, m (≥ 0, finite)
     * @param excessResistanceLength ℓ_R = ∫(σ∞/σ − 1)dx, m (finite)
     * @param resistance the area-specific resistance the layer adds, ℓ_R/σ∞, Ω·m² (finite)
     * @param interfaceCarrierDensity the conducting carrier's concentration at the interface, 1/m³ (finite)
     * @param warning an explanation if the phase's charge law is out of its validity range, else empty
     */
    public PhaseLayer {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(warning, "warning");
        Checks.finite(drop, "drop", "V");
        Checks.finite(charge, "charge", "C/m²");
        Checks.finite(width, "width", "m");
        Checks.finite(excessResistanceLength, "excessResistanceLength", "m");
        Checks.finite(resistance, "resistance", "Ω·m²");
        Checks.finite(interfaceCarrierDensity, "interfaceCarrierDensity", "1/m³");
        Checks.nonNegative(width, "width", "m");
        // +∞ only for an ideal electron conductor, which has no width
        checkCapacitance(differentialCapacitance, "differentialCapacitance", phase, width);
        checkCapacitance(integralCapacitance, "integralCapacitance", phase, width);
    }

    private static void checkCapacitance(double c, String name, String phase, double width) {
        if (!(c > 0 && (Double.isFinite(c) || width == 0))) {
            throw new IllegalArgumentException(name + " of " + phase + " must be > 0 F/m² and finite (or +∞ for an "
                    + "electron conductor of width 0), was " + c + " F/m²");
        }
    }

    /** @return true if {@link #warning()} is not empty */
    public boolean hasWarning() {
        return !warning.isEmpty();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: drop %.4g V, charge %.4g µC/cm², C %s µF/cm² (integral %s), "
                + "width %.4g nm, R %.4g Ω·cm²%s", phase, drop, charge * 100, uf(differentialCapacitance),
                uf(integralCapacitance), Units.toNm(width), Units.toOhmCm2(resistance),
                warning.isEmpty() ? "" : " [" + warning + "]");
    }

    private static String uf(double c) {
        return Double.isInfinite(c) ? "∞" : String.format(java.util.Locale.ROOT, "%.4g", c * 100);
    }
}
