package org.interphase.spacecharge;

import org.interphase.core.Checks;

/**
 * A mobile species of a dilute ({@link Boltzmann}) charge law.
 *
 * @param charge charge number z (≠ 0; +1 for Li⁺, +2 for an oxygen vacancy)
 * @param bulkDensity bulk concentration c∞, 1/m³ (&gt; 0)
 */
public record Species(int charge, double bulkDensity) {

    /**
     * Validates the species.
     *
     * @param charge charge number z (≠ 0; +1 for Li⁺, +2 for an oxygen vacancy)
     * @param bulkDensity bulk concentration c∞, 1/m³ (&gt; 0)
     */
    public Species {
        if (charge == 0) {
            throw new IllegalArgumentException("species charge number must be non-zero, was 0");
        }
        Checks.positive(bulkDensity, "bulk density", "1/m³");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "z = %+d, c∞ = %.4g nm⁻³", charge, bulkDensity * 1e-27);
    }
}
