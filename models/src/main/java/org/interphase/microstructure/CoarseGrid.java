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
final class CoarseGrid extends Grid {

    final float[] gx;
    final float[] gy;
    final float[] gz;
    final float[] d;
    /**
     * 1/d_I, 0 for an empty aggregate: the sweeps multiply instead of dividing, and an empty aggregate
     * (rhs 0, all its conductances 0) relaxes to 0 without a branch. Float, as d: it only preconditions.
     */
    final float[] inv;
    final double[] rhs;
    final double[] e;
    /** A first correction kept while a second cycle computes another (W and K steps; c₁ of a K step). */
    final double[] kept;
    /**
     * A·c₁, the first Krylov step's product, when this level takes K-cycle steps (see {@link #prepareKrylov}),
     * else null.
     */
    private double[] product;
    /**
     * Per-block shares of the Krylov steps' inner products
     * (added in block order: the same bits at any thread count).
     */
    private double[] partA;
    private double[] partB;
    private double[] partC;
    /** The inner products of the last {@link #krylovDots}. */
    final double[] dots = new double[3];
    /** Banded Cholesky factor when this is the coarsest level, else null. */
    private BandCholesky direct;

    CoarseGrid(int nx, int ny, int nz, int axis, Workers workers) {
        // the small levels run in the caller's thread: they are visited 2^k times per W-cycle, and a
        // hand-off to the pool costs more than their loops
        super(nx, ny, nz, axis, workers.forSize((long) nx * ny * nz));
        int n = nx * ny * nz;
        this.gx = new float[n];
        this.gy = new float[n];
        this.gz = new float[n];
        this.d = new float[n];
        this.inv = new float[n];
        this.rhs = new double[n];
        this.e = new double[n];
        this.kept = new double[n];
    }

    /** Adds the neighbour conductances to d, which holds the electrode conductances on entry; sets inv. */
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
                    inv[i] = d[i] != 0 ? (float) (1.0 / d[i]) : 0f;
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
     * {@code count} red–black Gauss–Seidel sweeps on e, each the colour {@code first} then the other, in
     * one pass (see {@link Workers#sweep}); with {@code fromZero} e is taken as 0 beforehand (the first
     * half sweep gives its colour's cells rhs/d, all others 0).
     */
    void sweep(int first, int count, boolean fromZero) {
        workers.sweep(nz, 2 * count, (z, stage) -> {
            int colour = (first + stage) & 1;
            boolean zero = fromZero && stage == 0;
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
                e[i] = (x & 1) == first ? rhs[i] * inv[i] : 0.0;
            }
            return;
        }
        int x = first;
        if (y > 0 && y < ny - 1 && z > 0 && z < nz - 1) {
            if (x == 0) {
                relaxAt(base, 0, y, z);
                x = 2;
            }
            // no branch on the cell: an empty aggregate (rhs 0, conductances 0, inv 0) relaxes to 0
            for (int last = nx - 1; x < last; x += 2) {
                int i = base + x;
                e[i] = (rhs[i] + offDiagonalIn(e, i)) * inv[i];
            }
        }
        for (; x < nx; x += 2) {
            relaxAt(base + x, x, y, z);
        }
    }

    /** The Gauss–Seidel update of cell i at (x, y, z) (0 for an empty aggregate). */
    private void relaxAt(int i, int x, int y, int z) {
        e[i] = (rhs[i] + offDiagonal(e, i, x, y, z)) * inv[i];
    }

    /**
     * kept = e; rhs = rhs − A·e (each entry reads e only, so in place), right after a cycle whose last
     * half sweep had colour 0: the residual is then 0 on every colour-0 cell (its update made its own
     * equation hold, to rounding) and is set so; only the colour-1 cells need the stencil.
     */
    void keepAndReduce() {
        workers.run(blocks, (b0, b1) -> {
            for (int l = b0 * LINES, end = Math.min(lines, b1 * LINES); l < end; l++) {
                int y = l % ny;
                int z = l / ny;
                int base = l * nx;
                System.arraycopy(e, base, kept, base, nx);
                int first = (y + z) & 1;
                for (int x = first; x < nx; x += 2) {
                    rhs[base + x] = 0;
                }
                boolean inner = y > 0 && y < ny - 1 && z > 0 && z < nz - 1;
                for (int x = 1 - first; x < nx; x += 2) {
                    int i = base + x;
                    float di = d[i];
                    if (di != 0) {
                        double off = inner && x > 0 && x < nx - 1 ? offDiagonalIn(e, i) : offDiagonal(e, i, x, y, z);
                        rhs[i] -= di * e[i] - off;
                    }
                }
            }
        });
    }

    /** Makes room for K-cycle steps on this level (one vector and three block shares). */
    void prepareKrylov() {
        if (product == null) {
            product = new double[size()];
            partA = new double[blocks];
            partB = new double[blocks];
            partC = new double[blocks];
        }
    }

    /**
     * The inner products of a Krylov step, after a cycle has left c in e: cᵀA·c into {@link #dots}[0] and
     * cᵀ·rhs into [1]; for the first step ({@code first}, c = c₁) A·c₁ is kept as v₁, for the second
     * (c = c₂, A·c₂ not stored) cᵀv₁ goes into [2].
     *
     * @param first true for the first step
     */
    void krylovDots(boolean first) {
        final double[] v1 = product;
        workers.run(blocks, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                double energy = 0;
                double alpha = 0;
                double gamma = 0;
                for (int l = b * LINES, end = Math.min(lines, (b + 1) * LINES); l < end; l++) {
                    int y = l % ny;
                    int z = l / ny;
                    boolean inner = y > 0 && y < ny - 1 && z > 0 && z < nz - 1;
                    for (int x = 0, i = l * nx; x < nx; x++, i++) {
                        double ae = product(i, x, y, z, inner);
                        if (first) {
                            v1[i] = ae;
                        } else {
                            gamma += e[i] * v1[i];
                        }
                        energy += e[i] * ae;
                        alpha += e[i] * rhs[i];
                    }
                }
                partA[b] = energy;
                partB[b] = alpha;
                partC[b] = gamma;
            }
        });
        dots[0] = sum(partA);
        dots[1] = sum(partB);
        dots[2] = first ? 0 : sum(partC);
    }

