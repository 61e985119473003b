package org.interphase.impedance;

import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.interphase.core.Checks;

/**
 * Distribution of relaxation times (DRT) by Tikhonov regularization with a non-negativity
 * constraint.
 *
 * <p>Model: Z(ω) = R∞ + ∫ γ(ln τ)/(1 + jωτ) d ln τ, discretized on K time constants τ_k evenly
 * spaced in ln τ with trapezoid weights Δ_k: Z_i ≈ R∞ + Σ_k γ_k Δ_k/(1 + jω_iτ_k). With x = (R∞, γ),
 * A the stacked real and imaginary parts of that map and b the data, the DRT solves
 *
 * <p>min ‖Ax − b‖² + λ·s·‖Lx‖²  subject to x ≥ 0,
 *
 * <p>where L is the identity or the first or second difference of γ in ln τ (order 0, 1, 2; a
 * ridge of 1e-10 of its scale keeps LᵀL definite), s = tr(AᵀA)/tr(LᵀL) makes λ dimensionless, and
 * the constrained problem is solved by Lawson–Hanson NNLS (Wan, Saccoccio, Chen &amp; Ciucci,
 * <i>Electrochim. Acta</i> 184 (2015) 483 use a quadratic program for the same problem).
 *
 * <p>λ is chosen by generalized cross validation of the unconstrained problem, as pyDRTtools does
 * (Golub, Heath &amp; Wahba, <i>Technometrics</i> 21 (1979) 215): GCV(λ) = (‖r_λ‖²/m)/(1 −
 * tr(H_λ)/m)², with m = 2n data values and H_λ the influence matrix, evaluated for all λ from one
 * eigendecomposition, minimized on a grid over 10^−10 … 10^1 and refined by Brent's method.
 *
 * <p>Non-negativity excludes inductive features; remove them (or fit them) before the DRT.
 * Immutable and thread-safe.
 */
public final class Drt {

    private static final double LOG_LAMBDA_MIN = -10;
    private static final double LOG_LAMBDA_MAX = 1;
    private static final double RIDGE = 1e-10;

    private final int points;
    private final double extension;
    private final int order;
    private final double lambda;

    private Drt(int points, double extension, int order, double lambda) {
        this.points = points;
        this.extension = extension;
        this.order = order;
        this.lambda = lambda;
    }

    /**
     * @return 200 time constants from 1/(10·ω_max) to 10/ω_min, first-difference penalty, λ by
     *     GCV
     */
    public static Drt withDefaults() {
        return new Drt(200, 1, 1, Double.NaN);
    }

    /**
     * A configured DRT.
     *
     * @param points number K of time constants (≥ 10)
     * @param extensionDecades how far the τ grid extends beyond [1/ω_max, 1/ω_min], decades (≥ 0)
     * @param order penalty order: 0 (‖γ‖), 1 (‖dγ/d ln τ‖) or 2 (‖d²γ/d ln τ²‖)
     * @param lambda the dimensionless regularization parameter (&gt; 0), or NaN to choose it by GCV
     * @return the DRT
     */
    public static Drt of(int points, double extensionDecades, int order, double lambda) {
        Checks.atLeast(points, 10, "number of time constants");
        Checks.nonNegative(extensionDecades, "τ-grid extension", "decades");
        if (order < 0 || order > 2) {
            throw new IllegalArgumentException("penalty order must be 0, 1 or 2, was " + order);
        }
        if (!Double.isNaN(lambda)) {
            Checks.positive(lambda, "regularization parameter λ", "");
        }
        return new Drt(points, extensionDecades, order, lambda);
    }

    /**
     * The DRT of a spectrum with the default settings.
     *
     * @param data the spectrum (at least 3 frequencies)
     * @return the DRT
     */
    public static DrtResult of(Spectrum data) {
        return withDefaults().solve(data);
    }

