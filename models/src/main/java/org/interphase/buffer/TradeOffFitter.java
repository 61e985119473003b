package org.interphase.buffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.LeastSquares;

/**
 * Fits the M1 trade-off model ({@link ExponentialSuppression}),
 * R(L) = R_b + R0·exp(−L/λ) + L/σ, to measured resistance-vs-thickness points
 * ({@link TradeOffFitProblem}) by weighted least squares in ln R, min Σ w_i·(ln R_model(L_i) − ln R_i)²,
 * with core's Levenberg–Marquardt adapter {@link LeastSquares}. Fitting in ln R weights a 2600 Ω·cm² point and a
 * 150 Ω·cm² point by their relative, not absolute, misfit, as resistances measured by EIS are; the
 * parameters are fitted as logarithms so they stay positive. Several starting decay lengths
 * (0.02, 0.05, 0.1, 0.2 and 0.5 of the largest thickness) are tried and the best fit is kept.
 *
 * <p>Immutable and thread-safe; settings by {@code withX} copies, shown by {@link #toString()}.
 */
public final class TradeOffFitter {

    private static final double[] LAMBDA_FRACTIONS = {0.02, 0.05, 0.1, 0.2, 0.5};
    private static final TradeOffFitter DEFAULTS = new TradeOffFitter(10_000);

    private final int maxIterations;

    private TradeOffFitter(int maxIterations) {
        this.maxIterations = maxIterations;
    }

    /** @return a fitter with at most 10,000 Levenberg–Marquardt iterations (and evaluations) per start */
    public static TradeOffFitter withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param value the most iterations (and evaluations) per start (10 … 10,000,000)
     * @return this fitter with another limit
     * @throws IllegalArgumentException if the count is out of range
     */
    public TradeOffFitter withMaxIterations(int value) {
        Checks.atLeast(value, 10, "max iterations");
        if (value > 10_000_000) {
            throw new IllegalArgumentException("max iterations must be in [10, 10000000], was " + value);
        }
        return new TradeOffFitter(value);
    }

    /** @return the most iterations per start */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Fits M1 to the points.
     *
     * @param problem the points, weights and R_b (fixed or free) (not null)
     * @return the fitted model, its residual, relative errors and diagnostics
     * @throws IllegalArgumentException if the problem is null
     * @throws ConvergenceException if no start converges
     */
    public TradeOffFitSolution solve(TradeOffFitProblem problem) {
        if (problem == null) {
            throw new IllegalArgumentException("trade-off fit problem must not be null");
        }
        double[] l = problem.thickness();
        double[] r = problem.resistance();
        double[] weights = problem.weights();
        boolean freeBase = problem.base().isEmpty();
        double fixedBase = problem.base().orElse(0.0);
        int p = problem.parameters();
        double rMin = Double.POSITIVE_INFINITY;
        double rMax = 0;
        double lMax = 0;
        for (int i = 0; i < l.length; i++) {
            rMin = Math.min(rMin, r[i]);
            rMax = Math.max(rMax, r[i]);
            lMax = Math.max(lMax, l[i]);
        }
        double[] lnR = new double[r.length];
        double[] sqrtW = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            lnR[i] = Math.log(r[i]);
            sqrtW[i] = Math.sqrt(weights[i]);
        }
        LeastSquares lm = LeastSquares.withDefaults().withMaxEvaluations(maxIterations);
        LeastSquares.Outcome best = null;
        int failedStarts = 0;
        ConvergenceException lastFailure = null;
        for (double lambdaFraction : LAMBDA_FRACTIONS) {
            double[] start = freeBase
                    ? new double[] {Math.log(rMax), Math.log(lambdaFraction * lMax), Math.log(lMax / rMin),
                        Math.log(0.1 * rMin)}
                    : new double[] {Math.log(Math.max(rMax - fixedBase, 1e-3 * rMax)),
                        Math.log(lambdaFraction * lMax), Math.log(lMax / (rMin)), 0};
            double[] startP = java.util.Arrays.copyOf(start, p);
            try {
                LeastSquares.Outcome o = lm.solve(LeastSquares.Problem.withJacobian(
                        q -> evaluate(q, l, lnR, sqrtW, freeBase, fixedBase), new double[l.length], startP)
                        .withDescription("fit of M1"));
                if ((best == null || o.chiSquare() < best.chiSquare()) && allFinite(o.point())) {
                    best = o;
                }
            } catch (ConvergenceException e) {
                // another start may converge; if none does, the ConvergenceException below says so
                failedStarts++;
                lastFailure = e;
            }
        }
        if (best == null) {
            throw new ConvergenceException("Levenberg–Marquardt fit of M1", maxIterations, Double.NaN,
                    "no start converged (last: " + lastFailure.getMessage() + "); check that the data fall then rise with"
                    + " thickness");
        }
        double[] q = best.point();
        ExponentialSuppression model = new ExponentialSuppression(freeBase ? Math.exp(q[3]) : fixedBase,
                Math.exp(q[0]), Math.exp(q[1]), Math.exp(q[2]));
        double rms = best.rms();
        // σ_k = √(cov_kk·χ²/(n − p)) (LeastSquares); empty with no degrees of freedom or for a parameter
        // the data do not determine. A ln-parameter's standard error is the relative error of the parameter.
        List<java.util.OptionalDouble> errors = best.standardErrors();
        int dof = l.length - p;
        List<String> warnings = new ArrayList<>();
        if (dof == 0) {
            warnings.add("as many points as parameters: the fit is exact and the scatter unknown, so no relative error"
                    + " is determined");
        }
        if (failedStarts > 0) {
            warnings.add(String.format(Locale.ROOT, "%d of %d starts did not converge (last: %s)",
                    failedStarts, LAMBDA_FRACTIONS.length, lastFailure.getMessage()));
        }
        TradeOffFitSolution.RelativeErrors rel = new TradeOffFitSolution.RelativeErrors(
                errors.get(0), errors.get(1), errors.get(2), freeBase ? errors.get(3) : java.util.OptionalDouble.empty());
        if (dof > 0 && !rel.allDetermined(freeBase)) {
            warnings.add("some parameters are not determined by the data (their relative errors are empty)");
        }
        return new TradeOffFitSolution(problem, this, model, rms, rel, best.iterations(), best.evaluations(), warnings);
    }

    private static LeastSquares.Evaluation evaluate(double[] q, double[] l, double[] lnR, double[] sqrtW,
            boolean freeBase, double fixedBase) {
        double r0 = Math.exp(q[0]);
        double lambda = Math.exp(q[1]);
        double sigma = Math.exp(q[2]);
        double rb = freeBase ? Math.exp(q[3]) : fixedBase;
        double[] res = new double[l.length];
        double[][] jac = new double[l.length][q.length];
        for (int i = 0; i < l.length; i++) {
            double e = r0 * Math.exp(-l[i] / lambda);
            double ohm = l[i] / sigma;
            double model = rb + e + ohm;
            res[i] = sqrtW[i] * (Math.log(model) - lnR[i]);
            jac[i][0] = sqrtW[i] * e / model;
            jac[i][1] = sqrtW[i] * e * (l[i] / lambda) / model;
            jac[i][2] = -sqrtW[i] * ohm / model;
            if (freeBase) {
                jac[i][3] = sqrtW[i] * rb / model;
            }
        }
        return new LeastSquares.Evaluation(res, jac);
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TradeOffFitter[Levenberg–Marquardt in ln R, %d starts, at most %d iterations"
                + " each]", LAMBDA_FRACTIONS.length, maxIterations);
    }
}
