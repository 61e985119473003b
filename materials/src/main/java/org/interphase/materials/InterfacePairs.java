package org.interphase.materials;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Units;

/**
 * Built-in data of interface pairs: what the review (Wang et al., Trans. Nanjing Univ. Aero. Astro.
 * 35, 578 (2018)) and the papers it cites report for two materials in contact.
 *
 * <pre>{@code
 * InterfacePair p = InterfacePairs.get(Materials.LICOO2, Materials.LLZO);
 * p.resistances();        // 2600 Ω·cm² bare, 150 Ω·cm² with a 10 nm Nb interlayer (Kato et al. 2014)
 * p.reactionProducts();   // La2CoO4 (Kim et al. 2011)
 * }</pre>
 * Pairs are unordered. Interdiffusion parameters (D0, Ea) are known for Co into LLZO only; for the other
 * species the sources report which elements cross, not how fast: pass D explicitly to the diffusion models.
 */
public final class InterfacePairs {

    private InterfacePairs() {}

    private static final String REVIEW = "value as quoted by the review (Wang et al. 2018)";

    /** Co in LLZO: D(700 °C) = 9.46e-14 cm²/s and Ea = 1.65 eV as reported; D0 follows. */
    private static final double CO_IN_LLZO_D700 = Units.cm2PerS(9.46e-14);
    private static final double CO_IN_LLZO_EA = Units.eV(1.65);

