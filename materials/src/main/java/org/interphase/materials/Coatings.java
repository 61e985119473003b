package org.interphase.materials;

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
            .property(PropertyValue.of(Property.RELATIVE_PERMITTIVITY, 66, Refs.WEIS_1985).withRange(29, 85)
                    .withNote("single crystal: ε11 ≈ 85, ε33 ≈ 29 (unclamped); value is the orientation average"
                            + " (2ε11 + ε33)/3; amorphous coatings are not characterized and may be lower"))
            .property(Property.LI_SITE_DENSITY, 18.9e27, Refs.WEIS_1985, Electrolytes.LATTICE + "6 Li per hexagonal"
                    + " R3c cell, a = 5.148 Å, c = 13.863 Å (crystal; an amorphous coating is less dense)")
            .build();

    static final Material LITAO3 = Material.builder("LiTaO3").name("lithium tantalate (amorphous coating)")
            .formula("LiTaO3").aliases("LTaO").roles(Role.COATING).family(Family.OXIDE)
            .property(PropertyValue.of(IONIC_CONDUCTIVITY, Units.sPerCm(3.2e-6), Refs.GLASS_1978)
                    .withRange(Units.sPerCm(1e-6), Units.sPerCm(1e-5))
                    .withNote("amorphous (quenched glass) LiTaO3, ~1e-6–1e-5 S/cm as recalled in the project's research"
                            + " notes (not checked against the paper); value is the geometric middle of that range"))
            .build();

    static final Material LI4TI5O12 = Material.builder("Li4Ti5O12").name("lithium titanate spinel").formula("Li4Ti5O12")
            .aliases("LTO").roles(Role.COATING, Role.ANODE).family(Family.OXIDE)
            .note("electronically insulating in the LiCoO2 voltage range (Li4Ti5O12), conducting once lithiated (Li7Ti5O12)")
            .property(Property.VOLTAGE_VS_LI, 1.55, Refs.OHZUKU_1995, "two-phase plateau Li4Ti5O12/Li7Ti5O12;"
                    + " \"zero-strain\" insertion")
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(3e-8), Refs.WOLFENSTINE_2008_LTO, "approximate: the report gives"
                    + " ~3e-8 S/cm for Ta-doped Li4Ti5O12 annealed in an oxidizing atmosphere and says undoped Li4Ti5O12"
                    + " treated the same way is similar")
            .property(Property.ELECTRONIC_CONDUCTIVITY, Units.sPerCm(1e-9), Refs.WOLFENSTINE_2008_LTO, "approximate,"
                    + " DC, white (fully oxidized) Li4Ti5O12, as for the ionic value; ~3e-5 S/cm after a reducing anneal"
                    + " (Ti³⁺); 1e-13 S/cm is also often quoted (research notes, no primary source found); lithiated"
                    + " Li7Ti5O12 is a conductor, 2.46 S/cm at 300 K (Adv. Energy Mater. 2013,"
                    + " doi:10.1002/aenm.201300134)")
            .property(Property.LI_SITE_DENSITY, 18.3e27, Refs.OHZUKU_1995, "Li per volume (all Li), computed here:"
                    + " 32/3 Li per cubic spinel cell (8 Li[Li1/3Ti5/3]O4 units), a = 8.36 Å (lattice parameter as"
                    + " recalled, not checked against the paper); 13.7 /nm³ on the tetrahedral 8a sites alone; the"
                    + " research notes' 54.8 /nm³ counts 32 Li per cell and is 3× too high")
            .build();

    static final Material LI3BO3 = Material.builder("Li3BO3").name("lithium borate").formula("Li3BO3")
            .aliases("LBO").roles(Role.COATING).family(Family.OXIDE).build();

    static final Material LI2ZRO3 = Material.builder("Li2ZrO3").name("lithium zirconate").formula("Li2ZrO3")
            .aliases("LZO").roles(Role.COATING).family(Family.OXIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(6.1e-10), Refs.SSI_1981_LI2ZRO3, "crystalline (bulk ceramic)"
                    + " Li2ZrO3, room temperature, as compiled in OBELiX for this DOI; amorphous Li2O–ZrO2 coatings are reported"
                    + " to conduct better (research notes, no checked value)")
            .build();

    static final Material LI3PO4 = Material.builder("Li3PO4").name("lithium phosphate").formula("Li3PO4")
            .aliases("LPO").roles(Role.COATING, Role.SOLID_ELECTROLYTE).family(Family.PHOSPHATE)
            .note("the amorphous (sputtered or ALD) film used as a coating; crystalline γ-Li3PO4 is the separate entry"
                    + " gamma-Li3PO4, and the two differ by about ten orders of magnitude in σ: always state the phase."
                    + " The film's σ is absent: the research notes recall ~1e-8–1e-7 S/cm with no checked source")
            .build();

    static final Material LI3PO4_CRYSTALLINE = Material.builder("gamma-Li3PO4").name("crystalline γ-Li3PO4")
            .formula("γ-Li3PO4").aliases("γ-Li3PO4 (crystalline)", "c-Li3PO4", "crystalline Li3PO4")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.PHOSPHATE)
            .note("bulk crystalline phase; not what a sputtered Li3PO4 coating is (see Li3PO4)")
            .property(PropertyValue.of(IONIC_CONDUCTIVITY, Units.sPerCm(4.2e-18), Refs.JSSC_1995_LI3PO4)
                    .withRange(Units.sPerCm(4.2e-18), Units.sPerCm(1.75e-13))
                    .withNote("25 °C (an extrapolated value), as compiled in OBELiX for this DOI; the"
                            + " Liverpool LiIonDatabase lists 1.75e-13 S/cm at 30 °C for γ-Li3PO4 (DOI"
                            + " 10.1021/acs.chemmater.8b01504): the compilations disagree by five orders of magnitude"))
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

    static final Material NB = Handbook.density(Material.builder("Nb").name("niobium").formula("Nb").aliases("niobium")
            .roles(Role.COATING).family(Family.METAL)
            .note("sputtered ~10 nm buffer between LLZO and LiCoO2; dissolves into LLZO on annealing and forms"
                    + " amorphous Li–Nb–O (Kato et al. 2014)"), 8.57, 92.906, "at 20 °C")
            .build();

    static final Material TA = Handbook.density(Material.builder("Ta").name("tantalum").formula("Ta").aliases("tantalum")
            .roles(Role.COATING).family(Family.METAL)
            .note("behaves like Nb as a LLZO | LiCoO2 buffer (Kato et al. 2014)"), 16.4, 180.948, "at 20 °C")
            .build();

    static final Material GE = Handbook.density(Material.builder("Ge").name("germanium").formula("Ge")
            .aliases("germanium").roles(Role.COATING).family(Family.SEMICONDUCTOR)
            .note("alloying interlayer between Li and garnet (Luo et al., Adv. Mater. 29, 1606042 (2017))"), 5.323, 72.630,
            "room temperature")
            // ---- anode-a16 (begin): Li transport in a lithiated Ge interlayer
            .property(PropertyValue.of(Property.LI_DIFFUSIVITY, Units.cm2PerS(1.2e-11), Refs.GAVRILIN_2018_GE)
                    .withNote("effective diffusion coefficient of Li in nanostructured Ge electrodeposited on Ti, cycled"
                            + " reversibly to Li3.05Ge (~1180 mAh/g), room temperature, from electrochemical measurements"))
            // ---- anode-a16 (end)
            .build();

    static final Material AU = Handbook.density(Material.builder("Au").name("gold").formula("Au").aliases("gold")
            .roles(Role.COATING, Role.CURRENT_COLLECTOR).family(Family.METAL)
            .note("alloying interlayer between Li and LLZO (Tsai et al., ACS Appl. Mater. Interfaces 8, 10617 (2016))"),
            19.3, 196.967, "at 20 °C").build();

    static final Material LCBO = Material.builder("LCBO").name("Li2.3C0.7B0.3O3 welding agent").formula("Li2.3C0.7B0.3O3")
            .aliases("Li-C-B-O").roles(Role.COATING).family(Family.OXIDE)
            .note("reacts with Li2CO3 on LLZO at 700 °C to Li2.3−xC0.7+xB0.3−xO3, welding LLZO and LiCoO2"
                    + " (Han et al., Joule 2, 497 (2018))")
            .build();
}
