package org.interphase.spacecharge;

import java.util.Arrays;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Several mobile species competing for one set of N sites, of which a fraction α is available
 * (site exclusion; the statistics of pyscses, Wellock &amp; Morgan, JOSS 2019, with α the
 * saturation parameter of Hendriks et al., Solid State Ionics 2002). With B_i = e^{−z_i ψ}:
 * <pre>
 *   θ_i(ψ) = α θ_i∞ B_i / D(ψ),   D(ψ) = α + Σ_j θ_j∞ (B_j − 1)
 *   ρ(ψ)   = e N Σ_i z_i (θ_i(ψ) − θ_i∞)            (immobile background −eN Σ z_i θ_i∞)
 *   H(ψ)   = N [ α ln(D(ψ)/α) + ψ Σ_i z_i θ_i∞ ]
 * </pre>
 * The H expression follows from Σ z_i θ_i = −α D'/D. With one species and α = 1 it is the
 * {@link LatticeGas}. The first species is the conducting carrier; its blocking factor is the free
 * fraction of the available sites, (α − Σθ_i)/(α − Σθ_i∞) = α/D.
 *
 * <p>ln(D/α) is computed by log1p for |zψ| &lt; 1 and by log-sum-exp beyond; H by its moment series
 * for |zψ| &lt; 1e-4 (remainder ≈ 1e-13 relative).
 */
public final class SiteExclusion implements ChargeLaw {

    private final double sites;
    private final double available;
    private final int[] charges;
    private final double[] occupancies;
    private final double sumZTheta;
    private final double logFree; // ln(1 − Σθ/α)
    private final int zMax;
    // moment-series coefficients of α·ln(D/α) + ψΣzθ: c2/2, c3/6, c4/24, times α
    private final double s2;
    private final double s3;
    private final double s4;

    /**
     * The same sites with each species' site energy lowered by ΔE_i (reduced e_i = e^{−ΔE_i/kT}):
     * θ_i' = αθ_i e_i/(α + Σθ_j(e_j − 1)), the bulk occupancies of a region in equilibrium with this
     * bulk; the law of that region is this law with θ' (same α), because D scales by a constant.
     */
    SiteExclusion withSiteEnergies(double[] reduced) {
        double d = available;
        for (int j = 0; j < charges.length; j++) {
            d += occupancies[j] * Math.expm1(-reduced[j]);
        }
        double[] t = new double[charges.length];
        for (int i = 0; i < charges.length; i++) {
            t[i] = available * occupancies[i] * Math.exp(-reduced[i]) / d;
        }
        return new SiteExclusion(sites, available, charges.clone(), t);
    }

    /** @return e·N·Σz_iθ_i∞, the charge of the mobile species in the bulk, C/m³ */
    double bulkMobileCharge() {
        return Constants.ELEMENTARY_CHARGE * sites * sumZTheta;
    }

    /** @return ln(1 − Σθ∞/α), the log of the free fraction of available sites in the bulk */
    double logFreeFraction() {
        return logFree;
    }

    /** @return the number of species */
    int speciesCount() {
        return charges.length;
    }

    private SiteExclusion(double sites, double available, int[] charges, double[] occupancies) {
        this.sites = sites;
        this.available = available;
        this.charges = charges;
        this.occupancies = occupancies;
        double szt = 0;
        double sum = 0;
        int zm = 0;
        double[] a = new double[5];
        for (int i = 0; i < charges.length; i++) {
            szt += charges[i] * occupancies[i];
            sum += occupancies[i];
            zm = Math.max(zm, Math.abs(charges[i]));
            double w = occupancies[i] / available;
            double m = 1;
            for (int k = 1; k <= 4; k++) {
                m *= -charges[i];
                a[k] += w * m;
            }
        }
        this.sumZTheta = szt;
        this.logFree = Math.log1p(-sum / available);
        this.zMax = zm;
        double c2 = a[2] - a[1] * a[1];
        double c3 = a[3] - 3 * a[1] * a[2] + 2 * a[1] * a[1] * a[1];
        double c4 = a[4] - 4 * a[1] * a[3] - 3 * a[2] * a[2] + 12 * a[1] * a[1] * a[2] - 6 * Math.pow(a[1], 4);
        this.s2 = available * c2 / 2;
        this.s3 = available * c3 / 6;
        this.s4 = available * c4 / 24;
    }

