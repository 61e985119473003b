package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.interphase.anode.LithiumSupply;
import org.interphase.anode.StrippingProblem;
import org.interphase.anode.StrippingSolution;
import org.interphase.anode.StrippingSolver;
import org.interphase.core.Units;
import org.interphase.impedance.Spectrum;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

/**
 * A full cell's interface budget: the anode's stack (Li | interlayer | electrolyte, with the contact stripping
 * leaves) and the cathode's stack in series.
 */
class CellStackTest {

    private static final double T25 = Units.celsius(25);
    /** Au, 4.1e7 S/m at 20 °C (CRC Handbook of Chemistry and Physics, electrical resistivity of the elements). */
    private static final double SIGMA_AU = 4.1e7;

    private static InterfaceStack anode(ContactState contact) {
        return InterfaceStack.between(Materials.LI_METAL, Materials.LLZO).temperature(T25)
                .interlayer(Layer.of(Materials.AU, Units.nm(20)).withConductivity(SIGMA_AU))
                .chargeTransfer(Units.ohmCm2(1), Units.uFPerCm2(10)).contact(contact).build();
    }

    private static InterfaceStack cathode() {
        return InterfaceStack.between(Materials.LICOO2, Materials.LLZO).temperature(T25)
                .coating(Layer.of(Materials.LINBO3, Units.nm(5)).withConductivity(Units.sPerCm(1e-8)))
                .exchangeCurrent(Units.mAPerCm2(1), Units.uFPerCm2(10)).build();
    }

