package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Profile;
import org.interphase.core.Units;

/**
 * A lithium interphase over time and cycles ({@link LithiumInterphaseSolver}).
 *
 * @param problem the problem that was solved
 * @param thickness x vs time (m vs s)
 * @param resistance ASR vs time (Ω·m² vs s)
 * @param resistanceAfterCycle ASR after each cycle (cycle 0: the start)
 * @param iterations time points evaluated
 * @param warnings what the caller should know (copied into an immutable list)
 */
public record LithiumInterphaseSolution(LithiumInterphaseProblem problem, Profile thickness, Profile resistance,
        Profile resistanceAfterCycle, int iterations, List<String> warnings) {

    /**
     * Validates the components.
     *
     * @param problem not null
     * @param thickness not null
     * @param resistance not null
     * @param resistanceAfterCycle not null
     * @param iterations &ge; 0
     * @param warnings not null
     */
    public LithiumInterphaseSolution {
        Objects.requireNonNull(problem, "problem must not be null");
        Objects.requireNonNull(thickness, "thickness (profile) must not be null");
        Objects.requireNonNull(resistance, "resistance (profile) must not be null");
        Objects.requireNonNull(resistanceAfterCycle, "resistanceAfterCycle (profile) must not be null");
        Checks.atLeast(iterations, 0, "iterations");
        Objects.requireNonNull(warnings, "warnings must not be null");
        warnings = ImmutableList.copyOf(warnings);
    }

    /** @return "closed-form growth law (type)" */
    public String method() {
        return "closed-form growth law (" + problem.interphase().type() + ")";
    }

    /** @return the resistance at the end, Ω·m² */
    public double finalResistance() {
        return resistance.y(resistance.size() - 1);
    }

    /** @return the thickness at the end, m */
    public double finalThickness() {
        return thickness.y(thickness.size() - 1);
    }

    @Override
    public String toString() {
        return problem + ": " + Display.quantity(finalThickness(), "m") + ", "
                + Display.quantity(Units.toOhmCm2(finalResistance()), "Ω·cm²") + " after "
                + Display.quantity(problem.duration(), "s") + "; " + warnings.size() + " warning(s)";
    }
}
