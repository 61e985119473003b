package org.interphase.core;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A Vogel–Tammann–Fulcher (VTF) law q(T) = A·T^(−½)·exp(−B/(T − T0)), a {@link TemperatureLaw}
 * valid for T &gt; T0.
 *
 * <p>The empirical VTF form (H. Vogel, Phys. Z. 22, 645 (1921); G. S. Fulcher, J. Am. Ceram. Soc.
 * 8, 339 (1925); G. Tammann, W. Hesse, Z. Anorg. Allg. Chem. 156, 245 (1926)) describes transport
 * coupled to the segmental motion of an amorphous polymer above its glass transition. The
 * T^(−½) prefactor is the form used for the ionic conductivity of polymer electrolytes
 * (M. A. Ratner, D. F. Shriver, Chem. Rev. 88, 109 (1988)), and the form of the catalog's
 * {@code VTF_PREFACTOR}, {@code VTF_PSEUDO_ACTIVATION} and {@code VTF_REFERENCE_TEMPERATURE}: A, B
 * and T0 here mean exactly what they mean there.
 *
 * <ul>
 *   <li>B is a temperature, K; k_B·B is the pseudo-activation energy ({@link #pseudoActivationEnergy()}).</li>
 *   <li>T0 is the ideal glass (Vogel) temperature, typically 30–50 K below the calorimetric glass
 *       transition; q → 0 as T → T0⁺, and the law is undefined below it.</li>
 *   <li>The apparent (Arrhenius) activation energy, E_app = −k_B·d ln q/d(1/T)
 *       = k_B·(B·T²/(T − T0)² − T/2), falls as T rises: an Arrhenius law through two points of a
 *       VTF curve is therefore wrong away from those points, which is why no model here replaces
 *       one by the other.</li>
 * </ul>
 *
 * @param prefactor A, in the unit of q times K^½ (S·K^½/m for a conductivity) (&gt; 0)
 * @param pseudoActivation B, K (&gt; 0)
 * @param idealGlassTemperature T0, K (&gt; 0)
 */
public record VogelTammannFulcher(double prefactor, double pseudoActivation, double idealGlassTemperature)
        implements TemperatureLaw {

    /**
     * Validates the components.
     *
     * @param prefactor A, in the unit of q times K^½ (&gt; 0)
     * @param pseudoActivation B, K (&gt; 0)
     * @param idealGlassTemperature T0, K (&gt; 0)
     */
    public VogelTammannFulcher {
        Checks.positive(prefactor, "VTF prefactor A", "(unit of q)·K^½");
        Checks.positive(pseudoActivation, "VTF pseudo-activation B", "K");
        Checks.positive(idealGlassTemperature, "VTF ideal glass temperature T0", "K");
    }

    /**
     * A VTF law from its three parameters.
     *
     * @param prefactor A, in the unit of q times K^½ (&gt; 0)
     * @param pseudoActivation B, K (&gt; 0)
     * @param idealGlassTemperature T0, K (&gt; 0)
     * @return the law
     */
    public static VogelTammannFulcher of(double prefactor, double pseudoActivation, double idealGlassTemperature) {
        return new VogelTammannFulcher(prefactor, pseudoActivation, idealGlassTemperature);
    }

    /**
     * The value of the law.
     *
     * @param temperature T, K (&gt; T0)
     * @return q(T) = A·T^(−½)·exp(−B/(T − T0)) (0 where it underflows)
     * @throws IllegalArgumentException if T is not finite or not above T0, or q(T) overflows the
     *     double range (only for a prefactor near {@link Double#MAX_VALUE} at a tiny T)
     */
    @Override
    public double valueAt(double temperature) {
        TemperatureLaw.requireCovered(this, temperature);
        double a = prefactor / Math.sqrt(temperature);
        double y = pseudoActivation / (temperature - idealGlassTemperature);
        double e = Math.exp(-y);
        // A/√T may overflow (tiny T) while exp(−y) underflows (T just above T0): ∞·0 is NaN. In logarithms
        double q = Double.isFinite(a) && e >= Double.MIN_NORMAL ? a * e
                : Math.exp(Math.log(prefactor) - 0.5 * Math.log(temperature) - y);
        return Checks.finiteResult(q, "VTF value q(T)", "temperature = " + temperature + " K, " + this,
                "the law overflows the double range at this temperature");
    }

    /**
     * The apparent activation energy, the slope of an Arrhenius plot at T.
     *
     * @param temperature T, K (&gt; T0)
     * @return E_app = −k_B·d ln q/d(1/T) = k_B·(B·T²/(T − T0)² − T/2), J
     * @throws IllegalArgumentException if T is not finite or not above T0, or E_app overflows the
     *     double range (T so close to T0 that T/(T − T0) exceeds about 1e150)
     */
    public double apparentActivationEnergy(double temperature) {
        TemperatureLaw.requireCovered(this, temperature);
        double x = temperature / (temperature - idealGlassTemperature);
        return Checks.finiteResult(Constants.BOLTZMANN * (pseudoActivation * x * x - 0.5 * temperature),
                "VTF apparent activation energy (J)", "temperature = " + temperature + " K, " + this,
                "take a temperature further above T0");
    }

    /** @return the pseudo-activation energy k_B·B, J */
    public double pseudoActivationEnergy() {
        return Constants.BOLTZMANN * pseudoActivation;
    }

    /** @return T0, K (excluded: the law holds for T &gt; T0) */
    @Override
    public double lowestTemperature() {
        return idealGlassTemperature;
    }

    /** @return empty: the law has no upper bound */
    @Override
    public OptionalDouble highestTemperature() {
        return OptionalDouble.empty();
    }

    /**
     * @param temperature T, K (any value; NaN and infinities are never covered)
     * @return true for every finite T &gt; T0
     */
    @Override
    public boolean covers(double temperature) {
        return temperature > idealGlassTemperature && Double.isFinite(temperature);
    }

    /** @return e.g. {@code "> T0 = 200.0 K"} */
    @Override
    public String validity() {
        return "> T0 = " + idealGlassTemperature + " K";
    }

    /** @return e.g. {@code "VTF[A = 300.0, B = 1200 K, T0 = 200.0 K]"}, locale-independent */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "VTF[A = %.4g, B = %.4g K, T0 = %.4g K]", prefactor, pseudoActivation,
                idealGlassTemperature);
    }
}
