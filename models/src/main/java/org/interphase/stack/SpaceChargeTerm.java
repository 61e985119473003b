package org.interphase.stack;

/**
 * Computes the space-charge contribution of a stack (on the real contact area; the stack divides
 * by the contact fraction). Pluggable, so the budget can use the library's Poisson–Boltzmann
 * solver, a measured value, or nothing.
 */
@FunctionalInterface
public interface SpaceChargeTerm {

    /**
     * @param stack the stack, with its electrode, coating, electrolyte and temperature
     * @return the space-charge resistance and capacitance, per real contact area
     */
    Contribution evaluate(InterfaceStack stack);
}