    private static final List<InterfacePair> PAIRS = List.of(
            InterfacePair.builder(Materials.LICOO2, Materials.LLZO)
                    .interdiffusion(new Interdiffusion("Co", Materials.LLZO.id(),
                            CO_IN_LLZO_D700 * Math.exp(CO_IN_LLZO_EA / (Constants.BOLTZMANN * Units.celsius(700))),
                            CO_IN_LLZO_EA, Refs.CHEMRXIV_2023_CO_LLZO, "D0 computed from the reported D(700 °C) ="
                            + " 9.46e-14 cm²/s and Ea = 1.65 eV; Co dissolves in LLZO up to ~0.16 per formula unit,"
                            + " beyond which LLZO turns tetragonal"))
                    .product("La2CoO4", "~50 nm layer during deposition of the LiCoO2 film; Co, La and Zr"
                            + " interdiffused (EDX); the phase has no Li⁺ conductivity", Refs.KIM_2011)
                    .resistanceOhmCm2(2600, "LiCoO2 film on LLZO, no interlayer; " + REVIEW, Refs.KATO_2014)
                    .resistanceOhmCm2(150, "~10 nm sputtered Nb interlayer, annealed to amorphous Li–Nb–O; " + REVIEW,
                            Refs.KATO_2014)
                    .observation("Co diffusion into LLZO is fast enough for detrimental cross-diffusion at any relevant"
                            + " processing condition; an Al2O3 coating of suitable thickness mitigates it",
                            Refs.CHEMRXIV_2023_CO_LLZO)
                    .observation("the interfacial charge-transfer resistance is smallest at 10 nm Nb; a Ta layer acts"
                            + " alike; thicker buffers add their own resistance", Refs.KATO_2014)
                    .observation("Al2O3, ZrO2 and Li3BO3 coatings on the cathode inhibit direct contact and thin the"
                            + " reaction layer", Refs.WANG_2018_REVIEW)
                    .observation("Li2.3C0.7B0.3O3 reacts at 700 °C with the Li2CO3 on LLZO to a Li–C–B–O interphase"
                            + " that welds LLZO and LiCoO2; 96 mAh/g at room temperature", Refs.HAN_2018_JOULE)
                    .build(),
            InterfacePair.builder(Materials.LICOO2, Materials.LLZNBO)
                    .observation("no elemental diffusion near the interface after 100 cycles (FE-SEM/EDX); constant"
                            + " interfacial resistance; 127 mAh/g", Refs.OHTA_2012)
                    .build(),
            InterfacePair.builder(Materials.LNMO, Materials.LAGP)
                    .product("LiMnPO4", Units.celsius(600), "in LiMn1.5Ni0.5O4 + Li1.4Al0.4Ge1.6(PO4)3 powder mixtures,"
                            + " in-situ XRD; new phases above ~600 °C", Refs.ROBINSON_2018)
                    .product("interfacial phase", Units.celsius(750), "between cathode and electrolyte layers; above"
                            + " 750 °C the interface separates and a gap forms", Refs.ROBINSON_2018)
                    .observation("Li | LAGP | LiMn1.5Ni0.5O4 cells treated at 650 °C deliver only 2.5 mAh/g",
                            Refs.ROBINSON_2018)
                    .build(),
            InterfacePair.builder(Materials.LI_METAL, Materials.LLCZN)
                    .resistanceOhmCm2(1710, "bare garnet, room temperature", Refs.HAN_2017_NATMATER)
                    .resistanceOhmCm2(1, "ultrathin ALD Al2O3 on the garnet (lithiated Li–Al–O), room temperature",
                            Refs.HAN_2017_NATMATER)
                    .observation("the Al2O3 layer makes Li wet the garnet and suppresses Li2CO3-type impurities;"
                            + " a Li–Al–O transition layer forms next to the electrolyte", Refs.HAN_2017_NATMATER)
                    .build(),
            InterfacePair.builder(Materials.LI_METAL, Materials.LLZO)
                    .resistance(new InterfacialResistance(Units.ohmCm2(300), "uniaxial stack pressure",
                            OptionalDouble.empty(), OptionalDouble.of(Units.MPa(10)), InterfacialResistance.Bound.VALUE,
                            Refs.KRAUSKOPF_2019))
                    .resistance(new InterfacialResistance(Units.ohmCm2(50), "uniaxial stack pressure",
                            OptionalDouble.empty(), OptionalDouble.of(Units.MPa(41)), InterfacialResistance.Bound.VALUE,
                            Refs.KRAUSKOPF_2019))
                    .resistance(new InterfacialResistance(Units.ohmCm2(0.1), "after 400 MPa isostatic pressing",
                            OptionalDouble.empty(), OptionalDouble.empty(), InterfacialResistance.Bound.UPPER,
                            Refs.KRAUSKOPF_2019))
                    .resistanceOhmCm2(400, "LLZO surface covered with Li2CO3", Refs.SHARAFI_2017)
                    .resistanceOhmCm2(2, "after removing the Li2CO3 surface layer", Refs.SHARAFI_2017)
                    .observation("interface activation energy 0.37 eV vs 0.34 eV in the bulk: the pressure dependence"
                            + " is current constriction at contact spots, not charge transfer", Refs.KRAUSKOPF_2019)
                    // s5-anode (issue 16): the three resistances above, checked in Eckhardt et al.'s full text
                    .observation("re-analysis of the data of Krauskopf et al. 2019: R_int ≈ 300 Ω·cm² at 10 MPa falls to"
                            + " 50 Ω·cm² at 41 MPa and below 0.1 Ω·cm² after 400 MPa isostatic pressing, bulk and grain"
                            + " boundary unchanged; E_a,int = 0.37 eV vs 0.34 eV bulk; the charge-transfer resistance is at"
                            + " most ≈ 1 Ω·cm², orders below R_int: current constriction, not charge transfer, limits",
                            Refs.ECKHARDT_2023)
                    .observation("Ge, Si or Au interlayers alloy with Li and improve contact with the garnet",
                            Refs.WANG_2018_REVIEW)
                    .build(),
            InterfacePair.builder(Materials.LICOO2, Materials.LIPON)
                    .resistanceOhmCm2(8.6, "epitaxial LiCoO2 film, interface made without air exposure",
                            Refs.HARUTA_2015)
                    .observation("negligible space-charge effect at the clean interface", Refs.HARUTA_2015)
                    .build(),
            InterfacePair.builder(Materials.LNMO, Materials.LI3PO4)
                    .resistanceOhmCm2(7.6, "thin-film LiNi0.5Mn1.5O4 | Li3PO4, made without air exposure",
                            Refs.KAWASOKO_2018)
                    .build(),
            InterfacePair.builder(Materials.LICOO2, Materials.LI3PS4_GLASS)
                    .observation("a 10 nm Li3PO4 buffer lowers the LiCoO2(001) | a-Li3PS4 resistance 2800-fold; the"
                            + " resistance comes from a spontaneously formed mixed interphase, not a space-charge"
                            + " layer", Refs.NISHIO_2022)
                    .build(),
            InterfacePair.builder(Materials.LICOO2, Materials.THIO_LISICON)
                    .observation("a Li4Ti5O12 coating lowers the interfacial resistance as it thickens up to ~5 nm;"
                            + " thicker coatings raise it again", Refs.OHTA_2006)
                    .observation("a LiNbO3 coating gives lower resistance and better rate capability than"
                            + " Li4Ti5O12", Refs.OHTA_2007)
                    .build(),
            InterfacePair.builder(Materials.LI_AL, Materials.THIO_LISICON)
                    .observation("the interface supports fast charge and discharge", Refs.KOBAYASHI_2008)
                    .build(),
            InterfacePair.builder(Materials.LI_AL, Materials.LI3PO4_LI2S_SIS2)
                    .observation("a high-impedance boundary layer forms", Refs.KOBAYASHI_2008)
                    .build(),
            // ---- s5-anode (issue 16): lithium metal against the sulfides
            InterfacePair.builder(Materials.LI_METAL, Materials.LI6PS5CL)
                    .product("Li2S", "SEI of Li2S, LiCl and Li3P on lithium metal at room temperature; 1 µAh/cm² of Li"
                            + " consumed makes ≈ 9 nm of a compact Li2S/LiCl/Li3P layer", Refs.AKTEKIN_2023)
                    .observation("the SEI grows as the square root of time (coulometric titration, anode-free stainless"
                            + " steel | Li6PS5Cl | Li cells): 60 µAh/cm² of lithium consumed, ≈ 540 nm of SEI, in 400 h at"
                            + " 25 °C and in 120 h at 40 °C; ≈ 315 nm after one week, against 235–305 nm measured by"
                            + " ToF-SIMS and AFM; extrapolated loss ≈ 0.3 mAh/cm² after one year at 25 °C, ≈ 0.5 at 40 °C",
                            Refs.AKTEKIN_2023)
                    .observation("a kinetically stable, self-limiting interphase of about 250 nm; the interface and bulk"
                            + " microstructure (grain size) of the argyrodite govern the critical current density",
                            Refs.SINGH_2022)
                    .observation("cracks from current constriction at voids, filled by lithium filaments, are the main"
                            + " failure: critical current density 1.5 mA/cm² for a pure Li6PS5Cl pellet, 4.0 mA/cm² with"
                            + " Al2O3 fibres that raise its fracture toughness", Refs.DUAN_2023)
                    .build(),
            InterfacePair.builder(Materials.LI_METAL, Materials.LGPS)
                    .product("Li3P, Li2S and Li–Ge alloy", "interphase from the decomposition of Li10GeP2S12 at lithium"
                            + " metal (in situ XPS)", Refs.WENZEL_2016_LGPS)
                    .observation("the interfacial resistance rises with a square-root time dependence: growth governed"
                            + " by diffusion across the interphase", Refs.WENZEL_2016_LGPS)
                    .build(),
            InterfacePair.builder(Materials.LI_MG, Materials.LLZO)
                    .observation("a 10 at% Mg alloy anode keeps contact with LLZO on stripping, but the Li concentration"
                            + " at the interface falls diffusion-controlled", Refs.KRAUSKOPF_2019_AEM)
                    .build());

