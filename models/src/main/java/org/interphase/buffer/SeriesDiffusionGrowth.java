package org.interphase.buffer;

import org.interphase.core.Checks;

/**
 * Interphase growth limited by diffusion in series through the coating (a barrier of thickness L)
 * and the growing interphase, the Deal–Grove form
 * <pre>
 *   L_int²/(2·D_int) + L·L_int/D_c = Ω·Δc·t
 *   ⇒ L_int = D_int·(−L/D_c + √((L/D_c)² + 2·Ω·Δc·t/D_int))
 * </pre>
 * Linear in t while the barrier dominates (L_int ≪ 2L·D_int/D_c: L_int ≈ Ω·Δc·t·D_c/L), parabolic
 * afterwards (L_int ≈ √(2·D_int·Ω·Δc·t)); Deal &amp; Grove, J. Appl. Phys. 36 (1965) 3770; research
 * notes, buffer-and-impedance.md §1.3, M4.
 *
 * @param interphaseDiffusivity D_int, m²/s (&gt; 0)
 * @param coatingDiffusivity D_c, m²/s (&gt; 0)
 * @param drivingForce Ω·Δc, molar volume of the interphase times the driving concentration
 *     difference, dimensionless (&gt; 0)
 */
public record SeriesDiffusionGrowth(double interphaseDiffusivity, double coatingDiffusivity, double drivingForce)
        implements InterphaseGrowth {

    /**
     * Validates the components.
     *
     * @param interphaseDiffusivity D_int, m²/s (&gt; 0)
     * @param coatingDiffusivity D_c, m²/s (&gt; 0)
     * @param drivingForce Ω·Δc, molar volume of the interphase times the driving concentration difference, dimensionless (&gt; 0)
     */

    public SeriesDiffusionGrowth {
        Checks.positive(interphaseDiffusivity, "interphase diffusivity", "m²/s");
        Checks.positive(coatingDiffusivity, "coating diffusivity", "m²/s");
        Checks.positive(drivingForce, "driving force Ω·Δc", "");
    }

    @Override
    public double thickness(double coatingThickness, double time) {
        Checks.nonNegative(coatingThickness, "coating thickness", "m");
        Checks.nonNegative(time, "time", "s");
        double b = coatingThickness / coatingDiffusivity;
        // √c with c = 2·Ω·Δc·t/D_int, taken as a product of roots so that a long time does not overflow c
        double rootC = Math.sqrt(2 * drivingForce / interphaseDiffusivity) * Math.sqrt(time);
        if (rootC == 0) {
            return 0.0; // no time, no growth (and no 0/0 when there is no barrier either)
        }
        // −b + √(b² + c) = c/(b + √(b² + c)), without cancellation for b² ≫ c and without overflow of b² or c
        return interphaseDiffusivity * rootC * (rootC / (b + Math.hypot(b, rootC)));
    }
}
