package org.interphase.contact;

import org.interphase.core.Checks;

/**
 * The Monroe–Newman criterion: an elastic solid electrolyte suppresses the roughening of a lithium
 * interface during deposition when its shear modulus is at least about twice that of lithium
 * (Monroe &amp; Newman, J. Electrochem. Soc. 152, A396 (2005); the factor is ≈1.8 for the Poisson
 * ratios of PEO, 2 is used here). It is necessary, not sufficient: lithium still penetrates stiff
 * electrolytes through pores, cracks and grain boundaries (Porz et al., Adv. Energy Mater. 7,
 * 1701003 (2017)).
 */
public final class MonroeNewman {

    /** Required ratio G_electrolyte/G_Li (Monroe &amp; Newman 2005). */
    public static final double REQUIRED_RATIO = 2.0;

    /** Shear modulus of lithium, 2.83 GPa (Masias et al., J. Mater. Sci. 54, 2585 (2019)). */
    public static final double LITHIUM_SHEAR_MODULUS = 2.83e9;

    private MonroeNewman() {}

    /**
     * The verdict and the numbers behind it.
     *
     * @param electrolyteShearModulus G of the electrolyte, Pa
     * @param lithiumShearModulus G of lithium, Pa
     * @param ratio G_electrolyte/G_Li
     * @param required the required ratio
     * @param suppresses true if ratio ≥ required
     */
    public record Verdict(double electrolyteShearModulus, double lithiumShearModulus, double ratio, double required,
            boolean suppresses) {

        /**
         * Validates the components.
         *
         * @param electrolyteShearModulus G of the electrolyte, Pa (&gt; 0)
         * @param lithiumShearModulus G of lithium, Pa (&gt; 0)
         * @param ratio G_electrolyte/G_Li (&gt; 0)
         * @param required the required ratio (&gt; 0)
         * @param suppresses true if ratio ≥ required
         * @throws IllegalArgumentException if a number is not positive and finite
         */
        public Verdict {
            Checks.positive(electrolyteShearModulus, "electrolyte shear modulus", "Pa");
            Checks.positive(lithiumShearModulus, "lithium shear modulus", "Pa");
            Checks.positive(ratio, "shear modulus ratio", "");
            Checks.positive(required, "required ratio", "");
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "G_SE = %.3g GPa vs %.3g × G_Li = %.3g GPa (ratio %.3g): %s", electrolyteShearModulus / 1e9,
                    required, required * lithiumShearModulus / 1e9, ratio,
                    suppresses ? "stiff enough to suppress roughening (necessary, not sufficient: Li still "
                            + "penetrates through cracks, pores and grain boundaries)"
                            : "too soft: the Li interface roughens under deposition");
        }
    }

    /**
     * @param electrolyteShearModulus G of the electrolyte, Pa (&gt; 0)
     * @return the verdict against lithium's 2.83 GPa
     */
    public static Verdict assess(double electrolyteShearModulus) {
        return assess(electrolyteShearModulus, LITHIUM_SHEAR_MODULUS);
    }

    /**
     * @param electrolyteShearModulus G of the electrolyte, Pa (&gt; 0)
     * @param lithiumShearModulus G of lithium, Pa (&gt; 0)
     * @return the verdict
     * @throws IllegalArgumentException if a modulus is not positive and finite, or their ratio is outside the
     *     double range
     */
    public static Verdict assess(double electrolyteShearModulus, double lithiumShearModulus) {
        Checks.positive(electrolyteShearModulus, "electrolyte shear modulus", "Pa");
        Checks.positive(lithiumShearModulus, "lithium shear modulus", "Pa");
        double ratio = electrolyteShearModulus / lithiumShearModulus;
        if (!(ratio > 0) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("shear modulus ratio G_SE/G_Li = " + ratio + " is outside the double range"
                    + " for " + Format.arg("electrolyteShearModulus", electrolyteShearModulus, "Pa") + ", "
                    + Format.arg("lithiumShearModulus", lithiumShearModulus, "Pa"));
        }
        return new Verdict(electrolyteShearModulus, lithiumShearModulus, ratio, REQUIRED_RATIO, ratio >= REQUIRED_RATIO);
    }
}
