package org.interphase.diffusion;

import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;

/**
 * Closed-form solutions of Fick's second law ∂c/∂t = D(t)·∂²c/∂x² (Crank, The Mathematics of
 * Diffusion, 2nd ed., Oxford 1975, ch. 2–3 and §7.1).
 *
 * <p>Every function takes the integrated diffusivity Λ = ∫_0^t D(t')dt' (m²) instead of D and t:
 * for constant D, Λ = D·t; for a thermal schedule, Λ = {@link ThermalSchedule#integratedDiffusivity}.
 * Λ = 0 returns the initial state.
 *
 * <ul>
 *   <li>Diffusion couple, infinite: c = (c_L + c_R)/2 − (c_L − c_R)/2·erf(x/(2√Λ)).</li>
 *   <li>Semi-infinite solid with a fixed surface value c_s and initial c_0:
 *       c = c_0 + (c_s − c_0)·erfc(x/(2√Λ)).</li>
 *   <li>Thin film of M (mol/m²) at a reflecting surface x = 0: c = M/√(πΛ)·exp(−x²/(4Λ)).</li>
 *   <li>Two media with a partition coefficient K = c⁺/c⁻ at x = 0 (Crank §7.3 with the jump
 *       condition): left (D1, initial c_0), right (D2, initially empty).</li>
 * </ul>
 */
public final class AnalyticDiffusion {

    private AnalyticDiffusion() {}

    /**
     * The infinite diffusion couple.
     *
     * @param cLeft c far to the left (x → −∞), mol/m³
     * @param cRight c far to the right, mol/m³
     * @param x position from the original interface, m
     * @param integratedDiffusivity Λ = ∫D dt, m² (&ge; 0)
     * @return c(x), mol/m³
     */
    public static double couple(double cLeft, double cRight, double x, double integratedDiffusivity) {
        Checks.finite(cLeft, "left concentration", "mol/m³");
        Checks.finite(cRight, "right concentration", "mol/m³");
        Checks.finite(x, "x", "m");
        Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        if (integratedDiffusivity == 0) {
            return x < 0 ? cLeft : x > 0 ? cRight : 0.5 * (cLeft + cRight);
        }
        return 0.5 * (cLeft + cRight) - 0.5 * (cLeft - cRight) * Erf.erf(x / (2 * Math.sqrt(integratedDiffusivity)));
    }

    /**
     * A semi-infinite solid x ≥ 0 with its surface held at c_s.
     *
     * @param surface c_s, mol/m³
     * @param initial c_0, mol/m³
     * @param x depth, m (&ge; 0)
     * @param integratedDiffusivity Λ, m² (&ge; 0)
     * @return c(x), mol/m³
     */
    public static double semiInfinite(double surface, double initial, double x, double integratedDiffusivity) {
        Checks.finite(surface, "surface concentration", "mol/m³");
        Checks.finite(initial, "initial concentration", "mol/m³");
        Checks.nonNegative(x, "depth x", "m");
        Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        if (integratedDiffusivity == 0) {
            return x == 0 ? surface : initial;
        }
        return initial + (surface - initial) * Erf.erfc(x / (2 * Math.sqrt(integratedDiffusivity)));
    }

