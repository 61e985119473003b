package org.interphase.microstructure;

/**
 * The smoothed area of one voxel face between two phases a and b: the face's area h² times
 * |n|₂/|n|₁, with n the interface normal estimated at the face centre.
 *
 * <p>Why: a smooth surface element dA with unit normal n is represented on the grid by faces normal to
 * each axis k whose total area is |n_k|·dA (its projection), so the faces count |n|₁·dA = (|n_x| + |n_y| +
 * |n_z|)·dA. Weighting each face by 1/|n|₁ returns dA exactly for any orientation: 1 on an axis-aligned
 * plane, 1/√2 on a 45° plane, and on average 2/3 on a sphere (the mean of |n|₁ over all directions is 3/2,
 * the ≈ 1.5× over-count of face counting). This is the surface-normal-weighted (projection) estimator;
 * compare the local-configuration weights of Lindblad, Image Vis. Comput. 23, 111 (2005) and the discrete
 * Crofton estimators of Ohser &amp; Mücklich, Statistical Analysis of Microstructures (Wiley, 2000), which
 * give the same total for isotropic structures.
 *
 * <p>The normal is the gradient of d = χ_a − χ_b (+1 on a voxel of a, −1 on b, 0 on any other phase),
 * fitted by Gaussian-weighted least squares (σ = 0.7 voxel) over the 4 × 3 × 3 voxels around the face
 * (offsets −1.5 … +1.5 voxels along the face normal, −1 … +1 across it): g_k = Σ w·d·r_k / Σ w·r_k², which
 * is exact for a linear field. Voxels beyond the box are replaced by the nearest voxel inside it (so a
 * plane normal to a box face keeps its normal). Measured (prototype and tests) on voxelized spheres of
 * radius 3–20 voxels the total is within 1.1 % of 4πr² (face count: 1.50–1.52 × 4πr²); on planes tilted
 * 10–45° within 3.2 % (over-estimates, the fitted normal leaning toward the axes); −1.7 % on a sphere
 * whose surface is half against one phase and half against another (a third phase in the window tilts
 * the normals near the triple line). A 4 × 5 × 5 window with σ = 1 was more accurate on two-phase
 * spheres and planes (0.7 %, 1.7 %) but worse near triple lines (−3.8 %) and 2.8 times slower.
 */
final class FaceWeights {

    /** Width of the Gaussian weight, in voxels. */
    static final double SIGMA = 0.7;
    /** Half-width of the window across the face, in voxels. */
    private static final int R = 1;
    private static final int T = 2 * R + 1;

    private final byte[] labels;
    private final int[] n;
    private final int[] stride;
    /** Gaussian weights along the normal (offsets −1 … 2 from the lower voxel, positions −1.5 … 1.5). */
    private final double[] gn = new double[4];
    /** The same times the position. */
    private final double[] gnp = new double[4];
    /** Gaussian weights across the face (offsets −R … R). */
    private final double[] gt = new double[T];
    /** The same times the offset. */
    private final double[] gtp = new double[T];
    /** Least-squares normalisers Σ w·r_k² of the normal and of a tangential component. */
    private final double sn;
    private final double st;

    FaceWeights(Microstructure m) {
        this.labels = m.labelArray();
        this.n = new int[] {m.nx(), m.ny(), m.nz()};
        this.stride = new int[] {1, m.nx(), m.nx() * m.ny()};
        // the Gaussian weight of a window voxel factorizes, w = g(r_n)·g(r_v)·g(r_w), so each component of
        // the least-squares gradient is a product of one-dimensional sums
        double sumN = 0;
        double sumN2 = 0;
        for (int k = 0; k < 4; k++) {
            double r = k - 1.5; // the face centre is half a voxel above the lower voxel
            gn[k] = g(r);
            gnp[k] = gn[k] * r;
            sumN += gn[k];
            sumN2 += gn[k] * r * r;
        }
        double sumT = 0;
        double sumT2 = 0;
        for (int k = 0; k < T; k++) {
            double r = k - R;
            gt[k] = g(r);
            gtp[k] = gt[k] * r;
            sumT += gt[k];
            sumT2 += gt[k] * r * r;
        }
        this.sn = sumN2 * sumT * sumT;
        this.st = sumN * sumT2 * sumT;
    }

    private static double g(double r) {
        return Math.exp(-r * r / (2 * SIGMA * SIGMA));
    }

