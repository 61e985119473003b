package org.interphase.stack;

/**
 * A pluggable term of an interface's budget, computed from the whole stack: the space-charge
 * resistance from the Poisson–Boltzmann solver, a coating trade-off term (see
 * {@code org.interphase.buffer.CoatingTerms}), a measured value, … It returns its resistance and
 * capacitance on the real contact area; the stack divides by the contact fraction (except for
 * {@link Mechanism#CONSTRICTION} terms, which are already on the nominal area).
 */
@FunctionalInterface
public interface StackTerm {

    /**
     * @param stack the stack, with its electrode, layers, electrolyte and temperature
     * @return the term's resistance (Ω·m²) and capacitance (F/m²)
     */
    Contribution evaluate(InterfaceStack stack);
}
