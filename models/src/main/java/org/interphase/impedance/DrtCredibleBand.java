package org.interphase.impedance;

import java.util.Locale;
import org.interphase.core.Checks;

/**
 * A credible band of a distribution of relaxation times: at every τ_k of the grid, the posterior
 * mean of γ and the quantiles of γ over the samples that bound the central {@link #level()}
 * share of them (see {@link DrtSolver#withCredibleBand(int, long)}: the Gaussian posterior of the
 * unconstrained Tikhonov problem). γ in Ω (Ω·m² per area) per unit ln τ. Immutable; accessors
 * return copies.
 */
public final class DrtCredibleBand {

    private final double[] tau;
    private final double[] mean;
    private final double[] lower;
    private final double[] upper;
    private final double level;
    private final int samples;
    private final long seed;

    /**
     * @param timeConstants τ_k, s (strictly increasing, &gt; 0)
     * @param mean posterior mean of γ at τ_k (finite; same length)
     * @param lower lower quantile of γ at τ_k (finite; same length, ≤ upper)
     * @param upper upper quantile of γ at τ_k (finite; same length)
     * @param level the central share bounded, in (0, 1)
     * @param samples the number of samples drawn (≥ 1)
     * @param seed the seed of the draws
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException for arrays of different lengths, non-finite values, lower &gt;
     *     upper, or a level out of range
     */
    public DrtCredibleBand(double[] timeConstants, double[] mean, double[] lower, double[] upper, double level,
            int samples, long seed) {
        Checks.allPositive(timeConstants, "timeConstants (τ)", "s");
        Checks.strictlyIncreasing(timeConstants, "timeConstants (τ)", "s");
        Checks.allFinite(mean, "mean (posterior mean of γ)", "Ω");
        Checks.allFinite(lower, "lower (lower quantile of γ)", "Ω");
        Checks.allFinite(upper, "upper (upper quantile of γ)", "Ω");
        Checks.sameLength(timeConstants, "timeConstants", mean, "mean");
        Checks.sameLength(timeConstants, "timeConstants", lower, "lower");
        Checks.sameLength(timeConstants, "timeConstants", upper, "upper");
        for (int k = 0; k < lower.length; k++) {
            if (!(lower[k] <= upper[k])) {
                throw new IllegalArgumentException("lower[" + k + "] must be <= upper[" + k + "] = " + upper[k]
                        + " Ω, was " + lower[k] + " Ω");
            }
        }
        Checks.inOpenRange(level, 0, 1, "level (central share of the band)", "");
        Checks.atLeast(samples, 1, "samples");
        this.tau = timeConstants.clone();
        this.mean = mean.clone();
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.level = level;
        this.samples = samples;
        this.seed = seed;
    }

    /** @return τ_k, s */
    public double[] timeConstants() {
        return tau.clone();
    }

    /** @return the posterior mean of γ at τ_k, Ω (Ω·m² per area) per unit ln τ */
    public double[] mean() {
        return mean.clone();
    }

    /** @return the lower bound of the band at τ_k, Ω (Ω·m² per area) per unit ln τ */
    public double[] lower() {
        return lower.clone();
    }

    /** @return the upper bound of the band at τ_k, Ω (Ω·m² per area) per unit ln τ */
    public double[] upper() {
        return upper.clone();
    }

    /** @return the central share of the samples the band bounds (0.95: 2.5 % to 97.5 %) */
    public double level() {
        return level;
    }

    /** @return the number of samples drawn */
    public int samples() {
        return samples;
    }

    /** @return the seed of the draws */
    public long seed() {
        return seed;
    }

    /**
     * The largest width of the band, upper − lower, over the τ range [from, to].
     *
     * @param from lower τ, s (finite, ≥ 0)
     * @param to upper τ, s (finite, ≥ from)
     * @return max(upper_k − lower_k) over from ≤ τ_k ≤ to (0 if no τ_k is in the range), Ω per unit ln τ
     * @throws IllegalArgumentException if a bound is not finite or negative, or to &lt; from
     */
    public double maxWidth(double from, double to) {
        Checks.nonNegative(from, "from (lower time constant)", "s");
        Checks.finite(to, "to (upper time constant)", "s");
        if (!(to >= from)) {
            throw new IllegalArgumentException("to (upper time constant) must be >= from (lower time constant) = " + from
                    + " s, was " + to + " s");
        }
        double w = 0;
        for (int k = 0; k < tau.length; k++) {
            if (tau[k] >= from && tau[k] <= to) {
                w = Math.max(w, upper[k] - lower[k]);
            }
        }
        return w;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f %% credible band of γ on %d τ from %d samples (seed %d), largest width %.4g",
                100 * level, tau.length, samples, seed, maxWidth(0, Double.MAX_VALUE));
    }
}
