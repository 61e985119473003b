package org.interphase.core;

import com.google.common.collect.ImmutableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
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
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * Nonlinear weighted least squares by Levenberg–Marquardt: the one adapter over Commons Math's
 * {@link LevenbergMarquardtOptimizer} and {@link LeastSquaresBuilder} that the library's fits use
 * (equivalent circuits, Arrhenius laws, coating trade-offs).
 *
 * <p>Minimizes χ²(p) = Σ_i w_i·(y_i − f_i(p))² over the parameters p, from a start p₀, with the
 * Jacobian J_ik = ∂f_i/∂p_k given by the model or by central differences
 * (f(p + h e_k) − f(p − h e_k))/2h with h = step·max(1, |p_k|). Box bounds are kept by projecting
 * every trial point onto them; a parameter that must stay positive, or inside (0, 1), is better
 * fitted through a transform (q = ln p, q = logit p) by the caller, which keeps the problem smooth.
 *
 * <p><b>Standard errors</b> (Bevington &amp; Robinson, <i>Data Reduction and Error Analysis</i>, 3rd ed.
 * 2003, ch. 8): cov = (J̃ᵀJ̃)⁻¹·s², s² = χ²/(n − m_d), J̃ the weighted Jacobian at the optimum, n the
 * number of observations, m_d the number of determined parameters. A parameter is <i>undetermined</i>
 * when it sits on one of its bounds or its Jacobian column is below {@link #withNegligibleSensitivity
 * negligibleSensitivity} (default 1e-8) of the largest: it carries no information, has no standard
 * error (an empty {@link OptionalDouble}), and is left out of J̃ᵀJ̃ so that the others keep theirs. If
 * the rest of J̃ᵀJ̃ is singular (QR pivot below 1e-14), or there are no degrees of freedom
 * (n &le; m_d), no standard error is determined and the outcome says why in its warnings.
 *
 * <p>A returned {@link Outcome} has converged (Commons Math's criteria: relative cost reduction,
 * relative step and orthogonality below their tolerances); a fit that does not converge throws
 * {@link ConvergenceException}, with the evaluations spent and a hint, never a Commons Math exception.
 *
 * <p>Usage: {@code LeastSquares.withDefaults().withMaxEvaluations(1000).solve(LeastSquares.Problem.of(f, y, p0))}.
 * Immutable and thread-safe: configure once with the {@code withX} copies, solve many problems.
 */
public final class LeastSquares {

    /** A model f(p): the predicted observations at parameters p. */
    @FunctionalInterface
    public interface Model {
        /**
         * @param parameters p (a copy the model may keep or change)
         * @return f(p), one value per observation, in the unit of the observations
         */
        double[] values(double[] parameters);
    }

    /** A model that gives its Jacobian with its values. */
    @FunctionalInterface
    public interface ModelWithJacobian {
        /**
         * @param parameters p (a copy the model may keep or change)
         * @return f(p) and ∂f_i/∂p_k
         */
        Evaluation evaluate(double[] parameters);
    }

    /**
     * Values and Jacobian of a model at one point.
     *
     * @param values f_i(p), one per observation
     * @param jacobian ∂f_i/∂p_k: one row per observation, one column per parameter
     */
    public record Evaluation(double[] values, double[][] jacobian) {
        /**
         * @param values f_i(p) (not null)
         * @param jacobian ∂f_i/∂p_k (not null)
         * @throws NullPointerException if an array is null
         */
        public Evaluation {
            Checks.nonNull(values, "values");
            Checks.nonNull(jacobian, "jacobian");
        }
    }

    /**
     * A least-squares problem: model, observations, start, and optionally weights, bounds, a
     * finite-difference step and a description for messages. Immutable; {@code withX} returns copies.
     */
    public static final class Problem {
        private final ModelWithJacobian model; // null when the Jacobian is by finite differences
        private final Model values;
        private final double[] observations;
        private final double[] start;
        private final double[] weights; // null for unit weights
        private final double[] lower;
        private final double[] upper;
        private final double step;
        private final String description;