    /**
     * @return (A·e)_i of cell i at (x, y, z), {@code inner} if its line has all four neighbour lines; 0 for an
     *     empty aggregate
     */
    private double product(int i, int x, int y, int z, boolean inner) {
        if (d[i] == 0) {
            return 0;
        }
        return d[i] * e[i] - (inner && x > 0 && x < nx - 1 ? offDiagonalIn(e, i) : offDiagonal(e, i, x, y, z));
    }

    /** kept = c₁ (from e); rhs −= s·v₁: the residual left after the first step, c₁ scaled by s. */
    void krylovReduce(double step) {
        final double[] v1 = product;
        workers.run(blocks, (b0, b1) -> {
            for (int i = b0 * LINES * nx, end = Math.min(lines, b1 * LINES) * nx; i < end; i++) {
                kept[i] = e[i];
                rhs[i] -= step * v1[i];
            }
        });
    }

    /** e = a·kept + b·e. */
    void combine(double a, double b) {
        workers.run(blocks, (b0, b1) -> {
            for (int i = b0 * LINES * nx, end = Math.min(lines, b1 * LINES) * nx; i < end; i++) {
                e[i] = a * kept[i] + b * e[i];
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

    /**
     * next.rhs = Pᵀ(rhs − A·e), right after a sweep whose last half sweep had colour 1: the residual is
     * then 0 on the colour-1 cells (to rounding), so only the colour-0 cells are summed (see
     * {@link FineGrid#restrict}).
     */
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
                        boolean inner = y > 0 && y < ny - 1 && z > 0 && z < nz - 1;
                        for (int x = (y + z) & 1; x < nx; x += 2) {
                            int i = base + x;
                            float di = d[i];
                            if (di != 0) {
                                double off = inner && x > 0 && x < nx - 1 ? offDiagonalIn(e, i) : offDiagonal(e, i, x, y, z);
                                next.rhs[cbase + (x >> 1)] += rhs[i] - (di * e[i] - off);
                            }
                        }
                    }
                }
            }
        });
    }

    /**
     * The second half of a cycle on this level in one pass: e_I += ω·next.e_J on the active colour-0
     * aggregates (J the aggregate of I on the next level; the colour-1 cells are overwritten unread by the
     * first half sweep that follows), then {@code count} sweeps that start with colour 1 — stage 0 and
     * stages 1 … 2·count of a plane-wise pass (see {@link FineGrid#prolongAndSweep}).
     */
    void prolongAndSweep(CoarseGrid next, double omega, int count) {
        final int mx = next.nx;
        final int my = next.ny;
        workers.sweep(nz, 2 * count + 1, (z, stage) -> {
            if (stage == 0) {
                for (int l = z * ny, end = l + ny; l < end; l++) {
                    int y = l % ny;
                    int base = l * nx;
                    int cbase = ((y >> 1) + my * (z >> 1)) * mx;
                    for (int x = (y + z) & 1; x < nx; x += 2) {
                        int i = base + x;
                        if (d[i] != 0) {
                            e[i] += omega * next.e[cbase + (x >> 1)];
                        }
                    }
                }
                return;
            }
            // stage 1 has colour 1, stage 2 colour 0, …
            for (int l = z * ny, end = l + ny; l < end; l++) {
                smoothLine(l, stage & 1, false);
            }
        });
    }

    @Override
    boolean active(int i) {
        return d[i] != 0;
    }

    @Override
    double toNext(int i, int x, int y, int z, int axis) {
        // 0 at the edge of the box: the aggregation never summed a face there
        return axis == 0 ? gx[i] : axis == 1 ? gy[i] : gz[i];
    }

    @Override
    double electrode(int i, int x, int y, int z) {
        // the diagonal minus the neighbour conductances
        return d[i] - gx[i] - gy[i] - gz[i] - (x > 0 ? gx[i - 1] : 0) - (y > 0 ? gy[i - nx] : 0)
                - (z > 0 ? gz[i - nxy] : 0);
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
