package org.interphase.impedance;

import java.util.Arrays;
import org.interphase.core.GaussLegendreRule;

/**
 * The radial-basis discretization of the DRT: the impedance integrals of every RBF at every
 * frequency and the penalty integrals, by one shared product rule.
 *
 * <p>With y = ln τ, φ_m(y) = φ(ε(y − y_m)) and t = ω e^y:
 * <pre>
 *   A'_im  = ∫ φ_m(y) / (1 + t²) dy,      A''_im = −∫ φ_m(y) t / (1 + t²) dy,
 *   P^(k)_mn = ∫ φ_m^(k)(y) φ_n^(k)(y) dy  (k-th derivatives in y).
 * </pre>
 * Why one rule for all entries instead of an adaptive quadrature per entry: n·K entries (20 000
 * for 100 frequencies and 200 centres) times the dozens of panels an adaptive rule takes per entry
 * is seconds; one set of nodes y_q, shared by every entry, turns the matrices into products
 * A = K·Φ of a kernel table K_iq = w_q/(1 + ω_i²e^{2y_q}) and a basis table Φ_qm, a few ms. The
 * rule is composite Gauss–Legendre (core {@link GaussLegendreRule}, {@value #NODES} nodes per
 * panel) whose panel boundaries include every centre y_m (the Matérn functions are not analytic
 * at x = 0, only on each side) and whose panels are at most min(1, 1/ε) wide. The integrands'
 * nearest complex singularities are at distance ≥ min(π/2, 1/ε) from the real axis (the kernel's
 * poles at Im y = π/2, the inverse quadratic's at Im x = ±1; the Gaussian grows by at most e on
 * that strip), so the Bernstein ellipse of every panel has ρ ≥ 2 + √5 and the error of the
 * 12-point rule is about ρ^−24 ≈ 10^−15 of the integrand's scale. Each entry is checked in
 * DrtRbfTest against core Quadrature's adaptive Gauss–Kronrod-type rule to 10^−10.
 *
 * <p>The range: for the Gaussian and Matérn functions the centres' supports, y_0 − c/ε …
 * y_{K−1} + c/ε with φ(c) below 10^−17 ({@link DrtBasis} cutoff). For the inverse quadratic (a
 * 1/x² tail) the range runs from 25 below ln(1/ω_max) to 25 above ln(1/ω_min) (and the centres);
 * beyond it the kernels are within e^−25 of their limits, and panels as wide as their distance from
 * the centres carry φ's tail out to 10⁴/ε; the real part's remaining left tail, where the kernel is
 * 1, is added in closed form: ∫_{−∞}^{y_lo} φ_m dy = (π/2 + atan(ε(y_lo − y_m)))/ε.
 */
final class RbfMatrices {

    /** Gauss–Legendre nodes per panel. */
    static final int NODES = 12;
    /** Margin of the inverse quadratic's range beyond the data, in ln τ (e^−25 ≈ 1.4e-11). */
    private static final double IQ_MARGIN = 25;

    private final DrtBasis basis;
    private final double eps;
    private final double[] centres;
    private final double[] y;
    private final double[] w;
    /** Per centre: first node of its support, and w_q·φ_m(y_q) from there. */
    private final int[] first;
    private final double[][] phiW;
    private final double yLo;

