package org.interphase.core;

/**
 * Newton's method for F(u) = 0 with a tridiagonal Jacobian ({@link TridiagonalSystem}), each
 * step an O(n) Thomas solve.
 *
 * <p>Globalization, both optional: <em>step limiting</em> scales the Newton step so that no
 * component changes by more than {@code maxStep} (in the unit of u: for a Poisson problem in units
 * of kT/e, a few units keep exponential charge laws in range); <em>backtracking</em> halves the
 * step until the residual max-norm decreases. The iteration stops when ‖F‖∞ ≤ residual tolerance,
 * or when ‖Δu‖∞ ≤ step tolerance·(1 + ‖u‖∞) after a full (undamped) step.
 *
 * <p>Immutable and thread-safe: configure once, solve many problems. Work arrays are allocated
 * per solve, never per iteration.
 */
public final class NewtonSolver {

    /** Upper bound of {@link #withMaxIterations(int)}. */
    private static final int MAX_ITERATIONS = 1_000_000;

    private final int maxIterations;
    private final double residualTolerance;
    private final double stepTolerance;
    private final double maxStep;
    private final boolean backtracking;
    private final String hint;

    private NewtonSolver(int maxIterations, double residualTolerance, double stepTolerance, double maxStep,
            boolean backtracking, String hint) {
        this.maxIterations = maxIterations;
        this.residualTolerance = residualTolerance;
        this.stepTolerance = stepTolerance;
        this.maxStep = maxStep;
        this.backtracking = backtracking;
        this.hint = hint;
    }

    /**
     * @return a solver with 50 iterations, residual tolerance 1e-10, step tolerance 1e-12, no step
     *     limit and no backtracking
     */
    public static NewtonSolver withDefaults() {
        return new NewtonSolver(50, 1e-10, 1e-12, Double.POSITIVE_INFINITY, false,
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
                residualTolerance, stepTolerance, maxStep, backtracking, hint);
    }

    /**
     * @param residualTolerance tolerance on ‖F‖∞, in the unit of the residual (&gt; 0, finite)
     * @return a copy with this setting
     * @throws IllegalArgumentException if the value is out of range
     */
    public NewtonSolver withResidualTolerance(double residualTolerance) {
        return new NewtonSolver(maxIterations, Checks.positive(residualTolerance, "residual tolerance", ""),
                stepTolerance, maxStep, backtracking, hint);
    }

    /**
     * @param stepTolerance relative tolerance on ‖Δu‖∞, dimensionless (&ge; 0, finite)
     * @return a copy with this setting
     * @throws IllegalArgumentException if the value is out of range
     */
    public NewtonSolver withStepTolerance(double stepTolerance) {
        return new NewtonSolver(maxIterations, residualTolerance, Checks.nonNegative(stepTolerance, "step tolerance", ""),
                maxStep, backtracking, hint);
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
                Checks.positive(maxStep, "max step", "(unit of u)"), backtracking, hint);
    }

    /**
     * Removes the step limit of {@link #withMaxStep(double)}: full Newton steps (the default).
     *
     * @return a copy without a step limit
     */
    public NewtonSolver withoutStepLimit() {
        // internal sentinel: stepNorm > ∞ is never true
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, Double.POSITIVE_INFINITY, backtracking,
                hint);
    }

    /**
     * @param backtracking halve steps until the residual decreases
     * @return a copy with this setting
     */
    public NewtonSolver withBacktracking(boolean backtracking) {
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, maxStep, backtracking, hint);
    }

    /**
     * @param hint the hint a {@link ConvergenceException} carries (null for none)
     * @return a copy with this setting
     */
    public NewtonSolver withHint(String hint) {
        return new NewtonSolver(maxIterations, residualTolerance, stepTolerance, maxStep, backtracking,
                hint == null ? "" : hint);
    }

    /**
     * Solves F(u) = 0 from an initial guess.
     *
     * @param system the system (not null; {@link TridiagonalSystem#size()} &ge; 1 and small enough
     *     for the 8 work arrays of n doubles to fit in the heap)
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
        Checks.allocation(n, 8, 8, "Newton solve of a system of " + n + " unknowns");
        double[] u = initialGuess.clone();
        double[] trial = new double[n];
        double[] f = new double[n];
        double[] lower = new double[n];
        double[] diag = new double[n];
        double[] upper = new double[n];
        double[] step = new double[n];
        double[] scratch = new double[n];
        // grown on demand: maxIterations may be large while a solve takes a handful of iterations
        double[] history = new double[Math.min(maxIterations, 64) + 1];

        system.evaluate(u, f, lower, diag, upper);
        double norm = maxNorm(f);
        checkFinite(norm, 0);
        history[0] = norm;
        for (int it = 1; it <= maxIterations; it++) {
            if (norm <= residualTolerance) {
                return result(u, it - 1, norm, history);
            }
            for (int i = 0; i < n; i++) {
                step[i] = -f[i];
            }
            try {
                Tridiagonal.solveInPlace(lower, diag, upper, step, scratch);
            } catch (IllegalArgumentException e) {
                throw new ConvergenceException("Newton", it - 1, norm, "the Jacobian is singular or ill-conditioned"
                        + " at this iterate (" + e.getMessage() + "); " + hint);
            }
            double stepNorm = maxNorm(step);
            double scale = 1.0;
            if (stepNorm > maxStep) {
                scale = maxStep / stepNorm;
            }
            double newNorm;
            while (true) {
                for (int i = 0; i < n; i++) {
                    trial[i] = u[i] + scale * step[i];
                }
                system.evaluate(trial, f, lower, diag, upper);
                newNorm = maxNorm(f);
                if (!backtracking || (Double.isFinite(newNorm) && newNorm < norm) || scale < 1e-6) {
                    break;
                }
                scale *= 0.5;
            }
            checkFinite(newNorm, it);
            System.arraycopy(trial, 0, u, 0, n);
            norm = newNorm;
            if (it >= history.length) {
                history = java.util.Arrays.copyOf(history, (int) Math.min((long) maxIterations + 1, 2L * history.length));
            }
            history[it] = norm;
            if (scale == 1.0 && stepNorm <= stepTolerance * (1 + maxNorm(u))) {
                return result(u, it, norm, history);
            }
            if (norm <= residualTolerance) {
                return result(u, it, norm, history);
            }
        }
        throw new ConvergenceException("Newton", maxIterations, norm, hint);
    }

    private void checkFinite(double norm, int iteration) {
        if (!Double.isFinite(norm)) {
            throw new ConvergenceException("Newton", iteration, norm,
                    "the residual became non-finite; " + hint);
        }
    }

    private static NewtonSolution result(double[] u, int iterations, double norm, double[] history) {
        double[] h = new double[iterations + 1];
        System.arraycopy(history, 0, h, 0, iterations + 1);
        return new NewtonSolution(u, iterations, norm, h);
    }

    private static double maxNorm(double[] v) {
        double m = 0;
        for (double d : v) {
            double a = Math.abs(d);
            if (!(a <= m)) {
                m = a; // also propagates NaN
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "NewtonSolver[maxIterations = %d, residual tolerance %.1e, step tolerance %.1e, "
                + "max step %s, backtracking %s]", maxIterations, residualTolerance, stepTolerance,
                Double.isInfinite(maxStep) ? "none" : String.valueOf(maxStep), backtracking);
    }
}
