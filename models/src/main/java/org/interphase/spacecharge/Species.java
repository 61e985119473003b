package org.interphase.spacecharge;

import org.interphase.core.Checks;

/**
 * A mobile species of a dilute ({@link Boltzmann}) charge law.
 *
 * @param charge charge number z (≠ 0, |z| ≤ 8; +1 for Li⁺, +2 for an oxygen vacancy)
 * @param bulkDensity bulk concentration c∞, 1/m³ (&gt; 0)
 */
public record Species(int charge, double bulkDensity) {

    /**
     * Validates the species.
     *
     * @param charge charge number z (≠ 0, |z| ≤ 8; +1 for Li⁺, +2 for an oxygen vacancy)
     * @param bulkDensity bulk concentration c∞, 1/m³ (&gt; 0)
     */
    public Species {
        checkCharge(charge, "species charge number");
        Checks.positive(bulkDensity, "bulk density", "1/m³");
    }

    /**
     * The largest |z| a charge law accepts. Mobile ions and defects in solids carry |z| ≤ 4 or so;
     * the bound keeps z·ψ and z² far from int overflow (−Integer.MIN_VALUE is itself) and e^{−zψ}
     * representable over the potentials a junction reaches.
     */
    static final int MAX_CHARGE_NUMBER = 8;

    /**
     * @param z a charge number
     * @param name its name in the message
     * @return z, if non-zero with |z| ≤ {@value #MAX_CHARGE_NUMBER}
     */
    static int checkCharge(int z, String name) {
        if (z == 0 || z < -MAX_CHARGE_NUMBER || z > MAX_CHARGE_NUMBER) {
            throw new IllegalArgumentException(name + " must be non-zero and in [" + -MAX_CHARGE_NUMBER + ", "
                    + MAX_CHARGE_NUMBER + "], was " + z);
        }
        return z;
    }

    /**
     * @param z the magnitude |z| of a symmetric pair's charge number
     * @param name its name in the message
     * @return z, if in [1, {@value #MAX_CHARGE_NUMBER}]
     */
    static int checkMagnitude(int z, String name) {
        if (z < 1 || z > MAX_CHARGE_NUMBER) {
            throw new IllegalArgumentException(name + " must be in [1, " + MAX_CHARGE_NUMBER + "], was " + z);
        }
        return z;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "z = %+d, c∞ = %.4g nm⁻³", charge, bulkDensity * 1e-27);
    }
}
