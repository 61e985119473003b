package org.interphase.anode;

/** The lithium-penetration criteria of {@link PlatingSolver}. */
public enum PlatingCriterion {
    /** G_electrolyte ≥ 2·G_Li (Monroe &amp; Newman, J. Electrochem. Soc. 152, A396 (2005)): independent of current and flaw. */
    MONROE_NEWMAN,
    /** Li-filled flaw grows when Y·(F·η/V_m)·√(πc) ≥ K_Ic (Porz et al., Adv. Energy Mater. 7, 1701003 (2017)). */
    LI_FILLED_CRACK,
    /** Li precipitates in a grain boundary when j·R_gb ≥ η_n (after Raj &amp; Wolfenstine, J. Power Sources 343, 119 (2017)). */
    GRAIN_BOUNDARY
}
