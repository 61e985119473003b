package org.interphase.anode;

import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Display;

/**
 * The solver of current focusing at a flaw tip: the axisymmetric potential field of a
 * {@link FlawTipProblem} by finite volumes on an (r, z) grid, solved directly by the capacitance-matrix
 * method of the current-focusing solver (see {@link CurrentFocusingSolver}).
 *
 * <p><b>Grid.</b> n uniform cells across the filament's radius (0 &lt; r &lt; a) and n more growing
 * geometrically to the cell radius b; in z, n cells from the Li face up to the tip depth c, shrinking
 * toward the tip, and 2n growing from the tip to the counter electrode: 6n² unknowns. <b>Filament.</b>
 * The cells whose centres lie inside the half-spheroid are Li at the potential V; those with an electrolyte
 * neighbour are the Dirichlet electrode cells of the capacitance system; the flat Li face is a Robin
 * condition on z = 0 with no charge-transfer resistance. <b>Surface.</b> Held at the Li cells' centres
 * alone, the surface is a staircase up to a cell inside the true one, an O(1/n) shift of the electrode,
 * and the tip converges at first order (3.085, 3.045, 3.021 against the hemisphere's 3 at n = 32, 64, 128;
 * {@code withFittedSurface(false)}). By default the surface is placed where it crosses the line between an
 * electrolyte cell's centre and its Li neighbour's, at a distance δ of the spacing Δ (Shortley–Weller): the
 * face then conducts Δ/δ times more (the ratio of logarithms for the radial 1/r flux), which is the staircase
 * coupling plus a Robin link of the electrolyte cell to V — still diagonal on electrode cells, so the
 * capacitance method holds unchanged. The staircase error is geometric, not a singularity (the pole field of a
 * smooth spheroid is finite); the fitted surface removes most of it — −0.0203, −0.0093, −0.0045 against 3 at
 * n = 32, 64, 128, about a fifth of the staircase's — but the tip value still converges at first order
 * (measured in the tests). What is left is not identified here; a candidate is the tip flux itself, a one-sided
 * difference at the surface, which is first order with Shortley–Weller boundaries in general.
 * <b>Tip current density</b>: the current from the filament's axis cell through its top face (with the
 * same factor Δ/δ) over that face's area; the closed form of an isolated spheroid checks it.
 *
 * <p>Immutable and thread-safe; settings by {@code withX} copies.
 */
public final class FlawTipSolver {

    private static final FlawTipSolver DEFAULTS = new FlawTipSolver(32, 1e-6, 3, true);

    /** Largest resolution (6n² unknowns, and a capacitance system of about 3n electrode cells). */
    public static final int MAX_RESOLUTION = 200;

    private final int resolution;
    private final double tolerance;
    private final int maxIterations;
    private final boolean fitted;

    private FlawTipSolver(int resolution, double tolerance, int maxIterations, boolean fitted) {
        this.resolution = resolution;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
        this.fitted = fitted;
    }

