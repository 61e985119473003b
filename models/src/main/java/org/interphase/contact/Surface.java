package org.interphase.contact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.interphase.core.Checks;

/**
 * A height map h(x, y) on a regular nx×ny grid of cell size dx×dy: the combined roughness of the
 * two bodies of a contact (heights of both added, Johnson 1985 §13.1), summits up. Immutable; the
 * heights are copied in and out.
 *
 * <p>Index convention: {@code heights[ix * ny + iy]} is the height at x = ix·dx, y = iy·dy. A grid
 * used by the boundary-element solver ({@link ContactProblem}) needs nx and ny that are powers of
 * two (JTransforms' real 2D FFTs); other sizes serve statistics and I/O.
 */
public final class Surface {

    private final int nx;
    private final int ny;
    private final double dx;
    private final double dy;
    private final double[] heights;

    /**
     * @param inputs the caller's arguments ("name = value unit"), named in the message if the heights and
     *     spacings are outside the range the statistics can represent
     */
    private Surface(int nx, int ny, double dx, double dy, double[] heights, String inputs) {
        checkGrid(nx, ny, dx, dy);
        if (heights == null || heights.length != nx * ny) {
            throw new IllegalArgumentException("heights must hold nx·ny = " + (nx * ny) + " values, held "
                    + (heights == null ? "null" : heights.length));
        }
        Checks.allFinite(heights, "heights", "m");
        checkRepresentable(heights, dx, dy, inputs);
        this.nx = nx;
        this.ny = ny;
        this.dx = dx;
        this.dy = dy;
        this.heights = heights.clone();
    }

