package org.interphase.impedance;

import java.util.Locale;

/**
 * One peak of a distribution of relaxation times: its time constant, its height and the
 * resistance it carries, ∫γ d ln τ over its basin (the τ range between the minima of γ that
 * separate it from its neighbours; see {@link DrtResult#peaks()}).
 *
 * @param timeConstant τ of the maximum, refined by a parabola in (ln τ, γ), s
 * @param height γ at the maximum, Ω (Ω·m² per area) per unit ln τ
 * @param resistance ∫γ d ln τ over the basin, Ω (Ω·m² per area)
 * @param from lower τ of the basin, s
 * @param to upper τ of the basin, s
 */
public record DrtPeak(double timeConstant, double height, double resistance, double from, double to) {

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
