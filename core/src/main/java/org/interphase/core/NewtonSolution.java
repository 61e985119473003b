package org.interphase.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * The solution of a converged Newton solve ({@link NewtonSolver#solve}).
 *
 * @param solution the solution u (a copy is returned by the accessor)
 * @param iterations Newton iterations done
 * @param residualNorm max-norm of F at the solution, in the unit of the residual
 * @param residualHistory max-norm of F before each iteration and at the end
 */
public record NewtonSolution(double[] solution, int iterations, double residualNorm, double[] residualHistory) {

    /**
     * Validates the components and copies the arrays.
     *
     * @param solution the solution u, in the unit of u (not null, not empty, every element finite)
     * @param iterations Newton iterations done (&ge; 0)
     * @param residualNorm max-norm of F at the solution, in the unit of the residual (&ge; 0, finite)
     * @param residualHistory max-norm of F before each iteration and at the end (not null, not empty,
     *     every element finite and &ge; 0)
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if a component is out of range
     */
    public NewtonSolution {
        Checks.nonNull(solution, "solution");
        Checks.nonNull(residualHistory, "residualHistory");
        Checks.allFinite(solution, "solution", "");
        Checks.atLeast(iterations, 0, "iterations");
        Checks.nonNegative(residualNorm, "residualNorm", "");
        Checks.allNonNegative(residualHistory, "residualHistory", "");
        solution = solution.clone();
        residualHistory = residualHistory.clone();
    }

    /** @return a copy of the solution u */
    @Override
    public double[] solution() {
        return solution.clone();
    }

    /** @return a copy of the residual history */
    @Override
    public double[] residualHistory() {
        return residualHistory.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewtonSolution r && iterations == r.iterations
                && Double.compare(residualNorm, r.residualNorm) == 0
                && Arrays.equals(solution, r.solution) && Arrays.equals(residualHistory, r.residualHistory);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(solution) + iterations;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NewtonSolution[n = %d, %d iterations, residual %.3g]", solution.length, iterations,
                residualNorm);
    }
}
