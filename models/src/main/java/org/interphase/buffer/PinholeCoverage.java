package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;

/**
 * Model M2: a coating that grows as islands and covers a fraction θ(L) = 1 − exp(−L/L_c) of the
 * interface; covered and bare parts conduct in parallel,
 * <pre>
 *   1/R(L) = (1 − θ)/R_unc + θ/(R_c0 + L/σ)
 * </pre>
 * with R_unc the bare interface, R_c0 the interface resistance of a perfectly coated spot and σ the
 * coating's effective conductivity. It predicts a sharp initial drop (pinholes dominate) and the
 * same linear rise as M1 (research notes, buffer-and-impedance.md §1.3). No closed form; the
 * optimum is found numerically.
 *
 * @param uncoatedResistance R_unc, Ω·m² (&gt; 0)
 * @param coatedInterfaceResistance R_c0, Ω·m² (&ge; 0)
 * @param coverageLength L_c, m (&gt; 0)
 * @param coatingConductivity σ, S/m (&gt; 0)
 */
public record PinholeCoverage(double uncoatedResistance, double coatedInterfaceResistance, double coverageLength,
        double coatingConductivity) implements CoatingTradeOff {

    /**
     * Validates the components.
     *
     * @param uncoatedResistance R_unc, Ω·m² (&gt; 0)
     * @param coatedInterfaceResistance R_c0, Ω·m² (&ge; 0)
     * @param coverageLength L_c, m (&gt; 0)
     * @param coatingConductivity σ, S/m (&gt; 0)
     */

    public PinholeCoverage {
        Checks.positive(uncoatedResistance, "uncoated resistance", "Ω·m²");
        Checks.nonNegative(coatedInterfaceResistance, "coated interface resistance", "Ω·m²");
        Checks.positive(coverageLength, "coverage length", "m");
        Checks.positive(coatingConductivity, "coating conductivity", "S/m");
    }

    /**
     * @param thickness L, m (&ge; 0)
     * @return θ(L) = 1 − exp(−L/L_c), the covered fraction
     */
    public double coverage(double thickness) {
        Checks.nonNegative(thickness, "coating thickness", "m");
        return -Math.expm1(-thickness / coverageLength);
    }

    @Override
    public double resistance(double thickness) {
        double theta = coverage(thickness);
        double coated = coatedInterfaceResistance + thickness / coatingConductivity;
        // coated > 0 whenever θ > 0, since θ > 0 needs L > 0
        double conductance = (1 - theta) / uncoatedResistance + (theta > 0 ? theta / coated : 0);
        return 1 / conductance;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "M2 pinhole coverage: R_unc = %s, R_c0 = %s, L_c = %s, σ = %.4g S/cm",
                Shown.resistance(uncoatedResistance, 4), Shown.resistance(coatedInterfaceResistance, 4),
                Shown.length(coverageLength, 4), coatingConductivity / 100);
    }

    @Override
    public String toString() {
        return describe();
    }
}
