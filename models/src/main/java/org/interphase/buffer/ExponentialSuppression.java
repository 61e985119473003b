package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.RootFinder;

/**
 * Model M1: a resistance suppressed exponentially by the coating, in series with the coating's own
 * ohmic resistance,
 * <pre>
 *   R(L) = R_b + R0·exp(−L/λ) + L/σ
 * </pre>
 * R0·exp(−L/λ) lumps what the coating removes (space-charge depletion, reaction layer, electronic
 * leakage), λ is its decay length (a screening, tunnelling or diffusion-barrier length, 0.5–3 nm),
 * σ the coating's <em>effective</em> ionic conductivity and R_b the thickness-independent rest.
 *
 * <p>Closed form: with x = R0·σ/λ, an interior optimum exists iff x &gt; 1, at
 * L* = λ·ln(x), with R_min = R_b + (λ + L*)/σ and R''(L*) = 1/(λσ) &gt; 0. Otherwise no coating
 * is best (a documented result, not an error).
 *
 * <p>Inverse ({@link #calibrate}): from the uncoated resistance R(0), the minimum R_min, its
 * thickness L* and an assumed R_b, with A = R_min − R_b and B = R(0) − R_b, λ solves
 * h(λ) = ln(λ/(λ+L*)) + L* / λ = ln(B/A) (h falls monotonically from +∞ to 0, so the root is unique
 * iff B &gt; A), then σ = (λ + L*)/A and R0 = B. Research notes, buffer-and-impedance.md §1.3;
 * calibrated to Kato et al., J. Power Sources 260 (2014) 292 (Nb buffer at LLZO | LiCoO2,
 * 2600 → 150 Ω·cm² at ≈ 10 nm, numbers as quoted by Wang et al. 2018) it gives λ = 2.19 nm,
 * σ = 8.1e-9 S/cm.
 *
 * @param baseResistance R_b, Ω·m² (&ge; 0)
 * @param suppressedResistance R0, Ω·m² (&ge; 0)
 * @param decayLength λ, m (&gt; 0)
 * @param coatingConductivity σ, S/m (&gt; 0)
 */
