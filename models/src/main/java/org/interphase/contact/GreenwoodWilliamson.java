package org.interphase.contact;

import java.util.Objects;
import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.interphase.core.Checks;
import org.interphase.core.Quadrature;
import org.interphase.core.RootFinder;

/**
 * Greenwood–Williamson model of a rough surface as spherical summits of equal radius β, areal
 * density η and a height distribution φ of standard deviation σ, each summit a Hertz contact
 * (Greenwood &amp; Williamson, Proc. R. Soc. A 295, 300 (1966)). With d the separation between the
 * mean summit plane and the flat, in units of σ, and F_n(d) = ∫_d^∞ (s − d)^n φ(s) ds:
 * <pre>
 *   spots per area   n/A0 = η·F_0(d)
 *   contact fraction A/A0 = π·η·β·σ·F_1(d)
 *   mean pressure    p̄    = (4/3)·η·E*·β^½·σ^(3/2)·F_{3/2}(d)
 * </pre>
 * For the exponential distribution φ(s) = e^(−s) the integrals are exact, F_n = Γ(n+1)·e^(−d), and
 * the real area is exactly proportional to the load: A/A0 ÷ p̄ = √π·√(β/σ)/E*.
 *
 * @param summitDensity summit density η, summits per m² (&gt; 0)
 * @param summitRadius summit radius β, m (&gt; 0)
 * @param summitHeightStd standard deviation σ of the summit heights, m (&gt; 0)
 * @param contactModulus contact modulus E*, Pa (&gt; 0)
 * @param heights the summit-height distribution
 */