        private Problem(ModelWithJacobian model, Model values, double[] observations, double[] start, double[] weights,
                double[] lower, double[] upper, double step, String description) {
            this.model = model;
            this.values = values;
            this.observations = observations;
            this.start = start;
            this.weights = weights;
            this.lower = lower;
            this.upper = upper;
            this.step = step;
            this.description = description;
        }

        /**
         * A problem whose Jacobian is computed by central differences (relative step 1e-6).
         *
         * @param model f(p) (not null)
         * @param observations y_i, in the unit of f (finite, at least one)
         * @param start p₀ (finite, at least one parameter, at most as many as observations)
         * @return the problem, with unit weights and no bounds
         * @throws NullPointerException if {@code model} is null
         * @throws IllegalArgumentException if an array is null, empty or holds a non-finite value, or
         *     there are more parameters than observations
         */
        public static Problem of(Model model, double[] observations, double[] start) {
            Checks.nonNull(model, "model");
            return create(null, model, observations, start);
        }

        /**
         * A problem whose model gives its own Jacobian.
         *
         * @param model f(p) and ∂f/∂p (not null)
         * @param observations y_i, in the unit of f (finite, at least one)
         * @param start p₀ (finite, at least one parameter, at most as many as observations)
         * @return the problem, with unit weights and no bounds
         * @throws NullPointerException if {@code model} is null
         * @throws IllegalArgumentException if an array is null, empty or holds a non-finite value, or
         *     there are more parameters than observations
         */
        public static Problem withJacobian(ModelWithJacobian model, double[] observations, double[] start) {
            Checks.nonNull(model, "model");
            return create(model, null, observations, start);
        }

        private static Problem create(ModelWithJacobian model, Model values, double[] observations, double[] start) {
            Checks.allFinite(observations, "observations", "");
            Checks.allFinite(start, "start", "");
            if (start.length > observations.length) {
                throw new IllegalArgumentException("a fit of " + start.length + " parameters needs at least as many"
                        + " observations, had " + observations.length);
            }
            double[] lo = new double[start.length];
            double[] hi = new double[start.length];
            Arrays.fill(lo, Double.NEGATIVE_INFINITY);
            Arrays.fill(hi, Double.POSITIVE_INFINITY);
            return new Problem(model, values, observations.clone(), start.clone(), null, lo, hi, 1e-6,
                    "least-squares fit");
        }

        /**
         * @param weights w_i &gt; 0, finite, one per observation (1/σ_i² for measurement errors σ_i)
         * @return a copy with these weights
         * @throws IllegalArgumentException if the array is null, of the wrong length, or holds a value
         *     that is not finite and &gt; 0
         */
        public Problem withWeights(double[] weights) {
            Checks.allPositive(weights, "weights", "");
            Checks.sameLength(observations, "observations", weights, "weights");
            return new Problem(model, values, observations, start, weights.clone(), lower, upper, step, description);
        }

        /**
         * Box bounds, kept by projecting every trial point onto them. A parameter that ends on a bound
         * is reported as undetermined.
         *
         * @param lower lower bounds, one per parameter (−∞ for none; not NaN)
         * @param upper upper bounds, one per parameter (+∞ for none; not NaN, &gt; lower)
         * @return a copy with these bounds (the start is projected onto them)
         * @throws IllegalArgumentException if an array is null, of the wrong length, holds NaN, or a
         *     lower bound is not below its upper bound
         */
        public Problem withBounds(double[] lower, double[] upper) {
            Checks.sameLength(start, "start", lower, "lower");
            Checks.sameLength(start, "start", upper, "upper");
            for (int k = 0; k < start.length; k++) {
                if (!(lower[k] < upper[k])) {
                    throw new IllegalArgumentException("bounds of parameter " + k + ": lower must be < upper, were "
                            + lower[k] + " and " + upper[k]);
                }
            }
            return new Problem(model, values, observations, start, weights, lower.clone(), upper.clone(), step,
                    description);
        }

