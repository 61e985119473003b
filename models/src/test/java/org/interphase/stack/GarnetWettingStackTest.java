package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.interphase.contact.ContactModulus;
import org.interphase.contact.StackPressureContact;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

/**
 * Li | garnet with and without an ALD Al2O3 interlayer (Han et al., Nat. Mater. 16 (2017) 572, as
 * quoted by Wang et al. 2018): 1710 Ω·cm² bare, 1 Ω·cm² coated, because lithiated alumina lets
 * molten Li wet the garnet. One number is calibrated, the other predicted:
 * <ul>
 *   <li>calibrated: the coated, wetted interface (f = 1) sets the interfacial resistance on real
 *       contact, R_int = 1 Ω·cm²;</li>
 *   <li>predicted: an unwetted Li | garnet contact is a dry solid contact; with the catalog's elastic
 *       moduli (Li, LLZO), a polished garnet (rms slope 0.1, rms height 100 nm — assumed) and no
 *       plastic flow of Li (lithiophobic surface, hardness taken as infinite), the stack at coin-cell
 *       stack pressures of 0.1–1 MPa must bracket the bare 1710 Ω·cm².</li>
 * </ul>
 */
class GarnetWettingStackTest {

    static final double R_INT = Units.ohmCm2(1);

    static StackPressureContact dryContact() {
        var li = Materials.LI_METAL;
        var llzo = Materials.LLZO;
        double eStar = ContactModulus.combined(li.require(Property.YOUNGS_MODULUS), li.require(Property.POISSON_RATIO),
                llzo.require(Property.YOUNGS_MODULUS), 0.26);
        return StackPressureContact.elastic(eStar, 0.1, Units.nm(100), llzo.require(Property.IONIC_CONDUCTIVITY),
                R_INT);
    }

    static InterfaceStack stack(ContactState contact) {
        return InterfaceStack.between(Materials.LI_METAL, Materials.LLCZN).chargeTransfer(R_INT, Units.uFPerCm2(10))
                .contact(contact).build();
    }

    @Test
    void wettingTurnsAContactLimitedInterfaceIntoANearlyIdealOne() {
        double wetted = stack(ContactState.PERFECT).budget().total();
        assertThat(Units.toOhmCm2(wetted)).isCloseTo(1.0, within(1e-12));

        double lowPressure = stack(ContactStates.atStackPressure(dryContact(), Units.MPa(0.1))).budget().total();
        double highPressure = stack(ContactStates.atStackPressure(dryContact(), Units.MPa(1))).budget().total();
        assertThat(Units.toOhmCm2(lowPressure)).isGreaterThan(1710);
        assertThat(Units.toOhmCm2(highPressure)).isLessThan(1710);
        // the dry contact is contact-limited: the real contact fraction is well below 1 %
        var dry = ContactStates.atStackPressure(dryContact(), Units.MPa(0.3));
        assertThat(dry.fraction()).isLessThan(1e-2);
        ResistanceBudget b = stack(dry).budget();
        assertThat(b.dominant()).isEqualTo(Mechanism.CHARGE_TRANSFER);
        assertThat(b.resistanceOf(Mechanism.CONSTRICTION)).isPositive();
        // wetting gains three orders of magnitude, as Han et al. report (1710 -> 1 Ω·cm²)
        assertThat(b.total() / wetted).isBetween(300.0, 10_000.0);
    }
}
