package org.interphase.core;

import com.google.common.collect.ImmutableList;

/**
 * Newton's method for F(u) = 0 with a tridiagonal Jacobian ({@link TridiagonalSystem}), each
 * step an O(n) Thomas solve ({@link Tridiagonal#solveInPlace}, or its twisted form
 * {@link Tridiagonal#solveTwistedInPlace} with {@link #withTwistedElimination(boolean)}).
 *
 * <p>Globalization, both optional: <em>step limiting</em> scales the Newton step so that no
 * component changes by more than {@code maxStep} (in the unit of u: for a Poisson problem in units
 * of kT/e, a few units keep exponential charge laws in range); <em>backtracking</em> halves the
 * step until the residual max-norm decreases. The iteration stops when ‖F‖∞ ≤ residual tolerance,
 * or when ‖Δu‖∞ ≤ step tolerance·(1 + ‖u‖∞) after a full (undamped) step.
 *
 * <p>The problem is the caller's function F with a start u0 ({@link #solve(TridiagonalSystem, double[])});
 * the {@link NewtonSolution} names both ({@link NewtonSolution#problem()},
 * {@link NewtonSolution#initialGuess()}). Immutable and thread-safe: configure once, solve many
 * problems. Work arrays are allocated per solve, never per iteration; without backtracking the
 * iterate is updated in place and the step overwrites the residual, so a solve touches five
 * arrays of n doubles per iteration — the loop a hand-written Newton would have.
 */
public final class NewtonSolver {

    /** Upper bound of {@link #withMaxIterations(int)}. */
    private static final int MAX_ITERATIONS = 1_000_000;

    private final int maxIterations;
    private final double residualTolerance;
    private final double stepTolerance;
    private final double maxStep;
    private final boolean backtracking;
    private final boolean twisted;
    private final String hint;

    private NewtonSolver(int maxIterations, double residualTolerance, double stepTolerance, double maxStep,
            boolean backtracking, boolean twisted, String hint) {
        this.maxIterations = maxIterations;
        this.residualTolerance = residualTolerance;
        this.stepTolerance = stepTolerance;
        this.maxStep = maxStep;
        this.backtracking = backtracking;
        this.twisted = twisted;
        this.hint = hint;
    }

    /**
     * @return a solver with 50 iterations, residual tolerance 1e-10, step tolerance 1e-12, no step
     *     limit and no backtracking
     */
    public static NewtonSolver withDefaults() {
        return new NewtonSolver(50, 1e-10, 1e-12, Double.POSITIVE_INFINITY, false, false,
                "use a better initial guess, damping (withMaxStep) or continuation");
    }

    /**
     * @param maxIterations maximum Newton iterations (in [1, 1000000]: Newton converges in a few tens of
     *     iterations or not at all; more only hides a bad initial guess)
     * @return a copy with this setting
     * @throws IllegalArgumentException if the value is out of range
     */
    public NewtonSolver withMaxIterations(int maxIterations) {
        return new NewtonSolver(Checks.inClosedRange(maxIterations, 1, MAX_ITERATIONS, "maxIterations"),
                residualTolerance, stepTolerance, maxStep, backtracking, twisted, hint);
    }

    /**
     * @param residualTolerance tolerance on ‖F‖∞, in the unit of the residual (&gt; 0, finite)
     * @return a copy with this setting
     * @throws IllegalArgumentException if the value is out of range
     */
    public NewtonSolver withResidualTolerance(double residualTolerance) {
        return new NewtonSolver(maxIterations, Checks.positive(residualTolerance, "residual tolerance", ""),
                stepTolerance, maxStep, backtracking, twisted, hint);
    }

    /**
     * @param stepTolerance relative tolerance on ‖Δu‖∞, dimensionless (&ge; 0, finite)
     * @return a copy with this setting
     * @throws IllegalArgumentException if the value is out of range
     */
    public NewtonSolver withStepTolerance(double stepTolerance) {
        return new NewtonSolver(maxIterations, residualTolerance, Checks.nonNegative(stepTolerance, "step tolerance", ""),
                maxStep, backtracking, twisted, hint);
    }

