package org.interphase.materials;

/**
 * The publications behind the built-in catalog. Package-private; a material lists the ones it
 * uses through {@link Material#sources()}.
 *
 * <p>DOIs are given only where the research notes or the review checked them; otherwise omitted.
 * Values taken from the compilations OBELiX and the Liverpool LiIonDatabase cite the primary paper
 * and say "as compiled in ..." in their note.
 */
final class Refs {

    private Refs() {}

    // ---- the review the project starts from, and the papers it cites --------------------------------
    static final Source WANG_2018_REVIEW = Source.of("Wang, Su, Liu, Chen, Hu, Huang, Yu", 2018,
            "Trans. Nanjing Univ. Aero. Astro. 35, 578", "10.16356/j.1005-1120.2018.04.578");
    static final Source KIM_2011 = Source.of("Kim, Iriyama, Yamamoto et al.", 2011, "J. Power Sources 196, 764");
    static final Source KATO_2014 = Source.of("Kato, Hamanaka, Yamamoto, Hirayama, Sagane, Motoyama, Iriyama", 2014,
            "J. Power Sources 260, 292");
    static final Source OHTA_2012 = Source.of("Ohta, Kobayashi, Seki et al.", 2012, "J. Power Sources 202, 332");
    static final Source ROBINSON_2018 = Source.of("Robinson, Kichambare, Deiner et al.", 2018,
            "J. Am. Ceram. Soc. 101, 1087");
    static final Source HAN_2018_JOULE = Source.of("Han, Yue, Chen et al.", 2018,
            "Joule 2, 497");
    static final Source HAN_2017_NATMATER = Source.of("Han, Gong, Fu et al.", 2017, "Nat. Mater. 16, 572", "10.1038/nmat4821");
    static final Source OHTA_2006 = Source.of("Ohta, Takada, Zhang, Ma, Osada, Sasaki", 2006, "Adv. Mater. 18, 2226",
            "10.1002/adma.200502604");
    static final Source OHTA_2007 = Source.of("Ohta, Takada, Sakaguchi et al.", 2007,
            "Electrochem. Commun. 9, 1486", "10.1016/j.elecom.2007.02.008");
    static final Source XU_2011 = Source.of("Xu, Takada, Watanabe, Sakaguchi, Akatsuka, Hang, Ohnishi, Sasaki", 2011,
            "Chem. Mater. 23, 3798", "10.1021/cm2011453");
    static final Source KOBAYASHI_2008 = Source.of("Kobayashi, Yamada, Kanno", 2008, "Electrochim. Acta 53, 5045");
    static final Source LI_2012_TA = Source.of("Li, Han, Wang et al.", 2012, "J. Mater. Chem. 22, 15357",
            "10.1039/c2jm31413d");
    static final Source ZHOU_2016_JACS = Source.of("Zhou, Wang, Li et al.", 2016,
            "J. Am. Chem. Soc. 138, 9385");
    static final Source BRAGA_2018 = Source.of("Braga et al.", 2018,
            "J. Am. Chem. Soc. 140, 6343");
    static final Source LUO_2017_GE = Source.of("Luo, Gong, Zhu et al.",
            2017, "Adv. Mater. 29, 1606042");
    static final Source LUO_2016_SI = Source.of("Luo, Gong, Zhu et al.",
            2016, "J. Am. Chem. Soc. 138, 12258");
    static final Source TSAI_2016_AU = Source.of("Tsai, Roddatis, Chandran et al.",
            2016, "ACS Appl. Mater. Interfaces 8, 10617");
    static final Source WOO_2012 = Source.of("Woo, Trevey, Cavanagh, Choi, Kim, George, Oh, Lee", 2012,
            "J. Electrochem. Soc. 159, A1120", "10.1149/2.085207jes");
    static final Source MACHIDA_2012 = Source.of("Machida, Kashiwagi, Naito, Shigematsu", 2012,
            "Solid State Ionics 225, 354");
    static final Source PARK_2016 = Source.of("Park, Yu, Jung et al.", 2016,
            "Chem. Mater. 28, 8051");
    static final Source ZHANG_2017_LPS78 = Source.of("Zhang, Chen, Liu et al.", 2017,
            "ACS Appl. Mater. Interfaces 9, 28542");

    // ---- space charge ---------------------------------------------------------------------------------
    static final Source DE_KLERK_2018 = Source.of("de Klerk, Wagemaker", 2018, "ACS Appl. Energy Mater. 1, 5609",
            "10.1021/acsaem.8b01141");
    static final Source SWIFT_2021 = Source.of("Swift, Swift, Qi", 2021, "Nat. Comput. Sci. 1, 212",
            "10.1038/s43588-021-00041-y");

