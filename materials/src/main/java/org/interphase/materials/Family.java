package org.interphase.materials;

/** Chemical family of a material, by the anion or bonding that sets its chemistry at an interface. */
public enum Family {
    /** Oxides, including layered and spinel cathodes, garnets, perovskites, niobates, titanates, silicates, zirconates, borates. */
    OXIDE,
    /** Sulfides and thiophosphates (Li2S–P2S5 glasses and glass-ceramics, argyrodites, LGPS). */
    SULFIDE,
    /** Halides (chlorides such as Li3InCl6, fluorides such as LiF). */
    HALIDE,
    /** Phosphates (olivines, NASICON-type LATP/LAGP, Li3PO4). */
    PHOSPHATE,
    /** Oxynitrides (LiPON). */
    OXYNITRIDE,
    /** Carbonates (Li2CO3). */
    CARBONATE,
    /** Polymer electrolytes (PEO-based, crosslinked). */
    POLYMER,
    /** Plastic-crystal electrolytes (succinonitrile-based). */
    PLASTIC_CRYSTAL,
    /** Elemental metals (Li, Nb, Ta, Au). */
    METAL,
    /** Metallic alloys (Li–In, Li–Al). */
    ALLOY,
    /** Elemental semiconductors (Si, Ge). */
    SEMICONDUCTOR,
    /** Carbons (graphite). */
    CARBON
}
