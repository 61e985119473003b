package org.interphase.impedance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.interphase.core.Checks;

/**
 * The linear Kramers–Kronig test of Schönleber, Klotz &amp; Ivers-Tiffée (<i>Electrochim. Acta</i>
 * 131 (2014) 20, DOI 10.1016/j.electacta.2014.01.034), after Boukamp (<i>J. Electrochem. Soc.</i>
 * 142 (1995) 1885).
 *
 * <p>The data are fitted by a KK-compliant model Z = R0 + jωL [+ 1/(jωC)] + Σ_{k=1}^{M} R_k/(1 + jωτ_k)
 * with fixed τ_k spaced evenly in log τ from 1/ω_max to 1/ω_min. The fit is linear in
 * (R0, R_k, L, 1/C): weighted least squares by QR on the stacked real and imaginary parts, each
 * divided by |Z_i|. M is chosen with the over-fit measure μ = 1 − Σ_{R_k&lt;0}|R_k| /
 * Σ_{R_k≥0}|R_k| and a threshold c (default 0.85, Schönleber's value):
 * <ul>
 * <li>{@link Selection#FIRST_BELOW} (Schönleber et al., and impedance.py): M grows from 1 until
 * μ &lt; c;</li>
 * <li>{@link Selection#LAST_ABOVE} (default): the largest M ≤ M_max with μ ≥ c.</li>
 * </ul>
 * Why the default deviates from Schönleber's rule: μ is not monotonic in M. Under-fitting also
 * produces negative R_k, so the first crossing can stop with a model too coarse for the data, and
 * its residuals then mix misfit with what the test is meant to show. Measured in this package's
 * tests: on noise-free data, residuals of 1 % instead of 1e-5 on a CPE–Warburg–Gerischer circuit
 * and 8e-4 instead of 1.3e-5 on R0-p(R1,CPE1)-p(R2,C2); on that circuit with 0.2 % noise (4 noise
 * draws) the last crossing takes M = 23–26 and leaves rms residuals of 0.85–0.97σ, the first
 * crossing M = 18–24 and once 1.36σ — a clean spectrum that looks like a drifting one by its rms.
 * Both rules flag a drift of 10 % in one resistance over the sweep (largest residual above 6σ,
 * against below 4σ without drift). Both are tested; choose {@link Selection#FIRST_BELOW} to
 * reproduce Schönleber et al. or impedance.py.
 * A spectrum that obeys KK (causal, linear, stable, time-invariant) then leaves relative
 * residuals (Z − Z_fit)/|Z| at the noise level, while drift leaves systematic residuals.
 *
 * <p>Limitation (as in impedance.py): when Z'' diverges at low frequency (blocking electrodes,
 * finite-space Warburg), an under-fitted model also produces negative R_k, so μ can fall below c
 * long before the fit is good. Enable the series capacitance and choose M yourself with
 * {@link #withTerms(int)} (about 4 per decade), and check {@link LinKKSolution#maxResidual()}.
 *
 * <p>Usage: {@code LinKKSolution kk = LinKKSolver.withDefaults().solve(spectrum); kk.isValid(0.005);}
 * Immutable and thread-safe: configure once with the {@code withX} copies, solve many spectra.
 */
public final class LinKKSolver {

    /** How the number of Voigt elements is chosen from μ(M). */
    public enum Selection {
        /** The first M with μ &lt; c (Schönleber, Klotz &amp; Ivers-Tiffée 2014). */
        FIRST_BELOW,
        /** The largest M ≤ M_max with μ ≥ c. */
        LAST_ABOVE
    }


    /** Up to 100 000 Voigt elements: far beyond any spectrum (M ≤ 2n − 1) and a bounded loop. */
    public static final int MAX_TERMS_LIMIT = 100_000;

    private final Selection selection;
    private final double muThreshold;
    private final int maxTerms;
    private final boolean capacitance;
    private final boolean inductance;
    /** A fixed M, or 0 for the automatic choice. */
    private final int terms;
    private final FitPart part;

