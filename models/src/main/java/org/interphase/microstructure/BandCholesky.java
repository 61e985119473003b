package org.interphase.microstructure;

/**
 * Cholesky factor of the coarsest multigrid level's operator, stored by bands: in lexicographic order
 * a 7-point operator on nx × ny × nz has half-bandwidth nx·ny. Rows of aggregates without active voxels
 * become rows of the identity (their correction is 0). Factor O(n·w²), solve O(n·w).
 */
final class BandCholesky {

    private final int n;
    private final int w;
    /** l[i·(w+1) + (j − i + w)] = L_ij for j in [i − w, i]. */
    private final double[] l;
    private final boolean[] active;

    BandCholesky(CoarseGrid g) {
        n = g.size();
        w = g.nxy;
        l = new double[n * (w + 1)];
        active = new boolean[n];
        // the lower triangle of A: diagonal and −g to the −x, −y, −z neighbours
        for (int z = 0, i = 0; z < g.nz; z++) {
            for (int y = 0; y < g.ny; y++) {
                for (int x = 0; x < g.nx; x++, i++) {
                    active[i] = g.d[i] != 0;
                    if (!active[i]) {
                        l[at(i, i)] = 1;
                        continue;
                    }
                    l[at(i, i)] = g.d[i];
                    if (x > 0 && active[i - 1]) {
                        l[at(i, i - 1)] = -g.gx[i - 1];
                    }
                    if (y > 0 && active[i - g.nx]) {
                        l[at(i, i - g.nx)] = -g.gy[i - g.nx];
                    }
                    if (z > 0 && active[i - w]) {
                        l[at(i, i - w)] = -g.gz[i - w];
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - w); j <= i; j++) {
                double s = l[at(i, j)];
                for (int k = Math.max(0, i - w); k < j; k++) {
                    s -= l[at(i, k)] * l[at(j, k)];
                }
                if (i == j) {
                    // SPD: every active aggregate is joined to an electrode; guard against round-off only
                    l[at(i, i)] = Math.sqrt(Math.max(s, 1e-300));
                } else {
                    l[at(i, j)] = s / l[at(j, j)];
                }
            }
        }
    }

    private int at(int i, int j) {
        return i * (w + 1) + (j - i + w);
    }

    /** x = A⁻¹·b (b unchanged; zero on inactive rows). */
    void solve(double[] b, double[] x) {
        for (int i = 0; i < n; i++) {
            double s = active[i] ? b[i] : 0;
            for (int k = Math.max(0, i - w); k < i; k++) {
                s -= l[at(i, k)] * x[k];
            }
            x[i] = s / l[at(i, i)];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = x[i];
            for (int k = i + 1; k <= Math.min(n - 1, i + w); k++) {
                s -= l[at(k, i)] * x[k];
            }
            x[i] = s / l[at(i, i)];
        }
    }
}
