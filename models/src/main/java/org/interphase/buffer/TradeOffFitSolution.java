package org.interphase.buffer;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A fit of model M1 to measured points: the fitted {@link ExponentialSuppression}, the misfit, the
 * relative standard errors of the parameters, diagnostics and warnings. Immutable.
 */
public final class TradeOffFitSolution {

    /**
     * Standard errors of the fitted parameters relative to their values, from the covariance of the
     * ln-parameters scaled by the residual variance (a ln-parameter's standard error is the relative
     * error of the parameter). Empty when not determined: no degrees of freedom, a singular
     * covariance — or, for R_b, when it was fixed.
     *
     * @param suppressedResistance of R0
     * @param decayLength of λ
     * @param coatingConductivity of σ
     * @param baseResistance of R_b (empty when R_b was fixed)
     */
    public record RelativeErrors(OptionalDouble suppressedResistance, OptionalDouble decayLength,
            OptionalDouble coatingConductivity, OptionalDouble baseResistance) {

        /**
         * Validates the components.
         *
         * @param suppressedResistance of R0 (not null; finite, &ge; 0 when present)
         * @param decayLength of λ (not null; finite, &ge; 0 when present)
         * @param coatingConductivity of σ (not null; finite, &ge; 0 when present)
         * @param baseResistance of R_b (not null; finite, &ge; 0 when present)
         */
        public RelativeErrors {
            check(suppressedResistance, "suppressedResistance (relative error of R0)");
            check(decayLength, "decayLength (relative error of λ)");
            check(coatingConductivity, "coatingConductivity (relative error of σ)");
            check(baseResistance, "baseResistance (relative error of R_b)");
        }

        private static void check(OptionalDouble e, String name) {
            if (e == null) {
                throw new IllegalArgumentException(name + " must not be null (OptionalDouble.empty() if not determined)");
            }
            if (e.isPresent()) {
                org.interphase.core.Checks.nonNegative(e.getAsDouble(), name, "");
            }
        }

        /**
         * @param withBase whether R_b was fitted
         * @return whether every fitted parameter's error is determined
         */
        boolean allDetermined(boolean withBase) {
            return suppressedResistance.isPresent() && decayLength.isPresent() && coatingConductivity.isPresent()
                    && (!withBase || baseResistance.isPresent());
        }

        @Override
        public String toString() {
            return "R0 " + text(suppressedResistance) + ", λ " + text(decayLength) + ", σ " + text(coatingConductivity)
                    + (baseResistance.isPresent() ? ", R_b " + text(baseResistance) : "");
        }

        private static String text(OptionalDouble e) {
            return e.isPresent() ? String.format(Locale.ROOT, "%.2g", e.getAsDouble()) : "not determined";
        }
    }

    private final TradeOffFitProblem problem;
    private final TradeOffFitter solver;
    private final ExponentialSuppression model;
    private final double residual;
    private final RelativeErrors relativeErrors;
    private final int iterations;
    private final int evaluations;
    private final List<String> warnings;

    TradeOffFitSolution(TradeOffFitProblem problem, TradeOffFitter solver, ExponentialSuppression model, double residual,
            RelativeErrors relativeErrors, int iterations, int evaluations, List<String> warnings) {
        this.problem = problem;
        this.solver = solver;
        this.model = model;
        this.residual = org.interphase.core.Checks.nonNegative(residual, "rms residual in ln R", "");
        this.relativeErrors = relativeErrors;
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.warnings = List.copyOf(warnings);
    }

    /** @return the points that were fitted */
    public TradeOffFitProblem problem() {
        return problem;
    }

    /** @return the fitter */
    public TradeOffFitter solver() {
        return solver;
    }

    /** @return the fitted model (R_b fixed or fitted, R0, λ, σ) */
    public ExponentialSuppression model() {
        return model;
    }

    /** @return the root-mean-square of the weighted residuals in ln R (0.1 ≈ 10 % scatter) */
    public double residual() {
        return residual;
    }

    /** @return the relative standard errors of the fitted parameters */
    public RelativeErrors relativeErrors() {
        return relativeErrors;
    }

    /** @return Levenberg–Marquardt iterations of the best start */
    public int iterations() {
        return iterations;
    }

    /** @return model evaluations of the best start */
    public int evaluations() {
        return evaluations;
    }

    /**
     * @return what the caller should know (immutable, empty when all is well): undetermined errors,
     *     starts that did not converge
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s; rms ln-residual %.3g over %d points; relative errors %s",
                model.describe(), residual, problem.points(), relativeErrors);
    }
}
