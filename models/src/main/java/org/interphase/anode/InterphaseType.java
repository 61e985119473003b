package org.interphase.anode;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.interphase.materials.Family;
import org.interphase.materials.Material;

/**
 * How the reduction interphase between lithium metal and a solid electrolyte behaves.
 */
public enum InterphaseType {
    /** No reaction layer grows (garnets are kinetically stable against Li; LiPON too): the resistance stays. */
    STABLE,
    /**
     * An ionically conducting, electronically insulating layer (Li2S, Li3P, LiX from thiophosphates): electrons
     * cannot reach the electrolyte through it, Li must diffuse across it, so it thickens parabolically and
     * slows down (Wenzel et al., Solid State Ionics 286, 24 (2016); Chem. Mater. 28, 2400 (2016)). On the argyrodite
     * Li6PS5Cl this growth is diffusion-controlled and continues as long as lithium metal is present, with lithium
     * diffusing through partially lithiated phosphorus Li_xP ("The role of phosphorus in the solid electrolyte
     * interphase of argyrodite solid electrolytes", Nat. Commun. 16, 9304 (2025), doi:10.1038/s41467-025-64357-3,
     * abstract): parabolic, slowing but not stopping. Its growth constant, from the lithium the SEI consumes
     * (Aktekin et al., Nat. Commun. 2023), is {@link LithiumInterphase#argyroditeParabolicConstant()}; for other
     * thiophosphates give k_p yourself ({@link LithiumInterphase#selfLimitingFromResistance} calibrates it from
     * two impedances).
     */
    SELF_LIMITING,
    /**
     * A mixed ion–electron conductor (Ti⁴⁺ of LATP, Ge⁴⁺ of LAGP or LGPS reduced, Li–Ge alloy): electrons pass,
     * so the electrolyte keeps being reduced and the layer keeps growing, reaction-controlled (linear) rather
     * than diffusion-limited.
     */
    MIXED_CONDUCTING;

    /**
     * The behaviour the literature reports for an electrolyte of the catalog, by its family and its
     * reducible cations: garnets and LiPON stable; Ge- or Ti-containing electrolytes (LGPS, thio-LISICON,
     * LAGP, LATP, LLTO) mixed-conducting; other sulfides self-limiting.
     *
     * @param electrolyte the electrolyte (not null)
     * @return the expected type, or empty where the catalog says too little
     */
    public static Optional<InterphaseType> expectedFor(Material electrolyte) {
        Objects.requireNonNull(electrolyte, "electrolyte (material) must not be null");
        String formula = electrolyte.formula() == null ? "" : electrolyte.formula();
        String id = electrolyte.id().toUpperCase(Locale.ROOT);
        boolean reducible = formula.contains("Ge") || formula.contains("Ti") || id.contains("LAGP") || id.contains("LATP");
        if (reducible) {
            return Optional.of(MIXED_CONDUCTING);
        }
        if (electrolyte.family() == Family.SULFIDE) {
            return Optional.of(SELF_LIMITING);
        }
        if (id.contains("LLZ") || id.equals("LLCZN") || id.equals("LIPON")) {
            return Optional.of(STABLE);
        }
        return Optional.empty();
    }
}
