package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

/**
 * Values added for the space-charge, contact and stack models (second pass over the research notes),
 * checked against the numbers they come from. Each test names its source and the status of the value.
 */
class SpaceChargeAndCoatingSpotCheckTest {

    private static final double A3 = 1e-30; // m³ per Å³

    /** Li atoms per volume of a crystal cell, 1/m³. */
    private static double liPerVolume(double liPerCell, double cellVolumeA3) {
        return liPerCell / (cellVolumeA3 * A3);
    }

    private static double hexagonalCell(double a, double c) {
        return Math.sqrt(3) / 2 * a * a * c;
    }

    @Test
    void liSiteDensitiesAgreeWithTheirCrystalCells() {
        // Lattice parameters as recalled in the research notes (space-charge.md §2.10), not checked against the papers;
        // this recomputes the catalog's Li per volume from them independently of the catalog code.
        // LGPS: Kamaya et al., Nat. Mater. 10, 682 (2011): P4₂/nmc, a = 8.7177 Å, c = 12.636 Å, Z = 2 → 20 Li
        assertThat(Materials.LGPS.require(Property.LI_SITE_DENSITY))
                .isCloseTo(liPerVolume(20, 8.7177 * 8.7177 * 12.636), withinPercentage(0.5));
        // β-Li3PS4: Homma et al., Solid State Ionics 182, 53 (2011) (reference recalled, not checked):
        // Pnma, 12.82 × 8.22 × 6.12 Å, Z = 4 → 12 Li
        assertThat(Materials.LI3PS4.require(Property.LI_SITE_DENSITY))
                .isCloseTo(liPerVolume(12, 12.82 * 8.22 * 6.12), withinPercentage(0.5));
        // Li6PS5Cl: Deiseroth et al., Angew. Chem. Int. Ed. 47, 755 (2008) (reference recalled, not checked):
        // F-43m, a = 9.85 Å, Z = 4 → 24 Li
        assertThat(Materials.LI6PS5CL.require(Property.LI_SITE_DENSITY))
                .isCloseTo(liPerVolume(24, Math.pow(9.85, 3)), withinPercentage(0.5));
        // LiNbO3: Weis & Gaylord, Appl. Phys. A 37, 191 (1985): R3c, a = 5.148 Å, c = 13.863 Å, Z = 6
        assertThat(Materials.LINBO3.require(Property.LI_SITE_DENSITY))
                .isCloseTo(liPerVolume(6, hexagonalCell(5.148, 13.863)), withinPercentage(0.5));
        // Li4Ti5O12: Ohzuku, Ueda & Yamamoto, J. Electrochem. Soc. 142, 1431 (1995): Fd-3m, a = 8.36 Å; a spinel cell
        // holds 8 formula units of Li[Li1/3Ti5/3]O4, i.e. 32/3 Li (not 32, the number of O).
        assertThat(Materials.LI4TI5O12.require(Property.LI_SITE_DENSITY))
                .isCloseTo(liPerVolume(32.0 / 3, Math.pow(8.36, 3)), withinPercentage(0.5));
        // LiCoO2: de Klerk & Wagemaker, ACS Appl. Energy Mater. 1, 5609 (2018) used 24.53 /nm³; the R-3m crystal
        // (a = 2.816 Å, c = 14.05 Å, 3 Li per hexagonal cell) holds 31.1 /nm³: the catalog keeps both as its range.
        var lco = Materials.LICOO2.property(Property.LI_SITE_DENSITY).orElseThrow();
        assertThat(lco.value()).isCloseTo(24.53e27, withinPercentage(0.01));
        assertThat(lco.range().orElseThrow().high()).isCloseTo(liPerVolume(3, hexagonalCell(2.816, 14.05)),
                withinPercentage(0.5));
        // LLZO: de Klerk & Wagemaker's 25.65 /nm³ is the crystal's 56 Li per cubic cell of a ≈ 12.97 Å
        assertThat(Materials.LLZO.require(Property.LI_SITE_DENSITY))
                .isCloseTo(liPerVolume(56, Math.pow(12.97, 3)), withinPercentage(0.5));
    }

    @Test
    void llzoCarrierDensityIsTheBulkDefectDensityOfTheSwiftModel() {
        // Swift, Swift & Qi, Nat. Comput. Sci. 1, 212 (2021), LLZO input file: N = 3.27455e22 /cm³, α = 0.1,
        // E_f0 = 0.0143907 eV, T = 300 K. Each defect's bulk density is αN/(1 + B), B = α·exp(E_f0/kT).
        double alphaN = 0.1 * 3.27455e22 * 1e6;
        double b = 0.1 * Math.exp(0.0143907 / (Constants.BOLTZMANN_EV * 300));
        assertThat(b).isCloseTo(0.1745, within(5e-4)); // the research notes' derived B(LLZO)
        assertThat(Materials.LLZO.require(Property.MOBILE_CARRIER_DENSITY)).isCloseTo(alphaN / (1 + b),
                withinPercentage(0.5));
    }

    @Test
    void llzoPermittivityCarriesTheDisagreementOfItsSources() {
        // de Klerk & Wagemaker 2018: 60; Swift et al. 2021: 50; Eckhardt et al., Adv. Mater. Interfaces 10, 2202354 (2023): 150
        var eps = Materials.LLZO.property(Property.RELATIVE_PERMITTIVITY).orElseThrow();
        assertThat(eps.value()).isEqualTo(60);
        assertThat(eps.range().orElseThrow().low()).isEqualTo(50);
        assertThat(eps.range().orElseThrow().high()).isEqualTo(150);
    }

