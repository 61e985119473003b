package org.interphase.buffer;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;
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
        String detail = String.format(Locale.ROOT, "%.4g Ω·cm² · exp(−L/%.3g nm)", Units.toOhmCm2(uncoatedResistance),
                Units.toNm(decayLength));
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
     */
    public static StackTerm of(Mechanism mechanism, ExponentialSuppression model) {
        if (model == null) {
            throw new IllegalArgumentException("M1 model must not be null");
        }
        return exponentialSuppression(mechanism, model.suppressedResistance(), model.decayLength());
    }

    /**
     * Interphase growth behind the coating over a lifetime (M4): L_int(L, t)/σ_int.
     *
     * @param growth the growth law
     * @param lifetime t, s (&ge; 0)
     * @param interphaseConductivity σ_int, S/m (&gt; 0)
     * @return the term, as an {@link Mechanism#INTERPHASE} line
     */
    public static StackTerm growthSuppression(InterphaseGrowth growth, double lifetime, double interphaseConductivity) {
        if (growth == null) {
            throw new IllegalArgumentException("growth law must not be null");
        }
        Checks.nonNegative(lifetime, "lifetime", "s");
        Checks.positive(interphaseConductivity, "interphase conductivity", "S/m");
        String detail = String.format(Locale.ROOT, "grown over %.3g h", Units.toHours(lifetime));
        return s -> new Contribution(Mechanism.INTERPHASE, detail,
                growth.thickness(coatingThickness(s), lifetime) / interphaseConductivity, 0);
    }
}