    /**
     * Species sharing all N sites (α = 1).
     *
     * @param siteDensity N, 1/m³ (&gt; 0)
     * @param charges charge numbers z_i (non-zero, |z_i| ≤ 8); the first species conducts
     * @param bulkOccupancies θ_i∞ (&gt; 0, sum &lt; 1)
     * @return the law
     */
    public static SiteExclusion of(double siteDensity, int[] charges, double[] bulkOccupancies) {
        return of(siteDensity, 1.0, charges, bulkOccupancies);
    }

    /**
     * Species sharing a fraction α of N sites.
     *
     * @param siteDensity N, 1/m³ (&gt; 0)
     * @param availableFraction α in (0, 1]
     * @param charges charge numbers z_i (non-zero, |z_i| ≤ 8); the first species conducts
     * @param bulkOccupancies θ_i∞ (&gt; 0, sum &lt; α)
     * @return the law
     */
    public static SiteExclusion of(double siteDensity, double availableFraction, int[] charges,
            double[] bulkOccupancies) {
        Checks.positive(siteDensity, "site density", "1/m³");
        Checks.inClosedRange(availableFraction, Double.MIN_NORMAL, 1.0, "available site fraction α", "");
        if (charges == null || bulkOccupancies == null || charges.length == 0
                || charges.length != bulkOccupancies.length) {
            throw new IllegalArgumentException("charges and bulk occupancies must be non-empty and of equal length");
        }
        Checks.allFinite(bulkOccupancies, "bulk occupancies", "");
        double sum = 0;
        for (int i = 0; i < charges.length; i++) {
            Species.checkCharge(charges[i], "charges[" + i + "]");
            Checks.positive(bulkOccupancies[i], "bulk occupancies[" + i + "]", "");
            sum += bulkOccupancies[i];
        }
        if (!(sum < availableFraction)) {
            throw new IllegalArgumentException("the bulkOccupancies must sum to < availableFraction α = "
                    + availableFraction + " (some of the available sites must be free), was " + sum
                    + ": raise availableFraction or lower the occupancies");
        }
        return new SiteExclusion(siteDensity, availableFraction, charges.clone(), bulkOccupancies.clone());
    }

