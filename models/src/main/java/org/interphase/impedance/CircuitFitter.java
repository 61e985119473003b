package org.interphase.impedance;

import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;

/**
 * Complex nonlinear least squares (CNLS) of a {@link Circuit} to a {@link Spectrum}, by
 * Levenberg–Marquardt (Commons Math).
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
 * left out of JᵀJ, gets an infinite standard error and is listed by
 * {@link CircuitFitSolution#undetermined()}; the others keep finite errors, with 2n − m_determined degrees
 * of freedom. If the rest of JᵀJ is still singular, every error is infinite.
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
    private final java.util.function.IntFunction<LeastSquaresOptimizer> optimizer;

    private CircuitFitter(Weighting weighting, int starts, double spread, long seed, int maxEvaluations,
            java.util.function.IntFunction<LeastSquaresOptimizer> optimizer) {
        this.weighting = weighting;
        this.starts = starts;
        this.spread = spread;
        this.seed = seed;
        this.maxEvaluations = maxEvaluations;
        this.optimizer = optimizer;
    }

    /** @return a fitter with modulus weighting, one start (spread 1 decade, seed 1) and at most 10000 evaluations */
    public static CircuitFitter withDefaults() {
        return new CircuitFitter(Weighting.MODULUS, 1, 1.0, 1, 10000, s -> new LevenbergMarquardtOptimizer());
    }

    /**
     * A copy whose optimizer for start s is {@code optimizer.apply(s)} (for tests that need a
     * start to fail).
     */
    CircuitFitter withOptimizer(java.util.function.IntFunction<LeastSquaresOptimizer> optimizer) {
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, optimizer);
    }

    /**
     * @param weighting how residuals are weighted (default {@link Weighting#MODULUS})
     * @return a copy with that weighting
     * @throws NullPointerException if weighting is null
     */
    public CircuitFitter withWeighting(Weighting weighting) {
        Objects.requireNonNull(weighting, "weighting must not be null");
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, optimizer);
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
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, optimizer);
    }

    /**
     * @param spread spread of the random starts around the guess, decades, in (0, 100) (default 1)
     * @return a copy with that spread
     * @throws IllegalArgumentException if not finite or out of range
     */
    public CircuitFitter withSpread(double spread) {
        Checks.inOpenRange(spread, 0, 100, "spread (of the multi-start)", "decades");
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, optimizer);
    }

    /**
     * @param seed seed of the multi-start generator (default 1); any value
     * @return a copy with that seed
     */
    public CircuitFitter withSeed(long seed) {
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, optimizer);
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
        return new CircuitFitter(weighting, starts, spread, seed, maxEvaluations, optimizer);
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
        Problem problem = new Problem(circuit, data, weighting, free, initialGuess);
        SplittableRandom random = new SplittableRandom(seed);
        LeastSquaresOptimizer.Optimum best = null;
        int bestStart = -1;
        RuntimeException lastFailure = null;
        int totalEvaluations = 0;
        int failedStarts = 0;
        for (int s = 0; s < starts; s++) {
            double[] q0 = new double[m];
            for (int j = 0; j < m; j++) {
                int k = free[j];
                double p = initialGuess[k];
                if (s > 0) {
                    p = circuit.isExponent(k) ? 0.5 + 0.5 * random.nextDouble()
                            : p * Math.pow(10, spread * (2 * random.nextDouble() - 1));
                }
                // a start spread beyond e^±230 would begin outside the domain the optimizer keeps to
                q0[j] = Math.max(-Q_LIMIT, Math.min(Q_LIMIT, problem.toQ(k, p)));
            }
            try {
                LeastSquaresProblem lsp = new LeastSquaresBuilder().start(q0).model(problem)
                        .target(problem.target).maxEvaluations(maxEvaluations).maxIterations(maxEvaluations)
                        .parameterValidator(v -> {
                            for (int k = 0; k < v.getDimension(); k++) {
                                v.setEntry(k, Math.max(-Q_LIMIT, Math.min(Q_LIMIT, v.getEntry(k))));
                            }
                            return v;
                        }).build();
                LeastSquaresOptimizer.Optimum o = optimizer.apply(s).optimize(lsp);
                totalEvaluations += o.getEvaluations();
                if (Double.isFinite(o.getCost()) && (best == null || o.getCost() < best.getCost())) {
                    best = o;
                    bestStart = s;
                }
            } catch (MathIllegalStateException | ConvergenceException e) {
                // MathIllegalStateException: too many evaluations or iterations, and Commons Math's
                // own ConvergenceException (TOO_SMALL_*_TOLERANCE); one bad start must not end the
                // multi-start
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
        double[] q = best.getPoint().toArray();
        double[] p = initialGuess.clone();
        for (int j = 0; j < m; j++) {
            p[free[j]] = problem.toP(free[j], q[j]);
        }
        double chi2 = best.getCost() * best.getCost();
        // Undetermined parameters: pinned at the Q_LIMIT clamp, or with a Jacobian column (the
        // weighted model's change per unit q) negligible next to the largest one, e.g. a CPE
        // exponent driven to 1 (dα/dq = α(1 − α) → 0) or a Warburg coefficient driven to 1e-15 Ω.
        // They carry no information; left in JᵀJ they make it singular and every error infinite.
        RealMatrix jac = best.getJacobian();
        double[] colNorm = new double[m];
        double maxNorm = 0;
        for (int j = 0; j < m; j++) {
            colNorm[j] = jac.getColumnVector(j).getNorm();
            maxNorm = Math.max(maxNorm, colNorm[j]);
        }
        boolean[] undetermined = new boolean[p.length];
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        for (int j = 0; j < m; j++) {
            boolean pinned = Math.abs(q[j]) >= Q_LIMIT * (1 - 1e-12);
            if (pinned || !(colNorm[j] > NEGLIGIBLE_SENSITIVITY * maxNorm)) {
                undetermined[free[j]] = true;
            } else {
                kept.add(j);
            }
        }
        int determined = kept.size();
        int dof = 2 * n - determined;
        double s2 = chi2 / dof;
        double[] se = new double[p.length];
        for (int j = 0; j < m; j++) {
            se[free[j]] = Double.POSITIVE_INFINITY;
        }
        if (determined > 0) {
            double[][] js = new double[2 * n][determined];
            for (int i = 0; i < 2 * n; i++) {
                for (int c = 0; c < determined; c++) {
                    js[i][c] = jac.getEntry(i, kept.get(c));
                }
            }
            RealMatrix jsm = new Array2DRowRealMatrix(js, false);
            try {
                RealMatrix cov = new QRDecomposition(jsm.transpose().multiply(jsm), 1e-14).getSolver().getInverse();
                for (int c = 0; c < determined; c++) {
                    int j = kept.get(c);
                    int k = free[j];
                    double sq = Math.sqrt(Math.max(0, cov.getEntry(c, c)) * s2);
                    se[k] = Math.abs(problem.dpdq(k, q[j])) * sq;
                    if (!Double.isFinite(se[k])) {
                        se[k] = Double.POSITIVE_INFINITY;
                    }
                }
            } catch (SingularMatrixException e) {
                // the remaining parameters are correlated beyond resolution: none has a finite error
                for (int j : kept) {
                    se[free[j]] = Double.POSITIVE_INFINITY;
                }
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
            warnings.add("the data do not determine " + undeterminedNames + ": their values are meaningless and their "
                    + "standard errors infinite; the circuit probably has an element the data do not need");
        }
        if (determined > 0 && kept.stream().allMatch(j -> se[free[j]] == Double.POSITIVE_INFINITY)) {
            warnings.add("the fitted parameters are correlated beyond resolution: every standard error is infinite");
        }
        if (failedStarts > 0) {
            warnings.add(failedStarts + " of " + starts + " starts did not converge"
                    + (lastFailure == null ? "" : " (last: " + lastFailure.getMessage() + ")"));
        }
        return new CircuitFitSolution(fitProblem, this, p, se, undetermined, chi2, dof, best.getIterations(),
                totalEvaluations, bestStart, fitted, warnings);
    }

    /** The weighted least-squares problem in transformed parameters q. */
    private static final class Problem implements MultivariateJacobianFunction {
        private final Circuit circuit;
        private final double[] omega;
        private final double[] w;
        private final RealVector target;
        private final int n;
        private final int m;
        private final int[] free;
        private final double[] base;

        Problem(Circuit circuit, Spectrum data, Weighting weighting, int[] free, double[] base) {
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
            this.target = new ArrayRealVector(t, false);
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

        @Override
        public Pair<RealVector, RealMatrix> value(RealVector point) {
            double[] q = point.toArray();
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
            double[][] jac = new double[2 * n][m];
            double[] plus = new double[2 * n];
            double[] minus = new double[2 * n];
            for (int k = 0; k < m; k++) {
                double h = JACOBIAN_STEP * Math.max(1, Math.abs(q[k]));
                double qk = q[k];
                q[k] = qk + h;
                model(q, p, re, im, plus);
                q[k] = qk - h;
                model(q, p, re, im, minus);
                q[k] = qk;
                for (int i = 0; i < 2 * n; i++) {
                    jac[i][k] = (plus[i] - minus[i]) / (2 * h);
                }
            }
            return new Pair<>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CircuitFitter[%s weighting, %d start(s), spread %.3g decades, seed %d, "
                + "max %d evaluations]", weighting.name().toLowerCase(Locale.ROOT), starts, spread, seed, maxEvaluations);
    }
}