    /**
     * Refuses heights and spacings whose slopes or curvatures exceed the double range. With k_max =
     * π·√(1/dx² + 1/dy²) the largest wavevector of the grid and Δh = max − min, every statistic is bounded
     * by Δh·k_max² (h''_rms ≤ k_max²·h_rms, h'_rms ≤ k_max·h_rms, h_rms ≤ Δh); the statistics are computed
     * on scaled heights and wavevectors, so they are finite whenever this bound is.
     */
    /** @return max − min of the heights */
    private static double range(double[] h) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : h) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return max - min;
    }

    private static void checkRepresentable(double[] h, double dx, double dy, String inputs) {
        double range = range(h);
        double kMax = SurfaceStatistics.maxWavevector(dx, dy);
        if (!Double.isFinite(range) || !Double.isFinite(kMax) || !Double.isFinite(range * kMax * kMax)) {
            throw new IllegalArgumentException("heights spanning " + range + " m on a grid of spacing dx = " + dx
                    + " m, dy = " + dy + " m have slopes or curvatures (bounded by Δh·k_max² with k_max = "
                    + "π·√(1/dx² + 1/dy²) = " + kMax + " rad/m) beyond the double range; " + inputs);
        }
    }

    /** Grid checks, run before any work (an nx·ny array, a file read). */
    private static void checkGrid(int nx, int ny, double dx, double dy) {
        Checks.atLeast(nx, 2, "nx");
        Checks.atLeast(ny, 2, "ny");
        if ((long) nx * ny > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("nx·ny must fit a Java array (< 2^31 points), was " + nx + "×" + ny);
        }
        Checks.positive(dx, "grid spacing dx", "m");
        Checks.positive(dy, "grid spacing dy", "m");
        // a surface holds its heights and is built from a copy: two nx·ny arrays of doubles
        long bytes = 16L * nx * ny;
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new IllegalArgumentException("a " + nx + "×" + ny + " surface needs about " + (bytes >> 20)
                    + " MiB, more than the maximum heap of " + (heap >> 20) + " MiB; use fewer points (nx, ny)");
        }
    }

    /**
     * @param nx points along x (&ge; 2)
     * @param ny points along y (&ge; 2)
     * @param dx grid spacing along x, m
     * @param dy grid spacing along y, m
     * @param heights nx·ny heights, m, index ix·ny + iy; copied
     * @return the surface
     * @throws IllegalArgumentException on a NaN or infinite height, naming its index
     */
    public static Surface of(int nx, int ny, double dx, double dy, double[] heights) {
        return new Surface(nx, ny, dx, dy, heights, Format.arg("dx", dx, "m") + ", " + Format.arg("dy", dy, "m"));
    }

    /**
     * Samples h(x, y) at the grid points x = ix·dx, y = iy·dy.
     *
     * @param nx points along x (&ge; 2)
     * @param ny points along y (&ge; 2)
     * @param dx spacing along x, m (&gt; 0)
     * @param dy spacing along y, m (&gt; 0)
     * @param height h(x, y), m; finite at every grid point
     * @return the surface
     * @throws IllegalArgumentException on a bad grid or a non-finite height, naming its index
     */
    public static Surface sample(int nx, int ny, double dx, double dy, DoubleBinaryOperator height) {
        checkGrid(nx, ny, dx, dy);
        java.util.Objects.requireNonNull(height, "height");
        double[] h = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                h[i * ny + j] = height.applyAsDouble(i * dx, j * dy);
            }
        }
        return new Surface(nx, ny, dx, dy, h, Format.arg("dx", dx, "m") + ", " + Format.arg("dy", dy, "m"));
    }

    /**
     * Reads a measured height map from a plain-text grid: one row of the map per line, values
     * separated by commas, semicolons, tabs or spaces; blank lines and lines starting with {@code #}
     * are skipped. Row r of the file is ix = r, column c is iy = c.
     *
     * @param file the file
     * @param dx spacing between rows, m
     * @param dy spacing between columns, m
     * @param heightUnit factor from the file's height unit to m (1e-9 for nm), &gt; 0
     * @return the surface
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException on ragged rows or unparseable or non-finite values (naming line and column)
     */
    public static Surface readCsv(Path file, double dx, double dy, double heightUnit) throws IOException {
        java.util.Objects.requireNonNull(file, "file");
        checkGrid(2, 2, dx, dy);
        Checks.positive(heightUnit, "height unit", "m");
        List<double[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split("[,;\\s]+");
            double[] row = new double[parts.length];
            for (int c = 0; c < parts.length; c++) {
                try {
                    row[c] = Double.parseDouble(parts[c]) * heightUnit;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ": line " + lineNo + ", column " + (c + 1)
                            + ": not a number: '" + parts[c] + "'", e);
                }
                if (!Double.isFinite(row[c])) {
                    throw new IllegalArgumentException(file + ": line " + lineNo + ", column " + (c + 1)
                            + ": height must be finite, was " + parts[c]);
                }
            }
            if (!rows.isEmpty() && row.length != rows.get(0).length) {
                throw new IllegalArgumentException(file + ": line " + lineNo + " has " + row.length
                        + " values, the first row has " + rows.get(0).length);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no heights");
        }
        int nx = rows.size();
        int ny = rows.get(0).length;
        double[] h = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            System.arraycopy(rows.get(i), 0, h, i * ny, ny);
        }
        return new Surface(nx, ny, dx, dy, h, Format.arg("dx", dx, "m") + ", " + Format.arg("dy", dy, "m") + ", "
                + Format.arg("heightUnit", heightUnit, "m"));
    }

    /** @return points along x */
    public int nx() {
        return nx;
    }

    /** @return points along y */
    public int ny() {
        return ny;
    }

    /** @return spacing along x, m */
    public double dx() {
        return dx;
    }

    /** @return spacing along y, m */
    public double dy() {
        return dy;
    }

    /** @return period (size) along x, nx·dx, m */
    public double lengthX() {
        return nx * dx;
    }

    /** @return period (size) along y, ny·dy, m */
    public double lengthY() {
        return ny * dy;
    }

    /** @return a copy of the heights, m, index ix·ny + iy */
    public double[] heights() {
        return heights.clone();
    }

    /**
     * @param ix index along x, in [0, nx − 1]
     * @param iy index along y, in [0, ny − 1]
     * @return h, m
     * @throws IllegalArgumentException if an index is out of range
     */
    public double height(int ix, int iy) {
        return heights[index(ix, iy)];
    }

    /**
     * The flat index ix·ny + iy of a grid point, each index checked on its own axis: a flat bound
     * alone would let (0, ny) read the point (1, 0).
     */
    int index(int ix, int iy) {
        if (ix < 0 || ix >= nx || iy < 0 || iy >= ny) {
            throw new IllegalArgumentException("grid point (ix, iy) = (" + ix + ", " + iy + ") is outside the " + nx
                    + "×" + ny + " grid: ix must be in [0, " + (nx - 1) + "], iy in [0, " + (ny - 1) + "]");
        }
        return ix * ny + iy;
    }

    double[] heightsView() {
        return heights;
    }

    /**
     * @param factor multiplier (finite)
     * @return this surface with all heights multiplied by factor
     * @throws IllegalArgumentException if the factor is not finite or the scaled heights, slopes or curvatures
     *     exceed the double range
     */
    public Surface scaled(double factor) {
        Checks.finite(factor, "scale factor", "");
        double[] h = heights.clone();
        for (int i = 0; i < h.length; i++) {
            h[i] *= factor;
        }
        Checks.allFinite(h, "heights × scale factor " + factor, "m");
        return new Surface(nx, ny, dx, dy, h, Format.arg("scale factor", factor, ""));
    }

    /** @return statistics of this surface as a periodic field */
    public SurfaceStatistics statistics() {
        return SurfaceStatistics.of(this);
    }

    @Override
    public String toString() {
        SurfaceStatistics s = statistics();
        return "Surface[" + nx + "×" + ny + ", " + Format.q(lengthX(), "m") + " × " + Format.q(lengthY(), "m")
                + ", h_rms = " + Format.q(s.rmsHeight(), "m") + ", h'_rms = " + Format.g(s.rmsSlope()) + "]";
    }
}
