package org.interphase.contact;

import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;

/**
 * Persson's theory of elastic contact of randomly rough surfaces (Persson, J. Chem. Phys. 115,
 * 3840 (2001)) in the form that needs only the rms slope h'_rms of the combined roughness:
 * <pre>
 *   A/A0 = erf( √2·p̄ / (E*·h'_rms) )
 *   small load: A/A0 = κ·p̄/(E*·h'_rms),  κ_Persson = √(8/π) ≈ 1.596
 * </pre>
 * Numerical boundary-element studies find κ ≈ 1.9–2.3 (Hyun, Pei, Molinari &amp; Robbins, PRE 70,
 * 026117 (2004); Prodanov, Dapp &amp; Müser, Tribol. Lett. 53, 433 (2014)), between Persson's value and
 * the asperity theory of Bush, Gibson &amp; Thomas, Wear 35, 87 (1975), κ_BGT = √(2π) ≈ 2.507.
 */
public final class Persson {

    /** Persson's small-load slope κ = √(8/π). */
    public static final double SMALL_LOAD_SLOPE = Math.sqrt(8.0 / Math.PI);

    /** Bush–Gibson–Thomas small-load slope κ = √(2π). */
    public static final double BGT_SLOPE = Math.sqrt(2.0 * Math.PI);

    private Persson() {}

    /**
     * @param meanPressure p̄, Pa (&ge; 0)
     * @param contactModulus E*, Pa (&gt; 0)
     * @param rmsSlope h'_rms of the combined roughness (&gt; 0)
     * @return A/A0 in [0, 1]
     */
    public static double contactFraction(double meanPressure, double contactModulus, double rmsSlope) {
        Checks.nonNegative(meanPressure, "mean pressure", "Pa");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.positive(rmsSlope, "rms slope", "");
        return Erf.erf(Math.sqrt(2.0) * meanPressure / (contactModulus * rmsSlope));
    }

    /**
     * Inverse of {@link #contactFraction}.
     *
     * @param contactFraction A/A0 in [0, 1)
     * @param contactModulus E*, Pa
     * @param rmsSlope h'_rms
     * @return p̄, Pa
     */
    public static double meanPressure(double contactFraction, double contactModulus, double rmsSlope) {
        Checks.inClosedRange(contactFraction, 0.0, Math.nextDown(1.0), "contact fraction", "");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.positive(rmsSlope, "rms slope", "");
        return Erf.erfInv(contactFraction) * contactModulus * rmsSlope / Math.sqrt(2.0);
    }
}
