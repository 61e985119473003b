package org.interphase.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Locale;

/**
 * The solution of a converged Newton solve ({@link NewtonSolver#solve}): the root u of F(u) = 0,
 * the problem it solves, the diagnostics and what the caller should know. Immutable: the arrays
 * are copied out.
 *
 * <p>The problem of a Newton solve is the caller's function F (a {@link TridiagonalSystem}) and the
 * start u0: {@link #problem()} returns the system as it was passed — the library cannot copy or
 * freeze a function, so it is the same object, and its immutability is the caller's — and
 * {@link #initialGuess()} a copy of u0.
 */
public final class NewtonSolution {

    private final TridiagonalSystem problem;
    private final double[] initialGuess;
    private final double[] solution;
    private final int iterations;
    private final double residualNorm;
    private final double[] residualHistory;
    private final ImmutableList<String> warnings;

    /**
     * Made by {@link NewtonSolver}, which hands over arrays it no longer uses (not copied here) and
     * has checked that the solution is finite (its update refuses an overflowing iterate), so that
     * this costs no pass over n.
     */
    NewtonSolution(TridiagonalSystem problem, double[] initialGuess, double[] solution, int iterations,
            double residualNorm, double[] residualHistory, ImmutableList<String> warnings) {
        this.problem = Checks.nonNull(problem, "problem");
        this.initialGuess = Checks.nonNull(initialGuess, "initialGuess");
        this.solution = Checks.nonNull(solution, "solution");
        this.iterations = Checks.atLeast(iterations, 0, "iterations");
        this.residualNorm = Checks.nonNegative(residualNorm, "residualNorm", "");
        this.residualHistory = Checks.allNonNegative(Checks.nonNull(residualHistory, "residualHistory"),
                "residualHistory", "");
        this.warnings = Checks.nonNull(warnings, "warnings");
    }

    /**
     * @return the system F(u) = 0 that was solved, the object the caller passed to
     *     {@link NewtonSolver#solve} (not a copy: a function cannot be copied)
     */
    public TridiagonalSystem problem() {
        return problem;
    }

    /** @return a copy of the initial guess u0 the solve started from, in the unit of u */
    public double[] initialGuess() {
        return initialGuess.clone();
    }

    /** @return a copy of the solution u, in the unit of u */
    public double[] solution() {
        return solution.clone();
    }

    /** @return Newton iterations done (&ge; 0) */
    public int iterations() {
        return iterations;
    }

    /** @return max-norm of F at the solution, in the unit of the residual */
    public double residualNorm() {
        return residualNorm;
    }

    /** @return a copy of the max-norm of F before each iteration and at the end (iterations + 1 values) */
    public double[] residualHistory() {
        return residualHistory.clone();
    }

    /**
     * @return what the caller should know, e.g. a backtracking line search that had to accept a
     *     step that did not decrease the residual; empty when all is well
     */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewtonSolution r && problem == r.problem && iterations == r.iterations
                && Double.compare(residualNorm, r.residualNorm) == 0
                && Arrays.equals(initialGuess, r.initialGuess) && Arrays.equals(solution, r.solution)
                && Arrays.equals(residualHistory, r.residualHistory) && warnings.equals(r.warnings);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(solution) + iterations;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NewtonSolution[n = %d, %d iterations, residual %.3g%s]", solution.length,
                iterations, residualNorm, warnings.isEmpty() ? "" : ", " + warnings.size() + " warnings");
    }
}