    /**
     * @param basis the radial basis (not {@link DrtBasis#PIECEWISE_LINEAR})
     * @param eps the shape factor ε, per unit ln τ (&gt; 0)
     * @param centres y_m = ln τ_m, increasing, evenly spaced
     * @param wMin smallest angular frequency of the data, rad/s
     * @param wMax largest angular frequency, rad/s
     */
    RbfMatrices(DrtBasis basis, double eps, double[] centres, double wMin, double wMax) {
        this.basis = basis;
        this.eps = eps;
        this.centres = centres.clone();
        int k = centres.length;
        double c = basis.cutoff();
        double lo;
        double hi;
        if (Double.isInfinite(c)) {
            lo = Math.min(centres[0], -Math.log(wMax)) - IQ_MARGIN;
            hi = Math.max(centres[k - 1], -Math.log(wMin)) + IQ_MARGIN;
        } else {
            lo = centres[0] - c / eps;
            hi = centres[k - 1] + c / eps;
        }
        double wMaxPanel = Math.min(1, 1 / eps);
        // breakpoints, ascending: (far left), lo … centres … hi, (far right)
        java.util.List<Double> left = new java.util.ArrayList<>();
        java.util.List<Double> right = new java.util.ArrayList<>();
        if (Double.isInfinite(c)) {
            // beyond ±25 the kernels are constant to e^−25 and only φ's 1/x² tail matters: panels as wide as their
            // distance from the centres (the poles of φ at y_m ± i/ε stay outside a Bernstein ellipse of ρ ≥ 5.8)
            // out to 10⁴/ε, where ∫φ_mφ_n has lost less than 10^−12 of itself
            double far = 1e4 / eps;
            double a = lo;
            while (centres[0] - a < far) {
                double wdt = Math.max(wMaxPanel, centres[0] - a);
                a -= wdt;
                left.add(a);
            }
            double b = hi;
            while (b - centres[k - 1] < far) {
                double wdt = Math.max(wMaxPanel, b - centres[k - 1]);
                b += wdt;
                right.add(b);
            }
        }
        int outLo = (int) Math.ceil((centres[0] - lo) / wMaxPanel);
        int outHi = (int) Math.ceil((hi - centres[k - 1]) / wMaxPanel);
        int panels = outLo + outHi + left.size() + right.size();
        int[] sub = new int[k - 1];
        for (int m = 0; m + 1 < k; m++) {
            sub[m] = Math.max(1, (int) Math.ceil((centres[m + 1] - centres[m]) / wMaxPanel));
            panels += sub[m];
        }
        GaussLegendreRule rule = GaussLegendreRule.of(NODES);
        double[] t = rule.nodes();
        double[] tw = rule.weights();
        y = new double[panels * NODES];
        w = new double[panels * NODES];
        int q = 0;
        for (int p = left.size() - 1; p >= 0; p--) {
            q = panel(left.get(p), p == 0 ? lo : left.get(p - 1), t, tw, q);
        }
        double step = outLo == 0 ? 0 : (centres[0] - lo) / outLo;
        for (int p = 0; p < outLo; p++) {
            q = panel(lo + p * step, p == outLo - 1 ? centres[0] : lo + (p + 1) * step, t, tw, q);
        }
        for (int m = 0; m + 1 < k; m++) {
            double h = (centres[m + 1] - centres[m]) / sub[m];
            for (int p = 0; p < sub[m]; p++) {
                q = panel(centres[m] + p * h, p == sub[m] - 1 ? centres[m + 1] : centres[m] + (p + 1) * h, t, tw, q);
            }
        }
        step = outHi == 0 ? 0 : (hi - centres[k - 1]) / outHi;
        for (int p = 0; p < outHi; p++) {
            q = panel(centres[k - 1] + p * step, p == outHi - 1 ? hi : centres[k - 1] + (p + 1) * step, t, tw, q);
        }
        for (int p = 0; p < right.size(); p++) {
            q = panel(p == 0 ? hi : right.get(p - 1), right.get(p), t, tw, q);
        }
        this.yLo = left.isEmpty() ? lo : left.get(left.size() - 1);
        first = new int[k];
        phiW = new double[k][];
        for (int m = 0; m < k; m++) {
            int a = lowerNode(centres[m] - c / eps);
            int b = upperNode(centres[m] + c / eps);
            first[m] = a;
            double[] row = new double[b - a];
            for (int j = a; j < b; j++) {
                row[j - a] = w[j] * basis.phi(eps * (y[j] - centres[m]));
            }
            phiW[m] = row;
        }
    }

    private int panel(double a, double b, double[] t, double[] tw, int q) {
        double mid = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        for (int i = 0; i < t.length; i++) {
            y[q] = mid + half * t[i];
            w[q] = half * tw[i];
            q++;
        }
        return q;
    }

