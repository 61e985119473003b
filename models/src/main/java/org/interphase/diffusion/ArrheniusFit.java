package org.interphase.diffusion;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.ConvergenceException;
import org.interphase.core.Units;

/**
 * Least-squares fits of Arrhenius laws (Levenberg–Marquardt, Commons Math) to kinetic data:
 * <ul>
 *   <li>{@link #diffusivity}: D0 and Ea from D measured at several temperatures, residuals in ln D;</li>
 *   <li>{@link #parabolicGrowth}: k0 and Ea of parabolic growth from layer thicknesses after thermal
 *       schedules (isothermal anneals or ramps), x = √(x0² + 2k0·∫exp(−Ea/k_B T)dt), residuals
 *       relative to the measured thickness.</li>
 * </ul>
 * The parameters are (ln A, Ea in eV), which keeps the problem well scaled; standard errors come
 * from the covariance of the optimum.
 */
public final class ArrheniusFit {

    private ArrheniusFit() {}

    /**
     * @param temperatures T_i, K (&gt; 0, at least 2 distinct)
     * @param values q_i (&gt; 0), e.g. D in m²/s
     * @return the law and its uncertainty
     */
    public static Result diffusivity(double[] temperatures, double[] values) {
        Checks.allFinite(temperatures, "temperatures", "K");
        Checks.allFinite(values, "values", "");
        Checks.sameLength(temperatures, "temperatures", values, "values");
        int n = temperatures.length;
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            Checks.positive(temperatures[i], "temperatures[" + i + "]", "K");
            target[i] = Math.log(Checks.positive(values[i], "values[" + i + "]", ""));
        }
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < n; i++) {
            lo = temperatures[i] < temperatures[lo] ? i : lo;
            hi = temperatures[i] > temperatures[hi] ? i : hi;
        }
        if (temperatures[lo] == temperatures[hi]) {
            throw new IllegalArgumentException("an Arrhenius fit needs at least 2 distinct temperatures");
        }
        double eaGuess = Math.max(0.0, Constants.BOLTZMANN_EV * (target[hi] - target[lo])
                / (1 / temperatures[lo] - 1 / temperatures[hi]));
        double lnAGuess = target[hi] + eaGuess / (Constants.BOLTZMANN_EV * temperatures[hi]);
        return optimize(new double[] {lnAGuess, eaGuess}, target, p -> {
            double[] v = new double[n];
            double[][] j = new double[n][2];
            for (int i = 0; i < n; i++) {
                double inv = 1 / (Constants.BOLTZMANN_EV * temperatures[i]);
                v[i] = p[0] - p[1] * inv;
                j[i][0] = 1;
                j[i][1] = -inv;
            }
            return new Pair<>(v, j);
        }, n);
    }

    /**
     * @param schedules the thermal history of each sample (isothermal holds or any program)
     * @param thicknesses measured layer thickness after each schedule, m (&gt; initial thickness)
     * @param initialThickness x0 common to all samples, m (&ge; 0)
     * @return the fitted k_p(T) = k0·exp(−Ea/k_B T), k0 in m²/s
     */
    public static Result parabolicGrowth(List<ThermalSchedule> schedules, double[] thicknesses, double initialThickness) {
        Objects.requireNonNull(schedules, "schedules");
        Checks.allFinite(thicknesses, "thicknesses", "m");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        int n = thicknesses.length;
        if (schedules.size() != n) {
            throw new IllegalArgumentException("give one schedule per thickness: " + schedules.size() + " schedules, "
                    + n + " thicknesses");
        }
        double[] temps = new double[n];
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            Checks.positive(thicknesses[i] - initialThickness, "thickness[" + i + "] − initial thickness", "m");
            ThermalSchedule s = schedules.get(i);
            // apparent k_p if all the time were spent at the peak temperature: the starting guess
            temps[i] = s.maxTemperature();
            rates[i] = (thicknesses[i] * thicknesses[i] - initialThickness * initialThickness) / (2 * s.duration());
        }
        double[] start;
        boolean distinct = false;
        for (int i = 1; i < n; i++) {
            distinct |= temps[i] != temps[0];
        }
        if (!distinct) {
            throw new IllegalArgumentException("a growth fit needs samples at 2 or more peak temperatures");
        }
        Result guess = diffusivity(temps, rates);
        start = new double[] {Math.log(guess.law().prefactor()), guess.law().activationEnergyEV()};
        double[] target = new double[n];
        java.util.Arrays.fill(target, 1.0);
        double x0sq = initialThickness * initialThickness;
        return optimize(start, target, p -> {
            double[] v = new double[n];
            double[][] j = new double[n][2];
            double k0 = Math.exp(p[0]);
            double ea = p[1];
            for (int i = 0; i < n; i++) {
                ThermalSchedule s = schedules.get(i);
                // ∫exp(−Ea/kT)dt = exp(−Ea/kT_max)·∫exp(−(Ea/k)(1/T − 1/T_max))dt: the second factor is
                // O(duration) and cannot underflow; the first is folded into k0 in the log domain
                double peak = s.maxTemperature();
                double relative = s.integrate(t -> Math.exp(-ea / Constants.BOLTZMANN_EV * (1 / t - 1 / peak)));
                double dRelative = -s.integrate(t -> Math.exp(-ea / Constants.BOLTZMANN_EV * (1 / t - 1 / peak))
                        * (1 / t - 1 / peak) / Constants.BOLTZMANN_EV);
                double kPeak = Math.exp(p[0] - ea / (Constants.BOLTZMANN_EV * peak)); // k_p(T_max), m²/s
                double grown = kPeak * relative;                                       // k0·∫exp(−Ea/kT)dt
                double dGrown = kPeak * (dRelative - relative / (Constants.BOLTZMANN_EV * peak));
                double x = Math.sqrt(x0sq + 2 * grown);
                v[i] = x / thicknesses[i];
                j[i][0] = grown / x / thicknesses[i];
                j[i][1] = dGrown / x / thicknesses[i];
            }
            return new Pair<>(v, j);
        }, n);
    }

    private interface Model {
        Pair<double[], double[][]> value(double[] p);
    }

    private static Result optimize(double[] start, double[] target, Model model, int n) {
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(start)
                .target(target)
                .model(point -> {
                    Pair<double[], double[][]> r = model.value(point.toArray());
                    return new Pair<RealVector, org.apache.commons.math3.linear.RealMatrix>(
                            new ArrayRealVector(r.getFirst(), false), new Array2DRowRealMatrix(r.getSecond(), false));
                })
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .build();
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(problem);
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException
                | org.apache.commons.math3.exception.TooManyIterationsException e) {
            throw new ConvergenceException("Levenberg–Marquardt Arrhenius fit", 10_000, Double.NaN,
                    "check that the data follow an Arrhenius law");
        }
        double[] p = optimum.getPoint().toArray();
        // two points fit exactly and leave no degree of freedom to estimate the errors: they are unbounded
        double[] sigma = n > 2 ? optimum.getSigma(1e-14).toArray()
                : new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double scale = n > 2 ? optimum.getRMS() * Math.sqrt((double) n / (n - 2)) : 1;
        if (!(p[1] >= 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the data are not thermally activated:"
                    + " the best fit has Ea = %.4g eV < 0 (the quantity falls as T rises); an Arrhenius law does not"
                    + " describe them", p[1]));
        }
        Arrhenius law = Arrhenius.of(Checks.positive(Math.exp(p[0]), "fitted prefactor", ""), Units.eV(p[1]));
        // Units refuses ±∞; the unbounded error of a two-point fit stays +∞ in J as in eV
        double eaError = Double.isInfinite(sigma[1]) ? sigma[1] : Units.eV(sigma[1] * scale);
        return new Result(law, optimum.getRMS(), sigma[0] * scale, eaError, n);
    }

    /**
     * A fitted law.
     *
     * @param law the Arrhenius law
     * @param rms root-mean-square residual (in ln q for {@link #diffusivity}, relative thickness for growth)
     * @param lnPrefactorError standard error of ln A (+∞ with two points: an exact fit estimates no error)
     * @param activationEnergyError standard error of Ea, J (+∞ with two points)
     * @param points number of data points
     */
    public record Result(Arrhenius law, double rms, double lnPrefactorError, double activationEnergyError, int points) {
        @Override
        public String toString() {
            String error = Double.isInfinite(activationEnergyError) ? " (no error estimate from 2 points)"
                    : String.format(Locale.ROOT, " ± %.2g", Units.toEV(activationEnergyError));
            return String.format(Locale.ROOT, "ArrheniusFit[A = %.4g, Ea = %.4g%s eV, rms %.3g, %d points]",
                    law.prefactor(), law.activationEnergyEV(), error, rms, points);
        }
    }
}
