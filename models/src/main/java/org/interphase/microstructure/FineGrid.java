package org.interphase.microstructure;

/**
 * The finest level of the conduction solve: the finite-volume operator of the voxel grid, applied
 * without storing a matrix.
 *
 * <p>Each voxel carries a class byte (0 = not part of the solve: insulating, or removed as not
 * connected to both driven faces; 1…K = a conducting phase). The conductance of the face between two
 * voxels of classes a and b, divided by the voxel edge h so that it is in S/m, is the table entry
 * {@code t[a·k1 + b]} = 1 / (1/(2σ_a) + R_ab/h + 1/(2σ_b)) (zero if either class is 0); a voxel on a
 * driven face is joined to the electrode, at distance h/2, by {@code gb[a]} = 2σ_a. All conductances are
 * divided by the largest conductivity, so the entries are at most 1.
 *
 * <p>The linear system is A·φ = b with (A·φ)_i = Σ_j g_ij (φ_i − φ_j) + g_b,i φ_i and b_i = g_b,i·1 on
 * the low face (φ = 1 there, 0 on the high face): symmetric positive definite on the active voxels,
 * since every one of them is connected to a driven face.
 *
 * <p>Loops run over blocks of {@value #LINES} grid lines (a line: fixed y and z, x running); partial
 * sums are kept per block and added in block order, so results do not depend on the thread count.
 */
final class FineGrid extends Grid {

    /** Number of entries of {@link #dtab}: index 0 and 1 + count + 7·bound for count ≤ 6, bound ≤ 2. */
    private static final int DEG = 22;

    final byte[] cls;
    final double[] t;
    final int k1;
    final double[] gb;
    /**
     * True when one phase conducts (K = 1, the two-phase case): every face conductance is then the one
     * value {@link #g1} or 0, and since every vector of the solve is 0 on the voxels outside the solve,
     * Σ_j g_ij v_j = g1·Σ_j v_j and d_i = g1·(number of active neighbours): the stencil needs no table.
     */
    private final boolean single;
    /** The conductance between two voxels of class 1 (used when {@link #single}). */
    private final double g1;
    /**
     * When {@link #single}: per voxel the index of its diagonal in {@link #dtab} and {@link #itab}, 0 for
     * a voxel outside the solve, else 1 + (active neighbours) + 7·(driven faces it lies on); else null.
     * One byte read instead of six class bytes, and a product instead of a division per update.
     */
    private final byte[] deg;
    /** d_i by {@link #deg} index (0 at index 0), summed in the order of the general stencil: the same bits. */
    private final double[] dtab;
    /** 1/d_i by {@link #deg} index (0 at index 0, so that an inactive voxel relaxes to 0). */
    private final double[] itab;
    private final double[] partA;
    private final double[] partB;
    private final double[] partC;
    /** The shares per plane of rᵀz (see {@link #prolongAndSweep}) or of pᵀ·A·p (see {@link #directionDotAp}). */
    private final double[] planeDot;
    /** The shares per plane of zᵀ·(A·p) (see {@link #prolongAndSweep}). */
    private final double[] planeDotQ;
    /** zᵀ·(A·p) as the last flexible {@link #prolongAndSweep} found it. */
    private double zDotProducts;
    /** ‖b‖₂² of the last {@link #residual} (a field, so that no array is allocated per call). */
    private double rhsNorm2;
    /** The odd fine planes' share of the restricted residual (see {@link #sweepAndRestrict}), the coarse level's size. */
    private double[] odd;
    /**
     * A·p as {@link #directionDotAp} found it, for {@link #update} (0 outside the solve), or null: then
     * {@link #update} recomputes it (see {@link #keepProducts}).
     */
    private double[] products;

    FineGrid(int nx, int ny, int nz, int axis, byte[] cls, double[] t, int k1, double[] gb, Workers workers) {
        super(nx, ny, nz, axis, workers);
        this.cls = cls;
        this.t = t;
        this.k1 = k1;
        this.gb = gb;
        this.single = k1 == 2;
        this.g1 = t[k1 + 1];
        this.partA = new double[blocks];
        this.partB = new double[blocks];
        this.partC = new double[blocks];
        this.planeDot = new double[nz];
        this.planeDotQ = new double[nz];
        this.dtab = new double[DEG];
        this.itab = new double[DEG];
        if (single) {
            for (int bound = 0; bound <= 2; bound++) {
                for (int count = 0; count <= 6; count++) {
                    // as diagonal(): the electrode term first, then one g1 per active neighbour
                    double d = bound == 0 ? 0 : bound * gb[1];
                    for (int k = 0; k < count; k++) {
                        d += g1;
                    }
                    int idx = 1 + count + 7 * bound;
                    dtab[idx] = d;
                    itab[idx] = d > 0 ? 1 / d : 0;
                }
            }
            this.deg = new byte[cls.length];
            fillDegrees();
        } else {
            this.deg = null;
        }
    }

    /** Fills {@link #deg} (one phase). */
    private void fillDegrees() {
        workers.run(blocks, (b0, b1) -> {
            for (int l = b0 * LINES, end = Math.min(lines, b1 * LINES); l < end; l++) {
                int y = l % ny;
                int z = l / ny;
                int base = l * nx;
                if (y > 0 && y < ny - 1 && z > 0 && z < nz - 1 && nx > 2) {
                    // the inner voxels of a line with all four neighbour lines, without a branch per voxel
                    // (classes are 0 or 1: one phase); such a voxel lies on no driven face, so its index is
                    // 1 + count; the ends as any voxel
                    for (int i = base + 1, stop = base + nx - 1; i < stop; i++) {
                        int count = cls[i - 1] + cls[i + 1] + cls[i - nx] + cls[i + nx] + cls[i - nxy] + cls[i + nxy];
                        deg[i] = (byte) ((1 + count) * cls[i]);
                    }
                    fillDegree(base, 0, y, z);
                    fillDegree(base + nx - 1, nx - 1, y, z);
                    continue;
                }
                for (int xi = 0; xi < nx; xi++) {
                    fillDegree(base + xi, xi, y, z);
                }
            }
        });
    }