    // ---- transport (conductivities, mostly as compiled in OBELiX / LiIonDatabase) ---------------------
    static final Source MURUGAN_2007 = Source.of("Murugan, Thangadurai, Weppner", 2007, "Angew. Chem. Int. Ed. 46, 7778",
            "10.1002/anie.200701144");
    static final Source KAMAYA_2011 = Source.of("Kamaya et al.", 2011, "Nat. Mater. 10, 682", "10.1038/nmat3066");
    static final Source LIU_2013 = Source.of("Liu et al.", 2013,
            "J. Am. Chem. Soc. 135, 975", "10.1021/ja3110895");
    static final Source BOULINEAU_2012 = Source.of("Boulineau, Courty, Tarascon, Viallet", 2012,
            "Solid State Ionics 221, 1", "10.1016/j.ssi.2012.06.008");
    static final Source AONO_1990 = Source.of("Aono, Sugimoto, Sadaoka, Imanaka, Adachi", 1990,
            "J. Electrochem. Soc. 137, 1023", "10.1149/1.2086597");
    static final Source FU_1997 = Source.of("Fu", 1997, "Solid State Ionics 104, 191", "10.1016/S0167-2738(97)00434-7");
    static final Source SEINO_2014 = Source.of("Seino, Ota, Takada et al.", 2014,
            "Energy Environ. Sci. 7, 627", "10.1039/C3EE41655K");
    static final Source KANNO_2001 = Source.of("Kanno, Murayama", 2001, "J. Electrochem. Soc. 148, A742");
    static final Source OHTA_2011_NB = Source.of("Ohta, Kobayashi, Asaoka", 2011, "J. Power Sources 196, 3342");
    static final Source BATES_1992 = Source.of("Bates et al.", 1992,
            "Solid State Ionics 53-56, 647");
    static final Source YU_1997 = Source.of("Yu, Bates, Jellison, Hart", 1997, "J. Electrochem. Soc. 144, 524");
    static final Source GLASS_1978 = Source.of("Glass, Nassau, Negran", 1978, "J. Appl. Phys. 49, 4808");
    static final Source ECKHARDT_2023 = Source.of("Eckhardt et al.", 2023, "Adv. Mater. Interfaces 10, 2202354",
            "10.1002/admi.202202354");

    // ---- mechanics ------------------------------------------------------------------------------------
    static final Source MASIAS_2019 = Source.of("Masias et al.", 2019,
            "J. Mater. Sci. 54, 2585", "10.1007/s10853-018-2971-3");
    static final Source LEPAGE_2019 = Source.of("LePage et al.", 2019, "J. Electrochem. Soc. 166, A89",
            "10.1149/2.0221902jes");
    static final Source NI_2012 = Source.of("Ni et al.", 2012, "J. Mater. Sci. 47, 7978");
    static final Source YU_2016_LLZO = Source.of("Yu et al.", 2016, "Chem. Mater.");
    /** Authors as listed on the journal's abstract page, cpl.iphy.ac.cn/CN/abstract/abstract116008.shtml (read there). */
    static final Source HU_2022_LLZTO = Source.of("Hu, Xu, de Vasconcelos, Stanciu, Ni, Zhao", 2022, "Chin. Phys. Lett.");
    // ---- anode-an1 (issue 16)
    static final Source WOLFENSTINE_2013_LLZO = Source.of("Wolfenstine, Jo, Kim, Sakamoto, Allen", 2013,
            "J. Mater. Sci. 48, 5846");
    static final Source SAKUDA_2013 = Source.of("Sakuda, Hayashi, Tatsumisago", 2013, "Sci. Rep. 3, 2261",
            "10.1038/srep02261");
    static final Source KONDRAKOV_2017_JPCC121_3286 = Source.of("Kondrakov et al.", 2017, "J. Phys. Chem. C 121, 3286",
            "10.1021/acs.jpcc.6b12885");
    static final Source KONDRAKOV_2017_JPCC121_24381 = Source.of("Kondrakov, Gesswein, Galdina et al.", 2017, "J. Phys. Chem. C 121, 24381",
            "10.1021/acs.jpcc.7b06598");

