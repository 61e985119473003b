package org.interphase.spacecharge;

import org.interphase.core.Units;

/**
 * Phases used across the tests: LiCoO2-like and Li3PS4-like lattice gases with the permittivities
 * and Li densities of research note §1.4/§2.10 (εr 12.9 for LCO after de Klerk &amp; Wagemaker 2018;
 * εr 9.1 for β-Li3PS4, DFT value in yinxiaobin0's parameter set; Li densities from the lattice
 * parameters). The half-filled Li sublattices and the conductivities are model choices of the
 * tests, not published values.
 */
final class Fixtures {

    static final double PER_NM3 = 1e27;
    static final double T = Units.ROOM_TEMPERATURE;

    private Fixtures() {}

    static Phase lco() {
        return Phase.of("LiCoO2", 12.9, LatticeGas.lithium(2 * 31.1 * PER_NM3, 0.5), Units.sPerCm(1e-5));
    }

    static Phase lps() {
        return Phase.of("Li3PS4", 9.1, LatticeGas.lithium(2 * 18.6 * PER_NM3, 0.5), Units.sPerCm(1e-4));
    }

    static Phase linbo3() {
        return Phase.of("LiNbO3", 30, LatticeGas.lithium(2 * 18.9 * PER_NM3, 0.5), Units.sPerCm(1e-6));
    }
}
