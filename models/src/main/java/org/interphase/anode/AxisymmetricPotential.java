package org.interphase.anode;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.interphase.core.Tridiagonal;

/**
 * The finite-volume solution of ∇·(σ(z)∇φ) = 0 on an axisymmetric (r, z) tensor grid, with a mixed
 * condition on the face z = 0 (Robin conductance on the contact cells, no flux elsewhere), no flux at
 * r = 0 and r = b, φ = 0 at the top face — by the capacitance-matrix method (Buzbee, Dorr, George &amp;
 * Golub, SIAM J. Numer. Anal. 8, 722 (1971); Proskurowski &amp; Widlund, Math. Comp. 30, 433 (1976)).
 *
 * <p>Why not an iterative solver: the matrix is A = A₀ + P G Pᵀ, where A₀ = A_r ⊗ S_z + W ⊗ A_z
 * is separable (conductivity layered in z, the z = 0 face insulating everywhere) and P G Pᵀ is
 * diagonal on the m contact cells of the first row. A₀ is inverted exactly by the generalised
 * eigenvectors of the radial operator (A_r v = λ W v, Vᵀ W V = I; one symmetric tridiagonal
 * eigenproblem) and one tridiagonal solve in z per mode; the contact then couples only through the
 * m × m discrete Green's function K = Pᵀ A₀⁻¹ P, the finite-volume twin of the boundary-element
 * kernel of {@code contact.Constriction}. The currents injected into the contact cells solve the SPD
 * system (G⁻¹ + K) q = V·1 (Cholesky). No iteration, no preconditioner and no dependence on the
 * strong mesh grading at the rim, which would slow down CG or multigrid badly. Cost: O(n_r³) for the
 * eigenproblem, O(n_r² n_z) for the field, O(m³/3) for the capacitance system.
 *
 * <p>Everything here is dimensionless (lengths in units of the rim radius, conductivity in units of
 * the electrolyte's, contact potential V = 1); per radian of the axisymmetric cell.
 */
final class AxisymmetricPotential {

    final int nr;
    final int nz;
    /** Radial cell faces (nr + 1), centres and weights w_i = (r_{i+1/2}² − r_{i−1/2}²)/2. */
    final double[] rf;
    final double[] rc;
    final double[] w;
    /** Radial transmissibility between cells i and i+1 per unit σh: 1/ln(r_{i+1}/r_i). */
    final double[] cr;
    /** Axial cell faces (nz + 1), widths, conductivities. */
    final double[] zf;
    final double[] h;
    final double[] sig;
    /** Axial transmissibility per unit weight between j and j+1 (nz − 1), and to the top electrode. */
    final double[] tz;
    final double tTop;
    /** Contact cells (radial indices) and their conductance to the contact potential, per radian. */
    final int[] contact;
    final double[] g;

    /** v[i][k]: generalised eigenvectors; lambda[k]; gk[k][j]: mode k's response to a unit source in row 0. */
    private final double[][] v;
    private final double[] lambda;
    private final double[][] gk;

    /** Currents injected into the contact cells at V = 1, per radian; and the field. */
    final double[] q;
    final double[][] phi;
    final double residual;
    final int refinements;

