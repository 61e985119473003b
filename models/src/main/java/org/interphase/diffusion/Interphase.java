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
 * <p>Two ways to get the resistance: a uniform layer, R = L/σ; or a graded one, R = ∫dx/σ(c(x))
 * through a computed concentration profile, σ(c) given by the user (e.g. a mixing rule between the
 * host and the blocking phase). La2CoO4 at LiCoO2 | LLZO is practically Li⁺-blocking (Kim et al.,
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
     * @param phase name
     * @param profile c(x) of the species that sets σ
     * @param conductivity σ(c), S/m
     * @param threshold c above which a point counts toward the thickness, mol/m³
     * @return thickness by threshold and R = ∫dx/σ(c(x)) over the whole profile
     */
    public static Interphase fromProfile(String phase, Profile profile, DoubleUnaryOperator conductivity,
            double threshold) {
        return new Interphase(phase, thicknessAbove(profile, threshold),
                resistanceThrough(profile, conductivity, profile.xMin(), profile.xMax()));
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
