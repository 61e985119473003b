package org.interphase.materials;

import static org.interphase.materials.Property.BULK_MODULUS;
import static org.interphase.materials.Property.FRACTURE_TOUGHNESS;
import static org.interphase.materials.Property.HARDNESS;
import static org.interphase.materials.Property.IONIC_ACTIVATION_ENERGY;
import static org.interphase.materials.Property.IONIC_CONDUCTIVITY;
import static org.interphase.materials.Property.LI_SITE_DENSITY;
import static org.interphase.materials.Property.MOBILE_CARRIER_DENSITY;
import static org.interphase.materials.Property.POISSON_RATIO;
import static org.interphase.materials.Property.RELATIVE_PERMITTIVITY;
import static org.interphase.materials.Property.SHEAR_MODULUS;
import static org.interphase.materials.Property.STABILITY_WINDOW_HIGH;
import static org.interphase.materials.Property.STABILITY_WINDOW_LOW;
import static org.interphase.materials.Property.YOUNGS_MODULUS;

import org.interphase.core.Units;

/** Built-in solid electrolytes. Package-private: use {@link Materials}. */
final class Electrolytes {

    private Electrolytes() {}

    private static final String ZHU = "DFT thermodynamic window (phase equilibria with Li), vs Li/Li⁺; measured"
            + " windows are wider because decomposition products passivate";

    private static Material.Builder window(Material.Builder b, double low, double high) {
        return b.property(STABILITY_WINDOW_LOW, low, Refs.ZHU_2015, ZHU)
                .property(STABILITY_WINDOW_HIGH, high, Refs.ZHU_2015, ZHU);
    }

    static final String LATTICE = "Li per volume (all Li, not only the vacant sites) as computed from the crystal"
            + " cell in the project's research notes (which give the result, not the cell); the cell quoted here is"
            + " recalled, reproduces that number, and was not checked against the paper: ";

    private static final String OBELIX = "as compiled in OBELiX / LiIonDatabase (Hargreaves et al., npj Comput."
            + " Mater. 2023) for this DOI";

    // ---- garnets ---------------------------------------------------------------------------------------

