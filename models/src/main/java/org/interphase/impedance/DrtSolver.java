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
 * <p>Options, as pyDRTtools offers them (each by a {@code withX} copy; the defaults keep the
 * behaviour above): γ expanded in radial basis functions centred on the τ grid instead of the
 * piecewise-linear grid ({@link #withBasis(DrtBasis)}, {@link #withShapeCoefficient(double)};
 * the columns of A are then the RBFs' impedance integrals and LᵀL the integrals of products of
 * their derivatives, see {@link DrtBasis}); λ by modified or robust GCV, the L-curve or k-fold
 * cross validation ({@link #withLambdaChoice(LambdaChoice)}, each defined by the hat matrix in
 * {@link LambdaChoice}); the real or the imaginary part alone ({@link #withFitPart(FitPart)});
 * a series inductance jωL, an unpenalized column like R∞ ({@link #withInductance(boolean)}); and
 * a credible band ({@link #withCredibleBand(int, long)}).
 *
 * <p>Non-negativity excludes inductive features other than a series L; remove them before the DRT.
 *
 * <p>Usage: {@code DrtSolution d = DrtSolver.withDefaults().withPenaltyOrder(2).solve(spectrum);}
 * Immutable and thread-safe: configure once with the {@code withX} copies, solve many spectra.
 */
public final class DrtSolver {

    /** The search starts on 10^LOG_LAMBDA_MIN … 10^LOG_LAMBDA_MAX and extends from there. */
    private static final double LOG_LAMBDA_MIN = -10;
    private static final double LOG_LAMBDA_MAX = 1;
    /** The lowest λ the numerical floor is looked for at, log10. */
    private static final double LOG_LAMBDA_FLOOR_MIN = -16;
    /** Smallest relative Cholesky pivot of the normal matrix (6 of 16 digits kept). */
    static final double PIVOT_FLOOR = 1e-10;
    /** GCV is flat once λs exceeds the largest squared singular value by this factor. */
    private static final double FLAT_FACTOR = 100;
    private static final double RIDGE = 1e-10;
    /** The most samples of a credible band: the samples of γ take 8·K·samples bytes (160 MB for K = 2000). */
    public static final int MAX_BAND_SAMPLES = 10_000;

    /**
     * How λ is chosen. Every criterion is a function of λ through the influence ("hat") matrix
     * H_λ = A(AᵀA + λs·LᵀL)⁻¹Aᵀ of the unconstrained problem (m = number of fitted data values,
     * r_λ = (I − H_λ)b the residual); the non-negative solution is computed afterwards at the
     * chosen λ, as in pyDRTtools (Maradesa, Py, Wan, Effat &amp; Ciucci, <i>J. Electrochem.
     * Soc.</i> 170 (2023) 030502, "Selecting the regularization parameter in the distribution of
     * relaxation times").
     */
    public enum LambdaChoice {
        /**
         * Generalized cross validation (the default; Golub, Heath &amp; Wahba, <i>Technometrics</i>
         * 21 (1979) 215; Saccoccio, Wan, Chen &amp; Ciucci, <i>Electrochim. Acta</i> 147 (2014)
         * 470): minimizes GCV(λ) = (‖r_λ‖²/m) / (1 − tr H_λ/m)².
         */
        GCV,
        /** Fixed by {@link DrtSolver#withLambda(double)}. */
        FIXED,
        /**
         * Modified GCV (Kim &amp; Gu, <i>J. R. Stat. Soc. B</i> 66 (2004) 337): minimizes
         * mGCV(λ) = (‖r_λ‖²/m) / (1 − ρ·tr H_λ/m)² with ρ = 1.3 for m &lt; 50 and 2 otherwise
         * (pyDRTtools' values), where ρ·tr H_λ &lt; m; it penalizes the effective number of
         * parameters more and so picks a larger λ than GCV.
         */
        MGCV,
        /**
         * Robust GCV (Lukas, de Hoog &amp; Anderssen, <i>Comput. Stat.</i> 31 (2016) 269):
         * minimizes RGCV(λ) = (ξ + (1 − ξ)·μ₂(λ))·GCV(λ) with μ₂ = tr(H_λ²)/m and ξ = 0.2 for
         * m &lt; 100, 0.3 otherwise (pyDRTtools' values).
         */
        RGCV,
        /**
         * The L-curve (Hansen &amp; O'Leary, <i>SIAM J. Sci. Comput.</i> 14 (1993) 1487): maximizes
         * the curvature κ = (ρ̂'η̂'' − ρ̂''η̂')/(ρ̂'² + η̂'²)^{3/2} of the curve
         * (ρ̂, η̂) = (ln ‖r_λ‖², ln ‖L x_λ‖²), derivatives in ln λ.
         */
        L_CURVE,
        /**
         * k-fold cross validation over frequencies (pyDRTtools' "kf"): the frequencies are shuffled
         * with a seed and dealt into k folds; for each fold the unconstrained problem is solved on
         * the others and the weighted squared error of its prediction on the fold, divided by the
         * fold's number of frequencies, is averaged over the folds; minimized over λ.
         */
        K_FOLD
    }


    private final int points;
    private final double extension;
    private final int order;
    /** The fixed λ, or NaN (internally only) for a λ chosen by a criterion. */
    private final double lambda;
    private final LambdaChoice choice;
    private final DrtBasis basis;
    private final double shape;
    private final FitPart part;
    private final boolean inductance;
    private final int folds;
    private final long foldSeed;
    private final int bandSamples;
    private final long bandSeed;

    private DrtSolver(int points, double extension, int order, double lambda, LambdaChoice choice, DrtBasis basis,
            double shape, FitPart part, boolean inductance, int folds, long foldSeed, int bandSamples, long bandSeed) {
        this.points = points;
        this.extension = extension;
        this.order = order;
        this.lambda = lambda;
        this.choice = choice;
        this.basis = basis;
        this.shape = shape;
        this.part = part;
        this.inductance = inductance;
        this.folds = folds;
        this.foldSeed = foldSeed;
        this.bandSamples = bandSamples;
        this.bandSeed = bandSeed;
    }

    /**
     * @return a solver with 200 time constants from 1/(10·ω_max) to 10/ω_min (1 decade of
     *     extension), the piecewise-linear grid, a first-difference penalty, λ by GCV, both parts
     *     fitted, no inductance and no credible band
     */
    public static DrtSolver withDefaults() {
        return new DrtSolver(200, 1, 1, Double.NaN, LambdaChoice.GCV, DrtBasis.PIECEWISE_LINEAR, 0.5,
                FitPart.COMPLEX, false, 5, 34054, 0, 0);
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
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, part, inductance, folds, foldSeed,
                bandSamples, bandSeed);
    }

    /**
     * @param extensionDecades how far the τ grid extends beyond [1/ω_max, 1/ω_min] at each end,
     *     decades, in [0, 10] (default 1)
     * @return a copy with that extension
     * @throws IllegalArgumentException if the extension is not finite or out of range
     */
    public DrtSolver withExtensionDecades(double extensionDecades) {
        Checks.inClosedRange(extensionDecades, 0, 10, "extensionDecades (τ-grid extension)", "decades");
        return new DrtSolver(points, extensionDecades, order, lambda, choice, basis, shape, part, inductance, folds,
                foldSeed, bandSamples, bandSeed);
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
        return new DrtSolver(points, extension, penaltyOrder, lambda, choice, basis, shape, part, inductance, folds,
                foldSeed, bandSamples, bandSeed);
    }

    /**
     * @param lambda the dimensionless regularization parameter λ, finite and &gt; 0
     * @return a copy that uses this λ instead of choosing it
     * @throws IllegalArgumentException if λ is not finite and &gt; 0
     */
    public DrtSolver withLambda(double lambda) {
        Checks.positive(lambda, "lambda (regularization parameter λ)", "");
        return new DrtSolver(points, extension, order, lambda, LambdaChoice.FIXED, basis, shape, part, inductance,
                folds, foldSeed, bandSamples, bandSeed);
    }

    /** @return a copy that chooses λ by generalized cross validation (the default) */
    public DrtSolver withGcv() {
        return withLambdaChoice(LambdaChoice.GCV);
    }

    /**
     * @param lambdaChoice the criterion that chooses λ: {@link LambdaChoice#GCV} (default),
     *     {@link LambdaChoice#MGCV}, {@link LambdaChoice#RGCV}, {@link LambdaChoice#L_CURVE} or
     *     {@link LambdaChoice#K_FOLD} (see {@link #withFolds(int, long)}); a fixed λ is set with
     *     {@link #withLambda(double)}
     * @return a copy that chooses λ by that criterion
     * @throws NullPointerException if lambdaChoice is null
     * @throws IllegalArgumentException for {@link LambdaChoice#FIXED} (it needs a value)
     */
    public DrtSolver withLambdaChoice(LambdaChoice lambdaChoice) {
        Checks.nonNull(lambdaChoice, "lambdaChoice");
        if (lambdaChoice == LambdaChoice.FIXED) {
            throw new IllegalArgumentException("lambdaChoice must be a criterion (GCV, MGCV, RGCV, L_CURVE, K_FOLD), was"
                    + " FIXED: set a fixed λ with withLambda(λ)");
        }
        return new DrtSolver(points, extension, order, Double.NaN, lambdaChoice, basis, shape, part, inductance, folds,
                foldSeed, bandSamples, bandSeed);
    }

    /**
     * @param folds the number k of folds of {@link LambdaChoice#K_FOLD}, in [2, 100] (default 5,
     *     as pyDRTtools; a spectrum needs at least k frequencies)
     * @param seed the seed of the shuffle that deals the frequencies into folds (default 34054)
     * @return a copy with these folds (the criterion itself is chosen by
     *     {@link #withLambdaChoice(LambdaChoice)})
     * @throws IllegalArgumentException if k is out of range
     */
    public DrtSolver withFolds(int folds, long seed) {
        Checks.inClosedRange(folds, 2, 100, "folds (k of k-fold cross validation)");
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, part, inductance, folds, seed,
                bandSamples, bandSeed);
    }

    /**
     * @param basis the discretization of γ: {@link DrtBasis#PIECEWISE_LINEAR} (default) or a
     *     radial basis centred on the τ grid
     * @return a copy with that basis
     * @throws NullPointerException if basis is null
     */
    public DrtSolver withBasis(DrtBasis basis) {
        Checks.nonNull(basis, "basis");
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, part, inductance, folds, foldSeed,
                bandSamples, bandSeed);
    }

    /**
     * The shape of the radial basis functions as pyDRTtools' "FWHM coefficient" c: the shape
     * factor is ε = c·FWHM_φ/Δ per unit ln τ, Δ = ln(f_max/f_min)/(n − 1), so that each RBF has a
     * full width at half maximum of Δ/c in ln τ (see {@link DrtBasis}).
     *
     * @param coefficient c, dimensionless, in [0.01, 100] (default 0.5, pyDRTtools' default)
     * @return a copy with that coefficient (ignored by the piecewise-linear grid)
     * @throws IllegalArgumentException if c is out of range
     */
    public DrtSolver withShapeCoefficient(double coefficient) {
        Checks.inClosedRange(coefficient, 0.01, 100, "coefficient (RBF FWHM coefficient c)", "");
        return new DrtSolver(points, extension, order, lambda, choice, basis, coefficient, part, inductance, folds,
                foldSeed, bandSamples, bandSeed);
    }

    /**
     * The parts fitted: {@link FitPart#COMPLEX} (the default; pyDRTtools' "Combined Re-Im Data"),
     * {@link FitPart#REAL} (R∞ and γ are fitted; a series inductance, if enabled, is then fitted to the
     * imaginary part's residual, as impedance.py does for its real Lin-KK fit) or
     * {@link FitPart#IMAGINARY} (γ and L are fitted; R∞ is then the weighted mean Σ w_i(Z'_i − Z'_γ,i)/Σ w_i,
     * w_i = 1/|Z_i|², Boukamp, <i>J. Electrochem. Soc.</i> 142 (1995) 1885, eq. 7).
     *
     * @param fitPart which parts of the data are fitted
     * @return a copy that fits those parts
     * @throws NullPointerException if fitPart is null
     */
    public DrtSolver withFitPart(FitPart fitPart) {
        Checks.nonNull(fitPart, "fitPart");
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, fitPart, inductance, folds,
                foldSeed, bandSamples, bandSeed);
    }

    /**
     * @param seriesInductance whether the model has a series inductance, Z = R∞ + jωL + ∫γ/(1 +
     *     jωτ) d ln τ, with L ≥ 0 (cables, at high f; default false)
     * @return a copy with or without it
     */
    public DrtSolver withInductance(boolean seriesInductance) {
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, part, seriesInductance, folds,
                foldSeed, bandSamples, bandSeed);
    }

    /**
     * A Bayesian credible band: the Gaussian posterior of the unconstrained Tikhonov problem at the
     * chosen λ, mean μ = G⁻¹Aᵀb and covariance σ̂²G⁻¹ with G = AᵀA + λs·LᵀL and the noise
     * variance σ̂² = ‖b − Aμ‖²/(m − tr H_λ) (the prior γ ∼ N(0, σ²/(λs)·(LᵀL)⁻¹) that makes the
     * Tikhonov solution the posterior mean; Saccoccio et al. 2014). {@code samples} draws
     * μ + σ̂·R⁻¹z (G = RᵀR, z standard normal from a {@link java.util.SplittableRandom} seeded
     * with {@code seed}, drawn in sample order on one thread: the band is the same for a seed
     * whatever the thread count) give γ(τ) per sample, and the band is their 2.5 % and 97.5 %
     * quantiles at each τ ({@link DrtCredibleBand}).
     *
     * @param samples number of draws, in [200, {@value #MAX_BAND_SAMPLES}]
     * @param seed the seed of the draws
     * @return a copy that computes the band
     * @throws IllegalArgumentException if samples is out of range
     */
    public DrtSolver withCredibleBand(int samples, long seed) {
        Checks.inClosedRange(samples, 200, MAX_BAND_SAMPLES, "samples (of the credible band)");
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, part, inductance, folds, foldSeed,
                samples, seed);
    }

    /** @return a copy without a credible band (the default) */
    public DrtSolver withoutCredibleBand() {
        return new DrtSolver(points, extension, order, lambda, choice, basis, shape, part, inductance, folds, foldSeed,
                0, 0);
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

    /** @return the fixed λ, or empty if λ is chosen by a criterion */
    public OptionalDouble lambda() {
        return Double.isNaN(lambda) ? OptionalDouble.empty() : OptionalDouble.of(lambda);
    }

    /** @return how λ is chosen ({@link LambdaChoice#FIXED} after {@link #withLambda(double)}) */
    public LambdaChoice lambdaChoice() {
        return choice;
    }

    /** @return the number k of folds of {@link LambdaChoice#K_FOLD} */
    public int folds() {
        return folds;
    }

    /** @return the discretization of γ */
    public DrtBasis basis() {
        return basis;
    }

    /** @return the RBF FWHM coefficient c, dimensionless */
    public double shapeCoefficient() {
        return shape;
    }

    /** @return the parts of the data that are fitted */
    public FitPart fitPart() {
        return part;
    }

    /** @return whether the model has a series inductance */
    public boolean inductance() {
        return inductance;
    }

    /** @return the number of credible-band samples, or empty if no band is computed */
    public java.util.OptionalInt credibleBandSamples() {
        return bandSamples == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(bandSamples);
    }

    /**
     * The RBF shape factor ε for a spectrum (pyDRTtools' FWHM rule), per unit ln τ.
     *
     * @param data the spectrum (at least 2 distinct frequencies)
     * @return ε = c·FWHM_φ/Δ, Δ = ln(f_max/f_min)/(n − 1); 0 for the piecewise-linear grid
     * @throws NullPointerException if data is null
     * @throws IllegalArgumentException if the spectrum has fewer than 2 distinct frequencies
     */
    public double shapeFactor(Spectrum data) {
        Checks.nonNull(data, "data");
        double ratio = data.maxAngularFrequency() / data.minAngularFrequency();
        if (!(ratio > 1)) {
            throw new IllegalArgumentException("the shape factor needs more than one distinct frequency, all were "
                    + data.frequency(0) + " Hz");
        }
        if (!basis.isRadial()) {
            return 0;
        }
        return shape * basis.fullWidthAtHalfMaximum() / (Math.log(ratio) / (data.size() - 1));
    }

    /**
     * Computes the DRT.
     *
     * @param data the spectrum: at least 3 frequencies, not all equal, |Z| &gt; 0 everywhere (and
     *     at least k frequencies for k-fold cross validation)
     * @return γ(τ), R∞ (and L), λ, how λ was chosen, the fitted spectrum, the credible band if
     *     asked for, and warnings
     * @throws NullPointerException if data is null
     * @throws IllegalArgumentException for too few or all-equal frequencies, or |Z| = 0
     */
    public DrtSolution solve(Spectrum data) {
        Objects.requireNonNull(data, "data (the spectrum) must not be null");
        int n = data.size();
        if (n < 3) {
            throw new IllegalArgumentException("a DRT needs at least 3 frequencies, was " + n);
        }
        if (choice == LambdaChoice.K_FOLD && n < folds) {
            throw new IllegalArgumentException("k-fold cross validation with k = " + folds + " folds needs at least "
                    + folds + " frequencies, was " + n);
        }
        double[] w = data.angularFrequencies();
        double wMin = data.minAngularFrequency();
        double wMax = data.maxAngularFrequency();
        if (!(wMax > wMin)) {
            throw new IllegalArgumentException("a DRT needs more than one distinct frequency, all were "
                    + data.frequency(0) + " Hz");
        }
        for (int i = 0; i < n; i++) {
            if (!(data.modulus(i) > 0)) {
                throw new IllegalArgumentException("a DRT weights by 1/|Z|, but |Z| was 0 at " + data.frequency(i)
                        + " Hz");
            }
        }
        int k = points;
        double[][] grid = grid(wMin, wMax, k, extension);
        double[] tau = grid[0];
        double[] weight = grid[1];
        LinearSystem sys = system(data, tau, weight);
        double[][] a = sys.a();
        int cols = a[0].length;
        int free = sys.free();
        double[][] ata = gram(a);
        double[] atb = new double[cols];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < cols; j++) {
                atb[j] += a[i][j] * sys.b()[i];
            }
        }
        double[][] pen = sys.penalty();
        double s = sys.scale();
        double floor = numericalFloor(ata, pen, s);
        double chosen;
        double gcv;
        java.util.List<String> warnings = new java.util.ArrayList<>();
        Gcv g = new Gcv(a, sys.b(), pen, s, free);
        if (choice != LambdaChoice.FIXED) {
            java.util.function.DoubleUnaryOperator score = criterion(g, data, sys);
            double[] best = g.minimize(floor, score);
            chosen = best[0];
            gcv = g.value(Math.log10(chosen));
            String name = choice == LambdaChoice.L_CURVE ? "L-curve" : choice.name().replace('_', '-');
            if (best[2] < 0) {
                warnings.add(String.format(Locale.ROOT, "λ = %.3g is at the lower end of the %s search, the numerical "
                        + "floor of the normal equations: the criterion still improves there, as for noise-free "
                        + "(computed) data; the DRT is as sharp as double precision allows and γ may ripple on the "
                        + "flanks of its peaks", chosen, name));
            } else if (best[2] > 0) {
                warnings.add(String.format(Locale.ROOT, "λ = %.3g is at the upper end of the %s search, the fully "
                        + "smoothed limit: the criterion finds no structure in the data that it can tell from noise, "
                        + "and the DRT shows none", chosen, name));
            }
        } else {
            chosen = lambda;
            gcv = g.value(Math.log10(lambda));
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
        double[] coef = new double[k];
        System.arraycopy(x, free, coef, 0, k);
        double rInf = part == FitPart.IMAGINARY ? 0 : x[0];
        double ind = !inductance || part == FitPart.REAL ? 0 : x[free - 1] / wMax;
        double[] gamma = sys.rbf() == null ? coef : sys.rbf().gamma(coef, logs(tau));
        double[] fr = new double[n];
        double[] fi = new double[n];
        double[][] mr = sys.mapRe();
        double[][] mi = sys.mapIm();
        for (int i = 0; i < n; i++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < k; j++) {
                sr += mr[i][j] * coef[j];
                si += mi[i][j] * coef[j];
            }
            fr[i] = sr;
            fi[i] = si;
        }
        if (part == FitPart.IMAGINARY) {
            // R∞ is not in the imaginary part: the weighted mean of the real part's remainder (Boukamp 1995, eq. 7)
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                double wi = 1 / (data.modulus(i) * data.modulus(i));
                num += wi * (data.re(i) - fr[i]);
                den += wi;
            }
            rInf = num / den;
        }
        if (part == FitPart.REAL && inductance) {
            // L is not in the real part: least squares on the imaginary remainder, weights 1/|Z|²
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                double wi = 1 / (data.modulus(i) * data.modulus(i));
                num += wi * w[i] * (data.im(i) - fi[i]);
                den += wi * w[i] * w[i];
            }
            ind = num / den;
        }
        for (int i = 0; i < n; i++) {
            fr[i] += rInf;
            fi[i] += w[i] * ind;
        }
        Spectrum fitted = Spectrum.owning(data.frequencies(), fr, fi, data.perArea());
        DrtCredibleBand band = null;
        if (bandSamples > 0) {
            band = band(gm, atb, a, sys, chosen, g, tau, warnings);
        }
        return new DrtSolution(this, tau, gamma, weight, rInf, chosen, choice, gcv, fitted, data, warnings,
                inductance ? OptionalDouble.of(ind) : OptionalDouble.empty(), band);
    }

    private static double[] logs(double[] tau) {
        double[] y = new double[tau.length];
        for (int j = 0; j < tau.length; j++) {
            y[j] = Math.log(tau[j]);
        }
        return y;
    }

    /** The score to minimize over log10 λ for this solver's criterion. */
    private java.util.function.DoubleUnaryOperator criterion(Gcv g, Spectrum data, LinearSystem sys) {
        switch (choice) {
            case MGCV:
                return g::mgcv;
            case RGCV:
                return g::rgcv;
            case L_CURVE:
                return t -> -g.curvature(t);
            case K_FOLD: {
                KFold kf = new KFold(sys, data.size(), folds, foldSeed, part);
                return kf::score;
            }
            default:
                return g::value;
        }
    }

    /** The Gaussian posterior band of γ (see {@link #withCredibleBand(int, long)}). */
    private DrtCredibleBand band(double[][] gm, double[] atb, double[][] a, LinearSystem sys, double chosen, Gcv g,
            double[] tau, java.util.List<String> warnings) {
        int cols = gm.length;
        double[][] r = cholesky(gm);
        // μ = G⁻¹Aᵀb
        double[] mu = solveCholesky(r, atb);
        double res = 0;
        double[] b = sys.b();
        for (int i = 0; i < a.length; i++) {
            double v = b[i];
            for (int j = 0; j < cols; j++) {
                v -= a[i][j] * mu[j];
            }
            res += v * v;
        }
        double dof = a.length - g.traceHat(Math.log10(chosen));
        double sigma = dof > 1e-9 * a.length ? Math.sqrt(res / dof) : 0;
        if (sigma == 0) {
            warnings.add("the credible band has no width: the data leave no degrees of freedom for the noise "
                    + "(m − tr H ≈ 0) at this λ");
        }
        int free = sys.free();
        int k = tau.length;
        double[] y = logs(tau);
        double[][] phi = null;
        if (sys.rbf() != null) {
            phi = new double[k][];
            double[] unit = new double[k];
            for (int m = 0; m < k; m++) {
                unit[m] = 1;
                phi[m] = sys.rbf().gamma(unit, y);
                unit[m] = 0;
            }
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(bandSeed);
        double[][] samples = new double[k][bandSamples];
        double[] z = new double[cols];
        double[] dx = new double[cols];
        double[] meanGamma = new double[k];
        double[] muCoef = new double[k];
        System.arraycopy(mu, free, muCoef, 0, k);
        for (int j = 0; j < k; j++) {
            meanGamma[j] = phi == null ? muCoef[j] : dot(phi, muCoef, j);
        }
        for (int smp = 0; smp < bandSamples; smp++) {
            for (int i = 0; i < cols; i++) {
                z[i] = gaussian(random);
            }
            // R dx = z (R upper): dx ∼ N(0, G⁻¹)
            for (int i = cols - 1; i >= 0; i--) {
                double v = z[i];
                for (int t = i + 1; t < cols; t++) {
                    v -= r[i][t] * dx[t];
                }
                dx[i] = v / r[i][i];
            }
            for (int j = 0; j < k; j++) {
                double gj;
                if (phi == null) {
                    gj = dx[free + j];
                } else {
                    gj = 0;
                    for (int m = 0; m < k; m++) {
                        gj += phi[m][j] * dx[free + m];
                    }
                }
                samples[j][smp] = meanGamma[j] + sigma * gj;
            }
        }
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int j = 0; j < k; j++) {
            java.util.Arrays.sort(samples[j]);
            lo[j] = quantile(samples[j], 0.025);
            hi[j] = quantile(samples[j], 0.975);
        }
        return new DrtCredibleBand(tau, meanGamma, lo, hi, 0.95, bandSamples, bandSeed);
    }

    private static double dot(double[][] phi, double[] c, int j) {
        double v = 0;
        for (int m = 0; m < c.length; m++) {
            v += phi[m][j] * c[m];
        }
        return v;
    }

    /** A standard normal deviate by the Box–Muller transform (SplittableRandom has none in Java 17). */
    private static double gaussian(java.util.SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The p-quantile of sorted values, linear between order statistics (Hyndman &amp; Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
    }

    /** Upper Cholesky factor R of a symmetric positive definite G = RᵀR. */
    static double[][] cholesky(double[][] gm) {
        int c = gm.length;
        double[][] r = new double[c][c];
        for (int i = 0; i < c; i++) {
            for (int j = i; j < c; j++) {
                double v = gm[i][j];
                for (int t = 0; t < i; t++) {
                    v -= r[t][i] * r[t][j];
                }
                if (i == j) {
                    if (!(v > 0)) {
                        throw new org.interphase.core.ConvergenceException("Cholesky factorization of the DRT normal "
                                + "matrix", i, v, "increase the regularization parameter");
                    }
                    r[i][i] = Math.sqrt(v);
                } else {
                    r[i][j] = v / r[i][i];
                }
            }
        }
        return r;
    }

    /** Solves RᵀR x = c. */
    static double[] solveCholesky(double[][] r, double[] c) {
        int n = c.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double v = c[i];
            for (int t = 0; t < i; t++) {
                v -= r[t][i] * y[t];
            }
            y[i] = v / r[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double v = y[i];
            for (int t = i + 1; t < n; t++) {
                v -= r[i][t] * x[t];
            }
            x[i] = v / r[i][i];
        }
        return x;
    }

    /**
     * The unconstrained problem's pieces: A (rows: the fitted parts — real parts, then imaginary
     * parts, or one of them — each divided by |Z_i|; columns: the {@code free} unpenalized ones
     * (R∞ if the real part is fitted, then ω_i/ω_max·L if an inductance is fitted with the
     * imaginary part), then the K coefficients of γ), b (likewise weighted), the penalty (zero on
     * the free columns), the scale s = tr(AᵀA)/tr(LᵀL), the unweighted maps from the K
     * coefficients to Z' and Z'' at every frequency, and the RBF matrices (null on the grid).
     */
    record LinearSystem(double[][] a, double[] b, double[][] penalty, double scale, int free, double[][] mapRe,
            double[][] mapIm, RbfMatrices rbf, boolean hasReal, boolean hasImaginary) {
    }

    LinearSystem system(Spectrum data, double[] tau, double[] weight) {
        int n = data.size();
        int k = tau.length;
        double[] w = data.angularFrequencies();
        double[][] mr;
        double[][] mi;
        double[][] penK;
        RbfMatrices rbf = null;
        if (basis.isRadial()) {
            rbf = new RbfMatrices(basis, shapeFactor(data), logs(tau), data.minAngularFrequency(),
                    data.maxAngularFrequency());
            double[][][] maps = rbf.impedance(w);
            mr = maps[0];
            mi = maps[1];
            penK = rbf.penalty(order);
        } else {
            mr = new double[n][k];
            mi = new double[n][k];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    double x = w[i] * tau[j];
                    double d = 1 + x * x;
                    mr[i][j] = weight[j] / d;
                    mi[i][j] = -weight[j] * x / d;
                }
            }
            penK = gridPenalty(k, Math.log(tau[1] / tau[0]));
        }
        boolean re = part != FitPart.IMAGINARY;
        boolean im = part != FitPart.REAL;
        int free = (re ? 1 : 0) + (inductance && im ? 1 : 0);
        int cols = free + k;
        int m = (re ? n : 0) + (im ? n : 0);
        double[][] a = new double[m][cols];
        double[] b = new double[m];
        double wMax = data.maxAngularFrequency();
        for (int i = 0; i < n; i++) {
            double u = 1 / data.modulus(i);
            if (re) {
                a[i][0] = u;
                for (int j = 0; j < k; j++) {
                    a[i][free + j] = u * mr[i][j];
                }
                b[i] = u * data.re(i);
            }
            if (im) {
                int row = re ? n + i : i;
                if (inductance) {
                    a[row][free - 1] = u * w[i] / wMax;
                }
                for (int j = 0; j < k; j++) {
                    a[row][free + j] = u * mi[i][j];
                }
                b[row] = u * data.im(i);
            }
        }
        double[][] pen = new double[cols][cols];
        double tr = 0;
        for (int j = 0; j < k; j++) {
            System.arraycopy(penK[j], 0, pen[free + j], free, k);
            tr += penK[j][j];
        }
        // a small ridge on γ keeps the penalty definite (the constant γ is free under order 1)
        double ridge = RIDGE * tr / k;
        for (int j = 0; j < k; j++) {
            pen[free + j][free + j] += ridge;
        }
        double trA = 0;
        double trP = 0;
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < m; i++) {
                trA += a[i][j] * a[i][j];
            }
            trP += pen[j][j];
        }
        return new LinearSystem(a, b, pen, trA / trP, free, mr, mi, rbf, re, im);
    }

    /**
     * The value of this configuration's λ criterion at λ on a spectrum, for tests: GCV for
     * {@link LambdaChoice#GCV} and {@link LambdaChoice#FIXED}, mGCV, RGCV, −κ or the k-fold score.
     */
    double criterion(Spectrum data, double lambda) {
        double[][] grid = grid(data.minAngularFrequency(), data.maxAngularFrequency(), points, extension);
        LinearSystem sys = system(data, grid[0], grid[1]);
        Gcv g = new Gcv(sys.a(), sys.b(), sys.penalty(), sys.scale(), sys.free());
        return criterion(g, data, sys).applyAsDouble(Math.log10(lambda));
    }

    /**
     * GCV(λ) of this configuration's unconstrained problem on a spectrum (for tests).
     */
    double gcv(Spectrum data, double lambda) {
        double[][] grid = grid(data.minAngularFrequency(), data.maxAngularFrequency(), points, extension);
        LinearSystem sys = system(data, grid[0], grid[1]);
        return new Gcv(sys.a(), sys.b(), sys.penalty(), sys.scale(), sys.free()).value(Math.log10(lambda));
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

    /** LᵀL on the K grid values for the chosen order (differences in ln τ, spacing h), without the ridge. */
    private double[][] gridPenalty(int k, double h) {
        double[][] p = new double[k][k];
        if (order == 0) {
            for (int j = 0; j < k; j++) {
                p[j][j] = 1;
            }
        } else {
            double[] stencil = order == 1 ? new double[] {-1 / h, 1 / h} : new double[] {1 / (h * h), -2 / (h * h),
                1 / (h * h)};
            for (int r = 0; r + stencil.length <= k; r++) {
                for (int u = 0; u < stencil.length; u++) {
                    for (int v = 0; v < stencil.length; v++) {
                        p[r + u][r + v] += stencil[u] * stencil[v];
                    }
                }
            }
        }
        return p;
    }

    /**
     * The hat-matrix quantities of the unconstrained problem for every λ from one singular value
     * decomposition.
     *
     * <p>The {@code free} unpenalized columns F (R∞, L) are projected out first: with F = QR_F
     * (Q orthonormal) and P⊥ = I − QQᵀ, the influence matrix of min ‖Ax − b‖² + λs·γᵀL_γᵀL_γγ
     * is H = QQᵀ + H̃ with H̃ = Ã(ÃᵀÃ + λs L_γᵀL_γ)⁻¹Ãᵀ and à = P⊥A_γ. With L_γᵀL_γ = RᵀR
     * and the SVD B = ÃR⁻¹ = UΣVᵀ, f_i = σ_i²/(σ_i² + λs):
     * tr H = p + Σ f_i, tr H² = p + Σ f_i² (QQᵀ and H̃ are orthogonal projections onto
     * orthogonal ranges, resp. a map within P⊥), with b̃ = P⊥b and β_i = u_iᵀb̃,
     * ‖(I − H)b‖² = Σ (1 − f_i)²β_i² + ‖b̃‖² − Σ β_i², and ‖L_γγ_λ‖² = Σ σ_i²β_i²/(σ_i² + λs)².
     *
     * <p>Why not the eigenvalues of BBᵀ or BᵀB: squaring B squares its condition number, and the
     * nearly unpenalized directions (the ridge-only constant γ for order 1) make it large enough
     * that small eigenvalues come out with absolute errors of ε·σ_max², even negative; the SVD
     * keeps them to ε·σ_max, and no component needs to be cut off.
     */
    static final class Gcv {
        private final double[] eig;
        private final double[] proj2;
        private final double[] beta;
        private final double orth2;
        private final double s;
        private final int m;
        private final int free;
        /** Q (m×p) and R_F (p×p, upper) of the free columns. */
        final double[][] q;
        final double[][] rf;
        /** R⁻¹V (K×dim). */
        final double[][] rinvV;

        Gcv(double[][] a, double[] b, double[][] pen, double s, int free) {
            this.s = s;
            this.m = b.length;
            this.free = free;
            int c = pen.length - free;
            // modified Gram–Schmidt (twice, for orthogonality to rounding) on the free columns
            q = new double[m][free];
            rf = new double[free][free];
            for (int j = 0; j < free; j++) {
                double[] v = new double[m];
                for (int i = 0; i < m; i++) {
                    v[i] = a[i][j];
                }
                for (int pass = 0; pass < 2; pass++) {
                    for (int t = 0; t < j; t++) {
                        double dot = 0;
                        for (int i = 0; i < m; i++) {
                            dot += q[i][t] * v[i];
                        }
                        rf[t][j] += dot;
                        for (int i = 0; i < m; i++) {
                            v[i] -= dot * q[i][t];
                        }
                    }
                }
                double nv = 0;
                for (int i = 0; i < m; i++) {
                    nv += v[i] * v[i];
                }
                nv = Math.sqrt(nv);
                if (!(nv > 0)) {
                    throw new IllegalArgumentException("the unpenalized columns (R∞, L) of the DRT are linearly "
                            + "dependent on these data");
                }
                rf[j][j] = nv;
                for (int i = 0; i < m; i++) {
                    q[i][j] = v[i] / nv;
                }
            }
            double[][] at = new double[m][c];
            for (int i = 0; i < m; i++) {
                System.arraycopy(a[i], free, at[i], 0, c);
            }
            double[] bt = b.clone();
            project(at, bt);
            double bb = 0;
            for (int i = 0; i < m; i++) {
                bb += bt[i] * bt[i];
            }
            // Cholesky of the γ block of the penalty, L_γᵀL_γ = RᵀR (R upper)
            double[][] r = new double[c][c];
            for (int i = 0; i < c; i++) {
                for (int j = i; j < c; j++) {
                    double v = pen[i + free][j + free];
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
            RealMatrix vm = svd.getV();
            int dim = sv.length;
            this.eig = new double[dim];
            this.proj2 = new double[dim];
            this.beta = new double[dim];
            double inRange = 0;
            for (int i = 0; i < dim; i++) {
                eig[i] = sv[i] * sv[i];
                double p = 0;
                for (int t = 0; t < m; t++) {
                    p += u.getEntry(t, i) * bt[t];
                }
                beta[i] = p;
                proj2[i] = p * p;
                inRange += proj2[i];
            }
            this.orth2 = Math.max(0, bb - inRange);
            // R⁻¹V by back substitution, column by column
            rinvV = new double[c][dim];
            for (int i = 0; i < dim; i++) {
                for (int j = c - 1; j >= 0; j--) {
                    double v = vm.getEntry(j, i);
                    for (int t = j + 1; t < c; t++) {
                        v -= r[j][t] * rinvV[t][i];
                    }
                    rinvV[j][i] = v / r[j][j];
                }
            }
        }

        /** Applies P⊥ = I − QQᵀ to the columns of x and to y, in place. */
        private void project(double[][] x, double[] y) {
            int c = x.length == 0 ? 0 : x[0].length;
            for (int t = 0; t < free; t++) {
                for (int j = 0; j < c; j++) {
                    double dot = 0;
                    for (int i = 0; i < m; i++) {
                        dot += q[i][t] * x[i][j];
                    }
                    for (int i = 0; i < m; i++) {
                        x[i][j] -= dot * q[i][t];
                    }
                }
                double dot = 0;
                for (int i = 0; i < m; i++) {
                    dot += q[i][t] * y[i];
                }
                for (int i = 0; i < m; i++) {
                    y[i] -= dot * q[i][t];
                }
            }
        }

        int dimension() {
            return eig.length;
        }

        double singularValue(int i) {
            return Math.sqrt(eig[i]);
        }

        double projection(int i) {
            return beta[i];
        }

        double lambdaScale() {
            return s;
        }

        /** ‖(I − H)b‖² at log10 λ. */
        double residual2(double log10Lambda) {
            double l = Math.pow(10, log10Lambda) * s;
            double res = orth2;
            for (int i = 0; i < eig.length; i++) {
                double f = l / (eig[i] + l);
                res += f * f * proj2[i];
            }
            return res;
        }

        /** tr H at log10 λ. */
        double traceHat(double log10Lambda) {
            double l = Math.pow(10, log10Lambda) * s;
            double tr = free;
            for (int i = 0; i < eig.length; i++) {
                tr += eig[i] / (eig[i] + l);
            }
            return tr;
        }

        /** tr H² at log10 λ. */
        double traceHat2(double log10Lambda) {
            double l = Math.pow(10, log10Lambda) * s;
            double tr = free;
            for (int i = 0; i < eig.length; i++) {
                double f = eig[i] / (eig[i] + l);
                tr += f * f;
            }
            return tr;
        }

        /** GCV(λ) = (‖r‖²/m)/(1 − tr H/m)². */
        double value(double log10Lambda) {
            double den = 1 - traceHat(log10Lambda) / m;
            return (residual2(log10Lambda) / m) / (den * den);
        }

        /** mGCV(λ) = (‖r‖²/m)/(1 − ρ tr H/m)², +∞ (as {@link Double#MAX_VALUE}) where ρ tr H ≥ m. */
        double mgcv(double log10Lambda) {
            double rho = m < 50 ? 1.3 : 2;
            double den = 1 - rho * traceHat(log10Lambda) / m;
            if (!(den > 0)) {
                return Double.MAX_VALUE;
            }
            return (residual2(log10Lambda) / m) / (den * den);
        }

        /** RGCV(λ) = (ξ + (1 − ξ) tr H²/m)·GCV(λ). */
        double rgcv(double log10Lambda) {
            double xi = m < 100 ? 0.2 : 0.3;
            return (xi + (1 - xi) * traceHat2(log10Lambda) / m) * value(log10Lambda);
        }

        /** The curvature κ of (ln ‖r‖², ln ‖Lx‖²), derivatives in ln λ (closed forms in f_i). */
        double curvature(double log10Lambda) {
            double l = Math.pow(10, log10Lambda) * s;
            double rho = orth2;
            double rho1 = 0;
            double rho2 = 0;
            double eta = 0;
            double eta1 = 0;
            double eta2 = 0;
            for (int i = 0; i < eig.length; i++) {
                double f = eig[i] / (eig[i] + l);
                double g = eig[i] / ((eig[i] + l) * (eig[i] + l));
                double b2 = proj2[i];
                double c = 1 - f;
                rho += c * c * b2;
                rho1 += 2 * f * c * c * b2;
                rho2 -= 2 * f * c * c * (1 - 3 * f) * b2;
                eta += g * b2;
                eta1 -= 2 * g * c * b2;
                eta2 += 2 * g * c * (2 - 3 * f) * b2;
            }
            if (!(rho > 0 && eta > 0)) {
                return 0;
            }
            double x1 = rho1 / rho;
            double x2 = rho2 / rho - x1 * x1;
            double y1 = eta1 / eta;
            double y2 = eta2 / eta - y1 * y1;
            double den = Math.pow(x1 * x1 + y1 * y1, 1.5);
            return den > 0 ? (x1 * y2 - x2 * y1) / den : 0;
        }

        /**
         * The minimum of a criterion on a grid of 0.1 decade, refined by Brent's method. The grid
         * starts on 10^−10 … 10^1 and extends by 2 decades at a time while the minimum is on its
         * lower end, down to the numerical floor, or on its upper end, up to the fully smoothed
         * limit λs = 100·σ_max² beyond which the criteria no longer change.
         *
         * @param floor the numerical floor of log10 λ
         * @param score the criterion as a function of log10 λ
         * @return {λ, score(λ), −1 if λ is on the lower end of the final range, +1 on the upper
         *     end, 0 inside}
         */
        double[] minimize(double floor, java.util.function.DoubleUnaryOperator score) {
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
                    v[i] = score.applyAsDouble(lo + step * i);
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
                    new UnivariateObjectiveFunction(score::applyAsDouble), GoalType.MINIMIZE,
                    new SearchInterval(a, b, start));
            double x = p.getValue() <= v[best] ? p.getPoint() : start;
            double bound = best == 0 ? -1 : best == last ? 1 : 0;
            return new double[] {Math.pow(10, x), Math.min(p.getValue(), v[best]), bound};
        }

        /** The minimum of GCV (for the existing callers). */
        double[] minimize(double floor) {
            return minimize(floor, this::value);
        }
    }

    /**
     * k-fold cross validation of the unconstrained problem over frequencies, every λ from one SVD
     * per fold. For a fold with training rows (A_t, b_t) and held-out rows (A_o, b_o), the
     * training solution is γ(λ) = R⁻¹ Σ_i v_i σ_iβ_i/(σ_i² + λs) and the free part
     * x_F = R_F⁻¹Qᵀ(b_t − A_t,γ γ(λ)), so the prediction A_o x(λ) = p₀ + Σ_i d_i σ_iβ_i/(σ_i² + λs)
     * with p₀ = F_o R_F⁻¹Qᵀb_t and d_i = (A_o,γ − F_o R_F⁻¹QᵀA_t,γ) R⁻¹v_i, precomputed.
     */
    static final class KFold {
        private final double[][] p0;
        private final double[][][] d;
        private final double[][] c;
        private final double[][] eig;
        private final double[][] bo;
        private final int[] sizes;
        private final double s;

        KFold(LinearSystem sys, int n, int folds, long seed, FitPart part) {
            int[] foldOf = foldOf(n, folds, seed);
            double[][] a = sys.a();
            double[] b = sys.b();
            int free = sys.free();
            int cols = a[0].length;
            int k = cols - free;
            int perFreq = (sys.hasReal() ? 1 : 0) + (sys.hasImaginary() ? 1 : 0);
            p0 = new double[folds][];
            d = new double[folds][][];
            c = new double[folds][];
            eig = new double[folds][];
            bo = new double[folds][];
            sizes = new int[folds];
            s = sys.scale();
            for (int f = 0; f < folds; f++) {
                java.util.List<Integer> train = new java.util.ArrayList<>();
                java.util.List<Integer> test = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    java.util.List<Integer> into = foldOf[i] == f ? test : train;
                    for (int r = 0; r < perFreq; r++) {
                        into.add(r * n + i);
                    }
                    if (foldOf[i] == f) {
                        sizes[f]++;
                    }
                }
                double[][] at = new double[train.size()][];
                double[] bt = new double[train.size()];
                for (int r = 0; r < at.length; r++) {
                    at[r] = a[train.get(r)];
                    bt[r] = b[train.get(r)];
                }
                Gcv g = new Gcv(at, bt, sys.penalty(), s, free);
                int dim = g.dimension();
                int mt = at.length;
                // W = A_t,γ R⁻¹V (mt×dim), then QᵀW (free×dim) and Qᵀb_t
                double[][] qw = new double[free][dim];
                double[] qb = new double[free];
                for (int r = 0; r < mt; r++) {
                    for (int t = 0; t < free; t++) {
                        qb[t] += g.q[r][t] * bt[r];
                    }
                }
                for (int i = 0; i < dim; i++) {
                    for (int r = 0; r < mt; r++) {
                        double w = 0;
                        for (int j = 0; j < k; j++) {
                            w += at[r][free + j] * g.rinvV[j][i];
                        }
                        for (int t = 0; t < free; t++) {
                            qw[t][i] += g.q[r][t] * w;
                        }
                    }
                }
                // R_F⁻¹ applied (back substitution) to Qᵀb_t and QᵀW
                double[] zb = backSubstitute(g.rf, qb);
                double[][] zw = new double[free][dim];
                for (int i = 0; i < dim; i++) {
                    double[] col = new double[free];
                    for (int t = 0; t < free; t++) {
                        col[t] = qw[t][i];
                    }
                    double[] z = backSubstitute(g.rf, col);
                    for (int t = 0; t < free; t++) {
                        zw[t][i] = z[t];
                    }
                }
                int mo = test.size();
                p0[f] = new double[mo];
                d[f] = new double[mo][dim];
                bo[f] = new double[mo];
                for (int r = 0; r < mo; r++) {
                    double[] row = a[test.get(r)];
                    bo[f][r] = b[test.get(r)];
                    double v = 0;
                    for (int t = 0; t < free; t++) {
                        v += row[t] * zb[t];
                    }
                    p0[f][r] = v;
                    for (int i = 0; i < dim; i++) {
                        double w = 0;
                        for (int j = 0; j < k; j++) {
                            w += row[free + j] * g.rinvV[j][i];
                        }
                        for (int t = 0; t < free; t++) {
                            w -= row[t] * zw[t][i];
                        }
                        d[f][r][i] = w;
                    }
                }
                c[f] = new double[dim];
                eig[f] = new double[dim];
                for (int i = 0; i < dim; i++) {
                    double sv = g.singularValue(i);
                    c[f][i] = sv * g.projection(i);
                    eig[f][i] = sv * sv;
                }
            }
        }

        /**
         * The fold of every frequency: a Fisher–Yates shuffle of 0…n−1 by a SplittableRandom with
         * the seed, dealt round-robin into the folds (sizes differ by at most one).
         */
        static int[] foldOf(int n, int folds, long seed) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            int[] foldOf = new int[n];
            for (int j = 0; j < n; j++) {
                foldOf[perm[j]] = j % folds;
            }
            return foldOf;
        }

        private static double[] backSubstitute(double[][] r, double[] y) {
            int n = y.length;
            double[] x = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double v = y[i];
                for (int t = i + 1; t < n; t++) {
                    v -= r[i][t] * x[t];
                }
                x[i] = v / r[i][i];
            }
            return x;
        }

        /** The k-fold score at log10 λ: mean over folds of Σ (b_o − A_o x)²/(frequencies in the fold). */
        double score(double log10Lambda) {
            double l = Math.pow(10, log10Lambda) * s;
            double total = 0;
            for (int f = 0; f < p0.length; f++) {
                int dim = c[f].length;
                double[] coef = new double[dim];
                for (int i = 0; i < dim; i++) {
                    coef[i] = c[f][i] / (eig[f][i] + l);
                }
                double e = 0;
                for (int r = 0; r < p0[f].length; r++) {
                    double v = bo[f][r] - p0[f][r];
                    double[] dr = d[f][r];
                    for (int i = 0; i < dim; i++) {
                        v -= dr[i] * coef[i];
                    }
                    e += v * v;
                }
                total += e / sizes[f];
            }
            return total / p0.length;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DrtSolver[%d time constants, grid extended %.3g decades, %s, penalty order "
                + "%d, λ %s, %s%s%s]", points, extension,
                basis.isRadial() ? basis.name() + " RBF (FWHM coefficient " + String.format(Locale.ROOT, "%.3g", shape)
                        + ")" : "piecewise-linear grid", order,
                choice == LambdaChoice.FIXED ? String.format(Locale.ROOT, "%.3g", lambda) : "by " + choice.name(),
                part.name().toLowerCase(Locale.ROOT) + " fit", inductance ? ", series L" : "",
                bandSamples > 0 ? ", credible band of " + bandSamples + " samples" : "");
    }
}
