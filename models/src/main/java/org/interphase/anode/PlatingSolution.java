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
 * @param grainBoundaryCurrentDensity j_gb = η_n/R_gb at the reference temperature, A/m², if R_gb is known
 * @param map the current-limit map over current density × flaw size, at the reference temperature
 * @param temperatureMap the current-limit map over current density × temperature, at the solver's flaw size
 * @param warnings what the caller should know (copied into an immutable list)
 */
public record PlatingSolution(PlatingProblem problem, PlatingSolver solver, Optional<MonroeNewman.Verdict> monroeNewman,
        OptionalDouble grainBoundaryCurrentDensity, CurrentLimitMap map, CurrentLimitMap temperatureMap,
        List<String> warnings) {

    /**
     * Validates the components.
     *
     * @param problem the problem (not null)
     * @param solver the solver (not null)
     * @param monroeNewman the verdict or empty (not null)
     * @param grainBoundaryCurrentDensity j_gb at the reference temperature, A/m² (&gt; 0) or empty (not null)
     * @param map the map (not null)
     * @param temperatureMap the temperature map (not null)
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
        Objects.requireNonNull(temperatureMap, "temperatureMap (current-limit map) must not be null");
        Objects.requireNonNull(warnings, "warnings must not be null");
        warnings = ImmutableList.copyOf(warnings);
    }

    /** @return "closed form on a log-spaced grid" */
    public String method() {
        return "closed-form criteria on a log-spaced grid";
    }

    /**
     * The highest current density that every evaluated criterion allows at a flaw size, at the problem's
     * reference temperature.
     *
     * @param flawSize c, m (&gt; 0)
     * @return the current limit, A/m² (0 when Monroe–Newman fails), or empty when no criterion that depends on
     *     the current could be evaluated (no fracture toughness, no grain-boundary data, no stripping problem),
     *     never +∞
     */
    public OptionalDouble currentLimit(double flawSize) {
        Checks.positive(flawSize, "flaw size", "m");
        return currentLimit(flawSize, problem.referenceTemperature());
    }

    /**
     * The highest current density that every criterion evaluable there allows at a flaw size and a
     * temperature (R_ct and R_gb by their temperature laws; a criterion whose law is unknown or does not hold
     * at T is left out).
     *
     * @param flawSize c, m (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @return the current limit, A/m² (0 when Monroe–Newman fails), or empty when no current-dependent
     *     criterion could be evaluated there
     */
    public OptionalDouble currentLimit(double flawSize, double temperature) {
        Checks.positive(flawSize, "flaw size", "m");
        Checks.positive(temperature, "temperature", "K");
        if (monroeNewman.isPresent() && !monroeNewman.get().suppresses()) {
            return OptionalDouble.of(0);
        }
        return PlatingSolver.limits(problem, flawSize, temperature).values().stream().mapToDouble(Double::doubleValue)
                .min();
    }

    /**
     * Which criterion sets {@link #currentLimit(double)} at a flaw size.
     *
     * @param flawSize c, m (&gt; 0)
     * @return the limiting criterion, or empty if none of the current-dependent ones could be evaluated
     */
    public Optional<PlatingCriterion> limitingCriterion(double flawSize) {
        Checks.positive(flawSize, "flaw size", "m");
        return limitingCriterion(flawSize, problem.referenceTemperature());
    }

    /**
     * Which criterion sets {@link #currentLimit(double, double)} at a flaw size and a temperature.
     *
     * @param flawSize c, m (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @return the limiting criterion, or empty if none of the current-dependent ones could be evaluated there
     */
    public Optional<PlatingCriterion> limitingCriterion(double flawSize, double temperature) {
        Checks.positive(flawSize, "flaw size", "m");
        Checks.positive(temperature, "temperature", "K");
        if (monroeNewman.isPresent() && !monroeNewman.get().suppresses()) {
            return Optional.of(PlatingCriterion.MONROE_NEWMAN);
        }
        return PlatingSolver.limits(problem, flawSize, temperature).entrySet().stream()
                .min(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
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
