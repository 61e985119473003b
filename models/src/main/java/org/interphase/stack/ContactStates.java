package org.interphase.stack;

import java.util.Locale;
import org.interphase.contact.StackPressureContact;
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
     * @param pressure stack pressure, Pa (&gt; 0)
     * @return the contact state
     */
    public static ContactState atStackPressure(StackPressureContact model, double pressure) {
        if (model == null) {
            throw new IllegalArgumentException("contact model must not be null");
        }
        double f = model.contactFraction(pressure);
        return new ContactState(f, model.constrictionAsr(pressure), String.format(Locale.ROOT, "%s at %.3g MPa",
                model.plastic(pressure) ? "plastic bearing area" : "elastic (Persson)", Units.toMPa(pressure)));
    }
}
