package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/** The electrode curves, creep law and interdiffusion data against physics and their sources. */
class ElectrodeDataTest {

    private static List<Material> withOcv() {
        return Materials.all().stream().filter(m -> m.openCircuitVoltage().isPresent()).toList();
    }

    @Test
    void everyOcvCurveFallsMonotonicallyAsLithiumIsAddedAndStaysInACathodesRange() {
        assertThat(withOcv()).extracting(Material::id).contains("LiCoO2", "NMC811", "LiFePO4");
        for (Material m : withOcv()) {
            OcvCurve c = m.openCircuitVoltage().get();
            int n = 2000;
            double prev = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= n; i++) {
                double x = c.xMin() + (c.xMax() - c.xMin()) * i / n;
                double v = c.voltage(x);
                // a cathode's potential falls as it is lithiated (dU/dx < 0: the Li chemical potential rises)
                assertThat(v).as("%s at x = %s", m.id(), x).isLessThan(prev).isBetween(2.0, 5.0);
                prev = v;
            }
            assertThat(c.source().year()).isPositive();
        }
    }

    @Test
    void ocvCurvesAgreeWithTheTextbookVoltages() {
        // Li0.5CoO2 sits at ~4.2 V and LiCoO2 near full lithiation below ~3.9 V (Ramadass et al. 2004 fit)
        OcvCurve lco = Materials.LICOO2.openCircuitVoltage().get();
        assertThat(lco.voltage(0.5)).isBetween(4.15, 4.30);
        assertThat(lco.voltage(0.95)).isBetween(3.6, 3.9);
        // LiFePO4: the two-phase plateau at ~3.4 V from x = 0.1 to 0.8 (Afshar et al. 2017)
        OcvCurve lfp = Materials.LIFEPO4.openCircuitVoltage().get();
        for (double x = 0.1; x <= 0.8 + 1e-9; x += 0.1) {
            assertThat(lfp.voltage(x)).isCloseTo(3.40, within(0.02));
        }
        // NMC811 (LG M50, Chen et al. 2020): ~4.2–4.3 V charged, ~3.5–3.6 V discharged
        OcvCurve nmc = Materials.NMC811.openCircuitVoltage().get();
        assertThat(nmc.voltageAtStateOfCharge(1)).isBetween(4.15, 4.35);
        assertThat(nmc.voltageAtStateOfCharge(0)).isBetween(3.45, 3.65);
    }

    @net.jqwik.api.Property(tries = 200)
    void nmc811FitIsTheClosedFormOfChen2020(@ForAll @DoubleRange(min = 0.27, max = 0.90) double x) {
        // Chen et al., J. Electrochem. Soc. 167, 080534 (2020), written out independently of Cathodes.nmc811
        double u = 4.4875 - 0.8090 * x - 0.0428 * Math.tanh(18.5138 * (x - 0.5542))
                - 17.7326 * Math.tanh(15.7890 * (x - 0.3117)) + 17.5842 * Math.tanh(15.9308 * (x - 0.3120));
        assertThat(Materials.NMC811.openCircuitVoltage().get().voltage(x)).isCloseTo(u, within(1e-12));
    }

    @Test
    void lithiumCreepLawPassesThroughItsFlowStressAndHasTheMeasuredExponent() {
        // Masias et al. 2019: flow stress ~0.77 MPa at ~1e-3 1/s; LePage et al. 2019: n = 6.6, Q = 37 kJ/mol
        CreepLaw law = Materials.LI_METAL.creepLaw().orElseThrow();
        assertThat(law.strainRate(Units.MPa(0.77), Units.ROOM_TEMPERATURE)).isCloseTo(1e-3, within(1e-15));
        // a 10× faster strain rate needs 10^(1/6.6) ≈ 1.42× the stress
        assertThat(law.stress(1e-2, Units.ROOM_TEMPERATURE) / law.stress(1e-3, Units.ROOM_TEMPERATURE))
                .isCloseTo(Math.pow(10, 1 / 6.6), within(1e-12));
        assertThat(law.activationEnergy() * Constants.AVOGADRO).isCloseTo(37e3, within(1e-6));
    }

    @Test
    void cobaltDiffusionInLlzoReproducesTheReportedValueAt700C() {
        // ChemRxiv preprint 642050a491074bccd04fa1b6 (2023): D(700 °C) = 9.46e-14 cm²/s, Ea = 1.65 eV
        Interdiffusion co = InterfacePairs.get(Materials.LICOO2, Materials.LLZO).interdiffusion().get(0);
        assertThat(co.species()).isEqualTo("Co");
        assertThat(co.host()).isEqualTo("LLZO");
        assertThat(Units.toCm2PerS(co.diffusivity(Units.celsius(700)))).isCloseTo(9.46e-14, within(1e-20));
        assertThat(Units.toEV(co.activationEnergy())).isCloseTo(1.65, within(1e-12));
        double ratio = co.diffusivity(Units.celsius(600)) / co.diffusivity(Units.celsius(700));
        double expected = Math.exp(-Units.eV(1.65) / Constants.BOLTZMANN * (1 / Units.celsius(600) - 1 / Units.celsius(700)));
        assertThat(ratio).isCloseTo(expected, within(1e-12 * expected));
        // diffusion length in one hour at 700 °C: sqrt(D t) ≈ 0.18 µm — the scale of the ~50 nm–µm layers reported
        double l = Math.sqrt(co.diffusivity(Units.celsius(700)) * Units.hours(1));
        assertThat(Units.toNm(l)).isBetween(100.0, 300.0);
    }

    @Test
    void everyPairIsBuiltFromCatalogMaterialsAndHasSourcedData() {
        for (InterfacePair p : InterfacePairs.all()) {
            assertThat(Materials.catalog().contains(p.first())).as(p.first()).isTrue();
            assertThat(Materials.catalog().contains(p.second())).as(p.second()).isTrue();
            assertThat(p.sources()).isNotEmpty();
            assertThat(p.interdiffusion().size() + p.reactionProducts().size() + p.resistances().size()
                    + p.observations().size()).isPositive();
            assertThat(InterfacePairs.get(Materials.get(p.second()), Materials.get(p.first()))).isSameAs(p);
        }
        assertThat(InterfacePairs.find(Materials.LGPS, Materials.AU)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InterfacePairs.get(Materials.LGPS, Materials.AU))
                .hasMessageContaining("no interface data for LGPS | Au; pairs with data: LiCoO2 | LLZO");
    }
}
