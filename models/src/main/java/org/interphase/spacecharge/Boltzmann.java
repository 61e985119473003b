package org.interphase.spacecharge;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Dilute (Boltzmann) mobile species against an immobile background that keeps the bulk neutral:
 * <pre>
 *   c_i(ψ) = c_i∞·e^{−z_i ψ},   ρ(ψ) = e Σ z_i c_i∞ (e^{−z_i ψ} − 1)
 *   H(ψ)   = Σ c_i∞ (e^{−z_i ψ} − 1 + z_i ψ)
 * </pre>
 * One species gives the Mott–Schottky case (one mobile carrier, fixed framework charge); a ±z pair
 * with no background gives Gouy–Chapman, H = 2c∞(cosh zψ − 1).
 *
 * <p>Valid only while every concentration stays far below its site density: an accumulation layer
 * at a few tenths of a volt already puts more carriers on a site than there are sites. Give the
 * site density ({@link #withSiteDensity}) and solutions flag that overflow; use {@link LatticeGas}
 * or {@link Bikerman} for a law that saturates. The conducting carrier is the first species.
 * Range: |z·ψ| &lt; 700 (e^{|zψ|} must be representable).
 */
public final class Boltzmann implements ChargeLaw {

    private final Species[] species;
    private final double siteDensity; // NaN if unknown
    private final double screening;

    private Boltzmann(Species[] species, double siteDensity) {
        this.species = species;
        this.siteDensity = siteDensity;
        double s = 0;
        for (Species sp : species) {
            s += (double) sp.charge() * sp.charge() * sp.bulkDensity();
        }
        this.screening = s;
    }

    /**
     * Dilute mobile species; the first is the conducting carrier.
     *
     * @param species the mobile species (at least one)
     * @return the law
     */
    public static Boltzmann of(List<Species> species) {
        Objects.requireNonNull(species, "species");
        if (species.isEmpty()) {
            throw new IllegalArgumentException("a Boltzmann law needs at least one mobile species");
        }
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i) == null) {
                throw new IllegalArgumentException("species[" + i + "] must not be null");
            }
        }
        return new Boltzmann(species.toArray(new Species[0]), Double.NaN);
    }

    /**
     * Mott–Schottky: one mobile carrier of charge z and concentration c∞ against a fixed background
     * −z·e·c∞.
     *
     * @param charge z (≠ 0)
     * @param bulkDensity c∞, 1/m³ (&gt; 0)
     * @return the law
     */
    public static Boltzmann mottSchottky(int charge, double bulkDensity) {
        return of(List.of(new Species(charge, bulkDensity)));
    }

    /**
     * Gouy–Chapman: a symmetric z:z pair, both mobile at concentration c∞, no background. The
     * cation (charge +|z|) is the conducting carrier.
     *
     * @param charge |z| (≥ 1)
     * @param bulkDensity c∞ of each species, 1/m³ (&gt; 0)
     * @return the law
     */
    public static Boltzmann symmetric(int charge, double bulkDensity) {
        Checks.positive(charge, "charge number");
        return of(List.of(new Species(charge, bulkDensity), new Species(-charge, bulkDensity)));
    }

    /**
     * The same law with the site density of the conducting carrier, so that a solution can flag
     * interface concentrations above it.
     *
     * @param sites N, 1/m³ (&gt; 0)
     * @return a new law
     */
    public Boltzmann withSiteDensity(double sites) {
        Checks.positive(sites, "site density", "1/m³");
        return new Boltzmann(species, sites);
    }

    /** @return the species, the conducting carrier first */
    public List<Species> species() {
        return List.of(species);
    }

    @Override
    public double chargeDensity(double psi) {
        double sum = 0;
        for (Species sp : species) {
            sum += sp.charge() * sp.bulkDensity() * Math.expm1(-sp.charge() * psi);
        }
        return Constants.ELEMENTARY_CHARGE * sum;
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        double sum = 0;
        for (Species sp : species) {
            double z = sp.charge();
            sum -= z * z * sp.bulkDensity() * Math.exp(-z * psi);
        }
        return Constants.ELEMENTARY_CHARGE * sum;
    }

    @Override
    public double firstIntegral(double psi) {
        double sum = 0;
        for (Species sp : species) {
            sum += sp.bulkDensity() * LogMath.expm1MinusX(-sp.charge() * psi);
        }
        return sum;
    }

    @Override
    public double screeningDensity() {
        return screening;
    }

    @Override
    public int carrierCharge() {
        return species[0].charge();
    }

    @Override
    public double bulkCarrierDensity() {
        return species[0].bulkDensity();
    }

    @Override
    public double logCarrierRatio(double psi) {
        return -species[0].charge() * psi;
    }

    @Override
    public double logVacancyRatio(double psi) {
        return 0.0;
    }

    @Override
    public double bulkLogActivity() {
        if (Double.isNaN(siteDensity)) {
            throw new IllegalStateException("a dilute law needs a site density for its activity c/N; "
                    + "give one with Boltzmann.withSiteDensity(...)");
        }
        return Math.log(species[0].bulkDensity() / siteDensity);
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return Double.isNaN(siteDensity) ? OptionalDouble.empty() : OptionalDouble.of(siteDensity);
    }

    @Override
    public boolean saturates() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Boltzmann b && java.util.Arrays.equals(species, b.species)
                && Double.compare(siteDensity, b.siteDensity) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(species) * 31 + Double.hashCode(siteDensity);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Boltzmann[");
        for (int i = 0; i < species.length; i++) {
            sb.append(i == 0 ? "" : "; ").append(species[i]);
        }
        if (!Double.isNaN(siteDensity)) {
            sb.append(String.format("; sites %.4g nm⁻³", siteDensity * 1e-27));
        }
        return sb.append(']').toString();
    }
}
