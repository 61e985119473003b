package org.interphase.microstructure;

/**
 * What the two kinds of level of the conduction multigrid share: the box geometry (nx × ny × nz cells
 * in lexicographic order, x fastest; a <em>line</em> is a fixed (y, z) with x running), the driven
 * axis, the blocks of {@value #LINES} lines that the loops are split into, and the aggregation that
 * builds the next coarser level.
 *
 * <p>Coarsening: 2×2×2 cells form one aggregate (fewer at an odd edge), the prolongation P is piecewise
 * constant, and the Galerkin operator Pᵀ·A·P is again a 7-point operator: the conductance between two
 * aggregates is the sum of the conductances across their common faces, the electrode conductance of
 * an aggregate the sum of its cells'. The two levels differ only in how they store their operator
 * ({@link FineGrid}: a class byte per voxel and a table; {@link CoarseGrid}: conductances per cell),
 * which they expose to the aggregation through four small methods.
 */
abstract class Grid {

    /** Grid lines per block of work. */
    static final int LINES = 16;

    final int nx;
    final int ny;
    final int nz;
    final int nxy;
    final int lines;
    final int blocks;
    /** Driven axis: 0 = x, 1 = y, 2 = z. */
    final int axis;
    final Workers workers;

    Grid(int nx, int ny, int nz, int axis, Workers workers) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.nxy = nx * ny;
        this.lines = ny * nz;
        this.blocks = (lines + LINES - 1) / LINES;
        this.axis = axis;
        this.workers = workers;
    }

    /**
     * @return the sum of a loop's per-block (or per-plane) shares, added in index order: the same bits at any
     *     thread count
     */
    static double sum(double[] part) {
        double s = 0;
        for (double v : part) {
            s += v;
        }
        return s;
    }

    /** @return the number of cells */
    final int size() {
        return nxy * nz;
    }

    /** @return the number of cells along the driven axis */
    final int length() {
        return axis == 0 ? nx : axis == 1 ? ny : nz;
    }

    /** @return the number of cells in a cross-section normal to the driven axis */
    final long crossSection() {
        return axis == 0 ? (long) ny * nz : axis == 1 ? (long) nx * nz : (long) nx * ny;
    }

    /** @return the position of cell (x, y, z) along the driven axis */
    final int along(int x, int y, int z) {
        return axis == 0 ? x : axis == 1 ? y : z;
    }

    /** @return the number of driven faces (0, 1 or 2) the cells at position a along the driven axis lie on */
    final int bound(int a) {
        int n = length();
        return (a == 0 ? 1 : 0) + (a == n - 1 ? 1 : 0);
    }

    /** @return true if cell i takes part in the solve */
    abstract boolean active(int i);

    /**
     * @param i an active cell, at (x, y, z)
     * @param axis 0, 1, 2 for the +x, +y, +z neighbour
     * @return the conductance from cell i to that neighbour (0 at the edge of the box or to an inactive one)
     */
    abstract double toNext(int i, int x, int y, int z, int axis);

    /** @return the conductance from active cell i at (x, y, z) to the electrodes (0 off the driven faces) */
    abstract double electrode(int i, int x, int y, int z);

    /**
     * Sets the conductances of aggregate (cx, cy, cz), cell ci of c, to the values {@link #coarsen} would
     * find (the same sums in the same order), when this level can find them without the general loop.
     *
     * @return true if it did; false (the default) to leave the aggregate to the general loop
     */
    boolean aggregateFast(CoarseGrid c, int cx, int cy, int cz, int ci) {
        return false;
    }

    /**
     * @return the next coarser level: the Galerkin operator Pᵀ·A·P over 2×2×2 aggregates, its
     *     diagonal completed
     */
    final CoarseGrid coarsen() {
        CoarseGrid c = new CoarseGrid((nx + 1) / 2, (ny + 1) / 2, (nz + 1) / 2, axis, workers);
        workers.run(c.blocks, (b0, b1) -> {
            for (int cl = b0 * LINES, cend = Math.min(c.lines, b1 * LINES); cl < cend; cl++) {
                int cy = cl % c.ny;
                int cz = cl / c.ny;
                int cbase = cl * c.nx;
                for (int cx = 0; cx < c.nx; cx++) {
                    if (aggregateFast(c, cx, cy, cz, cbase + cx)) {
                        continue;
                    }
                    double sx = 0;
                    double sy = 0;
                    double sz = 0;
                    double bd = 0;
                    for (int z = 2 * cz; z < Math.min(nz, 2 * cz + 2); z++) {
                        for (int y = 2 * cy; y < Math.min(ny, 2 * cy + 2); y++) {
                            for (int x = 2 * cx; x < Math.min(nx, 2 * cx + 2); x++) {
                                int i = x + nx * (y + ny * z);
                                if (!active(i)) {
                                    continue;
                                }
                                // the faces inside the aggregate cancel in Pᵀ·A·P; only those to the next one count
                                if ((x & 1) == 1) {
                                    sx += toNext(i, x, y, z, 0);
                                }
                                if ((y & 1) == 1) {
                                    sy += toNext(i, x, y, z, 1);
                                }
                                if ((z & 1) == 1) {
                                    sz += toNext(i, x, y, z, 2);
                                }
                                int a = along(x, y, z);
                                if (a == 0 || a == length() - 1) {
                                    bd += electrode(i, x, y, z);
                                }
                            }
                        }
                    }
                    c.gx[cbase + cx] = (float) sx;
                    c.gy[cbase + cx] = (float) sy;
                    c.gz[cbase + cx] = (float) sz;
                    c.d[cbase + cx] = (float) Math.max(0, bd);
                }
            }
        });
        c.completeDiagonal();
        return c;
    }
}
