package org.interphase.microstructure;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * The distribution of particle radii a generator draws from: one fixed radius, or a log-normal
 * distribution, optionally truncated to [min, max]. Immutable.
 *
 * <p>Log-normal: ln r is normal with mean μ = ln(median) and standard deviation s = ln(σ_g), σ_g the
 * geometric standard deviation (σ_g = 1 is the fixed radius). Its raw moments are
 * E[r^k] = exp(kμ + k²s²/2), so mean = median·exp(s²/2) and
 * sd = mean·√(exp(s²) − 1) (Aitchison &amp; Brown, <i>The Lognormal Distribution</i>, 1957, ch. 2);
 * {@link #logNormalByMean} inverts these: s² = ln(1 + (sd/mean)²), median = mean/√(1 + (sd/mean)²).
 * Truncated to [a, b] in r, with α = (ln a − μ)/s and β = (ln b − μ)/s and Φ the standard normal
 * distribution function, E[r^k] = exp(kμ + k²s²/2)·(Φ(β − ks) − Φ(α − ks))/(Φ(β) − Φ(α)).
 *
 * <p>Radii are drawn by inversion, r = exp(μ + s·Φ⁻¹(u)) with u uniform in (Φ(α), Φ(β)), so the
 * draws are the same on every JVM for the same seed.
 */
public final class SizeDistribution {

    private final double median;
    /** s = ln σ_g (0 for a fixed radius). */
    private final double s;
    private final double min;
    private final double max;

    private SizeDistribution(double median, double s, double min, double max) {
        this.median = median;
        this.s = s;
        this.min = min;
        this.max = max;
    }

    /**
     * @param radius the radius of every particle, in m (finite, &gt; 0)
     * @return the distribution of one radius
     * @throws IllegalArgumentException if the radius is not finite and positive
     */
    public static SizeDistribution fixed(double radius) {
        Checks.positive(radius, "radius", "m");
        Checks.atMost(radius, 1e100, "radius", "m");
        return new SizeDistribution(radius, 0, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param medianRadius the median radius exp(μ), in m (finite, &gt; 0)
     * @param geometricStandardDeviation σ_g = exp(s), dimensionless, in [1, 10] (1 is the fixed radius)
     * @return the log-normal distribution of radii, untruncated
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static SizeDistribution logNormal(double medianRadius, double geometricStandardDeviation) {
        Checks.positive(medianRadius, "medianRadius", "m");
        Checks.atMost(medianRadius, 1e100, "medianRadius", "m");
        Checks.inClosedRange(geometricStandardDeviation, 1, 10, "geometricStandardDeviation", "");
        return new SizeDistribution(medianRadius, Math.log(geometricStandardDeviation), 0, Double.POSITIVE_INFINITY);
    }

    /**
     * @param meanRadius the mean radius, in m (finite, &gt; 0)
     * @param standardDeviation the standard deviation of the radius, in m, in [0, 10·meanRadius]
     * @return the log-normal distribution with that (untruncated) mean and standard deviation
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static SizeDistribution logNormalByMean(double meanRadius, double standardDeviation) {
        Checks.positive(meanRadius, "meanRadius", "m");
        Checks.atMost(meanRadius, 1e100, "meanRadius", "m");
        Checks.nonNegative(standardDeviation, "standardDeviation", "m");
        if (standardDeviation > 10 * meanRadius) {
            throw new IllegalArgumentException("standardDeviation must be <= 10·meanRadius = " + 10 * meanRadius
                    + " m for meanRadius = " + meanRadius + " m, was " + standardDeviation + " m");
        }
        double cv2 = (standardDeviation / meanRadius) * (standardDeviation / meanRadius);
        return new SizeDistribution(meanRadius / Math.sqrt(1 + cv2), Math.sqrt(Math.log1p(cv2)), 0,
                Double.POSITIVE_INFINITY);
    }

    /**
     * @param minRadius the smallest radius drawn, in m (finite, &ge; 0)
     * @param maxRadius the largest radius drawn, in m (finite, &gt; minRadius)
     * @return this distribution truncated to [minRadius, maxRadius] (renormalised, not clipped)
     * @throws IllegalArgumentException if the bounds are out of range or hold less than 1e-9 of the
     *     probability (for a fixed radius: do not contain it)
     */
    public SizeDistribution withBounds(double minRadius, double maxRadius) {
        Checks.nonNegative(minRadius, "minRadius", "m");
        Checks.finite(maxRadius, "maxRadius", "m");
        Checks.atMost(maxRadius, 1e100, "maxRadius", "m");
        if (!(maxRadius > minRadius)) {
            throw new IllegalArgumentException("maxRadius must be > minRadius = " + minRadius + " m, was " + maxRadius
                    + " m");
        }
        SizeDistribution d = new SizeDistribution(median, s, minRadius, maxRadius);
        if (s == 0 ? median < minRadius || median > maxRadius : d.mass() < 1e-9) {
            throw new IllegalArgumentException("the bounds [minRadius, maxRadius] = [" + minRadius + ", " + maxRadius
                    + "] m hold " + (s == 0 ? "not the fixed radius " + median + " m" : "a probability of "
                    + d.mass() + " of " + this) + "; widen them");
        }
        return d;
    }

    /** @return true for a single radius (σ_g = 1) */
    public boolean isFixed() {
        return s == 0;
    }

    /** @return the median radius exp(μ) of the untruncated distribution, in m */
    public double medianRadius() {
        return median;
    }

    /** @return the geometric standard deviation σ_g = exp(s), dimensionless (1 for a fixed radius) */
    public double geometricStandardDeviation() {
        return Math.exp(s);
    }

    /** @return the lower bound of the radii, in m, empty when untruncated */
    public OptionalDouble minRadius() {
        return min > 0 ? OptionalDouble.of(min) : OptionalDouble.empty();
    }

    /** @return the upper bound of the radii, in m, empty when untruncated */
    public OptionalDouble maxRadius() {
        return Double.isFinite(max) ? OptionalDouble.of(max) : OptionalDouble.empty();
    }

    /**
     * @param k the order, in [1, 3]
     * @return the raw moment E[r^k] of the (truncated) distribution, in m^k
     * @throws IllegalArgumentException if k is out of range
     */
    public double moment(int k) {
        Checks.inClosedRange(k, 1, 3, "k");
        if (s == 0) {
            return Math.pow(median, k);
        }
        double full = Math.pow(median, k) * Math.exp(0.5 * k * k * s * s);
        if (min == 0 && !Double.isFinite(max)) {
            return full;
        }
        return full * (phi(beta() - k * s) - phi(alpha() - k * s)) / mass();
    }

    /** @return the mean radius E[r], in m */
    public double meanRadius() {
        return moment(1);
    }

    /** @return the standard deviation of the radius √(E[r²] − E[r]²), in m */
    public double standardDeviation() {
        double m1 = moment(1);
        return Math.sqrt(Math.max(0, moment(2) - m1 * m1));
    }

    /** @return the mean volume of a particle E[4πr³/3], in m³ */
    public double meanVolume() {
        return 4.0 / 3.0 * Math.PI * moment(3);
    }

    /**
     * @param count how many radii, in [1, 10⁸]
     * @param seed the seed of the random numbers
     * @return {@code count} radii drawn with {@code new SplittableRandom(seed)}, in m (the same draws
     *     a generator makes from the same stream)
     * @throws IllegalArgumentException if the count is out of range
     */
    public double[] samples(int count, long seed) {
        Checks.inClosedRange(count, 1, 100_000_000, "count");
        Checks.allocation(count, 1, 8, "samples of " + count + " radii");
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = sample(random);
        }
        return out;
    }

    /** One radius from the stream, m. */
    double sample(SplittableRandom random) {
        if (s == 0) {
            return median;
        }
        double lo = min > 0 ? phi(alpha()) : 0;
        double hi = Double.isFinite(max) ? phi(beta()) : 1;
        double u;
        do {
            u = lo + (hi - lo) * random.nextDouble();
        } while (u <= 0 || u >= 1);
        double r = median * Math.exp(s * Math.sqrt(2) * Erf.erfInv(2 * u - 1));
        // inversion in floating point can step a hair outside the bounds
        return Math.min(max, Math.max(min > 0 ? min : Double.MIN_NORMAL, r));
    }

    /** The largest radius that can be drawn, m (infinite when untruncated and not fixed). */
    double upperRadius() {
        return s == 0 ? median : max;
    }

    /** The radius at probability p of the (truncated) distribution, m. */
    double quantile(double p) {
        if (s == 0) {
            return median;
        }
        double lo = min > 0 ? phi(alpha()) : 0;
        double hi = Double.isFinite(max) ? phi(beta()) : 1;
        double u = lo + (hi - lo) * p;
        return median * Math.exp(s * Math.sqrt(2) * Erf.erfInv(2 * u - 1));
    }

    private double alpha() {
        return min > 0 ? (Math.log(min / median)) / s : Double.NEGATIVE_INFINITY;
    }

    private double beta() {
        return Double.isFinite(max) ? Math.log(max / median) / s : Double.POSITIVE_INFINITY;
    }

    private double mass() {
        return phi(beta()) - phi(alpha());
    }

    /** Standard normal distribution function. */
    private static double phi(double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return 0.5 * Erf.erfc(-x / Math.sqrt(2));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SizeDistribution d && Double.compare(d.median, median) == 0 && Double.compare(d.s, s) == 0
                && Double.compare(d.min, min) == 0 && Double.compare(d.max, max) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(median, s, min, max);
    }

    /** @return e.g. {@code log-normal radii, median 2.5 µm, σg 1.3} or {@code radius 5 µm} */
    @Override
    public String toString() {
        String base = s == 0 ? "radius " + Display.quantity(median, "m")
                : "log-normal radii, median " + Display.quantity(median, "m") + ", σg " + Display.number(Math.exp(s));
        if (min > 0 || Double.isFinite(max)) {
            base += ", in [" + Display.quantity(min, "m") + ", " + Display.quantity(max, "m") + "]";
        }
        return base;
    }
}
