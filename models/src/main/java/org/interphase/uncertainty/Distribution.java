package org.interphase.uncertainty;

import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * The spread of one uncertain input, in the input's own unit (SI): normal, log-normal, uniform or
 * log-uniform. Sampling goes through the quantile function x = F⁻¹(u), u ∈ (0, 1), so that the same
 * stream of u gives Monte Carlo and Latin-hypercube samples alike.
 *
 * <ul>
 * <li>normal(μ, σ): F⁻¹(u) = μ + σ·√2·erf⁻¹(2u − 1); mean μ, variance σ²;</li>
 * <li>log-normal(m, s), ln x normal with median m and standard deviation s: F⁻¹(u) = m·exp(s·√2·erf⁻¹(2u − 1));
 *     mean m·e^(s²/2), variance m²·e^(s²)·(e^(s²) − 1);</li>
 * <li>uniform(a, b): F⁻¹(u) = a + (b − a)·u; mean (a + b)/2, variance (b − a)²/12;</li>
 * <li>log-uniform(a, b), ln x uniform: F⁻¹(u) = a·(b/a)^u; mean (b − a)/ln(b/a), variance
 *     (b² − a²)/(2·ln(b/a)) − mean² — the honest reading of a range of reported values that spans
 *     decades, such as a coating conductivity "10⁻⁶ … 10⁻⁵ S/cm".</li>
 * </ul>
 * Immutable.
 */
public final class Distribution {

    /** The family of a distribution. */
    public enum Kind {
        /** Normal (Gaussian): parameters mean and standard deviation. */
        NORMAL,
        /** Log-normal: parameters median and standard deviation of ln x. */
        LOG_NORMAL,
        /** Uniform: parameters low and high. */
        UNIFORM,
        /** Log-uniform (ln x uniform): parameters low and high, both &gt; 0. */
        LOG_UNIFORM
    }

    /**
     * Largest spread parameter (standard deviation, |bound|) in the input's unit: 1e150, so that the
     * variance, the square of a spread, stays finite.
     */
    public static final double MAX_SPREAD = 1e150;

    private final Kind kind;
    private final double a;
    private final double b;

    private Distribution(Kind kind, double a, double b) {
        this.kind = kind;
        this.a = a;
        this.b = b;
    }

    /**
     * @param mean μ, in the input's unit (finite)
     * @param standardDeviation σ, in the input's unit (in (0, {@value #MAX_SPREAD}])
     * @return the normal distribution N(μ, σ²)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Distribution normal(double mean, double standardDeviation) {
        Checks.finite(mean, "normal mean", "input unit");
        Checks.positive(standardDeviation, "normal standard deviation", "input unit");
        Checks.atMost(standardDeviation, MAX_SPREAD, "normal standard deviation", "input unit");
        return new Distribution(Kind.NORMAL, mean, standardDeviation);
    }

    /**
     * @param median the median e^μ of x, in the input's unit (in (0, 1e143])
     * @param logStandardDeviation s, the standard deviation of ln x (dimensionless, in (0, 5])
     * @return the log-normal distribution
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Distribution logNormal(double median, double logStandardDeviation) {
        Checks.positive(median, "log-normal median", "input unit");
        Checks.inClosedRange(logStandardDeviation, Double.MIN_NORMAL, 5, "log-normal standard deviation of ln x", "");
        // e^(s²) ≤ e^25 ≈ 7.2e10: the variance m²·e^(s²)·(e^(s²) − 1) stays finite for m ≤ 1e143
        Checks.atMost(median, 1e143, "log-normal median", "input unit");
        return new Distribution(Kind.LOG_NORMAL, median, logStandardDeviation);
    }

    /**
     * @param low a, in the input's unit (in [−1e150, 1e150])
     * @param high b, in the input's unit (in [−1e150, 1e150], &gt; a)
     * @return the uniform distribution on [a, b]
     * @throws IllegalArgumentException if a bound is not finite or high &le; low
     */
    public static Distribution uniform(double low, double high) {
        Checks.inClosedRange(low, -MAX_SPREAD, MAX_SPREAD, "uniform low", "input unit");
        Checks.inClosedRange(high, -MAX_SPREAD, MAX_SPREAD, "uniform high", "input unit");
        if (!(high > low) || !Double.isFinite(high - low)) {
            throw new IllegalArgumentException("uniform high must be > low (and high − low finite), was low = " + low
                    + ", high = " + high + " (input unit)");
        }
        return new Distribution(Kind.UNIFORM, low, high);
    }

    /**
     * @param low a, in the input's unit (&gt; 0, finite)
     * @param high b, in the input's unit (in (a, 1e150])
     * @return the log-uniform distribution on [a, b]
     * @throws IllegalArgumentException if a bound is not positive and finite, or high &le; low
     */
    public static Distribution logUniform(double low, double high) {
        Checks.positive(low, "log-uniform low", "input unit");
        Checks.positive(high, "log-uniform high", "input unit");
        Checks.atMost(high, MAX_SPREAD, "log-uniform high", "input unit");
        if (!(high > low)) {
            throw new IllegalArgumentException("log-uniform high must be > low, was low = " + low + ", high = " + high
                    + " (input unit)");
        }
        return new Distribution(Kind.LOG_UNIFORM, low, high);
    }

