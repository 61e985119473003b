package org.interphase.microstructure;

import java.util.Arrays;

/**
 * A coarse level of the conduction multigrid: a 7-point operator on an nx × ny × nz grid of aggregates,
 * stored as the conductance to the +x, +y, +z neighbour and the diagonal (float: it only preconditions),
 * with its right-hand side and correction vectors.
 *
 * <p>(A·e)_I = d_I e_I − Σ_J g_IJ e_J; d_I = Σ_J g_IJ + (electrode conductance of I). An aggregate
 * with d_I = 0 holds no active voxel and is skipped. Blocks of {@value #LINES} lines, as in
 * {@link FineGrid}.
 */
final class CoarseGrid {

    /** Grid lines per block of work. */
    static final int LINES = 16;

    final int nx;
    final int ny;
    final int nz;
    final int nxy;
    final int lines;
    final int blocks;
    final float[] gx;
    final float[] gy;
    final float[] gz;
    final float[] d;
    final double[] rhs;
    final double[] e;
    /** A first correction kept while a second cycle computes another (W-cycle). */
    final double[] kept;
    /** Driven axis: 0 = x, 1 = y, 2 = z. */
    final int axis;
    private final Workers workers;
    /** Banded Cholesky factor when this is the coarsest level, else null. */
    private BandCholesky direct;

    CoarseGrid(int nx, int ny, int nz, int axis, Workers workers) {
        this.axis = axis;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.nxy = nx * ny;
        this.lines = ny * nz;
        this.blocks = (lines + LINES - 1) / LINES;
        int n = nx * ny * nz;
        this.gx = new float[n];
        this.gy = new float[n];
        this.gz = new float[n];
        this.d = new float[n];
        this.rhs = new double[n];
        this.e = new double[n];
        this.kept = new double[n];
        // the small levels run in the caller's thread: they are visited 2^k times per W-cycle, and a
        // hand-off to the pool costs more than their loops
        this.workers = workers.forSize(n);
    }

    int size() {
        return gx.length;
    }

    /** Adds the neighbour conductances to d, which holds the electrode conductances on entry. */
    void completeDiagonal() {
        workers.run(blocks, (b0, b1) -> {
            for (int l = b0 * LINES, end = Math.min(lines, b1 * LINES); l < end; l++) {
                int y = l % ny;
                int z = l / ny;
                int base = l * nx;
                for (int x = 0; x < nx; x++) {
                    int i = base + x;
                    double s = d[i] + gx[i] + gy[i] + gz[i];
                    if (x > 0) {
                        s += gx[i - 1];
                    }
                    if (y > 0) {
                        s += gy[i - nx];
                    }
                    if (z > 0) {
                        s += gz[i - nxy];
                    }
                    d[i] = (float) s;
                }
            }
        });
    }

    /** Σ_J g_IJ v_J for aggregate i at (x, y, z). */
    private double offDiagonal(double[] v, int i, int x, int y, int z) {
        double off = gx[i] * v[Math.min(i + 1, i + (nx - 1 - x))];
        if (x > 0) {
            off += gx[i - 1] * v[i - 1];
        }
        if (y > 0) {
            off += gy[i - nx] * v[i - nx];
        }
        if (y < ny - 1) {
            off += gy[i] * v[i + nx];
        }
        if (z > 0) {
            off += gz[i - nxy] * v[i - nxy];
        }
        if (z < nz - 1) {
            off += gz[i] * v[i + nxy];
        }
        return off;
    }

    /** Σ_J g_IJ v_J for an aggregate with all six neighbours inside the grid. */
    private double offDiagonalIn(double[] v, int i) {
        return gx[i] * v[i + 1] + gx[i - 1] * v[i - 1] + gy[i] * v[i + nx] + gy[i - nx] * v[i - nx] + gz[i] * v[i + nxy]
                + gz[i - nxy] * v[i - nxy];
    }

    /**
     * One red–black Gauss–Seidel sweep on e, the colour {@code first} then the other, in one pass (see
     * {@link Workers#sweep}); with {@code fromZero} e is taken as 0 beforehand (the first colour's cells
     * get rhs/d, all others 0).
     */
    void sweep(int first, boolean fromZero) {
        workers.sweep(nz, first, (z, colour) -> {
            boolean zero = fromZero && colour == first;
            for (int l = z * ny, end = l + ny; l < end; l++) {
                smoothLine(l, colour, zero);
            }
        });
    }

    /** The half sweep of one colour on line l. */
    private void smoothLine(int l, int colour, boolean fromZero) {
        int y = l % ny;
        int z = l / ny;
        int base = l * nx;
        int first = (y + z + colour) & 1;
        if (fromZero) {
            for (int x = 0; x < nx; x++) {
                int i = base + x;
                float di = d[i];
                e[i] = ((x & 1) == first && di != 0) ? rhs[i] / di : 0.0;
            }
            return;
        }
        int x = first;
        if (y > 0 && y < ny - 1 && z > 0 && z < nz - 1) {
            if (x == 0) {
                relaxAt(base, 0, y, z);
                x = 2;
            }
            // no branch on the cell: an empty aggregate (d = 0, e = 0) keeps 0 through the selects
            for (int last = nx - 1; x < last; x += 2) {
                int i = base + x;
                float di = d[i];
                double q = (rhs[i] + offDiagonalIn(e, i)) / (di == 0 ? 1f : di);
                e[i] = di == 0 ? 0.0 : q;
            }
        }
        for (; x < nx; x += 2) {
            relaxAt(base + x, x, y, z);
        }
    }

