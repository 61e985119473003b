package org.interphase.diffusion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A fitted Arrhenius law with its uncertainty and the diagnostics of the fit
 * ({@link ArrheniusFitter#solve}). Immutable.
 *
 * @param problem the data fitted
 * @param law the Arrhenius law
 * @param rms root-mean-square residual (in ln q for {@link ArrheniusFitProblem.Rates}, relative thickness
 *     for {@link ArrheniusFitProblem.Growth}), &ge; 0
 * @param lnPrefactorError standard error of ln A; empty with two points (an exact fit estimates no error)
 * @param activationEnergyError standard error of Ea, J; empty with two points
 * @param iterations Levenberg–Marquardt iterations (&ge; 0)
 * @param evaluations model evaluations (&ge; 0)
 * @param warnings what the caller should know (immutable; empty when all is well)
 */
public record ArrheniusFitSolution(ArrheniusFitProblem problem, Arrhenius law, double rms,
        OptionalDouble lnPrefactorError, OptionalDouble activationEnergyError, int iterations, int evaluations,
        List<String> warnings) {

    /**
     * Validates and copies.
     *
     * @param problem the data fitted
     * @param law the Arrhenius law
     * @param rms root-mean-square residual (&ge; 0)
     * @param lnPrefactorError standard error of ln A (&ge; 0), or empty
     * @param activationEnergyError standard error of Ea, J (&ge; 0), or empty
     * @param iterations Levenberg–Marquardt iterations (&ge; 0)
     * @param evaluations model evaluations (&ge; 0)
     * @param warnings what the caller should know
     */
    public ArrheniusFitSolution {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(law, "law");
        Checks.nonNegative(rms, "rms", "");
        Objects.requireNonNull(lnPrefactorError, "lnPrefactorError");
        Objects.requireNonNull(activationEnergyError, "activationEnergyError");
        lnPrefactorError.ifPresent(e -> Checks.nonNegative(e, "lnPrefactorError", ""));
        activationEnergyError.ifPresent(e -> Checks.nonNegative(e, "activationEnergyError", "J"));
        Checks.atLeast(iterations, 0, "iterations");
        Checks.atLeast(evaluations, 0, "evaluations");
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** @return the number of data points */
    public int points() {
        return problem.points();
    }

    /** @return the fitting method, "Levenberg–Marquardt in (ln A, Ea)" */
    public String method() {
        return "Levenberg–Marquardt in (ln A, Ea)";
    }

    @Override
    public String toString() {
        String error = activationEnergyError.isEmpty() ? " (no error estimate from 2 points)"
                : " ± " + Text.number(Units.toEV(activationEnergyError.getAsDouble()));
        return String.format(Locale.ROOT, "ArrheniusFitSolution[A = %s, Ea = %s%s eV, rms %s, %d points, %d iterations]",
                Text.number(law.prefactor()), Text.number(law.activationEnergyEV()), error, Text.number(rms), points(),
                iterations);
    }
}