    /**
     * Limits every Newton step so that no component changes by more than {@code maxStep}
     * (the default is no limit; {@link #withoutStepLimit()} restores it).
     *
     * @param maxStep largest change of any component in one step, in the unit of u (&gt; 0, finite)
     * @return a copy with this setting
     * @throws IllegalArgumentException if the value is not finite or not &gt; 0
     */
    public NewtonSolver withMaxStep(double maxStep) {
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance,
                Checks.positive(maxStep, "max step", "(unit of u)"), backtracking, twisted, hint);
    }

    /**
     * Removes the step limit of {@link #withMaxStep(double)}: full Newton steps (the default).
     *
     * @return a copy without a step limit
     */
    public NewtonSolver withoutStepLimit() {
        // internal sentinel: stepNorm > ∞ is never true
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, Double.POSITIVE_INFINITY, backtracking,
                twisted, hint);
    }

    /**
     * @param backtracking halve steps until the residual decreases
     * @return a copy with this setting
     */
    public NewtonSolver withBacktracking(boolean backtracking) {
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, maxStep, backtracking, twisted, hint);
    }

    /**
     * Chooses the elimination of each Newton step: the plain Thomas sweep
     * ({@link Tridiagonal#solveInPlace}, the default) or its twisted form, eliminating from both
     * ends ({@link Tridiagonal#solveTwistedInPlace}), which is faster for the same stability. The two
     * give the same iterates to rounding, not bit for bit.
     *
     * @param twisted eliminate from both ends
     * @return a copy with this setting
     */
    public NewtonSolver withTwistedElimination(boolean twisted) {
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, maxStep, backtracking, twisted, hint);
    }

    /**
     * @param hint the hint a {@link ConvergenceException} carries (null for none)
     * @return a copy with this setting
     */
    public NewtonSolver withHint(String hint) {
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, maxStep, backtracking, twisted,
                hint == null ? "" : hint);
    }

    /**
     * Solves F(u) = 0 from an initial guess.
     *
     * @param system the system (not null; {@link TridiagonalSystem#size()} &ge; 1 and small enough
     *     for the 9 work arrays of n doubles to fit in the heap)
     * @param initialGuess u0, in the unit of u, length n, every element finite (not modified)
     * @return the converged result
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the size or the initial guess is out of range
     * @throws ConvergenceException if the tolerance is not met in the allowed iterations, the
     *     residual becomes non-finite, or the Jacobian becomes singular
     */
    public NewtonSolution solve(TridiagonalSystem system, double[] initialGuess) {
        Checks.nonNull(system, "system");
        Checks.nonNull(initialGuess, "initial guess");
        int n = system.size();
        if (n < 1) {
            throw new IllegalArgumentException("system size must be >= 1, was " + n);
        }
        if (initialGuess.length != n) {
            throw new IllegalArgumentException("initial guess must have length " + n + ", was " + initialGuess.length);
        }
        Checks.allFinite(initialGuess, "initial guess", "");
        Checks.allocation(n, 9, 8, "Newton solve of a system of " + n + " unknowns");
        // the guess is kept for the solution and only read: the first step writes to a work array
        double[] guess = initialGuess.clone();
        double[] u = guess;
        double[] trial = new double[n];
        double[] f = new double[n];
        double[] lower = new double[n];
        double[] diag = new double[n];
        double[] upper = new double[n];
        // the twisted elimination may keep its multipliers in diag, evaluated afresh at every iterate
        double[] scratch = twisted ? diag : new double[n];
        // Without backtracking the step s of J·s = F overwrites F (F is evaluated afresh at the new
        // iterate) and, after the first step, the iterate is updated in place; backtracking needs F,
        // the step and the last iterate side by side. The Newton step is −s: J·s = F and J·(−s) = −F
        // round alike.
        double[] step = backtracking ? new double[n] : f;
        // grown on demand: maxIterations may be large while a solve takes a handful of iterations
        double[] history = new double[Math.min(maxIterations, 64) + 1];
        java.util.List<String> warnings = new java.util.ArrayList<>(0);

        system.evaluate(u, f, lower, diag, upper);
        double norm = maxNorm(f);
        checkFinite(norm, 0);
        history[0] = norm;
        for (int it = 1; it <= maxIterations; it++) {
            if (norm <= residualTolerance) {
                return result(system, guess, u, it - 1, norm, history, warnings);
            }
            if (step != f) {
                System.arraycopy(f, 0, step, 0, n);
            }
            double stepNorm;
            if (twisted) {
                // F is finite (checked), so a non-finite result is a vanishing pivot or an overflow
                stepNorm = Tridiagonal.twisted(lower, diag, upper, step, scratch, n);
                if (!Double.isFinite(stepNorm)) {
                    throw singular(it - 1, norm, "a pivot vanished or the step overflowed");
                }
            } else {
                try {
                    Tridiagonal.solveInPlace(lower, diag, upper, step, scratch);
                } catch (IllegalArgumentException e) {
                    throw singular(it - 1, norm, e.getMessage());
                }
                stepNorm = maxNorm(step);
            }
            double scale = 1.0;
            if (stepNorm > maxStep) {
                scale = maxStep / stepNorm;
            }
            double newNorm;
            double size; // ‖u‖∞ at the new iterate
            while (true) {
                size = 0;
                for (int i = 0; i < n; i++) {
                    double v = u[i] - scale * step[i];
                    trial[i] = v;
                    double a = Math.abs(v);
                    if (a > size) {
                        size = a;
                    }
                }
                if (size > Double.MAX_VALUE) {
                    // u and the step are finite, so only an overflow makes the iterate infinite
                    throw new ConvergenceException("Newton", it - 1, norm, "the iterate overflowed the double range; "
                            + hint);
                }
                system.evaluate(trial, f, lower, diag, upper);
                newNorm = maxNorm(f);
                if (!backtracking || (Double.isFinite(newNorm) && newNorm < norm)) {
                    break;
                }
                if (scale < 1e-6) {
                    warnings.add(String.format(java.util.Locale.ROOT, "iteration %d: backtracking reached a step scale of"
                            + " %s without decreasing the residual (%s to %s); the step was taken anyway", it,
                            Display.number(scale), Display.number(norm), Display.number(newNorm)));
                    break;
                }
                scale *= 0.5;
            }
            checkFinite(newNorm, it);
            double[] previous = u;
            u = trial;
            trial = !backtracking ? u : previous == guess ? new double[n] : previous;
            norm = newNorm;
            if (it >= history.length) {
                history = java.util.Arrays.copyOf(history, (int) Math.min((long) maxIterations + 1, 2L * history.length));
            }
            history[it] = norm;
            if (scale == 1.0 && stepNorm <= stepTolerance * (1 + size)) {
                return result(system, guess, u, it, norm, history, warnings);
            }
            if (norm <= residualTolerance) {
                return result(system, guess, u, it, norm, history, warnings);
            }
        }
        throw new ConvergenceException("Newton", maxIterations, norm, hint);
    }

    private ConvergenceException singular(int iterations, double norm, String why) {
        return new ConvergenceException("Newton", iterations, norm, "the Jacobian is singular or ill-conditioned"
                + " at this iterate (" + why + "); " + hint);
    }

    private void checkFinite(double norm, int iteration) {
        if (!Double.isFinite(norm)) {
            throw new ConvergenceException("Newton", iteration, norm,
                    "the residual became non-finite; " + hint);
        }
    }

    private static NewtonSolution result(TridiagonalSystem system, double[] initialGuess, double[] u, int iterations,
            double norm, double[] history, java.util.List<String> warnings) {
        return new NewtonSolution(system, initialGuess, u, iterations, norm,
                java.util.Arrays.copyOf(history, iterations + 1), ImmutableList.copyOf(warnings));
    }

    /** ‖v‖∞, or NaN as soon as an element is NaN (an ∞ element gives ∞). */
    static double maxNorm(double[] v) {
        double m = 0;
        for (double d : v) {
            double a = Math.abs(d);
            if (!(a <= m)) {
                if (a != a) {
                    return a; // NaN: the comparisons that follow would drop it
                }
                m = a;
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "NewtonSolver[maxIterations = %d, residual tolerance %.1e, step tolerance %.1e, "
                + "max step %s, backtracking %s, %s elimination]", maxIterations, residualTolerance, stepTolerance,
                Double.isInfinite(maxStep) ? "none" : String.valueOf(maxStep), backtracking, twisted ? "twisted" : "Thomas");
    }
}
