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
        assertThatThrownBy(() -> Screening.withDefaults().withEvaluation(null, "none"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evaluation");
        assertThatThrownBy(() -> Screening.withDefaults().solve(java.util.Arrays.asList(s, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> new ScreeningSolution.Row(1, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stack");
        assertThatThrownBy(() -> StackSolver.withDefaults().solve((InterfaceStack) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stack");
    }

    @Test
    void aDetailIsNeverNullAndATermNamesAMissingStack() {
        // a null detail was silently taken as "", and a term asked for the effect on a null stack threw the JVM's
        // NullPointerException from inside the caller's lambda
        assertThatThrownBy(() -> new ContactState(0.5, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("detail");
        assertThatThrownBy(() -> new Contribution(Mechanism.COATING, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("detail");
        StackTerm term = st -> new Contribution(Mechanism.COATING, st.name(), 0, 0);
        assertThatThrownBy(() -> term.effect(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stack");
    }
}
