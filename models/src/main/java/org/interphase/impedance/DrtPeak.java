package org.interphase.impedance;

import java.util.Locale;
import org.interphase.core.Checks;

/**
 * One peak of a distribution of relaxation times: its time constant, its height and the
 * resistance it carries, ∫γ d ln τ over its basin (the τ range between the minima of γ that
 * separate it from its neighbours; see {@link DrtSolution#peaks()}).
 *
 * @param timeConstant τ of the maximum, refined by a parabola in (ln τ, γ), s
 * @param height γ at the maximum, Ω (Ω·m² per area) per unit ln τ
 * @param resistance ∫γ d ln τ over the basin, Ω (Ω·m² per area)
 * @param from lower τ of the basin, s
 * @param to upper τ of the basin, s
 */
public record DrtPeak(double timeConstant, double height, double resistance, double from, double to) {

    /**
     * Validates the peak.
     *
     * @param timeConstant τ of the maximum, s (&gt; 0, within [from, to])
     * @param height γ at the maximum, Ω (Ω·m² per area) per unit ln τ (&ge; 0)
     * @param resistance ∫γ d ln τ over the basin, Ω (Ω·m² per area) (&ge; 0)
     * @param from lower τ of the basin, s (&gt; 0)
     * @param to upper τ of the basin, s (&ge; from)
     * @throws IllegalArgumentException for a value that is not finite or out of range
     */
    public DrtPeak {
        Checks.positive(timeConstant, "timeConstant (τ of the peak)", "s");
        Checks.nonNegative(height, "height (γ at the peak)", "Ω per unit ln τ");
        Checks.nonNegative(resistance, "resistance (of the peak)", "Ω");
        Checks.positive(from, "from (lower τ of the basin)", "s");
        Checks.atLeast(to, from, "to (upper τ of the basin)", "s");
        if (!(timeConstant >= from && timeConstant <= to)) {
            throw new IllegalArgumentException("timeConstant must be in the basin [from, to] = [" + from + ", " + to
                    + "] s, was " + timeConstant + " s");
        }
    }

    /**
     * @return e.g. {@code "peak at τ = 0.000100 s: R = 20.1 (basin 1.2e-06 … 0.000431 s)"}, R in the unit of the
     *     spectrum (Ω, or Ω·m² per area)
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "peak at τ = %.3g s: R = %.5g (basin %.3g … %.3g s)", timeConstant, resistance,
                from, to);
    }
}
