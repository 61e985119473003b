package org.interphase.anode;

import java.util.concurrent.atomic.AtomicInteger;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Minimizer;
import org.interphase.core.Profile;

/**
 * The solver of the interlayer-thickness problem, in the style of {@code buffer.BufferLayerOptimizer}: a
 * grid scan of {@link #samples()} thicknesses, log-spaced over the window, then Brent's method (core
 * {@link Minimizer}) in ln t on the objective of {@link InterlayerThicknessProblem#objective()} — the
 * area-specific resistance, the electrolyte amplification (both minimised) or the critical current density
 * (maximised) — each evaluation a {@link CurrentFocusingSolver} solve.
 *
 * <p>Immutable and thread-safe; settings by {@code withX} copies, shown by {@link #toString()}.
 */
public final class InterlayerThicknessOptimizer {

    private static final InterlayerThicknessOptimizer DEFAULTS =
            new InterlayerThicknessOptimizer(21, 1e-4, CurrentFocusingSolver.withDefaults().withResolution(24));

    private final int samples;
    private final double tolerance;
    private final CurrentFocusingSolver focusing;

    private InterlayerThicknessOptimizer(int samples, double tolerance, CurrentFocusingSolver focusing) {
        this.samples = samples;
        this.tolerance = tolerance;
        this.focusing = focusing;
    }

    /** @return an optimizer with 21 scan points, a relative tolerance of 1e-4 and a focusing solver at resolution 24 */
    public static InterlayerThicknessOptimizer withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param value scan points over the window, also the points of the solution's curve (5 … 1000)
     * @return this optimizer with another scan
     * @throws IllegalArgumentException if the count is out of range
     */
    public InterlayerThicknessOptimizer withSamples(int value) {
        Checks.inClosedRange(value, 5, 1000, "samples");
        return new InterlayerThicknessOptimizer(value, tolerance, focusing);
    }

    /**
     * @param value relative tolerance on the optimum's thickness, in [1e-10, 0.01]
     * @return this optimizer with another tolerance
     * @throws IllegalArgumentException if the tolerance is out of range
     */
    public InterlayerThicknessOptimizer withTolerance(double value) {
        Checks.inClosedRange(value, 1e-10, 0.01, "tolerance", "");
        return new InterlayerThicknessOptimizer(samples, value, focusing);
    }

    /**
     * @param value the current-focusing solver of each evaluation (not null)
     * @return this optimizer with another focusing solver
     * @throws NullPointerException if the solver is null
     */
    public InterlayerThicknessOptimizer withFocusingSolver(CurrentFocusingSolver value) {
        Checks.nonNull(value, "focusing solver");
        return new InterlayerThicknessOptimizer(samples, tolerance, value);
    }

    /** @return scan points */
    public int samples() {
        return samples;
    }

    /** @return relative tolerance on the thickness */
    public double tolerance() {
        return tolerance;
    }

    /** @return the current-focusing solver of each evaluation */
    public CurrentFocusingSolver focusingSolver() {
        return focusing;
    }

    /**
     * Finds the best interlayer thickness in the window.
     *
     * @param problem the cell, window and objective (not null)
     * @return the optimum, the cell solved there, the objective against thickness
     * @throws NullPointerException if the problem is null
     * @throws IllegalArgumentException if the critical-current model returns a value that is not finite
     *     and positive
     */
    public InterlayerThicknessSolution solve(InterlayerThicknessProblem problem) {
        Checks.nonNull(problem, "problem");
        AtomicInteger evaluations = new AtomicInteger();
        double lo = Math.log(problem.minThickness());
        double hi = Math.log(problem.maxThickness());
        java.util.function.DoubleUnaryOperator f = u -> {
            evaluations.incrementAndGet();
            return minimised(problem, focusing.solve(problem.cellAt(clamp(Math.exp(u), problem))));
        };
        Minimizer.Minimum m = Minimizer.minimize(f, lo, hi, samples, tolerance);
        double best = clamp(Math.exp(m.point()), problem);
        CurrentFocusingSolution at = focusing.solve(problem.cellAt(best));
        double[] xs = new double[samples];
        double[] ys = new double[samples];
        for (int i = 0; i < samples; i++) {
            xs[i] = clamp(Math.exp(lo + (hi - lo) * i / (samples - 1)), problem);
            ys[i] = value(problem, focusing.solve(problem.cellAt(xs[i])));
        }
        return new InterlayerThicknessSolution(problem, this, best, value(problem, at), at,
                Profile.of(xs, ys, "interlayer thickness", "m", objectiveName(problem.objective()),
                        objectiveUnit(problem.objective())), evaluations.get());
    }

    private static double clamp(double t, InterlayerThicknessProblem p) {
        return Math.min(Math.max(t, p.minThickness()), p.maxThickness());
    }

    /** The objective in its own sign and unit (Ω·m², dimensionless, A/m²). */
    static double value(InterlayerThicknessProblem p, CurrentFocusingSolution s) {
        switch (p.objective()) {
            case RESISTANCE:
                return s.areaSpecificResistance();
            case ELECTROLYTE_AMPLIFICATION:
                return s.electrolyteAmplification();
            default:
                double j = p.criticalCurrent().orElseThrow().criticalCurrentDensity(s);
                if (!(j > 0 && Double.isFinite(j))) {
                    throw new IllegalArgumentException("critical current density from the model must be finite and"
                            + " > 0 A/m², was " + j + " A/m² at interlayer thickness "
                            + s.problem().interlayerThickness() + " m");
                }
                return j;
        }
    }

    private static double minimised(InterlayerThicknessProblem p, CurrentFocusingSolution s) {
        double v = value(p, s);
        // logarithms keep Brent's tolerance relative; the critical current is maximised
        return p.objective() == InterlayerObjective.CRITICAL_CURRENT ? -Math.log(v) : Math.log(v);
    }

    static String objectiveName(InterlayerObjective o) {
        return switch (o) {
            case RESISTANCE -> "ASR";
            case ELECTROLYTE_AMPLIFICATION -> "electrolyte amplification";
            case CRITICAL_CURRENT -> "critical current density";
        };
    }

    static String objectiveUnit(InterlayerObjective o) {
        return switch (o) {
            case RESISTANCE -> "Ω·m²";
            case ELECTROLYTE_AMPLIFICATION -> "";
            case CRITICAL_CURRENT -> "A/m²";
        };
    }

    @Override
    public String toString() {
        return "InterlayerThicknessOptimizer[" + samples + " scan points, tolerance " + Display.number(tolerance)
                + ", " + focusing + "]";
    }
}