public record GreenwoodWilliamson(double summitDensity, double summitRadius, double summitHeightStd,
        double contactModulus, SummitHeights heights) {

    /**
     * The highest order n of {@link #integral}: the model needs 0, 1 and 3/2, and the quadrature window
     * (40σ beyond the mean plane for Gaussian heights, 60 scale lengths for exponential heights) holds
     * the integrand (s − d)^n φ(s), whose peak moves out as √n (Gaussian) or n (exponential), only for
     * moderate n.
     */
    public static final double MAX_ORDER = 10;

    /** Distribution of summit heights, standardised to unit standard deviation (exponential: unit scale). */
    public enum SummitHeights {
        /** φ(s) = exp(−s²/2)/√(2π). */
        GAUSSIAN,
        /** φ(s) = exp(−s), valid for d ≥ 0. */
        EXPONENTIAL
    }

    /**
     * Validates the components.
     *
     * @param summitDensity summit density η, summits per m² (&gt; 0)
     * @param summitRadius summit radius β, m (&gt; 0)
     * @param summitHeightStd standard deviation σ of the summit heights, m (&gt; 0)
     * @param contactModulus contact modulus E*, Pa (&gt; 0)
     * @param heights the summit-height distribution
     */
    public GreenwoodWilliamson {
        Checks.positive(summitDensity, "summit density", "1/m²");
        Checks.positive(summitRadius, "summit radius", "m");
        Checks.positive(summitHeightStd, "summit height standard deviation σ", "m");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Objects.requireNonNull(heights, "heights");
    }

    /**
     * F_n(d) = ∫_d^∞ (s − d)^n φ(s) ds, by adaptive quadrature (exact closed forms are used by the tests
     * to check it).
     *
     * @param n the order, in [0, {@value #MAX_ORDER}]
     * @param d the separation in units of σ
     * @return F_n(d), dimensionless
     * @throws IllegalArgumentException if n is out of range, d is not finite (or negative for exponential
     *     heights)
     */
    public double integral(double n, double d) {
        Checks.inClosedRange(n, 0, MAX_ORDER, "order n", "");
        Checks.finite(d, "separation", "σ");
        if (heights == SummitHeights.EXPONENTIAL && d < 0) {
            throw new IllegalArgumentException("separation must be >= 0 σ for exponential summit heights, was " + d);
        }
        double upper = heights == SummitHeights.GAUSSIAN ? Math.max(d, 0) + 40.0 : d + 60.0;
        double lower = heights == SummitHeights.GAUSSIAN ? Math.max(d, -40.0) : d;
        double shift = lower - d;
        double v = Quadrature.integrate(t -> Math.pow(t + shift, n) * density(t + lower), 0.0, upper - lower, 1e-12, 0.0);
        return Format.finite(v, "GW integral");
    }

    /**
     * Closed forms of F_0 and F_1 for the Gaussian and of every F_n for the exponential distribution.
     *
     * @param n order; for GAUSSIAN only 0 or 1
     * @param d separation in units of σ
     * @return F_n(d)
     */
    static double closedForm(SummitHeights heights, double n, double d) {
        if (heights == SummitHeights.EXPONENTIAL) {
            return Math.exp(Gamma.logGamma(n + 1) - d);
        }
        double f0 = 0.5 * Erf.erfc(d / Math.sqrt(2));
        if (n == 0) {
            return f0;
        }
        if (n == 1) {
            return Math.exp(-d * d / 2) / Math.sqrt(2 * Math.PI) - d * f0;
        }
        throw new IllegalArgumentException("closed form only for n = 0 or 1 for Gaussian heights, was " + n);
    }

    private double density(double s) {
        return heights == SummitHeights.GAUSSIAN ? Math.exp(-s * s / 2) / Math.sqrt(2 * Math.PI) : Math.exp(-s);
    }

    /**
     * @param separation d, m: mean summit plane to flat
     * @return number of contact spots per nominal area, 1/m²
     */
    public double spotDensity(double separation) {
        return summitDensity * integral(0, separation / summitHeightStd);
    }

    /**
     * @param separation d, m
     * @return real contact fraction A/A0
     */
    public double contactFraction(double separation) {
        return Math.PI * summitDensity * summitRadius * summitHeightStd * integral(1, separation / summitHeightStd);
    }

    /**
     * @param separation d, m
     * @return nominal (mean) pressure p̄, Pa
     */
    public double meanPressure(double separation) {
        return 4.0 / 3.0 * summitDensity * contactModulus * Math.sqrt(summitRadius)
                * Math.pow(summitHeightStd, 1.5) * integral(1.5, separation / summitHeightStd);
    }

    /**
     * The separation at which the summits carry a given mean pressure (Brent on the monotone p̄(d)).
     *
     * @param meanPressure p̄, Pa (&gt; 0)
     * @return d, m
     * @throws IllegalArgumentException if p̄ is not finite and &gt; 0, or outside the pressures these summits
     *     carry between the deepest separation and 60 σ (or the underflow of p̄(d))
     */
    public double separationAt(double meanPressure) {
        Checks.positive(meanPressure, "mean pressure", "Pa");
        double lo = heights == SummitHeights.GAUSSIAN ? -6.0 : 0.0;
        double target = Math.log(meanPressure);
        if (meanPressure(lo * summitHeightStd) < meanPressure) {
            throw new IllegalArgumentException("mean pressure " + meanPressure + " Pa is beyond the range of the "
                    + "Greenwood–Williamson model for these summits (max " + meanPressure(lo * summitHeightStd)
                    + " Pa at d = " + lo + " σ)");
        }
        double hi = lo + 1.0;
        double pHi;
        while ((pHi = meanPressure(hi * summitHeightStd)) > 0 && Math.log(pHi) > target) {
            hi += 1.0;
            if (hi > 60) {
                throw new IllegalArgumentException("mean pressure " + meanPressure + " Pa is too small for the "
                        + "Greenwood–Williamson model (separation beyond 60 σ)");
            }
        }
        if (!(pHi > 0)) {
            // p̄(d) underflows to 0 (F_3/2 is below the double range) before it falls to the target: the
            // root is out of reach of the quadrature, as it is beyond 60 σ below
            double smallest = meanPressure((hi - 1) * summitHeightStd);
            throw new IllegalArgumentException("mean pressure " + meanPressure + " Pa is too small for the "
                    + "Greenwood–Williamson model of these summits: p̄(d) underflows to 0 Pa by d = " + hi
                    + " σ (p̄ = " + smallest + " Pa at d = " + (hi - 1) + " σ); use a mean pressure >= " + smallest
                    + " Pa");
        }
        double d = RootFinder.brent(x -> Math.log(meanPressure(x * summitHeightStd)) - target, lo, hi, 1e-13);
        return d * summitHeightStd;
    }

    /**
     * @param meanPressure p̄, Pa (&gt; 0)
     * @return contact fraction at that pressure
     * @throws IllegalArgumentException as {@link #separationAt}
     */
    public double contactFractionAt(double meanPressure) {
        return contactFraction(separationAt(meanPressure));
    }

    /**
     * Plasticity index ψ = (E* ÷ H)·√(σ/β) (GW 1966): below ~0.6 the summits stay elastic, above ~1 they yield.
     *
     * @param hardness indentation hardness H of the softer body, Pa (&gt; 0)
     * @return ψ, dimensionless
     * @throws IllegalArgumentException if H is not positive and finite, or ψ exceeds the double range
     */
    public double plasticityIndex(double hardness) {
        Checks.positive(hardness, "hardness", "Pa");
        return Format.result(contactModulus * Math.sqrt(summitHeightStd / summitRadius) / hardness,
                "plasticity index (E*/H)·√(σ/β)", Format.arg("hardness", hardness, "Pa"),
                Format.arg("contactModulus", contactModulus, "Pa"), Format.arg("summitHeightStd", summitHeightStd, "m"),
                Format.arg("summitRadius", summitRadius, "m"));
    }
}
