package org.interphase.materials;

import org.interphase.core.Units;

/**
 * Handbook densities with the molar volume that follows from them. Package-private.
 *
 * <p>V_m = M/ρ with the formula mass M from the IUPAC standard atomic weights (Li 6.94, C 12.011,
 * O 15.999, F 18.998, S 32.06, Si 28.085, Ge 72.630, Nb 92.906, Ta 180.948, Au 196.967 g/mol).
 */
final class Handbook {

    private Handbook() {}

    private static final String DERIVED = "computed as M/ρ from the handbook density and the formula mass (IUPAC"
            + " standard atomic weights)";

    /**
     * Adds the density and the molar volume that follows from it.
     *
     * @param b the material being built
     * @param gPerCm3 density, g/cm³, as the CRC Handbook gives it
     * @param molarMassGPerMol formula mass, g/mol
     * @param note remark on the density (temperature, polymorph)
     * @return the builder
     */
    static Material.Builder density(Material.Builder b, double gPerCm3, double molarMassGPerMol, String note) {
        return b.property(Property.DENSITY, Units.gPerCm3(gPerCm3), Refs.CRC_2016, note)
                .property(Property.MOLAR_VOLUME, Units.cm3PerMol(molarMassGPerMol / gPerCm3), Refs.CRC_2016, DERIVED);
    }
}