    @Test
    void perovskiteLltoIsAMilliSiemensBulkConductor() {
        // Stramare, Thangadurai & Weppner, Chem. Mater. 15, 3974 (2003): x ≈ 0.1 member, 1e-3 S/cm at room
        // temperature, 0.40 eV (bulk)
        Material llto = Materials.LLTO;
        assertThat(Units.toSPerCm(llto.require(Property.IONIC_CONDUCTIVITY))).isCloseTo(1e-3, withinPercentage(0.01));
        assertThat(Units.toEV(llto.require(Property.IONIC_ACTIVATION_ENERGY))).isCloseTo(0.40, within(1e-12));
        // with both, the catalog gives an Arrhenius law; 0.40 eV doubles σ between 25 °C and ~39 °C
        double ratio = llto.ionicConductivity(Units.celsius(39)) / llto.ionicConductivity(Units.ROOM_TEMPERATURE);
        assertThat(ratio).isBetween(1.9, 2.2);
    }

    @Test
    void lithiumTitanateIsAnElectronicInsulatorBeforeLithiation() {
        // Wolfenstine, Foster, Read, Zhang & Allen, ARL-TR-4641 (2008): oxidized Li4Ti5O12, ionic ~3e-8 S/cm and
        // DC electronic ~1e-9 S/cm — predominantly an ionic conductor
        Material lto = Materials.LI4TI5O12;
        assertThat(Units.toSPerCm(lto.require(Property.IONIC_CONDUCTIVITY))).isCloseTo(3e-8, withinPercentage(0.01));
        assertThat(Units.toSPerCm(lto.require(Property.ELECTRONIC_CONDUCTIVITY))).isCloseTo(1e-9, withinPercentage(0.01));
        assertThat(lto.require(Property.ELECTRONIC_CONDUCTIVITY)).isLessThan(lto.require(Property.IONIC_CONDUCTIVITY));
    }

    @Test
    void amorphousAndCrystallineLithiumPhosphateAreKeptApart() {
        // The coating (amorphous film) has no checked σ, so it is absent rather than borrowed from the crystal.
        assertThat(Materials.LI3PO4.has(Property.IONIC_CONDUCTIVITY)).isFalse();
        assertThat(Materials.get("Li3PO4")).isSameAs(Materials.LI3PO4);
        assertThat(Materials.get("gamma-Li3PO4")).isSameAs(Materials.LI3PO4_CRYSTALLINE);
        // γ-Li3PO4: 4.2e-18 S/cm at 25 °C (extrapolated) as compiled in OBELiX (J. Solid State Chem. 1995,
        // doi:10.1006/jssc.1995.1140); 1.75e-13 S/cm at 30 °C in LiIonDatabase (doi:10.1021/acs.chemmater.8b01504)
        var sigma = Materials.LI3PO4_CRYSTALLINE.property(Property.IONIC_CONDUCTIVITY).orElseThrow();
        assertThat(Units.toSPerCm(sigma.value())).isCloseTo(4.2e-18, withinPercentage(0.01));
        assertThat(Units.toSPerCm(sigma.range().orElseThrow().high())).isCloseTo(1.75e-13, withinPercentage(0.01));
    }

    @Test
    void bufferLayerConductivities() {
        // Li2ZrO3 (crystalline): 6.1e-10 S/cm as compiled in OBELiX (Solid State Ionics 1981,
        // doi:10.1016/0167-2738(81)90021-7)
        assertThat(Units.toSPerCm(Materials.LI2ZRO3.require(Property.IONIC_CONDUCTIVITY)))
                .isCloseTo(6.1e-10, withinPercentage(0.01));
        // quenched LiTaO3 glass, ~1e-6–1e-5 S/cm (Glass, Nassau & Negran, J. Appl. Phys. 49, 4808 (1978), as recalled
        // in the research notes); a 10 nm film of it then adds 0.1–1 Ω·cm² (ASR = L/σ)
        var litao3 = Materials.LITAO3.property(Property.IONIC_CONDUCTIVITY).orElseThrow();
        double asr = Units.toOhmCm2(Units.nm(10) / litao3.value());
        assertThat(asr).isBetween(0.1, 1.0);
        assertThat(Units.toSPerCm(litao3.range().orElseThrow().low())).isCloseTo(1e-6, withinPercentage(0.01));
    }

    @Test
    void elasticConstantsForTheContactModel() {
        // Cheng et al., J. Asian Ceram. Soc. 5, 113 (2017), as recalled in the research notes: LiCoO2 ν ≈ 0.24
        assertThat(Materials.LICOO2.require(Property.POISSON_RATIO)).isCloseTo(0.24, within(1e-12));
        // Deng et al., J. Electrochem. Soc. 163, A67 (2016) (DFT, as recalled): Li6PS5Cl E ≈ 22–29 GPa, ν ≈ 0.3
        var e = Materials.LI6PS5CL.property(Property.YOUNGS_MODULUS).orElseThrow();
        assertThat(Units.toGPa(e.range().orElseThrow().low())).isCloseTo(22, within(1e-9));
        assertThat(Units.toGPa(e.range().orElseThrow().high())).isCloseTo(29, within(1e-9));
        assertThat(Materials.LI6PS5CL.require(Property.POISSON_RATIO)).isCloseTo(0.3, within(1e-12));
        // Yang et al., ACS Appl. Mater. Interfaces (2016) (DFT, as recalled): β-Li3PS4 E ≈ 20–30 GPa
        assertThat(Units.toGPa(Materials.LI3PS4.require(Property.YOUNGS_MODULUS))).isBetween(20.0, 30.0);
    }
}
