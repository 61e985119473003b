package org.interphase.diffusion;

import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.interphase.core.Quadrature;
import org.interphase.core.Units;

/**
 * A grown interphase as the interface stack sees it: a thickness and the area-specific resistance it
 * adds in series to Li⁺ transport.
 *
 * <p>Two ways to get the resistance: a uniform layer, R = L/σ (the host it replaced is taken as
 * negligible in series); or a graded one, the resistance a computed composition change adds,
 * ΔR = ∫[1/σ(c_after(x)) − 1/σ(c_before(x))]dx, σ(c) given by the user (e.g. a mixing rule between
 * the host and the blocking phase) — never the resistance of the whole computed domain. La2CoO4 at LiCoO2 | LLZO is practically Li⁺-blocking (Kim et al.,
 * J. Power Sources 196 (2011) 764), so its σ is a user input, small.
 *
 * @param phase name of the interphase, e.g. {@code "La2CoO4"}
 * @param thickness L, m (&ge; 0)
 * @param resistance area-specific resistance added, Ω·m² (&ge; 0)
 */
public record Interphase(String phase, double thickness, double resistance) {

    /**
     * Validates.
     *
     * @param phase name of the interphase, e.g. {@code "La2CoO4"}
     * @param thickness L, m (&ge; 0)
     * @param resistance area-specific resistance added, Ω·m² (&ge; 0)
     */
    public Interphase {
        Objects.requireNonNull(phase, "phase");
        Checks.nonNegative(thickness, "interphase thickness", "m");
        Checks.nonNegative(resistance, "interphase resistance", "Ω·m²");
    }

    /**
     * @param phase name
     * @param thickness L, m (&ge; 0)
     * @param conductivity σ of the layer, S/m (&gt; 0)
     * @return the layer with R = L/σ
     */
    public static Interphase uniform(String phase, double thickness, double conductivity) {
        Checks.nonNegative(thickness, "interphase thickness", "m");
        Checks.positive(conductivity, "interphase conductivity", "S/m");
        return new Interphase(phase, thickness, thickness / conductivity);
    }

    /**
     * The width of the region where a profile is at or above a threshold, by linear interpolation
     * between its points.
     *
     * @param profile c(x), x in m
     * @param threshold c threshold, in the unit of the profile (finite)
     * @return thickness, m
     */
    public static double thicknessAbove(Profile profile, double threshold) {
        Objects.requireNonNull(profile, "profile");
        Checks.finite(threshold, "threshold", profile.yUnit());
        double sum = 0;
        for (int i = 1; i < profile.size(); i++) {
            double x0 = profile.x(i - 1);
            double x1 = profile.x(i);
            double y0 = profile.y(i - 1);
            double y1 = profile.y(i);
            boolean in0 = y0 >= threshold;
            boolean in1 = y1 >= threshold;
            if (in0 && in1) {
                sum += x1 - x0;
            } else if (in0 || in1) {
                double hi = Math.max(y0, y1);
                double lo = Math.min(y0, y1);
                sum += (x1 - x0) * (hi - threshold) / (hi - lo);
            }
        }
        return sum;
    }