    /**
     * Computes the DRT.
     *
     * @param data the spectrum
     * @return γ(τ), R∞, λ and the fitted spectrum
     */
    public DrtResult solve(Spectrum data) {
        Objects.requireNonNull(data, "data");
        int n = data.size();
        if (n < 3) {
            throw new IllegalArgumentException("a DRT needs at least 3 frequencies, was " + n);
        }
        double[] w = data.angularFrequencies();
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        for (double v : w) {
            wMin = Math.min(wMin, v);
            wMax = Math.max(wMax, v);
        }
        int k = points;
        double lnLo = Math.log(1 / wMax) - extension * Math.log(10);
        double lnHi = Math.log(1 / wMin) + extension * Math.log(10);
        double h = (lnHi - lnLo) / (k - 1);
        double[] tau = new double[k];
        double[] weight = new double[k];
        for (int j = 0; j < k; j++) {
            tau[j] = Math.exp(lnLo + h * j);
            weight[j] = (j == 0 || j == k - 1) ? h / 2 : h;
        }
        int cols = k + 1;
        int m = 2 * n;
        double[][] a = new double[m][cols];
        double[] b = new double[m];
        for (int i = 0; i < n; i++) {
            a[i][0] = 1;
            for (int j = 0; j < k; j++) {
                double x = w[i] * tau[j];
                double d = 1 + x * x;
                a[i][j + 1] = weight[j] / d;
                a[n + i][j + 1] = -weight[j] * x / d;
            }
            b[i] = data.re(i);
            b[n + i] = data.im(i);
        }
        double[][] ata = gram(a);
        double[] atb = new double[cols];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < cols; j++) {
                atb[j] += a[i][j] * b[i];
            }
        }
        double[][] pen = penalty(k, h);
        double trA = 0;
        double trP = 0;
        for (int j = 0; j < cols; j++) {
            trA += ata[j][j];
            trP += pen[j][j];
        }
        double s = trA / trP;
        double chosen;
        double gcv;
        if (Double.isNaN(lambda)) {
            Gcv g = new Gcv(a, b, pen, s);
            double[] best = g.minimize();
            chosen = best[0];
            gcv = best[1];
        } else {
            chosen = lambda;
            gcv = new Gcv(a, b, pen, s).value(Math.log10(lambda));
        }
        double[][] gm = new double[cols][cols];
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                gm[i][j] = ata[i][j] + chosen * s * pen[i][j];
            }
        }
        double[] x = Nnls.solve(gm, atb);
        double[] gamma = new double[k];
        System.arraycopy(x, 1, gamma, 0, k);
        double[] fr = new double[n];
        double[] fi = new double[n];
        for (int i = 0; i < n; i++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < cols; j++) {
                re += a[i][j] * x[j];
                im += a[n + i][j] * x[j];
            }
            fr[i] = re;
            fi[i] = im;
        }
        Spectrum fitted = Spectrum.owning(data.frequencies(), fr, fi, data.perArea());
        return new DrtResult(tau, gamma, weight, x[0], chosen, gcv, fitted, data);
    }

    private static double[][] gram(double[][] a) {
        int m = a.length;
        int c = a[0].length;
        double[][] g = new double[c][c];
        for (int i = 0; i < m; i++) {
            double[] ai = a[i];
            for (int p = 0; p < c; p++) {
                double v = ai[p];
                if (v == 0) {
                    continue;
                }
                double[] gp = g[p];
                for (int q = p; q < c; q++) {
                    gp[q] += v * ai[q];
                }
            }
        }
        for (int p = 0; p < c; p++) {
            for (int q = 0; q < p; q++) {
                g[p][q] = g[q][p];
            }
        }
        return g;
    }

    /** LᵀL for the chosen order on γ (columns 1…K), plus a small ridge on every unknown. */
    private double[][] penalty(int k, double h) {
        int cols = k + 1;
        double[][] p = new double[cols][cols];
        if (order == 0) {
            for (int j = 1; j < cols; j++) {
                p[j][j] = 1;
            }
        } else {
            double[] stencil = order == 1 ? new double[] {-1 / h, 1 / h} : new double[] {1 / (h * h), -2 / (h * h),
                1 / (h * h)};
            for (int r = 0; r + stencil.length <= k; r++) {
                for (int u = 0; u < stencil.length; u++) {
                    for (int v = 0; v < stencil.length; v++) {
                        p[1 + r + u][1 + r + v] += stencil[u] * stencil[v];
                    }
                }
            }
        }
        double tr = 0;
        for (int j = 0; j < cols; j++) {
            tr += p[j][j];
        }
        double ridge = RIDGE * tr / cols;
        for (int j = 0; j < cols; j++) {
            p[j][j] += ridge;
        }
        return p;
    }

    /**
     * GCV of the unconstrained problem for every λ from one eigendecomposition: with
     * LᵀL = RᵀR and B = AR⁻¹, the influence matrix is H = B(BᵀB + λs)⁻¹Bᵀ; from the eigenpairs
     * (σ_i², u_i) of BBᵀ, tr H = Σ σ_i²/(σ_i² + λs) and ‖(I − H)b‖² = Σ (λs/(σ_i² + λs))²(u_iᵀb)²
     * + ‖b_⊥‖².
     */
    private static final class Gcv {
        private final double[] eig;
        private final double[] proj2;
        private final double orth2;
        private final double s;
        private final int m;

        Gcv(double[][] a, double[] b, double[][] pen, double s) {
            this.s = s;
            this.m = b.length;
            int c = pen.length;
            // Cholesky pen = RᵀR (R upper), then B = A R⁻¹ by forward substitution per row
            double[][] r = new double[c][c];
            for (int i = 0; i < c; i++) {
                for (int j = i; j < c; j++) {
                    double v = pen[i][j];
                    for (int q = 0; q < i; q++) {
                        v -= r[q][i] * r[q][j];
                    }
                    if (i == j) {
                        r[i][i] = Math.sqrt(v);
                    } else {
                        r[i][j] = v / r[i][i];
                    }
                }
            }
            double[][] bm = new double[m][c];
            for (int row = 0; row < m; row++) {
                double[] y = bm[row];
                double[] ar = a[row];
                // solve y R = a_row, i.e. Rᵀ yᵀ = a_rowᵀ
                for (int j = 0; j < c; j++) {
                    double v = ar[j];
                    for (int q = 0; q < j; q++) {
                        v -= y[q] * r[q][j];
                    }
                    y[j] = v / r[j][j];
                }
            }
            RealMatrix small;
            boolean rows = m <= c;
            if (rows) {
                double[][] bbt = new double[m][m];
                for (int i = 0; i < m; i++) {
                    for (int j = i; j < m; j++) {
                        double v = 0;
                        double[] bi = bm[i];
                        double[] bj = bm[j];
                        for (int q = 0; q < c; q++) {
                            v += bi[q] * bj[q];
                        }
                        bbt[i][j] = v;
                        bbt[j][i] = v;
                    }
                }
                small = new Array2DRowRealMatrix(bbt, false);
            } else {
                small = new Array2DRowRealMatrix(gram(bm), false);
            }
            EigenDecomposition ed = new EigenDecomposition(small);
            double[] ev = ed.getRealEigenvalues();
            int dim = ev.length;
            this.eig = new double[dim];
            this.proj2 = new double[dim];
            double bb = 0;
            for (double v : b) {
                bb += v * v;
            }
            double maxEv = 0;
            for (double v : ev) {
                maxEv = Math.max(maxEv, v);
            }
            double inRange = 0;
            for (int i = 0; i < dim; i++) {
                eig[i] = Math.max(ev[i], 0);
                double[] vec = ed.getEigenvector(i).toArray();
                double p;
                if (rows) {
                    p = 0;
                    for (int q = 0; q < m; q++) {
                        p += vec[q] * b[q];
                    }
                    proj2[i] = p * p;
                } else {
                    // u_iᵀb = (B v_i)ᵀb/σ_i
                    p = 0;
                    for (int q = 0; q < m; q++) {
                        double bv = 0;
                        for (int t = 0; t < c; t++) {
                            bv += bm[q][t] * vec[t];
                        }
                        p += bv * b[q];
                    }
                    proj2[i] = eig[i] > 1e-14 * maxEv ? p * p / eig[i] : 0;
                }
                inRange += proj2[i];
            }
            this.orth2 = Math.max(0, bb - inRange);
        }

        double value(double log10Lambda) {
            double l = Math.pow(10, log10Lambda) * s;
            double res = orth2;
            double tr = 0;
            for (int i = 0; i < eig.length; i++) {
                double f = l / (eig[i] + l);
                res += f * f * proj2[i];
                tr += eig[i] / (eig[i] + l);
            }
            double den = 1 - tr / m;
            return (res / m) / (den * den);
        }

        /** @return {λ, GCV(λ)} at the minimum over the search range */
        double[] minimize() {
            int grid = 111;
            int best = 0;
            double[] v = new double[grid];
            for (int i = 0; i < grid; i++) {
                v[i] = value(LOG_LAMBDA_MIN + (LOG_LAMBDA_MAX - LOG_LAMBDA_MIN) * i / (grid - 1));
                if (v[i] < v[best]) {
                    best = i;
                }
            }
            double step = (LOG_LAMBDA_MAX - LOG_LAMBDA_MIN) / (grid - 1);
            double lo = LOG_LAMBDA_MIN + step * Math.max(0, best - 1);
            double hi = LOG_LAMBDA_MIN + step * Math.min(grid - 1, best + 1);
            double start = LOG_LAMBDA_MIN + step * best;
            UnivariatePointValuePair p = new BrentOptimizer(1e-10, 1e-6).optimize(new MaxEval(200),
                    new UnivariateObjectiveFunction(this::value), GoalType.MINIMIZE, new SearchInterval(lo, hi, start));
            double x = p.getValue() <= v[best] ? p.getPoint() : start;
            return new double[] {Math.pow(10, x), Math.min(p.getValue(), v[best])};
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Drt[%d time constants, grid extended %.3g decades, penalty order %d, λ %s]",
                points, extension, order, Double.isNaN(lambda) ? "by GCV" : String.format(Locale.ROOT, "%.3g", lambda));
    }
}
