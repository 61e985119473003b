package org.interphase.materials;

import static org.interphase.materials.Property.RELATIVE_PERMITTIVITY;

/** Built-in interphases: reaction and air-exposure products. Package-private: use {@link Materials}. */
final class Interphases {

    private Interphases() {}

    private static final String SWIFT_NOTE = "input of their Poisson–Fermi–Dirac model (repository input file)";

    static final Material LA2COO4 = Material.builder("La2CoO4").name("lanthanum cobaltate").formula("La2CoO4")
            .roles(Role.INTERPHASE).family(Family.OXIDE)
            .note("~50 nm layer formed at LiCoO2 | LLZO during cathode deposition; reported to have no Li⁺"
                    + " conductivity (Kim et al., J. Power Sources 196, 764 (2011))")
            .build();

    static final Material LI2CO3 = Material.builder("Li2CO3").name("lithium carbonate").formula("Li2CO3")
            .roles(Role.INTERPHASE).family(Family.CARBONATE)
            .note("grows on LLZO in air (H2O, CO2); poor Li⁺ conductor")
            .property(RELATIVE_PERMITTIVITY, 5.64, Refs.SWIFT_2021, SWIFT_NOTE)
            .build();

    static final Material LIMNPO4 = Material.builder("LiMnPO4").name("olivine lithium manganese phosphate")
            .formula("LiMnPO4").aliases("LMP").roles(Role.INTERPHASE, Role.CATHODE).family(Family.PHOSPHATE)
            .note("forms from LiMn1.5Ni0.5O4 + LAGP above ~600 °C (Robinson et al. 2018)")
            .build();

    static final Material LI_NB_O = Material.builder("Li-Nb-O").name("amorphous Li–Nb–O")
            .aliases("Li–Nb–O", "LiNbOx").roles(Role.INTERPHASE).family(Family.OXIDE)
            .note("forms from a Nb buffer on LLZO during annealing; an ionic conductor (Kato et al. 2014)")
            .build();

    static final Material LI2S = Material.builder("Li2S").name("lithium sulfide").formula("Li2S")
            .roles(Role.INTERPHASE).family(Family.SULFIDE).build();

    static final Material LIF = Material.builder("LiF").name("lithium fluoride").formula("LiF")
            .roles(Role.INTERPHASE).family(Family.HALIDE)
            .property(RELATIVE_PERMITTIVITY, 9.0, Refs.SWIFT_2021, SWIFT_NOTE)
            .build();

    static final Material LI2O = Material.builder("Li2O").name("lithium oxide").formula("Li2O")
            .roles(Role.INTERPHASE).family(Family.OXIDE)
            .property(RELATIVE_PERMITTIVITY, 7.27, Refs.SWIFT_2021, SWIFT_NOTE)
            .build();
}
