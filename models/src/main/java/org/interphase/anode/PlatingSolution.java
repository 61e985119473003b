package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.contact.MonroeNewman;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Units;

/**
 * The plating criteria of a {@link PlatingProblem} ({@link PlatingSolver}): the Monroe–Newman verdict,
 * the grain-boundary current limit, the crack limit as a function of flaw size, and the current-limit map.
 *
 * @param problem the problem that was solved
 * @param solver the solver that solved it
 * @param monroeNewman the Monroe–Newman verdict, if the electrolyte's shear modulus is known
 * @param grainBoundaryCurrentDensity j_gb = η_n/R_gb, A/m², if R_gb is known
 * @param map the current-limit map
 * @param warnings what the caller should know (copied into an immutable list)
 */
public record PlatingSolution(PlatingProblem problem, PlatingSolver solver, Optional<MonroeNewman.Verdict> monroeNewman,
        OptionalDouble grainBoundaryCurrentDensity, CurrentLimitMap map, List<String> warnings) {

    /**
     * Validates the components.
     *
     * @param problem the problem (not null)
     * @param solver the solver (not null)
     * @param monroeNewman the verdict or empty (not null)
     * @param grainBoundaryCurrentDensity A/m² (&gt; 0) or empty (not null)
     * @param map the map (not null)
     * @param warnings what the caller should know (not null)
     */
    public PlatingSolution {
        Objects.requireNonNull(problem, "problem (plating problem) must not be null");
        Objects.requireNonNull(solver, "solver (plating solver) must not be null");
        Objects.requireNonNull(monroeNewman, "monroeNewman (Optional) must not be null");
        Objects.requireNonNull(grainBoundaryCurrentDensity, "grainBoundaryCurrentDensity (OptionalDouble) must not be null");
        if (grainBoundaryCurrentDensity.isPresent()) {
            Checks.positive(grainBoundaryCurrentDensity.getAsDouble(), "grain-boundary current density", "A/m²");
        }
        Objects.requireNonNull(map, "map (current-limit map) must not be null");
        Objects.requireNonNull(warnings, "warnings must not be null");
        warnings = ImmutableList.copyOf(warnings);
    }

    /** @return "closed form on a log-spaced grid" */
    public String method() {
        return "closed-form criteria on a log-spaced grid";
    }

    /**
     * The highest current density that every evaluated criterion allows at a flaw size (∞ if no
     * current-dependent criterion could be evaluated; 0 if Monroe–Newman fails).
     *
     * @param flawSize c, m (&gt; 0)
     * @return the current limit, A/m² (0 when Monroe–Newman fails), or empty when no criterion that depends on
     *     the current could be evaluated (no fracture toughness and no grain-boundary data), never +∞
     */
    public OptionalDouble currentLimit(double flawSize) {
        Checks.positive(flawSize, "flaw size", "m");
        if (monroeNewman.isPresent() && !monroeNewman.get().suppresses()) {
            return OptionalDouble.of(0);
        }
        double limit = Double.POSITIVE_INFINITY;
        if (problem.fractureToughness().isPresent()) {
            limit = Math.min(limit, PlatingSolver.crackCurrentDensity(problem, flawSize));
        }
        if (grainBoundaryCurrentDensity.isPresent()) {
            limit = Math.min(limit, grainBoundaryCurrentDensity.getAsDouble());
        }
        return limit == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(limit);
    }

    /**
     * Which criterion sets {@link #currentLimit} at a flaw size.
     *
     * @param flawSize c, m (&gt; 0)
     * @return the limiting criterion, or empty if none of the current-dependent ones could be evaluated
     */
    public Optional<PlatingCriterion> limitingCriterion(double flawSize) {
        Checks.positive(flawSize, "flaw size", "m");
        if (monroeNewman.isPresent() && !monroeNewman.get().suppresses()) {
            return Optional.of(PlatingCriterion.MONROE_NEWMAN);
        }
        double crack = problem.fractureToughness().isPresent() ? PlatingSolver.crackCurrentDensity(problem, flawSize)
                : Double.POSITIVE_INFINITY;
        double gb = grainBoundaryCurrentDensity.orElse(Double.POSITIVE_INFINITY);
        if (crack == Double.POSITIVE_INFINITY && gb == Double.POSITIVE_INFINITY) {
            return Optional.empty();
        }
        return Optional.of(crack <= gb ? PlatingCriterion.LI_FILLED_CRACK : PlatingCriterion.GRAIN_BOUNDARY);
    }

    @Override
    public String toString() {
        return "plating through " + problem.electrolyte() + ": Monroe–Newman "
                + monroeNewman.map(v -> v.suppresses() ? "passes" : "fails").orElse("not evaluated") + "; grain boundary "
                + (grainBoundaryCurrentDensity.isPresent()
                        ? Display.quantity(Units.toMAPerCm2(grainBoundaryCurrentDensity.getAsDouble()), "mA/cm²")
                        : "not evaluated")
                + "; limit at a 10 µm flaw " + currentLimit(1e-5).stream()
                        .mapToObj(j -> Display.quantity(Units.toMAPerCm2(j), "mA/cm²")).findFirst().orElse("none evaluated") + "; " + map;
    }
}
