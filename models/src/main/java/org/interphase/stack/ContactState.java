package org.interphase.stack;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * How well the two solids touch: the fraction f of the nominal area in contact, and the
 * constriction resistance of the current crowding into the contact spots. The interface terms
 * (interphase, coating, space charge, charge transfer) act on the real contact area only, so on
 * the nominal area they count R/f; the constriction adds in series (the R_ct/f + constriction
 * picture of the contact model).
 *
 * @param fraction f, the real contact fraction (0 &lt; f ≤ 1)
 * @param constrictionResistance R_c, Ω·m² on the nominal area (&ge; 0)
 * @param detail where the numbers come from, e.g. {@code "BEM at 5 MPa"} (not null; {@code ""} for none)
 */
public record ContactState(double fraction, double constrictionResistance, String detail) {

    /**
     * Validates the components.
     *
     * @param fraction f (0 &lt; f ≤ 1)
     * @param constrictionResistance R_c, Ω·m² (&ge; 0)
     * @param detail where the numbers come from
     */
    public ContactState {
        Checks.inClosedRange(fraction, Double.MIN_NORMAL, 1.0, "contact fraction", "");
        Checks.nonNegative(constrictionResistance, "constriction resistance", "Ω·m²");
        if (detail == null) {
            throw new IllegalArgumentException("contact detail must not be null (\"\" for none)");
        }
    }

    /** Full, perfect contact: f = 1, no constriction. */
    public static final ContactState PERFECT = new ContactState(1.0, 0.0, "perfect contact");

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "contact %.3g %% (%s), constriction %.4g Ω·cm²", 100 * fraction, detail,
                Units.toOhmCm2(constrictionResistance));
    }
}
