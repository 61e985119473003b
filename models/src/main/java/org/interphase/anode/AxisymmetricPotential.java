package org.interphase.anode;

import java.util.Arrays;
import org.interphase.core.Tridiagonal;

/**
 * The finite-volume solution of ∇·(σ(z)∇φ) = 0 on an axisymmetric (r, z) tensor grid with electrode
 * cells held at the Li potential V = 1 — Robin cells on the face z = 0 (a conductance from the face to
 * the cell, or from any cell centre: {@link #withConductances}), Dirichlet cells anywhere (the cell centre at V:
 * the surface of a Li filament inside the
 * electrolyte) — no flux elsewhere on z = 0, at r = 0 and at r = b, φ = 0 at the top face; by the
 * capacitance-matrix method (Buzbee, Dorr, George &amp; Golub, SIAM J. Numer. Anal. 8, 722 (1971);
 * Proskurowski &amp; Widlund, Math. Comp. 30, 433 (1976)).
 *
 * <p>Why not an iterative solver: the matrix is A = A₀ + P G Pᵀ, where A₀ = A_r ⊗ S_z + W ⊗ A_z
 * is separable (conductivity layered in z, the z = 0 face insulating everywhere) and P G Pᵀ is
 * diagonal on the m electrode cells. A₀ is inverted exactly by the generalised eigenvectors of the
 * radial operator (A_r v = λ W v, Vᵀ W V = I; one symmetric tridiagonal eigenproblem) and one
 * tridiagonal solve in z per mode; the electrodes then couple only through the m × m discrete
 * Green's function K = Pᵀ A₀⁻¹ P, the finite-volume twin of the boundary-element kernel of
 * {@code contact.Constriction}. The currents injected into the electrode cells solve the SPD system
 * (G⁻¹ + K) q = V·1 (Cholesky; G⁻¹ = 0 on Dirichlet cells, the limit g → ∞). No iteration, no
 * preconditioner and no dependence on the strong mesh grading at the rim, which would slow down CG
 * or multigrid badly.
 *
 * <p>Cost: O(n_r²) for the eigenpairs ({@link AxisymmetricModes}; the QL algorithm with accumulated
 * vectors was O(n_r³) and most of a 10⁵-unknown solve), O(n_r² n_z) for the field, O(m² n_r) and
 * O(m³/3) for the capacitance system. The eigenvalues are taken as the Rayleigh quotients of the
 * computed vectors, which the transforms need to relative accuracy (see the constructor).
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
    /** Electrode cells: radial index, axial index, conductance to V per radian (+∞: Dirichlet). */
    final int[] contact;
    final int[] contactRow;
    final double[] g;
    private final boolean[] dirichlet;

    /** v[i][k]: generalised eigenvectors; lambda[k]. */
    private final double[][] v;
    /** vt[k][i] = v[i][k]: the same vectors stored by mode, for the forward transform. */
    private final double[][] vt;
    private final double[] lambda;
    /** Distinct axial indices of the electrode cells, and each cell's index into them. */
    private final int[] rows;
    private final int[] rowOf;
    /** gk[k][j]: mode k's response to a unit source in the single electrode row (null with several rows). */
    private final double[][] gk;
    /** depth[k]: rows of mode k's responses that are kept (the rest lies below 1e-17 of the peak). */
    private final int[] depth;

    /** Currents injected into the electrode cells at V = 1, per radian; and the field. */
    final double[] q;
    final double[][] phi;
    final double residual;
    /** Relative residual of the direct solve, before refinement. */
    final double directResidual;
    final int refinements;

    /** Robin contact cells on row 0 (the contact spot or the annulus around a void). */
    AxisymmetricPotential(double[] rf, double[] zf, double[] sig, double[] faceResistance, int[] contact,
            double contactResistance, double tolerance, int maxRefinements) {
        this(rf, zf, sig, faceResistance, contact, new int[contact.length], robin(contact.length, contactResistance),
                tolerance, maxRefinements);
    }

    private static double[] robin(int m, double rct) {
        double[] x = new double[m];
        Arrays.fill(x, rct);
        return x;
    }

    /**
     * @param contactResistance per electrode cell: the area-specific resistance (dimensionless) from
     *     the face z = 0 to V of a Robin cell (its row must be 0), or +∞ for a Dirichlet cell (centre at V)
     */
    AxisymmetricPotential(double[] rf, double[] zf, double[] sig, double[] faceResistance, int[] contact,
            int[] contactRow, double[] contactResistance, double tolerance, int maxRefinements) {
        this(rf, zf, sig, faceResistance, contact, contactRow, contactResistance, null, tolerance, maxRefinements);
    }

    /**
     * Electrode cells given by their conductance to V, anywhere on the grid: a Robin link g (per radian,
     * dimensionless) from the cell centre to V, or +∞ for a Dirichlet cell. Still diagonal on the electrode
     * cells, so the capacitance method holds unchanged; the flaw-tip solver uses it to put the Li surface
     * where it lies between two cell centres.
     */
    static AxisymmetricPotential withConductances(double[] rf, double[] zf, double[] sig, double[] faceResistance,
            int[] contact, int[] contactRow, double[] conductance, double tolerance, int maxRefinements) {
        return new AxisymmetricPotential(rf, zf, sig, faceResistance, contact, contactRow, null, conductance, tolerance,
                maxRefinements);
    }

    private AxisymmetricPotential(double[] rf, double[] zf, double[] sig, double[] faceResistance, int[] contact,
            int[] contactRow, double[] contactResistance, double[] conductance, double tolerance, int maxRefinements) {
        this.rf = rf;
        this.zf = zf;
        this.sig = sig;
        this.contact = contact;
        this.contactRow = contactRow;
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
        int m = contact.length;
        g = new double[m];
        dirichlet = new boolean[m];
        for (int c = 0; c < m; c++) {
            if (conductance != null) {
                dirichlet[c] = conductance[c] == Double.POSITIVE_INFINITY;
                g[c] = conductance[c];
            } else {
                dirichlet[c] = contactResistance[c] == Double.POSITIVE_INFINITY;
                g[c] = dirichlet[c] ? Double.POSITIVE_INFINITY
                        : w[contact[c]] / (contactResistance[c] + 0.5 * h[0] / sig[0]);
            }
        }
        rows = Arrays.stream(contactRow).distinct().sorted().toArray();
        rowOf = new int[m];
        for (int c = 0; c < m; c++) {
            rowOf[c] = Arrays.binarySearch(rows, contactRow[c]);
        }

        // generalised eigenproblem of the radial operator, symmetrised by W^{-1/2}: O(n_r²) (AxisymmetricModes)
        double[] main = new double[nr];
        double[] off = new double[nr - 1];
        for (int i = 0; i < nr; i++) {
            double d = (i > 0 ? cr[i - 1] : 0) + (i < nr - 1 ? cr[i] : 0);
            main[i] = d / w[i];
            if (i < nr - 1) {
                off[i] = -cr[i] / Math.sqrt(w[i] * w[i + 1]);
            }
        }
        AxisymmetricModes modes = new AxisymmetricModes(main, off);
        lambda = new double[nr];
        v = new double[nr][nr];
        vt = new double[nr][nr];
        for (int k = 0; k < nr; k++) {
            double[] e = modes.vectors[k];
            double[] row = vt[k];
            for (int i = 0; i < nr; i++) {
                row[i] = e[i] / Math.sqrt(w[i]);
                v[i][k] = row[i];
            }
            // the eigenvalue again as the Rayleigh quotient Σ c_i (v_i − v_{i+1})² / Σ w_i v_i², a sum of
            // positive terms: accurate relative to λ_k itself, where QL's is only within ε‖T‖ (‖T‖ ~ 1e9 on
            // the graded grid against λ ~ 0.1 for the smooth modes, which then would be off by 1e-6 and
            // leave a residual of that size); the zero mode (constant in r) comes out as 0 exactly
            double num = 0;
            double den = 0;
            for (int i = 0; i < nr; i++) {
                den += w[i] * row[i] * row[i];
                if (i < nr - 1) {
                    double dv = row[i] - row[i + 1];
                    num += cr[i] * dv * dv;
                }
            }
            lambda[k] = num / den;
        }
        // each mode's z-response to a unit source in each electrode row: T_k G = e_row, T_k = λ_k S_z + A_z.
        // One row (a contact on z = 0): stored, and a mode of large λ_k decays within a few cells of the
        // face, so its tail below 1e-17 of its peak is dropped from the transforms (far below the
        // round-off of the sum over modes). Several rows (a filament): solved again when needed, as
        // storing rows × n_r × n_z responses would not fit; K accumulated mode by mode.
        depth = new int[nr];
        Arrays.fill(depth, nz);
        double[] lo = new double[nz];
        double[] di = new double[nz];
        double[] up = new double[nz];
        double[] scratch = new double[nz];
        double[][] s = new double[m][m];
        if (rows.length == 1) {
            gk = new double[nr][];
            int row = rows[0];
            for (int k = 0; k < nr; k++) {
                bands(lambda[k], lo, di, up);
                double[] col = new double[nz];
                col[row] = 1.0;
                Tridiagonal.solveInPlace(lo, di, up, col, scratch);
                gk[k] = col;
                double cut = 1e-17 * Math.abs(col[row]);
                int top = nz;
                while (top > row + 1 && Math.abs(col[top - 1]) <= cut) {
                    top--;
                }
                depth[k] = top;
            }
            double[] vag = new double[nr];
            for (int a = 0; a < m; a++) {
                double[] va = v[contact[a]];
                for (int k = 0; k < nr; k++) {
                    vag[k] = va[k] * gk[k][row];
                }
                for (int b = 0; b <= a; b++) {
                    double[] vb = v[contact[b]];
                    double sum = 0;
                    for (int k = 0; k < nr; k++) {
                        sum += vag[k] * vb[k];
                    }
                    s[a][b] = sum;
                }
            }
        } else {
            gk = null;
            double[][] block = new double[rows.length][rows.length];
            double[] col = new double[nz];
            for (int k = 0; k < nr; k++) {
                bands(lambda[k], lo, di, up);
                for (int t = 0; t < rows.length; t++) {
                    Arrays.fill(col, 0.0);
                    col[rows[t]] = 1.0;
                    Tridiagonal.solveInPlace(lo, di, up, col, scratch);
                    for (int u = 0; u < rows.length; u++) {
                        block[t][u] = col[rows[u]];
                    }
                }
                for (int a = 0; a < m; a++) {
                    double vak = v[contact[a]][k];
                    double[] ba = block[rowOf[a]];
                    double[] sa = s[a];
                    for (int b = 0; b <= a; b++) {
                        sa[b] += vak * v[contact[b]][k] * ba[rowOf[b]];
                    }
                }
            }
        }
        // capacitance system (G⁻¹ + K) q = 1 on the electrode cells, K = Pᵀ A₀⁻¹ P
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < a; b++) {
                s[b][a] = s[a][b];
            }
            s[a][a] += dirichlet[a] ? 0.0 : 1.0 / g[a];
        }
        cholesky(s);
        double[] rhs = new double[m];
        Arrays.fill(rhs, 1.0);
        double[] qq = choleskySolve(s, rhs);
        double[][] field = fieldOfSources(qq);
        for (int c = 0; c < m; c++) {
            if (dirichlet[c]) {
                field[contact[c]][contactRow[c]] = 1.0;
            }
        }
        double scale = bNorm(qq);

        // the residual of the full finite-volume system, applied directly (independent of the modes)
        double[][] r = residual(field);
        double res = norm(r) / scale;
        directResidual = res;
        int it = 0;
        while (res > tolerance && it < maxRefinements) {
            // iterative refinement: δ = A⁻¹ r by Woodbury, A⁻¹ = A₀⁻¹ − A₀⁻¹P S⁻¹ PᵀA₀⁻¹ (δ = 0 on Dirichlet cells)
            double[][] x0 = applyA0Inverse(r);
            double[] u = new double[m];
            for (int c = 0; c < m; c++) {
                u[c] = x0[contact[c]][contactRow[c]];
            }
            double[] wv = choleskySolve(s, u);
            double[][] corr = fieldOfSources(wv);
            for (int i = 0; i < nr; i++) {
                for (int j = 0; j < nz; j++) {
                    field[i][j] += x0[i][j] - corr[i][j];
                }
            }
            for (int c = 0; c < m; c++) {
                if (dirichlet[c]) {
                    field[contact[c]][contactRow[c]] = 1.0;
                }
            }
            r = residual(field);
            res = norm(r) / scale;
            it++;
        }
        // the electrode currents from the (refined) field: q_i = g_i (1 − φ_i), or a Dirichlet cell's outflow
        for (int c = 0; c < m; c++) {
            qq[c] = dirichlet[c] ? outflow(field, contact[c], contactRow[c])
                    : g[c] * (1.0 - field[contact[c]][contactRow[c]]);
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

    /** A₀⁻¹ P src: the field of sources {@code src} placed in the electrode cells. */
    private double[][] fieldOfSources(double[] src) {
        // per mode, the z-profile Σ_rows β_{k,row} G_k(·, row) with β_{k,row} = Σ_{cells in row} v_ik src_c
        double[][] beta = new double[rows.length][nr];
        for (int c = 0; c < contact.length; c++) {
            double[] row = v[contact[c]];
            double[] b = beta[rowOf[c]];
            double sc = src[c];
            for (int k = 0; k < nr; k++) {
                b[k] += row[k] * sc;
            }
        }
        double[][] coef = new double[nr][];
        if (gk != null) {
            for (int k = 0; k < nr; k++) {
                double[] col = gk[k];
                double[] out = new double[depth[k]];
                double bk = beta[0][k];
                for (int j = 0; j < out.length; j++) {
                    out[j] = bk * col[j];
                }
                coef[k] = out;
            }
        } else {
            double[] lo = new double[nz];
            double[] di = new double[nz];
            double[] up = new double[nz];
            double[] scratch = new double[nz];
            for (int k = 0; k < nr; k++) {
                double[] out = new double[nz];
                for (int t = 0; t < rows.length; t++) {
                    out[rows[t]] = beta[t][k];
                }
                bands(lambda[k], lo, di, up);
                Tridiagonal.solveInPlace(lo, di, up, out, scratch);
                coef[k] = out;
            }
        }
        double[][] field = new double[nr][nz];
        for (int i = 0; i < nr; i++) {
            double[] out = field[i];
            double[] vi = v[i];
            for (int k = 0; k < nr; k++) {
                double c = vi[k];
                double[] col = coef[k];
                for (int j = 0; j < col.length; j++) {
                    out[j] += c * col[j];
                }
            }
        }
        return field;
    }

    /** A₀⁻¹ b for a general right-hand side: modal transform, one tridiagonal solve per mode, back. */
    private double[][] applyA0Inverse(double[][] b) {
        double[][] y = new double[nr][nz];
        double[] lo = new double[nz];
        double[] di = new double[nz];
        double[] up = new double[nz];
        double[] scratch = new double[nz];
        for (int k = 0; k < nr; k++) {
            double[] yk = y[k];
            double[] vk = vt[k];
            for (int i = 0; i < nr; i++) {
                double c = vk[i];
                double[] bi = b[i];
                for (int j = 0; j < nz; j++) {
                    yk[j] += c * bi[j];
                }
            }
            bands(lambda[k], lo, di, up);
            Tridiagonal.solveInPlace(lo, di, up, yk, scratch);
        }
        double[][] out = new double[nr][nz];
        for (int i = 0; i < nr; i++) {
            double[] oi = out[i];
            double[] vi = v[i];
            for (int k = 0; k < nr; k++) {
                double c = vi[k];
                double[] yk = y[k];
                for (int j = 0; j < nz; j++) {
                    oi[j] += c * yk[j];
                }
            }
        }
        return out;
    }

    /** Net current per radian out of cell (i, j) into its neighbours and the top electrode: (A₀φ)_ij. */
    private double outflow(double[][] f, int i, int j) {
        double flux = 0;
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
        return flux;
    }

    /** b − Aφ of the full system (b = g_i on the Robin cells; 0 on Dirichlet cells, whose equation is φ = V). */
    private double[][] residual(double[][] f) {
        double[][] r = new double[nr][nz];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nz; j++) {
                r[i][j] = -outflow(f, i, j);
            }
        }
        for (int c = 0; c < contact.length; c++) {
            int i = contact[c];
            int j = contactRow[c];
            r[i][j] = dirichlet[c] ? 0.0 : r[i][j] + g[c] * (1.0 - f[i][j]);
        }
        return r;
    }

    /** ‖b‖: the Robin cells' g, and for Dirichlet cells the current they inject (their part of the flux scale). */
    private double bNorm(double[] currents) {
        double s = 0;
        for (int c = 0; c < g.length; c++) {
            double x = dirichlet[c] ? currents[c] : g[c];
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

    /**
     * The cell's current, potential and counter-electrode current at a nominal current density, from the
     * solution at 1 V: the contact current is I₁ = 2π·Σq·σ·a (q per radian in units σ·a·V), so the cell potential
     * is I/I₁ with I = j·πb², and the counter electrode takes I·(its outflow)/Σq.
     *
     * @param currentDensity nominal current density j, A/m²
     * @param cellRadius b, m
     * @param conductivity σ of the electrolyte, S/m
     * @param lengthScale a, m (the grid's unit of length)
     * @return {current (A), cell potential (V), counter-electrode current (A)}
     */
    double[] cellCurrents(double currentDensity, double cellRadius, double conductivity, double lengthScale) {
        double sumQ = 0;
        for (double x : q) {
            sumQ += x;
        }
        double top = 0;
        for (int i = 0; i < nr; i++) {
            top += axialCurrent(i, nz - 1);
        }
        double current = currentDensity * Math.PI * cellRadius * cellRadius;
        double cellPotential = current / (2 * Math.PI * sumQ * conductivity * lengthScale);
        return new double[] {current, cellPotential, current * top / sumQ};
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
            // the capacitance matrix is SPD by construction (G⁻¹ ≥ 0, K a Gram matrix of SPD A₀⁻¹)
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
