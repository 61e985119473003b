package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;

/**
 * The solution of a {@link LinKKSolver} test: the number M of Voigt elements, the over-fit
 * measure μ, the fitted KK-compliant spectrum and the relative residuals
 * Δ'_i = (Z'_i − Z'_fit,i)/|Z_i| and Δ''_i = (Z''_i − Z''_fit,i)/|Z_i|, and warnings about the
 * choice of M. Immutable; accessors return copies.
 */
public final class LinKKSolution {

    private final LinKKSolver solver;
    private final int terms;
    private final double mu;
    private final double[] tau;
    private final double[] resistances;
    private final double seriesResistance;
    private final double[] residualsReal;
    private final double[] residualsImaginary;
    private final Spectrum fitted;
    private final Spectrum data;
    private final List<String> warnings;

    LinKKSolution(LinKKSolver solver, int terms, double mu, double[] tau, double[] resistances,
            double seriesResistance, double[] residualsReal, double[] residualsImaginary, Spectrum fitted, Spectrum data,
            List<String> warnings) {
        this.solver = solver;
        this.terms = terms;
        this.mu = mu;
        this.tau = tau;
        this.resistances = resistances;
        this.seriesResistance = seriesResistance;
        this.residualsReal = residualsReal;
        this.residualsImaginary = residualsImaginary;
        this.fitted = fitted;
        this.data = data;
        this.warnings = List.copyOf(warnings);
    }

    /** This solution with other warnings. */
    LinKKSolution withWarnings(List<String> w) {
        return new LinKKSolution(solver, terms, mu, tau, resistances, seriesResistance, residualsReal,
                residualsImaginary, fitted, data, w);
    }

    /** @return the spectrum that was tested */
    public Spectrum problem() {
        return data;
    }

    /** @return the solver (its settings) that produced this solution */
    public LinKKSolver solver() {
        return solver;
    }

    /** @return the number of Voigt elements M */
    public int terms() {
        return terms;
    }

    /**
     * @return μ = 1 − Σ|R_k &lt; 0| / Σ|R_k ≥ 0| at this M (≤ 1; 1 when no R_k is negative;
     *     −{@link Double#MAX_VALUE} when no R_k is positive)
     */
    public double mu() {
        return mu;
    }

    /** @return the fixed time constants τ_k, s */
    public double[] timeConstants() {
        return tau.clone();
    }

    /** @return the fitted R_k, Ω (Ω·m² per area) */
    public double[] resistances() {
        return resistances.clone();
    }

    /** @return the fitted series resistance R0, Ω (Ω·m² per area) */
    public double seriesResistance() {
        return seriesResistance;
    }

    /** @return the relative residuals of the real part, (Z' − Z'_fit)/|Z| */
    public double[] residualsReal() {
        return residualsReal.clone();
    }

    /** @return the relative residuals of the imaginary part, (Z'' − Z''_fit)/|Z| */
    public double[] residualsImaginary() {
        return residualsImaginary.clone();
    }

    /**
     * @return the root-mean-square relative residual √(Σ(Δ'_i² + Δ''_i²)/2n) over both parts
     */
    public double residual() {
        double s = 0;
        for (int i = 0; i < residualsReal.length; i++) {
            s += residualsReal[i] * residualsReal[i] + residualsImaginary[i] * residualsImaginary[i];
        }
        return Math.sqrt(s / (2 * residualsReal.length));
    }

    /**
     * What the caller should know about the choice of M: M at the largest value tried, or μ never
     * reaching the threshold.
     *
     * @return the warnings (empty if none)
     */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the largest |relative residual| over both parts */
    public double maxResidual() {
        double m = 0;
        for (int i = 0; i < residualsReal.length; i++) {
            m = Math.max(m, Math.max(Math.abs(residualsReal[i]), Math.abs(residualsImaginary[i])));
        }
        return m;
    }

    /**
     * @param tolerance largest acceptable |relative residual| (finite, &ge; 0; e.g. 0.005 for
     *     0.5 %), typically a few times the measurement noise
     * @return true if every residual is within the tolerance
     * @throws IllegalArgumentException if the tolerance is not finite or negative
     */
    public boolean isValid(double tolerance) {
        org.interphase.core.Checks.nonNegative(tolerance, "tolerance (largest relative residual)", "");
        return maxResidual() <= tolerance;
    }

    /**
     * One point of the residual plot: a frequency and the relative residuals there.
     *
     * @param frequency f, Hz
     * @param real Δ' = (Z' − Z'_fit)/|Z|, dimensionless
     * @param imaginary Δ'' = (Z'' − Z''_fit)/|Z|, dimensionless
     */
    public record ResidualPoint(double frequency, double real, double imaginary) {

        /**
         * Validates the point.
         *
         * @param frequency f, Hz (&gt; 0, finite)
         * @param real Δ' (finite)
         * @param imaginary Δ'' (finite)
         * @throws IllegalArgumentException if a value is not finite or f ≤ 0
         */
        public ResidualPoint {
            Checks.positive(frequency, "frequency", "Hz");
            Checks.finite(real, "real (relative residual Δ')", "");
            Checks.finite(imaginary, "imaginary (relative residual Δ'')", "");
        }
    }

    /**
     * The data of the residual plot of the test (impedance.py's {@code plot_residuals}):
     * frequency, Δ' and Δ'' at every measured point, in the spectrum's order. A Kramers–Kronig
     * compliant spectrum leaves residuals scattered around zero at the noise level; drift leaves
     * a trend, most visible at low frequency.
     *
     * @return one point per frequency
     */
    public ImmutableList<ResidualPoint> residualPlot() {
        ImmutableList.Builder<ResidualPoint> b = ImmutableList.builderWithExpectedSize(residualsReal.length);
        for (int i = 0; i < residualsReal.length; i++) {
            b.add(new ResidualPoint(data.frequency(i), residualsReal[i], residualsImaginary[i]));
        }
        return b.build();
    }

    /** @return the KK-compliant fit at the data frequencies */
    public Spectrum fitted() {
        return fitted;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "lin-KK: M = %d Voigt elements, μ = %.4g, max |residual| = %.3g %% over %d points",
                terms, mu, 100 * maxResidual(), data.size());
    }
}
