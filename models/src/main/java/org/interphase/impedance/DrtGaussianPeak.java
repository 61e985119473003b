package org.interphase.impedance;

import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Checks;

/**
 * One peak of a distribution of relaxation times fitted by a Gaussian in ln τ,
 * γ_p(ln τ) = A_p/(σ_p√(2π))·exp(−(ln τ − ln τ_p)²/(2σ_p²)) (see
 * {@link DrtSolution#gaussianPeaks()}), with the standard errors of the Gaussian fit.
 *
 * @param timeConstant τ_p, the centre, s
 * @param timeConstantStandardError its standard error, s (empty if the fit does not determine it)
 * @param resistance R_p, the share of ∫γ d ln τ the Gaussians attribute to this peak, Ω (Ω·m² per
 *     area): the peaks' resistances sum to the polarization resistance
 * @param resistanceStandardError its standard error, Ω (Ω·m² per area) (empty if not determined)
 * @param width σ_p, the standard deviation in ln τ (dimensionless)
 * @param gaussianArea A_p, the area of the fitted Gaussian itself, ∫γ_p d ln τ, Ω (Ω·m² per area)
 */
public record DrtGaussianPeak(double timeConstant, OptionalDouble timeConstantStandardError, double resistance,
        OptionalDouble resistanceStandardError, double width, double gaussianArea) {

    /**
     * Validates the peak.
     *
     * @param timeConstant τ_p, s (&gt; 0, finite)
     * @param timeConstantStandardError its standard error, s (not null; if present finite and &ge; 0)
     * @param resistance R_p, Ω (finite)
     * @param resistanceStandardError its standard error, Ω (not null; if present finite and &ge; 0)
     * @param width σ_p in ln τ (&gt; 0, finite)
     * @param gaussianArea the fitted Gaussian's area, Ω (finite)
     * @throws NullPointerException if an optional is null
     * @throws IllegalArgumentException for a value out of range
     */
    public DrtGaussianPeak {
        Checks.positive(timeConstant, "timeConstant (τ of the peak)", "s");
        Checks.nonNull(timeConstantStandardError, "timeConstantStandardError");
        if (timeConstantStandardError.isPresent()) {
            Checks.nonNegative(timeConstantStandardError.getAsDouble(), "timeConstantStandardError", "s");
        }
        Checks.finite(resistance, "resistance (of the peak)", "Ω");
        Checks.nonNull(resistanceStandardError, "resistanceStandardError");
        if (resistanceStandardError.isPresent()) {
            Checks.nonNegative(resistanceStandardError.getAsDouble(), "resistanceStandardError", "Ω");
        }
        Checks.positive(width, "width (σ of the peak in ln τ)", "");
        Checks.finite(gaussianArea, "gaussianArea (area of the fitted Gaussian)", "Ω");
    }

    /** @return e.g. {@code "Gaussian peak at τ = 0.00100 s: R = 100.0 ± 0.3, σ = 0.85 in ln τ"} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Gaussian peak at τ = %.3g s: R = %.5g%s, σ = %.3g in ln τ", timeConstant,
                resistance, resistanceStandardError.isPresent() ? String.format(Locale.ROOT, " ± %.2g",
                        resistanceStandardError.getAsDouble()) : "", width);
    }
}
