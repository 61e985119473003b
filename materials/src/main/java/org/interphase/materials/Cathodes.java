package org.interphase.materials;

import static org.interphase.materials.Property.LATTICE_PARAMETER_C;
import static org.interphase.materials.Property.LI_SITE_DENSITY;
import static org.interphase.materials.Property.RELATIVE_PERMITTIVITY;
import static org.interphase.materials.Property.VOLTAGE_VS_LI;
import static org.interphase.materials.Property.VOLUME_CHANGE;
import static org.interphase.materials.Property.YOUNGS_MODULUS;

import org.interphase.core.Units;

/** Built-in cathode materials. Package-private: use {@link Materials}. */
final class Cathodes {

    private Cathodes() {}

    static final String DE_KLERK_NOTE = "value used in their space-charge model, transcribed from a third-party"
            + " implementation that cites the paper; check against the paper's SI";

    /**
     * LixCoO2 open-circuit potential fit of Ramadass et al. (2004), a ratio of even polynomials in x:
     * U = (−4.656 + 88.669x² − 401.119x⁴ + 342.909x⁶ − 462.471x⁸ + 433.434x¹⁰) /
     * (−1 + 18.933x² − 79.532x⁴ + 37.311x⁶ − 73.083x⁸ + 95.96x¹⁰), V vs Li/Li⁺, x = Li content.
     * The fit has poles just below x = 0.45 and above x = 0.99; on [0.5, 0.99] it falls monotonically
     * from 4.23 V to 3.43 V.
     */
    static double lco(double x) {
        double x2 = x * x;
        double num = -4.656 + x2 * (88.669 + x2 * (-401.119 + x2 * (342.909 + x2 * (-462.471 + x2 * 433.434))));
        double den = -1 + x2 * (18.933 + x2 * (-79.532 + x2 * (37.311 + x2 * (-73.083 + x2 * 95.96))));
        return num / den;
    }

    /**
     * NMC811 (LG M50 cathode) open-circuit potential fit of Chen et al. (2020), V vs Li/Li⁺:
     * U = −0.8090x + 4.4875 − 0.0428·tanh(18.5138(x − 0.5542)) − 17.7326·tanh(15.7890(x − 0.3117))
     * + 17.5842·tanh(15.9308(x − 0.3120)).
     */
    static double nmc811(double x) {
        return -0.8090 * x + 4.4875 - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                - 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
    }

    /**
     * LiFePO4 open-circuit potential of Afshar et al. (2017), V vs Li/Li⁺:
     * U = 3.4077 − 0.020269x + 0.5·exp(−150x) − 0.9·exp(−30(1 − x)); the flat two-phase plateau
     * with steep ends.
     */
    static double lfp(double x) {
        return 3.4077 - 0.020269 * x + 0.5 * Math.exp(-150 * x) - 0.9 * Math.exp(-30 * (1 - x));
    }

    static final Material LICOO2 = Material.builder("LiCoO2").name("lithium cobalt oxide").formula("LiCoO2")
            .aliases("LCO", "lithium cobalt oxide").roles(Role.CATHODE).family(Family.OXIDE)
            .property(RELATIVE_PERMITTIVITY, 12.9, Refs.DE_KLERK_2018, DE_KLERK_NOTE)
            .property(LI_SITE_DENSITY, 24.53e27, Refs.DE_KLERK_2018, "Li concentration; " + DE_KLERK_NOTE)
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(182.5), Refs.CHENG_2017_LCO)
                    .withRange(Units.GPa(174), Units.GPa(191))
                    .withNote("174–191 GPa as recalled in the project's research notes (not checked against the"
                            + " paper); value is the middle of that range"))
            .openCircuitVoltage(OcvCurve.function(Cathodes::lco, 0.5, 0.99, Refs.RAMADASS_2004,
                    "rational fit in x of LixCoO2 (without PyBaMM's 1.13 stoichiometry stretch); valid 0.5 ≤ x ≤ 0.99"))
            .build();

    static final Material NMC111 = Material.builder("NMC111").name("LiNi1/3Mn1/3Co1/3O2")
            .formula("LiNi0.33Mn0.33Co0.33O2").aliases("NCM111", "NMC333", "LiNi1/3Mn1/3Co1/3O2")
            .roles(Role.CATHODE).family(Family.OXIDE)
            .property(VOLUME_CHANGE, -0.012, Refs.KONDRAKOV_2017_JPCC121_3286, "unit-cell volume, charge 3.0 → 4.3 V")
            .build();

    static final Material NMC811 = Material.builder("NMC811").name("LiNi0.8Mn0.1Co0.1O2")
            .formula("LiNi0.8Mn0.1Co0.1O2").aliases("NCM811", "NCM-811").roles(Role.CATHODE).family(Family.OXIDE)
            .property(PropertyValue.of(VOLUME_CHANGE, -0.051, Refs.KONDRAKOV_2017_JPCC121_3286).withRange(-0.070, -0.051)
                    .withNote("unit-cell volume, charge 3.0 → 4.3 V; −7.0 % (101.38 → 94.26 Å³) to high state of"
                            + " charge per Kondrakov et al., J. Phys. Chem. C 121, 24381 (2017)"))
            .property(LATTICE_PARAMETER_C, 14.467e-10, Refs.KONDRAKOV_2017_JPCC121_3286,
                    "discharged state; c falls to 14.030 Å for x(Li) < 0.5")
            .openCircuitVoltage(OcvCurve.function(Cathodes::nmc811, 0.2661, 0.9084, Refs.CHEN_2020,
                    "tanh fit for the LG M50 NMC811 cathode over its cell stoichiometry window 0.2661–0.9084"))
            .build();

    static final Material NCA = Material.builder("NCA").name("LiNi0.8Co0.15Al0.05O2").formula("LiNi0.8Co0.15Al0.05O2")
            .aliases("LiNiCoAlO2").roles(Role.CATHODE).family(Family.OXIDE).build();

    static final Material LNMO = Material.builder("LNMO").name("high-voltage spinel LiMn1.5Ni0.5O4")
            .formula("LiMn1.5Ni0.5O4").aliases("LMNO", "LiNi0.5Mn1.5O4").roles(Role.CATHODE).family(Family.OXIDE)
            .build();

    static final Material LIFEPO4 = Material.builder("LiFePO4").name("lithium iron phosphate").formula("LiFePO4")
            .aliases("LFP").roles(Role.CATHODE).family(Family.PHOSPHATE)
            .openCircuitVoltage(OcvCurve.function(Cathodes::lfp, 0.0, 1.0, Refs.AFSHAR_2017,
                    "analytic OCP, x = Li content of LixFePO4 (used by PyBaMM's Prada2013 set)"))
            .build();

    static final Material LI_AL_CO_O = Material.builder("Li-Al-Co-O").name("Al-substituted LiCoO2")
            .formula("LiAlyCo1-yO2").aliases("LiAl_yCo_(1-y)O2", "Al-LCO", "Al-substituted LCO")
            .roles(Role.CATHODE).family(Family.OXIDE)
            .note("forms a self-organized Al-rich surface shell on annealing that lowers the surface electronic"
                    + " conductivity and suppresses the space-charge layer against sulfides (Xu et al., Chem. Mater. 23,"
                    + " 3798 (2011))")
            .build();
}
