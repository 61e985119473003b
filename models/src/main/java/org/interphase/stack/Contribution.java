package org.interphase.stack;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * One line of a resistance budget: a mechanism's area-specific resistance referred to the nominal
 * (geometric) area, and the capacitance that sets the frequency of its impedance arc.
 *
 * @param mechanism the mechanism
 * @param detail what it is, e.g. {@code "LiNbO3 5 nm"} (not null; {@code ""} for none)
 * @param resistance area-specific resistance on the nominal area, Ω·m² (&ge; 0 for every mechanism:
 *     an accumulation layer, which conducts better than the bulk, lowers the line of the layer it
 *     sits in — see {@link StackTerm.Effect} — and is never a negative line of its own)
 * @param capacitance area-specific capacitance in parallel with it, F/m² (&ge; 0; 0 for a pure
 *     resistance)
 */
public record Contribution(Mechanism mechanism, String detail, double resistance, double capacitance) {

    /**
     * Validates the components.
     *
     * @param mechanism the mechanism
     * @param detail what it is
     * @param resistance area-specific resistance, Ω·m² (&ge; 0)
     * @param capacitance area-specific capacitance, F/m² (&ge; 0)
     * @throws IllegalArgumentException if the mechanism is null, or the resistance or capacitance is
     *     negative or not finite
     */
    public Contribution {
        if (mechanism == null) {
            throw new IllegalArgumentException("mechanism must not be null");
        }
        if (detail == null) {
            throw new IllegalArgumentException(mechanism.label() + " detail must not be null (\"\" for none)");
        }
        // R ≥ 0 and C ≥ 0 make every line a passive R‖C element (Re Z ≥ 0, −Im Z ≥ 0 at every ω); a
        // negative line would be a negative arc, non-passive, with shares above 100 % and below 0 %
        Checks.nonNegative(resistance, mechanism.label() + " resistance", "Ω·m²");
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