    /** Sets {@link #deg} of voxel i at (xi, y, z) (one phase). */
    private void fillDegree(int i, int xi, int y, int z) {
        if (cls[i] == 0) {
            deg[i] = 0;
            return;
        }
        int count = (xi > 0 ? cls[i - 1] : 0) + (xi < nx - 1 ? cls[i + 1] : 0) + (y > 0 ? cls[i - nx] : 0)
                + (y < ny - 1 ? cls[i + nx] : 0) + (z > 0 ? cls[i - nxy] : 0) + (z < nz - 1 ? cls[i + nxy] : 0);
        deg[i] = (byte) (1 + count + 7 * bound(along(xi, y, z)));
    }

    /**
     * (A·v)_i for an active voxel i of class row/k1 at x in a line with the given neighbours present;
     * {@code bound} is the number of driven faces the voxel lies on (0, 1 or 2).
     */
    private double apply(double[] v, int i, int row, int x, boolean ym, boolean yp, boolean zm, boolean zp, int bound) {
        final byte[] c = cls;
        final double[] tt = t;
        double diag = bound == 0 ? 0 : bound * gb[row / k1];
        double off = 0;
        double g;
        if (x > 0) {
            g = tt[row + (c[i - 1] & 0xFF)];
            diag += g;
            off += g * v[i - 1];
        }
        if (x < nx - 1) {
            g = tt[row + (c[i + 1] & 0xFF)];
            diag += g;
            off += g * v[i + 1];
        }
        if (ym) {
            g = tt[row + (c[i - nx] & 0xFF)];
            diag += g;
            off += g * v[i - nx];
        }
        if (yp) {
            g = tt[row + (c[i + nx] & 0xFF)];
            diag += g;
            off += g * v[i + nx];
        }
        if (zm) {
            g = tt[row + (c[i - nxy] & 0xFF)];
            diag += g;
            off += g * v[i - nxy];
        }
        if (zp) {
            g = tt[row + (c[i + nxy] & 0xFF)];
            diag += g;
            off += g * v[i + nxy];
        }
        return diag * v[i] - off;
    }

    /** As {@link #apply} for a float vector. */
    private double apply(float[] v, int i, int row, int x, boolean ym, boolean yp, boolean zm, boolean zp, int bound) {
        final byte[] c = cls;
        final double[] tt = t;
        double diag = bound == 0 ? 0 : bound * gb[row / k1];
        double off = 0;
        double g;
        if (x > 0) {
            g = tt[row + (c[i - 1] & 0xFF)];
            diag += g;
            off += g * v[i - 1];
        }
        if (x < nx - 1) {
            g = tt[row + (c[i + 1] & 0xFF)];
            diag += g;
            off += g * v[i + 1];
        }
        if (ym) {
            g = tt[row + (c[i - nx] & 0xFF)];
            diag += g;
            off += g * v[i - nx];
        }
        if (yp) {
            g = tt[row + (c[i + nx] & 0xFF)];
            diag += g;
            off += g * v[i + nx];
        }
        if (zm) {
            g = tt[row + (c[i - nxy] & 0xFF)];
            diag += g;
            off += g * v[i - nxy];
        }
        if (zp) {
            g = tt[row + (c[i + nxy] & 0xFF)];
            diag += g;
            off += g * v[i + nxy];
        }
        return diag * v[i] - off;
    }

    /**
     * One Gauss–Seidel update of active voxel i from its neighbours in z: returns (r_i + Σ g_ij z_j) / d_i.
     */
    private double relax(double[] r, float[] v, int i, int row, int x, boolean ym, boolean yp, boolean zm, boolean zp,
            int bound) {
        final byte[] c = cls;
        final double[] tt = t;
        double diag = bound == 0 ? 0 : bound * gb[row / k1];
        double off = 0;
        double g;
        if (x > 0) {
            g = tt[row + (c[i - 1] & 0xFF)];
            diag += g;
            off += g * v[i - 1];
        }
        if (x < nx - 1) {
            g = tt[row + (c[i + 1] & 0xFF)];
            diag += g;
            off += g * v[i + 1];
        }
        if (ym) {
            g = tt[row + (c[i - nx] & 0xFF)];
            diag += g;
            off += g * v[i - nx];
        }
        if (yp) {
            g = tt[row + (c[i + nx] & 0xFF)];
            diag += g;
            off += g * v[i + nx];
        }
        if (zm) {
            g = tt[row + (c[i - nxy] & 0xFF)];
            diag += g;
            off += g * v[i - nxy];
        }
        if (zp) {
            g = tt[row + (c[i + nxy] & 0xFF)];
            diag += g;
            off += g * v[i + nxy];
        }
        return (r[i] + off) * (1 / diag);
    }

    /** As {@link #apply} for a voxel with all six neighbours inside the box and on no driven face. */
    private double applyIn(double[] v, int i, int row) {
        final byte[] c = cls;
        final double[] tt = t;
        double g1 = tt[row + (c[i - 1] & 0xFF)];
        double g2 = tt[row + (c[i + 1] & 0xFF)];
        double g3 = tt[row + (c[i - nx] & 0xFF)];
        double g4 = tt[row + (c[i + nx] & 0xFF)];
        double g5 = tt[row + (c[i - nxy] & 0xFF)];
        double g6 = tt[row + (c[i + nxy] & 0xFF)];
        double off = g1 * v[i - 1] + g2 * v[i + 1] + g3 * v[i - nx] + g4 * v[i + nx] + g5 * v[i - nxy] + g6 * v[i + nxy];
        double diag = g1 + g2 + g3 + g4 + g5 + g6;
        return diag * v[i] - off;
    }