    /** @return every built-in pair */
    public static List<InterfacePair> all() {
        return PAIRS;
    }

    /**
     * @param a one material (not null)
     * @param b the other (order does not matter; not null)
     * @return the pair's data, if the catalog has any
     * @throws NullPointerException if a material is null
     */
    public static Optional<InterfacePair> find(Material a, Material b) {
        Checks.nonNull(a, "a");
        Checks.nonNull(b, "b");
        return PAIRS.stream().filter(p -> p.involves(a.id()) && p.involves(b.id()) && !a.id().equals(b.id())).findFirst();
    }

    /**
     * @param a one material (not null)
     * @param b the other (order does not matter; not null)
     * @return the pair's data
     * @throws NullPointerException if a material is null
     * @throws IllegalArgumentException listing the pairs that have data if this one has none
     */
    public static InterfacePair get(Material a, Material b) {
        return find(a, b).orElseThrow(() -> new IllegalArgumentException("no interface data for " + a.id() + " | "
                + b.id() + "; pairs with data: " + PAIRS.stream().map(p -> p.first() + " | " + p.second())
                .collect(Collectors.joining(", "))));
    }

    /**
     * @param a name of one material (id, alias or formula; not null, not blank)
     * @param b name of the other (not null, not blank)
     * @return the pair's data
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if a name is blank or unknown (the message says which), or the
     *     pair has no data
     */
    public static InterfacePair get(String a, String b) {
        return get(material(a, "a"), material(b, "b"));
    }

    private static Material material(String name, String parameter) {
        Checks.nonBlank(name, parameter);
        try {
            return Materials.get(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param m a material (not null)
     * @return the pairs that involve it
     * @throws NullPointerException if the material is null
     */
    public static List<InterfacePair> involving(Material m) {
        Checks.nonNull(m, "m");
        return PAIRS.stream().filter(p -> p.involves(m.id())).toList();
    }
}