    /** @return a solver with n = 32 (6,144 unknowns), a relative residual tolerance of 1e-6, at most 3 refinements */
    public static FlawTipSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param value cells across the filament radius n (8 … {@value #MAX_RESOLUTION}); 6n² unknowns
     * @return this solver with another resolution
     * @throws IllegalArgumentException if the value is out of range
     */
    public FlawTipSolver withResolution(int value) {
        Checks.inClosedRange(value, 8, MAX_RESOLUTION, "resolution");
        return new FlawTipSolver(value, tolerance, maxIterations, fitted);
    }

    /**
     * @param value relative residual of the finite-volume system that is accepted, in [1e-15, 1e-3]
     * @return this solver with another tolerance
     * @throws IllegalArgumentException if the value is out of range
     */
    public FlawTipSolver withTolerance(double value) {
        Checks.inClosedRange(value, 1e-15, 1e-3, "tolerance", "");
        return new FlawTipSolver(resolution, value, maxIterations, fitted);
    }

    /**
     * @param value most steps of iterative refinement after the direct solve (0 … 20)
     * @return this solver with another limit
     * @throws IllegalArgumentException if the value is out of range
     */
    public FlawTipSolver withMaxIterations(int value) {
        Checks.inClosedRange(value, 0, 20, "max iterations");
        return new FlawTipSolver(resolution, tolerance, value, fitted);
    }

    /**
     * @param value true (the default) to place the Li surface where it crosses the line between an electrolyte
     *     cell's centre and its Li neighbour's (Shortley–Weller); false for the plain staircase, the Li cells'
     *     centres at the Li potential (first order, kept for comparison)
     * @return this solver with the surface fitted or not
     */
    public FlawTipSolver withFittedSurface(boolean value) {
        return new FlawTipSolver(resolution, tolerance, maxIterations, value);
    }

    /** @return whether the Li surface is fitted between cell centres (else a staircase) */
    public boolean fittedSurface() {
        return fitted;
    }

    /** @return cells across the filament radius, n */
    public int resolution() {
        return resolution;
    }

    /** @return accepted relative residual */
    public double tolerance() {
        return tolerance;
    }

    /** @return most refinement steps */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Solves the potential problem.
     *
     * @param problem the filament in its unit cell (not null)
     * @return the tip current density and amplification, the cell's resistance, the diagnostics
     * @throws NullPointerException if the problem is null
     * @throws ConvergenceException if the residual stays above the tolerance after the refinement steps
     */
    public FlawTipSolution solve(FlawTipProblem problem) {
        Checks.nonNull(problem, "problem");
        int n = resolution;
        double a = problem.radius();
        // dimensionless: lengths in a, conductivity in σ
        double c = problem.depth() / a;
        double b = problem.cellRadius() / a;
        double len = problem.thickness() / a;

        double[] rf = new double[2 * n + 1];
        for (int i = 0; i <= n; i++) {
            rf[i] = (double) i / n;
        }
        double[] outer = CurrentFocusingSolver.graded(b - 1.0, n, Math.min(1.0, 0.5 * (b - 1.0)), 1.0);
        for (int i = 1; i <= n; i++) {
            rf[n + i] = 1.0 + outer[i];
        }
        rf[2 * n] = b;
        // z: fine at the tip from both sides. Near the apex the surface falls by c·r²/2 (in units of a)
        // over a radial cell 1/n, i.e. by c/(2n²): the rows there must be that thin, or the staircase
        // gives the filament a flat top of radius ~ n^(−1/2) whose edge draws the current away from the
        // tip (the tip value then converges only as n^(−1/2))
        double tipCell = c / (2.0 * n * n);
        double[] below = CurrentFocusingSolver.graded(c, n, n * tipCell, 1.0);
        double[] above = CurrentFocusingSolver.graded(len - c, 2 * n, 2 * n * tipCell, 1.0);
        double[] zf = new double[3 * n + 1];
        for (int j = 0; j <= n; j++) {
            zf[j] = c - below[n - j];
        }
        zf[0] = 0.0;
        zf[n] = c;
        for (int j = 1; j <= 2 * n; j++) {
            zf[n + j] = c + above[j];
        }
        zf[3 * n] = len;
        int nr = 2 * n;
        int nz = 3 * n;
        boolean[][] li = new boolean[nr][nz];
        for (int i = 0; i < nr; i++) {
            double r = 0.5 * (rf[i] + rf[i + 1]);
            for (int j = 0; j < nz; j++) {
                double z = 0.5 * (zf[j] + zf[j + 1]) / c;
                li[i][j] = r * r + z * z < 1.0;
            }
        }
        double[] rc = new double[nr];
        double[] wr = new double[nr];
        for (int i = 0; i < nr; i++) {
            rc[i] = 0.5 * (rf[i] + rf[i + 1]);
            wr[i] = 0.5 * (rf[i + 1] - rf[i]) * (rf[i + 1] + rf[i]);
        }
        double[] zc = new double[nz];
        for (int j = 0; j < nz; j++) {
            zc[j] = 0.5 * (zf[j] + zf[j + 1]);
        }
        List<int[]> cells = new ArrayList<>();
        List<Double> conductances = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nz; j++) {
                boolean boundary = li[i][j] && ((i > 0 && !li[i - 1][j]) || (i < nr - 1 && !li[i + 1][j])
                        || (j > 0 && !li[i][j - 1]) || (j < nz - 1 && !li[i][j + 1]));
                if (boundary) {
                    // the filament's outer cells: Dirichlet, the centre at the Li potential
                    cells.add(new int[] {i, j});
                    conductances.add(Double.POSITIVE_INFINITY);
                    continue;
                }
                if (li[i][j]) {
                    continue;
                }
                // an electrolyte cell: the flat Li face below row 0 (no charge-transfer resistance), and where
                // a face looks onto the filament, the surface between the two centres (see surfaceFactor)
                double g = j == 0 ? wr[i] / (0.5 * (zf[1] - zf[0])) : 0.0;
                if (fitted && i > 0 && li[i - 1][j]) {
                    double rs = Math.sqrt(1.0 - (zc[j] / c) * (zc[j] / c));
                    double sh = zf[j + 1] - zf[j];
                    g += sh / Math.log(rc[i] / rc[i - 1]) * (surfaceFactor(Math.log(rc[i] / rc[i - 1]),
                            Math.log(rc[i] / rs)) - 1);
                }
                if (fitted && j > 0 && li[i][j - 1]) {
                    double zs = c * Math.sqrt(1.0 - rc[i] * rc[i]);
                    g += wr[i] / (zc[j] - zc[j - 1]) * (surfaceFactor(zc[j] - zc[j - 1], zc[j] - zs) - 1);
                }
                if (g > 0) {
                    cells.add(new int[] {i, j});
                    conductances.add(g);
                }
            }
        }
        int m = cells.size();
        int[] ci = new int[m];
        int[] cj = new int[m];
        double[] gc = new double[m];
        for (int k = 0; k < m; k++) {
            ci[k] = cells.get(k)[0];
            cj[k] = cells.get(k)[1];
            gc[k] = conductances.get(k);
        }
        int tipRow = 0;
        while (tipRow + 1 < nz && li[0][tipRow + 1]) {
            tipRow++;
        }
        // the tip current crosses from the axis cell's Li to the surface point c·√(1 − r₀²) on the axis column
        double tipFactor = fitted ? surfaceFactor(zc[tipRow + 1] - zc[tipRow], zc[tipRow + 1]
                - c * Math.sqrt(1.0 - rc[0] * rc[0])) : 1.0;
        double[] sig = new double[nz];
        java.util.Arrays.fill(sig, 1.0);
        AxisymmetricPotential field = AxisymmetricPotential.withConductances(rf, zf, sig, new double[nz], ci, cj, gc,
                tolerance, maxIterations);
        if (!(field.residual <= tolerance)) {
            throw new ConvergenceException("flaw-tip solve (capacitance-matrix method)", field.refinements,
                    field.residual, "lower the resolution or raise the tolerance");
        }
        return new FlawTipSolution(problem, this, field, tipRow, zf[tipRow + 1] * a, tipFactor);
    }

    /**
     * How much more a face conducts when the Li surface lies at a distance δ from the electrolyte cell's centre
     * instead of at the Li cell's centre, a distance Δ away (Δ/δ, or the ratio of the logarithms for the radial
     * 1/r flux): the Shortley–Weller placement of a Dirichlet boundary between two nodes. Capped at 10⁴ for a
     * surface through the centre.
     */
    private static double surfaceFactor(double spacing, double toSurface) {
        if (!(toSurface > spacing * 1e-4)) {
            return 1e4;
        }
        return Math.max(1.0, spacing / toSurface);
    }

    @Override
    public String toString() {
        return "FlawTipSolver[resolution " + resolution + " (" + 6 * resolution * resolution + " unknowns), tolerance "
                + Display.number(tolerance) + ", max iterations " + maxIterations + ", surface "
                + (fitted ? "fitted between cell centres" : "as a staircase") + "]";
    }
}