    /**
     * @param x lower voxel of the face, x index
     * @param y lower voxel, y index
     * @param z lower voxel, z index
     * @param axis normal of the face (0 = x, 1 = y, 2 = z); the upper voxel is the neighbour along it
     * @param la label of one side
     * @param lb label of the other side (≠ la)
     * @return |n|₂/|n|₁ of the estimated normal, in [1/√3, 1]; 1 if the gradient vanishes
     */
    double weight(int x, int y, int z, int axis, int la, int lb) {
        int u = axis;
        // the innermost loop runs along w, the tangential axis of smallest stride (the result does not depend
        // on which tangential axis is called v or w)
        int w = u == 0 ? 1 : 0;
        int v = 3 - u - w;
        int cu = u == 0 ? x : u == 1 ? y : z;
        int cv = v == 0 ? x : v == 1 ? y : z;
        int cw = w == 0 ? x : w == 1 ? y : z;
        boolean interior = cu >= 1 && cu + 2 < n[u] && cv >= R && cv + R < n[v] && cw >= R && cw + R < n[w];
        double gu = 0;
        double gv = 0;
        double gw = 0;
        int su = stride[u];
        int sv = stride[v];
        int sw = stride[w];
        int base = x + stride[1] * y + stride[2] * z;
        if (interior) {
            return interiorWeight(base, stride[u], stride[v], stride[w], la, lb);
        }
        for (int a = 0; a < 4; a++) {
            double l0 = 0;
            double lv = 0;
            double lw = 0;
            for (int b = 0; b < T; b++) {
                double s = 0;
                double t = 0;
                int row;
                if (interior) {
                    row = base + (a - 1) * su + (b - R) * sv - R * sw;
                    for (int k = 0; k < T; k++) {
                        int l = labels[row + k * sw] & 0xFF;
                        int val = (l == la ? 1 : 0) - (l == lb ? 1 : 0);
                        s += gt[k] * val;
                        t += gtp[k] * val;
                    }
                } else {
                    row = clamp(cu + a - 1, n[u]) * su + clamp(cv + b - R, n[v]) * sv;
                    for (int k = 0; k < T; k++) {
                        int l = labels[row + clamp(cw + k - R, n[w]) * sw] & 0xFF;
                        int val = (l == la ? 1 : 0) - (l == lb ? 1 : 0);
                        s += gt[k] * val;
                        t += gtp[k] * val;
                    }
                }
                l0 += gt[b] * s;
                lv += gtp[b] * s;
                lw += gt[b] * t;
            }
            gu += gnp[a] * l0;
            gv += gn[a] * lv;
            gw += gn[a] * lw;
        }
        return ratio(gu / sn, gv / st, gw / st);
    }

    /** {@link #weight} for a face whose whole window lies inside the box. */
    private double interiorWeight(int base, int su, int sv, int sw, int la, int lb) {
        byte[] lab = labels;
        double gu = 0;
        double gv = 0;
        double gw = 0;
        for (int a = 0; a < 4; a++) {
            double l0 = 0;
            double lv = 0;
            double lw = 0;
            int layer = base + (a - 1) * su - R * sv - R * sw;
            for (int b = 0; b < T; b++) {
                double s = 0;
                double t = 0;
                int row = layer + b * sv;
                for (int k = 0; k < T; k++) {
                    int l = lab[row + k * sw] & 0xFF;
                    int val = (l == la ? 1 : 0) - (l == lb ? 1 : 0);
                    s += gt[k] * val;
                    t += gtp[k] * val;
                }
                l0 += gt[b] * s;
                lv += gtp[b] * s;
                lw += gt[b] * t;
            }
            gu += gnp[a] * l0;
            gv += gn[a] * lv;
            gw += gn[a] * lw;
        }
        return ratio(gu / sn, gv / st, gw / st);
    }

    /** @return |n|₂/|n|₁ of the fitted normal (1 for a flat window, where no normal is fitted) */
    private static double ratio(double gu, double gv, double gw) {
        double l1 = Math.abs(gu) + Math.abs(gv) + Math.abs(gw);
        if (l1 < 1e-12) {
            return 1.0;
        }
        return Math.sqrt(gu * gu + gv * gv + gw * gw) / l1;
    }

    private static int clamp(int i, int n) {
        return i < 0 ? 0 : i >= n ? n - 1 : i;
    }
}