    // ---- anode-an3 (issue 16): lithium transport in interlayer metals (begin)
    static final Source WEN_1980_LI_IN_AL = Source.of("Wen, Weppner, Boukamp, Huggins", 1980, "Metall. Trans. B 11, 131",
            "10.1007/BF02657182");
    static final Source WEN_1981_LIAL = Source.of("Wen, Ho, Boukamp, Raistrick, Weppner, Huggins", 1981,
            "Int. Met. Rev. 26, 253");
    static final Source XIE_2010_A_SI = Source.of("Xie, Imanishi, Zhang, Hirano, Takeda, Yamamoto", 2010,
            "Mater. Chem. Phys. 120, 421");
    // ---- anode-an3 (end)
    // ---- anode-a16 (issue 16): Li transport in a Ge interlayer (begin)
    static final Source GAVRILIN_2018_GE = Source.of("Gavrilin, Smolyaninov, Dronov, Gavrilov, Trifonov, Kulova,"
            + " Kuz'mina, Skundin", 2018, "Russ. J. Electrochem. (\"Study of the process of reversible insertion of"
            + " lithium into nanostructured materials based on germanium\")");
    // ---- anode-a16 (end)

    // ---- interfaces -----------------------------------------------------------------------------------
    static final Source KRAUSKOPF_2019 = Source.of("Krauskopf, Hartmann, Zeier, Janek", 2019,
            "ACS Appl. Mater. Interfaces 11, 14463", "10.1021/acsami.9b02537");
    static final Source HARUTA_2015 = Source.of("Haruta, Shiraki, Suzuki, Kumatani, Ohsawa, Takagi, Shimizu, Hitosugi",
            2015, "Nano Lett. 15, 1498");
    static final Source KAWASOKO_2018 = Source.of("Kawasoko, Shiraki, Suzuki, Shimizu, Hitosugi", 2018,
            "ACS Appl. Mater. Interfaces 10, 27498", "10.1021/acsami.8b08506");
    static final Source NISHIO_2022 = Source.of("Nishio, Imazeki, Kurushima, Takeda, Edamura, Nakayama, Shimizu,"
            + " Hitosugi", 2022, "ACS Appl. Mater. Interfaces");

    static final Source SHARAFI_2017 = Source.of("Sharafi et al.", 2017, "Chem. Mater. 29, 7961");

    // ---- electrode thermodynamics (open-circuit voltage fits, plateaus) ---------------------------------
    static final Source RAMADASS_2004 = Source.of("Ramadass, Haran, Gomadam, White, Popov", 2004,
            "J. Electrochem. Soc. 151, A196");
    static final Source CHEN_2020 = Source.of("Chen, Brosa Planella, O'Regan, Gastol, Widanage, Kendrick", 2020,
            "J. Electrochem. Soc. 167, 080534");
    static final Source AFSHAR_2017 = Source.of("Afshar, Morris, Khajepour", 2017, "arXiv:1709.03970");
    static final Source OHZUKU_1995 = Source.of("Ohzuku, Ueda, Yamamoto", 1995, "J. Electrochem. Soc. 142, 1431");
    static final Source PADHI_1997 = Source.of("Padhi, Nanjundaswamy, Goodenough", 1997, "J. Electrochem. Soc. 144, 1188");
    static final Source SANTHOSHA_2019 = Source.of("Santhosha, Medenbach, Buchheim, Adelhelm", 2019,
            "Batteries & Supercaps 2");
    static final Source ZHONG_1997 = Source.of("Zhong, Bonakdarpour, Zhang, Gao, Dahn", 1997,
            "J. Electrochem. Soc. 144, 205");

    // ---- more electrolytes ------------------------------------------------------------------------------
    static final Source LI_2019_LI3INCL6 = Source.of("Li et al.", 2019, "Energy Environ. Sci. 12, 2665");
    static final Source ZHU_2015 = Source.of("Zhu, He, Mo", 2015, "ACS Appl. Mater. Interfaces 7, 23685",
            "10.1021/acsami.5b07517");
    static final Source MCGROGAN_2017 = Source.of("McGrogan et al.", 2017, "Adv. Energy Mater. 7, 1602011",
            "10.1002/aenm.201602011");
    static final Source CHENG_2017_LCO = Source.of("Cheng et al.", 2017, "J. Asian Ceram. Soc. 5, 113",
            "10.1016/j.jascer.2017.03.001");

    static final Source WEIS_1985 = Source.of("Weis, Gaylord", 1985, "Appl. Phys. A 37, 191");
    static final Source OBROVAC_2004 = Source.of("Obrovac, Christensen", 2004, "Electrochem. Solid-State Lett. 7, A93");