public record ExponentialSuppression(double baseResistance, double suppressedResistance, double decayLength,
        double coatingConductivity) implements CoatingTradeOff {

    /**
     * Validates the components.
     *
     * @param baseResistance R_b, Ω·m² (&ge; 0)
     * @param suppressedResistance R0, Ω·m² (&ge; 0)
     * @param decayLength λ, m (&gt; 0)
     * @param coatingConductivity σ, S/m (&gt; 0)
     */

    public ExponentialSuppression {
        Checks.nonNegative(baseResistance, "base resistance", "Ω·m²");
        Checks.nonNegative(suppressedResistance, "suppressed resistance", "Ω·m²");
        Checks.positive(decayLength, "decay length", "m");
        Checks.positive(coatingConductivity, "coating conductivity", "S/m");
    }

    @Override
    public double resistance(double thickness) {
        Checks.nonNegative(thickness, "coating thickness", "m");
        return baseResistance + suppressedResistance * Math.exp(-thickness / decayLength)
                + thickness / coatingConductivity;
    }

    /** @return x = R0·σ/λ; an interior optimum exists iff x &gt; 1 */
    public double strength() {
        return suppressedResistance * coatingConductivity / decayLength;
    }

    /**
     * The closed-form optimum over all thicknesses.
     *
     * @return L* = λ·ln(R0σ/λ) and R_min = R_b + (λ + L*)/σ, or L = 0 when R0σ/λ ≤ 1
     */
    public ThicknessOptimum optimum() {
        double x = strength();
        double r0 = resistance(0);
        if (!(x > 1)) {
            return new ThicknessOptimum(0.0, r0, r0, false, String.format(Locale.ROOT,
                    "no coating is best: the suppression is too weak (R0·σ/λ = %.3g ≤ 1)", x));
        }
        double l = decayLength * Math.log(x);
        return new ThicknessOptimum(l, baseResistance + (decayLength + l) / coatingConductivity, r0, true,
                "closed form L* = λ·ln(R0σ/λ)");
    }

    /**
     * The closed-form optimum, clipped to a maximum thickness (R is convex, so the clipped optimum
     * is the end of the range).
     */
    @Override
    public ThicknessOptimum optimum(double maxThickness) {
        Checks.positive(maxThickness, "max thickness", "m");
        ThicknessOptimum free = optimum();
        if (free.thickness() <= maxThickness) {
            return free;
        }
        return new ThicknessOptimum(maxThickness, resistance(maxThickness), resistance(0), false,
                "resistance still falls at the largest thickness allowed");
    }

    /**
     * Calibrates the model to a measured uncoated resistance and a measured minimum.
     *
     * @param uncoated R(0), Ω·m² (&gt; minimum by more than 1e-12 relative)
     * @param minimum R_min, Ω·m² (&gt; base)
     * @param optimalThickness L*, m (&gt; 0)
     * @param base assumed R_b, Ω·m² (&ge; 0, &lt; minimum)
     * @return the model through those numbers
     */
    public static ExponentialSuppression calibrate(double uncoated, double minimum, double optimalThickness,
            double base) {
        Checks.nonNegative(base, "base resistance", "Ω·m²");
        Checks.positive(optimalThickness, "optimal thickness", "m");
        Checks.finite(minimum, "minimum resistance", "Ω·m²");
        Checks.finite(uncoated, "uncoated resistance", "Ω·m²");
        if (!(minimum > base)) {
            throw new IllegalArgumentException("minimum resistance must be > base resistance (" + base
                    + " Ω·m²), was " + minimum + " Ω·m²");
        }
        if (!(uncoated > minimum)) {
            throw new IllegalArgumentException("uncoated resistance must be > minimum resistance (" + minimum
                    + " Ω·m²), was " + uncoated + " Ω·m²");
        }
        if (!(uncoated - minimum > 1e-12 * uncoated)) {
            throw new IllegalArgumentException("uncoated resistance (" + uncoated + " Ω·m²) and minimum resistance ("
                    + minimum + " Ω·m²) differ by less than 1e-12 relative: a dip at rounding level does not"
                    + " determine the decay length; the minimum must lie measurably below R(0)");
        }
        double a = minimum - base;
        // ln(b/a) = ln(λ/(λ + L*)) + L*/λ, i.e. with x = L*/λ: x − ln(1 + x) = ln(b/a) =: t. The left side grows
        // from 0 (x → 0) to ∞, so there is one root for every t > 0, bracketed by x²/2 − x³/3 ≤ x − ln(1 + x)
        // ≤ x²/2 (root ≥ √(2t)) and x − ln(1 + x) ≥ t at x = 2t + 2. A fixed bracket of λ/L* in [1e-4, 1e4]
        // missed measured minima within ~1e-8 of R(0) (λ ≫ L*).
        double t = Math.log1p((uncoated - minimum) / a);
        double l = optimalThickness;
        double v = RootFinder.brent(w -> excess(Math.exp(w)) - t, Math.log(Math.sqrt(2 * t)), Math.log(2 * t + 2),
                1e-14);
        double lambda = l / Math.exp(v);
        return new ExponentialSuppression(base, uncoated - base, lambda, (lambda + l) / a);
    }

    /** x − ln(1 + x) without cancellation for small x (series to x⁶, error &lt; 1e-12 relative below 1e-3). */
    private static double excess(double x) {
        if (x < 1e-3) {
            return x * x * (0.5 - x * (1.0 / 3 - x * (0.25 - x * (0.2 - x / 6))));
        }
        return x - Math.log1p(x);
    }

    @Override
    public String describe() {
        return "M1 exponential suppression: R_b = " + Shown.resistance(baseResistance, 4) + ", R0 = "
                + Shown.resistance(suppressedResistance, 4) + ", λ = " + Shown.length(decayLength, 4) + ", σ = "
                + Display.quantity(coatingConductivity / 100, "S/cm", 4);
    }

    @Override
    public String toString() {
        return describe();
    }
}
