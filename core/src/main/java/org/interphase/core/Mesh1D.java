package org.interphase.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An immutable one-dimensional mesh: strictly increasing nodes x_0 &lt; … &lt; x_n (m), split into
 * one or more layers whose boundaries are nodes.
 *
 * <p>Factories: {@link #uniform}, {@link #graded} (geometric, first-cell size and growth ratio,
 * toward one or both ends) and {@link #builder} for layered composites, where each layer is
 * meshed on its own and the material boundaries fall exactly on nodes — a finite-volume scheme
 * then never averages properties across a boundary inside a cell.
 *
 * <p>Every node and every cell width is finite and every cell is wider than the spacing of doubles
 * at its position; counts are checked against the JVM's heap before arrays are allocated.
 *
 * <p>Thread-safe; accessors return copies of arrays.
 */
public final class Mesh1D {

    private final double[] nodes;
    /** Node index of each layer boundary, including 0 and n. */
    private final int[] boundaries;

    private Mesh1D(double[] nodes, int[] boundaries) {
        this.nodes = nodes;
        this.boundaries = boundaries;
    }

    /**
     * A mesh through given nodes, one layer.
     *
     * @param nodes strictly increasing finite positions, m (at least 2; last − first finite)
     * @return the mesh
     * @throws IllegalArgumentException if the array is null, has fewer than 2 nodes, holds a
     *     non-finite node, is not strictly increasing, or spans more than the double range
     */
    public static Mesh1D fromNodes(double[] nodes) {
        Checks.strictlyIncreasing(nodes, "nodes", "m");
        if (nodes.length < 2) {
            throw new IllegalArgumentException("nodes must hold at least 2 points, was " + nodes.length);
        }
        double[] x = nodes.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] += 0.0; // −0.0 → 0.0: binary searches over the nodes order −0.0 below 0.0
        }
        checkSpan(x);
        return new Mesh1D(x, new int[] {0, x.length - 1});
    }

    /** The length and every cell width must be finite (nodes at ±1e308 would give infinite widths). */
    private static void checkSpan(double[] x) {
        double span = x[x.length - 1] - x[0];
        if (!Double.isFinite(span)) {
            throw new IllegalArgumentException("mesh length " + x[x.length - 1] + " m − (" + x[0]
                    + " m) overflows the double range; nodes must span less than " + Double.MAX_VALUE + " m");
        }
    }

    /**
     * A uniform mesh.
     *
     * @param start first node, m (finite)
     * @param end last node, m (finite, &gt; start; end − start finite)
     * @param cells number of cells (&ge; 1; the mesh must fit in the heap and each cell must be wider
     *     than the spacing of doubles at its position)
     * @return the mesh with cells + 1 nodes
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Mesh1D uniform(double start, double end, int cells) {
        return builder(start).uniform(checkedLength(start, end), cells).build();
    }

    /**
     * A geometrically graded mesh: cell sizes h, h·r', h·r'², … with the first cell exactly
     * {@code firstCell}. The number of cells is the whole number closest to the one the requested
     * ratio needs, and the ratio r' is then adjusted slightly so that the last node falls exactly on
     * {@code end}.
     *
     * @param start first node, m (finite)
     * @param end last node, m (finite, &gt; start; end − start finite)
     * @param firstCell size of the smallest cell, m (&gt; 0, &lt; end − start; for BOTH, &lt; half of it;
     *     the number of cells it implies must fit in the heap)
     * @param ratio requested growth ratio between neighbouring cells, dimensionless (in [1, 10])
     * @param grading where the smallest cells are (not null)
     * @return the mesh
     * @throws IllegalArgumentException if an argument is out of range
     * @throws NullPointerException if {@code grading} is null
     */
    public static Mesh1D graded(double start, double end, double firstCell, double ratio, Grading grading) {
        return builder(start).graded(checkedLength(start, end), firstCell, ratio, grading).build();
    }

    /**
     * A builder of layered meshes, starting at {@code start}.
     *
     * @param start position of the first node, m (finite)
     * @return a builder; add layers in order
     * @throws IllegalArgumentException if {@code start} is not finite
     */
    public static Builder builder(double start) {
        return new Builder(start);
    }

    private static double checkedLength(double start, double end) {
        Checks.finite(start, "start", "m");
        Checks.finite(end, "end", "m");
        if (!(end > start)) {
            throw new IllegalArgumentException("end must be > start (" + start + " m), was " + end + " m");
        }
        double length = end - start;
        if (!Double.isFinite(length)) {
            throw new IllegalArgumentException("end − start = " + end + " m − (" + start
                    + " m) overflows the double range; the mesh must span less than " + Double.MAX_VALUE + " m");
        }
        return length;
    }

    /** @return number of nodes, n + 1 */
    public int nodeCount() {
        return nodes.length;
    }

    /** @return number of cells, n */
    public int cellCount() {
        return nodes.length - 1;
    }

    /**
     * @param i node index, 0 … n
     * @return position of node i, m
     * @throws IllegalArgumentException if the index is out of range
     */
    public double node(int i) {
        return nodes[Checks.index(i, nodes.length, "node index i")];
    }

    /** @return a copy of the node positions, m */
    public double[] nodes() {
        return nodes.clone();
    }

    /** @return first node, m */
    public double start() {
        return nodes[0];
    }

    /** @return last node, m */
    public double end() {
        return nodes[nodes.length - 1];
    }

    /** @return end − start, m */
    public double length() {
        return end() - start();
    }

    /**
     * @param i cell index, 0 … n−1
     * @return width of cell i, x_{i+1} − x_i, m
     * @throws IllegalArgumentException if the index is out of range
     */
    public double cellWidth(int i) {
        Checks.index(i, nodes.length - 1, "cell index i");
        return nodes[i + 1] - nodes[i];
    }

    /** @return the smallest cell width, m */
    public double minCellWidth() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < cellCount(); i++) {
            min = Math.min(min, cellWidth(i));
        }
        return min;
    }

    /** @return the largest cell width, m */
    public double maxCellWidth() {
        double max = 0;
        for (int i = 0; i < cellCount(); i++) {
            max = Math.max(max, cellWidth(i));
        }
        return max;
    }

    /**
     * Control-volume sizes of a vertex-centred scheme: half of each neighbouring cell.
     *
     * @return array of n + 1 sizes, m; they sum to the mesh length
     */
    public double[] controlVolumes() {
        double[] v = new double[nodes.length];
        for (int i = 0; i < cellCount(); i++) {
            double h = cellWidth(i);
            v[i] += 0.5 * h;
            v[i + 1] += 0.5 * h;
        }
        return v;
    }

    /** @return the cell centres, m (n values) */
    public double[] cellCenters() {
        double[] c = new double[cellCount()];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (nodes[i] + nodes[i + 1]);
        }
        return c;
    }

    /** @return number of layers (1 for a plain mesh) */
    public int layerCount() {
        return boundaries.length - 1;
    }

    /**
     * Node indices of the layer boundaries, including the first node (0) and the last (n).
     *
     * @return a copy, length layerCount() + 1
     */
    public int[] boundaryNodes() {
        return boundaries.clone();
    }

    /**
     * @param cell cell index, 0 … n−1
     * @return index of the layer that holds the cell
     * @throws IllegalArgumentException if the index is out of range
     */
    public int layerOfCell(int cell) {
        if (cell < 0 || cell >= cellCount()) {
            throw new IllegalArgumentException("cell must be in [0, " + (cellCount() - 1) + "], was " + cell);
        }
        int k = Arrays.binarySearch(boundaries, cell);
        return k >= 0 ? k : -k - 2;
    }

    /**
     * A mesh with each cell split into {@code factor} equal cells; layer boundaries are kept.
     * Used for convergence studies: the refined mesh contains every node of this one.
     *
     * @param factor split factor (&ge; 1; the refined mesh must fit in the heap and its cells must stay
     *     wider than the spacing of doubles at their position)
     * @return the refined mesh
     * @throws IllegalArgumentException if the factor is out of range
     */
    public Mesh1D refine(int factor) {
        Checks.positive(factor, "factor");
        long cells = (long) cellCount() * factor;
        int length = Checks.allocation(cells + 1, 1, 8, "refine(" + factor + ") of a mesh of " + cellCount()
                + " cells: a mesh of " + cells + " cells");
        double[] fine = new double[length];
        for (int i = 0; i < cellCount(); i++) {
            double h = nodes[i + 1] - nodes[i];
            for (int k = 0; k < factor; k++) {
                fine[i * factor + k] = nodes[i] + h * k / factor;
            }
        }
        fine[fine.length - 1] = end();
        checkResolved(fine, "refine(" + factor + ")");
        int[] b = new int[boundaries.length];
        for (int k = 0; k < b.length; k++) {
            b[k] = boundaries[k] * factor;
        }
        return new Mesh1D(fine, b);
    }

    /**
     * Requires strictly increasing nodes, and says why when they are not: a cell narrower than the
     * spacing of doubles at its position collapses onto its neighbour.
     */
    private static void checkResolved(double[] x, String where) {
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) {
                throw new IllegalArgumentException(where + ": node " + i + " at " + x[i] + " m does not lie above"
                        + " node " + (i - 1) + " at " + x[i - 1] + " m: a cell there is narrower than the spacing of"
                        + " doubles at that position (" + Math.ulp(x[i - 1]) + " m); use fewer or larger cells, or"
                        + " put the origin of x near the fine cells");
            }
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Mesh1D[%d nodes on [%.4g, %.4g] m, %d layer%s, cells %.3g … %.3g m]",
                nodes.length, start(), end(), layerCount(), layerCount() == 1 ? "" : "s",
                minCellWidth(), maxCellWidth());
    }

    /** Builds a layered mesh, layer by layer from the start node. Not thread-safe; the mesh is. */
    public static final class Builder {
        private final List<double[]> layers = new ArrayList<>();
        private final List<Double> thicknesses = new ArrayList<>();
        private final List<Boolean> uniform = new ArrayList<>();
        private final double start;

        private Builder(double start) {
            this.start = Checks.finite(start, "start", "m") + 0.0; // −0.0 → 0.0, see fromNodes
        }

        /**
         * Adds a uniformly meshed layer.
         *
         * @param thickness layer thickness, m (&gt; 0; the running end of the mesh must stay finite)
         * @param cells number of cells (&ge; 1; the mesh must fit in the heap)
         * @return this builder
         * @throws IllegalArgumentException if an argument is out of range
         */
        public Builder uniform(double thickness, int cells) {
            Checks.positive(thickness, "layer thickness", "m");
            Checks.positive(cells, "cells");
            checkEnd(thickness);
            checkCells(cells, "cells = " + cells + " in this layer");
            double[] widths = new double[cells];
            Arrays.fill(widths, thickness / cells);
            layers.add(widths);
            thicknesses.add(thickness);
            uniform.add(Boolean.TRUE);
            return this;
        }

        /**
         * Adds a geometrically graded layer; see {@link Mesh1D#graded}.
         *
         * @param thickness layer thickness, m (&gt; 0; the running end of the mesh must stay finite)
         * @param firstCell smallest cell, m (&gt; 0 and smaller than the layer; for BOTH, than half of it;
         *     the number of cells it implies must fit in the heap)
         * @param ratio requested growth ratio, dimensionless (&ge; 1, &le; 10)
         * @param grading where the smallest cells are (not null)
         * @return this builder
         * @throws IllegalArgumentException if an argument is out of range
         * @throws NullPointerException if {@code grading} is null
         */
        public Builder graded(double thickness, double firstCell, double ratio, Grading grading) {
            Checks.positive(thickness, "layer thickness", "m");
            Checks.positive(firstCell, "first cell size", "m");
            Checks.inClosedRange(ratio, 1.0, 10.0, "growth ratio", "");
            Checks.nonNull(grading, "grading");
            checkEnd(thickness);
            double span = grading == Grading.BOTH ? thickness / 2 : thickness;
            if (!(firstCell < span)) {
                throw new IllegalArgumentException("first cell size must be < " + span + " m"
                        + (grading == Grading.BOTH ? " (half the layer, graded toward both ends)" : " (the layer)")
                        + ", was " + firstCell + " m");
            }
            long n = geometricCount(span, firstCell, ratio);
            if (n > Checks.MAX_ARRAY_LENGTH / 2) {
                throw new IllegalArgumentException("first cell size " + firstCell + " m with growth ratio " + ratio
                        + " needs about " + cellsText(nContinuous(span, firstCell, ratio))
                        + " cells in a layer of thickness " + thickness + " m (end − start for Mesh1D.graded), more than"
                        + " the largest Java array ("
                        + Checks.MAX_ARRAY_LENGTH + "); use a larger first cell or a larger ratio");
            }
            checkCells(grading == Grading.BOTH ? 2 * n : n, "first cell size " + firstCell + " m");
            double[] half = geometricWidths(span, firstCell, ratio);
            double[] widths;
            switch (grading) {
                case START -> widths = half;
                case END -> widths = reversed(half);
                default -> {
                    widths = new double[2 * half.length];
                    for (int i = 0; i < half.length; i++) {
                        widths[i] = half[i];
                        widths[widths.length - 1 - i] = half[i];
                    }
                }
            }
            layers.add(widths);
            thicknesses.add(thickness);
            uniform.add(Boolean.FALSE);
            return this;
        }

        /**
         * @return the mesh; every layer boundary is a node, placed at the running sum of the
         *     layer thicknesses
         * @throws IllegalStateException if no layer was added
         */
        public Mesh1D build() {
            if (layers.isEmpty()) {
                throw new IllegalStateException("a mesh needs at least one layer: call uniform(...) or graded(...)");
            }
            long total = layers.stream().mapToLong(w -> w.length).sum();
            double[] x = new double[Checks.allocation(total + 1, 1, 8, "a mesh of " + total + " cells")];
            int[] b = new int[layers.size() + 1];
            x[0] = start;
            int k = 0;
            double layerStart = start;
            for (int l = 0; l < layers.size(); l++) {
                double[] w = layers.get(l);
                double layerEnd = layerStart + thicknesses.get(l);
                double acc = 0;
                if (uniform.get(l)) {
                    // interpolate rather than accumulate: symmetric meshes then have their middle
                    // node exactly at the centre (e.g. 0 for [−L, L]), where step data are placed
                    int cells = w.length;
                    for (int i = 1; i < cells; i++) {
                        x[++k] = (layerStart * (cells - i) + layerEnd * i) / cells;
                    }
                } else {
                    for (int i = 0; i < w.length - 1; i++) {
                        acc += w[i];
                        x[++k] = layerStart + acc;
                    }
                }
                // The boundary node is set, not accumulated, so later layers do not inherit round-off.
                x[++k] = layerEnd;
                b[l + 1] = k;
                layerStart = layerEnd;
            }
            checkResolved(x, "build()");
            checkSpan(x);
            return new Mesh1D(x, b);
        }

        /** The layer's end, start + all thicknesses so far + this one, must be finite. */
        private void checkEnd(double thickness) {
            double end = start;
            for (double t : thicknesses) {
                end += t;
            }
            end += thickness;
            if (!Double.isFinite(end)) {
                throw new IllegalArgumentException("layer thickness " + thickness + " m puts the end of the mesh"
                        + " beyond the double range (start " + start + " m + layers " + (end - thickness - start)
                        + " m + " + thickness + " m)");
            }
        }

        /** The cells of all layers so far plus {@code more} must fit: the nodes and the layer widths. */
        private void checkCells(long more, String cause) {
            long total = more;
            for (double[] w : layers) {
                total += w.length;
            }
            Checks.allocation(total + 1, 2, 8, "a mesh of " + total + " cells (" + cause + ")");
        }

        private static double[] reversed(double[] a) {
            double[] r = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                r[i] = a[a.length - 1 - i];
            }
            return r;
        }

        /**
         * The number of cells of a geometric layer, as a long: with a tiny first cell and a ratio
         * near 1 it can exceed the int range (and a cast to int would wrap it).
         */
        static long geometricCount(double length, double h0, double ratio) {
            double nContinuous = nContinuous(length, h0, ratio);
            if (!(nContinuous < 9e18)) {
                return Long.MAX_VALUE;
            }
            return Math.max(2, Math.round(nContinuous));
        }

        private static String cellsText(double n) {
            return Double.isFinite(n) ? String.format(Locale.ROOT, "%.3g", n) : "more than " + Double.MAX_VALUE;
        }

        static double nContinuous(double length, double h0, double ratio) {
            if (ratio == 1.0) {
                return length / h0;
            }
            double arg = length * (ratio - 1) / h0;
            // in logarithms when L·(r − 1)/h0 overflows (a 1e300 m layer needs only some 4000 cells at r = 1.2)
            double log = Double.isFinite(arg) ? Math.log1p(arg)
                    : Math.log(length) + Math.log(ratio - 1) - Math.log(h0);
            return log / Math.log(ratio);
        }

        /** Widths h0·r'^k, k = 0 … n−1, summing to {@code length}, first exactly h0. */
        static double[] geometricWidths(double length, double h0, double ratio) {
            int n = Checks.allocation(geometricCount(length, h0, ratio), 1, 8, "a graded layer");
            // S(r) = h0·(1 + r + … + r^{n−1}) is increasing in r; S(1) = n·h0. Find S(r) = length.
            double lo = 1e-6;
            double hi = Math.max(ratio, 1.0) * 2;
            while (sum(h0, hi, n) < length) {
                hi *= 2;
            }
            for (int it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
                double mid = 0.5 * (lo + hi);
                if (sum(h0, mid, n) < length) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            double r = 0.5 * (lo + hi);
            double[] w = new double[n];
            double h = h0;
            double acc = 0;
            for (int i = 0; i < n - 1; i++) {
                w[i] = h;
                acc += h;
                h *= r;
            }
            w[n - 1] = length - acc;
            return w;
        }

        private static double sum(double h0, double r, int n) {
            double s = 0;
            double h = h0;
            for (int i = 0; i < n; i++) {
                s += h;
                h *= r;
            }
            return s;
        }
    }
}
