package org.interphase.materials;

import static org.interphase.materials.Property.LATTICE_PARAMETER_C;
import static org.interphase.materials.Property.LI_SITE_DENSITY;
import static org.interphase.materials.Property.RELATIVE_PERMITTIVITY;
import static org.interphase.materials.Property.VOLUME_CHANGE;

/** Built-in cathode materials. Package-private: use {@link Materials}. */
final class Cathodes {

    private Cathodes() {}

    static final String DE_KLERK_NOTE = "value used in their space-charge model, transcribed from a third-party"
            + " implementation that cites the paper; check against the paper's SI";

    static final Material LICOO2 = Material.builder("LiCoO2").name("lithium cobalt oxide").formula("LiCoO2")
            .aliases("LCO", "lithium cobalt oxide").roles(Role.CATHODE).family(Family.OXIDE)
            .property(RELATIVE_PERMITTIVITY, 12.9, Refs.DE_KLERK_2018, DE_KLERK_NOTE)
            .property(LI_SITE_DENSITY, 24.53e27, Refs.DE_KLERK_2018, "Li concentration; " + DE_KLERK_NOTE)
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
            .build();

    static final Material NCA = Material.builder("NCA").name("LiNi0.8Co0.15Al0.05O2").formula("LiNi0.8Co0.15Al0.05O2")
            .aliases("LiNiCoAlO2").roles(Role.CATHODE).family(Family.OXIDE).build();

    static final Material LNMO = Material.builder("LNMO").name("high-voltage spinel LiMn1.5Ni0.5O4")
            .formula("LiMn1.5Ni0.5O4").aliases("LMNO", "LiNi0.5Mn1.5O4").roles(Role.CATHODE).family(Family.OXIDE)
            .build();

    static final Material LIFEPO4 = Material.builder("LiFePO4").name("lithium iron phosphate").formula("LiFePO4")
            .aliases("LFP").roles(Role.CATHODE).family(Family.PHOSPHATE).build();

    static final Material LI_AL_CO_O = Material.builder("Li-Al-Co-O").name("Al-substituted LiCoO2")
            .formula("LiAlyCo1-yO2").aliases("LiAl_yCo_(1-y)O2", "Al-LCO", "Al-substituted LCO")
            .roles(Role.CATHODE).family(Family.OXIDE)
            .note("forms a self-organized Al-rich surface shell on annealing that lowers the surface electronic"
                    + " conductivity and suppresses the space-charge layer against sulfides (Xu et al., Chem. Mater. 23,"
                    + " 3798 (2011))")
            .build();
}
