package org.interphase.impedance;

import java.util.Arrays;
import org.interphase.core.ConvergenceException;

/**
 * Non-negative least squares min ½xᵀGx − cᵀx subject to x ≥ 0, for a symmetric positive definite
 * G = AᵀA + λLᵀL and c = Aᵀb: the active-set algorithm of Lawson &amp; Hanson (<i>Solving Least
 * Squares Problems</i>, 1974, ch. 23) in the normal-equations form of Bro &amp; de Jong
 * (<i>J. Chemometrics</i> 11 (1997) 393). Each step solves the unconstrained problem on the
 * passive (positive) set by Cholesky; an infeasible step is cut back to the boundary and the
 * variables that reach zero return to the active set. Commons Math has no NNLS.
 */
final class Nnls {

    private Nnls() {}

    /**
     * @param g symmetric positive definite K×K matrix (row-major, g[i][j])
     * @param c right-hand side, length K
     * @return the minimizer x ≥ 0
     * @throws ConvergenceException if the active set cycles beyond 3K outer iterations
     */
    static double[] solve(double[][] g, double[] c) {
        int k = c.length;
        double[] x = new double[k];
        double[] w = c.clone();
        boolean[] passive = new boolean[k];
        double cmax = 0;
        for (double v : c) {
            cmax = Math.max(cmax, Math.abs(v));
        }
        double gmax = 0;
        for (int i = 0; i < k; i++) {
            gmax = Math.max(gmax, Math.abs(g[i][i]));
        }
        // the dual w = c − Gx is computed with absolute rounding errors ≈ K·ε·max(|c|, |G||x|)
        double tol = 1e-12 * Math.max(cmax, Double.MIN_NORMAL);
        int maxOuter = 3 * k + 10;
        int outer = 0;
        int[] idx = new int[k];
        double[] s = new double[k];
        while (true) {
            int j = -1;
            double best = tol;
            for (int i = 0; i < k; i++) {
                if (!passive[i] && w[i] > best) {
                    best = w[i];
                    j = i;
                }
            }
            if (j < 0) {
                return x;
            }
            if (++outer > maxOuter) {
                throw new ConvergenceException("NNLS (Lawson–Hanson)", outer, best,
                        "the active set cycles; increase the regularization parameter");
            }
            passive[j] = true;
            while (true) {
                int np = solvePassive(g, c, passive, idx, s);
                boolean feasible = true;
                for (int a = 0; a < np; a++) {
                    if (s[idx[a]] <= 0) {
                        feasible = false;
                        break;
                    }
                }
                if (feasible) {
                    Arrays.fill(x, 0.0);
                    for (int a = 0; a < np; a++) {
                        x[idx[a]] = s[idx[a]];
                    }
                    break;
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int a = 0; a < np; a++) {
                    int i = idx[a];
                    if (s[i] <= 0) {
                        alpha = Math.min(alpha, x[i] / (x[i] - s[i]));
                    }
                }
                for (int a = 0; a < np; a++) {
                    int i = idx[a];
                    x[i] += alpha * (s[i] - x[i]);
                    if (x[i] <= 1e-15 * Math.abs(s[i]) || x[i] <= 0) {
                        x[i] = 0;
                        passive[i] = false;
                    }
                }
            }
            for (int i = 0; i < k; i++) {
                double v = c[i];
                double[] gi = g[i];
                for (int a = 0; a < k; a++) {
                    if (x[a] != 0) {
                        v -= gi[a] * x[a];
                    }
                }
                w[i] = v;
            }
            if (gmax == 0) {
                return x;
            }
        }
    }

    /** Solves G_PP s_P = c_P by Cholesky; returns |P| and the passive indices in idx. */
    private static int solvePassive(double[][] g, double[] c, boolean[] passive, int[] idx, double[] s) {
        int np = 0;
        for (int i = 0; i < passive.length; i++) {
            if (passive[i]) {
                idx[np++] = i;
            }
        }
        double[][] l = new double[np][np];
        for (int a = 0; a < np; a++) {
            double[] ga = g[idx[a]];
            for (int b = 0; b <= a; b++) {
                double v = ga[idx[b]];
                double[] la = l[a];
                double[] lb = l[b];
                for (int m = 0; m < b; m++) {
                    v -= la[m] * lb[m];
                }
                if (a == b) {
                    if (!(v > 0)) {
                        throw new ConvergenceException("NNLS (Lawson–Hanson)", np, v,
                                "the normal matrix is not positive definite on the passive set; increase the "
                                        + "regularization parameter");
                    }
                    la[a] = Math.sqrt(v);
                } else {
                    la[b] = v / lb[b];
                }
            }
        }
        double[] y = new double[np];
        for (int a = 0; a < np; a++) {
            double v = c[idx[a]];
            for (int m = 0; m < a; m++) {
                v -= l[a][m] * y[m];
            }
            y[a] = v / l[a][a];
        }
        for (int a = np - 1; a >= 0; a--) {
            double v = y[a];
            for (int m = a + 1; m < np; m++) {
                v -= l[m][a] * s[idx[m]];
            }
            s[idx[a]] = v / l[a][a];
        }
        return np;
    }
}
