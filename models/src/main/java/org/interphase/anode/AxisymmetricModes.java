package org.interphase.anode;

import org.interphase.core.ConvergenceException;
import org.interphase.core.Tridiagonal;

/**
 * All eigenpairs of a symmetric tridiagonal matrix T (diagonal d, off-diagonal e) in O(n²): the
 * eigenvalues by the implicit QL algorithm without accumulated transformations (tql1: Bowdler, Martin,
 * Reinsch &amp; Wilkinson, Numer. Math. 11, 293 (1968); Wilkinson &amp; Reinsch, Handbook for Automatic
 * Computation II (1971)), the eigenvectors by inverse iteration on a partially pivoted LU factorization
 * of T − λI with Gram–Schmidt against the earlier vectors of the same cluster (the method of LAPACK's
 * dstein: Jessup &amp; Ipsen, SIAM J. Sci. Stat. Comput. 13, 550 (1992)).
 *
 * <p>Why not the QL algorithm with accumulated vectors (Commons Math's tridiagonal EigenDecomposition):
 * its rotations cost O(n³) and were the bulk of a 10⁵-unknown current-focusing solve (n = 316:
 * 0.3–0.6 s); here each vector costs O(n) unless its eigenvalue lies in a cluster. The computed vectors
 * are orthonormal to within ε‖T‖/gap; the caller checks the residual of the full system and refines,
 * so a small loss of orthogonality costs at most a refinement step, never accuracy.
 *
 * <p>A cluster: consecutive eigenvalues closer than {@link #CLUSTER}·max(|λ|, ε‖T‖) — relative, not
 * dstein's absolute 1e-3‖T‖: the matrices here come from strongly graded grids (‖T‖ ~ 1e9 against
 * λ ~ 1 for the smooth modes), for which the absolute rule would put almost every vector in one
 * cluster and bring back the O(n³).
 */
final class AxisymmetricModes {

    /** Relative gap below which two eigenvalues are treated as a cluster and their vectors re-orthogonalised. */
    static final double CLUSTER = 1e-3;
    private static final double EPS = Math.ulp(1.0);
    private static final int QL_ITERATIONS = 60;
    private static final int INVERSE_ITERATIONS = 3;

    /** Eigenvalues, ascending. */
    final double[] lambda;
    /** vectors[k]: the unit eigenvector of lambda[k]. */
    final double[][] vectors;

