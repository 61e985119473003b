package org.interphase.impedance;

import java.util.Locale;

/**
 * The result of a {@link LinKK} test: the number M of Voigt elements, the over-fit measure μ, the
 * fitted KK-compliant spectrum and the relative residuals Δ'_i = (Z'_i − Z'_fit,i)/|Z_i| and
 * Δ''_i = (Z''_i − Z''_fit,i)/|Z_i|. Immutable; accessors return copies.
 */
public final class LinKKResult {

    private final int elements;
    private final double mu;
    private final double[] tau;
    private final double[] resistances;
    private final double seriesResistance;
    private final double[] residualsReal;
    private final double[] residualsImaginary;
    private final Spectrum fitted;
    private final Spectrum data;

    LinKKResult(int elements, double mu, double[] tau, double[] resistances, double seriesResistance,
            double[] residualsReal, double[] residualsImaginary, Spectrum fitted, Spectrum data) {
        this.elements = elements;
        this.mu = mu;
        this.tau = tau;
        this.resistances = resistances;
        this.seriesResistance = seriesResistance;
        this.residualsReal = residualsReal;
        this.residualsImaginary = residualsImaginary;
        this.fitted = fitted;
        this.data = data;
    }

    /** @return the number of Voigt elements M */
    public int elements() {
        return elements;
    }

    /** @return μ = 1 − Σ|R_k &lt; 0| / Σ|R_k ≥ 0| at this M */
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

    /** @return the KK-compliant fit at the data frequencies */
    public Spectrum fitted() {
        return fitted;
    }

    /** @return the tested data */
    public Spectrum data() {
        return data;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "lin-KK: M = %d Voigt elements, μ = %.4f, max |residual| = %.3g %% over %d points",
                elements, mu, 100 * maxResidual(), data.size());
    }
}
