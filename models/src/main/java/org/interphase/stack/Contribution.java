package org.interphase.stack;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * One line of a resistance budget: a mechanism's area-specific resistance referred to the nominal
 * (geometric) area, and the capacitance that sets the frequency of its impedance arc.
 *
 * @param mechanism the mechanism
 * @param detail what it is, e.g. {@code "LiNbO3 5 nm"}
 * @param resistance area-specific resistance on the nominal area, Ω·m² (&ge; 0; a space-charge line
 *     may be negative, the excess resistance of an accumulation layer that conducts better than the
 *     bulk)
 * @param capacitance area-specific capacitance in parallel with it, F/m² (&ge; 0; 0 for a pure
 *     resistance)
 */
public record Contribution(Mechanism mechanism, String detail, double resistance, double capacitance) {

    /**
     * Validates the components.
     *
     * @param mechanism the mechanism
     * @param detail what it is
     * @param resistance area-specific resistance, Ω·m² (&ge; 0; may be negative for space charge)
     * @param capacitance area-specific capacitance, F/m² (&ge; 0)
     */
    public Contribution {
        if (mechanism == null) {
            throw new IllegalArgumentException("mechanism must not be null");
        }
        detail = detail == null ? "" : detail;
        if (mechanism == Mechanism.SPACE_CHARGE) {
            // an accumulation layer conducts better than the bulk: its excess resistance is negative
            Checks.finite(resistance, mechanism.label() + " resistance", "Ω·m²");
        } else {
            Checks.nonNegative(resistance, mechanism.label() + " resistance", "Ω·m²");
        }
        Checks.nonNegative(capacitance, mechanism.label() + " capacitance", "F/m²");
    }

    /** @return the relaxation time RC of the arc, s (0 for a pure resistance) */
    public double timeConstant() {
        return resistance * capacitance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s): %.4g Ω·cm²", mechanism.label(), detail, Units.toOhmCm2(resistance));
    }
}
