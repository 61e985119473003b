package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * The values the lithium-metal anode models take from the catalog (issue 16), each against the source it was
 * read in during session 5; a value that is a proxy or a transcription says so in its note.
 */
class AnodeLiteratureValuesTest {

    @Test
    void fractureToughnessesOfTheCrackCriterion() {
        // Hu, Xu, de Vasconcelos, Stanciu, Ni, Zhao, Chin. Phys. Lett. (2022), abstract: LLZTO 0.44–1.51 MPa·m^½
        PropertyValue llzto = Materials.LLZTO.property(Property.FRACTURE_TOUGHNESS).orElseThrow();
        assertThat(llzto.value()).isCloseTo(Units.MPa(1.51), withinPercentage(1e-9));
        assertThat(llzto.range()).isPresent();
        assertThat(llzto.note()).contains("checked");
        // Jackman & Cutler, J. Power Sources 218, 65 (2012), highlights: LATP 1.1 MPa·m^½
        assertThat(Materials.LATP.require(Property.FRACTURE_TOUGHNESS)).isCloseTo(Units.MPa(1.1), withinPercentage(1e-9));
        // McGrogan et al., Adv. Energy Mater. 7, 1602011 (2017), as quoted by Duan et al., Mater. Today (2023) and
        // Singh et al., Cell Rep. Phys. Sci. 3, 101043 (2022): glassy Li2S–P2S5, 0.23 ± 0.04 MPa·m^½
        PropertyValue lps = Materials.LPS70.property(Property.FRACTURE_TOUGHNESS).orElseThrow();
        assertThat(lps.value()).isCloseTo(Units.MPa(0.23), withinPercentage(1e-9));
        assertThat(lps.uncertainty()).isPresent();
        assertThat(lps.uncertainty().getAsDouble()).isCloseTo(Units.MPa(0.04), withinPercentage(1e-9));
        // Li6PS5Cl: the same glass value, the proxy Singh et al. 2022 use; the note must say it is not measured on it
        PropertyValue lpscl = Materials.LI6PS5CL.property(Property.FRACTURE_TOUGHNESS).orElseThrow();
        assertThat(lpscl.value()).isEqualTo(lps.value());
        assertThat(lpscl.note()).contains("proxy").contains("not a measurement on Li6PS5Cl");
        // LLZO (Wolfenstine et al. 2013) is still unchecked, and says so
        assertThat(Materials.LLZO.property(Property.FRACTURE_TOUGHNESS).orElseThrow().note()).contains("as recalled");
    }

    @Test
    void liMgAlloyOfKrauskopf2019() {
        // Krauskopf, Mogwitz, Rosenbach, Zeier, Janek, Adv. Energy Mater. 9, 1902568 (2019), as transcribed in the
        // repository assb-lab/li-mg-diffusion-simulator: D̃ = 3.0e-11 cm²/s in Li0.9Mg0.1 at room temperature
        PropertyValue d = Materials.LI_MG.property(Property.LI_DIFFUSIVITY).orElseThrow();
        assertThat(d.value()).isCloseTo(Units.cm2PerS(3.0e-11), withinPercentage(1e-9));
        assertThat(d.note()).contains("Transcribed").contains("not read in the paper");
        assertThat(Materials.get("Li0.9Mg0.1")).isSameAs(Materials.LI_MG);
        assertThat(Materials.LI_MG.roles()).contains(Role.ANODE);
        assertThat(InterfacePairs.get(Materials.LI_MG, Materials.LLZO).sources()).extracting(Source::year)
                .containsOnly(2019);
    }

    @Test
    void lithiumAgainstTheSulfides() {
        // Aktekin et al., Nat. Commun. (2023): the SEI on Li6PS5Cl grows as √t, 60 µAh/cm² in 400 h at 25 °C
        InterfacePair lpscl = InterfacePairs.get(Materials.LI_METAL, Materials.LI6PS5CL);
        assertThat(lpscl.observations()).anyMatch(o -> o.text().contains("square root of time")
                && o.text().contains("400 h at 25 °C") && o.source().doi().orElse("").equals("10.1038/s41467-023-42512-y"));
        assertThat(lpscl.reactionProducts()).extracting(ReactionProduct::phase).contains("Li2S");
        // Wenzel et al., Chem. Mater. (2016): Li3P, Li2S and a Li–Ge alloy on LGPS, √t
        InterfacePair lgps = InterfacePairs.get(Materials.LI_METAL, Materials.LGPS);
        assertThat(lgps.reactionProducts().get(0).phase()).contains("Li3P").contains("Li–Ge");
    }

    @Test
    void lithiumAgainstLlzoAsEckhardtReanalyseKrauskopf() {
        // Eckhardt, Fuchs, Burkhardt, Klar, Janek, Heiliger, Adv. Mater. Interfaces 10, 2202354 (2023), full text:
        // LLZO σ_bulk = 0.46 mS/cm (0.34 eV), σ_GB = 5.97 µS/cm (0.43 eV), ε = 150; the Li | LLZO interface of
        // Krauskopf et al. 2019: ≈ 300 Ω·cm² at 10 MPa, 50 Ω·cm² at 41 MPa, < 0.1 Ω·cm² after 400 MPa isostatic
        assertThat(Materials.LLZO.require(Property.IONIC_CONDUCTIVITY)).isCloseTo(Units.mScm(0.46), withinPercentage(1e-9));
        assertThat(Materials.LLZO.require(Property.IONIC_ACTIVATION_ENERGY)).isCloseTo(Units.eV(0.34), withinPercentage(1e-9));
        assertThat(Materials.LLZO.property(Property.RELATIVE_PERMITTIVITY).orElseThrow().range().orElseThrow().high())
                .isEqualTo(150.0);
        InterfacePair li = InterfacePairs.get(Materials.LI_METAL, Materials.LLZO);
        for (double ohmCm2 : new double[] {300, 50, 0.1}) {
            assertThat(li.resistances()).as("%s Ω·cm²", ohmCm2)
                    .anyMatch(r -> Math.abs(Units.toOhmCm2(r.value()) / ohmCm2 - 1) < 1e-9);
        }
        assertThat(li.observations()).anyMatch(o -> o.source().equals(Refs.ECKHARDT_2023) && o.text().contains("400 MPa"));
    }
}
