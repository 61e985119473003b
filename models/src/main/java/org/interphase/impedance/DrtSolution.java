package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.LeastSquares;
import org.interphase.core.Profile;

/**
 * The solution of a {@link DrtSolver}: a distribution of relaxation times γ(ln τ) on the τ grid
 * (Ω per unit ln τ, Ω·m² per area), the high-frequency resistance R∞, the regularization
 * parameter λ and how it was chosen, the reconstructed spectrum, the misfit and warnings.
 * Immutable; accessors return copies.
 */
public final class DrtSolution {

    /** Relative dip of γ, below the lower of two neighbouring maxima, that separates two peaks. */
    static final double MIN_DIP = 0.2;
    /** Smallest share of the polarization resistance a reported peak carries. */
    static final double MIN_RESISTANCE_FRACTION = 0.01;

    private final DrtSolver solver;
    private final double[] tau;
    private final double[] gamma;
    private final double[] weight;
    private final double rInf;
    private final double lambda;
    private final DrtSolver.LambdaChoice lambdaChoice;
    private final double gcv;
    private final Spectrum fitted;
    private final Spectrum data;
    private final List<String> warnings;
    private final OptionalDouble inductance;
    private final DrtCredibleBand band;

    /** A solution with a fixed λ, no solver settings to report and no warnings (for tests). */
    DrtSolution(double[] tau, double[] gamma, double[] weight, double rInf, double lambda, double gcv, Spectrum fitted,
            Spectrum data) {
        this(DrtSolver.withDefaults().withLambda(lambda), tau, gamma, weight, rInf, lambda, DrtSolver.LambdaChoice.FIXED,
                gcv, fitted, data, List.of());
    }

    DrtSolution(DrtSolver solver, double[] tau, double[] gamma, double[] weight, double rInf, double lambda,
            DrtSolver.LambdaChoice lambdaChoice, double gcv, Spectrum fitted, Spectrum data, List<String> warnings) {
        this(solver, tau, gamma, weight, rInf, lambda, lambdaChoice, gcv, fitted, data, warnings, OptionalDouble.empty(),
                null);
    }

    DrtSolution(DrtSolver solver, double[] tau, double[] gamma, double[] weight, double rInf, double lambda,
            DrtSolver.LambdaChoice lambdaChoice, double gcv, Spectrum fitted, Spectrum data, List<String> warnings,
            OptionalDouble inductance, DrtCredibleBand band) {
        this.inductance = inductance;
        this.band = band;
        this.solver = solver;
        this.warnings = List.copyOf(warnings);
        this.tau = tau;
        this.gamma = gamma;
        this.weight = weight;
        this.rInf = rInf;
        this.lambda = lambda;
        this.lambdaChoice = lambdaChoice;
        this.gcv = gcv;
        this.fitted = fitted;
        this.data = data;
    }

    /** @return the spectrum that was solved */
    public Spectrum problem() {
        return data;
    }

    /** @return the solver (its settings) that produced this solution */
    public DrtSolver solver() {
        return solver;
    }

    /** @return the time constants τ_k, s, increasing */
    public double[] timeConstants() {
        return tau.clone();
    }

    /** @return γ_k ≥ 0, Ω (Ω·m² per area) per unit ln τ */
    public double[] gamma() {
        return gamma.clone();
    }

    /** @return γ(τ) as a profile, x = τ in s */
    public Profile distribution() {
        return Profile.of(tau, gamma, "τ", "s", "γ", data.perArea() ? "Ω·m²" : "Ω");
    }

    /**
     * @return the high-frequency resistance R∞, Ω (Ω·m² per area); fitted with γ when the real
     *     part is fitted, the weighted mean of the real part's remainder when only the imaginary
     *     part is (see {@link FitPart})
     */
    public double highFrequencyResistance() {
        return rInf;
    }

