package org.interphase.stack;

import java.util.Locale;
import org.interphase.contact.CathodeBreathing;
import org.interphase.contact.StackPressureContact;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * Contact states of a stack from the contact model of {@link org.interphase.contact}.
 */
public final class ContactStates {

    private ContactStates() {}

    /**
     * The contact fraction and constriction of a rough pair at a stack pressure (Persson's elastic
     * fraction or the plastic bearing area, whichever is larger; Barber's constriction through
     * Persson's separation law — see {@link StackPressureContact}). The model's own charge-transfer
     * resistance is not used: the stack carries it.
     *
     * @param model the pair's contact model
     * @param pressure stack pressure, Pa (&gt; 0, large enough for a representable contact fraction)
     * @return the contact state
     * @throws IllegalArgumentException if the model is null or the pressure out of range
     */
    public static ContactState atStackPressure(StackPressureContact model, double pressure) {
        if (model == null) {
            throw new IllegalArgumentException("contact model must not be null");
        }
        Checks.positive(pressure, "stack pressure", "Pa");
        double f = model.contactFraction(pressure);
        if (!(f >= Double.MIN_NORMAL)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "stack pressure must give a contact "
                    + "fraction >= %s, was %s Pa (fraction %s): raise the pressure", Double.MIN_NORMAL, pressure, f));
        }
        return new ContactState(f, model.constrictionAsr(pressure), String.format(Locale.ROOT, "%s at %.3g MPa",
                model.plastic(pressure) ? "plastic bearing area" : "elastic (Persson)", Units.toMPa(pressure)));
    }

    /**
     * The contact of a breathing cathode at a state of charge after a number of cycles (see
     * {@link CathodeBreathing}: the misfit-sphere gap, Persson's separation law and contact
     * fraction, and a fraction χ of the shrinkage left behind per cycle). No constriction is added:
     * the breathing model gives the fraction only.
     *
     * @param breathing the particle | electrolyte breathing model
     * @param stateOfCharge s ∈ [0, 1]
     * @param cycles completed cycles n (&ge; 0)
     * @return the contact state
     */
    public static ContactState breathing(CathodeBreathing breathing, double stateOfCharge, int cycles) {
        if (breathing == null) {
            throw new IllegalArgumentException("breathing model must not be null");
        }
        double f = breathing.contactFraction(stateOfCharge, cycles);
        if (!(f > 0)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the cathode has lost all contact at state of charge %.3g after %d cycles (f = %s)",
                    stateOfCharge, cycles, f));
        }
        return new ContactState(f, 0.0, String.format(Locale.ROOT, "breathing cathode, SOC %.2f, %d cycles",
                stateOfCharge, cycles));
    }
}