    @Test
    void cellTotalIsTheSumOfTheTwoSidesSolvedAlone() {
        CellSolution cell = StackSolver.withDefaults().solve(CellStack.of(anode(ContactState.PERFECT), cathode()));
        double a = StackSolver.withDefaults().solve(anode(ContactState.PERFECT)).total();
        double c = StackSolver.withDefaults().solve(cathode()).total();
        assertThat(cell.total()).isEqualTo(a + c);
        assertThat(cell.anode().total()).isEqualTo(a);
        assertThat(cell.cathode().total()).isEqualTo(c);
        // the joined table holds every line of both sides, and sums to the same total
        assertThat(cell.budget().contributions()).hasSize(cell.anode().lines() + cell.cathode().lines());
        assertThat(cell.lines()).isEqualTo(cell.budget().contributions().size());
        assertThat(cell.budget().total()).isCloseTo(a + c, within(1e-14 * (a + c)));
        assertThat(cell.anodeShare() + cell.cathodeShare()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void interlayerLineIsItsThicknessOverConductivity() {
        // R = L/σ of 20 nm Au on the nominal area of a perfect contact: 20e-9/4.1e7 Ω·m²
        ResistanceBudget b = StackSolver.withDefaults().solve(anode(ContactState.PERFECT)).budget();
        assertThat(b.resistanceOf(Mechanism.INTERLAYER)).isCloseTo(20e-9 / SIGMA_AU, within(1e-12 * 20e-9 / SIGMA_AU));
        assertThat(b.contributions().get(0).mechanism()).isEqualTo(Mechanism.INTERLAYER);
        assertThat(anode(ContactState.PERFECT).name()).startsWith(Materials.LI_METAL.name()).contains("20")
                .endsWith(Materials.LLZO.name());
        // on a partial contact it acts on the real area, as every interface term: R/f
        ContactState half = new ContactState(0.5, 0, "half");
        assertThat(StackSolver.withDefaults().solve(anode(half)).budget().resistanceOf(Mechanism.INTERLAYER))
                .isCloseTo(2 * 20e-9 / SIGMA_AU, within(1e-12 * 20e-9 / SIGMA_AU));
    }

    @Test
    void spectrumAtLowFrequencyIsTheSumOfResistances() {
        CellSolution cell = StackSolver.withDefaults().solve(CellStack.of(anode(ContactState.PERFECT), cathode()));
        Spectrum z = cell.spectrum(new double[] {1e-12});
        assertThat(z.re(0)).isCloseTo(cell.total(), within(1e-9 * cell.total()));
        assertThat(z.im(0)).isCloseTo(0.0, within(1e-9 * cell.total()));
        // and at every frequency it is the sum of the two sides' spectra
        double[] f = Spectrum.logFrequencies(1e-3, 1e9, 25);
        Spectrum za = cell.anode().budget().spectrum(f);
        Spectrum zc = cell.cathode().budget().spectrum(f);
        Spectrum zs = cell.spectrum(f);
        for (int i = 0; i < f.length; i++) {
            assertThat(zs.re(i)).isCloseTo(za.re(i) + zc.re(i), within(1e-12 * cell.total()));
            assertThat(zs.im(i)).isCloseTo(za.im(i) + zc.im(i), within(1e-12 * cell.total()));
        }
    }

    @Test
    void aStrippedAnodeThatLostContactRaisesItsShare() {
        // 5 mA/cm² at zero stack pressure, far above the vacancy-diffusion limit of Li | LLZO
        // (Krauskopf et al., Adv. Energy Mater. 9, 1902568 (2019): ~0.1 mA/cm² without pressure)
        StrippingSolution strip = StrippingSolver.withDefaults().solve(
                StrippingProblem.of(LithiumSupply.lithium(), Materials.LLZO, 0, T25, Units.mAPerCm2(5)));
        assertThat(strip.contactState().fraction()).isLessThan(0.5);
        CellStack fresh = CellStack.of(anode(ContactState.PERFECT), cathode());
        CellStack stripped = fresh.withAnodeContact(strip.contactState());
        CellSolution before = StackSolver.withDefaults().solve(fresh);
        CellSolution after = StackSolver.withDefaults().solve(stripped);
        assertThat(after.anodeShare()).isGreaterThan(before.anodeShare());
        assertThat(after.cathode().total()).isEqualTo(before.cathode().total());
        // R_ct/f + R_interlayer/f + the void constriction
        ContactState s = strip.contactState();
        double expected = (Units.ohmCm2(1) + 20e-9 / SIGMA_AU) / s.fraction() + s.constrictionResistance();
        assertThat(after.anode().total()).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void cellSpectrumIsPassive() {
        double[] f = Spectrum.logFrequencies(1e-4, 1e10, 80);
        for (double fraction : new double[] {1.0, 0.3, 1e-3}) {
            for (double constriction : new double[] {0, Units.ohmCm2(5)}) {
                CellSolution cell = StackSolver.withDefaults().solve(CellStack.of(
                        anode(new ContactState(fraction, constriction, "test")), cathode()));
                Spectrum z = cell.spectrum(f);
                for (int i = 0; i < f.length; i++) {
                    assertThat(z.re(i)).isGreaterThanOrEqualTo(0.0);
                    assertThat(-z.im(i)).isGreaterThanOrEqualTo(0.0);
                }
            }
        }
    }

    @Test
    void oneCellOneTemperature() {
        assertThatThrownBy(() -> CellStack.of(anode(ContactState.PERFECT), cathode().withTemperature(Units.celsius(60))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same temperature");
        CellStack hot = CellStack.of(anode(ContactState.PERFECT), cathode()).withTemperature(Units.celsius(60));
        assertThat(hot.anode().temperature()).isEqualTo(Units.celsius(60));
        assertThat(hot.cathode().temperature()).isEqualTo(Units.celsius(60));
        String li = Materials.LI_METAL.name();
        String llzo = Materials.LLZO.name();
        assertThat(hot.name()).isEqualTo(li + " | " + anode(ContactState.PERFECT).interlayer().orElseThrow() + " | "
                + llzo + " … " + llzo + " | " + cathode().coating().orElseThrow() + " | " + Materials.LICOO2.name());
        // R_ct from the exchange current moves with T: the hot cathode is R·T/(F·i0) higher
        CellSolution s = StackSolver.withDefaults().solve(hot);
        assertThat(s.toString()).contains("anode", "cathode", "Ω·cm²");
        assertThatThrownBy(() -> StackSolver.withDefaults().solve((CellStack) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cell");
    }
}
