package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;
import org.interphase.diffusion.ThermalSchedule;
import org.interphase.stack.Contribution;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Mechanism;
import org.interphase.stack.StackTerm;

/**
 * The coating trade-off models as pluggable terms of an {@link InterfaceStack}: each reads the
 * stack's coating thickness (0 without a coating), so the {@link BufferLayerOptimizer} sees the
 * trade-off when it varies the thickness. The coating's own resistance L/σ is the stack's coating
 * layer, so these terms carry only what the coating suppresses.
 */
public final class CoatingTerms {

    private CoatingTerms() {}

    private static double coatingThickness(InterfaceStack s) {
        return s.coating().map(l -> l.thickness()).orElse(0.0);
    }

    /**
     * M1's suppressed resistance R0·exp(−L/λ), e.g. a space-charge or reaction layer that the coating
     * removes.
     *
     * @param mechanism what it is (e.g. {@link Mechanism#INTERPHASE} for a reaction layer)
     * @param uncoatedResistance R0 without coating, Ω·m² (&ge; 0)
     * @param decayLength λ, m (&gt; 0)
     * @return the term
     * @throws IllegalArgumentException if the mechanism is null, R0 negative or λ not positive
     */
    public static StackTerm exponentialSuppression(Mechanism mechanism, double uncoatedResistance, double decayLength) {
        if (mechanism == null) {
            throw new IllegalArgumentException("mechanism of the suppressed resistance must not be null");
        }
        Checks.nonNegative(uncoatedResistance, "uncoated resistance", "Ω·m²");
        Checks.positive(decayLength, "decay length", "m");
        // formatted without Units: a valid decay length of 1e300 m overflows in nm
        String detail = Shown.resistance(uncoatedResistance, 4) + " · exp(−L/" + Shown.length(decayLength, 3) + ")";
        return s -> new Contribution(mechanism, detail,
                uncoatedResistance * Math.exp(-coatingThickness(s) / decayLength), 0);
    }

    /**
     * The stack terms of a calibrated M1 model: its suppressed part as a term (the coating layer of
     * the stack should then carry the model's effective conductivity, see
     * {@link org.interphase.stack.Layer#withConductivity}).
     *
     * @param mechanism what the suppressed resistance is
     * @param model the calibrated model
     * @return the suppressed term; add the model's base resistance separately if it is not already
     *     in the stack
     * @throws IllegalArgumentException if the mechanism or the model is null
     */
    public static StackTerm exponentialSuppression(Mechanism mechanism, ExponentialSuppression model) {
        if (model == null) {
            throw new IllegalArgumentException("M1 model must not be null");
        }
        return exponentialSuppression(mechanism, model.suppressedResistance(), model.decayLength());
    }

    /**
     * Interphase growth behind the coating over a thermal history (M4): L_int(L, T(t))/σ_int, with
     * L_int integrated by diffusion's growth law (see {@link GrowthBehindCoating}).
     *
     * @param growth how the interphase grows behind the coating (not null)
     * @param schedule T(t), e.g. {@code ThermalSchedule.isothermal(T, lifetime)} (not null)
     * @param interphaseConductivity σ_int, S/m (&gt; 0)
     * @return the term, as an {@link Mechanism#INTERPHASE} line
     * @throws IllegalArgumentException if an argument is null or σ_int is not positive and finite
     */
    public static StackTerm growthSuppression(GrowthBehindCoating growth, ThermalSchedule schedule,
            double interphaseConductivity) {
        if (growth == null || schedule == null) {
            throw new IllegalArgumentException("growth law and thermal schedule must not be null, were " + growth + ", "
                    + schedule);
        }
        Checks.positive(interphaseConductivity, "interphase conductivity", "S/m");
        String detail = String.format(Locale.ROOT, "grown over %.3g h up to %.1f °C", Units.toHours(schedule.duration()),
                Units.toCelsius(schedule.maxTemperature()));
        return s -> new Contribution(Mechanism.INTERPHASE, detail,
                growth.thickness(coatingThickness(s), schedule) / interphaseConductivity, 0);
    }
}