    /** @return the family */
    public Kind kind() {
        return kind;
    }

    /**
     * The quantile function F⁻¹.
     *
     * @param probability u, in the open interval (0, 1)
     * @return x with F(x) = u, in the input's unit
     * @throws IllegalArgumentException if u is not in (0, 1)
     */
    public double quantile(double probability) {
        Checks.inOpenRange(probability, 0, 1, "probability", "");
        return switch (kind) {
            case NORMAL -> a + b * standardNormalQuantile(probability);
            case LOG_NORMAL -> a * Math.exp(b * standardNormalQuantile(probability));
            case UNIFORM -> a + (b - a) * probability;
            case LOG_UNIFORM -> a * Math.pow(b / a, probability);
        };
    }

    /**
     * The cumulative distribution function F.
     *
     * @param x a value, in the input's unit (finite)
     * @return F(x) = P(X &le; x), in [0, 1]
     * @throws IllegalArgumentException if x is not finite
     */
    public double cumulativeProbability(double x) {
        Checks.finite(x, "x", "input unit");
        return switch (kind) {
            case NORMAL -> 0.5 * Erf.erfc(-(x - a) / (b * Math.sqrt(2)));
            case LOG_NORMAL -> x <= 0 ? 0 : 0.5 * Erf.erfc(-Math.log(x / a) / (b * Math.sqrt(2)));
            case UNIFORM -> x <= a ? 0 : x >= b ? 1 : (x - a) / (b - a);
            case LOG_UNIFORM -> x <= a ? 0 : x >= b ? 1 : Math.log(x / a) / Math.log(b / a);
        };
    }

    /** @return the mean, in the input's unit */
    public double mean() {
        return switch (kind) {
            case NORMAL -> a;
            case LOG_NORMAL -> a * Math.exp(b * b / 2);
            case UNIFORM -> 0.5 * (a + b);
            case LOG_UNIFORM -> (b - a) / Math.log(b / a);
        };
    }

    /** @return the variance, in the input's unit squared */
    public double variance() {
        return switch (kind) {
            case NORMAL -> b * b;
            case LOG_NORMAL -> a * a * Math.exp(b * b) * Math.expm1(b * b);
            case UNIFORM -> (b - a) * (b - a) / 12;
            case LOG_UNIFORM -> {
                double m = mean();
                yield Math.max(0, (b * b - a * a) / (2 * Math.log(b / a)) - m * m);
            }
        };
    }

    /**
     * Φ⁻¹(u) = √2·erf⁻¹(2u − 1), in the tail through erfc⁻¹ so that u near 0 or 1 keeps its digits.
     */
    static double standardNormalQuantile(double u) {
        if (u < TAIL) {
            return -lowerTailQuantile(u);
        }
        if (1 - u < TAIL) {
            return lowerTailQuantile(1 - u);
        }
        return u < 0.5 ? -Math.sqrt(2) * Erf.erfcInv(2 * u) : Math.sqrt(2) * Erf.erfcInv(2 * (1 - u));
    }

    /** Below this tail probability Commons Math's erfcInv, which works through 1 − x, loses its digits. */
    private static final double TAIL = 1e-10;

    /**
     * z &gt; 0 with Q(z) = ½·erfc(z/√2) = q for a tiny q: the asymptotic start
     * z² ≈ −2 ln q − ln(−2 ln q) − ln 2π (Abramowitz &amp; Stegun 26.2.23 region), then Newton on
     * ln Q(z) − ln q, whose derivative is −φ(z)/Q(z); Q through erfc, accurate in the tail.
     */
    private static double lowerTailQuantile(double q) {
        double t = -2 * Math.log(q);
        double z = Math.sqrt(Math.max(1, t - Math.log(t) - Math.log(2 * Math.PI)));
        for (int k = 0; k < 8; k++) {
            double tail = 0.5 * Erf.erfc(z / Math.sqrt(2));
            if (!(tail > 0)) {
                break;
            }
            double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            double step = (Math.log(tail) - Math.log(q)) * tail / density;
            z += step;
            if (Math.abs(step) < 1e-15 * z) {
                break;
            }
        }
        return z;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Distribution d && d.kind == kind && Double.compare(d.a, a) == 0 && Double.compare(d.b, b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, a, b);
    }

    /** @return e.g. {@code "normal(1.5, 0.1)"}, {@code "log-uniform(1e-4, 1e-3)"}, numbers in the input's unit */
    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return name + "(" + Display.number(a, 4) + ", " + Display.number(b, 4) + ")";
    }
}
