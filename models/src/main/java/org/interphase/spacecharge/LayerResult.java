package org.interphase.spacecharge;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * What one phase of a junction or stack contributes.
 *
 * @param phase the phase name
 * @param drop the potential drop in the phase: φ(interface) − φ∞ for a semi-infinite phase (positive
 *     when its Li⁺ is depleted), φ(right face) − φ(left face) for a finite layer, V
 * @param charge the space charge of the phase per area, C/m² (for an electron conductor, its
 *     electronic surface charge)
 * @param capacitance the differential capacitance of the layer, F/m² ({@code +∞} for an ideal
 *     electron conductor, which screens at its surface)
 * @param width the layer width ε/C, the plate-capacitor thickness of the same capacitance, m (0 for
 *     an electron conductor; the thickness d for a finite layer of a stack, whose two space-charge
 *     layers are measured by {@link LayeredSolution#spaceChargeExtents})
 * @param excessResistanceLength ℓ_R = ∫(σ∞/σ − 1)dx, m
 * @param resistance the area-specific resistance the layer adds, ℓ_R/σ∞, Ω·m²
 * @param interfaceCarrierDensity the conducting carrier's concentration at the interface, 1/m³
 * @param warning an explanation if the phase's charge law is out of its validity range (a dilute law
 *     predicting more carriers than sites), else empty
 */
public record LayerResult(String phase, double drop, double charge, double capacitance, double width,
        double excessResistanceLength, double resistance, double interfaceCarrierDensity, String warning) {

    /**
     * Validates the names.
     *
     * @param phase the phase name
     * @param drop the potential drop in the phase: φ(interface) − φ∞ for a semi-infinite phase (positive
     *     when its Li⁺ is depleted), φ(right face) − φ(left face) for a finite layer, V
     * @param charge the space charge of the phase per area, C/m² (for an electron conductor, its
     *     electronic surface charge)
     * @param capacitance the differential capacitance of the layer, F/m² ({@code +∞} for an ideal
     *     electron conductor, which screens at its surface)
     * @param width the layer width ε/C, the plate-capacitor thickness of the same capacitance, m (0 for
     *     an electron conductor)
     * @param excessResistanceLength ℓ_R = ∫(σ∞/σ − 1)dx, m
     * @param resistance the area-specific resistance the layer adds, ℓ_R/σ∞, Ω·m²
     * @param interfaceCarrierDensity the conducting carrier's concentration at the interface, 1/m³
     * @param warning an explanation if the phase's charge law is out of its validity range (a dilute law
     *     predicting more carriers than sites), else empty
     */
    public LayerResult {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(warning, "warning");
        Checks.finite(drop, "drop", "V");
        Checks.finite(charge, "charge", "C/m²");
        Checks.finite(width, "width", "m");
        Checks.finite(excessResistanceLength, "excess resistance length", "m");
        Checks.finite(resistance, "resistance", "Ω·m²");
        Checks.finite(interfaceCarrierDensity, "interface carrier density", "1/m³");
        // +∞ only for an ideal electron conductor, which has no width
        if (!(capacitance > 0 && (Double.isFinite(capacitance) || width == 0))) {
            throw new IllegalArgumentException("capacitance of " + phase + " must be > 0 F/m² and finite (or +∞ for an "
                    + "electron conductor of width 0), was " + capacitance + " F/m²");
        }
        Checks.nonNegative(width, "width", "m");
    }

    /** @return true if {@link #warning()} is not empty */
    public boolean hasWarning() {
        return !warning.isEmpty();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s: drop %.4g V, charge %.4g µC/cm², C %s µF/cm², width %.4g nm, R %.4g Ω·cm²%s", phase,
                drop, charge * 100, Double.isInfinite(capacitance) ? "∞" : String.format(java.util.Locale.ROOT, "%.4g", capacitance * 100),
                Units.toNm(width), Units.toOhmCm2(resistance), warning.isEmpty() ? "" : " [" + warning + "]");
    }
}