    /**
     * R = ∫dx/σ(c(x)) over [from, to], with c interpolated linearly between the profile points and
     * each segment integrated adaptively (σ may change by orders of magnitude within one cell).
     *
     * @param profile c(x), x in m, c in mol/m³
     * @param conductivity σ(c) in S/m for c in mol/m³, finite and &gt; 0
     * @param from start of the integral, m (within the profile)
     * @param to end, m (&ge; from, within the profile)
     * @return R, Ω·m²
     */
    public static double resistanceThrough(Profile profile, DoubleUnaryOperator conductivity, double from, double to) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(conductivity, "conductivity");
        Checks.inClosedRange(from, profile.xMin(), profile.xMax(), "from", "m");
        Checks.inClosedRange(to, from, profile.xMax(), "to", "m");
        DoubleUnaryOperator inverse = x -> {
            double c = profile.valueAt(Math.min(profile.xMax(), Math.max(profile.xMin(), x)));
            double sigma = conductivity.applyAsDouble(c);
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("conductivity must be finite and > 0 S/m, was " + sigma
                        + " S/m at c = " + c + " mol/m³");
            }
            return 1 / sigma;
        };
        double sum = 0;
        double a = from;
        for (int i = 1; i < profile.size() && a < to; i++) {
            double b = Math.min(profile.x(i), to);
            if (b > a) {
                sum += Quadrature.integrate(inverse, a, b, 1e-8, 0);
                a = b;
            }
        }
        return Checks.finite(sum, "interphase resistance", "Ω·m²");
    }

    /**
     * The resistance a change of composition adds: ΔR = ∫[1/σ(c_after(x)) − 1/σ(c_before(x))]dx
     * over the common range of the two profiles, with c interpolated linearly between each
     * profile's points and each segment integrated adaptively. Where the composition did not
     * change the integrand is exactly zero, so the bulk on either side of an interphase adds
     * nothing, however thick the computed domain.
     *
     * @param before c(x) before processing, x in m, c in mol/m³
     * @param after c(x) after it, same unit
     * @param conductivity σ(c) in S/m for c in mol/m³, finite and &gt; 0
     * @return ΔR, Ω·m² (negative if the new composition conducts better)
     */
    public static double resistanceAdded(Profile before, Profile after, DoubleUnaryOperator conductivity) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(conductivity, "conductivity");
        double from = Math.max(before.xMin(), after.xMin());
        double to = Math.min(before.xMax(), after.xMax());
        if (!(to > from)) {
            throw new IllegalArgumentException("the profiles before [" + before.xMin() + ", " + before.xMax()
                    + "] m and after [" + after.xMin() + ", " + after.xMax() + "] m do not overlap");
        }
        DoubleUnaryOperator difference = x -> inverse(conductivity, after.valueAt(x)) - inverse(conductivity,
                before.valueAt(x));
        java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
        for (Profile p : new Profile[] {before, after}) {
            for (int i = 0; i < p.size(); i++) {
                if (p.x(i) > from && p.x(i) < to) {
                    cuts.add(p.x(i));
                }
            }
        }
        cuts.add(to);
        double sum = 0;
        double a = from;
        for (double b : cuts) {
            if (b > a) {
                // the difference may vanish to round-off: bound the error by the segment's own ∫dx/σ
                double scale = (b - a) * (inverse(conductivity, after.valueAt(a)) + inverse(conductivity,
                        before.valueAt(a)));
                sum += Quadrature.integrate(difference, a, b, 1e-10, 1e-12 * scale);
                a = b;
            }
        }
        return Checks.finite(sum, "added resistance", "Ω·m²");
    }

    private static double inverse(DoubleUnaryOperator conductivity, double c) {
        double sigma = conductivity.applyAsDouble(c);
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("conductivity must be finite and > 0 S/m, was " + sigma + " S/m at c = "
                    + c + " mol/m³");
        }
        return 1 / sigma;
    }

    /**
     * The interphase a profile marks, with the resistance it adds to the composition before.
     *
     * @param phase name
     * @param before c(x) of the species that sets σ, before processing (mol/m³, x in m)
     * @param after c(x) after processing
     * @param conductivity σ(c), S/m for c in mol/m³
     * @param threshold c at or above which a point counts toward the thickness, mol/m³ (&gt; 0)
     * @return thickness by threshold and R = {@link #resistanceAdded}
     * @throws IllegalArgumentException if the new composition lowers the resistance (ΔR &lt; 0 beyond
     *         1e-9 of the resistance before): that is not a blocking interphase; use
     *         {@link #resistanceAdded} for the signed value
     */
    public static Interphase fromProfiles(String phase, Profile before, Profile after, DoubleUnaryOperator conductivity,
            double threshold) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(conductivity, "conductivity");
        Checks.positive(threshold, "threshold", after.yUnit());
        double added = resistanceAdded(before, after, conductivity);
        if (added < 0) {
            double base = resistanceThrough(before, conductivity, before.xMin(), before.xMax());
            if (added < -1e-9 * base) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "the grown %s lowers the resistance by %.4g Ω·cm² (of %.4g Ω·cm² before); it is not a blocking"
                                + " interphase: use Interphase.resistanceAdded for the signed change", phase,
                        Units.toOhmCm2(-added), Units.toOhmCm2(base)));
            }
            added = 0; // round-off of two equal compositions
        }
        return new Interphase(phase, thicknessAbove(after, threshold), added);
    }

    /**
     * The conductivity a uniform layer of this thickness would need to add this resistance — what
     * a stack layer takes: {@code Layer.of(material, thickness()).withConductivity(effectiveConductivity())}.
     *
     * @return σ_eff = L/R, S/m
     * @throws IllegalStateException if the layer has zero thickness or resistance
     */
    public double effectiveConductivity() {
        if (!(thickness > 0 && resistance > 0)) {
            throw new IllegalStateException("an interphase of " + thickness + " m and " + resistance
                    + " Ω·m² has no effective conductivity; leave it out of the stack");
        }
        return thickness / resistance;
    }

    /** @return the resistance in Ω·cm² */
    public double resistanceOhmCm2() {
        return Units.toOhmCm2(resistance);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Interphase[%s: %s nm, %s Ω·cm²]", phase, Text.number(Units.toNm(thickness)),
                Text.number(resistanceOhmCm2()));
    }
}
