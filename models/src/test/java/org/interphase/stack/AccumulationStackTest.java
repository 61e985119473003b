package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Units;
import org.interphase.impedance.Spectrum;
import org.interphase.materials.Materials;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.LayeredSolution;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: an accumulation layer is not a negative arc. A 2 nm LiNbO3 coating with few mobile
 * Li⁺ (θ∞ = 1e-3) between an electron-conducting LiCoO2 and β-Li3PS4 at a 0.2 eV step takes up Li⁺
 * (−137 mV): its excess resistance (−0.042 Ω·cm²) exceeds the small Li3PS4 depletion, and the old
 * budget drew a net negative space-charge line — shares 299 % / −199 %, Re Z &lt; 0 near 1 MHz.
 * Physically the accumulation raises the carrier concentration of the coating, whose resistance
 * ∫₀^d dx/σ(x) stays positive: the coating's line goes down, nothing goes negative.
 */
class AccumulationStackTest {

    static final double T = Units.ROOM_TEMPERATURE;
    static final Phase LNB_DILUTE = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).bulkOccupancy(1e-3)
            .build();

    static InterfaceStack accumulating() {
        return InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(2))
                .spaceCharge("Poisson–Boltzmann", SpaceChargeTerms.layered(SpaceChargeStackTest.LCO_METAL,
                        SpaceChargeStackTest.LPS, Units.eV(0.2), LNB_DILUTE, 0, SpaceChargeStackTest.SOLVER))
                .build();
    }

    /** Re Z ≥ 0 and −Im Z ≥ 0 of a series of R‖C elements with R, C ≥ 0 (to rounding of the sums). */
    static void assertPassive(ResistanceBudget b, String what) {
        Spectrum z = b.spectrum(Spectrum.logFrequencies(1e-3, 1e12, 151));
        double scale = b.total();
        for (int i = 0; i < z.size(); i++) {
            assertThat(z.re(i)).as("%s: Re Z at %.3g Hz", what, z.frequency(i)).isGreaterThanOrEqualTo(-1e-12 * scale);
            assertThat(z.im(i)).as("%s: Im Z at %.3g Hz", what, z.frequency(i)).isLessThanOrEqualTo(1e-12 * scale);
        }
    }

    static void assertSharesAreFractions(ResistanceBudget b, String what) {
        double sum = 0;
        for (Contribution c : b.contributions()) {
            assertThat(c.resistance()).as("%s: %s", what, c).isGreaterThanOrEqualTo(0);
        }
        for (double share : b.shares().values()) {
            assertThat(share).as("%s: shares %s", what, b.shares()).isBetween(0.0, 1.0);
            sum += share;
        }
        // a budget of zero total (no step, no coating) has no shares to speak of: all 0
        assertThat(sum).as("%s: shares %s", what, b.shares()).isCloseTo(b.total() > 0 ? 1.0 : 0.0, within(1e-12));
    }

    @Test
    void anAccumulatingCoatingLowersItsOwnLineAndTheSpectrumStaysPassive() {
        ResistanceBudget b = accumulating().budget();
        assertSharesAreFractions(b, b.toString());
        assertPassive(b, b.toString());
        // the accumulation shows as what it is: a lower coating line, stated in the table
        double ohmic = Layer.of(Materials.LINBO3, Units.nm(2)).resistance(T);
        assertThat(b.resistanceOf(Mechanism.COATING)).isPositive().isLessThan(ohmic);
        assertThat(b.toString()).contains("Li⁺ accumulation lowers its d/σ");
        // and the total is still what the cell sees: d/σ + the signed excess of the solved junction
        LayeredSolution direct = SpaceChargeStackTest.SOLVER.solve(LayeredJunction.coated(Junction.of(
                SpaceChargeStackTest.LCO_METAL, SpaceChargeStackTest.LPS, Units.eV(0.2), T), LNB_DILUTE, Units.nm(2), 0));
        assertThat(b.total() + b.bulkChange()).isCloseTo(ohmic + direct.spaceChargeResistance(),
                within(1e-12 * b.total()));
    }

    @Test
    void aBudgetLineIsNeverNegative() {
        assertThatThrownBy(() -> new Contribution(Mechanism.SPACE_CHARGE, "accumulation", -Units.ohmCm2(0.04),
                Units.uFPerCm2(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("space charge resistance").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new ResistanceBudget("x", T, java.util.List.of(), Units.ohmCm2(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bulk resistance change");
        assertThatThrownBy(() -> new StackTerm.Effect(new Contribution(Mechanism.SPACE_CHARGE, "", 0, 0), 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coating resistance factor");
    }

    @Test
    void aTermThatLowersAMissingCoatingIsAnError() {
        StackTerm lowersCoating = new StackTerm() {
            @Override
            public Contribution evaluate(InterfaceStack stack) {
                return new Contribution(Mechanism.SPACE_CHARGE, "", 0, 0);
            }

            @Override
            public Effect effect(InterfaceStack stack) {
                return new Effect(evaluate(stack), 0.5, 0);
            }
        };
        InterfaceStack s = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).term(lowersCoating).build();
        assertThatThrownBy(s::budget).isInstanceOf(IllegalStateException.class).hasMessageContaining("no coating");
    }
}
