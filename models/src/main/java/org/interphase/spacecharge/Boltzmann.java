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
 * at a few tenths of a volt already puts more ions on a site than there are sites — of the
 * conducting carrier where it accumulates, of a counter-ion where the carrier is depleted. Give
 * each species its site density ({@link #withSiteDensities}, or {@link #withCarrierSiteDensity} for
 * the conducting carrier alone) and solutions flag every species whose peak concentration exceeds
 * it; a species without one is flagged above 100 nm⁻³, denser than any Li sublattice. Use
 * {@link LatticeGas}, {@link SiteExclusion} or {@link Bikerman} for a law that saturates. The
 * conducting carrier is the first species. Range: |z·ψ| &lt; 700 (e^{|zψ|} must be representable).
 */
public final class Boltzmann implements ChargeLaw {

    private final Species[] species;
    private final double[] siteDensities; // per species, NaN where not given (read through OptionalDouble)
    private final double screening;

    private Boltzmann(Species[] species, double[] siteDensities) {
        this.species = species;
        this.siteDensities = siteDensities;
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
        double[] none = new double[species.size()];
        java.util.Arrays.fill(none, Double.NaN);
        Boltzmann law = new Boltzmann(species.toArray(new Species[0]), none);
        Checks.finite(law.screening, "screening density Σz²c∞ of the species", "1/m³");
        return law;
    }

    /**
     * Mott–Schottky: one mobile carrier of charge z and concentration c∞ against a fixed background
     * −z·e·c∞.
     *
     * @param charge z (≠ 0, |z| ≤ 8)
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
     * @param charge |z| (1 … 8)
     * @param bulkDensity c∞ of each species, 1/m³ (&gt; 0)
     * @return the law
     */
    public static Boltzmann symmetric(int charge, double bulkDensity) {
        Species.checkMagnitude(charge, "charge number");
        return of(List.of(new Species(charge, bulkDensity), new Species(-charge, bulkDensity)));
    }

    /**
     * The same law with the site density of the conducting carrier (the first species) only, so that
     * a solution can flag concentrations of it above its sites, and {@link #bulkLogActivity()} is
     * defined. The other species keep theirs (or none).
     *
     * @param sites N of the conducting carrier, 1/m³ (&gt; 0, finite)
     * @return a new law
     */
    public Boltzmann withCarrierSiteDensity(double sites) {
        checkSites(sites, "site density of the conducting carrier (species 1)");
        double[] n = siteDensities.clone();
        n[0] = sites;
        return new Boltzmann(species, n);
    }

    /**
     * The same law with one site density per species, in the order of {@link #species()}: species i
     * lives on N_i sites, and a solution flags every species whose concentration exceeds its own N_i.
     * Species sharing one sublattice compete for it; give that case a {@link SiteExclusion} law.
     *
     * @param sites N_i of each species, 1/m³ (&gt; 0, finite; as many as there are species)
     * @return a new law
     */
    public Boltzmann withSiteDensities(double... sites) {
        Objects.requireNonNull(sites, "sites (site densities, 1/m³)");
        if (sites.length != species.length) {
            throw new IllegalArgumentException("site densities must be given for each of the " + species.length
                    + " species, in their order, was " + sites.length + " value(s)");
        }
        for (int i = 0; i < sites.length; i++) {
            checkSites(sites[i], "site density of species " + (i + 1));
        }
        return new Boltzmann(species, sites.clone());
    }

    /** The same species with these site densities (NaN where not given). */
    Boltzmann withSitesOrNaN(double[] sites) {
        return new Boltzmann(species, sites.clone());
    }

    private static void checkSites(double sites, String name) {
        Checks.positive(sites, name, "1/m³");
    }

    /**
     * @param index species index, 0 … {@code species().size() − 1} (0 is the conducting carrier)
     * @return the site density N_i of that species, 1/m³, or empty if none was given
     */
    public OptionalDouble siteDensity(int index) {
        if (index < 0 || index >= species.length) {
            throw new IllegalArgumentException("species index must be in [0, " + (species.length - 1) + "], was "
                    + index);
        }
        double n = siteDensities[index];
        return Double.isNaN(n) ? OptionalDouble.empty() : OptionalDouble.of(n);
    }

    /** @return the species, the conducting carrier first */
    public List<Species> species() {
        return List.of(species);
    }

    @Override
    public double chargeDensity(double psi) {
        return LawChecks.result(chargeDensityOf(LawChecks.psi(psi)), "charge density ρ", "C/m³", psi, this);
    }

    private double chargeDensityOf(double psi) {
        double sum = 0;
        for (Species sp : species) {
            sum += sp.charge() * sp.bulkDensity() * Math.expm1(-sp.charge() * psi);
        }
        return Constants.ELEMENTARY_CHARGE * sum;
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        return LawChecks.result(chargeDensityDerivativeOf(LawChecks.psi(psi)), "derivative dρ/dψ", "C/m³", psi, this);
    }

    private double chargeDensityDerivativeOf(double psi) {
        double sum = 0;
        for (Species sp : species) {
            double z = sp.charge();
            sum -= z * z * sp.bulkDensity() * Math.exp(-z * psi);
        }
        return Constants.ELEMENTARY_CHARGE * sum;
    }

    @Override
    public double firstIntegral(double psi) {
        return LawChecks.result(firstIntegralOf(LawChecks.psi(psi)), "first integral H", "1/m³", psi, this);
    }

    private double firstIntegralOf(double psi) {
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
        return LawChecks.result(logCarrierRatioOf(LawChecks.psi(psi)), "carrier log-ratio ln(c/c∞)", "", psi, this);
    }

    private double logCarrierRatioOf(double psi) {
        return -species[0].charge() * psi;
    }

    @Override
    public double logVacancyRatio(double psi) {
        return LawChecks.result(logVacancyRatioOf(LawChecks.psi(psi)), "free-site log-ratio", "", psi, this);
    }

    private double logVacancyRatioOf(double psi) {
        return 0.0;
    }

    @Override
    public double bulkLogActivity() {
        if (Double.isNaN(siteDensities[0])) {
            throw new IllegalStateException("a dilute law needs the site density of its conducting carrier for its "
                    + "activity c/N; give one with Boltzmann.withCarrierSiteDensity(...) or withSiteDensities(...)");
        }
        // a difference of logs: the quotient c/N overflows for N near 1e-300 1/m³
        return Math.log(species[0].bulkDensity()) - Math.log(siteDensities[0]);
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return siteDensity(0);
    }

    @Override
    public boolean saturates() {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Boltzmann b && java.util.Arrays.equals(species, b.species)
                && java.util.Arrays.equals(siteDensities, b.siteDensities);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(species) * 31 + java.util.Arrays.hashCode(siteDensities);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Boltzmann[");
        for (int i = 0; i < species.length; i++) {
            sb.append(i == 0 ? "" : "; ").append(species[i]);
            if (!Double.isNaN(siteDensities[i])) {
                sb.append(String.format(java.util.Locale.ROOT, " on %.4g sites/nm³", siteDensities[i] * 1e-27));
            }
        }
        return sb.append(']').toString();
    }
}