    private int lowerNode(double v) {
        if (!(v > y[0])) {
            return 0;
        }
        int i = Arrays.binarySearch(y, v);
        return i >= 0 ? i : -i - 1;
    }

    private int upperNode(double v) {
        if (!(v < y[y.length - 1])) {
            return y.length;
        }
        int i = Arrays.binarySearch(y, v);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** @return the number of quadrature nodes */
    int nodes() {
        return y.length;
    }

    /**
     * The real and imaginary impedance integrals of every centre at every ω.
     *
     * @param omega angular frequencies, rad/s
     * @return {A' (n×K), A'' (n×K)}, Ω per unit x_m
     */
    double[][][] impedance(double[] omega) {
        int n = omega.length;
        int k = centres.length;
        int nq = y.length;
        double[][] re = new double[n][k];
        double[][] im = new double[n][k];
        double[] kr = new double[nq];
        double[] ki = new double[nq];
        double[] ey = new double[nq];
        for (int q = 0; q < nq; q++) {
            ey[q] = Math.exp(y[q]);
        }
        boolean iq = Double.isInfinite(basis.cutoff());
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < nq; q++) {
                double tq = omega[i] * ey[q];
                if (tq > 1e150) {
                    kr[q] = 0;
                    ki[q] = -1 / tq;
                } else {
                    double d = 1 + tq * tq;
                    kr[q] = 1 / d;
                    ki[q] = -tq / d;
                }
            }
            for (int m = 0; m < k; m++) {
                double[] row = phiW[m];
                int a = first[m];
                double sr = 0;
                double si = 0;
                for (int j = 0; j < row.length; j++) {
                    sr += kr[a + j] * row[j];
                    si += ki[a + j] * row[j];
                }
                if (iq) {
                    sr += (Math.PI / 2 + Math.atan(eps * (yLo - centres[m]))) / eps;
                }
                re[i][m] = sr;
                im[i][m] = si;
            }
        }
        return new double[][][] {re, im};
    }

    /**
     * The penalty matrix ∫φ_m^(k)φ_n^(k) dy of derivatives of order k in y = ln τ.
     *
     * @param order k = 0, 1 or 2
     * @return the K×K matrix, per (unit ln τ)^(2k−1)
     */
    double[][] penalty(int order) {
        int k = centres.length;
        double c = basis.cutoff();
        double[][] d = new double[k][];
        for (int m = 0; m < k; m++) {
            int a = first[m];
            double[] row = new double[phiW[m].length];
            for (int j = 0; j < row.length; j++) {
                row[j] = basis.phiDerivative(eps * (y[a + j] - centres[m]), order);
            }
            d[m] = row;
        }
        double scale = Math.pow(eps, 2 * order);
        double[][] p = new double[k][k];
        for (int m = 0; m < k; m++) {
            for (int n = m; n < k; n++) {
                if (centres[n] - centres[m] > 2 * c / eps) {
                    break;
                }
                int a = Math.max(first[m], first[n]);
                int b = Math.min(first[m] + d[m].length, first[n] + d[n].length);
                double s = 0;
                for (int q = a; q < b; q++) {
                    s += w[q] * d[m][q - first[m]] * d[n][q - first[n]];
                }
                p[m][n] = s * scale;
                p[n][m] = p[m][n];
            }
        }
        return p;
    }

    /**
     * γ(y_j) = Σ_m x_m φ(ε(y_j − y_m)) at points y_j.
     *
     * @param x the coefficients x_m
     * @param at the points y_j = ln τ_j
     * @return γ at the points, in the unit of x
     */
    double[] gamma(double[] x, double[] at) {
        double[] g = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            double s = 0;
            for (int m = 0; m < x.length; m++) {
                if (x[m] != 0) {
                    s += x[m] * basis.phi(eps * (at[j] - centres[m]));
                }
            }
            g[j] = s;
        }
        return g;
    }
}
