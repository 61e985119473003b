package org.interphase.stack;

import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Units;

/**
 * The interfaces of a whole cell: the anode's stack (Li | interlayer | interphase | electrolyte, with the
 * contact that stripping leaves) and the cathode's stack (cathode | interphase | coating | space charge |
 * electrolyte), in series. It is the problem of {@link StackSolver#solve(CellStack)}, whose
 * {@link CellSolution} reads both budgets together:
 * <pre>
 *   R_cell = R_anode + R_cathode,      Z_cell(ω) = Z_anode(ω) + Z_cathode(ω)
 * </pre>
 * (the bulk of the electrolyte and of the electrodes is not an interface term and is not included).
 * One cell has one temperature: both stacks must be at the same T, and {@link #withTemperature} moves
 * both. Immutable and thread-safe.
 */
public final class CellStack {

    private final InterfaceStack anode;
    private final InterfaceStack cathode;

    private CellStack(InterfaceStack anode, InterfaceStack cathode) {
        this.anode = anode;
        this.cathode = cathode;
    }

    /**
     * A cell from its two interfaces.
     *
     * @param anode the anode's interface stack (not null), e.g. Li | Au 20 nm | LLZO
     * @param cathode the cathode's interface stack (not null), at the anode's temperature
     * @return the cell
     * @throws NullPointerException if a stack is null
     * @throws IllegalArgumentException if the two temperatures differ by more than 1e-9 K
     */
    public static CellStack of(InterfaceStack anode, InterfaceStack cathode) {
        Checks.nonNull(anode, "anode (interface stack)");
        Checks.nonNull(cathode, "cathode (interface stack)");
        if (!(Math.abs(anode.temperature() - cathode.temperature()) <= 1e-9)) {
            throw new IllegalArgumentException("anode and cathode of one cell must be at the same temperature, were "
                    + anode.temperature() + " K and " + cathode.temperature() + " K; use withTemperature on both");
        }
        return new CellStack(anode, cathode);
    }

    /** @return the anode's stack */
    public InterfaceStack anode() {
        return anode;
    }

    /** @return the cathode's stack */
    public InterfaceStack cathode() {
        return cathode;
    }

    /** @return T of the cell, K (the anode's; the cathode's is the same) */
    public double temperature() {
        return anode.temperature();
    }

    /**
     * @param t temperature, K (&gt; 0)
     * @return this cell with both stacks at another temperature
     * @throws IllegalArgumentException if t is not positive and finite
     */
    public CellStack withTemperature(double t) {
        Checks.positive(t, "temperature", "K");
        return new CellStack(anode.withTemperature(t), cathode.withTemperature(t));
    }

    /**
     * @param stack the anode's stack (not null; at the cell's temperature)
     * @return this cell with another anode
     * @throws IllegalArgumentException as {@link #of}
     */
    public CellStack withAnode(InterfaceStack stack) {
        return of(stack, cathode);
    }

    /**
     * @param stack the cathode's stack (not null; at the cell's temperature)
     * @return this cell with another cathode
     * @throws IllegalArgumentException as {@link #of}
     */
    public CellStack withCathode(InterfaceStack stack) {
        return of(anode, stack);
    }

    /**
     * The anode with another contact state, e.g. the voids a strip leaves
     * ({@code anode.StrippingSolution.contactState()}).
     *
     * @param state the anode's contact state (null for perfect contact)
     * @return this cell with the anode's contact changed
     */
    public CellStack withAnodeContact(ContactState state) {
        return new CellStack(anode.withContact(state), cathode);
    }

    /** @return {@code "anode stack ‖ cathode stack"} as {@code "Li | LLZO … LLZO | LiCoO2"} */
    public String name() {
        return anode.name() + " … " + reversed(cathode.name());
    }

    /** The cathode's stack reads from the cathode to the electrolyte; in a cell it reads the other way. */
    private static String reversed(String name) {
        String[] parts = name.split(" \\| ");
        StringBuilder sb = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            sb.append(parts[i]);
            if (i > 0) {
                sb.append(" | ");
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "CellStack[" + name() + " at " + Display.quantity(Units.toCelsius(temperature()), "°C") + "; anode "
                + anode.contact() + "; cathode " + cathode.contact() + "]";
    }
}