    private LinKKSolver(Selection selection, double muThreshold, int maxTerms, boolean capacitance, boolean inductance,
            int terms) {
        this(selection, muThreshold, maxTerms, capacitance, inductance, terms, FitPart.COMPLEX);
    }

    private LinKKSolver(Selection selection, double muThreshold, int maxTerms, boolean capacitance, boolean inductance,
            int terms, FitPart part) {
        this.part = part;
        this.selection = selection;
        this.muThreshold = muThreshold;
        this.maxTerms = maxTerms;
        this.capacitance = capacitance;
        this.inductance = inductance;
        this.terms = terms;
    }

    /**
     * @return the test with M chosen automatically by {@link Selection#LAST_ABOVE}, c = 0.85, at
     *     most 50 Voigt elements, a series inductance and no series capacitance
     */
    public static LinKKSolver withDefaults() {
        return new LinKKSolver(Selection.LAST_ABOVE, 0.85, 50, false, true, 0);
    }

    /**
     * @param selection how M is chosen from μ(M) when it is automatic (default
     *     {@link Selection#LAST_ABOVE})
     * @return a copy with that rule
     * @throws NullPointerException if selection is null
     */
    public LinKKSolver withSelection(Selection selection) {
        Objects.requireNonNull(selection, "selection must not be null");
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, inductance, terms, part);
    }

    /**
     * @param muThreshold the over-fit threshold c, in (0, 1] (default 0.85)
     * @return a copy with that threshold
     * @throws IllegalArgumentException if c is not in (0, 1]
     */
    public LinKKSolver withMuThreshold(double muThreshold) {
        Checks.finite(muThreshold, "muThreshold (μ threshold c)", "");
        if (!(muThreshold > 0 && muThreshold <= 1)) {
            throw new IllegalArgumentException("muThreshold (μ threshold c) must be in (0, 1], was " + muThreshold);
        }
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, inductance, terms, part);
    }

    /**
     * @param maxTerms the largest M the automatic choice tries, in [1, {@value #MAX_TERMS_LIMIT}]
     *     (default 50; M is also kept below 2n − 1 for n frequencies)
     * @return a copy with that limit
     * @throws IllegalArgumentException if out of range
     */
    public LinKKSolver withMaxTerms(int maxTerms) {
        if (maxTerms < 1 || maxTerms > MAX_TERMS_LIMIT) {
            throw new IllegalArgumentException("maxTerms (largest number of Voigt elements M) must be in [1, "
                    + MAX_TERMS_LIMIT + "], was " + maxTerms);
        }
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, inductance, terms, part);
    }

    /**
     * @param terms a fixed number M of Voigt elements, in [1, {@value #MAX_TERMS_LIMIT}] (and at
     *     most 2n − 1 − the series terms for the spectrum solved), instead of the automatic choice
     * @return a copy that fits exactly M elements
     * @throws IllegalArgumentException if out of range
     */
    public LinKKSolver withTerms(int terms) {
        if (terms < 1 || terms > MAX_TERMS_LIMIT) {
            throw new IllegalArgumentException("terms (number of Voigt elements M) must be in [1, " + MAX_TERMS_LIMIT
                    + "], was " + terms);
        }
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, inductance, terms, part);
    }

    /** @return a copy that chooses M from μ(M) (the default) */
    public LinKKSolver withAutomaticTerms() {
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, inductance, 0, part);
    }

    /**
     * @param seriesCapacitance whether the model has a series 1/(jωC) (blocking electrodes, whose
     *     Z'' diverges at low f; default false)
     * @return a copy with or without it
     */
    public LinKKSolver withSeriesCapacitance(boolean seriesCapacitance) {
        return new LinKKSolver(selection, muThreshold, maxTerms, seriesCapacitance, inductance, terms, part);
    }

    /**
     * @param seriesInductance whether the model has a series jωL (cables, at high f; default true)
     * @return a copy with or without it
     */
    public LinKKSolver withSeriesInductance(boolean seriesInductance) {
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, seriesInductance, terms, part);
    }

    /**
     * The parts the Voigt elements are fitted to (impedance.py's {@code fit_type}): {@link FitPart#COMPLEX}
     * (the default; Schönleber et al. 2014, eq. 14), {@link FitPart#REAL} (impedance.py's default: R0 and R_k
     * fitted to Z'/|Z|, then L (and C) by least squares to the imaginary remainder, whose residuals then test
     * the Kramers–Kronig transform of the real part) or {@link FitPart#IMAGINARY} (R_k, L (and C) fitted to
     * Z''/|Z|, R0 then the weighted mean Σ w_i(Z'_i − Z'_fit,i)/Σ w_i with w_i = 1/|Z_i|², Boukamp,
     * <i>J. Electrochem. Soc.</i> 142 (1995) 1885, eq. 7, as impedance.py does).
     *
     * @param fitPart the parts the Voigt elements are fitted to
     * @return a copy that fits those parts
     * @throws NullPointerException if fitPart is null
     */
    public LinKKSolver withFitPart(FitPart fitPart) {
        Objects.requireNonNull(fitPart, "fitPart must not be null");
        return new LinKKSolver(selection, muThreshold, maxTerms, capacitance, inductance, terms, fitPart);
    }

    /** @return the parts the Voigt elements are fitted to */
    public FitPart fitPart() {
        return part;
    }

    /** @return the rule of the automatic choice of M */
    public Selection selection() {
        return selection;
    }

    /** @return the over-fit threshold c */
    public double muThreshold() {
        return muThreshold;
    }

    /** @return the largest M the automatic choice tries */
    public int maxTerms() {
        return maxTerms;
    }

    /** @return the fixed M, or empty if M is chosen automatically */
    public OptionalInt terms() {
        return terms == 0 ? OptionalInt.empty() : OptionalInt.of(terms);
    }

    /** @return whether the model has a series capacitance */
    public boolean seriesCapacitance() {
        return capacitance;
    }

    /** @return whether the model has a series inductance */
    public boolean seriesInductance() {
        return inductance;
    }

    /**
     * Tests a spectrum: fits the KK-compliant model with the fixed M, or with M chosen from μ(M).
     *
     * @param data the spectrum: at least 4 frequencies, not all equal, |Z| &gt; 0
     * @return the solution with M, μ, the relative residuals and warnings
     * @throws NullPointerException if data is null
     * @throws IllegalArgumentException for too few or all-equal frequencies, or a fixed M too
     *     large for the spectrum
     */
    public LinKKSolution solve(Spectrum data) {
        Objects.requireNonNull(data, "data (the spectrum) must not be null");
        int n = data.size();
        if (n < 4) {
            throw new IllegalArgumentException("the Kramers–Kronig test needs at least 4 frequencies, was " + n);
        }
        int extra = fittedSeriesTerms();
        int rows = part == FitPart.COMPLEX ? 2 * n : n;
        List<String> warnings = new ArrayList<>();
        if (terms > 0) {
            if (terms > rows - extra) {
                throw new IllegalArgumentException("terms (number of Voigt elements M) must be at most "
                        + (rows - extra) + " for " + n + " frequencies (" + (part == FitPart.COMPLEX ? 2 : 1)
                        + " fitted value" + (part == FitPart.COMPLEX ? "s" : "") + " each, " + extra
                        + " for the series terms fitted with them), was " + terms);
            }
            return fit(data, terms);
        }
        int mMax = Math.min(maxTerms, rows - extra - 1);
        if (mMax < 1) {
            throw new IllegalArgumentException("the Kramers–Kronig test on the " + part.name().toLowerCase(Locale.ROOT)
                    + " part needs at least " + (extra + 2) + " frequencies, was " + n);
        }
        LinKKSolution last = null;
        LinKKSolution lastAbove = null;
        for (int m = 1; m <= mMax; m++) {
            last = fit(data, m);
            if (last.mu() < muThreshold) {
                if (selection == Selection.FIRST_BELOW) {
                    return last;
                }
            } else {
                lastAbove = last;
            }
        }
        if (selection == Selection.FIRST_BELOW) {
            warnings.add(String.format(Locale.ROOT, "μ stayed at or above c = %.3g up to M = %d (the most tried): the "
                    + "fit may be under-resolved; raise maxTerms", muThreshold, mMax));
        } else if (lastAbove == null) {
            warnings.add(String.format(Locale.ROOT, "μ was below c = %.3g for every M up to %d: the last M is used; "
                    + "check the residuals, or fix M with withTerms", muThreshold, mMax));
        } else if (lastAbove.terms() == mMax && mMax == maxTerms) {
            warnings.add(String.format(Locale.ROOT, "M = %d is the largest M tried (maxTerms): μ was still ≥ c = %.3g; "
                    + "raise maxTerms", mMax, muThreshold));
        }
        return (lastAbove != null ? lastAbove : last).withWarnings(warnings);
    }

    /** The series terms fitted together with the R_k: R0, L, C for the complex fit, R0 for the real, L, C for the imaginary. */
    private int fittedSeriesTerms() {
        int lc = (inductance ? 1 : 0) + (capacitance ? 1 : 0);
        return part == FitPart.COMPLEX ? 1 + lc : part == FitPart.REAL ? 1 : lc;
    }

    /** The fit with a given number M of Voigt elements (M already checked against the data). */
    LinKKSolution fit(Spectrum data, int m) {
        int n = data.size();
        int colsNeeded = fittedSeriesTerms();
        int rowsFitted = part == FitPart.COMPLEX ? 2 * n : n;
        if (m < 1 || m > rowsFitted - colsNeeded) {
            // checked before any array is allocated: m = Integer.MAX_VALUE must not run out of memory
            throw new IllegalArgumentException("m (number of Voigt elements) must be in [1, " + (rowsFitted - colsNeeded)
                    + "] for " + n + " frequencies (" + rowsFitted / n + " fitted values each, " + colsNeeded
                    + " for the series terms fitted with them), was " + m);
        }
        double[] w = data.angularFrequencies();
        double wMin = data.minAngularFrequency();
        double wMax = data.maxAngularFrequency();
        if (!(wMax > wMin)) {
            throw new IllegalArgumentException("the Kramers–Kronig test needs more than one distinct frequency, all were "
                    + data.frequency(0) + " Hz");
        }
        double[] tau = new double[m];
        for (int k = 0; k < m; k++) {
            tau[k] = m == 1 ? 1 / wMax : Math.exp(Math.log(1 / wMax) + Math.log(wMax / wMin) * k / (m - 1));
        }
        int cols = 1 + m + (inductance ? 1 : 0) + (capacitance ? 1 : 0);
        double[][] a = new double[2 * n][cols];
        double[] b = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double mod = data.modulus(i);
            a[i][0] = 1 / mod;
            for (int k = 0; k < m; k++) {
                double x = w[i] * tau[k];
                double d = 1 + x * x;
                a[i][1 + k] = 1 / d / mod;
                a[n + i][1 + k] = -x / d / mod;
            }
            int c = 1 + m;
            if (inductance) {
                a[n + i][c++] = w[i] / mod;
            }
            if (capacitance) {
                a[n + i][c] = -1 / w[i] / mod;
            }
            b[i] = data.re(i) / mod;
            b[n + i] = data.im(i) / mod;
        }
        double[] coef = new double[cols];
        if (part == FitPart.COMPLEX) {
            int[] all = new int[cols];
            for (int j = 0; j < cols; j++) {
                all[j] = j;
            }
            leastSquares(a, b, 0, 2 * n, all, coef);
        } else if (part == FitPart.REAL) {
            int[] sel = new int[1 + m];
            for (int j = 0; j <= m; j++) {
                sel[j] = j;
            }
            leastSquares(a, b, 0, n, sel, coef);
            if (cols > 1 + m) {
                // L and C from the imaginary remainder, as impedance.py does
                double[] rem = new double[2 * n];
                for (int i = 0; i < n; i++) {
                    double v = b[n + i];
                    for (int k = 1; k <= m; k++) {
                        v -= a[n + i][k] * coef[k];
                    }
                    rem[n + i] = v;
                }
                int[] lc = new int[cols - 1 - m];
                for (int j = 0; j < lc.length; j++) {
                    lc[j] = 1 + m + j;
                }
                leastSquares(a, rem, n, 2 * n, lc, coef);
            }
        } else {
            int[] sel = new int[cols - 1];
            for (int j = 0; j < sel.length; j++) {
                sel[j] = 1 + j;
            }
            leastSquares(a, b, n, 2 * n, sel, coef);
            // R0: the weighted mean of the real remainder, weights 1/|Z|² (Boukamp 1995, eq. 7)
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                double mod = data.modulus(i);
                double zre = 0;
                for (int k = 1; k <= m; k++) {
                    zre += a[i][k] * mod * coef[k];
                }
                double wi = 1 / (mod * mod);
                num += wi * (data.re(i) - zre);
                den += wi;
            }
            coef[0] = num / den;
        }
        double pos = 0;
        double neg = 0;
        double[] rk = new double[m];
        for (int k = 0; k < m; k++) {
            rk[k] = coef[1 + k];
            if (rk[k] >= 0) {
                pos += rk[k];
            } else {
                neg -= rk[k];
            }
        }
        double mu = neg == 0 ? 1 : 1 - neg / pos;
        if (!(mu >= -Double.MAX_VALUE)) {
            // no positive R_k (or a ratio beyond double range): the most over-fitted state there is
            mu = -Double.MAX_VALUE;
        }
        double[] fr = new double[n];
        double[] fi = new double[n];
        double[] resRe = new double[n];
        double[] resIm = new double[n];
        for (int i = 0; i < n; i++) {
            double re = coef[0];
            double im = 0;
            for (int k = 0; k < m; k++) {
                double x = w[i] * tau[k];
                double d = 1 + x * x;
                re += rk[k] / d;
                im -= rk[k] * x / d;
            }
            int c = 1 + m;
            if (inductance) {
                im += coef[c++] * w[i];
            }
            if (capacitance) {
                im -= coef[c] / w[i];
            }
            fr[i] = re;
            fi[i] = im;
            double mod = data.modulus(i);
            resRe[i] = (data.re(i) - re) / mod;
            resIm[i] = (data.im(i) - im) / mod;
        }
        Spectrum fitted = Spectrum.owning(data.frequencies(), fr, fi, data.perArea());
        return new LinKKSolution(this, m, mu, tau, rk, coef[0], resRe, resIm, fitted, data, List.of());
    }

    /**
     * Least squares on rows [r0, r1) and the selected columns of A, by QR after equilibrating the
     * columns (they differ in scale by many decades: ω up to 1e9); the solution goes into those
     * entries of coef.
     */
    private static void leastSquares(double[][] a, double[] b, int r0, int r1, int[] sel, double[] coef) {
        int rows = r1 - r0;
        int cols = sel.length;
        double[][] sub = new double[rows][cols];
        double[] rhs = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                sub[i][j] = a[r0 + i][sel[j]];
            }
            rhs[i] = b[r0 + i];
        }
        double[] scale = new double[cols];
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int i = 0; i < rows; i++) {
                s += sub[i][j] * sub[i][j];
            }
            scale[j] = s > 0 ? 1 / Math.sqrt(s) : 1;
            for (int i = 0; i < rows; i++) {
                sub[i][j] *= scale[j];
            }
        }
        DecompositionSolver solver = new QRDecomposition(new Array2DRowRealMatrix(sub, false), 1e-14).getSolver();
        RealVector sol = solver.solve(new ArrayRealVector(rhs, false));
        for (int j = 0; j < cols; j++) {
            coef[sel[j]] = sol.getEntry(j) * scale[j];
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LinKKSolver[%s, c = %.3g, M ≤ %d%s%s%s%s]", selection, muThreshold, maxTerms,
                terms > 0 ? ", M = " + terms + " fixed" : "", inductance ? ", series L" : "",
                capacitance ? ", series C" : "", part == FitPart.COMPLEX ? "" : ", "
                        + part.name().toLowerCase(Locale.ROOT) + " part fitted");
    }
}