    /** The Gauss–Seidel update of cell i at (x, y, z) (nothing for an empty aggregate). */
    private void relaxAt(int i, int x, int y, int z) {
        float di = d[i];
        if (di != 0) {
            e[i] = (rhs[i] + offDiagonal(e, i, x, y, z)) / di;
        }
    }

    /** kept = e; rhs = rhs − A·e (each entry reads e only, so in place). */
    void keepAndReduce() {
        workers.run(blocks, (b0, b1) -> {
            for (int l = b0 * LINES, end = Math.min(lines, b1 * LINES); l < end; l++) {
                int y = l % ny;
                int z = l / ny;
                int base = l * nx;
                for (int x = 0; x < nx; x++) {
                    int i = base + x;
                    float di = d[i];
                    kept[i] = e[i];
                    if (di != 0) {
                        rhs[i] -= di * e[i] - offDiagonal(e, i, x, y, z);
                    }
                }
            }
        });
    }

    /** e += kept. */
    void addKept() {
        workers.run(blocks, (b0, b1) -> {
            for (int i = b0 * LINES * nx, end = Math.min(lines, b1 * LINES) * nx; i < end; i++) {
                e[i] += kept[i];
            }
        });
    }

    /** next.rhs = Pᵀ(rhs − A·e). */
    void restrict(CoarseGrid next) {
        final int mx = next.nx;
        workers.run(next.blocks, (b0, b1) -> {
            for (int cl = b0 * LINES, cend = Math.min(next.lines, b1 * LINES); cl < cend; cl++) {
                int cy = cl % next.ny;
                int cz = cl / next.ny;
                int cbase = cl * mx;
                Arrays.fill(next.rhs, cbase, cbase + mx, 0.0);
                for (int z = 2 * cz; z < Math.min(nz, 2 * cz + 2); z++) {
                    for (int y = 2 * cy; y < Math.min(ny, 2 * cy + 2); y++) {
                        int base = (y + ny * z) * nx;
                        for (int x = 0; x < nx; x++) {
                            int i = base + x;
                            float di = d[i];
                            if (di != 0) {
                                double off = y > 0 && y < ny - 1 && z > 0 && z < nz - 1 && x > 0 && x < nx - 1
                                        ? offDiagonalIn(e, i) : offDiagonal(e, i, x, y, z);
                                next.rhs[cbase + (x >> 1)] += rhs[i] - (di * e[i] - off);
                            }
                        }
                    }
                }
            }
        });
    }

    /** e_I += ω·next.e_J on active aggregates, J the aggregate of I on the next level. */
    void prolong(CoarseGrid next, double omega) {
        final int mx = next.nx;
        final int my = next.ny;
        workers.run(blocks, (b0, b1) -> {
            for (int l = b0 * LINES, end = Math.min(lines, b1 * LINES); l < end; l++) {
                int y = l % ny;
                int z = l / ny;
                int base = l * nx;
                int cbase = ((y >> 1) + my * (z >> 1)) * mx;
                for (int x = 0; x < nx; x++) {
                    int i = base + x;
                    if (d[i] != 0) {
                        e[i] += omega * next.e[cbase + (x >> 1)];
                    }
                }
            }
        });
    }

    /** The Galerkin operator of the next level (sums over 2×2×2 aggregates), as in {@link FineGrid#coarsen()}. */
    CoarseGrid coarsen() {
        CoarseGrid c = new CoarseGrid((nx + 1) / 2, (ny + 1) / 2, (nz + 1) / 2, axis, workers);
        final int n = axis == 0 ? nx : axis == 1 ? ny : nz;
        workers.run(c.blocks, (b0, b1) -> {
            for (int cl = b0 * LINES, cend = Math.min(c.lines, b1 * LINES); cl < cend; cl++) {
                int cy = cl % c.ny;
                int cz = cl / c.ny;
                int cbase = cl * c.nx;
                for (int cx = 0; cx < c.nx; cx++) {
                    double sx = 0;
                    double sy = 0;
                    double sz = 0;
                    double bd = 0;
                    for (int z = 2 * cz; z < Math.min(nz, 2 * cz + 2); z++) {
                        for (int y = 2 * cy; y < Math.min(ny, 2 * cy + 2); y++) {
                            for (int x = 2 * cx; x < Math.min(nx, 2 * cx + 2); x++) {
                                int i = x + nx * (y + ny * z);
                                if (d[i] == 0) {
                                    continue;
                                }
                                int a = axis == 0 ? x : axis == 1 ? y : z;
                                if (a == 0 || a == n - 1) {
                                    // electrode conductance of i = its diagonal minus its neighbour conductances
                                    bd += d[i] - gx[i] - gy[i] - gz[i] - (x > 0 ? gx[i - 1] : 0)
                                            - (y > 0 ? gy[i - nx] : 0) - (z > 0 ? gz[i - nxy] : 0);
                                }
                                if ((x & 1) == 1) {
                                    sx += gx[i];
                                }
                                if ((y & 1) == 1) {
                                    sy += gy[i];
                                }
                                if ((z & 1) == 1) {
                                    sz += gz[i];
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

    /** Makes this the coarsest level: factors its operator once. */
    void factor() {
        direct = new BandCholesky(this);
    }

    /** e = A⁻¹·rhs (coarsest level only). */
    void solveDirect() {
        direct.solve(rhs, e);
    }
}
