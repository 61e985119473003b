package org.interphase.buffer;

import java.util.Locale;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;
import org.interphase.core.Checks;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Units;

/**
 * Fits the M1 trade-off model ({@link ExponentialSuppression}) to measured resistance-vs-thickness
 * points by weighted least squares in ln R, with Commons Math's Levenberg–Marquardt optimizer.
 * Fitting in ln R weights a 2600 Ω·cm² point and a 150 Ω·cm² point by their relative, not
 * absolute, misfit, as resistances measured by EIS are; the parameters are fitted as logarithms
 * so they stay positive. Several starting decay lengths are tried and the best fit is kept.
 *
 * <p>With the base resistance R_b fixed (measured as the high-frequency intercept, say), three
 * parameters (R0, λ, σ) are fitted, so at least three points are needed; with R_b free, four.
 */
public final class TradeOffFit {

    private TradeOffFit() {}

    /**
     * The outcome of a fit.
     *
     * @param model the fitted model
     * @param rmsLogResidual root-mean-square of the residuals in ln R (0.1 ≈ 10 % scatter)
     * @param relativeErrors standard errors of R0, λ, σ (and R_b when fitted) relative to their values,
     *     from the covariance of the ln-parameters scaled by the residual variance; NaN-free: 0 when
     *     the fit is exact, {@code Double.POSITIVE_INFINITY} when a parameter is not determined
     * @param points number of points fitted
     */
    public record Result(ExponentialSuppression model, double rmsLogResidual, double[] relativeErrors, int points) {

        /**
         * Copies the array.
         *
         * @param model the fitted model
         * @param rmsLogResidual root-mean-square of the residuals in ln R
         * @param relativeErrors relative standard errors of the fitted parameters
         * @param points number of points fitted
         */
        public Result {
            if (model == null || relativeErrors == null) {
                throw new IllegalArgumentException("a fit result needs its model and relative errors");
            }
            Checks.nonNegative(rmsLogResidual, "rms residual in ln R", "");
            relativeErrors = relativeErrors.clone();
        }

