package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.LeastSquares;

/**
 * Complex nonlinear least squares (CNLS) of a {@link Circuit} to a {@link Spectrum}, by
 * Levenberg–Marquardt (core's {@link LeastSquares}, over Commons Math).
 *
 * <p>Minimizes Σ_i [(Z'_model,i − Z'_i)² + (Z''_model,i − Z''_i)²]/w_i² with modulus weighting
 * w_i = |Z_i| by default (impedance.py's {@code weight_by_modulus}; Boukamp, <i>Solid State
 * Ionics</i> 20 (1986) 31), or unit weighting. Positive parameters are fitted as q = ln p and
 * exponents in (0, 1) as q = logit(α), so the optimizer cannot leave the physical domain.
 *
 * <p>Standard errors come from the covariance at the optimum, cov_q = (JᵀJ)⁻¹·s² with
 * s² = χ²/(2n − m) (J the weighted Jacobian in q; n points, m parameters), mapped to the
 * parameters by the delta method (σ_p = p·σ_q for ln, α(1 − α)·σ_q for logit). A parameter the
 * data cannot determine — pinned at the internal bound e^±230, or whose Jacobian column is below
 * 1e-8 of the largest (a CPE exponent driven to 1, an element driven to a negligible value) — is
 * left out of JᵀJ, has no standard error (an empty {@code OptionalDouble}) and is listed by
 * {@link CircuitFitSolution#undetermined()}; the others keep their errors, with 2n − m_determined degrees
 * of freedom. If the rest of JᵀJ is still singular, no error is determined.
 *
 * <p>Bounds ({@link CircuitFitProblem#withBounds}) become bounds on q (ln of the bounds, logit for
 * exponents) that the optimizer projects its trial points onto. A parameter that ends on one is
 * reported by {@link CircuitFitSolution#atBound()} with its value set to the bound exactly as given,
 * no standard error, and a warning; it does not count as a fitted parameter in the degrees of
 * freedom. A real- or imaginary-only fit ({@link CircuitFitProblem#withFitPart}) compares only the n
 * weighted real or imaginary residuals.
 *
 * <p>Multi-start: the first start is the initial guess; further starts multiply each positive
 * parameter by 10^u, u uniform in ±{@code spread} decades, and draw exponents in [0.5, 1), from a
 * seeded generator, so fits are reproducible. The start with the smallest χ² wins.
 *
 * <p>Usage: {@code CircuitFitter.withDefaults().withStarts(8).solve(CircuitFitProblem.of(circuit, data, guess))}.
 * Immutable and thread-safe: configure once with the {@code withX} copies, solve many problems.
 */
public final class CircuitFitter {

    /** How the residual of point i is divided. */
    public enum Weighting {
        /** w_i = |Z_i|: every decade of |Z| counts (default). */
        MODULUS,
        /** w_i = 1: large impedances dominate. */
        UNIT
    }

    /** The most starts of a multi-start fit: each may take its full evaluation budget. */
    public static final int MAX_STARTS = 10_000;

    private static final double Q_LIMIT = 230; // e^230 ≈ 1e100: keeps the model finite
    private static final double JACOBIAN_STEP = 1e-6;
    /** A parameter whose Jacobian column is below this fraction of the largest is undetermined. */
    private static final double NEGLIGIBLE_SENSITIVITY = 1e-8;

    private final Weighting weighting;
    private final int starts;
    private final double spread;
    private final long seed;
    private final int maxEvaluations;
    private final java.util.function.IntFunction<LeastSquares> leastSquares;

    private CircuitFitter(Weighting weighting, int starts, double spread, long seed, int maxEvaluations,
            java.util.function.IntFunction<LeastSquares> leastSquares) {
        this.weighting = weighting;
        this.starts = starts;
        this.spread = spread;
        this.seed = seed;
        this.maxEvaluations = maxEvaluations;
        this.leastSquares = leastSquares;
    }

    /** @return a fitter with modulus weighting, one start (spread 1 decade, seed 1) and at most 10000 evaluations */
    public static CircuitFitter withDefaults() {
        return new CircuitFitter(Weighting.MODULUS, 1, 1.0, 1, 10000, s -> LeastSquares.withDefaults());
    }