    AxisymmetricModes(double[] d, double[] e) {
        int n = d.length;
        lambda = eigenvalues(d, e);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, Math.abs(d[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < n - 1 ? Math.abs(e[i]) : 0));
        }
        vectors = new double[n][];
        double[] dl = new double[n];
        double[] dd = new double[n];
        double[] du = new double[n];
        double[] du2 = new double[n];
        boolean[] swap = new boolean[n];
        int clusterStart = 0;
        // a fixed pseudo-random start vector (deterministic): not orthogonal to any eigenvector in practice
        double[] start = new double[n];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < n; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            start[i] = ((seed >>> 11) * 0x1.0p-53) - 0.5;
        }
        for (int k = 0; k < n; k++) {
            if (k > 0 && !(lambda[k] - lambda[k - 1] < CLUSTER * Math.max(Math.abs(lambda[k]), EPS * norm))) {
                clusterStart = k;
            }
            // shift slightly off a computed eigenvalue that is exact to working precision: keeps the LU regular
            double shift = lambda[k];
            factor(d, e, shift, norm, dl, dd, du, du2, swap);
            double[] x = start.clone();
            for (int it = 0; it < INVERSE_ITERATIONS; it++) {
                orthogonalise(x, clusterStart, k);
                normalise(x);
                solve(dl, dd, du, du2, swap, x);
            }
            orthogonalise(x, clusterStart, k);
            normalise(x);
            vectors[k] = x;
        }
    }

    private void orthogonalise(double[] x, int from, int to) {
        for (int j = from; j < to; j++) {
            double[] v = vectors[j];
            double dot = 0;
            for (int i = 0; i < x.length; i++) {
                dot += v[i] * x[i];
            }
            for (int i = 0; i < x.length; i++) {
                x[i] -= dot * v[i];
            }
        }
    }

    private static void normalise(double[] x) {
        double big = 0;
        for (double xi : x) {
            big = Math.max(big, Math.abs(xi));
        }
        // scale first: an inverse-iteration step can grow the vector by 1/(ε‖T‖)
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = flush(x[i] / big);
            s += x[i] * x[i];
        }
        double inv = 1.0 / Math.sqrt(s);
        for (int i = 0; i < x.length; i++) {
            x[i] *= inv;
        }
    }

    /**
     * LU factorization with partial pivoting of T − σI (LAPACK dgttrf): L unit lower bidiagonal with
     * multipliers dl, U upper triangular with diagonal dd and two superdiagonals du, du2. A pivot that
     * vanishes (σ an eigenvalue to working precision) is replaced by ε‖T‖, as in dlagtf.
     */
    private static void factor(double[] d, double[] e, double sigma, double norm, double[] dl, double[] dd, double[] du,
            double[] du2, boolean[] swap) {
        int n = d.length;
        for (int i = 0; i < n; i++) {
            dd[i] = d[i] - sigma;
        }
        for (int i = 0; i < n - 1; i++) {
            dl[i] = e[i];
            du[i] = e[i];
            du2[i] = 0;
        }
        double tiny = EPS * norm;
        for (int i = 0; i < n - 1; i++) {
            if (Math.abs(dd[i]) >= Math.abs(dl[i])) {
                swap[i] = false;
                if (dd[i] == 0) {
                    dd[i] = tiny;
                }
                double f = dl[i] / dd[i];
                dl[i] = f;
                dd[i + 1] -= f * du[i];
            } else {
                swap[i] = true;
                double f = dd[i] / dl[i];
                dd[i] = dl[i];
                dl[i] = f;
                double t = du[i];
                du[i] = dd[i + 1];
                dd[i + 1] = t - f * dd[i + 1];
                if (i < n - 2) {
                    du2[i] = du[i + 1];
                    du[i + 1] = -f * du[i + 1];
                }
            }
        }
        if (dd[n - 1] == 0) {
            dd[n - 1] = tiny;
        }
    }

    /** Solves (T − σI) x = b in place from the factorization (LAPACK dgttrs). */
    private static void solve(double[] dl, double[] dd, double[] du, double[] du2, boolean[] swap, double[] x) {
        int n = x.length;
        // values below FLUSH are set to 0: a mode localised at the rim decays geometrically away from it and
        // would otherwise reach subnormal numbers, some hundred times slower (as in core Tridiagonal)
        for (int i = 0; i < n - 1; i++) {
            if (swap[i]) {
                double t = x[i];
                x[i] = x[i + 1];
                x[i + 1] = flush(t - dl[i] * x[i + 1]);
            } else {
                x[i + 1] = flush(x[i + 1] - dl[i] * x[i]);
            }
        }
        x[n - 1] /= dd[n - 1];
        if (n > 1) {
            x[n - 2] = flush((x[n - 2] - du[n - 2] * x[n - 1]) / dd[n - 2]);
        }
        for (int i = n - 3; i >= 0; i--) {
            x[i] = flush((x[i] - du[i] * x[i + 1] - du2[i] * x[i + 2]) / dd[i]);
        }
    }

    private static double flush(double x) {
        return Math.abs(x) < Tridiagonal.FLUSH ? 0.0 : x;
    }

    /** Eigenvalues of T by the implicit QL algorithm with Wilkinson shifts (tql1), ascending. */
    static double[] eigenvalues(double[] diag, double[] off) {
        int n = diag.length;
        double[] d = diag.clone();
        double[] e = new double[n];
        System.arraycopy(off, 0, e, 0, n - 1);
        for (int l = 0; l < n; l++) {
            int iter = 0;
            int m;
            do {
                for (m = l; m < n - 1; m++) {
                    double dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                    if (Math.abs(e[m]) <= EPS * dd) {
                        break;
                    }
                }
                if (m != l) {
                    if (iter++ == QL_ITERATIONS) {
                        throw new ConvergenceException("tridiagonal QL eigenvalues", iter, Math.abs(e[l]),
                                "the radial operator's eigenvalues did not separate; lower the resolution");
                    }
                    double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                    double r = Math.sqrt(g * g + 1.0);
                    g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
                    double s = 1.0;
                    double c = 1.0;
                    double p = 0.0;
                    int i;
                    boolean underflow = false;
                    for (i = m - 1; i >= l; i--) {
                        double f = flush(s * e[i]);
                        double b = c * e[i];
                        r = Math.sqrt(f * f + g * g);
                        e[i + 1] = r;
                        if (r == 0.0) {
                            d[i + 1] -= p;
                            e[m] = 0.0;
                            underflow = true;
                            break;
                        }
                        s = f / r;
                        c = g / r;
                        g = d[i + 1] - p;
                        r = (d[i] - g) * s + 2.0 * c * b;
                        p = s * r;
                        d[i + 1] = g + p;
                        g = c * r - b;
                    }
                    if (underflow) {
                        continue;
                    }
                    d[l] -= p;
                    e[l] = g;
                    e[m] = 0.0;
                }
            } while (m != l);
        }
        java.util.Arrays.sort(d);
        return d;
    }
}
