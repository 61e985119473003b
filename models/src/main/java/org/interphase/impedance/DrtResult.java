package org.interphase.impedance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Profile;

/**
 * A distribution of relaxation times: γ(ln τ) on the τ grid (Ω per unit ln τ, Ω·m² per area),
 * the high-frequency resistance R∞, the regularization parameter and the reconstructed
 * spectrum. Immutable; accessors return copies.
 */
public final class DrtResult {

    private final double[] tau;
    private final double[] gamma;
    private final double[] weight;
    private final double rInf;
    private final double lambda;
    private final double gcv;
    private final Spectrum fitted;
    private final Spectrum data;

    DrtResult(double[] tau, double[] gamma, double[] weight, double rInf, double lambda, double gcv, Spectrum fitted,
            Spectrum data) {
        this.tau = tau;
        this.gamma = gamma;
        this.weight = weight;
        this.rInf = rInf;
        this.lambda = lambda;
        this.gcv = gcv;
        this.fitted = fitted;
        this.data = data;
    }

    /** @return the time constants τ_k, s, increasing */
    public double[] timeConstants() {
        return tau.clone();
    }

    /** @return γ_k ≥ 0, Ω (Ω·m² per area) per unit ln τ */
    public double[] gamma() {
        return gamma.clone();
    }

    /** @return γ(τ) as a profile, x = τ in s */
    public Profile distribution() {
        return Profile.of(tau, gamma, "τ", "s", "γ", data.perArea() ? "Ω·m²" : "Ω");
    }

    /** @return the high-frequency resistance R∞, Ω (Ω·m² per area) */
    public double highFrequencyResistance() {
        return rInf;
    }

    /** @return the polarization resistance ∫γ d ln τ (trapezoid), Ω (Ω·m² per area) */
    public double polarizationResistance() {
        double r = 0;
        for (int k = 0; k < gamma.length; k++) {
            r += weight[k] * gamma[k];
        }
        return r;
    }

    /**
     * The polarization resistance of the part of the distribution between two time constants.
     *
     * @param from lower τ, s
     * @param to upper τ, s
     * @return ∫γ d ln τ over grid points with from ≤ τ_k ≤ to, Ω (Ω·m² per area)
     */
    public double resistanceBetween(double from, double to) {
        double r = 0;
        for (int k = 0; k < gamma.length; k++) {
            if (tau[k] >= from && tau[k] <= to) {
                r += weight[k] * gamma[k];
            }
        }
        return r;
    }

    /**
     * The peaks of γ: local maxima above 5 % of the largest value, refined by a parabola in
     * (ln τ, γ), from the largest to the smallest.
     *
     * @return peak time constants, s
     */
    public double[] peakTimeConstants() {
        double max = 0;
        for (double g : gamma) {
            max = Math.max(max, g);
        }
        List<double[]> peaks = new ArrayList<>();
        for (int k = 1; k < gamma.length - 1; k++) {
            if (gamma[k] > 0.05 * max && gamma[k] >= gamma[k - 1] && gamma[k] > gamma[k + 1]) {
                double y0 = gamma[k - 1];
                double y1 = gamma[k];
                double y2 = gamma[k + 1];
                double den = y0 - 2 * y1 + y2;
                double shift = den == 0 ? 0 : 0.5 * (y0 - y2) / den;
                double h = Math.log(tau[k + 1] / tau[k]);
                peaks.add(new double[] {tau[k] * Math.exp(shift * h), y1});
            }
        }
        peaks.sort((p, q) -> Double.compare(q[1], p[1]));
        return peaks.stream().mapToDouble(p -> p[0]).toArray();
    }

    /** @return the regularization parameter λ used (dimensionless) */
    public double lambda() {
        return lambda;
    }

    /** @return the GCV score at λ (in the squared unit of Z) */
    public double gcv() {
        return gcv;
    }

    /** @return the spectrum reconstructed from R∞ and γ */
    public Spectrum fitted() {
        return fitted;
    }

    /** @return the root-mean-square of (Z − Z_fit)/|Z| over both parts */
    public double rmsRelativeResidual() {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            double m2 = data.re(i) * data.re(i) + data.im(i) * data.im(i);
            double dr = data.re(i) - fitted.re(i);
            double di = data.im(i) - fitted.im(i);
            s += (dr * dr + di * di) / m2;
        }
        return Math.sqrt(s / (2 * data.size()));
    }

    @Override
    public String toString() {
        double scale = data.perArea() ? 1e4 : 1;
        String unit = data.perArea() ? "Ω·cm²" : "Ω";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "DRT on %d τ from %.3g to %.3g s, λ = %.3g: R∞ = %.5g %s, R_pol = %.5g %s, peaks at τ =", tau.length,
                tau[0], tau[tau.length - 1], lambda, rInf * scale, unit, polarizationResistance() * scale, unit));
        for (double p : peakTimeConstants()) {
            sb.append(String.format(Locale.ROOT, " %.3g s", p));
        }
        return sb.toString();
    }
}
