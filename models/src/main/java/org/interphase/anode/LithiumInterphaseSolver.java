package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Profile;

/**
 * The thickness and resistance of a lithium interphase over time and over cycles (problem
 * {@link LithiumInterphaseProblem} → this solver → {@link LithiumInterphaseSolution}), from the growth
 * law's closed form ({@link org.interphase.diffusion.GrowthLaw#isothermalThickness}).
 */
public final class LithiumInterphaseSolver {

    /** The most time points. */
    public static final int MAX_POINTS = 10_000;

    private final int points;

    private LithiumInterphaseSolver(int points) {
        this.points = points;
    }

    /**
     * 100 log-spaced time points.
     *
     * @return the default solver
     */
    public static LithiumInterphaseSolver withDefaults() {
        return new LithiumInterphaseSolver(100);
    }

    /**
     * @param n time points, log-spaced from 10⁻⁴ of the duration, in [2, {@value #MAX_POINTS}]
     * @return a copy with another number of points
     */
    public LithiumInterphaseSolver withPoints(int n) {
        Checks.inClosedRange(n, 2, MAX_POINTS, "points");
        return new LithiumInterphaseSolver(n);
    }

    /** @return the number of time points */
    public int points() {
        return points;
    }

    /**
     * @param problem the problem (not null)
     * @return the solution
     */
    public LithiumInterphaseSolution solve(LithiumInterphaseProblem problem) {
        Objects.requireNonNull(problem, "problem (lithium interphase problem) must not be null");
        LithiumInterphase ip = problem.interphase();
        double end = problem.duration();
        double t0 = end * 1e-4;
        double[] t = new double[points];
        double[] x = new double[points];
        double[] r = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = i == points - 1 ? end : t0 * Math.pow(end / t0, (double) i / (points - 1));
            x[i] = ip.thickness(t[i], problem.temperature());
            r[i] = x[i] / ip.conductivity();
        }
        int n = problem.cycles();
        double[] c = new double[n + 1];
        double[] rc = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            c[k] = k;
            rc[k] = ip.resistance(k * problem.cycleTime(), problem.temperature());
        }
        List<String> warnings = new ArrayList<>();
        if (ip.type() == InterphaseType.MIXED_CONDUCTING) {
            warnings.add("mixed-conducting interphase: electrons pass, so the electrolyte keeps being reduced; the layer"
                    + " grows to " + Display.quantity(x[points - 1], "m") + " and does not stop");
        }
        if (ip.type() != InterphaseType.STABLE) {
            warnings.add("cycling is counted as time only: current-driven growth and fresh interphase on stripped"
                    + " lithium are not modelled");
        }
        return new LithiumInterphaseSolution(problem, Profile.of(t, x, "time", "s", "interphase thickness", "m"),
                Profile.of(t, r, "time", "s", "interphase ASR", "Ω·m²"),
                Profile.of(c, rc, "cycle", "", "interphase ASR after cycle", "Ω·m²"), points, ImmutableList.copyOf(warnings));
    }

    @Override
    public String toString() {
        return "LithiumInterphaseSolver: closed-form growth law, " + points + " log-spaced time points";
    }
}
