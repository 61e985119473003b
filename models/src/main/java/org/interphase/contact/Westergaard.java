package org.interphase.contact;

import org.interphase.core.Checks;

/**
 * Westergaard's solution for a periodic wavy surface h(x) = Δ·(1 − cos 2πx/λ) pressed against an
 * elastic flat (plane strain, contact modulus E*): Westergaard, J. Appl. Mech. 6, A49 (1939);
 * Johnson, <i>Contact Mechanics</i> (1985), §13.2.
 * <pre>
 *   p* = πE*Δ/λ                                       full-contact mean pressure
 *   p̄ = p*·sin²(πa/λ)                                 contact half-width a
 *   A/A0 = 2a/λ = (2/π)·arcsin √(p̄/p*)
 *   p(x) = 2p̄·cos(πx/λ)·√(sin²(πa/λ) − sin²(πx/λ)) / sin²(πa/λ),  |x| ≤ a
 * </pre>
 * x is measured from the centre of a contact (the trough of the gap, where h is smallest).
 *
 * @param wavelength λ, m (&gt; 0)
 * @param amplitude Δ (half the peak-to-valley height), m (&gt; 0)
 * @param contactModulus E*, Pa (&gt; 0)
 */
public record Westergaard(double wavelength, double amplitude, double contactModulus) {

    /**
     * Validates the components.
     *
     * @param wavelength λ, m (&gt; 0)
     * @param amplitude Δ (half the peak-to-valley height), m (&gt; 0)
     * @param contactModulus E*, Pa (&gt; 0)
     * @throws IllegalArgumentException if a component is out of range or πE*Δ/λ is outside the double range
     */
    public Westergaard {
        Checks.positive(wavelength, "wavelength", "m");
        Checks.positive(amplitude, "amplitude", "m");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        double full = Math.PI * contactModulus * (amplitude / wavelength);
        if (!(full > 0) || !Double.isFinite(full)) {
            throw new IllegalArgumentException("the full-contact pressure πE*Δ/λ = " + full + " Pa is outside the "
                    + "double range for " + Format.arg("wavelength", wavelength, "m") + ", "
                    + Format.arg("amplitude", amplitude, "m") + ", " + Format.arg("contactModulus", contactModulus, "Pa"));
        }
    }

    /** @return p* = πE*Δ/λ, the mean pressure at which contact becomes complete, Pa */
    public double fullContactPressure() {
        return Math.PI * contactModulus * (amplitude / wavelength);
    }

    /**
     * @param meanPressure p̄, Pa (&ge; 0); at or above p* the contact is complete
     * @return contact fraction A/A0 in [0, 1]
     */
    public double contactFraction(double meanPressure) {
        Checks.nonNegative(meanPressure, "mean pressure", "Pa");
        double ratio = meanPressure / fullContactPressure();
        if (ratio >= 1.0) {
            return 1.0;
        }
        return 2.0 / Math.PI * Math.asin(Math.sqrt(ratio));
    }

    /**
     * @param contactFraction A/A0 in [0, 1]
     * @return the mean pressure p̄ = p*·sin²(πA/(2A0)), Pa
     */
    public double meanPressure(double contactFraction) {
        Checks.inClosedRange(contactFraction, 0.0, 1.0, "contact fraction", "");
        double s = Math.sin(Math.PI * contactFraction / 2.0);
        return fullContactPressure() * s * s;
    }

    /**
     * @param x position x, the distance from the centre of a contact, m (finite; p is periodic in x with period λ)
     * @param meanPressure p̄, Pa (0 &lt; p̄ &lt; p*)
     * @return the contact pressure p(x), Pa (zero in the gaps)
     * @throws IllegalArgumentException if x is not finite or p̄ is outside (0, p*)
     */
    public double pressure(double x, double meanPressure) {
        Checks.finite(x, "position x", "m");
        Checks.inOpenRange(meanPressure, 0.0, fullContactPressure(), "mean pressure", "Pa");
        // p has period λ; the exact remainder keeps πx/λ small, so sin and cos stay accurate for any finite x
        x = Math.IEEEremainder(x, wavelength);
        double s2a = meanPressure / fullContactPressure();
        double s = Math.sin(Math.PI * x / wavelength);
        double c = Math.cos(Math.PI * x / wavelength);
        double d = s2a - s * s;
        if (d <= 0) {
            return 0.0;
        }
        return 2.0 * meanPressure * Math.abs(c) * Math.sqrt(d) / s2a;
    }
}
