package org.interphase.materials;

import static org.interphase.materials.Property.DENSITY;
import static org.interphase.materials.Property.IONIC_CONDUCTIVITY;

import org.interphase.core.Units;

/** Built-in coatings, buffer layers and alloy interlayers. Package-private: use {@link Materials}. */
final class Coatings {

    private Coatings() {}

    static final Material LINBO3 = Material.builder("LiNbO3").name("lithium niobate (amorphous coating)")
            .formula("LiNbO3").aliases("LNO", "a-LiNbO3").roles(Role.COATING).family(Family.OXIDE)
            .property(PropertyValue.of(IONIC_CONDUCTIVITY, Units.sPerCm(3.2e-6), Refs.GLASS_1978)
                    .withRange(Units.sPerCm(1e-6), Units.sPerCm(1e-5))
                    .withNote("amorphous (quenched glass, sol-gel or sputtered) LiNbO3 spans 1e-6–1e-5 S/cm;"
                            + " value is the geometric middle of that range"))
            .build();

    static final Material LITAO3 = Material.builder("LiTaO3").name("lithium tantalate (amorphous coating)")
            .formula("LiTaO3").aliases("LTaO").roles(Role.COATING).family(Family.OXIDE).build();

    static final Material LI4TI5O12 = Material.builder("Li4Ti5O12").name("lithium titanate spinel").formula("Li4Ti5O12")
            .aliases("LTO").roles(Role.COATING, Role.ANODE).family(Family.OXIDE)
            .note("electronically insulating in the LiCoO2 voltage range (Li4Ti5O12), conducting once lithiated (Li7Ti5O12)")
            .property(Property.VOLTAGE_VS_LI, 1.55, Refs.OHZUKU_1995, "two-phase plateau Li4Ti5O12/Li7Ti5O12;"
                    + " \"zero-strain\" insertion")
            .build();

    static final Material LI3BO3 = Material.builder("Li3BO3").name("lithium borate").formula("Li3BO3")
            .aliases("LBO").roles(Role.COATING).family(Family.OXIDE).build();

    static final Material LI2ZRO3 = Material.builder("Li2ZrO3").name("lithium zirconate").formula("Li2ZrO3")
            .aliases("LZO").roles(Role.COATING).family(Family.OXIDE).build();

    static final Material LI3PO4 = Material.builder("Li3PO4").name("lithium phosphate").formula("Li3PO4")
            .aliases("LPO").roles(Role.COATING, Role.SOLID_ELECTROLYTE).family(Family.PHOSPHATE)
            .note("crystalline γ-Li3PO4 and amorphous sputtered films differ by many orders of magnitude in σ:"
                    + " always state the phase")
            .build();

    static final Material AL2O3 = Material.builder("Al2O3").name("alumina (ALD)").formula("Al2O3")
            .aliases("alumina", "ALD-Al2O3").roles(Role.COATING).family(Family.OXIDE).build();

    static final Material LI_AL_O = Material.builder("Li-Al-O").name("lithiated alumina").formula("LixAlyOz")
            .aliases("LixAlyOz", "lithiated Al2O3").roles(Role.COATING, Role.INTERPHASE).family(Family.OXIDE)
            .note("forms when ALD Al2O3 on garnet contacts Li; conducts Li⁺ (Han et al., Nat. Mater. 16, 572 (2017))")
            .build();

    static final Material ZRO2 = Material.builder("ZrO2").name("zirconia").formula("ZrO2").aliases("zirconia")
            .roles(Role.COATING).family(Family.OXIDE).build();

    static final Material LI2SIO3 = Material.builder("Li2SiO3").name("lithium metasilicate").formula("Li2SiO3")
            .roles(Role.COATING).family(Family.OXIDE).build();

    static final Material NB = Material.builder("Nb").name("niobium").formula("Nb").aliases("niobium")
            .roles(Role.COATING).family(Family.METAL)
            .note("sputtered ~10 nm buffer between LLZO and LiCoO2; dissolves into LLZO on annealing and forms"
                    + " amorphous Li–Nb–O (Kato et al. 2014)")
            .property(DENSITY, Units.gPerCm3(8.57), Refs.CRC_2016, "at 20 °C")
            .build();

    static final Material TA = Material.builder("Ta").name("tantalum").formula("Ta").aliases("tantalum")
            .roles(Role.COATING).family(Family.METAL)
            .note("behaves like Nb as a LLZO | LiCoO2 buffer (Kato et al. 2014)")
            .build();

    static final Material GE = Material.builder("Ge").name("germanium").formula("Ge").aliases("germanium")
            .roles(Role.COATING).family(Family.SEMICONDUCTOR)
            .note("alloying interlayer between Li and garnet (Luo et al., Adv. Mater. 29, 1606042 (2017))")
            .build();

    static final Material AU = Material.builder("Au").name("gold").formula("Au").aliases("gold")
            .roles(Role.COATING, Role.CURRENT_COLLECTOR).family(Family.METAL)
            .note("alloying interlayer between Li and LLZO (Tsai et al., ACS Appl. Mater. Interfaces 8, 10617 (2016))")
            .build();

    static final Material LCBO = Material.builder("LCBO").name("Li2.3C0.7B0.3O3 welding agent").formula("Li2.3C0.7B0.3O3")
            .aliases("Li-C-B-O").roles(Role.COATING).family(Family.OXIDE)
            .note("reacts with Li2CO3 on LLZO at 700 °C to Li2.3−xC0.7+xB0.3−xO3, welding LLZO and LiCoO2"
                    + " (Han et al., Joule 2, 497 (2018))")
            .build();
}
