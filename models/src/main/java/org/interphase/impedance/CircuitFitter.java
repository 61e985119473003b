package org.interphase.impedance;

import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
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
 * data cannot determine gets an infinite standard error.
 *
 * <p>Multi-start: the first start is the initial guess; further starts multiply each positive
 * parameter by 10^u, u uniform in ±{@code spread} decades, and draw exponents in [0.5, 1), from a
 * seeded generator, so fits are reproducible. The start with the smallest χ² wins. Immutable and
 * thread-safe.
 */
public final class CircuitFitter {

    /** How the residual of point i is divided. */
    public enum Weighting {
        /** w_i = |Z_i|: every decade of |Z| counts (default). */
        MODULUS,
        /** w_i = 1: large impedances dominate. */
        UNIT
    }

    private static final double Q_LIMIT = 230; // e^230 ≈ 1e100: keeps the model finite
    private static final double JACOBIAN_STEP = 1e-6;

    private final Weighting weighting;
    private final int starts;
    private final double spread;
    private final long seed;
    private final int maxEvaluations;

    private CircuitFitter(Builder b) {
        this.weighting = b.weighting;
        this.starts = b.starts;
        this.spread = b.spread;
        this.seed = b.seed;
        this.maxEvaluations = b.maxEvaluations;
    }

    /** @return a fitter with modulus weighting, one start and at most 10000 evaluations */
    public static CircuitFitter withDefaults() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #withDefaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Fits with the default fitter.
     *
     * @param circuit the circuit
     * @param data the measured spectrum
     * @param initialGuess parameter values to start from, in {@link Circuit#parameterNames()} order
     * @return the fit
     */
    public static FitResult fit(Circuit circuit, Spectrum data, double... initialGuess) {
        return withDefaults().fitTo(circuit, data, initialGuess);
    }

    /**
     * Fits a circuit to data.
     *
     * @param circuit the circuit
     * @param data the measured spectrum (Ω or Ω·m²; the parameters are in the same basis)
     * @param initialGuess starting parameter values, valid for the circuit (exponents may be 1)
     * @return the fit
     * @throws IllegalArgumentException if there are fewer data values (2n) than parameters, or an
     *     invalid initial guess
     * @throws ConvergenceException if no start converges
     */
    public FitResult fitTo(Circuit circuit, Spectrum data, double... initialGuess) {
        Objects.requireNonNull(circuit, "circuit");
        Objects.requireNonNull(data, "data");
        circuit.checkParameters(initialGuess);
        int m = circuit.parameterCount();
        int n = data.size();
        if (2 * n <= m) {
            throw new IllegalArgumentException("a fit of " + m + " parameters needs more than " + m
                    + " data values (2 per frequency), was " + 2 * n);
        }
        Problem problem = new Problem(circuit, data, weighting);
        SplittableRandom random = new SplittableRandom(seed);
        LeastSquaresOptimizer.Optimum best = null;
        int bestStart = -1;
        RuntimeException lastFailure = null;
        int totalEvaluations = 0;
        for (int s = 0; s < starts; s++) {
            double[] q0 = new double[m];
            for (int k = 0; k < m; k++) {
                double p = initialGuess[k];
                if (s > 0) {
                    p = circuit.isExponent(k) ? 0.5 + 0.5 * random.nextDouble()
                            : p * Math.pow(10, spread * (2 * random.nextDouble() - 1));
                }
                q0[k] = problem.toQ(k, p);
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
                LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(lsp);
                totalEvaluations += o.getEvaluations();
                if (Double.isFinite(o.getCost()) && (best == null || o.getCost() < best.getCost())) {
                    best = o;
                    bestStart = s;
                }
            } catch (TooManyEvaluationsException | TooManyIterationsException | ConvergenceException e) {
                lastFailure = e;
                totalEvaluations += maxEvaluations;
            }
        }
        if (best == null) {
            throw new ConvergenceException("Levenberg–Marquardt circuit fit", totalEvaluations, Double.NaN,
                    "no start converged" + (lastFailure == null ? "" : " (" + lastFailure.getMessage() + ")")
                            + "; improve the initial guess or use more starts");
        }
        double[] q = best.getPoint().toArray();
        double[] p = new double[m];
        for (int k = 0; k < m; k++) {
            p[k] = problem.toP(k, q[k]);
        }
        double chi2 = best.getCost() * best.getCost();
        int dof = 2 * n - m;
        double s2 = chi2 / dof;
        double[] se = new double[m];
        try {
            RealMatrix cov = best.getCovariances(1e-14);
            for (int k = 0; k < m; k++) {
                double sq = Math.sqrt(Math.max(0, cov.getEntry(k, k)) * s2);
                se[k] = Math.abs(problem.dpdq(k, q[k])) * sq;
                if (!Double.isFinite(se[k])) {
                    se[k] = Double.POSITIVE_INFINITY;
                }
            }
        } catch (SingularMatrixException | MathIllegalStateException e) {
            java.util.Arrays.fill(se, Double.POSITIVE_INFINITY);
        }
        Spectrum fitted = circuit.spectrum(data.frequencies(), p);
        return new FitResult(circuit, p, se, chi2, dof, best.getIterations(), totalEvaluations, bestStart, starts,
                weighting, fitted, data);
    }

    /** The weighted least-squares problem in transformed parameters q. */
    private static final class Problem implements MultivariateJacobianFunction {
        private final Circuit circuit;
        private final double[] omega;
        private final double[] w;
        private final RealVector target;
        private final int n;
        private final int m;

        Problem(Circuit circuit, Spectrum data, Weighting weighting) {
            this.circuit = circuit;
            this.omega = data.angularFrequencies();
            this.n = data.size();
            this.m = circuit.parameterCount();
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
            for (int k = 0; k < m; k++) {
                p[k] = toP(k, q[k]);
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
            double[] p = new double[m];
            double[] re = new double[n];
            double[] im = new double[n];
            double[] v = new double[2 * n];
            model(q, p, re, im, v);
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    throw new ConvergenceException("Levenberg–Marquardt circuit fit", 0, Double.NaN,
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

    /** Configuration of a {@link CircuitFitter}. */
    public static final class Builder {
        private Weighting weighting = Weighting.MODULUS;
        private int starts = 1;
        private double spread = 1.0;
        private long seed = 1;
        private int maxEvaluations = 10000;

        private Builder() {}

        /** @param w the weighting (default modulus) @return this */
        public Builder weighting(Weighting w) {
            this.weighting = Objects.requireNonNull(w, "weighting");
            return this;
        }

        /** @param n number of starts, ≥ 1 (default 1) @return this */
        public Builder starts(int n) {
            this.starts = Checks.positive(n, "number of starts");
            return this;
        }

        /** @param decades spread of the random starts around the guess, decades, &gt; 0 (default 1) @return this */
        public Builder spread(double decades) {
            this.spread = Checks.positive(decades, "multi-start spread", "decades");
            return this;
        }

        /** @param s seed of the multi-start generator (default 1) @return this */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** @param n evaluation budget per start, ≥ 10 (default 10000) @return this */
        public Builder maxEvaluations(int n) {
            this.maxEvaluations = Checks.atLeast(n, 10, "maximum evaluations");
            return this;
        }

        /** @return the fitter */
        public CircuitFitter build() {
            return new CircuitFitter(this);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CircuitFitter[%s weighting, %d start(s), spread %.3g decades, seed %d, "
                + "max %d evaluations]", weighting.name().toLowerCase(Locale.ROOT), starts, spread, seed, maxEvaluations);
    }
}