    AxisymmetricPotential(double[] rf, double[] zf, double[] sig, double[] faceResistance, int[] contact,
            double contactResistance, double tolerance, int maxRefinements) {
        this.rf = rf;
        this.zf = zf;
        this.sig = sig;
        this.contact = contact;
        nr = rf.length - 1;
        nz = zf.length - 1;
        rc = new double[nr];
        w = new double[nr];
        for (int i = 0; i < nr; i++) {
            rc[i] = 0.5 * (rf[i] + rf[i + 1]);
            w[i] = 0.5 * (rf[i + 1] - rf[i]) * (rf[i + 1] + rf[i]);
        }
        cr = new double[nr - 1];
        for (int i = 0; i < nr - 1; i++) {
            // exact for the radial 1/r flux of a line source: the scheme stays second order near the axis
            cr[i] = 1.0 / Math.log(rc[i + 1] / rc[i]);
        }
        h = new double[nz];
        for (int j = 0; j < nz; j++) {
            h[j] = zf[j + 1] - zf[j];
        }
        tz = new double[nz - 1];
        for (int j = 0; j < nz - 1; j++) {
            tz[j] = 1.0 / (0.5 * h[j] / sig[j] + 0.5 * h[j + 1] / sig[j + 1] + faceResistance[j]);
        }
        tTop = 2 * sig[nz - 1] / h[nz - 1];
        g = new double[contact.length];
        for (int c = 0; c < contact.length; c++) {
            g[c] = w[contact[c]] / (contactResistance + 0.5 * h[0] / sig[0]);
        }

        // generalised eigenproblem of the radial operator, symmetrised by W^{-1/2}
        double[] main = new double[nr];
        double[] off = new double[nr - 1];
        for (int i = 0; i < nr; i++) {
            double d = (i > 0 ? cr[i - 1] : 0) + (i < nr - 1 ? cr[i] : 0);
            main[i] = d / w[i];
            if (i < nr - 1) {
                off[i] = -cr[i] / Math.sqrt(w[i] * w[i + 1]);
            }
        }
        EigenDecomposition eig = new EigenDecomposition(main, off);
        lambda = new double[nr];
        v = new double[nr][nr];
        for (int k = 0; k < nr; k++) {
            lambda[k] = Math.max(0.0, eig.getRealEigenvalue(k));
            double[] e = eig.getEigenvector(k).toArray();
            for (int i = 0; i < nr; i++) {
                v[i][k] = e[i] / Math.sqrt(w[i]);
            }
        }
        // each mode's z-response to a unit source in row 0: T_k G_k = e_0, T_k = λ_k S_z + A_z
        gk = new double[nr][];
        double[] lo = new double[nz];
        double[] di = new double[nz];
        double[] up = new double[nz];
        double[] scratch = new double[nz];
        for (int k = 0; k < nr; k++) {
            double[] col = new double[nz];
            col[0] = 1.0;
            bands(lambda[k], lo, di, up);
            Tridiagonal.solveInPlace(lo, di, up, col, scratch);
            gk[k] = col;
        }

        // capacitance system (G⁻¹ + K) q = 1 on the contact cells, K = Pᵀ A₀⁻¹ P
        int m = contact.length;
        double[][] s = new double[m][m];
        for (int a = 0; a < m; a++) {
            double[] va = v[contact[a]];
            for (int b = 0; b <= a; b++) {
                double[] vb = v[contact[b]];
                double sum = 0;
                for (int k = 0; k < nr; k++) {
                    sum += va[k] * vb[k] * gk[k][0];
                }
                s[a][b] = sum;
                s[b][a] = sum;
            }
            s[a][a] += 1.0 / g[a];
        }
        cholesky(s);
        double[] rhs = new double[m];
        java.util.Arrays.fill(rhs, 1.0);
        double[] qq = choleskySolve(s, rhs);
        double[][] field = fieldOfSources(qq);

        // the residual of the full finite-volume system, applied directly (independent of the modes)
        double[][] r = residual(field);
        double res = norm(r) / bNorm();
        int it = 0;
        while (res > tolerance && it < maxRefinements) {
            // iterative refinement: δ = A⁻¹ r by Woodbury, A⁻¹ = A₀⁻¹ − A₀⁻¹P S⁻¹ PᵀA₀⁻¹
            double[][] x0 = applyA0Inverse(r);
            double[] u = new double[m];
            for (int c = 0; c < m; c++) {
                u[c] = x0[contact[c]][0];
            }
            double[] wv = choleskySolve(s, u);
            double[][] corr = fieldOfSources(wv);
            for (int i = 0; i < nr; i++) {
                for (int j = 0; j < nz; j++) {
                    field[i][j] += x0[i][j] - corr[i][j];
                }
            }
            r = residual(field);
            res = norm(r) / bNorm();
            it++;
        }
        // the contact currents from the (refined) field: q_i = g_i (1 − φ_i0)
        for (int c = 0; c < m; c++) {
            qq[c] = g[c] * (1.0 - field[contact[c]][0]);
        }
        this.q = qq;
        this.phi = field;
        this.residual = res;
        this.refinements = it;
    }

    private void bands(double lam, double[] lo, double[] di, double[] up) {
        for (int j = 0; j < nz; j++) {
            double d = lam * sig[j] * h[j];
            if (j > 0) {
                d += tz[j - 1];
                lo[j] = -tz[j - 1];
            } else {
                lo[j] = 0;
            }
            if (j < nz - 1) {
                d += tz[j];
                up[j] = -tz[j];
            } else {
                d += tTop;
                up[j] = 0;
            }
            di[j] = d;
        }
    }