    static final Material LLZO = window(Material.builder("LLZO").name("cubic garnet Li7La3Zr2O12").formula("Li7La3Zr2O12")
            .aliases("c-LLZO", "garnet", "Li7La3Zr2O12 (cubic)").roles(Role.SOLID_ELECTROLYTE).family(Family.OXIDE)
            .property(IONIC_CONDUCTIVITY, Units.mScm(0.46), Refs.ECKHARDT_2023,
                    "bulk, of the LLZO in the Li|LLZO pressure study of Krauskopf et al. 2019; grain boundary"
                            + " 5.97 µS/cm (0.43 eV); checked in Eckhardt et al.'s full text (as converted in the"
                            + " repository MKMiyagi/Multi-Agent-Framework-for-Solid-State-Batteries): 0.46 mS/cm, 0.34 eV"
                            + " bulk, 5.97 µS/cm, 0.43 eV grain boundary, Li6.25Al0.25La3Zr2O12, \"determined from"
                            + " temperature-dependent measurements\" of Krauskopf et al. 2019; Murugan et al. 2007 report"
                            + " 5.11e-4 S/cm total (" + OBELIX + ")")
            .property(IONIC_ACTIVATION_ENERGY, Units.eV(0.34), Refs.ECKHARDT_2023, "bulk")
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(149.8), Refs.NI_2012).withUncertainty(Units.GPa(0.4))
                    .withNote("hot-pressed Al-stabilized cubic LLZO, 3 % porosity; 132.6 GPa at 6 % porosity"))
            .property(PropertyValue.of(HARDNESS, Units.GPa(6.3), Refs.NI_2012).withUncertainty(Units.GPa(0.3))
                    .withNote("Vickers"))
            .property(SHEAR_MODULUS, Units.GPa(60), Refs.YU_2016_LLZO, "approximate (~60 GPa), as quoted secondarily")
            .property(BULK_MODULUS, Units.GPa(100), Refs.YU_2016_LLZO, "approximate (~100 GPa), as quoted secondarily")
            // ---- anode-an1 (issue 16): fracture toughness for the Li-filled crack criterion
            .property(PropertyValue.of(FRACTURE_TOUGHNESS, Units.MPa(1.25), Refs.WOLFENSTINE_2013_LLZO)
                    .withUncertainty(Units.MPa(0.32))
                    .withNote("Al-stabilized cubic LLZO, indentation; as recalled (not checked against the paper here:"
                            + " no stored page with the paper's number was found in session 5 either); the project's"
                            + " research notes give ~1 MPa·m^½; for comparison Hu et al., Chin. Phys. Lett. 2022, measure"
                            + " 0.44–1.51 MPa·m^½ on Ta-doped LLZO, rising with density (see LLZTO)"))
            .property(PropertyValue.of(RELATIVE_PERMITTIVITY, 60, Refs.DE_KLERK_2018).withRange(50, 150)
                    .withNote(Cathodes.DE_KLERK_NOTE + "; Swift et al. 2021 used 50 (their input file); Eckhardt et al."
                            + " 2023 set ε_bulk = ε_GB = 150 (checked in their full text): the sources disagree"))
            .property(LI_SITE_DENSITY, 25.65e27, Refs.DE_KLERK_2018, "Li concentration; " + Cathodes.DE_KLERK_NOTE)
            .property(MOBILE_CARRIER_DENSITY, 2.79e27, Refs.SWIFT_2021, "derived: bulk concentration of each"
                    + " (vacancy and interstitial) defect of their Poisson–Fermi–Dirac LLZO input, αN/(1 + B) with"
                    + " αN = 3.27455 /nm³ and B = α·exp(E_f0/kT) = 0.1745 (E_f0 = 0.0143907 eV, α = 0.1, T = 300 K);"
                    + " a model's carrier density, not a measured one"),
            0.05, 2.91).build();

    static final Material LLZO_AL = Material.builder("Al-LLZO").name("Al-stabilized cubic LLZO")
            .aliases("LLZO:Al", "Al:LLZO", "Al-doped LLZO").roles(Role.SOLID_ELECTROLYTE).family(Family.OXIDE)
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(149.8), Refs.NI_2012).withUncertainty(Units.GPa(0.4))
                    .withNote("hot-pressed, 3 % porosity; 132.6 GPa at 6 % porosity"))
            .property(PropertyValue.of(HARDNESS, Units.GPa(6.3), Refs.NI_2012).withUncertainty(Units.GPa(0.3))
                    .withNote("Vickers"))
            .build();

    static final Material LLZTO = Material.builder("LLZTO").name("Ta-doped LLZO").formula("Li6.4La3Zr1.4Ta0.6O12")
            .aliases("Ta-LLZO", "Li5.4La3Zr1.4Ta0.6O12")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.OXIDE)
            .note("the review prints the formula as Li5.4La3Zr1.4Ta0.6O12; charge balance and Li et al. 2012 give Li6.4")
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(1.0e-3), Refs.LI_2012_TA, "25 °C")
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(158.5), Refs.HU_2022_LLZTO).withUncertainty(Units.GPa(10.1))
                    .withNote("98 % dense LLZTO; checked against the abstract: 158.47 ± 10.10 GPa"))
            .property(PropertyValue.of(HARDNESS, Units.GPa(11.3), Refs.HU_2022_LLZTO).withUncertainty(Units.GPa(1.4))
                    .withNote("nanoindentation, 98 % dense; checked against the abstract: 11.27 ± 1.38 GPa"))
            // ---- anode-an1 (issue 16): fracture toughness for the Li-filled crack criterion
            .property(PropertyValue.of(FRACTURE_TOUGHNESS, Units.MPa(1.51), Refs.HU_2022_LLZTO)
                    .withRange(Units.MPa(0.44), Units.MPa(1.51))
                    .withNote("checked against the abstract (cpl.iphy.ac.cn/CN/abstract/abstract116008.shtml and"
                            + " par.nsf.gov/biblio/10352322): nanoindentation of hot-pressed pellets, rising from 0.44 to"
                            + " 1.51 MPa·m^½ with density (83 → 98 %), intergranular to transgranular fracture; 1.51 at"
                            + " 98 % dense"))
            .build();

    static final Material LLZNBO = Material.builder("LLZNbO").name("Nb-doped LLZO").formula("Li6.75La3Zr1.75Nb0.25O12")
            .aliases("Nb-LLZO", "LLZNO").roles(Role.SOLID_ELECTROLYTE).family(Family.OXIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(8.0e-4), Refs.OHTA_2011_NB,
                    "25 °C; the highest of the Li7−xLa3(Zr2−x,Nbx)O12 series, at x = 0.25")
            .build();

    static final Material LLCZN = Material.builder("LLCZN").name("Ca,Nb-doped LLZO")
            .formula("Li7La2.75Ca0.25Zr1.75Nb0.25O12").roles(Role.SOLID_ELECTROLYTE).family(Family.OXIDE)
            .note("the garnet of the Li | ALD-Al2O3 | garnet interface of Han et al. 2017")
            .build();

    // ---- NASICON and perovskite ------------------------------------------------------------------------

    static final Material LATP = window(Material.builder("LATP").name("NASICON Li1.3Al0.3Ti1.7(PO4)3")
            .formula("Li1.3Al0.3Ti1.7(PO4)3").roles(Role.SOLID_ELECTROLYTE).family(Family.PHOSPHATE)
            .property(PropertyValue.of(IONIC_CONDUCTIVITY, Units.sPerCm(7.22e-4), Refs.AONO_1990)
                    .withRange(Units.sPerCm(7.22e-4), Units.sPerCm(2.16e-3))
                    .withNote(OBELIX + "; LiIonDatabase lists 2.16e-3 S/cm for the same DOI (bulk vs total)"))
            .property(RELATIVE_PERMITTIVITY, 15, Refs.DE_KLERK_2018, Cathodes.DE_KLERK_NOTE)
            .property(LI_SITE_DENSITY, 5.37e27, Refs.DE_KLERK_2018, "Li concentration; " + Cathodes.DE_KLERK_NOTE)
            // ---- s5-anode (issue 16): fracture toughness for the Li-filled crack criterion
            .property(PropertyValue.of(FRACTURE_TOUGHNESS, Units.MPa(1.1), Refs.JACKMAN_2012)
                    .withNote("checked in the paper's highlights (archive.org copy): \"biaxial membrane strength measured"
                            + " as 123 MPa with 1.1 MPa√m fracture toughness\", Li1.3Al0.3Ti1.7(PO4)3, the fine-grained"
                            + " (1.7 µm) ceramic; microcracks from thermal-expansion anisotropy weaken coarser grains")),
            2.17, 4.21).build();

    static final Material LAGP = window(Material.builder("LAGP").name("NASICON Li1.5Al0.5Ge1.5(PO4)3")
            .formula("Li1.5Al0.5Ge1.5(PO4)3").aliases("Li1+xAlxGe2-x(PO4)3")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.PHOSPHATE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(2.18e-4), Refs.FU_1997, "glass-ceramic; " + OBELIX),
            2.70, 4.27).build();

    static final Material LLTO = window(Material.builder("LLTO").name("perovskite lithium lanthanum titanate")
            .formula("Li3xLa2/3-xTiO3").aliases("Li0.34La0.51TiO2.94").roles(Role.SOLID_ELECTROLYTE)
            .family(Family.OXIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(1e-3), Refs.STRAMARE_2003, "bulk (grain), x ≈ 0.1 member of"
                    + " Li3xLa2/3−xTiO3, room temperature, from the review's abstract; the total conductivity of sintered"
                    + " ceramics is lower because of grain boundaries")
            .property(IONIC_ACTIVATION_ENERGY, Units.eV(0.40), Refs.STRAMARE_2003, "bulk, x ≈ 0.1"), 1.75, 3.71).build();

    static final Material LIPON = Material.builder("LiPON").name("lithium phosphorus oxynitride glass (sputtered film)")
            .formula("Li2.9PO3.3N0.46").aliases("Lipon").roles(Role.SOLID_ELECTROLYTE, Role.COATING)
            .family(Family.OXYNITRIDE)
            .property(PropertyValue.of(IONIC_CONDUCTIVITY, Units.sPerCm(3.3e-6), Refs.YU_1997)
                    .withRange(Units.sPerCm(2e-6), Units.sPerCm(3.3e-6))
                    .withNote("25 °C, RF-sputtered film; Bates et al. 1992 report 2e-6 S/cm"))
            .property(IONIC_ACTIVATION_ENERGY, Units.eV(0.54), Refs.YU_1997, "sputtered film")
            .property(STABILITY_WINDOW_LOW, 0.0, Refs.YU_1997, "stable against Li metal")
            .property(STABILITY_WINDOW_HIGH, 5.5, Refs.YU_1997, "vs Li/Li⁺")
            .build();

    // ---- sulfides --------------------------------------------------------------------------------------

    static final Material LI3PS4 = window(Material.builder("beta-Li3PS4").name("β-Li3PS4 (nanoporous)").formula("Li3PS4")
            .aliases("β-Li3PS4", "b-Li3PS4", "LPS").roles(Role.SOLID_ELECTROLYTE).family(Family.SULFIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(1.6e-4), Refs.LIU_2013,
                    "25 °C, nanoporous β phase; bulk γ-Li3PS4 2.6e-7 S/cm")
            .property(IONIC_ACTIVATION_ENERGY, Units.eV(0.356), Refs.LIU_2013, "nanoporous β phase")
            .property(LI_SITE_DENSITY, 18.6e27, Refs.HOMMA_2011, LATTICE + "12 Li per orthorhombic Pnma cell"
                    + " (Z = 4), a = 12.82 Å, b = 8.22 Å, c = 6.12 Å")
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(25), Refs.YANG_2016_LPS)
                    .withRange(Units.GPa(20), Units.GPa(30))
                    .withNote("DFT; ~20–30 GPa as recalled in the project's research notes (not checked against the"
                            + " paper); value is the middle of that range")),
            1.71, 2.31).build();

    static final Material LI3PS4_GLASS = Material.builder("Li3PS4-glass").name("75Li2S–25P2S5 glass")
            .formula("75Li2S-25P2S5").aliases("a-Li3PS4", "LPS glass", "Li3PS4 glass")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.SULFIDE)
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(21.5), Refs.SAKUDA_2013)
                    .withRange(Units.GPa(18), Units.GPa(25))
                    .withNote("Li2S–P2S5 glasses span 18–25 GPa with composition; value is the middle of that range"))
            .build();

    static final Material LPS70 = window(Material.builder("70Li2S-30P2S5").name("70Li2S–30P2S5 glass-ceramic (Li7P3S11)")
            .formula("Li7P3S11").aliases("LPS70", "70Li2S–30P2S5", "Li7P3S11 glass-ceramic")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.SULFIDE)
            .property(PropertyValue.of(IONIC_CONDUCTIVITY, Units.sPerCm(1.7e-2), Refs.SEINO_2014)
                    .withRange(Units.sPerCm(3.2e-3), Units.sPerCm(1.7e-2))
                    .withNote("room temperature, optimized heat treatment (pores removed); OBELiX lists 3.2e-3 S/cm"
                            + " for the same DOI"))
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(18.5), Refs.MCGROGAN_2017).withUncertainty(Units.GPa(0.9))
                    .withNote("nanoindentation; numbers as recalled in the project's research notes (not checked against the"
                            + " paper). The paper's abstract (author manuscript, MIT DSpace hdl 1721.1/112645) says the samples"
                            + " were amorphous Li2S–P2S5: the values are kept on this entry as the research notes placed them,"
                            + " the composition not checked"))
            .property(PropertyValue.of(HARDNESS, Units.GPa(1.9), Refs.MCGROGAN_2017)
                    .withNote("nanoindentation; as recalled in the project's research notes"))
            .property(PropertyValue.of(FRACTURE_TOUGHNESS, Units.MPa(0.23), Refs.MCGROGAN_2017)
                    .withUncertainty(Units.MPa(0.04))
                    .withNote("checked through quotations, not in the paper: \"in the case of glassy Li2S-P2S5 SE, the"
                            + " fracture toughness was measured to be (0.23 ± 0.04) MPa m^1/2 via a nanoindentation-based"
                            + " method\" (Duan et al., Mater. Today 2023, citing McGrogan et al. 2017), and K_IC = 0.23"
                            + " MPa·m^½ for Li2S–P2S5 (Singh et al., Cell Rep. Phys. Sci. 3, 101043 (2022)); both full"
                            + " texts read in the repository MKMiyagi/Multi-Agent-Framework-for-Solid-State-Batteries."
                            + " Measured on glassy (amorphous) Li2S–P2S5 of a composition these texts do not give: kept on"
                            + " this entry as the research notes placed it")),
            2.28, 2.31).build();

    static final Material LPS78 = Material.builder("78Li2S-22P2S5").name("78Li2S–22P2S5 glass-ceramic")
            .formula("78Li2S-22P2S5").aliases("LPS78", "78Li2S–22P2S5").roles(Role.SOLID_ELECTROLYTE)
            .family(Family.SULFIDE).note("studied as electrolyte by Zhang et al., ACS Appl. Mater. Interfaces 9, 28542 (2017)")
            .build();

    static final Material LGPS = window(Material.builder("LGPS").name("Li10GeP2S12").formula("Li10GeP2S12")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.SULFIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(1.2e-2), Refs.KAMAYA_2011, "room temperature")
            .property(PropertyValue.of(IONIC_ACTIVATION_ENERGY, Units.perParticle(Units.kJPerMol(24)),
                    Refs.KAMAYA_2011).withRange(Units.eV(0.22), Units.perParticle(Units.kJPerMol(24)))
                    .withNote("reported as 24 kJ/mol; bulk hopping in tetragonal LGPS ≈ 0.22 eV (Kuhn, Duppel, Lotsch,"
                            + " Energy Environ. Sci. 6, 3548 (2013))"))
            .property(LI_SITE_DENSITY, 20.8e27, Refs.KAMAYA_2011, LATTICE + "20 Li per tetragonal P4₂/nmc cell"
                    + " (Z = 2), a = 8.7177 Å, c = 12.636 Å"),
            1.71, 2.14).build();

    static final Material THIO_LISICON = Material.builder("thio-LISICON").name("thio-LISICON Li3.25Ge0.25P0.75S4")
            .formula("Li3.25Ge0.25P0.75S4").aliases("LGPS-thio-LISICON", "Li4-xGe1-xPxS4 (x=0.75)")
            .roles(Role.SOLID_ELECTROLYTE).family(Family.SULFIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(2.2e-3), Refs.KANNO_2001, "25 °C, x = 0.75 member of Li4−xGe1−xPxS4")
            .build();

    static final Material LI6PS5CL = window(Material.builder("Li6PS5Cl").name("argyrodite Li6PS5Cl").formula("Li6PS5Cl")
            .aliases("LPSCl", "argyrodite").roles(Role.SOLID_ELECTROLYTE).family(Family.SULFIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(5.37e-4), Refs.BOULINEAU_2012, "at 25.36 °C, mechanochemical; "
                    + OBELIX)
            .property(IONIC_ACTIVATION_ENERGY, Units.eV(0.325), Refs.BOULINEAU_2012,
                    "Arrhenius fit (plain σ form) of the compiled 18.8–150.6 °C series by the Interphase research"
                            + " notes; 0.355 eV in the σT form")
            .property(LI_SITE_DENSITY, 25.1e27, Refs.DEISEROTH_2008, LATTICE + "24 Li per cubic F-43m cell (Z = 4),"
                    + " a = 9.85 Å")
            .property(PropertyValue.of(YOUNGS_MODULUS, Units.GPa(25.5), Refs.DENG_2016)
                    .withRange(Units.GPa(22), Units.GPa(29))
                    .withNote("DFT; ~22–29 GPa as recalled in the project's research notes, which say to verify it"
                            + " before use (not checked against the paper); value is the middle of that range. Singh et"
                            + " al., Cell Rep. Phys. Sci. 2022, quote E(LPSCl) = 22 GPa and Pugh's ratio 0.28 (citing"
                            + " Deng et al.): the low end of the range"))
            .property(PropertyValue.of(POISSON_RATIO, 0.3, Refs.DENG_2016)
                    .withNote("DFT; ~0.3 as recalled in the project's research notes (not checked against the paper)"))
            // ---- anode-an1 (issue 16): shear modulus for the Monroe–Newman criterion
            .property(PropertyValue.of(SHEAR_MODULUS, Units.GPa(9.5), Refs.DENG_2016)
                    .withRange(Units.GPa(8), Units.GPa(11))
                    .withNote("DFT; ~8–11 GPa as recalled in the project's research notes, which say to verify it before"
                            + " use (not checked against the paper); value is the middle of that range"))
            // ---- s5-anode (issue 16): no K_Ic measured on Li6PS5Cl was found; the glass value Singh et al. use for it
            .property(PropertyValue.of(FRACTURE_TOUGHNESS, Units.MPa(0.23), Refs.SINGH_2022)
                    .withUncertainty(Units.MPa(0.04))
                    .withNote("a proxy, not a measurement on Li6PS5Cl: Singh et al. 2022 describe the Li | Li6PS5Cl"
                            + " interface with \"KIC = 0.23 MPa m^1/2 for Li2S-P2S5\" (McGrogan et al. 2017, glassy"
                            + " Li2S–P2S5, ± 0.04 as quoted by Duan et al., Mater. Today 2023); no value measured on an"
                            + " argyrodite was found in session 5 (searches listed in the issue-16 report)")),
            1.71, 2.01).build();

    static final Material LI3INCL6 = Material.builder("Li3InCl6").name("lithium indium chloride").formula("Li3InCl6")
            .aliases("LIC").roles(Role.SOLID_ELECTROLYTE).family(Family.HALIDE)
            .property(IONIC_CONDUCTIVITY, Units.sPerCm(1.49e-3), Refs.LI_2019_LI3INCL6, "25 °C, water-mediated synthesis")
            .build();

    static final Material LI3PO4_LI2S_SIS2 = Material.builder("Li3PO4-Li2S-SiS2").name("Li3PO4–Li2S–SiS2 glass")
            .formula("Li3PO4-Li2S-SiS2").aliases("Li3PO4–Li2S–SiS2", "LPSS glass").roles(Role.SOLID_ELECTROLYTE)
            .family(Family.SULFIDE)
            .note("forms a high-impedance boundary layer against Li–Al where thio-LISICON does not (Kobayashi et al. 2008)")
            .build();

    // ---- polymers and plastic crystals ------------------------------------------------------------------

    static final Material PEO_LITFSI = Material.builder("PEO-LiTFSI").name("poly(ethylene oxide) with LiTFSI")
            .aliases("PEO:LiTFSI", "PEO/LiTFSI").roles(Role.SOLID_ELECTROLYTE).family(Family.POLYMER).build();

    static final Material PEO_LICLO4 = Material.builder("PEO-LiClO4").name("poly(ethylene oxide) with LiClO4")
            .aliases("PEO:LiClO4", "PEO/LiClO4").roles(Role.SOLID_ELECTROLYTE).family(Family.POLYMER).build();

    static final Material CPMEA = Material.builder("CPMEA").name("crosslinked poly(ethylene glycol) methyl ether acrylate")
            .aliases("crosslinked PEGMEA").roles(Role.SOLID_ELECTROLYTE).family(Family.POLYMER)
            .note("polymer of the polymer/LATP/polymer sandwich electrolyte of Zhou et al., J. Am. Chem. Soc. 138, 9385 (2016)")
            .build();

    static final Material SN_LICLO4 = Material.builder("SN-LiClO4").name("succinonitrile with LiClO4")
            .aliases("succinonitrile-LiClO4", "SN:LiClO4").roles(Role.SOLID_ELECTROLYTE).family(Family.PLASTIC_CRYSTAL)
            .note("cathode-side plasticizer electrolyte of Braga et al., J. Am. Chem. Soc. 140, 6343 (2018)")
            .build();
}
