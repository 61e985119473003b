package org.interphase.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.interphase.materials.Family;
import org.interphase.materials.Material;
import org.interphase.materials.Role;
import org.interphase.materials.Source;
import org.junit.jupiter.api.Test;

class InterfaceStackTest {

    private static final Source TEST = Source.of("test fixture", 2026, "InterfaceStackTest");

    static Material material(String id, double sigmaSPerCm, double eaEV, double epsR) {
        return Material.builder(id).name(id).family(Family.OXIDE).roles(Role.COATING)
                .property(org.interphase.materials.Property.IONIC_CONDUCTIVITY, Units.sPerCm(sigmaSPerCm), TEST)
                .property(org.interphase.materials.Property.IONIC_ACTIVATION_ENERGY, Units.eV(eaEV), TEST)
                .property(org.interphase.materials.Property.RELATIVE_PERMITTIVITY, epsR, TEST).build();
    }

    static final Material CATHODE = material("cathode", 1e-4, 0.3, 20);
    static final Material ELECTROLYTE = material("electrolyte", 1e-3, 0.3, 30);
    static final Material COATING = material("coating", 1e-6, 0.5, 40);
    static final Material INTERPHASE = material("interphase", 1e-8, 0.6, 15);

    @Property(tries = 100)
    void totalIsTheSumOfItsPartsAndContactScalesTheInterfaceTerms(
            @ForAll @DoubleRange(min = 0, max = 50) double coatingNm,
            @ForAll @DoubleRange(min = 0, max = 50) double interphaseNm,
            @ForAll @DoubleRange(min = 0.01, max = 1) double f,
            @ForAll @DoubleRange(min = 0, max = 100) double rctOhmCm2,
            @ForAll @DoubleRange(min = 0, max = 100) double constrictionOhmCm2) {
        InterfaceStack s = InterfaceStack.between(CATHODE, ELECTROLYTE)
                .interphase(INTERPHASE, Units.nm(interphaseNm)).coating(COATING, Units.nm(coatingNm))
                .chargeTransfer(Units.ohmCm2(rctOhmCm2), Units.uFPerCm2(10))
                .contact(new ContactState(f, Units.ohmCm2(constrictionOhmCm2), "given")).build();
        ResistanceBudget b = s.budget();
        double sum = 0;
        for (Contribution c : b.contributions()) {
            sum += c.resistance();
        }
        assertThat(b.total()).isEqualTo(sum);
        double t = s.temperature();
        double expected = (Units.nm(interphaseNm) / INTERPHASE.ionicConductivity(t)
                + Units.nm(coatingNm) / COATING.ionicConductivity(t) + Units.ohmCm2(rctOhmCm2)) / f
                + Units.ohmCm2(constrictionOhmCm2);
        assertThat(b.total()).isCloseTo(expected, within(1e-12 * expected + 1e-300));
        double shareSum = b.shares().values().stream().mapToDouble(Double::doubleValue).sum();
        if (b.total() > 0) {
            assertThat(shareSum).isCloseTo(1.0, within(1e-12));
        }
    }

    @Test
    void aZeroThicknessCoatingChangesNothing() {
        InterfaceStack bare = InterfaceStack.between(CATHODE, ELECTROLYTE).chargeTransfer(Units.ohmCm2(20), 0).build();
        InterfaceStack zero = bare.toBuilder().coating(COATING, 0).build();
        assertThat(zero.budget().total()).isEqualTo(bare.budget().total());
        assertThat(zero.budget().contributions()).hasSameSizeAs(bare.budget().contributions());
    }

    @Test
    void layerArcSitsAtTheDielectricRelaxationFrequencyWhateverItsThickness() {
        // τ = R·C = (L/σ)(ε0 εr/L) = ε0 εr/σ, independent of L (research notes buffer-and-impedance.md §0.5)
        for (double nm : new double[] {1, 10, 100}) {
            Contribution c = InterfaceStack.between(CATHODE, ELECTROLYTE).coating(COATING, Units.nm(nm)).build()
                    .budget().contributions().get(0);
            assertThat(c.timeConstant()).isCloseTo(Constants.VACUUM_PERMITTIVITY * 40 / Units.sPerCm(1e-6),
                    within(1e-9 * c.timeConstant()));
        }
    }

