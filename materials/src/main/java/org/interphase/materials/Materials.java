package org.interphase.materials;

import java.nio.file.Path;
import java.util.List;

/**
 * The built-in materials catalog: constants for the common materials (for tab completion in
 * JShell) and lookup by id, alias or formula.
 *
 * <pre>{@code
 * Material llzo = Materials.get("llzo");          // case-insensitive, ids, aliases, formulas
 * Materials.LICOO2.require(Property.RELATIVE_PERMITTIVITY);
 * Materials.withRole(Role.COATING);               // LiNbO3, Li4Ti5O12, Al2O3, Nb, ...
 * MaterialCatalog mine = Materials.catalog().withUserFile(Path.of("my-materials.csv"));
 * }</pre>
 *
 * <p>Every value carries a {@link Source}; where the literature the project has checked gives no
 * value, the property is absent and models ask for it explicitly.
 */
public final class Materials {

    private Materials() {}

    // ---- cathodes ------------------------------------------------------------------------------------
    /** LiCoO2 (LCO). */
    public static final Material LICOO2 = Cathodes.LICOO2;
    /** LiNi1/3Mn1/3Co1/3O2. */
    public static final Material NMC111 = Cathodes.NMC111;
    /** LiNi0.8Mn0.1Co0.1O2. */
    public static final Material NMC811 = Cathodes.NMC811;
    /** LiNi0.8Co0.15Al0.05O2. */
    public static final Material NCA = Cathodes.NCA;
    /** LiMn1.5Ni0.5O4 high-voltage spinel. */
    public static final Material LNMO = Cathodes.LNMO;
    /** LiFePO4. */
    public static final Material LIFEPO4 = Cathodes.LIFEPO4;
    /** Al-substituted LiCoO2 (LiAl_yCo_{1−y}O2). */
    public static final Material LI_AL_CO_O = Cathodes.LI_AL_CO_O;

    // ---- anodes --------------------------------------------------------------------------------------
    /** Lithium metal. */
    public static final Material LI_METAL = Anodes.LI_METAL;
    /** Li–In alloy. */
    public static final Material LI_IN = Anodes.LI_IN;
    /** Li–Al alloy. */
    public static final Material LI_AL = Anodes.LI_AL;
    /** Li–Mg alloy Li0.9Mg0.1 (the Li-rich β phase), the alloy anode of Krauskopf et al. 2019. */
    public static final Material LI_MG = Anodes.LI_MG;
    /** Graphite. */
    public static final Material GRAPHITE = Anodes.GRAPHITE;
    /** Silicon (anode and alloy interlayer). */
    public static final Material SI = Anodes.SI;

    // ---- solid electrolytes --------------------------------------------------------------------------
    /** Cubic garnet Li7La3Zr2O12. */
    public static final Material LLZO = Electrolytes.LLZO;
    /** Al-stabilized cubic LLZO. */
    public static final Material LLZO_AL = Electrolytes.LLZO_AL;
    /** Ta-doped LLZO, Li6.4La3Zr1.4Ta0.6O12. */
    public static final Material LLZTO = Electrolytes.LLZTO;
    /** Nb-doped LLZO, Li6.75La3Zr1.75Nb0.25O12. */
    public static final Material LLZNBO = Electrolytes.LLZNBO;
    /** Ca,Nb-doped LLZO, Li7La2.75Ca0.25Zr1.75Nb0.25O12. */
    public static final Material LLCZN = Electrolytes.LLCZN;
    /** NASICON Li1.3Al0.3Ti1.7(PO4)3. */
    public static final Material LATP = Electrolytes.LATP;
    /** NASICON Li1.5Al0.5Ge1.5(PO4)3. */
    public static final Material LAGP = Electrolytes.LAGP;
    /** Perovskite Li3xLa2/3−xTiO3. */
    public static final Material LLTO = Electrolytes.LLTO;
    /** LiPON glass film. */
    public static final Material LIPON = Electrolytes.LIPON;
    /** β-Li3PS4. */
    public static final Material LI3PS4 = Electrolytes.LI3PS4;
    /** 75Li2S–25P2S5 (Li3PS4) glass. */
    public static final Material LI3PS4_GLASS = Electrolytes.LI3PS4_GLASS;
    /** 70Li2S–30P2S5 glass-ceramic (Li7P3S11). */
    public static final Material LPS70 = Electrolytes.LPS70;
    /** 78Li2S–22P2S5 glass-ceramic. */
    public static final Material LPS78 = Electrolytes.LPS78;
    /** Li10GeP2S12. */
    public static final Material LGPS = Electrolytes.LGPS;
    /** Thio-LISICON Li3.25Ge0.25P0.75S4. */
    public static final Material THIO_LISICON = Electrolytes.THIO_LISICON;
    /** Argyrodite Li6PS5Cl. */
    public static final Material LI6PS5CL = Electrolytes.LI6PS5CL;
    /** Li3InCl6. */
    public static final Material LI3INCL6 = Electrolytes.LI3INCL6;
    /** Li3PO4–Li2S–SiS2 glass. */
    public static final Material LI3PO4_LI2S_SIS2 = Electrolytes.LI3PO4_LI2S_SIS2;
    /** PEO with LiTFSI. */
    public static final Material PEO_LITFSI = Electrolytes.PEO_LITFSI;
    /** PEO with LiClO4. */
    public static final Material PEO_LICLO4 = Electrolytes.PEO_LICLO4;
    /** Crosslinked PEGMEA polymer (CPMEA). */
    public static final Material CPMEA = Electrolytes.CPMEA;
    /** Succinonitrile–LiClO4 plastic crystal. */
    public static final Material SN_LICLO4 = Electrolytes.SN_LICLO4;