        /**
         * @param relativeStep h/max(1, |p_k|) of the central differences, in [1e-12, 0.1] (default 1e-6);
         *     ignored when the model gives its Jacobian
         * @return a copy with that step
         * @throws IllegalArgumentException if out of range
         */
        public Problem withFiniteDifferenceStep(double relativeStep) {
            Checks.inClosedRange(relativeStep, 1e-12, 0.1, "finite-difference step", "");
            return new Problem(model, values, observations, start, weights, lower, upper, relativeStep, description);
        }

        /**
         * @param description what is fitted, for messages, e.g. {@code "circuit fit"} (not blank)
         * @return a copy with that description
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        public Problem withDescription(String description) {
            Checks.nonBlank(description, "description");
            return new Problem(model, values, observations, start, weights, lower, upper, step, description);
        }

        /** @return the number of observations n */
        public int observations() {
            return observations.length;
        }

        /** @return the number of parameters m */
        public int parameters() {
            return start.length;
        }

        /** @return a copy of the start p₀ */
        public double[] start() {
            return start.clone();
        }

        /** @return what is fitted, as messages call it */
        public String description() {
            return description;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "LeastSquares.Problem[%s: %d observations, %d parameters, %s weights,"
                    + " %s Jacobian]", description, observations.length, start.length,
                    weights == null ? "unit" : "given", model == null ? "finite-difference" : "analytic");
        }
    }

    /**
     * The outcome of a converged fit. Arrays are copied in and out.
     *
     * @param point the fitted parameters p*
     * @param chiSquare the cost χ² = Σ w_i (y_i − f_i(p*))², in the unit of w·y²
     * @param rms √(χ²/n): the root-mean-square weighted residual
     * @param iterations Levenberg–Marquardt iterations
     * @param evaluations model evaluations (a finite-difference Jacobian counts as one)
     * @param degreesOfFreedom n − m_d, m_d the number of determined parameters
     * @param standardErrors σ_k = √(cov_kk), in the unit of p_k, one per parameter; empty when not
     *     determined (see the class)
     * @param covariance cov = (J̃ᵀJ̃)⁻¹·s² of all parameters, present when every parameter is determined,
     *     J̃ᵀJ̃ is regular and there are degrees of freedom
     * @param undetermined indices of the parameters the data do not determine, ascending
     * @param warnings what the caller should know: undetermined parameters, singular J̃ᵀJ̃, no degrees of freedom
     */
    public record Outcome(double[] point, double chiSquare, double rms, int iterations, int evaluations,
            int degreesOfFreedom, ImmutableList<OptionalDouble> standardErrors, Optional<double[][]> covariance,
            List<Integer> undetermined,
            List<String> warnings) {

        /**
         * Copies the arrays and lists.
         *
         * @param point the fitted parameters (every element finite)
         * @param chiSquare χ² (&ge; 0, finite)
         * @param rms √(χ²/n) (&ge; 0, finite)
         * @param iterations iterations
         * @param evaluations evaluations
         * @param degreesOfFreedom n − m_d
         * @param standardErrors standard errors, one per parameter (each present one finite and &ge; 0;
         *     empty if undetermined)
         * @param covariance the covariance, if determined
         * @param undetermined undetermined parameters
         * @param warnings warnings
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if a number is out of range
         */
        public Outcome {
            Checks.allFinite(point, "point", "");
            Checks.nonNegative(chiSquare, "chiSquare", "");
            Checks.nonNegative(rms, "rms", "");
            Checks.nonNull(standardErrors, "standardErrors");
            if (standardErrors.size() != point.length) {
                throw new IllegalArgumentException("standardErrors must hold one entry per parameter of point: point"
                        + " has " + point.length + ", standardErrors " + standardErrors.size());
            }
            for (int k = 0; k < standardErrors.size(); k++) {
                OptionalDouble e = Checks.nonNull(standardErrors.get(k), "standardErrors[" + k + "]");
                if (e.isPresent()) {
                    // "not determined" is an empty entry, never +∞ or NaN
                    Checks.nonNegative(e.getAsDouble(), "standardErrors[" + k + "]", "(unit of the parameter)");
                }
            }
            Checks.nonNull(undetermined, "undetermined");
            Checks.nonNull(warnings, "warnings");
            point = point.clone();
            covariance = Checks.nonNull(covariance, "covariance").map(LeastSquares::copy);
            undetermined = List.copyOf(undetermined);
            warnings = List.copyOf(warnings);
        }

        /** @return a copy of the fitted parameters p* */
        @Override
        public double[] point() {
            return point.clone();
        }

        /** @return a copy of the covariance matrix, present when every parameter is determined */
        @Override
        public Optional<double[][]> covariance() {
            return covariance.map(LeastSquares::copy);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Outcome r && Arrays.equals(point, r.point)
                    && Double.compare(chiSquare, r.chiSquare) == 0 && Double.compare(rms, r.rms) == 0
                    && iterations == r.iterations && evaluations == r.evaluations
                    && degreesOfFreedom == r.degreesOfFreedom && standardErrors.equals(r.standardErrors)
                    && covariance.isPresent() == r.covariance.isPresent()
                    && Arrays.deepEquals(covariance.orElse(null), r.covariance.orElse(null))
                    && undetermined.equals(r.undetermined) && warnings.equals(r.warnings);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(point), chiSquare, iterations, evaluations,
                    standardErrors, undetermined, warnings);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("LeastSquares.Outcome[p = [");
            for (int k = 0; k < point.length; k++) {
                OptionalDouble e = standardErrors.get(k);
                b.append(k == 0 ? "" : ", ").append(Display.number(point[k], 6))
                        .append(e.isPresent() ? " ± " + Display.number(e.getAsDouble(), 2) : " (not determined)");
            }
            b.append("], χ² = ").append(Display.number(chiSquare, 6)).append(", rms ").append(Display.number(rms))
                    .append(", ").append(iterations).append(" iterations, ").append(evaluations).append(" evaluations");
            if (!warnings.isEmpty()) {
                b.append("; ").append(String.join("; ", warnings));
            }
            return b.append(']').toString();
        }
    }

    private final int maxEvaluations;
    private final double costRelativeTolerance;
    private final double parameterRelativeTolerance;
    private final double orthoTolerance;
    private final double initialStepBoundFactor;
    private final double negligibleSensitivity;

    private LeastSquares(int maxEvaluations, double costRelativeTolerance, double parameterRelativeTolerance,
            double orthoTolerance, double initialStepBoundFactor, double negligibleSensitivity) {
        this.maxEvaluations = maxEvaluations;
        this.costRelativeTolerance = costRelativeTolerance;
        this.parameterRelativeTolerance = parameterRelativeTolerance;
        this.orthoTolerance = orthoTolerance;
        this.initialStepBoundFactor = initialStepBoundFactor;
        this.negligibleSensitivity = negligibleSensitivity;
    }

    /**
     * @return Commons Math's Levenberg–Marquardt defaults (tolerances 1e-10, initial step bound factor
     *     100), at most 10,000 evaluations (and iterations), negligible sensitivity 1e-8
     */
    public static LeastSquares withDefaults() {
        return new LeastSquares(10_000, 1e-10, 1e-10, 1e-10, 100, 1e-8);
    }

    /**
     * @param maxEvaluations the most model evaluations, and iterations, in [1, 10⁸] (default 10,000)
     * @return a copy with that budget
     * @throws IllegalArgumentException if out of range
     */
    public LeastSquares withMaxEvaluations(int maxEvaluations) {
        Checks.inClosedRange(maxEvaluations, 1, 100_000_000, "maxEvaluations");
        return new LeastSquares(maxEvaluations, costRelativeTolerance, parameterRelativeTolerance, orthoTolerance,
                initialStepBoundFactor, negligibleSensitivity);
    }

    /**
     * @param tolerance relative reduction of the cost below which the fit has converged, in [0, 1)
     *     (default 1e-10; below ~2e-16 Commons Math stops with "too small tolerance", reported as a
     *     {@link ConvergenceException})
     * @return a copy with that tolerance
     * @throws IllegalArgumentException if out of range
     */
    public LeastSquares withCostRelativeTolerance(double tolerance) {
        checkTolerance(tolerance, "cost relative tolerance");
        return new LeastSquares(maxEvaluations, tolerance, parameterRelativeTolerance, orthoTolerance,
                initialStepBoundFactor, negligibleSensitivity);
    }

    /**
     * @param tolerance relative step size below which the fit has converged, in [0, 1) (default 1e-10)
     * @return a copy with that tolerance
     * @throws IllegalArgumentException if out of range
     */
    public LeastSquares withParameterRelativeTolerance(double tolerance) {
        checkTolerance(tolerance, "parameter relative tolerance");
        return new LeastSquares(maxEvaluations, costRelativeTolerance, tolerance, orthoTolerance,
                initialStepBoundFactor, negligibleSensitivity);
    }

    /**
     * @param tolerance cosine between the residual and the Jacobian's columns below which the fit has
     *     converged, in [0, 1) (default 1e-10)
     * @return a copy with that tolerance
     * @throws IllegalArgumentException if out of range
     */
    public LeastSquares withOrthoTolerance(double tolerance) {
        checkTolerance(tolerance, "orthogonality tolerance");
        return new LeastSquares(maxEvaluations, costRelativeTolerance, parameterRelativeTolerance, tolerance,
                initialStepBoundFactor, negligibleSensitivity);
    }

    /**
     * @param factor the first step bound, relative to the scaled start's norm, in [0.1, 100] (default 100)
     * @return a copy with that factor
     * @throws IllegalArgumentException if out of range
     */
    public LeastSquares withInitialStepBoundFactor(double factor) {
        Checks.inClosedRange(factor, 0.1, 100, "initial step bound factor", "");
        return new LeastSquares(maxEvaluations, costRelativeTolerance, parameterRelativeTolerance, orthoTolerance,
                factor, negligibleSensitivity);
    }

    /**
     * @param fraction a parameter whose weighted Jacobian column norm is at most this fraction of the
     *     largest is undetermined, in [0, 1e-2] (default 1e-8; 0 flags only exactly zero columns)
     * @return a copy with that threshold
     * @throws IllegalArgumentException if out of range
     */
    public LeastSquares withNegligibleSensitivity(double fraction) {
        Checks.inClosedRange(fraction, 0, 1e-2, "negligible sensitivity", "");
        return new LeastSquares(maxEvaluations, costRelativeTolerance, parameterRelativeTolerance, orthoTolerance,
                initialStepBoundFactor, fraction);
    }

    private static void checkTolerance(double tolerance, String name) {
        Checks.finite(tolerance, name, "");
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), was " + tolerance);
        }
    }

    /** @return the evaluation (and iteration) budget */
    public int maxEvaluations() {
        return maxEvaluations;
    }

    /**
     * Fits.
     *
     * @param problem the model, observations, start, weights and bounds (not null)
     * @return the converged outcome with standard errors and warnings
     * @throws NullPointerException if {@code problem} is null
     * @throws IllegalArgumentException if the model returns the wrong number of values or a Jacobian of
     *     the wrong shape, or a value that is not finite at the start
     * @throws ConvergenceException if the evaluation budget is spent, the tolerances cannot be met in
     *     double precision, or the model is not finite at a point the optimizer tried
     */
    public Outcome solve(Problem problem) {
        Checks.nonNull(problem, "problem");
        int n = problem.observations.length;
        int m = problem.start.length;
        String what = "Levenberg–Marquardt " + problem.description;
        double[] sqrtW = null;
        if (problem.weights != null) {
            sqrtW = new double[n];
            for (int i = 0; i < n; i++) {
                sqrtW[i] = Math.sqrt(problem.weights[i]);
            }
        }
        double[] target = problem.observations.clone();
        if (sqrtW != null) {
            for (int i = 0; i < n; i++) {
                target[i] *= sqrtW[i];
            }
        }
        double[] q0 = problem.start.clone();
        project(q0, problem.lower, problem.upper);
        int[] calls = new int[1];
        MultivariateJacobianFunction function = weighted(problem, sqrtW, n, m, calls, what);
        boolean bounded = false;
        for (int k = 0; k < m; k++) {
            bounded |= problem.lower[k] > Double.NEGATIVE_INFINITY || problem.upper[k] < Double.POSITIVE_INFINITY;
        }
        LeastSquaresBuilder builder = new LeastSquaresBuilder().start(q0).model(function)
                .target(target).maxEvaluations(maxEvaluations).maxIterations(maxEvaluations);
        if (bounded) {
            builder.parameterValidator(v -> {
                for (int k = 0; k < v.getDimension(); k++) {
                    v.setEntry(k, Math.max(problem.lower[k], Math.min(problem.upper[k], v.getEntry(k))));
                }
                return v;
            });
        }
        LeastSquaresProblem lsp = builder.build();
        LeastSquaresOptimizer.Optimum o;
        try {
            o = new LevenbergMarquardtOptimizer().withCostRelativeTolerance(costRelativeTolerance)
                    .withParameterRelativeTolerance(parameterRelativeTolerance).withOrthoTolerance(orthoTolerance)
                    .withInitialStepBoundFactor(initialStepBoundFactor).optimize(lsp);
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            throw new ConvergenceException(what, calls[0], Double.NaN, "the budget of " + maxEvaluations
                    + " evaluations is spent; improve the start, or raise the budget (withMaxEvaluations)");
        } catch (org.apache.commons.math3.exception.ConvergenceException e) {
            throw new ConvergenceException(what, calls[0], Double.NaN, "the tolerances cannot be met in double"
                    + " precision (" + e.getMessage() + "); loosen them");
        } catch (MathIllegalStateException e) {
            throw new ConvergenceException(what, calls[0], Double.NaN, e.getMessage());
        } catch (MathIllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        return outcome(o, problem, n, m);
    }

    private Outcome outcome(LeastSquaresOptimizer.Optimum o, Problem problem, int n, int m) {
        double[] q = o.getPoint().toArray();
        double chi2 = o.getCost() * o.getCost();
        RealMatrix jac = o.getJacobian();
        double[] colNorm = new double[m];
        double maxNorm = 0;
        for (int j = 0; j < m; j++) {
            colNorm[j] = jac.getColumnVector(j).getNorm();
            maxNorm = Math.max(maxNorm, colNorm[j]);
        }
        List<Integer> undetermined = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            // "on a bound" to 1e-12 relative: the projection puts it there exactly, round-off a hair inside
            double lo = problem.lower[j];
            double hi = problem.upper[j];
            boolean pinned = lo > Double.NEGATIVE_INFINITY && q[j] <= lo + 1e-12 * Math.abs(lo)
                    || hi < Double.POSITIVE_INFINITY && q[j] >= hi - 1e-12 * Math.abs(hi);
            if (pinned || !(colNorm[j] > negligibleSensitivity * maxNorm)) {
                undetermined.add(j);
            } else {
                kept.add(j);
            }
        }
        int determined = kept.size();
        int dof = n - determined;
        OptionalDouble[] se = new OptionalDouble[m];
        Arrays.fill(se, OptionalDouble.empty());
        List<String> warnings = new ArrayList<>();
        if (!undetermined.isEmpty()) {
            warnings.add("the data do not determine parameter(s) " + undetermined + " (on a bound, or without"
                    + " influence on the model): their values are arbitrary and they have no standard error");
        }
        Optional<double[][]> covariance = Optional.empty();
        if (determined > 0 && dof <= 0) {
            warnings.add("no degrees of freedom (" + n + " observations, " + determined + " determined parameters):"
                    + " the scatter, and so every standard error, is unknown");
        } else if (determined > 0) {
            double s2 = chi2 / dof;
            double[][] js = new double[n][determined];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < determined; c++) {
                    js[i][c] = jac.getEntry(i, kept.get(c));
                }
            }
            RealMatrix jsm = new Array2DRowRealMatrix(js, false);
            try {
                RealMatrix cov = new QRDecomposition(jsm.transpose().multiply(jsm), 1e-14).getSolver().getInverse();
                for (int c = 0; c < determined; c++) {
                    double sq = Math.sqrt(Math.max(0, cov.getEntry(c, c)) * s2);
                    se[kept.get(c)] = Double.isFinite(sq) ? OptionalDouble.of(sq) : OptionalDouble.empty();
                }
                if (determined == m) {
                    double[][] c = cov.scalarMultiply(s2).getData();
                    boolean finite = Arrays.stream(c).flatMapToDouble(Arrays::stream).allMatch(Double::isFinite);
                    covariance = finite ? Optional.of(c) : Optional.empty();
                }
            } catch (SingularMatrixException e) {
                warnings.add("the determined parameters are correlated beyond resolution (JᵀJ is singular): every"
                        + " standard error is undetermined");
            }
        }
        return new Outcome(q, chi2, o.getRMS(), o.getIterations(), o.getEvaluations(), dof, ImmutableList.copyOf(se),
                covariance, undetermined, warnings);
    }

    /** The model as Commons Math sees it: weighted values and Jacobian, checked for shape and finiteness. */
    private static MultivariateJacobianFunction weighted(Problem problem, double[] sqrtW, int n, int m, int[] calls,
            String what) {
        return point -> {
            calls[0]++;
            double[] p = point.toArray();
            double[] v;
            double[][] jac;
            if (problem.model != null) {
                Evaluation e = problem.model.evaluate(p.clone());
                Checks.nonNull(e, "the model's evaluation");
                v = e.values().clone();
                checkShape(v, n, what);
                jac = copy(e.jacobian());
                if (jac.length != n) {
                    throw new IllegalArgumentException(what + ": the model's Jacobian must have " + n
                            + " rows (one per observation), had " + jac.length);
                }
                for (double[] row : jac) {
                    if (row == null || row.length != m) {
                        throw new IllegalArgumentException(what + ": every row of the model's Jacobian must have " + m
                                + " columns (one per parameter), had " + (row == null ? "null" : row.length));
                    }
                }
            } else {
                v = problem.values.values(p.clone());
                checkShape(v, n, what);
                v = v.clone();
                jac = new double[n][m];
                for (int k = 0; k < m; k++) {
                    double h = problem.step * Math.max(1, Math.abs(p[k]));
                    double[] plus = p.clone();
                    plus[k] = p[k] + h;
                    double[] minus = p.clone();
                    minus[k] = p[k] - h;
                    double[] fp = problem.values.values(plus);
                    checkShape(fp, n, what);
                    double[] fm = problem.values.values(minus);
                    checkShape(fm, n, what);
                    for (int i = 0; i < n; i++) {
                        jac[i][k] = (fp[i] - fm[i]) / (2 * h);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                boolean finite = Double.isFinite(v[i]);
                for (int k = 0; k < m && finite; k++) {
                    finite = Double.isFinite(jac[i][k]);
                }
                if (!finite) {
                    String where = "the model or its Jacobian is not finite at observation " + i + " for parameters "
                            + Arrays.toString(p);
                    if (calls[0] == 1) {
                        throw new IllegalArgumentException(what + ": " + where + " (the start)");
                    }
                    throw new ConvergenceException(what, calls[0], Double.POSITIVE_INFINITY, where
                            + "; bound the parameters or start nearer to the data");
                }
                if (sqrtW != null) {
                    v[i] *= sqrtW[i];
                    for (int k = 0; k < m; k++) {
                        jac[i][k] *= sqrtW[i];
                    }
                }
            }
            return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v, false), new Array2DRowRealMatrix(jac, false));
        };
    }

    private static void checkShape(double[] values, int n, String what) {
        if (values == null || values.length != n) {
            throw new IllegalArgumentException(what + ": the model must return " + n + " values (one per observation),"
                    + " returned " + (values == null ? "null" : values.length));
        }
    }

    private static void project(double[] q, double[] lower, double[] upper) {
        for (int k = 0; k < q.length; k++) {
            q[k] = Math.max(lower[k], Math.min(upper[k], q[k]));
        }
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] == null ? null : a[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LeastSquares[Levenberg–Marquardt, max %d evaluations, tolerances cost %.1e,"
                + " parameters %.1e, orthogonality %.1e, initial step bound factor %.3g, negligible sensitivity %.1e]",
                maxEvaluations, costRelativeTolerance, parameterRelativeTolerance, orthoTolerance,
                initialStepBoundFactor, negligibleSensitivity);
    }
}
