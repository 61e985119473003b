package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.interphase.spacecharge.Fixtures.PER_NM3;
import static org.interphase.spacecharge.Fixtures.T;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Review bug 2: potentials so large that a dilute law's e^{|zψ|} overflows a double gave NaN, ±∞ or
 * a root-finder message naming no parameter. They must give a finite result or an
 * IllegalArgumentException naming the input (interface potential / potential step) in V.
 */
class LargePotentialTest {

    private static Phase gc(String name) {
        return Phase.of(name, 30, Boltzmann.symmetric(1, 1e25), 1e-2);
    }

    private static Phase ms(String name) {
        return Phase.of(name, 20, Boltzmann.mottSchottky(1, 0.01 * PER_NM3), 1e-2);
    }

    @Test
    void anOverflowingInterfacePotentialIsRejectedByName() {
        assertThatThrownBy(() -> SemiInfinite.of(30, Boltzmann.symmetric(1, 1e25), T, -20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interface potential").hasMessageContaining("-20.0 V");
        // inside the range (eφ0/kT ≈ −389, c∞e^{389} ≈ 1e194 m⁻³) every getter is finite
        SemiInfinite s = SemiInfinite.of(30, Boltzmann.symmetric(1, 1e25), T, -10);
        assertThat(s.capacitance()).isFinite().isPositive();
        assertThat(s.spaceCharge()).isFinite().isPositive();
        assertThat(s.width()).isFinite().isPositive();
    }

    @Test
    void anOverflowingJunctionStepIsRejectedByName() {
        assertThatThrownBy(() -> JunctionSolver.withDefaults().solve(Junction.of(gc("A"), gc("B"), Units.eV(40), T)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("potential step").hasMessageContaining(" V");
        // with a fixed interface charge the bracket is widened: same answer
        assertThatThrownBy(() -> JunctionSolver.withDefaults().solve(Junction.of(gc("A"), gc("B"), Units.eV(40), T)
                .withInterfaceCharge(-0.01))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("potential step");
        JunctionSolution charged = JunctionSolver.withDefaults().solve(Junction.of(gc("A"), gc("B"), Units.eV(20), T)
                .withInterfaceCharge(-0.01));
        assertThat(charged.left().charge() + charged.right().charge() - 0.01).isCloseTo(0,
                within(1e-9 * Math.abs(charged.left().charge())));
    }

    @Test
    void aStepWhoseBracketEndsOverflowButWhoseSplitDoesNotIsSolved() {
        // 20 eV ≈ 778 kT/e: all of it on one side overflows, but the symmetric split (≈ 389 kT/e each) does not
        Junction j = Junction.of(gc("A"), gc("B"), Units.eV(20), T);
        JunctionSolution s = JunctionSolver.withDefaults().solve(j);
        assertThat(s.right().drop() - s.left().drop()).isCloseTo(20, within(1e-9 * 20));
        assertThat(s.left().drop()).isCloseTo(-10, within(1e-9 * 10));
        assertThat(s.left().charge() + s.right().charge()).isCloseTo(0, within(1e-9 * Math.abs(s.left().charge())));
    }

    @Test
    void anOverflowingResistivityRatioIsRejectedByName() {
        // MS | MS at 25 eV: the depleted side takes ≈ 970 kT/e and σ∞/σ = e^970 overflows
        assertThatThrownBy(() -> JunctionSolver.withDefaults().solve(Junction.of(ms("A"), ms("B"), Units.eV(25), T)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interface potential")
                .hasMessageContaining("resistivity ratio");
        assertThatThrownBy(() -> new MottSchottky(20, T, 1, 1e25, 50).resistivityRatio())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interface potential")
                .hasMessageContaining("50.0 V");
        assertThatThrownBy(() -> new MottSchottky(20, T, 1, 1e25, -50).capacitance())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interface potential");
    }

    /** No getter of a layer returns NaN or ±∞ over ±2000 kT/e: it is finite or the layer is refused. */
    @Property(tries = 200)
    void layersAreFiniteOrRefused(@ForAll @DoubleRange(min = -2000, max = 2000) double psi0,
            @ForAll @IntRange(min = 0, max = 3) int kind) {
        ChargeLaw law = switch (kind) {
            case 0 -> Boltzmann.symmetric(1, 1e25);
            case 1 -> Boltzmann.mottSchottky(2, 1e24);
            case 2 -> LatticeGas.lithium(30 * PER_NM3, 0.3);
            default -> new Bikerman(1, 1e25, 0.01);
        };
        SemiInfinite s;
        try {
            s = SemiInfinite.reduced(12, law, T, psi0);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("interface potential");
            return;
        }
        assertThat(s.spaceCharge()).isFinite();
        assertThat(s.capacitance()).isFinite().isPositive();
        assertThat(s.width()).isFinite().isPositive();
        assertThat(s.interfaceField()).isFinite();
        assertThat(s.interfaceCarrierDensity()).isFinite();
        try {
            assertThat(s.excessResistanceLength(kind == 2)).isFinite();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("interface potential");
        }
        assertThat(s.interfacePotential()).isCloseTo(psi0 * Constants.thermalVoltage(T), within(1e-9 * Math.abs(psi0)));
    }
}