    /** A₀⁻¹ P src: the field of sources {@code src} placed in the contact cells of row 0. */
    private double[][] fieldOfSources(double[] src) {
        double[][] field = new double[nr][nz];
        double[] coef = new double[nz];
        for (int k = 0; k < nr; k++) {
            double beta = 0;
            for (int c = 0; c < contact.length; c++) {
                beta += v[contact[c]][k] * src[c];
            }
            double[] col = gk[k];
            for (int j = 0; j < nz; j++) {
                coef[j] = beta * col[j];
            }
            for (int i = 0; i < nr; i++) {
                double vik = v[i][k];
                double[] row = field[i];
                for (int j = 0; j < nz; j++) {
                    row[j] += vik * coef[j];
                }
            }
        }
        return field;
    }

    /** A₀⁻¹ b for a general right-hand side: modal transform, one tridiagonal solve per mode, back. */
    private double[][] applyA0Inverse(double[][] b) {
        double[][] out = new double[nr][nz];
        double[] lo = new double[nz];
        double[] di = new double[nz];
        double[] up = new double[nz];
        double[] scratch = new double[nz];
        double[] y = new double[nz];
        for (int k = 0; k < nr; k++) {
            java.util.Arrays.fill(y, 0);
            for (int i = 0; i < nr; i++) {
                double vik = v[i][k];
                for (int j = 0; j < nz; j++) {
                    y[j] += vik * b[i][j];
                }
            }
            bands(lambda[k], lo, di, up);
            Tridiagonal.solveInPlace(lo, di, up, y, scratch);
            for (int i = 0; i < nr; i++) {
                double vik = v[i][k];
                for (int j = 0; j < nz; j++) {
                    out[i][j] += vik * y[j];
                }
            }
        }
        return out;
    }

    /** b − Aφ of the full system (b = g_i on the contact cells of row 0). */
    private double[][] residual(double[][] f) {
        double[][] r = new double[nr][nz];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nz; j++) {
                double flux = 0; // net outflow from cell (i, j)
                double p = f[i][j];
                double sh = sig[j] * h[j];
                if (i > 0) {
                    flux += cr[i - 1] * sh * (p - f[i - 1][j]);
                }
                if (i < nr - 1) {
                    flux += cr[i] * sh * (p - f[i + 1][j]);
                }
                if (j > 0) {
                    flux += tz[j - 1] * w[i] * (p - f[i][j - 1]);
                }
                if (j < nz - 1) {
                    flux += tz[j] * w[i] * (p - f[i][j + 1]);
                } else {
                    flux += tTop * w[i] * p;
                }
                r[i][j] = -flux;
            }
        }
        for (int c = 0; c < contact.length; c++) {
            int i = contact[c];
            r[i][0] += g[c] * (1.0 - f[i][0]);
        }
        return r;
    }

    private double bNorm() {
        double s = 0;
        for (double x : g) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double norm(double[][] r) {
        double s = 0;
        for (double[] row : r) {
            for (double x : row) {
                s += x * x;
            }
        }
        return Math.sqrt(s);
    }

    /** Current per radian through the face between rows j and j+1 of radial cell i (j = nz − 1: into the top). */
    double axialCurrent(int i, int j) {
        if (j == nz - 1) {
            return tTop * w[i] * phi[i][j];
        }
        return tz[j] * w[i] * (phi[i][j] - phi[i][j + 1]);
    }

    /** In-place Cholesky factorisation (lower triangle) of an SPD matrix. */
    private static void cholesky(double[][] a) {
        int n = a.length;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= a[j][k] * a[j][k];
            }
            // the capacitance matrix is SPD by construction (G⁻¹ > 0, K a Gram matrix of SPD A₀⁻¹)
            double l = Math.sqrt(d);
            a[j][j] = l;
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= a[i][k] * a[j][k];
                }
                a[i][j] = s / l;
            }
        }
    }

    private static double[] choleskySolve(double[][] l, double[] b) {
        int n = b.length;
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            double s = y[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * y[k];
            }
            y[i] = s / l[i][i];
        }
        return y;
    }
}
