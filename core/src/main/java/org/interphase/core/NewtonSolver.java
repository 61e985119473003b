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

    /** Upper bound of {@link Builder#maxIterations(int)}. */
    private static final int MAX_ITERATIONS = 1_000_000;

    private final int maxIterations;
    private final double residualTolerance;
    private final double stepTolerance;
    private final double maxStep;
    private final boolean backtracking;
    private final String hint;

    private NewtonSolver(Builder b) {
        this.maxIterations = b.maxIterations;
        this.residualTolerance = b.residualTolerance;
        this.stepTolerance = b.stepTolerance;
        this.maxStep = b.maxStep;
        this.backtracking = b.backtracking;
        this.hint = b.hint;
    }

    /** @return a solver with 50 iterations, residual tolerance 1e-10, step tolerance 1e-12, no limits */
    public static NewtonSolver withDefaults() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #withDefaults()} */
    public static Builder builder() {
        return new Builder();
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
    public NewtonResult solve(TridiagonalSystem system, double[] initialGuess) {
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

    private static NewtonResult result(double[] u, int iterations, double norm, double[] history) {
        double[] h = new double[iterations + 1];
        System.arraycopy(history, 0, h, 0, iterations + 1);
        return new NewtonResult(u, iterations, norm, h);
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

    /** Configures a {@link NewtonSolver}. */
    public static final class Builder {
        private int maxIterations = 50;
        private double residualTolerance = 1e-10;
        private double stepTolerance = 1e-12;
        private double maxStep = Double.POSITIVE_INFINITY;
        private boolean backtracking = false;
        private String hint = "use a better initial guess, damping (maxStep) or continuation";

        private Builder() {}

        /**
         * @param maxIterations maximum Newton iterations (in [1, 1000000]: Newton converges in a few tens of
         *     iterations or not at all; more only hides a bad initial guess)
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder maxIterations(int maxIterations) {
            this.maxIterations = Checks.inClosedRange(maxIterations, 1, MAX_ITERATIONS, "maxIterations");
            return this;
        }

        /**
         * @param residualTolerance tolerance on ‖F‖∞, in the unit of the residual (&gt; 0, finite)
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder residualTolerance(double residualTolerance) {
            this.residualTolerance = Checks.positive(residualTolerance, "residual tolerance", "");
            return this;
        }

        /**
         * @param stepTolerance relative tolerance on ‖Δu‖∞, dimensionless (&ge; 0, finite)
         * @return this builder
         * @throws IllegalArgumentException if the value is out of range
         */
        public Builder stepTolerance(double stepTolerance) {
            this.stepTolerance = Checks.nonNegative(stepTolerance, "step tolerance", "");
            return this;
        }

        /**
         * Limits every Newton step so that no component changes by more than {@code maxStep}
         * (the default is no limit; {@link #noStepLimit()} restores it).
         *
         * @param maxStep largest change of any component in one step, in the unit of u (&gt; 0, finite)
         * @return this builder
         * @throws IllegalArgumentException if the value is not finite or not &gt; 0
         */
        public Builder maxStep(double maxStep) {
            this.maxStep = Checks.positive(maxStep, "max step", "(unit of u)");
            return this;
        }

        /**
         * Removes the step limit of {@link #maxStep(double)}: full Newton steps (the default).
         *
         * @return this builder
         */
        public Builder noStepLimit() {
            this.maxStep = Double.POSITIVE_INFINITY; // internal sentinel: stepNorm > ∞ is never true
            return this;
        }

        /**
         * @param backtracking halve steps until the residual decreases
         * @return this builder
         */
        public Builder backtracking(boolean backtracking) {
            this.backtracking = backtracking;
            return this;
        }

        /**
         * @param hint the hint a {@link ConvergenceException} carries (null for none)
         * @return this builder
         */
        public Builder hint(String hint) {
            this.hint = hint == null ? "" : hint;
            return this;
        }

        /** @return the solver */
        public NewtonSolver build() {
            return new NewtonSolver(this);
        }
    }
}
