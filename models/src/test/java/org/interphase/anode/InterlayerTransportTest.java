package org.interphase.anode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Constants;
import org.interphase.core.SinglePoint;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.materials.MissingDataException;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

/**
 * Lateral Li transport in interlayers: the Nernst–Einstein conductivity, the catalog's Li diffusivities
 * (with their sources) and their use in the current-focusing cell.
 */
class InterlayerTransportTest {

    @Test
    void nernstEinsteinConductivity() {
        // σ = F²Dc/(RT) with F = e·N_A = 96485.33212331 C/mol, R = k·N_A = 8.31446261815324 J/(mol·K) (exact SI 2019)
        double expected = 96485.33212331 * 96485.33212331 * 1e-12 * 2e4 / (8.31446261815324 * 298.15);
        assertThat(InterlayerTransport.lateralConductivity(1e-12, 2e4, 298.15)).isCloseTo(expected, withinPercentage(1e-9));
        // linear in D and c, inverse in T
        assertThat(InterlayerTransport.lateralConductivity(2e-12, 2e4, 596.3)).isCloseTo(expected, withinPercentage(1e-9));
        assertThat(InterlayerTransport.lithiumConcentration(0.5, 1e-5)).isCloseTo(5e4, withinPercentage(1e-12));
    }

    @Test
    void catalogCarriesThePublishedDiffusivities() {
        // β-LiAl, Li-rich side, 415 °C: 2.4e-6 cm²/s (Wen, Ho, Boukamp, Raistrick, Weppner & Huggins,
        // Int. Met. Rev. 26, 253 (1981))
        assertThat(Materials.LI_AL.require(Property.LI_DIFFUSIVITY)).isCloseTo(Units.cm2PerS(2.4e-6), withinPercentage(1e-9));
        // amorphous Si films, PITT at 50 °C: 2e-13 to 4e-13 cm²/s (Xie, Imanishi, Zhang, Hirano, Takeda & Yamamoto,
        // Mater. Chem. Phys. 120, 421 (2010))
        double dSi = Materials.SI.require(Property.LI_DIFFUSIVITY);
        assertThat(dSi).isBetween(Units.cm2PerS(2e-13), Units.cm2PerS(4e-13));
        assertThat(Materials.SI.property(Property.LI_DIFFUSIVITY).orElseThrow().source().toString()).contains("Xie");
        assertThatThrownBy(() -> InterlayerTransport.lateralConductivity(Materials.LI_METAL, 1e4, 298.15))
                .isInstanceOf(MissingDataException.class);
    }

    @Test
    void aLithiatedSiInterlayerCannotSpreadCurrentLaterallyWhereHotLiAlCan() {
        // Li concentration of a lithiated interlayer ~ x/V_m with x ~ 0.5–0.8 and V_m ~ 1e-5 m³/mol: take 5e4 mol/m³
        double c = InterlayerTransport.lithiumConcentration(0.5, 1e-5);
        double sigmaSi = InterlayerTransport.lateralConductivity(Materials.SI, c, 323.15);
        double sigmaLiAl = InterlayerTransport.lateralConductivity(Materials.LI_AL, c, 688.15);
        // a-Si at 50 °C: ~5e-6 S/m, far below a 0.3 S/m electrolyte; β-LiAl at 415 °C: ~1e1 S/m, above it
        assertThat(sigmaSi).isLessThan(1e-4);
        assertThat(sigmaLiAl).isGreaterThan(1.0);
        CurrentFocusingProblem spot = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, 0.3, 5e-6, 2e-5, 5e-5)
                .withChargeTransferResistance(1e-4);
        CurrentFocusingSolver solver = CurrentFocusingSolver.withDefaults().withResolution(32);
        double ampSi = solver.solve(spot.withInterlayer(1e-7, sigmaSi, 0)).electrolyteAmplification();
        double ampLiAl = solver.solve(spot.withInterlayer(1e-7, sigmaLiAl, 0)).electrolyteAmplification();
        assertThat(ampLiAl).isLessThan(ampSi);
    }

    @Test
    void germaniumInterlayerCaseAt25C() {
        // the catalog's Li diffusivity in lithiated Ge: 1.2e-11 cm²/s, nanostructured Ge cycled to Li3.05Ge at room
        // temperature (Gavrilin, Smolyaninov, Dronov, Gavrilov, Trifonov, Kulova, Kuz'mina & Skundin, Russ. J.
        // Electrochem. (2018))
        double d = Materials.GE.require(Property.LI_DIFFUSIVITY);
        assertThat(d).isCloseTo(Units.cm2PerS(1.2e-11), withinPercentage(1e-9));
        assertThat(Materials.GE.property(Property.LI_DIFFUSIVITY).orElseThrow().source().toString()).contains("Gavrilin");
        // c_Li: an assumption — the Li concentration of lithium metal (the molar volume of Li3.05Ge is not in the catalog)
        double c = 1 / Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        StrippingProblem.Interlayer ge = new StrippingProblem.Interlayer("lithiated Ge", Units.nm(20),
                SinglePoint.of(d, Units.ROOM_TEMPERATURE), c);
        StrippingProblem pr = StrippingProblem.of(LithiumSupply.lithium(), Materials.LLZO, Units.MPa(1),
                Units.ROOM_TEMPERATURE, Units.mAPerCm2(0.1));
        StrippingSolver solver = StrippingSolver.withDefaults();
        double metal = solver.criticalCurrentDensity(pr);
        // 20 nm: j_il = F·D·c/t ≈ 45 mA/cm², far above the metal's 0.116 mA/cm²: the layer does not limit stripping
        double jil = Constants.FARADAY * d * c / Units.nm(20);
        assertThat(Units.toMAPerCm2(jil)).isCloseTo(44.6, withinPercentage(1));
        assertThat(solver.criticalCurrentDensity(pr.withInterlayer(ge))).isEqualTo(metal);
        // it would from t* = F·D·c/j_c ≈ 7.7 µm on: a 10 µm layer sets j_c
        double tStar = Constants.FARADAY * d * c / metal;
        assertThat(Units.toUm(tStar)).isCloseTo(7.7, withinPercentage(2));
        StrippingProblem.Interlayer thick = new StrippingProblem.Interlayer("lithiated Ge", Units.um(10),
                SinglePoint.of(d, Units.ROOM_TEMPERATURE), c);
        assertThat(solver.criticalCurrentDensity(pr.withInterlayer(thick)))
                .isCloseTo(Constants.FARADAY * d * c / Units.um(10), withinPercentage(1e-9));
        // the value holds at room temperature only: at 60 °C the interlayer refuses the problem
        assertThatThrownBy(() -> pr.withInterlayer(ge).withTemperature(Units.celsius(60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temperature");
    }
}