    /**
     * @return the series inductance L, H (H·m² per area), if the solver has one
     *     ({@link DrtSolver#withInductance(boolean)}); fitted with γ (L ≥ 0) when the imaginary
     *     part is fitted, by least squares on the imaginary remainder when only the real part is
     */
    public OptionalDouble inductance() {
        return inductance;
    }

    /**
     * @return the credible band of γ, if the solver computes one
     *     ({@link DrtSolver#withCredibleBand(int, long)})
     */
    public Optional<DrtCredibleBand> credibleBand() {
        return Optional.ofNullable(band);
    }

    /**
     * The peaks of γ fitted by a sum of Gaussians in ln τ, as in pyDRTtools' peak analysis:
     * γ(y) ≈ Σ_p R_p/(σ_p√(2π))·exp(−(y − y_p)²/(2σ_p²)), y = ln τ, fitted by least squares to γ
     * on the τ grid (core {@link LeastSquares}, parameters R_p ≥ 0, y_p on the grid and ln σ_p, σ_p
     * between a quarter of the grid spacing and the grid's length; a parameter on a bound has no
     * standard error), one Gaussian per
     * peak of {@link #peaks()}, started at its τ, resistance and height. Each peak's τ_p = e^{y_p}
     * and its resistance: the polarization resistance apportioned by the Gaussians' shares,
     * R_p = Σ_k Δ_k γ_k·g_p(y_k)/Σ_q g_q(y_k), so that the peaks' resistances sum to
     * {@link #polarizationResistance()} (a Gaussian's own area misses the heavier tails of real
     * peaks: 9 % of two ZARC arcs of n = 0.9; it is kept as {@link DrtGaussianPeak#gaussianArea()}).
     * Standard errors from the fit's covariance (Bevington &amp; Robinson): s.e.(τ_p) =
     * τ_p·s.e.(y_p), and s.e.(R_p) the relative standard error of the area applied to R_p. These
     * standard errors measure how well the Gaussians describe γ (the misfit of the shape), not the
     * noise of the data: the data's uncertainty is in the {@link #credibleBand()}.
     *
     * @return the fitted peaks, from the largest resistance to the smallest (empty if
     *     {@link #peaks()} is empty)
     * @throws ConvergenceException if the Gaussian fit does not converge
     */
    public ImmutableList<DrtGaussianPeak> gaussianPeaks() {
        List<DrtPeak> start = peaks();
        if (start.isEmpty()) {
            return ImmutableList.of();
        }
        int np = start.size();
        int k = gamma.length;
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            y[i] = Math.log(tau[i]);
        }
        double[] p0 = new double[3 * np];
        for (int p = 0; p < np; p++) {
            DrtPeak pk = start.get(p);
            double sigma = pk.height() > 0 ? pk.resistance() / (pk.height() * Math.sqrt(2 * Math.PI)) : 1;
            p0[3 * p] = pk.resistance();
            p0[3 * p + 1] = Math.log(pk.timeConstant());
            p0[3 * p + 2] = Math.log(Math.max(sigma, 1e-3));
        }
        LeastSquares.Model model = par -> {
            double[] f = new double[k];
            for (int p = 0; p < np; p++) {
                double r = par[3 * p];
                double c = par[3 * p + 1];
                double sg = Math.exp(par[3 * p + 2]);
                double amp = r / (sg * Math.sqrt(2 * Math.PI));
                for (int i = 0; i < k; i++) {
                    double u = (y[i] - c) / sg;
                    f[i] += amp * Math.exp(-0.5 * u * u);
                }
            }
            return f;
        };
        // bounds keep the fit well posed: R_p ≥ 0, the centre on the grid, σ_p between a quarter of the grid
        // spacing (a Debye arc's nearly singular peak on noise-free data ends there) and the grid's length
        double h = y[1] - y[0];
        double[] lower = new double[3 * np];
        double[] upper = new double[3 * np];
        double total = Math.max(polarizationResistance(), Double.MIN_NORMAL);
        for (int p = 0; p < np; p++) {
            lower[3 * p] = 0;
            upper[3 * p] = 10 * total;
            lower[3 * p + 1] = y[0];
            upper[3 * p + 1] = y[k - 1];
            lower[3 * p + 2] = Math.log(h / 4);
            upper[3 * p + 2] = Math.log(y[k - 1] - y[0]);
            for (int j = 0; j < 3; j++) {
                p0[3 * p + j] = Math.min(upper[3 * p + j], Math.max(lower[3 * p + j], p0[3 * p + j]));
            }
        }
        LeastSquares.Outcome o = LeastSquares.withDefaults().withMaxEvaluations(5000)
                .solve(LeastSquares.Problem.of(model, gamma.clone(), p0).withBounds(lower, upper)
                        .withDescription("Gaussian peaks of the DRT"));
        double[] par = o.point();
        // apportion ∫γ d ln τ to the peaks by the fitted Gaussians' shares at every τ (a softmax of their
        // logarithms, so that far tails where every Gaussian underflows still go to the nearest one)
        double[] share = new double[np];
        double[] lg = new double[np];
        for (int i = 0; i < k; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < np; p++) {
                double r = par[3 * p];
                double sg = Math.exp(par[3 * p + 2]);
                double u = (y[i] - par[3 * p + 1]) / sg;
                lg[p] = r > 0 ? Math.log(r / sg) - 0.5 * u * u : Double.NEGATIVE_INFINITY;
                max = Math.max(max, lg[p]);
            }
            if (max == Double.NEGATIVE_INFINITY) {
                continue;
            }
            double sum = 0;
            for (int p = 0; p < np; p++) {
                lg[p] = Math.exp(lg[p] - max);
                sum += lg[p];
            }
            for (int p = 0; p < np; p++) {
                share[p] += weight[i] * gamma[i] * lg[p] / sum;
            }
        }
        List<DrtGaussianPeak> out = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            double t = Math.exp(par[3 * p + 1]);
            OptionalDouble seY = o.standardErrors().get(3 * p + 1);
            OptionalDouble seR = o.standardErrors().get(3 * p);
            double area = par[3 * p];
            OptionalDouble se = seR.isPresent() && area > 0 ? OptionalDouble.of(seR.getAsDouble() * share[p] / area)
                    : OptionalDouble.empty();
            out.add(new DrtGaussianPeak(t, seY.isPresent() ? OptionalDouble.of(t * seY.getAsDouble())
                    : OptionalDouble.empty(), share[p], se, Math.exp(par[3 * p + 2]), area));
        }
        out.sort((a, b) -> Double.compare(b.resistance(), a.resistance()));
        return ImmutableList.copyOf(out);
    }

    /** @return the polarization resistance ∫γ d ln τ (trapezoid), Ω (Ω·m² per area) */
    public double polarizationResistance() {
        double r = 0;
        for (int k = 0; k < gamma.length; k++) {
            r += weight[k] * gamma[k];
        }
        return r;
    }

    /**
     * The polarization resistance of the part of the distribution between two time constants.
     *
     * @param from lower τ, s (finite, ≥ 0)
     * @param to upper τ, s (finite, ≥ from; a τ beyond the grid, e.g. {@link Double#MAX_VALUE},
     *     takes in the rest of the distribution)
     * @return ∫γ d ln τ over grid points with from ≤ τ_k ≤ to, Ω (Ω·m² per area)
     * @throws IllegalArgumentException if a bound is not finite or negative, or {@code to < from}
     */
    public double resistanceBetween(double from, double to) {
        Checks.nonNegative(from, "from (lower time constant)", "s");
        Checks.finite(to, "to (upper time constant)", "s");
        if (!(to >= from)) {
            throw new IllegalArgumentException("to (upper time constant) must be >= from = " + from + " s, was " + to
                    + " s");
        }
        double r = 0;
        for (int k = 0; k < gamma.length; k++) {
            if (tau[k] >= from && tau[k] <= to) {
                r += weight[k] * gamma[k];
            }
        }
        return r;
    }

    /**
     * The peaks of γ, each with the resistance it carries, from the largest resistance to the
     * smallest.
     *
     * <p>Every local maximum of γ owns a basin: the grid points between the minima of γ that
     * separate it from its neighbouring maxima (a minimum point is shared half and half). Two
     * neighbouring maxima are one peak unless γ dips between them by at least a fraction
     * {@value #MIN_DIP} of the lower maximum: this merges the ripples that a weakly regularized
     * (nearly noise-free) DRT shows on the flanks of a peak, while two processes whose
     * distributions overlap little stay apart. A peak is reported if its maximum is inside the τ
     * grid (a maximum on the edge is a process outside the measured range, e.g. the tail of a
     * bulk arc above the highest frequency) and its basin carries at least a fraction
     * {@value #MIN_RESISTANCE_FRACTION} of the polarization resistance and more than the misfit
     * of the reconstruction there, {@link #residual()}·|Z(f = 1/(2πτ))| (the data
     * cannot hold a feature smaller than their noise; a noisy resistor has no peak). The
     * thresholds are on resistance, not height: a Debye arc of 20 Ω beside one of 500 Ω is a
     * peak of 4 % of the height of the other, and was lost under the former height threshold of
     * 5 %. The dip of {@value #MIN_DIP} is close to Rayleigh's resolution criterion, at which two
     * equal sinc² lines dip to 8/π² ≈ 0.81 of their maxima between them.
     *
     * @return the peaks (empty if γ has no interior maximum carrying enough resistance)
     */
    public List<DrtPeak> peaks() {
        int k = gamma.length;
        // maxima, including maxima on the grid edges so that edge features get basins of their own
        List<Integer> max = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean left = i == 0 || gamma[i] >= gamma[i - 1];
            boolean right = i == k - 1 || gamma[i] > gamma[i + 1];
            if (left && right && gamma[i] > 0) {
                max.add(i);
            }
        }
        if (max.isEmpty()) {
            return List.of();
        }
        // saddle j: the index of the lowest γ between max j and max j + 1
        List<Integer> saddle = new ArrayList<>();
        for (int j = 0; j + 1 < max.size(); j++) {
            int m = max.get(j) + 1;
            for (int i = m; i < max.get(j + 1); i++) {
                if (gamma[i] < gamma[m]) {
                    m = i;
                }
            }
            saddle.add(m);
        }
        // merge the neighbours with the shallowest dip while it is shallower than MIN_DIP
        while (!saddle.isEmpty()) {
            int best = -1;
            double bestLevel = 1 - MIN_DIP;
            for (int j = 0; j < saddle.size(); j++) {
                double lower = Math.min(gamma[max.get(j)], gamma[max.get(j + 1)]);
                double level = gamma[saddle.get(j)] / lower;
                if (level > bestLevel) {
                    bestLevel = level;
                    best = j;
                }
            }
            if (best < 0) {
                break;
            }
            int keep = gamma[max.get(best)] >= gamma[max.get(best + 1)] ? max.get(best) : max.get(best + 1);
            max.set(best, keep);
            max.remove(best + 1);
            saddle.remove(best);
        }
        double total = polarizationResistance();
        double noise = residual();
        List<DrtPeak> peaks = new ArrayList<>();
        for (int j = 0; j < max.size(); j++) {
            int m = max.get(j);
            if (m == 0 || m == k - 1) {
                continue;
            }
            int lo = j == 0 ? 0 : saddle.get(j - 1);
            int hi = j == max.size() - 1 ? k - 1 : saddle.get(j);
            double r = 0;
            for (int i = lo; i <= hi; i++) {
                double share = (i == lo && j > 0) || (i == hi && j < max.size() - 1) ? 0.5 : 1;
                r += share * weight[i] * gamma[i];
            }
            if (!(r >= MIN_RESISTANCE_FRACTION * total) || !(r > noise * modulusNear(tau[m]))) {
                continue;
            }
            double y0 = gamma[m - 1];
            double y1 = gamma[m];
            double y2 = gamma[m + 1];
            double den = y0 - 2 * y1 + y2;
            double shift = den == 0 ? 0 : 0.5 * (y0 - y2) / den;
            double h = Math.log(tau[m + 1] / tau[m]);
            peaks.add(new DrtPeak(tau[m] * Math.exp(shift * h), y1, r, tau[lo], tau[hi]));
        }
        peaks.sort((p, q) -> Double.compare(q.resistance(), p.resistance()));
        return List.copyOf(peaks);
    }

    /** |Z| of the data at the frequency nearest (in log f) to 1/(2πτ), Ω (Ω·m² per area). */
    private double modulusNear(double timeConstant) {
        double target = Math.log(1 / (2 * Math.PI * timeConstant));
        int best = 0;
        for (int i = 1; i < data.size(); i++) {
            if (Math.abs(Math.log(data.frequency(i)) - target) < Math.abs(Math.log(data.frequency(best)) - target)) {
                best = i;
            }
        }
        return data.modulus(best);
    }

    /**
     * The time constants of {@link #peaks()}, from the peak with the largest resistance to the
     * smallest.
     *
     * @return peak time constants, s
     */
    public double[] peakTimeConstants() {
        return peaks().stream().mapToDouble(DrtPeak::timeConstant).toArray();
    }

    /** @return the regularization parameter λ used (dimensionless) */
    public double lambda() {
        return lambda;
    }

    /** @return how λ was chosen: by a criterion (GCV, mGCV, RGCV, L-curve, k-fold) or fixed by the solver's settings */
    public DrtSolver.LambdaChoice lambdaChoice() {
        return lambdaChoice;
    }

    /**
     * Warnings about the regularization: λ at an end of the GCV search (at the numerical floor for
     * noise-free data, at the fully smoothed limit for data without structure), or a fixed λ below
     * the numerical floor.
     *
     * @return the warnings (empty if none)
     */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the GCV score at λ (in the squared unit of Z) */
    public double gcv() {
        return gcv;
    }

    /** @return the spectrum reconstructed from R∞ and γ */
    public Spectrum fitted() {
        return fitted;
    }

    /**
     * The misfit of the reconstruction.
     *
     * @return the root-mean-square relative residual √(Σ|Z_i − Z_fit,i|²/|Z_i|² / 2n) over both parts
     */
    public double residual() {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            double m2 = data.re(i) * data.re(i) + data.im(i) * data.im(i);
            double dr = data.re(i) - fitted.re(i);
            double di = data.im(i) - fitted.im(i);
            s += (dr * dr + di * di) / m2;
        }
        return Math.sqrt(s / (2 * data.size()));
    }

    @Override
    public String toString() {
        double scale = data.perArea() ? 1e4 : 1;
        String unit = data.perArea() ? "Ω·cm²" : "Ω";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "DRT on %d τ from %.3g to %.3g s, λ = %.3g (%s): R∞ = %.5g %s, R_pol = %.5g %s, peaks at τ =", tau.length,
                tau[0], tau[tau.length - 1], lambda,
                lambdaChoice == DrtSolver.LambdaChoice.FIXED ? "fixed" : "by " + lambdaChoice.name(), rInf * scale, unit,
                polarizationResistance() * scale, unit));
        List<DrtPeak> peaks = peaks();
        for (int i = 0; i < peaks.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%s %.3g s (%.4g %s)", i == 0 ? "" : ",", peaks.get(i).timeConstant(),
                    peaks.get(i).resistance() * scale, unit));
        }
        if (peaks.isEmpty()) {
            sb.append(" none");
        }
        return sb.toString();
    }
}
