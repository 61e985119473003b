package org.interphase.impedance;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
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
 * A the stacked real and imaginary parts of that map and b the data, both divided row by row by
 * the measured |Z_i| (modulus weighting, as in Boukamp's and Schönleber's Kramers–Kronig tests:
 * measured EIS noise scales with |Z|, and generalized cross validation assumes equal variances —
 * unweighted, its curve on a 0.5 %-noise ZARC has two shallow minima and picks the under-smoothed
 * one for some noise draws), the DRT solves
 *
 * <p>min ‖Ax − b‖² + λ·s·‖Lx‖²  subject to x ≥ 0,
 *
 * <p>where L is the identity or the first or second difference of γ in ln τ (order 0, 1, 2; a
 * ridge of 1e-10 of its scale keeps LᵀL definite on γ; R∞ is not penalized), s = tr(AᵀA)/tr(LᵀL) makes λ dimensionless, and
 * the constrained problem is solved by Lawson–Hanson NNLS (Wan, Saccoccio, Chen &amp; Ciucci,
 * <i>Electrochim. Acta</i> 184 (2015) 483 use a quadratic program for the same problem).
 *
 * <p>λ is chosen by generalized cross validation of the unconstrained problem, as pyDRTtools does
 * (Golub, Heath &amp; Wahba, <i>Technometrics</i> 21 (1979) 215): GCV(λ) = (‖r_λ‖²/m)/(1 −
 * tr(H_λ)/m)², with m = 2n data values and H_λ the influence matrix (R∞ projected out as an
 * unpenalized column, which adds 1 to tr H), evaluated for all λ from one singular value
 * decomposition, minimized on a grid of 0.1 decade and refined by Brent's method. The grid starts
 * on 10^−10 … 10^1 and adapts to the data: while the minimum lies on its lower end it extends down
 * to the numerical floor of λ, where the normal matrix AᵀA + λs·LᵀL keeps every Cholesky pivot
 * above 10^−10 of its diagonal entry (6 of the 16 significant digits); while it lies on its upper
 * end it extends up to the fully smoothed limit, λs = 100·σ_max² of the SVD below. A λ that ends
 * on either end is reported in {@link DrtSolution#warnings()}: noise-free (computed) spectra, whose
 * GCV falls without bound as λ → 0, end on the floor.
 *
 * <p>Non-negativity excludes inductive features; remove them (or fit them) before the DRT.
 *
 * <p>Usage: {@code DrtSolution d = DrtSolver.withDefaults().withPenaltyOrder(2).solve(spectrum);}
 * Immutable and thread-safe: configure once with the {@code withX} copies, solve many spectra.
 */
public final class DrtSolver {

    /** The GCV search starts on 10^LOG_LAMBDA_MIN … 10^LOG_LAMBDA_MAX and extends from there. */
    private static final double LOG_LAMBDA_MIN = -10;
    private static final double LOG_LAMBDA_MAX = 1;
    /** The lowest λ the numerical floor is looked for at, log10. */
    private static final double LOG_LAMBDA_FLOOR_MIN = -16;
    /** Smallest relative Cholesky pivot of the normal matrix (6 of 16 digits kept). */
    static final double PIVOT_FLOOR = 1e-10;
    /** GCV is flat once λs exceeds the largest squared singular value by this factor. */
    private static final double FLAT_FACTOR = 100;
    private static final double RIDGE = 1e-10;

    /** How λ is chosen. */
    public enum LambdaChoice {
        /** By generalized cross validation (the default). */
        GCV,
        /** Fixed by {@link DrtSolver#withLambda(double)}. */
        FIXED
    }

    private final int points;
    private final double extension;
    private final int order;
    /** The fixed λ, or NaN (internally only) for GCV. */
    private final double lambda;

    private DrtSolver(int points, double extension, int order, double lambda) {
        this.points = points;
        this.extension = extension;
        this.order = order;
        this.lambda = lambda;
    }

    /**
     * @return a solver with 200 time constants from 1/(10·ω_max) to 10/ω_min (1 decade of
     *     extension), a first-difference penalty and λ by GCV
     */
    public static DrtSolver withDefaults() {
        return new DrtSolver(200, 1, 1, Double.NaN);
    }

    /** The most time constants: the K×K matrices (normal matrix, penalty, its Cholesky factor) take 32·K² bytes. */
    public static final int MAX_POINTS = 2000;

    /**
     * @param points number K of time constants, in [10, {@value #MAX_POINTS}] (default 200)
     * @return a copy with K time constants
     * @throws IllegalArgumentException if K is out of range (the message gives the memory a too
     *     large K would take)
     */
    public DrtSolver withPoints(int points) {
        if (points < 10 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points (number of time constants K) must be in [10, " + MAX_POINTS
                    + "], was " + points + (points > MAX_POINTS ? " (the K×K matrices alone would take about "
                    + 32L * points * points / (1 << 20) + " MiB)" : ""));
        }
        return new DrtSolver(points, extension, order, lambda);
    }

    /**
     * @param extensionDecades how far the τ grid extends beyond [1/ω_max, 1/ω_min] at each end,
     *     decades, in [0, 10] (default 1)
     * @return a copy with that extension
     * @throws IllegalArgumentException if the extension is not finite or out of range
     */
    public DrtSolver withExtensionDecades(double extensionDecades) {
        Checks.inClosedRange(extensionDecades, 0, 10, "extensionDecades (τ-grid extension)", "decades");
        return new DrtSolver(points, extensionDecades, order, lambda);
    }

    /**
     * @param penaltyOrder 0 (‖γ‖), 1 (‖dγ/d ln τ‖, default) or 2 (‖d²γ/d ln τ²‖)
     * @return a copy with that penalty
     * @throws IllegalArgumentException for another order
     */
    public DrtSolver withPenaltyOrder(int penaltyOrder) {
        if (penaltyOrder < 0 || penaltyOrder > 2) {
            throw new IllegalArgumentException("penaltyOrder must be 0, 1 or 2, was " + penaltyOrder);
        }
        return new DrtSolver(points, extension, penaltyOrder, lambda);
    }

    /**
     * @param lambda the dimensionless regularization parameter λ, finite and &gt; 0
     * @return a copy that uses this λ instead of choosing it by GCV
     * @throws IllegalArgumentException if λ is not finite and &gt; 0
     */
    public DrtSolver withLambda(double lambda) {
        Checks.positive(lambda, "lambda (regularization parameter λ)", "");
        return new DrtSolver(points, extension, order, lambda);
    }

    /** @return a copy that chooses λ by generalized cross validation (the default) */
    public DrtSolver withGcv() {
        return new DrtSolver(points, extension, order, Double.NaN);
    }

    /** @return the number K of time constants */
    public int points() {
        return points;
    }

    /** @return the extension of the τ grid beyond the measured range at each end, decades */
    public double extensionDecades() {
        return extension;
    }

    /** @return the penalty order: 0, 1 or 2 */
    public int penaltyOrder() {
        return order;
    }

    /** @return the fixed λ, or empty if λ is chosen by GCV */
    public OptionalDouble lambda() {
        return Double.isNaN(lambda) ? OptionalDouble.empty() : OptionalDouble.of(lambda);
    }

    /**
     * Computes the DRT.
     *
     * @param data the spectrum: at least 3 frequencies, not all equal, |Z| &gt; 0 everywhere
     * @return γ(τ), R∞, λ, how λ was chosen, the fitted spectrum and warnings
     * @throws NullPointerException if data is null
     * @throws IllegalArgumentException for too few or all-equal frequencies, or |Z| = 0
     */
    public DrtSolution solve(Spectrum data) {
        Objects.requireNonNull(data, "data (the spectrum) must not be null");
        int n = data.size();
        if (n < 3) {
            throw new IllegalArgumentException("a DRT needs at least 3 frequencies, was " + n);
        }
        double[] w = data.angularFrequencies();
        double wMin = data.minAngularFrequency();
        double wMax = data.maxAngularFrequency();
        if (!(wMax > wMin)) {
            throw new IllegalArgumentException("a DRT needs more than one distinct frequency, all were "
                    + data.frequency(0) + " Hz");
        }
        int k = points;
        double[][] grid = grid(wMin, wMax, k, extension);
        double[] tau = grid[0];
        double[] weight = grid[1];
        LinearSystem sys = system(data, tau, weight);
        double[][] a = sys.a();
        double[][] ata = gram(a);
        double[] atb = new double[k + 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j <= k; j++) {
                atb[j] += a[i][j] * sys.b()[i];
            }
        }
        double[][] pen = sys.penalty();
        double s = sys.scale();
        int cols = k + 1;
        double floor = numericalFloor(ata, pen, s);
        double chosen;
        double gcv;
        java.util.List<String> warnings = new java.util.ArrayList<>();
        if (Double.isNaN(lambda)) {
            Gcv g = new Gcv(a, sys.b(), pen, s);
            double[] best = g.minimize(floor);
            chosen = best[0];
            gcv = best[1];
            if (best[2] < 0) {
                warnings.add(String.format(Locale.ROOT, "λ = %.3g is at the lower end of the GCV search, the numerical floor "
                        + "of the normal equations: GCV still decreases there, as for noise-free (computed) data; the DRT "
                        + "is as sharp as double precision allows and γ may ripple on the flanks of its peaks", chosen));
            } else if (best[2] > 0) {
                warnings.add(String.format(Locale.ROOT, "λ = %.3g is at the upper end of the GCV search, the fully "
                        + "smoothed limit: GCV finds no structure in the data that it can tell from noise, and the DRT "
                        + "shows none", chosen));
            }
        } else {
            chosen = lambda;
            gcv = new Gcv(a, sys.b(), pen, s).value(Math.log10(lambda));
            if (Math.log10(lambda) < floor) {
                warnings.add(String.format(Locale.ROOT, "λ = %.3g is below the numerical floor %.3g of the normal "
                        + "equations: more than 10 of 16 significant digits are lost in solving them", lambda,
                        Math.pow(10, floor)));
            }
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
        forward(w, tau, weight, x[0], gamma, fr, fi);
        Spectrum fitted = Spectrum.owning(data.frequencies(), fr, fi, data.perArea());
        return new DrtSolution(this, tau, gamma, weight, x[0], chosen,
                Double.isNaN(lambda) ? LambdaChoice.GCV : LambdaChoice.FIXED, gcv, fitted, data, warnings);
    }

    /**
     * The unconstrained problem's pieces: A (rows: real parts, then imaginary parts, each divided
     * by |Z_i|; columns: R∞, then γ_k Δ_k), b (likewise weighted), LᵀL and the scale
     * s = tr(AᵀA)/tr(LᵀL).
     */
    record LinearSystem(double[][] a, double[] b, double[][] penalty, double scale) {
    }

    LinearSystem system(Spectrum data, double[] tau, double[] weight) {
        int n = data.size();
        int k = tau.length;
        double[] w = data.angularFrequencies();
        int cols = k + 1;
        int m = 2 * n;
        double[][] a = new double[m][cols];
        double[] b = new double[m];
        for (int i = 0; i < n; i++) {
            double mod = data.modulus(i);
            if (!(mod > 0)) {
                throw new IllegalArgumentException("a DRT weights by 1/|Z|, but |Z| was 0 at " + data.frequency(i) + " Hz");
            }
            double u = 1 / mod;
            a[i][0] = u;
            for (int j = 0; j < k; j++) {
                double x = w[i] * tau[j];
                double d = 1 + x * x;
                a[i][j + 1] = u * weight[j] / d;
                a[n + i][j + 1] = -u * weight[j] * x / d;
            }
            b[i] = u * data.re(i);
            b[n + i] = u * data.im(i);
        }
        double[][] pen = penalty(k, Math.log(tau[1] / tau[0]));
        double trA = 0;
        double trP = 0;
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < m; i++) {
                trA += a[i][j] * a[i][j];
            }
            trP += pen[j][j];
        }
        return new LinearSystem(a, b, pen, trA / trP);
    }

    /**
     * GCV(λ) of this configuration's unconstrained problem on a spectrum (for tests).
     */
    double gcv(Spectrum data, double lambda) {
        double[] w = data.angularFrequencies();
        double wMin = Double.POSITIVE_INFINITY;
        double wMax = 0;
        for (double v : w) {
            wMin = Math.min(wMin, v);
            wMax = Math.max(wMax, v);
        }
        double[][] grid = grid(wMin, wMax, points, extension);
        LinearSystem sys = system(data, grid[0], grid[1]);
        return new Gcv(sys.a(), sys.b(), sys.penalty(), sys.scale()).value(Math.log10(lambda));
    }

    /**
     * The τ grid: K points evenly spaced in ln τ from 1/ω_max to 1/ω_min, extended by
     * {@code extension} decades on both sides, with trapezoid weights in ln τ.
     *
     * @return {τ (s), weights (1)}
     */
    static double[][] grid(double wMin, double wMax, int k, double extension) {
        double lnLo = Math.log(1 / wMax) - extension * Math.log(10);
        double lnHi = Math.log(1 / wMin) + extension * Math.log(10);
        double h = (lnHi - lnLo) / (k - 1);
        double[] tau = new double[k];
        double[] weight = new double[k];
        for (int j = 0; j < k; j++) {
            tau[j] = Math.exp(lnLo + h * j);
            weight[j] = (j == 0 || j == k - 1) ? h / 2 : h;
        }
        return new double[][] {tau, weight};
    }

    /**
     * The discretized forward map Z(ω_i) = R∞ + Σ_k γ_k Δ_k/(1 + jω_iτ_k).
     */
    static void forward(double[] omega, double[] tau, double[] weight, double rInf, double[] gamma, double[] re,
            double[] im) {
        for (int i = 0; i < omega.length; i++) {
            double sr = rInf;
            double si = 0;
            for (int j = 0; j < tau.length; j++) {
                double x = omega[i] * tau[j];
                double d = 1 + x * x;
                double g = gamma[j] * weight[j];
                sr += g / d;
                si -= g * x / d;
            }
            re[i] = sr;
            im[i] = si;
        }
    }

    /**
     * The numerical floor of λ, log10: the smallest λ at which the normal matrix AᵀA + λs·LᵀL that
     * NNLS factorizes keeps every Cholesky pivot above {@value #PIVOT_FLOOR} of its diagonal entry,
     * so that at least 6 of the 16 significant digits of double precision survive (found by
     * bisection in log λ to 0.05 decade; the smallest pivot grows about in proportion to λ, since
     * s scales the penalty to the data). Below it the solution degrades and NNLS eventually
     * fails; noise-free data, whose GCV decreases without bound, end here.
     */
    static double numericalFloor(double[][] ata, double[][] pen, double s) {
        double lo = LOG_LAMBDA_FLOOR_MIN;
        double hi = LOG_LAMBDA_MAX;
        if (minRelativePivot(ata, pen, s * Math.pow(10, lo)) >= PIVOT_FLOOR) {
            return lo;
        }
        while (hi - lo > 0.05) {
            double mid = 0.5 * (lo + hi);
            if (minRelativePivot(ata, pen, s * Math.pow(10, mid)) >= PIVOT_FLOOR) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** min_i r_ii²/g_ii over the Cholesky factorization G = RᵀR of G = AᵀA + l·LᵀL (0 if it fails). */
    private static double minRelativePivot(double[][] ata, double[][] pen, double l) {
        int c = ata.length;
        double[][] r = new double[c][c];
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < c; i++) {
            for (int j = i; j < c; j++) {
                double v = ata[i][j] + l * pen[i][j];
                for (int t = 0; t < i; t++) {
                    v -= r[t][i] * r[t][j];
                }
                if (i == j) {
                    double g = ata[i][i] + l * pen[i][i];
                    if (!(v > 0)) {
                        return 0;
                    }
                    min = Math.min(min, v / g);
                    r[i][i] = Math.sqrt(v);
                } else {
                    r[i][j] = v / r[i][i];
                }
            }
        }
        return min;
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

    /**
     * LᵀL for the chosen order on γ (columns 1…K), plus a small ridge on γ that keeps it definite;
     * R∞ (column 0) is not penalized at all, so the GCV can project it out exactly.
     */
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
        double ridge = RIDGE * tr / k;
        for (int j = 1; j < cols; j++) {
            p[j][j] += ridge;
        }
        return p;
    }

    /**
     * GCV of the unconstrained problem for every λ from one singular value decomposition.
     *
     * <p>R∞ (column 0) is not penalized, so it is projected out first: with q = a₀/‖a₀‖ and
     * P⊥ = I − qqᵀ, the influence matrix of min ‖Ax − b‖² + λs·γᵀL_γᵀL_γγ is
     * H = qqᵀ + H̃ with H̃ = Ã(ÃᵀÃ + λs L_γᵀL_γ)⁻¹Ãᵀ and à = P⊥A_γ. With L_γᵀL_γ = RᵀR and the
     * SVD B = ÃR⁻¹ = UΣVᵀ, tr H = 1 + Σ σ_i²/(σ_i² + λs) and, with b̃ = P⊥b,
     * ‖(I − H)b‖² = Σ (λs/(σ_i² + λs))²(u_iᵀb̃)² + ‖b̃‖² − Σ (u_iᵀb̃)².
     *
     * <p>Why not the eigenvalues of BBᵀ or BᵀB: squaring B squares its condition number, and the
     * nearly unpenalized directions (the ridge-only constant γ for order 1) make it large enough
     * that small eigenvalues come out with absolute errors of ε·σ_max², even negative; the SVD
     * keeps them to ε·σ_max, and no component needs to be cut off.
     */
    static final class Gcv {
        private final double[] eig;
        private final double[] proj2;
        private final double orth2;
        private final double s;
        private final int m;

        Gcv(double[][] a, double[] b, double[][] pen, double s) {
            this.s = s;
            this.m = b.length;
            int c = pen.length - 1;
            // q = a₀/‖a₀‖; P⊥ applied to the γ columns and to b
            double[] q = new double[m];
            double nq = 0;
            for (int i = 0; i < m; i++) {
                nq += a[i][0] * a[i][0];
            }
            nq = Math.sqrt(nq);
            for (int i = 0; i < m; i++) {
                q[i] = a[i][0] / nq;
            }
            double[][] at = new double[m][c];
            for (int j = 0; j < c; j++) {
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += q[i] * a[i][j + 1];
                }
                for (int i = 0; i < m; i++) {
                    at[i][j] = a[i][j + 1] - dot * q[i];
                }
            }
            double[] bt = b.clone();
            double qb = 0;
            for (int i = 0; i < m; i++) {
                qb += q[i] * b[i];
            }
            double bb = 0;
            for (int i = 0; i < m; i++) {
                bt[i] -= qb * q[i];
                bb += bt[i] * bt[i];
            }
            // Cholesky of the γ block of the penalty, L_γᵀL_γ = RᵀR (R upper)
            double[][] r = new double[c][c];
            for (int i = 0; i < c; i++) {
                for (int j = i; j < c; j++) {
                    double v = pen[i + 1][j + 1];
                    for (int t = 0; t < i; t++) {
                        v -= r[t][i] * r[t][j];
                    }
                    if (i == j) {
                        if (!(v > 0)) {
                            throw new IllegalStateException("DRT penalty is not positive definite at " + i);
                        }
                        r[i][i] = Math.sqrt(v);
                    } else {
                        r[i][j] = v / r[i][i];
                    }
                }
            }
            // B = Ã R⁻¹: solve y R = ã_row for every row
            double[][] bm = new double[m][c];
            for (int row = 0; row < m; row++) {
                double[] y = bm[row];
                double[] ar = at[row];
                for (int j = 0; j < c; j++) {
                    double v = ar[j];
                    for (int t = 0; t < j; t++) {
                        v -= y[t] * r[t][j];
                    }
                    y[j] = v / r[j][j];
                }
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(bm, false));
            double[] sv = svd.getSingularValues();
            RealMatrix u = svd.getU();
            int dim = sv.length;
            this.eig = new double[dim];
            this.proj2 = new double[dim];
            double inRange = 0;
            for (int i = 0; i < dim; i++) {
                eig[i] = sv[i] * sv[i];
                double p = 0;
                for (int t = 0; t < m; t++) {
                    p += u.getEntry(t, i) * bt[t];
                }
                proj2[i] = p * p;
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
            // + 1 for the unpenalized R∞
            double den = 1 - (tr + 1) / m;
            return (res / m) / (den * den);
        }

        /**
         * The minimum of GCV on a grid of 0.1 decade, refined by Brent's method. The grid starts on
         * 10^−10 … 10^1 and extends by 2 decades at a time while the minimum is on its lower end,
         * down to the numerical floor, or on its upper end, up to the fully smoothed limit
         * λs = 100·σ_max² beyond which GCV no longer changes.
         *
         * @param floor the numerical floor of log10 λ
         * @return {λ, GCV(λ), −1 if λ is on the lower end of the final range, +1 on the upper end, 0
         *     inside}
         */
        double[] minimize(double floor) {
            double ceiling = Math.max(LOG_LAMBDA_MAX, Math.log10(FLAT_FACTOR * eig[0] / s));
            double lo = Math.max(LOG_LAMBDA_MIN, floor);
            double hi = Math.max(LOG_LAMBDA_MAX, lo + 1);
            double step = 0.1;
            double[] v;
            int best;
            while (true) {
                int grid = (int) Math.round((hi - lo) / step) + 1;
                v = new double[grid];
                best = 0;
                for (int i = 0; i < grid; i++) {
                    v[i] = value(lo + step * i);
                    if (v[i] < v[best]) {
                        best = i;
                    }
                }
                if (best == 0 && lo > floor) {
                    lo = Math.max(floor, lo - 2);
                } else if (best == grid - 1 && hi < ceiling) {
                    hi = Math.min(ceiling, hi + 2);
                } else {
                    break;
                }
            }
            int last = v.length - 1;
            double start = lo + step * best;
            double a = lo + step * Math.max(0, best - 1);
            double b = lo + step * Math.min(last, best + 1);
            UnivariatePointValuePair p = new BrentOptimizer(1e-10, 1e-6).optimize(new MaxEval(200),
                    new UnivariateObjectiveFunction(this::value), GoalType.MINIMIZE, new SearchInterval(a, b, start));
            double x = p.getValue() <= v[best] ? p.getPoint() : start;
            double bound = best == 0 ? -1 : best == last ? 1 : 0;
            return new double[] {Math.pow(10, x), Math.min(p.getValue(), v[best]), bound};
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DrtSolver[%d time constants, grid extended %.3g decades, penalty order %d, λ %s]",
                points, extension, order, Double.isNaN(lambda) ? "by GCV" : String.format(Locale.ROOT, "%.3g", lambda));
    }
}
