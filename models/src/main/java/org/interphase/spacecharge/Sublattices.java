package org.interphase.spacecharge;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Mobile species on separate sublattices, each with its own {@link ChargeLaw}: the charge density,
 * its derivative, the first integral and the screening density are sums,
 * <pre>  ρ = Σ_k ρ_k(ψ),   H = Σ_k H_k(ψ),   S = Σ_k S_k</pre>
 * because each law is neutral in the bulk on its own. The first law's carrier is the conducting one.
 *
 * <p>{@link #vacancyInterstitial} is the Poisson–Fermi–Dirac model of Swift, Swift &amp; Qi
 * (Nat. Comput. Sci. 1, 212 (2021)): a positive and a negative defect, each on αN saturable sites
 * with the same bulk occupancy 1/(1 + B), B = α·e^{E_f0/kT}, so that with f = −ψ their equation
 * f'' = 1/(1 + Be^{−f}) − 1/(1 + Be^{f}) (x in units of √(εkT/(e²αN))) is recovered.
 */
public final class Sublattices implements ChargeLaw {

    private final ChargeLaw[] laws;

    private Sublattices(ChargeLaw[] laws) {
        this.laws = laws;
    }

    /**
     * @param laws the laws of the sublattices (at least one); the first conducts
     * @return their superposition
     */
    public static Sublattices of(ChargeLaw... laws) {
        Objects.requireNonNull(laws, "laws");
        if (laws.length == 0) {
            throw new IllegalArgumentException("sublattices need at least one charge law");
        }
        for (ChargeLaw l : laws) {
            Objects.requireNonNull(l, "law");
        }
        return new Sublattices(laws.clone());
    }

    /**
     * A positive and a negative defect (charge ±1), each a lattice gas on its own sublattice of N
     * sites with bulk occupancy θ∞; the positive one conducts.
     *
     * @param availableSites N (αN in Swift et al.), 1/m³ (&gt; 0)
     * @param bulkOccupancy θ∞ in (0, 1), 1/(1 + B) in Swift et al.
     * @return the law
     */
    public static Sublattices vacancyInterstitial(double availableSites, double bulkOccupancy) {
        org.interphase.core.Checks.positive(availableSites, "availableSites (density αN of available sites)", "1/m³");
        return of(new LatticeGas(1, availableSites, bulkOccupancy), new LatticeGas(-1, availableSites, bulkOccupancy));
    }

    /** @return the laws, the conducting one first */
    public List<ChargeLaw> laws() {
        return List.of(laws);
    }

    @Override
    public double chargeDensity(double psi) {
        return LawChecks.result(chargeDensityOf(LawChecks.psi(psi)), "charge density ρ", "C/m³", psi, this);
    }

    private double chargeDensityOf(double psi) {
        return sum(l -> l.chargeDensity(psi));
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        return LawChecks.result(chargeDensityDerivativeOf(LawChecks.psi(psi)), "derivative dρ/dψ", "C/m³", psi, this);
    }

    private double chargeDensityDerivativeOf(double psi) {
        return sum(l -> l.chargeDensityDerivative(psi));
    }

    @Override
    public double firstIntegral(double psi) {
        return LawChecks.result(firstIntegralOf(LawChecks.psi(psi)), "first integral H", "1/m³", psi, this);
    }

    private double firstIntegralOf(double psi) {
        return sum(l -> l.firstIntegral(psi));
    }

    @Override
    public double screeningDensity() {
        return sum(ChargeLaw::screeningDensity);
    }

    /** Σ over the sublattices, in their order (the superposition every quantity of this law is). */
    private double sum(java.util.function.ToDoubleFunction<ChargeLaw> term) {
        double s = 0;
        for (ChargeLaw l : laws) {
            s += term.applyAsDouble(l);
        }
        return s;
    }

    @Override
    public int carrierCharge() {
        return laws[0].carrierCharge();
    }

    @Override
    public double bulkCarrierDensity() {
        return laws[0].bulkCarrierDensity();
    }

    @Override
    public double logCarrierRatio(double psi) {
        return LawChecks.result(logCarrierRatioOf(LawChecks.psi(psi)), "carrier log-ratio ln(c/c∞)", "", psi, this);
    }

    private double logCarrierRatioOf(double psi) {
        return laws[0].logCarrierRatio(psi);
    }

    @Override
    public double logVacancyRatio(double psi) {
        return LawChecks.result(logVacancyRatioOf(LawChecks.psi(psi)), "free-site log-ratio", "", psi, this);
    }

    private double logVacancyRatioOf(double psi) {
        return laws[0].logVacancyRatio(psi);
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return laws[0].carrierSiteDensity();
    }

    /** @return true if every sublattice's law saturates (a dilute one anywhere can overflow its sites) */
    @Override
    public boolean saturates() {
        for (ChargeLaw l : laws) {
            if (!l.saturates()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double bulkLogActivity() {
        return laws[0].bulkLogActivity();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sublattices s && Arrays.equals(laws, s.laws);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(laws);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sublattices[");
        for (int i = 0; i < laws.length; i++) {
            sb.append(i == 0 ? "" : " + ").append(laws[i]);
        }
        return sb.append(']').toString();
    }
}
