package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
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
 * steps without allocation. Configure it by copies:
 * <pre>{@code
 * DiffusionSolver solver = DiffusionSolver.withDefaults().withTolerance(1e-6).withScheme(TimeScheme.BACKWARD_EULER);
 * DiffusionSolution s = solver.solve(problem);
 * s.acceptedSteps(); s.rejectedSteps(); s.iterations(); s.scheme(); s.warnings();
 * }</pre>
 */
public final class DiffusionSolver {

    private static final DiffusionSolver DEFAULTS = new DiffusionSolver(TimeScheme.TR_BDF2, 1e-4, false, 0.0, 0.0,
            Double.POSITIVE_INFINITY, 1_000_000, 200, 0.5);

    private final TimeScheme scheme;
    private final double tolerance;
    /** True once {@link #withTolerance} was called: a fixed step has no step control to use it. */
    private final boolean toleranceSet;
    private final double fixedStep;
    private final double initialStep;
    private final double maxStep;
    private final int maxSteps;
    private final int maxIterations;
    private final double resolutionLimit;

    private DiffusionSolver(TimeScheme scheme, double tolerance, boolean toleranceSet, double fixedStep,
            double initialStep, double maxStep, int maxSteps, int maxIterations, double resolutionLimit) {
        this.scheme = scheme;
        this.tolerance = tolerance;
        this.toleranceSet = toleranceSet;
        this.fixedStep = fixedStep;
        this.initialStep = initialStep;
        this.maxStep = maxStep;
        this.maxSteps = maxSteps;
        this.maxIterations = maxIterations;
        this.resolutionLimit = resolutionLimit;
    }

    /**
     * @return TR-BDF2, adaptive steps with relative tolerance 1e-4, automatic first step, no largest
     *     step, a budget of 10⁶ steps, at most 200 Picard iterations per stage, resolution limit 0.5
     */
    public static DiffusionSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param problem the problem
     * @return profiles and amounts at the output times, with the step statistics
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

    /**
     * @param scheme the time integrator
     * @return a copy with that scheme
     */
    public DiffusionSolver withScheme(TimeScheme scheme) {
        return new DiffusionSolver(Objects.requireNonNull(scheme, "scheme"), tolerance, toleranceSet, fixedStep,
                initialStep, maxStep, maxSteps, maxIterations, resolutionLimit);
    }

    /**
     * @param tolerance local error per step relative to each species' concentration scale, in [1e-12, 0.1]
     * @return an adaptive copy with that tolerance
     * @throws IllegalStateException if this solver takes fixed steps (they have no step control; the
     *     answer must not depend on the order of the calls)
     */
    public DiffusionSolver withTolerance(double tolerance) {
        Checks.inClosedRange(tolerance, 1e-12, 0.1, "tolerance", "");
        if (fixedStep > 0) {
            throw new IllegalStateException("this solver takes fixed steps of " + fixedStep + " s, which have no step"
                    + " control: a tolerance (" + tolerance + ") would be ignored; start from withDefaults() instead");
        }
        return new DiffusionSolver(scheme, tolerance, true, fixedStep, initialStep, maxStep, maxSteps, maxIterations,
                resolutionLimit);
    }

    /**
     * @param fixedStep fixed time step, s (&gt; 0); steps are shortened only to land on breakpoints and
     *     output times
     * @return a copy without step control
     * @throws IllegalStateException if a tolerance was set (it would be ignored)
     */
    public DiffusionSolver withFixedStep(double fixedStep) {
        Checks.positive(fixedStep, "fixed step", "s");
        if (toleranceSet) {
            throw new IllegalStateException("a tolerance (" + tolerance + ") was set: a fixed step of " + fixedStep
                    + " s has no step control and would ignore it; choose one");
        }
        return new DiffusionSolver(scheme, tolerance, toleranceSet, fixedStep, initialStep, maxStep, maxSteps,
                maxIterations, resolutionLimit);
    }

    /**
     * @param initialStep first adaptive step, s (&gt; 0)
     * @return a copy with that first step
     */
    public DiffusionSolver withInitialStep(double initialStep) {
        Checks.positive(initialStep, "initial step", "s");
        return new DiffusionSolver(scheme, tolerance, toleranceSet, fixedStep, initialStep, maxStep, maxSteps,
                maxIterations, resolutionLimit);
    }

