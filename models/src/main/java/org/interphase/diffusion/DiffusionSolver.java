package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;

/**
 * Finite-volume solver of a {@link DiffusionProblem}: vertex-centred control volumes on the nodes
 * of a layered {@link org.interphase.core.Mesh1D}, implicit time stepping, one Thomas solve per
 * species and stage.
 *
 * <p><b>Space.</b> Each node i owns the control volume made of the halves of its neighbouring
 * cells. Within a cell the flux is −D·∂c/∂x with D the layer's D, or for D(c) its value at the
 * mean of the cell's two nodal concentrations (second order, and nonzero at the foot of a front
 * where D(c) vanishes on one side). Layer boundaries are nodes, so no cell straddles two materials:
 * the series coupling of two layers through their shared node is the harmonic-mean face
 * coefficient, exact for piecewise-constant D and continuous flux. A partition coefficient K = c⁺/c⁻ at a layer boundary is handled by
 * solving for u = c/κ, where κ is the product of the partition coefficients crossed from the first
 * layer: u is continuous everywhere and the equation κ·∂u/∂t = ∂/∂x(κD·∂u/∂x) + r keeps a
 * symmetric tridiagonal matrix. The capacity of a boundary node is the sum of its half cells, each
 * with its own κ, so Σ_i (control volume × c) is the exact discrete amount and is conserved to
 * round-off by every scheme when the boundaries are closed. Each solve is written for the
 * correction δ = u_new − u_old, so the round-off of the Thomas sweep scales with the change, not
 * the level; it still grows with the step ratio D·h/Δx² (the backward error of Gaussian elimination
 * is ~eps·|A|), and the amount is kept to 1e-12 relative for steps up to ~10³ times the explicit
 * limit. Second order in space on uniform and smoothly graded meshes.
 *
 * <p><b>Time.</b> {@link TimeScheme#BACKWARD_EULER}, {@link TimeScheme#CRANK_NICOLSON} (its first
 * two steps taken as four backward-Euler half steps, Rannacher's start) or {@link TimeScheme#TR_BDF2}. Steps are
 * either fixed or adaptive by step doubling: a step h is compared with two steps h/2, the
 * difference estimates the local error (Hairer, Nørsett &amp; Wanner, Solving ODE I, §II.4), the two
 * half steps are kept, and h is rescaled by 0.9·(tol/err)^{1/(p+1)}. Steps always end on the
 * breakpoints of the thermal schedule and on the output times, so ramps and holds are followed by
 * the step control and never straddled. The step limits follow the time scales of the discretized
 * problem, not the duration: the first step is 1 % of the time in which the initial rate dc/dt
 * would change c by its scale (for step data, 1 % of the smallest cell's diffusion time h²/D; at
 * most the first breakpoint or output time; Hairer, Nørsett &amp; Wanner, §II.4), and a run gives
 * up only when the step falls below 10⁻⁶ of the fastest time scale τ = 1/max_i[(g_{i−1} + g_i +
 * σ_i)/cap_i] (diffusion across the smallest cells, or the fastest reaction), where every smooth
 * solution meets the tolerance, or to the round-off of t. A run over 10¹² s from step data on
 * 1 nm cells therefore completes, and refining the mesh only adds steps.
 *
 * <p><b>Nonlinear terms.</b> D(c) and reactions are linearized by Picard iteration within each
 * implicit stage (D and the other reactants lagged, the reaction linear in the species solved for)
 * until the update falls below 1e-12 of the species scale; the converged stage is the fully
 * implicit scheme. Problems with only c-independent D and no reactions take one solve per stage.
 *
 * <p>Immutable and thread-safe: every {@link #solve} allocates its own work arrays once and then
 * steps without allocation.
 */
public final class DiffusionSolver {

    private final TimeScheme scheme;
    private final double tolerance;
    private final double fixedStep;
    private final double initialStep;
    private final double maxStep;
    private final int maxSteps;
    private final double resolutionLimit;

    private DiffusionSolver(Builder b) {
        this.resolutionLimit = b.resolutionLimit;
        this.scheme = b.scheme;
        this.tolerance = b.tolerance;
        this.fixedStep = b.fixedStep;
        this.initialStep = b.initialStep;
        this.maxStep = b.maxStep;
        this.maxSteps = b.maxSteps;
    }

    /** @return TR-BDF2, adaptive, relative tolerance 1e-4 */
    public static DiffusionSolver withDefaults() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #withDefaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Solves a problem with the default solver.
     *
     * @param problem the problem
     * @return the solution at the problem's output times
     */
    public static DiffusionSolution solveDefault(DiffusionProblem problem) {
        return withDefaults().solve(problem);
    }

