package org.interphase.buffer;

import org.interphase.core.Checks;

/**
 * Parabolic interphase growth whose rate constant a coating lowers exponentially,
 * L_int = √(k_p(L)·t), k_p(L) = k_p0·exp(−L/λ_d) (research notes, buffer-and-impedance.md §1.3, M4).
 *
 * @param rateConstant k_p0, m²/s (&gt; 0)
 * @param barrierLength λ_d, m (&gt; 0)
 */
public record ExponentialBarrierGrowth(double rateConstant, double barrierLength) implements InterphaseGrowth {

    /**
     * Validates the components.
     *
     * @param rateConstant k_p0, m²/s (&gt; 0)
     * @param barrierLength λ_d, m (&gt; 0)
     */

    public ExponentialBarrierGrowth {
        Checks.positive(rateConstant, "parabolic rate constant", "m²/s");
        Checks.positive(barrierLength, "barrier length", "m");
    }

    @Override
    public double thickness(double coatingThickness, double time) {
        Checks.nonNegative(coatingThickness, "coating thickness", "m");
        Checks.nonNegative(time, "time", "s");
        return Math.sqrt(rateConstant * Math.exp(-coatingThickness / barrierLength) * time);
    }
}
