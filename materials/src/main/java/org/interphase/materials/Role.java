package org.interphase.materials;

/** What a material does in an all-solid-state cell. A material may have several roles (Si is an anode and an alloy interlayer). */
public enum Role {
    /** Positive electrode active material. */
    CATHODE,
    /** Negative electrode active material (Li metal, alloys, graphite, Si, Li4Ti5O12). */
    ANODE,
    /** Solid (inorganic, polymer or plastic-crystal) Li⁺ electrolyte. */
    SOLID_ELECTROLYTE,
    /** Coating or buffer layer put between electrode and electrolyte on purpose. */
    COATING,
    /** Phase that forms by itself at an interface (reaction product, air-exposure product). */
    INTERPHASE,
    /** Electronic current collector. */
    CURRENT_COLLECTOR
}