    /**
     * @param problem the problem
     * @return profiles and amounts at the output times
     * @throws org.interphase.core.ConvergenceException if the adaptive step falls below 10⁻⁶ of the
     *     problem's fastest time scale (the solution is not smooth in time there), the step budget is
     *     spent, a fixed step's Picard iteration does not converge, or the solution becomes non-finite
     * @throws IllegalArgumentException if a diffusivity or initial value is negative or not finite, or if
     *     the mesh is too coarse: c changes by more than {@link #resolutionLimit()} across a cell
     */
    public DiffusionSolution solve(DiffusionProblem problem) {
        Objects.requireNonNull(problem, "problem");
        return new FiniteVolumeRun(problem, this).run();
    }

    /** @return the time integrator */
    public TimeScheme scheme() {
        return scheme;
    }

    /** @return relative local-error tolerance of adaptive stepping */
    public double tolerance() {
        return tolerance;
    }

    /** @return the fixed step, s, or 0 for adaptive stepping */
    public double fixedStep() {
        return fixedStep;
    }

    /**
     * @return the first adaptive step, s, or 0 for automatic (1 % of the time in which the initial
     *     dc/dt changes c by its scale, at most the first breakpoint or output time)
     */
    public double initialStep() {
        return initialStep;
    }

    /** @return the largest step, s */
    public double maxStep() {
        return maxStep;
    }

    /** @return the step budget */
    public int maxSteps() {
        return maxSteps;
    }

    /**
     * @return the largest change of c across one cell, as a fraction of the species' range
     *     (max − min of c at that time), accepted at an output time; 1 disables the check
     */
    public double resolutionLimit() {
        return resolutionLimit;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DiffusionSolver[%s, %s, max %d steps]", scheme,
                fixedStep > 0 ? "fixed step " + fixedStep + " s" : "adaptive, tol " + tolerance, maxSteps);
    }

    /** Builder of a solver configuration. */
    public static final class Builder {
        private TimeScheme scheme = TimeScheme.TR_BDF2;
        private double tolerance = 1e-4;
        private double fixedStep;
        private double initialStep;
        private double maxStep = Double.POSITIVE_INFINITY;
        private int maxSteps = 1_000_000;
        private double resolutionLimit = 0.5;
        private boolean toleranceSet;

        private Builder() {}

        /**
         * A mesh is too coarse for the requested accuracy when a front falls inside one or two cells;
         * the solver then throws instead of returning a meaningless profile.
         *
         * <p>The check runs at the output times only, not at every step: a couple started from step
         * data is unresolved for its first steps by construction. A front that is unresolved only
         * between two outputs is therefore not caught; add output times to watch it.
         *
         * @param fraction largest accepted change of c across one cell at an output time, as a
         *     fraction of the species' range, in (0, 1]; 1 disables the check (default 0.5)
         * @return this builder
         */
        public Builder resolutionLimit(double fraction) {
            this.resolutionLimit = org.interphase.core.Checks.inClosedRange(fraction, 1e-6, 1.0, "resolution limit", "");
            return this;
        }

        /**
         * @param s the time integrator
         * @return this builder
         */
        public Builder scheme(TimeScheme s) {
            this.scheme = Objects.requireNonNull(s, "scheme");
            return this;
        }

        /**
         * @param relative local error per step relative to each species' concentration scale
         *     (in (0, 0.1])
         * @return this builder, adaptive
         */
        public Builder tolerance(double relative) {
            this.tolerance = Checks.inClosedRange(relative, 1e-12, 0.1, "relative tolerance", "");
            this.toleranceSet = true;
            return this;
        }

        /**
         * @param step fixed time step, s (&gt; 0); steps are shortened only to land on breakpoints
         *     and output times
         * @return this builder, without step control
         */
        public Builder fixedStep(double step) {
            this.fixedStep = Checks.positive(step, "time step", "s");
            return this;
        }

        /**
         * @param step first adaptive step, s (&gt; 0)
         * @return this builder
         */
        public Builder initialStep(double step) {
            this.initialStep = Checks.positive(step, "initial time step", "s");
            return this;
        }

        /**
         * @param step largest adaptive step, s (&gt; 0)
         * @return this builder
         */
        public Builder maxStep(double step) {
            this.maxStep = Checks.positive(step, "maximum time step", "s");
            return this;
        }

        /**
         * @param steps step budget (&ge; 1)
         * @return this builder
         */
        public Builder maxSteps(int steps) {
            this.maxSteps = Checks.positive(steps, "maximum number of steps");
            return this;
        }

        /**
         * @return the solver
         * @throws IllegalStateException if both a fixed step and a tolerance were set (a fixed step has no
         *     step control; the result must not depend on the order of the builder calls)
         */
        public DiffusionSolver build() {
            if (toleranceSet && fixedStep > 0) {
                throw new IllegalStateException("both fixedStep(" + fixedStep + " s) and tolerance(" + tolerance
                        + ") were set: a fixed step has no step control; choose one");
            }
            return new DiffusionSolver(this);
        }
    }
}
