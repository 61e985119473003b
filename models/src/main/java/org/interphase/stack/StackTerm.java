package org.interphase.stack;

import java.util.List;
import org.interphase.core.Checks;
import org.interphase.core.Provenance;

/**
 * A pluggable term of an interface's budget, computed from the whole stack: the space-charge
 * resistance from the Poisson–Boltzmann solver, a coating trade-off term (see
 * {@code org.interphase.buffer.CoatingTerms}), a measured value, … It returns its resistance and
 * capacitance on the real contact area; the stack divides by the contact fraction (except for
 * {@link Mechanism#CONSTRICTION} terms, which are already on the nominal area).
 *
 * <p>A term's own line is never negative: every line of a budget is an R‖C element with R ≥ 0,
 * C ≥ 0, so that the budget's spectrum is passive. A term that makes another part of the stack
 * conduct better — an accumulation layer that raises the carrier concentration of the coating it
 * sits in — says so through {@link #effect}, which lowers the resistance of that part instead of
 * adding a negative element.
 */
@FunctionalInterface
public interface StackTerm {

    /**
     * @param stack the stack, with its electrode, layers, electrolyte and temperature
     * @return the term's own line: resistance (Ω·m², &ge; 0) and capacitance (F/m², &ge; 0)
     */
    Contribution evaluate(InterfaceStack stack);

    /**
     * The term's line and what it does to the rest of the stack. The default is the line alone;
     * the Poisson–Boltzmann term of {@link SpaceChargeTerms} also reports how an accumulation layer
     * lowers the coating's resistance and the bulk's.
     *
     * @param stack the stack (not null)
     * @return the effect, on the real contact area
     * @throws IllegalArgumentException if the stack is null
     */
    default Effect effect(InterfaceStack stack) {
        if (stack == null) {
            throw new IllegalArgumentException("stack must not be null");
        }
        return new Effect(evaluate(stack), 1.0, 0.0);
    }

    /**
     * What a term does to a budget, on the real contact area.
     *
     * <p>An accumulation layer raises the carrier concentration, and so the conductivity σ(x), of the
     * phase it sits in; the resistance of that phase over any region, ∫dx/σ(x), stays positive and
     * is lower than the bulk value. Its physical representation is therefore a lower resistance of
     * its host, not a negative element: for a coating of thickness d,
     * R_coating = (d/σ∞)·(1 + ℓ_R/d) with ℓ_R = ∫₀^d (σ∞/σ − 1)dx &gt; −d, so the factor
     * 1 + ℓ_R/d lies in (0, 1]. An accumulation in the semi-infinite electrode or electrolyte that
     * no depletion in the same space-charge zone offsets lowers the resistance of that bulk phase,
     * which the interface budget does not hold: it is reported beside the budget
     * ({@link ResistanceBudget#bulkChange()}), not subtracted from it.
     *
     * @param line the term's own line (resistance &ge; 0)
     * @param coatingFactor the factor (0 &lt; factor ≤ 1) by which the term scales the resistance of
     *     the stack's coating (1 = unchanged)
     * @param bulkChange the change of resistance of the bulk phases beside the interface, Ω·m²
     *     (&le; 0; 0 = none), not part of the interface budget
     * @param warnings what the term assumed or its own solver warned about (copied; empty if none),
     *     passed on to {@link StackSolution#warnings()}
     * @param provenance the sources and assumptions behind the term's values (empty if none),
     *     passed on to {@link StackSolution#provenance()}
     */
    record Effect(Contribution line, double coatingFactor, double bulkChange, List<String> warnings,
            Provenance provenance) {

        /**
         * Validates the components.
         *
         * @param line the term's own line (not null)
         * @param coatingFactor 0 &lt; factor ≤ 1
         * @param bulkChange Ω·m² (&le; 0)
         * @param warnings the term's warnings (not null, no null entry)
         * @param provenance the sources and assumptions behind the term (not null; empty for none)
         */
        public Effect {
            Checks.nonNull(provenance, "provenance of a term's effect (Provenance.empty() for none)");
            if (line == null) {
                throw new IllegalArgumentException("the line of a term's effect must not be null");
            }
            Checks.inClosedRange(coatingFactor, Double.MIN_NORMAL, 1.0, "coating resistance factor", "");
            Checks.atMost(bulkChange, 0.0, "bulk resistance change", "Ω·m²");
            if (warnings == null || warnings.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("the warnings of a term's effect must be a list without null"
                        + " (empty for none), were " + warnings);
            }
            warnings = List.copyOf(warnings);
        }

        /**
         * An effect without warnings.
         *
         * @param line the term's own line (not null)
         * @param coatingFactor 0 &lt; factor ≤ 1
         * @param bulkChange Ω·m² (&le; 0)
         */
        public Effect(Contribution line, double coatingFactor, double bulkChange) {
            this(line, coatingFactor, bulkChange, List.of(), Provenance.empty());
        }

        /**
         * An effect with warnings, without provenance.
         *
         * @param line the term's own line (not null)
         * @param coatingFactor 0 &lt; factor ≤ 1
         * @param bulkChange Ω·m² (&le; 0)
         * @param warnings the term's warnings (not null, no null entry)
         */
        public Effect(Contribution line, double coatingFactor, double bulkChange, List<String> warnings) {
            this(line, coatingFactor, bulkChange, warnings, Provenance.empty());
        }
    }
}
