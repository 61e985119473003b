package org.interphase.stack;

/** The causes of interfacial resistance that an {@link InterfaceStack} accounts for. */
public enum Mechanism {
    /** A metal, alloy or wetting layer put at the electrode on purpose (Au, Li–Mg, Al2O3 on a lithium anode). */
    INTERLAYER("interlayer"),
    /** A reaction or interdiffusion layer grown between electrode and electrolyte. */
    INTERPHASE("interphase"),
    /** A coating or buffer layer put there on purpose. */
    COATING("coating"),
    /** The space-charge zone where two ionic conductors meet. */
    SPACE_CHARGE("space charge"),
    /** Li⁺ transfer across the interface itself. */
    CHARGE_TRANSFER("charge transfer"),
    /** Current crowding into the contact spots of a partial contact. */
    CONSTRICTION("constriction");

    private final String label;

    Mechanism(String label) {
        this.label = label;
    }

    /** @return a short human-readable name */
    public String label() {
        return label;
    }
}