    /**
     * A copy whose least-squares settings for start s are {@code leastSquares.apply(s)}, with this
     * fitter's evaluation budget (for tests that need a start to fail).
     */
    CircuitFitter withLeastSquares(java.util.function.IntFunction<LeastSquares> leastSquares) {
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, leastSquares);
    }

    /**
     * @param weighting how residuals are weighted (default {@link Weighting#MODULUS})
     * @return a copy with that weighting
     * @throws NullPointerException if weighting is null
     */
    public CircuitFitter withWeighting(Weighting weighting) {
        Objects.requireNonNull(weighting, "weighting must not be null");
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, leastSquares);
    }

    /**
     * @param starts number of starts of the multi-start, in [1, {@value #MAX_STARTS}] (default 1)
     * @return a copy with that many starts
     * @throws IllegalArgumentException if out of range
     */
    public CircuitFitter withStarts(int starts) {
        if (starts < 1 || starts > MAX_STARTS) {
            throw new IllegalArgumentException("starts (number of starts) must be in [1, " + MAX_STARTS + "], was "
                    + starts);
        }
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, leastSquares);
    }

    /**
     * @param spread spread of the random starts around the guess, decades, in (0, 100) (default 1)
     * @return a copy with that spread
     * @throws IllegalArgumentException if not finite or out of range
     */
    public CircuitFitter withSpread(double spread) {
        Checks.inOpenRange(spread, 0, 100, "spread (of the multi-start)", "decades");
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, leastSquares);
    }

    /**
     * @param seed seed of the multi-start generator (default 1); any value
     * @return a copy with that seed
     */
    public CircuitFitter withSeed(long seed) {
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, leastSquares);
    }

    /**
     * @param maxEvaluations evaluation budget per start, in [10, 10^8] (default 10000)
     * @return a copy with that budget
     * @throws IllegalArgumentException if out of range
     */
    public CircuitFitter withMaxEvaluations(int maxEvaluations) {
        if (maxEvaluations < 10 || maxEvaluations > 100_000_000) {
            throw new IllegalArgumentException("maxEvaluations (per start) must be in [10, 100000000], was "
                    + maxEvaluations);
        }
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, leastSquares);
    }

    /** @return the weighting */
    public Weighting weighting() {
        return weighting;
    }

    /** @return the number of starts */
    public int starts() {
        return starts;
    }

    /** @return the spread of the random starts, decades */
    public double spread() {
        return spread;
    }

    /** @return the seed of the multi-start generator */
    public long seed() {
        return seed;
    }

    /** @return the evaluation budget per start */
    public int maxEvaluations() {
        return maxEvaluations;
    }

    /**
     * Fits a circuit to data.
     *
     * @param fitProblem the circuit, the data, the initial guess and the fixed parameters
     * @return the fitted parameters with standard errors, diagnostics and warnings
     * @throws NullPointerException if the problem is null
     * @throws IllegalArgumentException if modulus weighting meets |Z| = 0
     * @throws ConvergenceException if no start converges
     */
    public CircuitFitSolution solve(CircuitFitProblem fitProblem) {
        Objects.requireNonNull(fitProblem, "fitProblem must not be null");
        Circuit circuit = fitProblem.circuit();
        Spectrum data = fitProblem.data();
        double[] initialGuess = fitProblem.guess();
        boolean[] isFixed = new boolean[circuit.parameterCount()];
        for (String name : fitProblem.fixed()) {
            isFixed[circuit.parameterIndex(name)] = true;
        }
        int[] free = java.util.stream.IntStream.range(0, isFixed.length).filter(k -> !isFixed[k]).toArray();
        int m = free.length;
        int n = data.size();
        FitPart part = fitProblem.fitPart();
        Problem problem = new Problem(circuit, data, weighting, free, initialGuess, part);
        SplittableRandom random = new SplittableRandom(seed);
        LeastSquares.Outcome best = null;
        int bestStart = -1;
        RuntimeException lastFailure = null;
        int totalEvaluations = 0;
        int failedStarts = 0;
        double[] lower = new double[m];
        double[] upper = new double[m];
        java.util.Arrays.fill(lower, -Q_LIMIT);
        java.util.Arrays.fill(upper, Q_LIMIT);
        // the user's bounds, in q: ln p, or logit α (an exponent's upper bound 1 is the domain's edge)
        boolean[] userLower = new boolean[m];
        boolean[] userUpper = new boolean[m];
        for (int j = 0; j < m; j++) {
            int k = free[j];
            CircuitFitProblem.Bounds b = fitProblem.bounds().get(circuit.parameterNames().get(k));
            if (b == null) {
                continue;
            }
            // a bound beyond the internal e^±230 leaves the internal one in force (and is not reported)
            double ql = b.lower() > 0 ? problem.toQ(k, b.lower()) : Double.NEGATIVE_INFINITY;
            if (ql > -Q_LIMIT) {
                lower[j] = ql;
                userLower[j] = true;
            }
            double qu = b.upper() < (circuit.isExponent(k) ? 1 : Double.POSITIVE_INFINITY) ? problem.toQ(k, b.upper())
                    : Double.POSITIVE_INFINITY;
            if (qu < Q_LIMIT) {
                upper[j] = qu;
                userUpper[j] = true;
            }
            if (!(lower[j] < upper[j])) {
                throw new IllegalArgumentException("bounds of " + circuit.parameterNames().get(k) + " " + b + " "
                        + circuit.parameterUnits().get(k) + " lie outside the range the fitter can represent, e^±"
                        + (int) Q_LIMIT);
            }
        }
        for (int s = 0; s < starts; s++) {
            double[] q0 = new double[m];
            for (int j = 0; j < m; j++) {
                int k = free[j];
                double p = initialGuess[k];
                if (s > 0) {
                    p = circuit.isExponent(k) ? 0.5 + 0.5 * random.nextDouble()
                            : p * Math.pow(10, spread * (2 * random.nextDouble() - 1));
                }
                // a start spread beyond e^±230 (or the user's bounds) would begin outside the domain the
                // optimizer keeps to
                q0[j] = Math.max(lower[j], Math.min(upper[j], problem.toQ(k, p)));
            }
            try {
                LeastSquares.Problem lsp = LeastSquares.Problem.of(problem::model, problem.target, q0)
                        .withBounds(lower, upper).withFiniteDifferenceStep(JACOBIAN_STEP)
                        .withDescription("circuit fit");
                LeastSquares.Outcome o = leastSquares.apply(s).withMaxEvaluations(maxEvaluations)
                        .withNegligibleSensitivity(NEGLIGIBLE_SENSITIVITY).solve(lsp);
                totalEvaluations += o.evaluations();
                if (Double.isFinite(o.chiSquare()) && (best == null || o.chiSquare() < best.chiSquare())) {
                    best = o;
                    bestStart = s;
                }
            } catch (ConvergenceException e) {
                // too many evaluations, tolerances not met in double precision, or a circuit that is not
                // finite where the optimizer went: one bad start must not end the multi-start
                lastFailure = e;
                failedStarts++;
                totalEvaluations += maxEvaluations;
            }
        }
        if (best == null) {
            throw new ConvergenceException("Levenberg–Marquardt circuit fit", totalEvaluations, Double.POSITIVE_INFINITY,
                    "no start converged" + (lastFailure == null ? "" : " (" + lastFailure.getMessage() + ")")
                            + "; improve the initial guess or use more starts");
        }
        double[] q = best.point();
        double[] p = initialGuess.clone();
        for (int j = 0; j < m; j++) {
            p[free[j]] = problem.toP(free[j], q[j]);
        }
        double chi2 = best.chiSquare();
        // Undetermined parameters (LeastSquares): pinned at the Q_LIMIT bound, or with a Jacobian column
        // (the weighted model's change per unit q) negligible next to the largest one, e.g. a CPE
        // exponent driven to 1 (dα/dq = α(1 − α) → 0) or a Warburg coefficient driven to 1e-15 Ω.
        // They carry no information; left in JᵀJ they would make it singular and no error determined.
        boolean[] undetermined = new boolean[p.length];
        for (int j : best.undetermined()) {
            undetermined[free[j]] = true;
        }
        // on a user's bound (LeastSquares' criterion: within 1e-12 relative): the value is the bound
        // itself, exactly as given, and the parameter is "at bound", not "undetermined"
        boolean[] atBound = new boolean[p.length];
        java.util.List<String> boundNotes = new java.util.ArrayList<>();
        for (int j = 0; j < m; j++) {
            int k = free[j];
            boolean low = userLower[j] && q[j] <= lower[j] + 1e-12 * Math.abs(lower[j]);
            boolean high = userUpper[j] && q[j] >= upper[j] - 1e-12 * Math.abs(upper[j]);
            if (low || high) {
                CircuitFitProblem.Bounds b = fitProblem.bounds().get(circuit.parameterNames().get(k));
                p[k] = low ? b.lower() : b.upper();
                atBound[k] = true;
                undetermined[k] = false;
                boundNotes.add(circuit.parameterNames().get(k) + " on its " + (low ? "lower" : "upper") + " bound "
                        + p[k] + " " + circuit.parameterUnits().get(k));
            }
        }
        int determined = m - best.undetermined().size();
        int dof = best.degreesOfFreedom();
        java.util.List<OptionalDouble> seQ = best.standardErrors();
        OptionalDouble[] se = new OptionalDouble[p.length];
        // a fixed parameter is exact by construction
        java.util.Arrays.fill(se, OptionalDouble.of(0));
        for (int j = 0; j < m; j++) {
            int k = free[j];
            se[k] = OptionalDouble.empty();
            if (!undetermined[k] && !atBound[k] && seQ.get(j).isPresent()) {
                // delta method: σ_p = |dp/dq|·σ_q
                double sp = Math.abs(problem.dpdq(k, q[j])) * seQ.get(j).getAsDouble();
                if (Double.isFinite(sp)) {
                    se[k] = OptionalDouble.of(sp);
                }
            }
        }
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        for (int j = 0; j < m; j++) {
            if (!undetermined[free[j]] && !atBound[free[j]]) {
                kept.add(j);
            }
        }
        Spectrum computed = circuit.spectrum(data.frequencies(), p);
        Spectrum fitted = Spectrum.of(computed.frequencies(), computed.real(), computed.imaginary(), data.perArea());
        java.util.List<String> warnings = new java.util.ArrayList<>();
        java.util.List<String> undeterminedNames = new java.util.ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            if (undetermined[k]) {
                undeterminedNames.add(circuit.parameterNames().get(k));
            }
        }
        if (!undeterminedNames.isEmpty()) {
            warnings.add("the data do not determine " + undeterminedNames + ": their values are meaningless and they "
                    + "have no standard error; the circuit probably has an element the data do not need");
        }
        if (determined > 0 && kept.stream().allMatch(j -> se[free[j]].isEmpty())) {
            warnings.add("the fitted parameters are correlated beyond resolution (or leave no degree of freedom): no"
                    + " standard error is determined");
        }
        if (!boundNotes.isEmpty()) {
            warnings.add("the fit ended on a bound: " + String.join(", ", boundNotes) + "; the data want it beyond,"
                    + " so its value is the bound, not an estimate, and it has no standard error");
        }
        if (failedStarts > 0) {
            warnings.add(failedStarts + " of " + starts + " starts did not converge"
                    + (lastFailure == null ? "" : " (last: " + lastFailure.getMessage() + ")"));
        }
        return new CircuitFitSolution(fitProblem, this, p, ImmutableList.copyOf(se), undetermined, atBound, chi2, dof,
                best.iterations(), totalEvaluations, bestStart, fitted, warnings);
    }

    /** The weighted least-squares problem in transformed parameters q. */
    private static final class Problem {
        private final Circuit circuit;
        private final double[] omega;
        private final double[] w;
        private final double[] target;
        private final int n;
        private final int m;
        private final int[] free;
        private final double[] base;
        private final FitPart part;

        Problem(Circuit circuit, Spectrum data, Weighting weighting, int[] free, double[] base,
                FitPart part) {
            this.part = part;
            this.circuit = circuit;
            this.omega = data.angularFrequencies();
            this.n = data.size();
            this.m = free.length;
            this.free = free;
            this.base = base.clone();
            this.w = new double[n];
            double[] t = new double[2 * n];
            for (int i = 0; i < n; i++) {
                w[i] = weighting == Weighting.MODULUS ? data.modulus(i) : 1.0;
                if (!(w[i] > 0)) {
                    throw new IllegalArgumentException("modulus weighting needs |Z| > 0, but |Z| = 0 at f = "
                            + data.frequency(i) + " Hz; use unit weighting");
                }
                t[i] = data.re(i) / w[i];
                t[n + i] = data.im(i) / w[i];
            }
            this.target = select(t);
        }

        double toQ(int k, double p) {
            if (circuit.isExponent(k)) {
                double a = Math.min(p, 1 - 1e-6);
                return Math.log(a / (1 - a));
            }
            return Math.log(p);
        }

        double toP(int k, double q) {
            return circuit.isExponent(k) ? 1 / (1 + Math.exp(-q)) : Math.exp(q);
        }

        double dpdq(int k, double q) {
            double p = toP(k, q);
            return circuit.isExponent(k) ? p * (1 - p) : p;
        }

        private void model(double[] q, double[] p, double[] re, double[] im, double[] out) {
            for (int j = 0; j < m; j++) {
                p[free[j]] = toP(free[j], q[j]);
            }
            circuit.impedance(omega, p, re, im);
            for (int i = 0; i < n; i++) {
                out[i] = re[i] / w[i];
                out[n + i] = im[i] / w[i];
            }
        }

        /** The residual rows of the fitted part: all 2n (complex), the first n (real) or the last n (imaginary). */
        private double[] select(double[] v) {
            switch (part) {
                case REAL:
                    return java.util.Arrays.copyOfRange(v, 0, n);
                case IMAGINARY:
                    return java.util.Arrays.copyOfRange(v, n, 2 * n);
                default:
                    return v;
            }
        }

        /** The weighted model values at q, checked finite so that the message can name the circuit's parameters. */
        double[] model(double[] q) {
            double[] p = base.clone();
            double[] re = new double[n];
            double[] im = new double[n];
            double[] v = new double[2 * n];
            model(q, p, re, im, v);
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    throw new ConvergenceException("Levenberg–Marquardt circuit fit", 0, Double.POSITIVE_INFINITY,
                            "the circuit is not finite at parameters " + circuit.named(p.clone())
                                    + "; the start is too far from the data");
                }
            }
            return select(v);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CircuitFitter[%s weighting, %d start(s), spread %.3g decades, seed %d, "
                + "max %d evaluations]", weighting.name().toLowerCase(Locale.ROOT), starts, spread, seed, maxEvaluations);
    }
}
