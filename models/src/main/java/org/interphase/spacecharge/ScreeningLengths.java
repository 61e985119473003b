package org.interphase.spacecharge;

import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Linear screening lengths and the abrupt-depletion width (research note §2.5; Maier, Physical
 * Chemistry of Ionic Materials, Wiley 2004, ch. 5.8):
 * <pre>
 *   λ_D  = √(ε kT / (e² Σ z_i² c_i))          Debye, any set of mobile species
 *   L_MS = √(ε kT / (z² e² c))                 one mobile carrier on a fixed background
 *   λ_LG = √(ε kT / (z² e² N θ∞ (1 − θ∞)))     lattice gas, linear response
 *   w    = √(2 ε Δφ / (z e c))                 abrupt (full) depletion over a drop Δφ
 * </pre>
 * with ε = ε0·εr. All lengths in m.
 */
public final class ScreeningLengths {

    private ScreeningLengths() {}

    private static double epsKT(double relativePermittivity, double temperature) {
        Checks.positive(relativePermittivity, "relative permittivity", "");
        return Constants.VACUUM_PERMITTIVITY * relativePermittivity * Constants.thermalEnergy(temperature);
    }

    /**
     * Debye length of a set of mobile species.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param species the mobile species
     * @return λ_D, m
     */
    public static double debye(double relativePermittivity, double temperature, List<Species> species) {
        Objects.requireNonNull(species, "species");
        double s = 0;
        for (int i = 0; i < species.size(); i++) {
            Species sp = Objects.requireNonNull(species.get(i), "species[" + i + "]");
            s += (double) sp.charge() * sp.charge() * sp.bulkDensity();
        }
        Checks.positive(s, "Σ z²c of the species", "1/m³");
        double e = Constants.ELEMENTARY_CHARGE;
        return length(Math.sqrt(epsKT(relativePermittivity, temperature) / (e * e * s)), relativePermittivity,
                temperature, s);
    }

    /**
     * Debye length of a symmetric z:z electrolyte, √(εkT/(2z²e²c)).
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param charge |z| (1 … 8)
     * @param bulkDensity c of each ion, 1/m³ (&gt; 0)
     * @return λ, m
     */
    public static double symmetric(double relativePermittivity, double temperature, int charge, double bulkDensity) {
        return debye(relativePermittivity, temperature,
                List.of(new Species(charge, bulkDensity), new Species(-charge, bulkDensity)));
    }

    /**
     * Mott–Schottky length of one mobile carrier on a fixed background.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param charge z (≠ 0, |z| ≤ 8)
     * @param bulkDensity c, 1/m³ (&gt; 0)
     * @return L_MS, m
     */
    public static double mottSchottky(double relativePermittivity, double temperature, int charge, double bulkDensity) {
        return debye(relativePermittivity, temperature, List.of(new Species(charge, bulkDensity)));
    }

    /**
     * Linear screening length of a lattice gas.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param charge z (≠ 0, |z| ≤ 8)
     * @param siteDensity N, 1/m³ (&gt; 0)
     * @param bulkOccupancy θ∞ in (0, 1)
     * @return λ_LG, m
     */
    public static double latticeGas(double relativePermittivity, double temperature, int charge, double siteDensity,
            double bulkOccupancy) {
        return linear(relativePermittivity, temperature, new LatticeGas(charge, siteDensity, bulkOccupancy));
    }

    /**
     * Linear screening length of any charge law, √(εkT/(e²S)) with S its screening density.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param law the charge law
     * @return the length, m
     */
    public static double linear(double relativePermittivity, double temperature, ChargeLaw law) {
        Objects.requireNonNull(law, "law");
        double e = Constants.ELEMENTARY_CHARGE;
        return length(Math.sqrt(epsKT(relativePermittivity, temperature) / (e * e * law.screeningDensity())),
                relativePermittivity, temperature, law.screeningDensity());
    }

    /** A length that under- or overflows names the inputs that caused it. */
    private static double length(double value, double relativePermittivity, double temperature, double screening) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException("relativePermittivity (relative permittivity εr) × temperature / (the screening density Σz²c: "
                    + "bulkDensity, siteDensity × θ∞(1 − θ∞)) must keep the screening length a positive finite number "
                    + "of metres, was εr = " + relativePermittivity + ", temperature = " + temperature
                    + " K, screening density = " + screening + " 1/m³, giving " + value + " m");
        }
        return value;
    }

    /**
     * Width of a fully depleted layer of fixed charge density z·e·c carrying a drop Δφ.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param potentialDrop |Δφ|, V (≥ 0)
     * @param charge z (≠ 0, |z| ≤ 8)
     * @param fixedDensity c, 1/m³ (&gt; 0)
     * @return w, m
     */
    public static double depletionWidth(double relativePermittivity, double potentialDrop, int charge,
            double fixedDensity) {
        Checks.positive(relativePermittivity, "relative permittivity", "");
        Checks.nonNegative(potentialDrop, "potential drop", "V");
        Checks.positive(fixedDensity, "fixedDensity (fixed charge density)", "1/m³");
        Species.checkCharge(charge, "charge number");
        double w = Math.sqrt(2 * Constants.VACUUM_PERMITTIVITY * relativePermittivity * potentialDrop
                / (Math.abs(charge) * Constants.ELEMENTARY_CHARGE * fixedDensity));
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("potentialDrop / fixedDensity must keep the depletion width "
                    + "finite, was " + potentialDrop + " V over " + fixedDensity + " 1/m³ (εr = " + relativePermittivity
                    + ")");
        }
        return w;
    }
}
