package org.interphase.buffer;

import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.diffusion.GrowthLaw;
import org.interphase.diffusion.LinearParabolicGrowth;
import org.interphase.diffusion.ParabolicGrowth;
import org.interphase.diffusion.ThermalSchedule;

/**
 * How thick an interphase grows behind a coating of thickness L over a thermal history: a thin
 * adapter that maps L onto a growth law of {@code org.interphase.diffusion} ({@link GrowthLaw}) and
 * lets that law integrate the schedule. The physics and the integration are diffusion's; this class
 * only says how the coating enters the law. Used by {@link GrowthSuppression} (model M4) and
 * {@link CoatingTerms#growthSuppression}.
 *
 * <p>Two forms (research notes, buffer-and-impedance.md §1.3, M4):
 * <ul>
 * <li>{@link #seriesDiffusion}: the reactant diffuses through the coating (a barrier L, D_c) and the
 * growing interphase (D_int) in series, dx/dt = Ω·Δc/(L/D_c + x/D_int) — diffusion's
 * {@link LinearParabolicGrowth} behind a barrier; at constant T,
 * x²/(2·D_int) + L·x/D_c = Ω·Δc·t (Deal &amp; Grove, J. Appl. Phys. 36 (1965) 3770): linear while
 * the barrier dominates, x ≈ Ω·Δc·t·D_c/L, parabolic afterwards, x ≈ √(2·D_int·Ω·Δc·t). Without a
 * coating (L = 0) it is diffusion's {@link ParabolicGrowth} with k_p = D_int·Ω·Δc.</li>
 * <li>{@link #exponentialBarrier}: parabolic growth whose rate constant the coating lowers
 * exponentially, k_p(L, T) = k_p0(T)·exp(−L/λ_d) — diffusion's {@link ParabolicGrowth},
 * x² = 2·∫k_p dt (Wagner's convention, the one the diffusion package uses).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class GrowthBehindCoating {

    private final DoubleFunction<GrowthLaw> law;
    private final String description;

    private GrowthBehindCoating(DoubleFunction<GrowthLaw> law, String description) {
        this.law = law;
        this.description = description;
    }

    /**
     * Diffusion-limited growth in series through the coating and the growing interphase.
     *
     * @param interphaseDiffusivity D_int(T) of the reactant in the interphase, m²/s (not null)
     * @param coatingDiffusivity D_c(T) of the reactant in the coating, m²/s (not null)
     * @param drivingFactor Ω·Δc, dimensionless (&gt; 0)
     * @return the growth
     * @throws IllegalArgumentException if a law is null or the driving factor is not positive and finite
     */
    public static GrowthBehindCoating seriesDiffusion(Arrhenius interphaseDiffusivity, Arrhenius coatingDiffusivity,
            double drivingFactor) {
        if (interphaseDiffusivity == null || coatingDiffusivity == null) {
            throw new IllegalArgumentException("interphase and coating diffusivities must not be null, were "
                    + interphaseDiffusivity + ", " + coatingDiffusivity);
        }
        Checks.positive(drivingFactor, "driving factor Ω·Δc", "");
        // without a barrier and without an interface rate the linear–parabolic law is parabolic: diffusion's
        // ParabolicGrowth with x² = 2·D·Ω·Δc·t, i.e. k_p = D·Ω·Δc
        ParabolicGrowth bare = ParabolicGrowth.of(Arrhenius.of(
                Checks.positive(interphaseDiffusivity.prefactor() * drivingFactor, "D_int prefactor × Ω·Δc", "m²/s"),
                interphaseDiffusivity.activationEnergy()));
        return new GrowthBehindCoating(l -> l == 0 ? bare
                : new LinearParabolicGrowth(interphaseDiffusivity, null, drivingFactor, l, coatingDiffusivity, 0.0),
                String.format(Locale.ROOT, "series diffusion: D_int = %s, D_c = %s, Ω·Δc = %.4g", interphaseDiffusivity,
                        coatingDiffusivity, drivingFactor));
    }

    /**
     * Parabolic growth suppressed exponentially by the coating, k_p(L, T) = k_p0(T)·exp(−L/λ_d).
     *
     * @param rateConstant k_p0(T) without coating, m²/s, in diffusion's convention x² = 2·∫k_p dt (not null)
     * @param barrierLength λ_d, m (&gt; 0)
     * @return the growth
     * @throws IllegalArgumentException if the rate is null or the length not positive and finite
     */
    public static GrowthBehindCoating exponentialBarrier(Arrhenius rateConstant, double barrierLength) {
        if (rateConstant == null) {
            throw new IllegalArgumentException("parabolic rate constant k_p0 must not be null");
        }
        Checks.positive(barrierLength, "barrier length λ_d", "m");
        return new GrowthBehindCoating(l -> {
            double factor = Math.exp(-l / barrierLength);
            // a factor below the double range suppresses growth entirely (no law has a zero prefactor)
            return factor * rateConstant.prefactor() > 0 ? ParabolicGrowth.of(Arrhenius.of(
                    factor * rateConstant.prefactor(), rateConstant.activationEnergy())) : null;
        }, "exponential barrier: k_p0 = " + rateConstant + ", λ_d = " + Shown.length(barrierLength, 4));
    }

    /**
     * The law that grows the interphase behind a coating of thickness L.
     *
     * @param coatingThickness L, m (0 ≤ L ≤ 1 m: a coating is nm to µm thick, and far beyond that the
     *     barrier's L/D_c leaves the double range)
     * @return diffusion's law for that coating; empty if the coating suppresses growth below the
     *     double range
     * @throws IllegalArgumentException if L is out of range or not finite
     */
    public java.util.Optional<GrowthLaw> law(double coatingThickness) {
        checkThickness(coatingThickness);
        return java.util.Optional.ofNullable(law.apply(coatingThickness));
    }

    /**
     * The interphase thickness at the end of a thermal history, integrated by diffusion's law.
     *
     * @param coatingThickness L, m (0 ≤ L ≤ 1 m)
     * @param schedule T(t), the processing or operating history (not null)
     * @return L_int, m (&ge; 0)
     * @throws IllegalArgumentException if L is out of range or not finite, or the schedule is null
     */
    public double thickness(double coatingThickness, ThermalSchedule schedule) {
        checkThickness(coatingThickness);
        if (schedule == null) {
            throw new IllegalArgumentException("thermal schedule must not be null");
        }
        return law(coatingThickness).map(g -> g.thickness(schedule)).orElse(0.0);
    }

    private static void checkThickness(double coatingThickness) {
        Checks.nonNegative(coatingThickness, "coating thickness", "m");
        Checks.atMost(coatingThickness, 1.0, "coating thickness", "m");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrowthBehindCoating g && description.equals(g.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description);
    }

    /** @return the form and its parameters */
    @Override
    public String toString() {
        return "GrowthBehindCoating[" + description + "]";
    }
}
