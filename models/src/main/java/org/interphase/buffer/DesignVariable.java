package org.interphase.buffer;

import java.util.Locale;
import java.util.function.BiFunction;
import org.interphase.core.Checks;
import org.interphase.stack.InterfaceStack;

/**
 * A free choice of a {@link BufferLayerProblem} besides the coating thickness — a processing
 * temperature or time, a stack pressure, … — with its bounds, its starting value and how it changes
 * a stack. The optimizer applies the variables in order to the stack at the trial coating
 * thickness.
 *
 * @param name what it is, e.g. {@code "stack pressure"} (not blank)
 * @param unit its SI unit, e.g. {@code "Pa"} (not null; {@code ""} for dimensionless)
 * @param lower lower bound, in the unit
 * @param upper upper bound, in the unit (&gt; lower)
 * @param start starting value, in [lower, upper]
 * @param apply maps a stack and a value onto the stack with that choice (not null, never returning
 *     null; must be thread-safe and defined on the whole interval)
 */
public record DesignVariable(String name, String unit, double lower, double upper, double start,
        BiFunction<InterfaceStack, Double, InterfaceStack> apply) {

    /**
     * Validates the components.
     *
     * @param name what it is (not blank)
     * @param unit its SI unit (not null)
     * @param lower lower bound (finite)
     * @param upper upper bound (finite, &gt; lower)
     * @param start starting value, in [lower, upper]
     * @param apply maps a stack and a value onto a stack (not null)
     */
    public DesignVariable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name (of the design variable) must not be blank, was "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        if (unit == null) {
            throw new IllegalArgumentException("unit (of design variable " + name + ") must not be null; use \"\" for none");
        }
        if (apply == null) {
            throw new IllegalArgumentException("apply (the function that sets design variable " + name
                    + " on a stack) must not be null");
        }
        Checks.finite(lower, name + " lower bound", unit);
        Checks.finite(upper, name + " upper bound", unit);
        if (!(upper > lower)) {
            throw new IllegalArgumentException(name + " upper bound must be > its lower bound (" + lower
                    + (unit.isEmpty() ? "" : " " + unit) + "), was " + upper + (unit.isEmpty() ? "" : " " + unit));
        }
        Checks.inClosedRange(start, lower, upper, name + " start", unit);
    }

    /**
     * @param stack the stack
     * @param value the variable's value, in its unit
     * @return the stack with that choice
     * @throws IllegalArgumentException if the function returns null
     */
    InterfaceStack applyTo(InterfaceStack stack, double value) {
        InterfaceStack s = apply.apply(stack, value);
        if (s == null) {
            throw new IllegalArgumentException("design variable " + name + " returned no stack at " + value
                    + (unit.isEmpty() ? "" : " " + unit));
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s in [%.6g, %.6g] %s from %.6g", name, lower, upper, unit, start);
    }
}