    /**
     * @param maxStep largest adaptive step, s (&gt; 0)
     * @return a copy with that bound
     */
    public DiffusionSolver withMaxStep(double maxStep) {
        Checks.positive(maxStep, "max step", "s");
        return new DiffusionSolver(scheme, tolerance, toleranceSet, fixedStep, initialStep, maxStep, maxSteps,
                maxIterations, resolutionLimit);
    }

    /**
     * @param maxSteps step budget, accepted plus rejected steps (&ge; 1)
     * @return a copy with that budget
     */
    public DiffusionSolver withMaxSteps(int maxSteps) {
        Checks.positive(maxSteps, "max steps");
        return new DiffusionSolver(scheme, tolerance, toleranceSet, fixedStep, initialStep, maxStep, maxSteps,
                maxIterations, resolutionLimit);
    }

    /**
     * @param maxIterations largest number of Picard iterations per implicit stage for D(c) and reactions
     *     (&ge; 1); a stage that does not converge in them shortens the adaptive step
     * @return a copy with that limit
     */
    public DiffusionSolver withMaxIterations(int maxIterations) {
        Checks.positive(maxIterations, "max iterations");
        return new DiffusionSolver(scheme, tolerance, toleranceSet, fixedStep, initialStep, maxStep, maxSteps,
                maxIterations, resolutionLimit);
    }

    /**
     * A mesh is too coarse for the requested accuracy when a front falls inside one or two cells;
     * the solver then throws instead of returning a meaningless profile.
     *
     * <p>The check runs at the output times only, not at every step: a couple started from step
     * data is unresolved for its first steps by construction. A front that is unresolved only
     * between two outputs is therefore not caught; add output times to watch it.
     *
     * @param resolutionLimit largest accepted change of c across one cell at an output time, as a
     *     fraction of the species' range, in [1e-6, 1]; 1 disables the check (default 0.5)
     * @return a copy with that limit
     */
    public DiffusionSolver withResolutionLimit(double resolutionLimit) {
        Checks.inClosedRange(resolutionLimit, 1e-6, 1.0, "resolution limit", "");
        return new DiffusionSolver(scheme, tolerance, toleranceSet, fixedStep, initialStep, maxStep, maxSteps,
                maxIterations, resolutionLimit);
    }

    /** @return the time integrator */
    public TimeScheme scheme() {
        return scheme;
    }

    /** @return relative local-error tolerance of adaptive stepping (unused with a fixed step) */
    public double tolerance() {
        return tolerance;
    }

    /** @return the fixed step, s; empty for adaptive stepping */
    public OptionalDouble fixedStep() {
        return fixedStep > 0 ? OptionalDouble.of(fixedStep) : OptionalDouble.empty();
    }

    /**
     * @return the first adaptive step, s; empty for automatic (1 % of the time in which the initial
     *     dc/dt changes c by its scale, at most the first breakpoint or output time)
     */
    public OptionalDouble initialStep() {
        return initialStep > 0 ? OptionalDouble.of(initialStep) : OptionalDouble.empty();
    }

    /** @return the largest step, s; empty for no bound */
    public OptionalDouble maxStep() {
        return maxStep < Double.POSITIVE_INFINITY ? OptionalDouble.of(maxStep) : OptionalDouble.empty();
    }

    /** @return the step budget */
    public int maxSteps() {
        return maxSteps;
    }

    /** @return the largest number of Picard iterations per implicit stage */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * @return the largest change of c across one cell, as a fraction of the species' range
     *     (max − min of c at that time), accepted at an output time; 1 disables the check
     */
    public double resolutionLimit() {
        return resolutionLimit;
    }

    /** Step settings as the run uses them: 0 for "not set", +∞ for "no bound". */
    double fixedStepOrZero() {
        return fixedStep;
    }

    double initialStepOrZero() {
        return initialStep;
    }

    double maxStepOrInfinity() {
        return maxStep;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DiffusionSolver[%s, %s, first step %s, max step %s, max %d steps,"
                + " max %d Picard iterations, resolution limit %s]", scheme,
                fixedStep > 0 ? "fixed step " + Text.number(fixedStep) + " s" : "adaptive, tolerance "
                        + Text.number(tolerance), initialStep > 0 ? Text.number(initialStep) + " s" : "automatic",
                maxStep < Double.POSITIVE_INFINITY ? Text.number(maxStep) + " s" : "none", maxSteps, maxIterations,
                Text.number(resolutionLimit));
    }
}