    // ---- coatings, buffers, interlayers ----------------------------------------------------------------
    /** LiNbO3 (amorphous coating). */
    public static final Material LINBO3 = Coatings.LINBO3;
    /** LiTaO3 (amorphous coating). */
    public static final Material LITAO3 = Coatings.LITAO3;
    /** Li4Ti5O12 (LTO). */
    public static final Material LI4TI5O12 = Coatings.LI4TI5O12;
    /** Li3BO3. */
    public static final Material LI3BO3 = Coatings.LI3BO3;
    /** Li2ZrO3. */
    public static final Material LI2ZRO3 = Coatings.LI2ZRO3;
    /** Li3PO4, the amorphous film used as a coating. */
    public static final Material LI3PO4 = Coatings.LI3PO4;
    /** Crystalline γ-Li3PO4 (bulk), kept apart from the amorphous coating {@link #LI3PO4}. */
    public static final Material LI3PO4_CRYSTALLINE = Coatings.LI3PO4_CRYSTALLINE;
    /** Al2O3 (ALD). */
    public static final Material AL2O3 = Coatings.AL2O3;
    /** Lithiated alumina Li–Al–O. */
    public static final Material LI_AL_O = Coatings.LI_AL_O;
    /** ZrO2. */
    public static final Material ZRO2 = Coatings.ZRO2;
    /** Li2SiO3. */
    public static final Material LI2SIO3 = Coatings.LI2SIO3;
    /** Niobium metal buffer. */
    public static final Material NB = Coatings.NB;
    /** Tantalum metal buffer. */
    public static final Material TA = Coatings.TA;
    /** Germanium interlayer. */
    public static final Material GE = Coatings.GE;
    /** Gold interlayer. */
    public static final Material AU = Coatings.AU;
    /** Li2.3C0.7B0.3O3 welding agent. */
    public static final Material LCBO = Coatings.LCBO;

    // ---- interphases -------------------------------------------------------------------------------------
    /** La2CoO4 (LiCoO2 | LLZO reaction product). */
    public static final Material LA2COO4 = Interphases.LA2COO4;
    /** Li2CO3 (air-exposure product on garnets). */
    public static final Material LI2CO3 = Interphases.LI2CO3;
    /** LiMnPO4 (LiMn1.5Ni0.5O4 | LAGP reaction product). */
    public static final Material LIMNPO4 = Interphases.LIMNPO4;
    /** Amorphous Li–Nb–O (from a Nb buffer). */
    public static final Material LI_NB_O = Interphases.LI_NB_O;
    /** Li2S. */
    public static final Material LI2S = Interphases.LI2S;
    /** LiF. */
    public static final Material LIF = Interphases.LIF;
    /** Li2O. */
    public static final Material LI2O = Interphases.LI2O;

    private static final MaterialCatalog CATALOG = MaterialCatalog.of(List.of(
            LICOO2, NMC111, NMC811, NCA, LNMO, LIFEPO4, LI_AL_CO_O,
            LI_METAL, LI_IN, LI_AL, LI_MG, GRAPHITE, SI,
            LLZO, LLZO_AL, LLZTO, LLZNBO, LLCZN, LATP, LAGP, LLTO, LIPON,
            LI3PS4, LI3PS4_GLASS, LPS70, LPS78, LGPS, THIO_LISICON, LI6PS5CL, LI3INCL6, LI3PO4_LI2S_SIS2,
            PEO_LITFSI, PEO_LICLO4, CPMEA, SN_LICLO4,
            LINBO3, LITAO3, LI4TI5O12, LI3BO3, LI2ZRO3, LI3PO4, LI3PO4_CRYSTALLINE, AL2O3, LI_AL_O, ZRO2, LI2SIO3, NB, TA, GE, AU, LCBO,
            LA2COO4, LI2CO3, LIMNPO4, LI_NB_O, LI2S, LIF, LI2O));

    /** @return the built-in catalog (immutable) */
    public static MaterialCatalog catalog() {
        return CATALOG;
    }

    /**
     * Looks a built-in material up by id, alias or formula, ignoring case.
     *
     * @param name e.g. "llzo", "LCO", "Li6PS5Cl" (not null, not blank)
     * @return the material
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank, or listing the closest names if there is none
     */
    public static Material get(String name) {
        return CATALOG.get(name);
    }

    /** @return every built-in material */
    public static List<Material> all() {
        return CATALOG.all();
    }

    /**
     * @param role a role (not null)
     * @return the built-in materials with that role
     * @throws NullPointerException if the role is null
     */
    public static List<Material> withRole(Role role) {
        return CATALOG.withRole(role);
    }

    /**
     * @param family a family (not null)
     * @return the built-in materials of that family
     * @throws NullPointerException if the family is null
     */
    public static List<Material> withFamily(Family family) {
        return CATALOG.withFamily(family);
    }

    /**
     * The built-in catalog with a user file merged over it (see {@link MaterialFiles} for the format).
     *
     * @param file the user CSV file (not null)
     * @return a new catalog; the built-in one is unchanged
     * @throws NullPointerException if {@code file} is null
     * @throws MaterialFileException if the file is malformed
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static MaterialCatalog withUserFile(Path file) {
        return CATALOG.withUserFile(file);
    }
}
