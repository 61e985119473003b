package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.contact.CathodeBreathing;
import org.interphase.contact.ContactModulus;
import org.interphase.contact.MisfitSphere;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

/**
 * NMC811 | Li3PS4 glass over state of charge and cycles: the stack's interface terms scale with the
 * contact the breathing cathode keeps (review section 1.4: contact lost as particles shrink). NMC811's
 * modulus is not in the catalog; 170 GPa and ν = 0.27 are assumed, as in docs/jshell/contact.jsh.
 */
class BreathingStackTest {

    static CathodeBreathing breathing(double chi) {
        double eGlass = Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS);
        double eStar = ContactModulus.combined(Units.GPa(170), 0.27, eGlass, 0.3);
        var particle = new MisfitSphere(Units.GPa(170), 0.27, eGlass, 0.3, Units.um(5));
        return new CathodeBreathing(particle, Materials.NMC811.require(Property.VOLUME_CHANGE), Units.MPa(10), eStar,
                0.1, Units.nm(20), 0.45, chi);
    }

    static ResistanceBudget budget(ContactState c) {
        return InterfaceStack.between(Materials.NMC811, Materials.LI3PS4_GLASS).chargeTransfer(Units.ohmCm2(10), 0)
                .contact(c).build().budget();
    }

    @Test
    void resistanceFollowsTheContactTheCathodeKeeps() {
        CathodeBreathing b = breathing(0.002);
        for (double soc : new double[] {0, 0.5, 1}) {
            ContactState c = ContactStates.breathing(b, soc, 0);
            assertThat(budget(c).total()).isCloseTo(Units.ohmCm2(10) / b.contactFraction(soc, 0),
                    within(1e-12 * budget(c).total()));
        }
        // NMC811 shrinks on charge (ΔV/V < 0): less contact, more resistance at full charge
        assertThat(budget(ContactStates.breathing(b, 1, 0)).total())
                .isGreaterThan(budget(ContactStates.breathing(b, 0, 0)).total());
        // contact lost over cycles accumulates; a reversible cathode (χ = 0) loses none
        assertThat(budget(ContactStates.breathing(b, 1, 100)).total())
                .isGreaterThan(budget(ContactStates.breathing(b, 1, 10)).total());
        CathodeBreathing reversible = breathing(0);
        assertThat(budget(ContactStates.breathing(reversible, 1, 100)).total())
                .isCloseTo(budget(ContactStates.breathing(reversible, 1, 0)).total(), within(1e-12));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ContactStates.breathing(null, 0.5, 0)).hasMessageContaining("breathing model");
        assertThatThrownBy(() -> ContactStates.atStackPressure(null, 1e6)).hasMessageContaining("contact model");
    }
}