    /**
     * A thin film of M per area spreading from a reflecting surface into x ≥ 0 (the Gaussian source).
     *
     * @param amountPerArea M, mol/m² (&ge; 0)
     * @param x depth, m (&ge; 0)
     * @param integratedDiffusivity Λ, m² (&gt; 0)
     * @return c(x) = M/√(πΛ)·exp(−x²/(4Λ)), mol/m³
     */
    public static double thinFilm(double amountPerArea, double x, double integratedDiffusivity) {
        Checks.nonNegative(amountPerArea, "amount per area", "mol/m²");
        Checks.nonNegative(x, "depth x", "m");
        Checks.positive(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        return amountPerArea / Math.sqrt(Math.PI * integratedDiffusivity)
                * Math.exp(-x * x / (4 * integratedDiffusivity));
    }

    /**
     * Two semi-infinite media joined at x = 0 with a partition coefficient: medium 1 (x &lt; 0,
     * D1, initially c_0), medium 2 (x &gt; 0, D2, initially 0); at the interface c2 = K·c1 and the
     * flux is continuous. Then c1 = c_0 − A·erfc(−x/(2√(D1 t))), c2 = B·erfc(x/(2√(D2 t))) with
     * B = K·c_0/(1 + K·√(D2/D1)) and A = B·√(D2/D1) (the similarity solution of Crank 1975, §7.3,
     * with the jump condition c2 = K·c1).
     *
     * @param initialLeft initial concentration c_0 in medium 1 (on the left), mol/m³ (finite)
     * @param d1 D1, m²/s (&gt; 0)
     * @param d2 D2, m²/s (&gt; 0)
     * @param partition K = c2/c1 at the interface (&gt; 0)
     * @param x position, m, finite: medium 1 left of the interface and on it, medium 2 right of it
     * @param time t, s (&gt; 0)
     * @return c(x, t), mol/m³
     */
    public static double partitionedCouple(double initialLeft, double d1, double d2, double partition, double x,
            double time) {
        Checks.finite(initialLeft, "initial concentration on the left (initialLeft)", "mol/m³");
        Checks.positive(d1, "D1", "m²/s");
        Checks.positive(d2, "D2", "m²/s");
        Checks.positive(partition, "partition coefficient K", "");
        Checks.finite(x, "x", "m");
        Checks.positive(time, "time", "s");
        double b = partition * initialLeft / (1 + partition * Math.sqrt(d2 / d1));
        double a = b * Math.sqrt(d2 / d1);
        if (x <= 0) {
            return initialLeft - a * Erf.erfc(-x / (2 * Math.sqrt(d1 * time)));
        }
        return b * Erf.erfc(x / (2 * Math.sqrt(d2 * time)));
    }

    /**
     * The diffusion length 2√Λ: where erfc(x/2√Λ) has fallen to erfc(1) ≈ 0.157.
     *
     * @param integratedDiffusivity Λ, m² (&ge; 0)
     * @return 2√Λ, m
     */
    public static double diffusionLength(double integratedDiffusivity) {
        Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        return 2 * Math.sqrt(integratedDiffusivity);
    }

    /**
     * The depth at which a semi-infinite erfc profile has reached a fraction of its surface excess:
     * (c − c_0)/(c_s − c_0) = f at x = 2√Λ·erfc⁻¹(f).
     *
     * @param integratedDiffusivity Λ, m² (&ge; 0)
     * @param fraction f in (0, 1), e.g. 0.01 for "1 % of the surface value"
     * @return the penetration depth, m
     */
    public static double penetrationDepth(double integratedDiffusivity, double fraction) {
        Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        Checks.inOpenRange(fraction, 0.0, 1.0, "fraction of the surface value", "");
        return Checks.finite(2 * Math.sqrt(integratedDiffusivity) * inverseErfc(fraction), "penetration depth", "m");
    }

    /**
     * erfc⁻¹(f) for every f in (0, 1), down to the smallest double. Commons Math's erfcInv works
     * through erfInv(1 − f), which loses the digits of f that 1 − f rounds away (its error reaches
     * 10⁻⁴ at f = 10⁻¹⁵) and returns +∞ once 1 − f rounds to 1 (f &lt; 1.1e-16). Below f = 10⁻³ the
     * root of ln erfc(z) = ln f is therefore found by Newton's method in logs, with
     * ln erfc(z) = −z² − ln g(z), g(z) = exp(−z²)/erfc(z) finite for every z ({@link TwoPhaseStefan#g}),
     * and d ln erfc/dz = −2g/√π. ln erfc is concave, so from z0 = √(−ln f), right of the root
     * (g &gt; 1 there), the iterates fall monotonically onto it.
     */
    static double inverseErfc(double fraction) {
        if (fraction >= 1e-3) {
            return Erf.erfcInv(fraction);
        }
        double target = Math.log(fraction);
        double z = Math.sqrt(-target);
        for (int it = 0; it < 100; it++) {
            double g = TwoPhaseStefan.g(z);
            double step = (-z * z - Math.log(g) - target) / (-2 * g / Math.sqrt(Math.PI));
            z -= step;
            if (Math.abs(step) <= 1e-15 * z) {
                break;
            }
        }
        return z;
    }

    /**
     * The depth at which a thin-film (Gaussian) profile has fallen to a fraction of its surface value:
     * x = 2√(Λ·ln(1/f)).
     *
     * @param integratedDiffusivity Λ, m² (&ge; 0)
     * @param fraction f in (0, 1)
     * @return the depth, m
     */
    public static double thinFilmDepth(double integratedDiffusivity, double fraction) {
        Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        Checks.inOpenRange(fraction, 0.0, 1.0, "fraction of the surface value", "");
        return 2 * Math.sqrt(integratedDiffusivity * Math.log(1 / fraction));
    }

    /**
     * The couple sampled on a mesh, x measured from {@code interface}.
     *
     * @param mesh nodes, m
     * @param interfacePosition position of the original interface, m (finite)
     * @param cLeft c far left, mol/m³ (finite)
     * @param cRight c far right, mol/m³ (finite)
     * @param integratedDiffusivity Λ, m² (&ge; 0)
     * @return the profile, c in mol/m³
     */
    public static Profile coupleProfile(Mesh1D mesh, double interfacePosition, double cLeft, double cRight,
            double integratedDiffusivity) {
        java.util.Objects.requireNonNull(mesh, "mesh");
        Checks.finite(interfacePosition, "interface position", "m");
        Checks.finite(cLeft, "left concentration", "mol/m³");
        Checks.finite(cRight, "right concentration", "mol/m³");
        Checks.nonNegative(integratedDiffusivity, "integrated diffusivity ∫D dt", "m²");
        return Profile.sample(mesh, x -> couple(cLeft, cRight, x - interfacePosition, integratedDiffusivity), "c",
                "mol/m³");
    }
}
