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
 * The cells whose centres lie inside the half-spheroid are Li at the potential V (the staircase of cell
 * centres approximates the surface; those with an electrolyte neighbour are the Dirichlet electrode
 * cells of the capacitance system, the flat Li face is a Robin condition on z = 0 with no charge-transfer
 * resistance). <b>Tip current density</b>: the current out of the top face of the filament's axis cell
 * over that face's area. The staircase makes the tip value converge at first order in 1/n (measured in
 * the tests); the closed form of an isolated spheroid checks it.
 *
 * <p>Immutable and thread-safe; settings by {@code withX} copies.
 */
public final class FlawTipSolver {

    private static final FlawTipSolver DEFAULTS = new FlawTipSolver(32, 1e-6, 3);

    /** Largest resolution (6n² unknowns, and a capacitance system of about 3n electrode cells). */
    public static final int MAX_RESOLUTION = 200;

    private final int resolution;
    private final double tolerance;
    private final int maxIterations;

    private FlawTipSolver(int resolution, double tolerance, int maxIterations) {
        this.resolution = resolution;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
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
        return new FlawTipSolver(value, tolerance, maxIterations);
    }

    /**
     * @param value relative residual of the finite-volume system that is accepted, in [1e-15, 1e-3]
     * @return this solver with another tolerance
     * @throws IllegalArgumentException if the value is out of range
     */
    public FlawTipSolver withTolerance(double value) {
        Checks.inClosedRange(value, 1e-15, 1e-3, "tolerance", "");
        return new FlawTipSolver(resolution, value, maxIterations);
    }

    /**
     * @param value most steps of iterative refinement after the direct solve (0 … 20)
     * @return this solver with another limit
     * @throws IllegalArgumentException if the value is out of range
     */
    public FlawTipSolver withMaxIterations(int value) {
        Checks.inClosedRange(value, 0, 20, "max iterations");
        return new FlawTipSolver(resolution, tolerance, value);
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
        List<int[]> cells = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nz; j++) {
                boolean boundary = li[i][j] && ((i > 0 && !li[i - 1][j]) || (i < nr - 1 && !li[i + 1][j])
                        || (j > 0 && !li[i][j - 1]) || (j < nz - 1 && !li[i][j + 1]));
                if (boundary || (j == 0 && !li[i][j])) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        int m = cells.size();
        int[] ci = new int[m];
        int[] cj = new int[m];
        double[] res = new double[m];
        for (int k = 0; k < m; k++) {
            ci[k] = cells.get(k)[0];
            cj[k] = cells.get(k)[1];
            // the flat Li face: Robin with no charge-transfer resistance; the filament: Dirichlet
            res[k] = li[ci[k]][cj[k]] ? Double.POSITIVE_INFINITY : 0.0;
        }
        int tipRow = 0;
        while (tipRow + 1 < nz && li[0][tipRow + 1]) {
            tipRow++;
        }
        double[] sig = new double[nz];
        java.util.Arrays.fill(sig, 1.0);
        AxisymmetricPotential field = new AxisymmetricPotential(rf, zf, sig, new double[nz], ci, cj, res, tolerance,
                maxIterations);
        if (!(field.residual <= tolerance)) {
            throw new ConvergenceException("flaw-tip solve (capacitance-matrix method)", field.refinements,
                    field.residual, "lower the resolution or raise the tolerance");
        }
        return new FlawTipSolution(problem, this, field, tipRow, zf[tipRow + 1] * a);
    }

    @Override
    public String toString() {
        return "FlawTipSolver[resolution " + resolution + " (" + 6 * resolution * resolution + " unknowns), tolerance "
                + Display.number(tolerance) + ", max iterations " + maxIterations + "]";
    }
}