    /** As {@link #apply} for a voxel with all six neighbours inside the box and on no driven face. */
    private double applyIn(float[] v, int i, int row) {
        final byte[] c = cls;
        final double[] tt = t;
        double g1 = tt[row + (c[i - 1] & 0xFF)];
        double g2 = tt[row + (c[i + 1] & 0xFF)];
        double g3 = tt[row + (c[i - nx] & 0xFF)];
        double g4 = tt[row + (c[i + nx] & 0xFF)];
        double g5 = tt[row + (c[i - nxy] & 0xFF)];
        double g6 = tt[row + (c[i + nxy] & 0xFF)];
        double off = g1 * v[i - 1] + g2 * v[i + 1] + g3 * v[i - nx] + g4 * v[i + nx] + g5 * v[i - nxy] + g6 * v[i + nxy];
        double diag = g1 + g2 + g3 + g4 + g5 + g6;
        return diag * v[i] - off;
    }

    /** As {@link #apply} for a voxel with all six neighbours inside the box and on no driven face. */
    private double relaxIn(double[] r, float[] v, int i, int row) {
        final byte[] c = cls;
        final double[] tt = t;
        double g1 = tt[row + (c[i - 1] & 0xFF)];
        double g2 = tt[row + (c[i + 1] & 0xFF)];
        double g3 = tt[row + (c[i - nx] & 0xFF)];
        double g4 = tt[row + (c[i + nx] & 0xFF)];
        double g5 = tt[row + (c[i - nxy] & 0xFF)];
        double g6 = tt[row + (c[i + nxy] & 0xFF)];
        double off = g1 * v[i - 1] + g2 * v[i + 1] + g3 * v[i - nx] + g4 * v[i + nx] + g5 * v[i - nxy] + g6 * v[i + nxy];
        double diag = g1 + g2 + g3 + g4 + g5 + g6;
        return (r[i] + off) * (1 / diag);
    }