    // ---- added with the second pass over the research notes (issue 3 gaps) ----------------------------
    static final Source STRAMARE_2003 = Source.of("Stramare, Thangadurai, Weppner", 2003, "Chem. Mater. 15, 3974");
    static final Source WOLFENSTINE_2008_LTO = Source.of("Wolfenstine, Foster, Read, Zhang, Allen", 2008,
            "U.S. Army Research Laboratory report ARL-TR-4641");
    static final Source DENG_2016 = Source.of("Deng et al.", 2016, "J. Electrochem. Soc. 163, A67");
    static final Source YANG_2016_LPS = Source.of("Yang et al.", 2016, "ACS Appl. Mater. Interfaces");
    /** Structure paper of the argyrodites; the reference is recalled, not checked here (the research notes give no source). */
    static final Source DEISEROTH_2008 = Source.of("Deiseroth et al.", 2008,
            "Angew. Chem. Int. Ed. 47, 755 (reference recalled, not checked)");
    /** Structure of β-Li3PS4; the reference is recalled, not checked here (the research notes give no source). */
    static final Source HOMMA_2011 = Source.of("Homma et al.", 2011,
            "Solid State Ionics 182, 53 (reference recalled, not checked)");
    /** Crystalline γ-Li3PO4; as compiled in OBELiX under this DOI, author list not retrieved here. */
    static final Source JSSC_1995_LI3PO4 = Source.of("author list not retrieved (as compiled in OBELiX)", 1995,
            "J. Solid State Chem.", "10.1006/jssc.1995.1140");
    /** Crystalline Li2ZrO3; as compiled in OBELiX under this DOI, author list not retrieved here. */
    static final Source SSI_1981_LI2ZRO3 = Source.of("author list not retrieved (as compiled in OBELiX)", 1981,
            "Solid State Ionics", "10.1016/0167-2738(81)90021-7");

    // ---- interdiffusion ---------------------------------------------------------------------------------
    /** ChemRxiv preprint 642050a491074bccd04fa1b6 (posted March 2023); author list not retrieved here. */
    static final Source CHEMRXIV_2023_CO_LLZO = Source.of("ChemRxiv preprint (author list not retrieved)", 2023,
            "ChemRxiv, chemrxiv.org/engage/chemrxiv/article-details/642050a491074bccd04fa1b6");

    // ---- s5-anode (issue 16): sources read in this session; each comment says where ------------------
    /**
     * Li–Mg alloy anodes on LLZO. Its numbers (D̃ of Li in Li0.9Mg0.1, its activation energy, the β-phase
     * concentrations, the Fig. 9 utilizations) were read in a transcription of the paper, the docs of the
     * public repository assb-lab/li-mg-diffusion-simulator (docs/110-diffusion-model.md, commit 6c8e18f), not
     * in the paper itself.
     */
    static final Source KRAUSKOPF_2019_AEM = Source.of("Krauskopf, Mogwitz, Rosenbach, Zeier, Janek", 2019,
            "Adv. Energy Mater. 9, 1902568", "10.1002/aenm.201902568");
    /**
     * SEI growth on Li | Li6PS5Cl by coulometric titration time analysis; read in the full text as converted in
     * the public repository MKMiyagi/Multi-Agent-Framework-for-Solid-State-Batteries
     * (processed_text_only/SEI-metal-anode_coulometric-titration-analysis.md).
     */
    static final Source AKTEKIN_2023 = Source.of("Aktekin, Riegger, Otto, Fuchs, Henss, Janek", 2023,
            "Nat. Commun.", "10.1038/s41467-023-42512-y");
    /**
     * Li6PS5Cl microstructure and dendrites; read in the full text in the same repository
     * (processed_text_only/Janek_influence-microstructure-LPSCl-dendrites.md).
     */
    static final Source SINGH_2022 = Source.of("Singh, Henss, Mogwitz, Gautam, Horn, Krauskopf, Burkhardt, Sann,"
            + " Richter, Janek", 2022, "Cell Rep. Phys. Sci. 3, 101043", "10.1016/j.xcrp.2022.101043");
    /**
     * Cracking of Li6PS5Cl by lithium filaments; read in the full text in the same repository
     * (processed_text_only/operando-SEM_dendrite-LPSC.md).
     */
    static final Source DUAN_2023 = Source.of("Duan, Fuchs, Mogwitz, Minnmann, Zuo, Henss, Janek", 2023,
            "Mater. Today", "10.1016/j.mattod.2023.10.003");
    /** Li | LGPS interphase; read in the abstract at synapsesocial.com/papers/W2294978050. */
    static final Source WENZEL_2016_LGPS = Source.of("Wenzel, Randau, Leichtweiß et al.", 2016, "Chem. Mater.",
            "10.1021/acs.chemmater.6b00610");
    /** LATP strength and toughness; read in the highlights of the paper as stored at archive.org. */
    static final Source JACKMAN_2012 = Source.of("Jackman, Cutler", 2012, "J. Power Sources 218, 65");

    // ---- handbooks ------------------------------------------------------------------------------------
    static final Source CRC_2016 = Source.of("Haynes (ed.)", 2016, "CRC Handbook of Chemistry and Physics, 97th ed.,"
            + " CRC Press");
}
