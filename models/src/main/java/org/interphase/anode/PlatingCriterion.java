package org.interphase.anode;

/** The lithium-penetration criteria of {@link PlatingSolver}. */
public enum PlatingCriterion {
    /** G_electrolyte ≥ 2·G_Li (Monroe &amp; Newman, J. Electrochem. Soc. 152, A396 (2005)): independent of current and flaw. */
    MONROE_NEWMAN,
    /** Li-filled flaw grows when Y·(F·η/V_m)·√(πc) ≥ K_Ic (Porz et al., Adv. Energy Mater. 7, 1701003 (2017)). */
    LI_FILLED_CRACK,
    /**
     * Li precipitates in a grain boundary when j·R_gb ≥ η_n. A simplification of this library, not the published
     * criterion: it reduces the grain-boundary mechanism of Raj &amp; Wolfenstine (J. Power Sources 343, 119 (2017),
     * "Current limit diagrams for dendrite formation in solid-state electrolytes") to a resistance and a nucleation
     * overpotential; their equations could not be consulted and are not implemented.
     */
    GRAIN_BOUNDARY,
    /**
     * Voids open on stripping when j exceeds the critical stripping current of {@link StrippingSolver}
     * (creep and vacancy diffusion in the lithium); on plating they focus the current (Kasemchainan et al.,
     * Nat. Mater. 18, 1105 (2019)). On the map only when the problem has a stripping problem.
     */
    STRIPPING_VOIDS
}