    /**
     * As {@link #applyIn} when one phase conducts ({@link #single}): the same sums in the same order
     * (with g1 = 1, as for a phase without interface resistance to itself, the same bits); the diagonal
     * from {@link #deg}, so valid on the driven faces too. Also valid, times v_i = 0, on an inactive voxel i.
     */
    private double applyOne(double[] v, int i) {
        double off = v[i - 1] + v[i + 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return dtab[deg[i]] * v[i] - g1 * off;
    }

    /** As {@link #applyOne} for a float vector. */
    private double applyOne(float[] v, int i) {
        double off = (double) v[i - 1] + v[i + 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return dtab[deg[i]] * v[i] - g1 * off;
    }

    /**
     * As {@link #applyOne} for the first voxel (x = 0) of a line with all four neighbour lines and nx &gt; 2:
     * the general stencil's sum without the missing −x neighbour, in its order ({@link #deg} counts a driven
     * face there), so the same bits; not masked (times the class for an inactive voxel).
     */
    private double applyFirst(double[] v, int i) {
        double off = v[i + 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return dtab[deg[i]] * v[i] - g1 * off;
    }

    /** As {@link #applyFirst} for the last voxel (x = nx − 1), without the +x neighbour. */
    private double applyLast(double[] v, int i) {
        double off = v[i - 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return dtab[deg[i]] * v[i] - g1 * off;
    }

    /** As {@link #applyFirst} for a float vector. */
    private double applyFirst(float[] v, int i) {
        double off = (double) v[i + 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return dtab[deg[i]] * v[i] - g1 * off;
    }

    /** As {@link #applyLast} for a float vector. */
    private double applyLast(float[] v, int i) {
        double off = (double) v[i - 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return dtab[deg[i]] * v[i] - g1 * off;
    }

    /**
     * As {@link #relaxIn} when one phase conducts ({@link #single}), and 0 on an inactive voxel (its
     * {@link #itab} entry is 0; its neighbours' values are finite). The neighbours outside the solve hold
     * 0, so Σ g_ij z_j = g1·Σ z_j without their classes.
     */
    private double relaxOne(double[] r, float[] v, int i) {
        double off = (double) v[i - 1] + v[i + 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
        return (r[i] + g1 * off) * itab[deg[i]];
    }

    /** The diagonal d_i of active voxel i. */
    private double diagonal(int i, int row, int x, boolean ym, boolean yp, boolean zm, boolean zp, int bound) {
        final byte[] c = cls;
        final double[] tt = t;
        double diag = bound == 0 ? 0 : bound * gb[row / k1];
        if (x > 0) {
            diag += tt[row + (c[i - 1] & 0xFF)];
        }
        if (x < nx - 1) {
            diag += tt[row + (c[i + 1] & 0xFF)];
        }
        if (ym) {
            diag += tt[row + (c[i - nx] & 0xFF)];
        }
        if (yp) {
            diag += tt[row + (c[i + nx] & 0xFF)];
        }
        if (zm) {
            diag += tt[row + (c[i - nxy] & 0xFF)];
        }
        if (zp) {
            diag += tt[row + (c[i + nxy] & 0xFF)];
        }
        return diag;
    }

    /** Sets x to the linear profile 1 − (a + ½)/n on active voxels (a: position along the driven axis), 0 elsewhere. */
    void guess(double[] x) {
        final int n = length();
        workers.run(blocks, (b0, b1) -> {
            for (int l = b0 * LINES, end = Math.min(lines, b1 * LINES); l < end; l++) {
                int y = l % ny;
                int z = l / ny;
                int base = l * nx;
                if (axis != 0) {
                    // one value per line (the division once per line, not per voxel)
                    double value = 1 - (along(0, y, z) + 0.5) / n;
                    for (int i = base, stop = base + nx; i < stop; i++) {
                        x[i] = cls[i] == 0 ? 0 : value;
                    }
                    continue;
                }
                for (int xi = 0; xi < nx; xi++) {
                    int i = base + xi;
                    x[i] = cls[i] == 0 ? 0 : 1 - (xi + 0.5) / n;
                }
            }
        });
    }

    /**
     * r = b − A·x.
     *
     * @return ‖r‖₂² (and ‖b‖₂² in {@link #rhsNorm2()})
     */
    double residual(double[] x, double[] r) {
        workers.run(blocks, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                double bb = 0;
                double rr = 0;
                for (int l = b * LINES, end = Math.min(lines, (b + 1) * LINES); l < end; l++) {
                    int y = l % ny;
                    int z = l / ny;
                    boolean ym = y > 0;
                    boolean yp = y < ny - 1;
                    boolean zm = z > 0;
                    boolean zp = z < nz - 1;
                    int base = l * nx;
                    // one conducting phase, all four neighbour lines present: the interior of the line through
                    // applyOne, as the CG passes do (the same bits as the general stencil, see applyOne; the
                    // sums in the same order), without a branch per voxel (an inactive voxel's A·x is masked
                    // by its class 0, so r = ±0 there and adds 0 to the sums); b_i = 0 on the interior (such a
                    // line lies off the driven faces of axes y and z, and along x only its end voxels touch
                    // them); the two ends through the general stencil
                    if (single && ym && yp && zm && zp && nx > 2) {
                        double bf = electrodeRhs(base, 0, y, z);
                        double rf = endResidual(x, base, 0, y, z, bf);
                        r[base] = rf;
                        bb += bf * bf;
                        rr += rf * rf;
                        for (int i = base + 1, stop = base + nx - 1; i < stop; i++) {
                            double ri = (0 - applyOne(x, i)) * cls[i];
                            r[i] = ri;
                            rr += ri * ri;
                        }
                        int last = base + nx - 1;
                        double bl = electrodeRhs(last, nx - 1, y, z);
                        double rl = endResidual(x, last, nx - 1, y, z, bl);
                        r[last] = rl;
                        bb += bl * bl;
                        rr += rl * rl;
                        continue;
                    }
                    boolean fast = single && ym && yp && zm && zp;
                    for (int xi = 0; xi < nx; xi++) {
                        int i = base + xi;
                        int c = cls[i] & 0xFF;
                        if (c == 0) {
                            r[i] = 0;
                            continue;
                        }
                        double bi;
                        double ri;
                        if (fast && xi > 0 && xi < nx - 1) {
                            bi = 0;
                            ri = bi - applyOne(x, i);
                        } else {
                            int a = along(xi, y, z);
                            bi = a == 0 ? gb[c] : 0;
                            ri = bi - apply(x, i, c * k1, xi, ym, yp, zm, zp, bound(a));
                        }
                        r[i] = ri;
                        bb += bi * bi;
                        rr += ri * ri;
                    }
                }
                partA[b] = bb;
                partB[b] = rr;
            }
        });
        rhsNorm2 = sum(partA);
        return sum(partB);
    }

    /** @return b_i of voxel i at (xi, y, z): its electrode conductance on the low driven face, else 0 */
    private double electrodeRhs(int i, int xi, int y, int z) {
        int c = cls[i] & 0xFF;
        return c != 0 && along(xi, y, z) == 0 ? gb[c] : 0;
    }

    /** @return b_i − (A·x)_i for voxel i at (xi, y, z) of a line with all four neighbour lines (0 if inactive) */
    private double endResidual(double[] x, int i, int xi, int y, int z, double bi) {
        int c = cls[i] & 0xFF;
        return c == 0 ? 0 : bi - apply(x, i, c * k1, xi, true, true, true, true, bound(along(xi, y, z)));
    }

    /** @return ‖b‖₂² as found by the last {@link #residual} */
    double rhsNorm2() {
        return rhsNorm2;
    }

    /**
     * Keeps A·p from {@link #directionDotAp} for {@link #update}, which then needs no stencil: one
     * operator application per iteration less, for one more double per voxel.
     */
    void keepProducts() {
        products = new double[size()];
    }

    /**
     * p = z + β·p, then pᵀ·A·p, in one pass over the grid: the two are the stages of a plane-wise pass
     * ({@link Workers#sweep}), the product on plane z − 1 one plane behind the update of plane z (it reads
     * p on planes z − 2 … z only), so p is read once while in cache. The shares of the planes are added
     * in plane order (the same bits whatever the chunks).
     *
     * @return pᵀ·A·p with the new p
     */
    double directionDotAp(double beta, double[] p, float[] z) {
        workers.sweep(nz, 2, (zz, stage) -> {
            if (stage == 0) {
                for (int i = zz * nxy, end = i + nxy; i < end; i++) {
                    p[i] = z[i] + beta * p[i];
                }
                return;
            }
            double s = 0;
            for (int l = zz * ny, end = l + ny; l < end; l++) {
                s += dotApLine(p, l);
            }
            planeDot[zz] = s;
        });
        return sum(planeDot);
    }

    /** @return Σ p_i·(A·p)_i over grid line l; (A·p)_i also into {@link #products} if it is kept */
    private double dotApLine(double[] p, int l) {
        final double[] q = products;
        int y = l % ny;
        int z = l / ny;
        boolean ym = y > 0;
        boolean yp = y < ny - 1;
        boolean zm = z > 0;
        boolean zp = z < nz - 1;
        int base = l * nx;
        int lineBound = axis == 0 ? -1 : bound(axis == 1 ? y : z);
        double s = 0;
        if (single && ym && yp && zm && zp && nx > 2) {
            // no test per voxel: p is 0 on inactive voxels, so they add p_i·(A·p)_i = 0
            int last = base + nx - 1;
            double a = applyFirst(p, base) * cls[base];
            s += p[base] * a;
            if (q != null) {
                q[base] = a;
            }
            for (int i = base + 1; i < last; i++) {
                a = applyOne(p, i);
                s += p[i] * a;
                if (q != null) {
                    // masked as update() masks it
                    q[i] = a * cls[i];
                }
            }
            a = applyLast(p, last) * cls[last];
            s += p[last] * a;
            if (q != null) {
                q[last] = a;
            }
            return s;
        }
        boolean inner = ym && yp && zm && zp && lineBound <= 0;
        for (int xi = 0; xi < nx; xi++) {
            int i = base + xi;
            int c = cls[i] & 0xFF;
            double a = 0;
            if (c != 0) {
                a = inner && xi > 0 && xi < nx - 1 ? applyIn(p, i, c * k1)
                        : apply(p, i, c * k1, xi, ym, yp, zm, zp, lineBound < 0 ? bound(xi) : lineBound);
                s += p[i] * a;
            }
            if (q != null) {
                q[i] = a;
            }
        }
        return s;
    }

    /**
     * x += α·p, r −= α·A·p, with A·p as {@link #directionDotAp} kept it, or recomputed (the same bits
     * either way: the same products, the same sums in the same order).
     *
     * @return ‖r‖₂² after the update
     */
    double update(double alpha, double[] x, double[] r, double[] p) {
        final double[] q = products;
        if (q == null) {
            return updateRecomputing(alpha, x, r, p);
        }
        workers.run(blocks, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                double rr = 0;
                // voxels outside the solve have p = r = x = 0 and a kept product of 0: they add 0
                for (int i = b * LINES * nx, end = Math.min(lines, (b + 1) * LINES) * nx; i < end; i++) {
                    x[i] += alpha * p[i];
                    double ri = r[i] - alpha * q[i];
                    r[i] = ri;
                    rr += ri * ri;
                }
                partA[b] = rr;
            }
        });
        return sum(partA);
    }

    /** {@link #update} with A·p recomputed, when it is not kept (large grids: one vector less). */
    private double updateRecomputing(double alpha, double[] x, double[] r, double[] p) {
        workers.run(blocks, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                double rr = 0;
                for (int l = b * LINES, end = Math.min(lines, (b + 1) * LINES); l < end; l++) {
                    int y = l % ny;
                    int z = l / ny;
                    boolean ym = y > 0;
                    boolean yp = y < ny - 1;
                    boolean zm = z > 0;
                    boolean zp = z < nz - 1;
                    int base = l * nx;
                    int lineBound = axis == 0 ? -1 : bound(axis == 1 ? y : z);
                    boolean inner = ym && yp && zm && zp && lineBound <= 0;
                    if (single && ym && yp && zm && zp) {
                        // no branch per voxel: on an inactive voxel p = r = x = 0 and A·p is masked by its class 0
                        int last = base + nx - 1;
                        double ap = cls[base] == 0 ? 0
                                : apply(p, base, k1, 0, true, true, true, true, lineBound < 0 ? bound(0) : lineBound);
                        x[base] += alpha * p[base];
                        double ri = r[base] - alpha * ap;
                        r[base] = ri;
                        rr += ri * ri;
                        for (int i = base + 1; i < last; i++) {
                            ap = applyOne(p, i) * cls[i];
                            x[i] += alpha * p[i];
                            ri = r[i] - alpha * ap;
                            r[i] = ri;
                            rr += ri * ri;
                        }
                        if (last > base) {
                            ap = cls[last] == 0 ? 0
                                    : apply(p, last, k1, nx - 1, true, true, true, true, lineBound < 0 ? bound(nx - 1) : lineBound);
                            x[last] += alpha * p[last];
                            ri = r[last] - alpha * ap;
                            r[last] = ri;
                            rr += ri * ri;
                        }
                        continue;
                    }
                    for (int xi = 0; xi < nx; xi++) {
                        int i = base + xi;
                        int c = cls[i] & 0xFF;
                        if (c != 0) {
                            double ap = inner && xi > 0 && xi < nx - 1 ? applyIn(p, i, c * k1)
                                    : apply(p, i, c * k1, xi, ym, yp, zm, zp, lineBound < 0 ? bound(xi) : lineBound);
                            x[i] += alpha * p[i];
                            double ri = r[i] - alpha * ap;
                            r[i] = ri;
                            rr += ri * ri;
                        }
                    }
                }
                partA[b] = rr;
            }
        });
        return sum(partA);
    }

    /** The half sweep of one colour on grid line l. */
    private void smoothLine(double[] r, float[] v, int l, int colour, boolean fromZero) {
        int y = l % ny;
        int z = l / ny;
        boolean ym = y > 0;
        boolean yp = y < ny - 1;
        boolean zm = z > 0;
        boolean zp = z < nz - 1;
        int base = l * nx;
        int lineBound = axis == 0 ? -1 : bound(axis == 1 ? y : z);
        int first = (y + z + colour) & 1;
        // kept in small methods of their own, so that the compiler inlines their stencils
        if (single && fromZero) {
            startLineOne(r, v, base, first);
            return;
        }
        if (single && ym && yp && zm && zp && nx > 2) {
            relaxLineOne(r, v, base, first);
            return;
        }
        if (fromZero) {
            // z = 0 beforehand: the colour's voxels get r_i/d_i, all others 0
            for (int xi = 0; xi < nx; xi++) {
                int i = base + xi;
                int c = cls[i] & 0xFF;
                v[i] = c != 0 && (xi & 1) == first
                        ? (float) (r[i] * (1 / diagonal(i, c * k1, xi, ym, yp, zm, zp, lineBound < 0 ? bound(xi) : lineBound)))
                        : 0f;
            }
            return;
        }
        if (ym && yp && zm && zp && lineBound <= 0) {
            int xi = first;
            if (xi == 0) {
                relaxAt(r, v, base, 0, true, true, true, true, lineBound);
                xi = 2;
            }
            int last = nx - 1;
            for (; xi < last; xi += 2) {
                int i = base + xi;
                int c = cls[i] & 0xFF;
                if (c != 0) {
                    v[i] = (float) relaxIn(r, v, i, c * k1);
                }
            }
            if (xi == last) {
                relaxAt(r, v, base + last, last, true, true, true, true, lineBound);
            }
            return;
        }
        for (int xi = first; xi < nx; xi += 2) {
            relaxAt(r, v, base + xi, xi, ym, yp, zm, zp, lineBound);
        }
    }

    /**
     * The half sweep of a line with all four neighbour lines present when one phase conducts, without a
     * branch on the voxels' classes (see {@link #relaxOne}; an inactive voxel is rewritten with its 0): the
     * inner voxels through {@link #relaxOne}, the two end voxels through the same sum without their missing
     * x neighbour (the general stencil's sums in its order, g1 = 1 and the diagonal from {@link #deg}, which
     * counts a driven face at an end of the line: the same bits).
     */
    private void relaxLineOne(double[] r, float[] v, int base, int first) {
        int xi = first;
        if (xi == 0) {
            // no −x neighbour: the others in the general stencil's order ({@link #deg} counts the driven face)
            double off = (double) v[base + 1] + v[base - nx] + v[base + nx] + v[base - nxy] + v[base + nxy];
            v[base] = (float) ((r[base] + g1 * off) * itab[deg[base]]);
            xi = 2;
        }
        int last = nx - 1;
        for (; xi < last; xi += 2) {
            int i = base + xi;
            v[i] = (float) relaxOne(r, v, i);
        }
        if (xi == last) {
            int i = base + last;
            double off = (double) v[i - 1] + v[i - nx] + v[i + nx] + v[i - nxy] + v[i + nxy];
            v[i] = (float) ((r[i] + g1 * off) * itab[deg[i]]);
        }
    }

    /**
     * The half sweep of any line from z = 0 when one phase conducts: the colour's voxels get r_i/d_i
     * (0 on an inactive one, whose r_i and {@link #itab} entry are 0), all others 0.
     */
    private void startLineOne(double[] r, float[] v, int base, int first) {
        for (int xi = 0; xi < nx; xi++) {
            int i = base + xi;
            v[i] = (xi & 1) == first ? (float) (r[i] * itab[deg[i]]) : 0f;
        }
    }

    /** The general Gauss–Seidel update of voxel i at x = xi (nothing if it is inactive). */
    private void relaxAt(double[] r, float[] v, int i, int xi, boolean ym, boolean yp, boolean zm, boolean zp,
            int lineBound) {
        int c = cls[i] & 0xFF;
        if (c != 0) {
            v[i] = (float) relax(r, v, i, c * k1, xi, ym, yp, zm, zp, lineBound < 0 ? bound(xi) : lineBound);
        }
    }

    /**
     * The first half of a cycle in one pass over the grid: {@code count} symmetric-order Gauss–Seidel
     * sweeps, each the half sweep of colour 0 then that of colour 1, z_i = (r_i + Σ_j g_ij z_j) / d_i on
     * the voxels with (x + y + z) mod 2 = colour, from z = 0 (the first half sweep gives its voxels
     * r_i/d_i and all others 0), as stages 0 … 2·count − 1 of a plane-wise pass (see {@link Workers#sweep};
     * the same bits as half sweeps over the whole grid one after the other), then rc = Pᵀ(r − A·z), the
     * residual summed over each
     * 2×2×2 aggregate of the next level, as stage 2·count of the plane-wise pass (see
     * {@link Workers#sweep}), one plane behind the last half sweep (a plane's residual reads z on the
     * planes beside it). That half sweep had colour 1, and each of its updates made its voxel's own
     * equation hold, so the residual is 0 on every colour-1 voxel (to the rounding of z to float, which
     * the preconditioner tolerates as it does in every sweep) and only the colour-0 voxels are summed:
     * half the stencils; a line holds one colour-0 voxel per aggregate. The even fine planes of an
     * aggregate plane write the coarse rhs, the odd ones a buffer of the coarse level's size, each line
     * of them in line order, and a last pass over the coarse level adds the two: every aggregate's sum is
     * added in one order whatever the chunks, so the bits do not depend on the thread count.
     */
    void sweepAndRestrict(double[] r, float[] v, int count, CoarseGrid coarse) {
        if (odd == null || odd.length != coarse.size()) {
            odd = new double[coarse.size()];
        }
        final double[] even = coarse.rhs;
        final double[] buffer = odd;
        int restrictStage = 2 * count;
        workers.sweep(nz, 2 * count + 1, (z, stage) -> {
            if (stage < restrictStage) {
                for (int l = z * ny, end = l + ny; l < end; l++) {
                    smoothLine(r, v, l, stage & 1, stage == 0);
                }
                return;
            }
            double[] rc = (z & 1) == 0 ? even : buffer;
            for (int y = 0; y < ny; y++) {
                int cbase = ((y >> 1) + coarse.ny * (z >> 1)) * coarse.nx;
                if ((y & 1) == 0) {
                    java.util.Arrays.fill(rc, cbase, cbase + coarse.nx, 0.0);
                }
                restrictLine(r, v, y, z, rc, cbase);
            }
        });
        // the odd planes' share; an aggregate plane without an odd fine plane (nz odd) has none
        final int pairs = nz / 2;
        coarse.workers.run(coarse.blocks, (b0, b1) -> {
            for (int cl = b0 * LINES, cend = Math.min(coarse.lines, b1 * LINES); cl < cend; cl++) {
                if (cl / coarse.ny < pairs) {
                    for (int i = cl * coarse.nx, end = i + coarse.nx; i < end; i++) {
                        even[i] += buffer[i];
                    }
                }
            }
        });
    }

    /** Adds the residuals of the colour-0 voxels of line (y, z) to rc, the line's aggregates from cbase. */
    private void restrictLine(double[] r, float[] v, int y, int z, double[] rc, int cbase) {
        boolean ym = y > 0;
        boolean yp = y < ny - 1;
        boolean zm = z > 0;
        boolean zp = z < nz - 1;
        int base = (y + ny * z) * nx;
        int lineBound = axis == 0 ? -1 : bound(axis == 1 ? y : z);
        int first = (y + z) & 1;
        if (single && ym && yp && zm && zp && nx > 2) {
            // no branch per voxel: an inactive voxel has r = 0 and A·v masked by its class 0
            int xi = first;
            if (xi == 0) {
                rc[cbase] += r[base] - applyFirst(v, base) * cls[base];
                xi = 2;
            }
            int last = nx - 1;
            for (; xi < last; xi += 2) {
                int i = base + xi;
                rc[cbase + (xi >> 1)] += r[i] - applyOne(v, i) * cls[i];
            }
            if (xi == last) {
                rc[cbase + (last >> 1)] += r[base + last] - applyLast(v, base + last) * cls[base + last];
            }
            return;
        }
        boolean inner = ym && yp && zm && zp && lineBound <= 0;
        for (int xi = first; xi < nx; xi += 2) {
            int i = base + xi;
            int c = cls[i] & 0xFF;
            if (c != 0) {
                rc[cbase + (xi >> 1)] += r[i] - (inner && xi > 0 && xi < nx - 1 ? applyIn(v, i, c * k1)
                        : apply(v, i, c * k1, xi, ym, yp, zm, zp, lineBound < 0 ? bound(xi) : lineBound));
            }
        }
    }

    /**
     * The second half of a cycle on this level in one pass over the grid: z_i += ω·e_I on the active
     * colour-0 voxels (I the aggregate of i on the next level; the colour-1 voxels are overwritten unread
     * by the first half sweep that follows, so their correction would be lost work), then {@code count}
     * symmetric sweeps that start with colour 1. The prolongation is stage 0 of the plane-wise pass (see
     * {@link Workers#sweep}), the half sweeps stages 1 … 2·count, each one plane behind the one before;
     * the same bits as separate passes. rᵀz is taken in the same pass: once the last half sweep has
     * passed a plane, both colours of it are final, so its share Σ r_i z_i is taken then, from data still
     * in cache; the shares are added in plane order (the same bits whatever the chunks). So is zᵀ·(A·p)
     * when {@code flexible} and A·p is kept ({@link #zDotProducts}), for the flexible β of the outer
     * iteration (see {@link Multigrid}).
     *
     * @param flexible true to take zᵀ·(A·p) as well
     * @return rᵀz after the sweeps
     */
    double prolongAndSweep(CoarseGrid coarse, double omega, double[] r, float[] v, int count, boolean flexible) {
        int last = 2 * count;
        final double[] q = flexible ? products : null;
        workers.sweep(nz, 2 * count + 1, (z, stage) -> {
            if (stage == 0) {
                for (int l = z * ny, end = l + ny; l < end; l++) {
                    prolongLine(coarse, omega, v, l);
                }
                return;
            }
            // stage 1 has colour 1, stage 2 colour 0, …
            for (int l = z * ny, end = l + ny; l < end; l++) {
                smoothLine(r, v, l, stage & 1, false);
            }
            if (stage == last) {
                double s = 0;
                for (int i = z * nxy, end = i + nxy; i < end; i++) {
                    s += r[i] * v[i];
                }
                planeDot[z] = s;
                if (q != null) {
                    double t = 0;
                    for (int i = z * nxy, end = i + nxy; i < end; i++) {
                        t += q[i] * v[i];
                    }
                    planeDotQ[z] = t;
                }
            }
        });
        zDotProducts = q != null ? sum(planeDotQ) : 0;
        return sum(planeDot);
    }

    /**
     * @return zᵀ·(A·p) with the z of the last {@link #prolongAndSweep} asked to be flexible and the A·p
     *     {@link #directionDotAp} kept before it (0 if none was asked or none is kept)
     */
    double zDotProducts() {
        return zDotProducts;
    }

    /** z_i += ω·e_I on the active colour-0 voxels of grid line l. */
    private void prolongLine(CoarseGrid coarse, double omega, float[] v, int l) {
        final double[] e = coarse.e;
        int y = l % ny;
        int z = l / ny;
        int base = l * nx;
        int cbase = ((y >> 1) + coarse.ny * (z >> 1)) * coarse.nx;
        int first = (y + z) & 1;
        if (single) {
            // no branch per voxel: an inactive voxel has v = 0 and its class 0 masks the correction
            for (int xi = first; xi < nx; xi += 2) {
                int i = base + xi;
                v[i] = (float) (v[i] + omega * e[cbase + (xi >> 1)] * cls[i]);
            }
            return;
        }
        for (int xi = first; xi < nx; xi += 2) {
            int i = base + xi;
            if (cls[i] != 0) {
                v[i] = (float) (v[i] + omega * e[cbase + (xi >> 1)]);
            }
        }
    }

    @Override
    boolean active(int i) {
        return cls[i] != 0;
    }

    /**
     * One phase, an aggregate whose eight voxels have their +x, +y, +z neighbours in the box and lie on no
     * driven face: each face to the next aggregate adds g1 when both its voxels are active (the table's
     * entry) and 0 otherwise, in the general loop's order (z, then y, then x), so the same bits.
     */
    @Override
    boolean aggregateFast(CoarseGrid c, int cx, int cy, int cz, int ci) {
        int x0 = 2 * cx;
        int y0 = 2 * cy;
        int z0 = 2 * cz;
        if (!single || x0 + 2 >= nx || y0 + 2 >= ny || z0 + 2 >= nz) {
            return false;
        }
        int a0 = along(x0, y0, z0);
        if (a0 == 0 || a0 + 1 >= length() - 1) {
            return false;
        }
        double sx = 0;
        double sy = 0;
        double sz = 0;
        int i0 = x0 + nx * (y0 + ny * z0);
        for (int dz = 0; dz < 2; dz++) {
            for (int dy = 0; dy < 2; dy++) {
                int i = i0 + dz * nxy + dy * nx + 1;
                sx += g1 * (cls[i] & cls[i + 1]);
            }
        }
        for (int dz = 0; dz < 2; dz++) {
            for (int dx = 0; dx < 2; dx++) {
                int i = i0 + dz * nxy + nx + dx;
                sy += g1 * (cls[i] & cls[i + nx]);
            }
        }
        for (int dy = 0; dy < 2; dy++) {
            for (int dx = 0; dx < 2; dx++) {
                int i = i0 + nxy + dy * nx + dx;
                sz += g1 * (cls[i] & cls[i + nxy]);
            }
        }
        c.gx[ci] = (float) sx;
        c.gy[ci] = (float) sy;
        c.gz[ci] = (float) sz;
        c.d[ci] = 0f;
        return true;
    }

    @Override
    double toNext(int i, int x, int y, int z, int axis) {
        int step = axis == 0 ? (x < nx - 1 ? 1 : 0) : axis == 1 ? (y < ny - 1 ? nx : 0) : (z < nz - 1 ? nxy : 0);
        return step == 0 ? 0 : t[(cls[i] & 0xFF) * k1 + (cls[i + step] & 0xFF)];
    }

    @Override
    double electrode(int i, int x, int y, int z) {
        return bound(along(x, y, z)) * gb[cls[i] & 0xFF];
    }

    /**
     * @return {current in through the low face, current out through the high face, dissipation
     *     Σ g (Δφ)² over every face including the electrode faces}, all in the scaled units of the
     *     table (times σ_max·h for amperes at 1 V)
     */
    double[] measure(double[] x) {
        final int n = length();
        workers.run(blocks, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                double in = 0;
                double out = 0;
                double w = 0;
                for (int l = b * LINES, end = Math.min(lines, (b + 1) * LINES); l < end; l++) {
                    int y = l % ny;
                    int z = l / ny;
                    int base = l * nx;
                    boolean interior = single && y > 0 && y < ny - 1 && z > 0 && z < nz - 1 && nx > 2;
                    for (int xi = 0; xi < nx; xi++) {
                        int i = base + xi;
                        if (interior && xi == 1) {
                            // one phase, a line off the driven faces of y and z, its inner voxels (off those of
                            // x): the faces to the +x, +y, +z neighbours without a branch per voxel, a face
                            // masked by its two classes (g1·1·1 = g1, the same bits as the table; a masked one
                            // adds 0)
                            for (int stop = base + nx - 1; i < stop; i++) {
                                double d1 = x[i] - x[i + 1];
                                double d2 = x[i] - x[i + nx];
                                double d3 = x[i] - x[i + nxy];
                                int ci = cls[i];
                                w += g1 * (ci * cls[i + 1]) * d1 * d1;
                                w += g1 * (ci * cls[i + nx]) * d2 * d2;
                                w += g1 * (ci * cls[i + nxy]) * d3 * d3;
                            }
                            xi = nx - 2;
                            continue;
                        }
                        int c = cls[i] & 0xFF;
                        if (c == 0) {
                            continue;
                        }
                        int row = c * k1;
                        double g;
                        double d;
                        if (xi < nx - 1) {
                            g = t[row + (cls[i + 1] & 0xFF)];
                            d = x[i] - x[i + 1];
                            w += g * d * d;
                        }
                        if (y < ny - 1) {
                            g = t[row + (cls[i + nx] & 0xFF)];
                            d = x[i] - x[i + nx];
                            w += g * d * d;
                        }
                        if (z < nz - 1) {
                            g = t[row + (cls[i + nxy] & 0xFF)];
                            d = x[i] - x[i + nxy];
                            w += g * d * d;
                        }
                        int a = along(xi, y, z);
                        if (a == 0) {
                            double f = gb[c] * (1 - x[i]);
                            in += f;
                            w += f * (1 - x[i]);
                        }
                        if (a == n - 1) {
                            double f = gb[c] * x[i];
                            out += f;
                            w += f * x[i];
                        }
                    }
                }
                partA[b] = in;
                partB[b] = out;
                partC[b] = w;
            }
        });
        return new double[] {sum(partA), sum(partB), sum(partC)};
    }
}
