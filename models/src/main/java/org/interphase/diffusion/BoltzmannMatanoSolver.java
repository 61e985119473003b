package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;

/**
 * Boltzmann–Matano analysis: the concentration-dependent interdiffusion coefficient from one
 * measured profile of a diffusion couple after an isothermal anneal of duration t (or with the
 * integrated time of a schedule at one temperature).
 * <pre>
 *   D(c*) = −(1/(2t))·(dx/dc)|_{c*}·∫_{c_L}^{c*} (x − x_M) dc,
 * </pre>
 * with c_L, c_R the far-field values and the Matano plane x_M fixed by ∫_{c_L}^{c_R}(x − x_M)dc = 0
 * (Matano, Jpn. J. Phys. 8 (1933) 109; Crank 1975, §10.3). The integral is evaluated in x by parts,
 * ∫_{c_L}^{c*}(x − x_M)dc = (x* − x_M)(c* − c_L) − ∫_{x_0}^{x*}(c − c_L)dx, which avoids
 * integrating over c where the profile is flat; dc/dx is the second-order three-point derivative on
 * the (possibly non-uniform) points. Near the ends, where dc/dx → 0, the method is ill-conditioned,
 * so only compositions inside a window of the c_L…c_R range are returned.
 *
 * <pre>{@code
 * BoltzmannMatanoSolution bm = BoltzmannMatanoSolver.withDefaults().withWindow(0.05)
 *         .solve(new BoltzmannMatanoProblem(measured, Units.hours(2)));
 * bm.matanoPlane(); bm.diffusivityAt(500); bm.warnings();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BoltzmannMatanoSolver {

    private static final BoltzmannMatanoSolver DEFAULTS = new BoltzmannMatanoSolver(0.05);

    private final double window;

    private BoltzmannMatanoSolver(double window) {
        this.window = window;
    }

    /** @return the solver with a window of 0.05 (5 % of the composition range cut off at each end) */
    public static BoltzmannMatanoSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param window fraction of the c range cut off at each end, in [0, 0.45]
     * @return a copy with that window
     */
    public BoltzmannMatanoSolver withWindow(double window) {
        return new BoltzmannMatanoSolver(Checks.inClosedRange(window, 0.0, 0.45, "window", ""));
    }

    /** @return the fraction of the c range cut off at each end */
    public double window() {
        return window;
    }

    /**
     * @param problem the measured profile and its anneal time
     * @return the Matano plane and D at each interior profile point inside the window
     * @throws IllegalArgumentException if fewer than 2 points lie inside the window
     */
    public BoltzmannMatanoSolution solve(BoltzmannMatanoProblem problem) {
        Objects.requireNonNull(problem, "problem");
        double time = problem.annealTime();
        double[] x = problem.profile().xs();
        double[] c = problem.profile().ys();
        int n = x.length;
        double cl = c[0];
        double cr = c[n - 1];
        double sign = Math.signum(cr - cl);
        double[] cumulative = new double[n]; // ∫_{x0}^{x_i}(c − c_L)dx
        for (int i = 1; i < n; i++) {
            cumulative[i] = cumulative[i - 1] + 0.5 * ((c[i] - cl) + (c[i - 1] - cl)) * (x[i] - x[i - 1]);
        }
        double matano = x[n - 1] - cumulative[n - 1] / (cr - cl);
        double lo = Math.min(cl, cr) + window * Math.abs(cr - cl);
        double hi = Math.max(cl, cr) - window * Math.abs(cr - cl);
        int skipped = 0;
        double[] cs = new double[n];
        double[] ds = new double[n];
        int count = 0;
        for (int i = 1; i < n - 1; i++) {
            if (c[i] <= lo || c[i] >= hi) {
                continue;
            }
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            double slope = (-h1 / (h0 * (h0 + h1))) * c[i - 1] + ((h1 - h0) / (h0 * h1)) * c[i]
                    + (h0 / (h1 * (h0 + h1))) * c[i + 1];
            // a flat stretch (dc/dx = 0, or c equal to the last composition kept) gives no D(c): skip it, so
            // the compositions returned are strictly monotonic and interpolable
            if (slope == 0 || (count > 0 && c[i] == cs[count - 1])) {
                skipped++;
                continue;
            }
            double integral = (x[i] - matano) * (c[i] - cl) - cumulative[i];
            double d = -integral / (2 * time * slope);
            cs[count] = c[i];
            ds[count] = d;
            count++;
        }
        if (count < 2) {
            throw new IllegalArgumentException("fewer than 2 profile points inside the composition window; refine the"
                    + " profile or narrow the window (" + window + ")");
        }
        cs = Arrays.copyOf(cs, count);
        ds = Arrays.copyOf(ds, count);
        if (sign < 0) {
            reverse(cs);
            reverse(ds);
        }
        List<String> warnings = new ArrayList<>();
        if (skipped > 0) {
            warnings.add(skipped + " profile points inside the window lie on flat stretches (dc/dx = 0 or a repeated"
                    + " composition) and give no D(c)");
        }
        long nonPositive = Arrays.stream(ds).filter(d -> !(d > 0)).count();
        if (nonPositive > 0) {
            warnings.add(nonPositive + " of the " + count + " extracted D are not > 0: noise where dc/dx is small;"
                    + " smooth the profile or widen the window before using D(c) in a solver");
        }
        return new BoltzmannMatanoSolution(problem, window, matano, cs, ds, warnings);
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @Override
    public String toString() {
        return "BoltzmannMatanoSolver[window " + Text.number(window) + "]";
    }
}
