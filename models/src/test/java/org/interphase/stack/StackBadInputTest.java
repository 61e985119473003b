package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interphase.contact.StackPressureContact;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

/** Bad input to the stack fails before any work, naming the parameter. */
class StackBadInputTest {

    @Test
    void aPressureTooLowForAnyContactNamesThePressure() {
        // 1e-300 Pa gave a contact fraction of 1.6e-310, reported as a bad "contact fraction" the caller never passed
        var dry = StackPressureContact.elastic(Units.GPa(5), 0.1, Units.nm(100), 0.1, Units.ohmCm2(1));
        assertThatThrownBy(() -> ContactStates.atStackPressure(dry, 1e-300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stack pressure").hasMessageContaining("1.0E-300 Pa");
        assertThatThrownBy(() -> ContactStates.atStackPressure(dry, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stack pressure");
    }

    @Test
    void nullsAreNamed() {
        assertThatThrownBy(() -> new ResistanceBudget("x", 300, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lines");
        assertThatThrownBy(() -> new ResistanceBudget("x", 300, List.of()).resistanceOf(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mechanism");
        InterfaceStack s = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).build();
        assertThatThrownBy(() -> Screening.rank(List.of(s), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaluation");
        assertThatThrownBy(() -> new Screening.Row(1, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stack");
    }
}
