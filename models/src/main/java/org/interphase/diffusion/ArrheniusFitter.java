package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.ConvergenceException;
import org.interphase.core.LeastSquares;
import org.interphase.core.Units;

/**
 * Least-squares fits of Arrhenius laws to kinetic data (Levenberg–Marquardt, core's {@link LeastSquares}):
 * <ul>
 *   <li>{@link ArrheniusFitProblem.Rates}: A and Ea from q measured at several temperatures, residuals
 *       in ln q (a linear problem in (ln A, Ea), solved exactly by the first iterations);</li>
 *   <li>{@link ArrheniusFitProblem.Growth}: k0 and Ea of parabolic growth from layer thicknesses after
 *       thermal schedules, x = √(x0² + 2k0·∫exp(−Ea/k_B T)dt), residuals relative to the measured
 *       thickness.</li>
 * </ul>
 * The parameters are (ln A, Ea in eV), which keeps the problem well scaled; standard errors come
 * from the covariance of the optimum, scaled by the residual (n − 2 degrees of freedom).
 *
 * <pre>{@code
 * ArrheniusFitSolution fit = ArrheniusFitter.withDefaults().solve(ArrheniusFitProblem.rates(temps, diffusivities));
 * fit.law(); fit.activationEnergyError(); fit.iterations(); fit.warnings();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ArrheniusFitter {

    private static final ArrheniusFitter DEFAULTS = new ArrheniusFitter(1e-10, 10_000);

    private final double tolerance;
    private final int maxIterations;

    private ArrheniusFitter(double tolerance, int maxIterations) {
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** @return relative tolerance 1e-10 on the cost and the parameters, at most 10 000 iterations */
    public static ArrheniusFitter withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param tolerance relative tolerance on the cost and on the parameters, in [1e-15, 1e-2]
     * @return a copy with that tolerance
     */
    public ArrheniusFitter withTolerance(double tolerance) {
        return new ArrheniusFitter(Checks.inClosedRange(tolerance, 1e-15, 1e-2, "tolerance", ""), maxIterations);
    }

    /**
     * @param maxIterations largest number of Levenberg–Marquardt iterations (and of model evaluations), &ge; 1
     * @return a copy with that limit
     */
    public ArrheniusFitter withMaxIterations(int maxIterations) {
        return new ArrheniusFitter(tolerance, Checks.positive(maxIterations, "max iterations"));
    }

    /** @return the relative tolerance on cost and parameters */
    public double tolerance() {
        return tolerance;
    }

    /** @return the iteration limit */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * @param problem the data
     * @return the fitted law, its standard errors and the diagnostics
     * @throws IllegalArgumentException if the best fit has Ea &lt; 0 (the data are not thermally activated)
     * @throws ConvergenceException if the iteration limit is reached
     */
    public ArrheniusFitSolution solve(ArrheniusFitProblem problem) {
        Objects.requireNonNull(problem, "problem");
        if (problem instanceof ArrheniusFitProblem.Rates rates) {
            return solveRates(rates);
        }
        return solveGrowth((ArrheniusFitProblem.Growth) problem);
    }

    private ArrheniusFitSolution solveRates(ArrheniusFitProblem.Rates problem) {
        double[] temperatures = problem.temperatures();
        double[] values = problem.values();
        int n = temperatures.length;
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = Math.log(values[i]);
        }
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < n; i++) {
            lo = temperatures[i] < temperatures[lo] ? i : lo;
            hi = temperatures[i] > temperatures[hi] ? i : hi;
        }
        // the line through the two extreme temperatures: the starting point
        double eaGuess = Math.max(0.0, Constants.BOLTZMANN_EV * (target[hi] - target[lo])
                / (1 / temperatures[lo] - 1 / temperatures[hi]));
        double lnAGuess = target[hi] + eaGuess / (Constants.BOLTZMANN_EV * temperatures[hi]);
        return optimize(problem, new double[] {lnAGuess, eaGuess}, target, p -> {
            double[] v = new double[n];
            double[][] j = new double[n][2];
            for (int i = 0; i < n; i++) {
                double inv = 1 / (Constants.BOLTZMANN_EV * temperatures[i]);
                v[i] = p[0] - p[1] * inv;
                j[i][0] = 1;
                j[i][1] = -inv;
            }
            return new LeastSquares.Evaluation(v, j);
        });
    }

    private ArrheniusFitSolution solveGrowth(ArrheniusFitProblem.Growth problem) {
        List<ThermalSchedule> schedules = problem.schedules();
        double[] thicknesses = problem.thicknesses();
        double x0 = problem.initialThickness();
        int n = thicknesses.length;
        double[] temps = new double[n];
        double[] rates = new double[n];
        for (int i = 0; i < n; i++) {
            ThermalSchedule s = schedules.get(i);
            // apparent k_p if all the time were spent at the peak temperature: the starting guess
            temps[i] = s.maxTemperature();
            rates[i] = (thicknesses[i] * thicknesses[i] - x0 * x0) / (2 * s.duration());
        }
        ArrheniusFitSolution guess = solveRates(new ArrheniusFitProblem.Rates(temps, rates));
        double[] start = {Math.log(guess.law().prefactor()), guess.law().activationEnergyEV()};
        double[] target = new double[n];
        Arrays.fill(target, 1.0);
        double x0sq = x0 * x0;
        return optimize(problem, start, target, p -> {
            double[] v = new double[n];
            double[][] j = new double[n][2];
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
            return new LeastSquares.Evaluation(v, j);
        });
    }

    private ArrheniusFitSolution optimize(ArrheniusFitProblem data, double[] start, double[] target,
            LeastSquares.ModelWithJacobian model) {
        int n = data.points();
        LeastSquares.Outcome o;
        try {
            o = LeastSquares.withDefaults().withCostRelativeTolerance(tolerance).withParameterRelativeTolerance(tolerance)
                    .withMaxEvaluations(maxIterations)
                    .solve(LeastSquares.Problem.withJacobian(model, target, start).withDescription("Arrhenius fit"));
        } catch (ConvergenceException e) {
            throw new ConvergenceException("Levenberg–Marquardt Arrhenius fit", e.iterations(), e.residual(),
                    e.hint() + "; check that the data follow an Arrhenius law, or raise the iteration limit"
                    + " (withMaxIterations)");
        }
        double[] p = o.point();
        if (!(p[1] >= 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the data are not thermally activated:"
                    + " the best fit has Ea = %s eV < 0 (the quantity falls as T rises); an Arrhenius law does not"
                    + " describe them", Text.number(p[1])));
        }
        Arrhenius law = Arrhenius.of(Checks.positive(Math.exp(p[0]), "fitted prefactor", ""), Units.eV(p[1]));
        List<String> warnings = new ArrayList<>();
        OptionalDouble lnAError = OptionalDouble.empty();
        OptionalDouble eaError = OptionalDouble.empty();
        // σ_k = √(cov_kk·χ²/(n − 2)) (LeastSquares); with two points there is no degree of freedom and no σ
        List<OptionalDouble> sigma = o.standardErrors();
        if (n > 2 && sigma.get(0).isPresent() && sigma.get(1).isPresent()) {
            lnAError = sigma.get(0);
            eaError = OptionalDouble.of(Units.eV(sigma.get(1).getAsDouble()));
        } else if (n > 2) {
            warnings.addAll(o.warnings());
        } else {
            warnings.add("two points fit exactly and leave no degree of freedom: no standard errors");
        }
        if (p[1] == 0) {
            warnings.add("the best fit has Ea = 0: the data show no thermal activation");
        }
        return new ArrheniusFitSolution(data, law, o.rms(), lnAError, eaError, o.iterations(), o.evaluations(),
                warnings);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ArrheniusFitter[Levenberg–Marquardt, tolerance %s, max %d iterations]",
                Text.number(tolerance), maxIterations);
    }
}