        /** @return a copy of the relative standard errors */
        @Override
        public double[] relativeErrors() {
            return relativeErrors.clone();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s; rms ln-residual %.3g over %d points; relative errors R0 %.2g, λ %.2g, σ %.2g",
                    model.describe(), rmsLogResidual, points, relativeErrors[0], relativeErrors[1], relativeErrors[2]);
        }
    }

    /**
     * Fits M1 with R_b fixed.
     *
     * @param thickness coating thicknesses, m (&ge; 0, at least 3 distinct)
     * @param resistance measured resistances, Ω·m² (&gt; 0), same length
     * @param weights weights of the points in the ln R misfit (&gt; 0), same length; null for equal weights
     * @param baseResistance R_b, Ω·m² (&ge; 0, below every measured resistance)
     * @return the fit
     */
    public static Result fitWithBase(double[] thickness, double[] resistance, double[] weights, double baseResistance) {
        Checks.nonNegative(baseResistance, "base resistance", "Ω·m²");
        return fit(thickness, resistance, weights, baseResistance);
    }

    /**
     * Fits M1 with R_b as a fourth free parameter.
     *
     * @param thickness coating thicknesses, m (&ge; 0, at least 4 points)
     * @param resistance measured resistances, Ω·m² (&gt; 0), same length
     * @param weights weights (&gt; 0) or null
     * @return the fit
     */
    public static Result fitWithFreeBase(double[] thickness, double[] resistance, double[] weights) {
        return fit(thickness, resistance, weights, Double.NaN);
    }

    private static Result fit(double[] l, double[] r, double[] w, double fixedBase) {
        Checks.allFinite(l, "thickness", "m");
        Checks.allFinite(r, "resistance", "Ω·m²");
        Checks.sameLength(l, "thickness", r, "resistance");
        boolean freeBase = Double.isNaN(fixedBase);
        int p = freeBase ? 4 : 3;
        if (l.length < p) {
            throw new IllegalArgumentException("a fit of " + p + " parameters needs at least " + p + " points, got "
                    + l.length);
        }
        double[] weights = w == null ? ones(l.length) : w.clone();
        Checks.sameLength(l, "thickness", weights, "weights");
        double rMin = Double.POSITIVE_INFINITY;
        double rMax = 0;
        double lMax = 0;
        for (int i = 0; i < l.length; i++) {
            Checks.nonNegative(l[i], "thickness[" + i + "]", "m");
            Checks.positive(r[i], "resistance[" + i + "]", "Ω·m²");
            Checks.positive(weights[i], "weights[" + i + "]", "");
            rMin = Math.min(rMin, r[i]);
            rMax = Math.max(rMax, r[i]);
            lMax = Math.max(lMax, l[i]);
        }
        if (!freeBase && !(fixedBase < rMin)) {
            throw new IllegalArgumentException("base resistance must be < the smallest measured resistance ("
                    + rMin + " Ω·m²), was " + fixedBase + " Ω·m²");
        }
        if (!(lMax > 0)) {
            throw new IllegalArgumentException("thickness must hold at least one value > 0 m");
        }
        double[] lnR = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            lnR[i] = Math.log(r[i]);
        }
        double[] sqrtW = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            sqrtW[i] = Math.sqrt(weights[i]);
        }
        LeastSquaresOptimizer.Optimum best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double lambdaFraction : new double[] {0.02, 0.05, 0.1, 0.2, 0.5}) {
            double[] start = freeBase
                    ? new double[] {Math.log(rMax), Math.log(lambdaFraction * lMax), Math.log(lMax / rMin),
                        Math.log(0.1 * rMin)}
                    : new double[] {Math.log(Math.max(rMax - fixedBase, 1e-3 * rMax)),
                        Math.log(lambdaFraction * lMax), Math.log(lMax / (rMin)), 0};
            double[] startP = java.util.Arrays.copyOf(start, p);
            try {
                LeastSquaresOptimizer.Optimum o = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                        .start(startP)
                        .model(point -> evaluate(point.toArray(), l, lnR, sqrtW, fixedBase))
                        .target(new double[l.length])
                        .maxEvaluations(10_000)
                        .maxIterations(10_000)
                        .build());
                if (o.getCost() < bestCost && allFinite(o.getPoint().toArray())) {
                    bestCost = o.getCost();
                    best = o;
                }
            } catch (TooManyEvaluationsException | TooManyIterationsException e) {
                // another start may converge; if none does, the ConvergenceException below says so
                continue;
            }
        }
        if (best == null) {
            throw new ConvergenceException("Levenberg–Marquardt fit of M1", 10_000, Double.NaN,
                    "no start converged; check that the data fall then rise with thickness");
        }
        double[] q = best.getPoint().toArray();
        ExponentialSuppression model = new ExponentialSuppression(freeBase ? Math.exp(q[3]) : fixedBase,
                Math.exp(q[0]), Math.exp(q[1]), Math.exp(q[2]));
        double rms = Math.sqrt(bestCost * bestCost / l.length);
        double[] errors = new double[p];
        int dof = l.length - p;
        try {
            double[] sigma = best.getSigma(1e-14).toArray();
            // with no degrees of freedom the scatter is unknown, not zero
            double scale = dof > 0 ? Math.sqrt(bestCost * bestCost / dof) : Double.POSITIVE_INFINITY;
            for (int k = 0; k < p; k++) {
                // a ln-parameter's standard error is the relative error of the parameter
                errors[k] = Double.isFinite(sigma[k]) ? sigma[k] * scale : Double.POSITIVE_INFINITY;
            }
        } catch (SingularMatrixException e) {
            java.util.Arrays.fill(errors, Double.POSITIVE_INFINITY);
        }
        return new Result(model, rms, errors, l.length);
    }

    private static Pair<RealVector, RealMatrix> evaluate(double[] q, double[] l, double[] lnR, double[] sqrtW,
            double fixedBase) {
        boolean freeBase = Double.isNaN(fixedBase);
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
        return new Pair<>(new ArrayRealVector(res, false), new Array2DRowRealMatrix(jac, false));
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    private static double[] ones(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, 1.0);
        return a;
    }

    /**
     * Convenience for JShell: thicknesses in nm, resistances in Ω·cm².
     *
     * @param thicknessNm thicknesses, nm
     * @param resistanceOhmCm2 resistances, Ω·cm²
     * @param baseOhmCm2 R_b, Ω·cm²
     * @return the fit (in SI, as always)
     */
    public static Result fitWithBaseInLabUnits(double[] thicknessNm, double[] resistanceOhmCm2, double baseOhmCm2) {
        if (thicknessNm == null || resistanceOhmCm2 == null) {
            throw new IllegalArgumentException("thicknesses (nm) and resistances (Ω·cm²) must not be null");
        }
        // checked in the caller's units, so the message names what the caller typed
        Checks.nonNegative(baseOhmCm2, "baseOhmCm2 (base resistance)", "Ω·cm²");
        double smallest = java.util.Arrays.stream(resistanceOhmCm2).min().orElse(Double.POSITIVE_INFINITY);
        if (!(baseOhmCm2 < smallest)) {
            throw new IllegalArgumentException("baseOhmCm2 (base resistance) must be < the smallest measured resistance ("
                    + smallest + " Ω·cm²), was " + baseOhmCm2 + " Ω·cm²");
        }
        double[] l = new double[thicknessNm.length];
        double[] r = new double[resistanceOhmCm2.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = Units.nm(thicknessNm[i]);
        }
        for (int i = 0; i < r.length; i++) {
            r[i] = Units.ohmCm2(resistanceOhmCm2[i]);
        }
        return fitWithBase(l, r, null, Units.ohmCm2(baseOhmCm2));
    }
}