    /** ln(D(ψ)/α). */
    private double logD(double psi) {
        if (zMax * Math.abs(psi) < 1) {
            double u = 0;
            for (int i = 0; i < charges.length; i++) {
                u += occupancies[i] / available * Math.expm1(-charges[i] * psi);
            }
            return Math.log1p(u);
        }
        double m = logFree;
        double[] e = new double[charges.length];
        for (int i = 0; i < charges.length; i++) {
            e[i] = Math.log(occupancies[i] / available) - charges[i] * psi;
            m = Math.max(m, e[i]);
        }
        double s = Math.exp(logFree - m);
        for (double v : e) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    /**
     * @param species index i, 0 … (number of species − 1)
     * @param psi ψ, dimensionless
     * @return θ_i(ψ)
     */
    public double occupancy(int species, double psi) {
        LawChecks.psi(psi);
        if (species < 0 || species >= charges.length) {
            throw new IllegalArgumentException("species index must be in [0, " + (charges.length - 1) + "], was "
                    + species);
        }
        return occupancies[species] * Math.exp(-charges[species] * psi - logD(psi));
    }

    @Override
    public double chargeDensity(double psi) {
        return LawChecks.result(chargeDensityOf(LawChecks.psi(psi)), "charge density ρ", "C/m³", psi, this);
    }

    private double chargeDensityOf(double psi) {
        double ld = logD(psi);
        double sum = 0;
        for (int i = 0; i < charges.length; i++) {
            // θ_i − θ_i∞ = θ_i∞·expm1(−z_iψ − ln(D/α))
            sum += charges[i] * occupancies[i] * Math.expm1(-charges[i] * psi - ld);
        }
        return Constants.ELEMENTARY_CHARGE * sites * sum;
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        return LawChecks.result(chargeDensityDerivativeOf(LawChecks.psi(psi)), "derivative dρ/dψ", "C/m³", psi, this);
    }

    private double chargeDensityDerivativeOf(double psi) {
        // dθ_i/dψ = θ_i(−z_i + Σ_j z_jθ_j/α), so dρ/dψ = −(eN/α)[αΣz²θ − (Σzθ)²]. The bracket is
        // written as f·Σz²θ + ½ΣΣθ_iθ_j(z_i − z_j)² with the free fraction f = α(α − Σθ∞)/D: a sum
        // of non-negative terms, so it cannot cancel to the wrong sign when a species saturates.
        double ld = logD(psi);
        double[] th = new double[charges.length];
        double m2 = 0;
        for (int i = 0; i < charges.length; i++) {
            th[i] = occupancies[i] * Math.exp(-charges[i] * psi - ld);
            m2 += (double) charges[i] * charges[i] * th[i];
        }
        double pairs = 0;
        for (int i = 0; i < charges.length; i++) {
            for (int j = 0; j < i; j++) {
                double dz = charges[i] - charges[j];
                pairs += th[i] * th[j] * dz * dz;
            }
        }
        double free = available * Math.exp(logFree - ld);
        return -Constants.ELEMENTARY_CHARGE * sites / available * (free * m2 + pairs);
    }

    @Override
    public double firstIntegral(double psi) {
        return LawChecks.result(firstIntegralOf(LawChecks.psi(psi)), "first integral H", "1/m³", psi, this);
    }

    private double firstIntegralOf(double psi) {
        if (zMax * Math.abs(psi) < 1e-4) {
            return sites * psi * psi * (s2 + psi * (s3 + psi * s4));
        }
        if (zMax * Math.abs(psi) < 1) {
            // α·ln(1 + u) + ψΣz_iθ_i with u = Σ(θ_i/α)(e^{−z_iψ} − 1) is O(ψ²) from two O(ψ) terms;
            // regrouped as α(ln(1 + u) − u) + Σθ_i(e^{−z_iψ} − 1 + z_iψ) it keeps full precision
            double u = 0;
            double rest = 0;
            for (int i = 0; i < charges.length; i++) {
                u += occupancies[i] / available * Math.expm1(-charges[i] * psi);
                rest += occupancies[i] * LogMath.expm1MinusX(-charges[i] * psi);
            }
            return sites * (available * LogMath.log1pMinusX(u) + rest);
        }
        return sites * (available * logD(psi) + psi * sumZTheta);
    }

    @Override
    public double screeningDensity() {
        return 2 * sites * s2;
    }

    @Override
    public int carrierCharge() {
        return charges[0];
    }

    @Override
    public double bulkCarrierDensity() {
        return sites * occupancies[0];
    }

    @Override
    public double logCarrierRatio(double psi) {
        return LawChecks.result(logCarrierRatioOf(LawChecks.psi(psi)), "carrier log-ratio ln(c/c∞)", "", psi, this);
    }

    private double logCarrierRatioOf(double psi) {
        return -charges[0] * psi - logD(psi);
    }

    @Override
    public double logVacancyRatio(double psi) {
        return LawChecks.result(logVacancyRatioOf(LawChecks.psi(psi)), "free-site log-ratio", "", psi, this);
    }

    private double logVacancyRatioOf(double psi) {
        return -logD(psi);
    }

    @Override
    public double bulkLogActivity() {
        return Math.log(occupancies[0] / available) - logFree;
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return OptionalDouble.of(sites * available);
    }

    @Override
    public boolean saturates() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SiteExclusion s && sites == s.sites && available == s.available
                && Arrays.equals(charges, s.charges) && Arrays.equals(occupancies, s.occupancies);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(charges) * 31 + Arrays.hashCode(occupancies);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "SiteExclusion[N = %.4g nm⁻³, α = %.4g", sites * 1e-27,
                available));
        for (int i = 0; i < charges.length; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "; z = %+d, θ∞ = %.4g", charges[i], occupancies[i]));
        }
        return sb.append(']').toString();
    }
}