    @Property(tries = 50)
    void spectrumStartsAtTheBudgetTotalAndEndsAtTheUncapacitiveRest(
            @ForAll @DoubleRange(min = 0.5, max = 50) double coatingNm,
            @ForAll @DoubleRange(min = 0.05, max = 1) double f,
            @ForAll @DoubleRange(min = 0, max = 100) double constrictionOhmCm2) {
        ResistanceBudget b = InterfaceStack.between(CATHODE, ELECTROLYTE)
                .interphase(INTERPHASE, Units.nm(3)).coating(COATING, Units.nm(coatingNm))
                .chargeTransfer(Units.ohmCm2(20), Units.uFPerCm2(10))
                .contact(new ContactState(f, Units.ohmCm2(constrictionOhmCm2), "given")).build().budget();
        var spectrum = b.spectrum(org.interphase.impedance.Spectrum.logFrequencies(1e-8, 1e14, 67));
        assertThat(spectrum.re(0)).isCloseTo(b.total(), within(1e-6 * b.total()));
        assertThat(spectrum.im(0)).isLessThanOrEqualTo(0.0);
        // at very high frequency every capacitor shorts its arc: only the constriction is left
        assertThat(spectrum.re(spectrum.size() - 1)).isCloseTo(Units.ohmCm2(constrictionOhmCm2),
                within(1e-6 * b.total()));
        for (int i = 0; i < spectrum.size(); i++) {
            assertThat(spectrum.re(i)).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void exchangeCurrentGivesRtOverFi0() {
        // R_ct = RT/(F i0): at 25 °C and i0 = 1 mA/cm², 25.69 Ω·cm²
        InterfaceStack s = InterfaceStack.between(CATHODE, ELECTROLYTE).exchangeCurrent(Units.mAPerCm2(1), 0).build();
        assertThat(Units.toOhmCm2(s.chargeTransferResistance())).isCloseTo(25.693, within(1e-3));
        // R_ct follows the stack temperature, whatever the order the builder was called in
        InterfaceStack hot = s.withTemperature(Units.celsius(100));
        assertThat(hot.budget().resistanceOf(Mechanism.CHARGE_TRANSFER))
                .isCloseTo(s.chargeTransferResistance() * 373.15 / 298.15, within(1e-12));
    }

    @Test
    void temperatureFollowsTheMaterialsLaws() {
        InterfaceStack cold = InterfaceStack.between(CATHODE, ELECTROLYTE).coating(COATING, Units.nm(10)).build();
        InterfaceStack hot = cold.withTemperature(Units.celsius(60));
        double ratio = cold.budget().total() / hot.budget().total();
        // σ ratio of an Arrhenius law with Ea = 0.5 eV between 25 and 60 °C
        assertThat(ratio).isCloseTo(Math.exp(0.5 / Constants.BOLTZMANN_EV * (1 / 298.15 - 1 / 333.15)),
                within(1e-9 * ratio));
    }

    @Test
    void budgetPrintsATableInOhmCm2() {
        String text = InterfaceStack.between(CATHODE, ELECTROLYTE).coating(COATING, Units.nm(5))
                .chargeTransfer(Units.ohmCm2(20), 0).build().budget().toString();
        assertThat(text).contains("cathode | coating 5.00 nm | electrolyte").contains("Ω·cm²").contains("coating")
                .contains("charge transfer").contains("%");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> InterfaceStack.between(CATHODE, ELECTROLYTE).coating(COATING, -1e-9))
                .hasMessageContaining("coating layer thickness must be >= 0 m");
        assertThatThrownBy(() -> new ContactState(0, 0, "")).hasMessageContaining("contact fraction");
        assertThatThrownBy(() -> InterfaceStack.between(CATHODE, ELECTROLYTE).build().withCoatingThickness(1e-9))
                .hasMessageContaining("no coating");
        assertThatThrownBy(() -> InterfaceStack.between(null, ELECTROLYTE)).hasMessageContaining("must not be null");
    }
}
