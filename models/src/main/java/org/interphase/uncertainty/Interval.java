package org.interphase.uncertainty;

import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * A central interval of a sampled output: the share {@code level} of the samples lies between
 * {@code low} and {@code high}.
 *
 * @param low the lower end, in the output's unit (finite)
 * @param high the upper end, in the output's unit (finite, &ge; low)
 * @param level the share of samples inside, in (0, 1)
 */
public record Interval(double low, double high, double level) {

    /**
     * Validates the components.
     *
     * @param low the lower end (finite)
     * @param high the upper end (finite, &ge; low)
     * @param level the share inside, in (0, 1)
     * @throws IllegalArgumentException if a component is out of range
     */
    public Interval {
        Checks.finite(low, "interval low", "output unit");
        Checks.finite(high, "interval high", "output unit");
        Checks.inOpenRange(level, 0, 1, "interval level", "");
        if (!(high >= low)) {
            throw new IllegalArgumentException("interval high must be >= low, was low = " + low + ", high = " + high);
        }
    }

    /** @return e.g. {@code "95 % in [0.7, 1.9]"}, locale-independent */
    @Override
    public String toString() {
        return Display.number(100 * level, 3) + " % in [" + Display.number(low, 4) + ", " + Display.number(high, 4) + "]";
    }
}
