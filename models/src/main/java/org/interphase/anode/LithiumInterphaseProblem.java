package org.interphase.anode;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * An interphase on lithium held at a temperature and cycled: the input of {@link LithiumInterphaseSolver}.
 * The reduction is chemical (lithium in contact with the electrolyte), so in this model cycling adds time,
 * not growth of its own: the resistance after n cycles is the resistance at n·t_cycle.
 *
 * @param interphase the interphase (not null)
 * @param temperature T, K (&gt; 0)
 * @param cycleTime duration of one cycle, s (&gt; 0)
 * @param cycles number of cycles, in [1, {@value StrippingProblem#MAX_CYCLES}]
 */
public record LithiumInterphaseProblem(LithiumInterphase interphase, double temperature, double cycleTime, int cycles) {

    /**
     * Validates the components.
     *
     * @param interphase not null
     * @param temperature T, K (&gt; 0)
     * @param cycleTime s (&gt; 0)
     * @param cycles in [1, {@value StrippingProblem#MAX_CYCLES}]
     */
    public LithiumInterphaseProblem {
        Objects.requireNonNull(interphase, "interphase must not be null");
        Checks.positive(temperature, "temperature", "K");
        Checks.positive(cycleTime, "cycle time", "s");
        Checks.inClosedRange(cycles, 1, StrippingProblem.MAX_CYCLES, "cycles");
        double end = cycleTime * cycles;
        if (!Double.isFinite(end)) {
            throw new IllegalArgumentException("cycle time × cycles must be finite, was " + cycleTime + " s × " + cycles);
        }
    }

    /** @return the total time n·t_cycle, s */
    public double duration() {
        return cycleTime * cycles;
    }

    @Override
    public String toString() {
        return interphase.name() + " at " + Display.quantity(temperature, "K") + ", " + cycles + " cycles of "
                + Display.quantity(cycleTime, "s");
    }
}
