package org.interphase.spacecharge;

import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Lattice gas (Fermi–Dirac of order −1): one mobile species of charge z on a sublattice of N sites
 * with bulk occupancy θ∞, against an immobile background −z·e·N·θ∞. With y = zψ:
 * <pre>
 *   θ(ψ) = 1 / (1 + ((1 − θ∞)/θ∞)·e^{y})            0 &lt; θ &lt; 1
 *   ρ(ψ) = z e N (θ(ψ) − θ∞)
 *   H(ψ) = N [ ln(θ∞ + (1 − θ∞)e^{y}) − (1 − θ∞) y ] = N [ ln(1 + θ∞(e^{−y} − 1)) + θ∞ y ]
 * </pre>
 * (Kornyshev, J. Phys. Chem. B 111, 5545 (2007) for the lattice-gas double layer; the one-species
 * form against a fixed framework is the "Mott–Schottky with saturation" limit relevant to a Li⁺
 * sublattice next to a cathode, research note §2.3.) Linear screening density S = z²Nθ∞(1 − θ∞).
 *
 * <p>H is evaluated by its cumulant series near ψ = 0 (the Bernoulli cumulants κ₂…κ₆, remainder
 * below 1e-13 relative for |y| &lt; 0.01), by log1p/expm1 at moderate |y| and by log-sum-exp
 * beyond, using the particle–vacancy symmetry H(y; θ∞) = H(−y; 1 − θ∞) so that the direct form is
 * always applied with θ∞ ≤ 1/2 (where it does not cancel).
 *
 * <p>Immutable value class (a final class rather than a record so that it can cache ln((1−θ∞)/θ∞)).
 */
public final class LatticeGas implements ChargeLaw {

    private final int charge;
    private final double siteDensity;
    private final double bulkOccupancy;
    private final double logOdds; // ln((1 − θ∞)/θ∞)
    private final double eN; // z·e·N

    /**
     * @param charge z of the mobile carrier (≠ 0, |z| ≤ 8; +1 for Li⁺)
     * @param siteDensity N, 1/m³ (&gt; 0)
     * @param bulkOccupancy θ∞ in (0, 1)
     */
    public LatticeGas(int charge, double siteDensity, double bulkOccupancy) {
        Species.checkCharge(charge, "lattice-gas charge number");
        Checks.positive(siteDensity, "site density", "1/m³");
        Checks.inOpenRange(bulkOccupancy, 0.0, 1.0, "bulk occupancy θ∞", "");
        this.charge = charge;
        this.siteDensity = siteDensity;
        this.bulkOccupancy = bulkOccupancy;
        // ln(1 − θ∞) − ln θ∞ rather than ln((1 − θ∞)/θ∞), whose quotient overflows for θ∞ < 1/MAX_VALUE
        this.logOdds = Math.log1p(-bulkOccupancy) - Math.log(bulkOccupancy);
        this.eN = charge * Constants.ELEMENTARY_CHARGE * siteDensity;
        Checks.finite(screeningDensity(), "lattice-gas screening density z²Nθ∞(1 − θ∞)", "1/m³");
    }

    /** @return z */
    public int charge() {
        return charge;
    }

    /** @return N, 1/m³ */
    public double siteDensity() {
        return siteDensity;
    }

    /** @return θ∞ */
    public double bulkOccupancy() {
        return bulkOccupancy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatticeGas l && l.charge == charge && l.siteDensity == siteDensity
                && l.bulkOccupancy == bulkOccupancy;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(charge, siteDensity, bulkOccupancy);
    }

    @Override
    public void evaluate(double psi, double[] out) {
        java.util.Objects.requireNonNull(out, "out");
        if (out.length < 2) {
            throw new IllegalArgumentException("out must have at least 2 elements (ρ and dρ/dψ), had " + out.length);
        }
        LawChecks.psi(psi);
        double y = charge * psi;
        double s = y + logOdds;
        double e = Math.exp(-Math.abs(s));
        double inv = 1 / (1 + e);
        // θ − θ from the logistic form would cancel near ψ = 0 (relative error ~1e-16/|ψ|); the
        // expm1 form of chargeDensity keeps full precision there
        out[0] = chargeDensity(psi);
        out[1] = -charge * eN * e * inv * inv;
    }

    /**
     * A Li⁺ lattice gas (z = +1).
     *
     * @param siteDensity N, 1/m³ (&gt; 0)
     * @param bulkOccupancy θ∞ in (0, 1)
     * @return the law
     */
    public static LatticeGas lithium(double siteDensity, double bulkOccupancy) {
        return new LatticeGas(1, siteDensity, bulkOccupancy);
    }

    /**
     * @param psi ψ, dimensionless
     * @return θ(ψ), in (0, 1) (may round to 0 or 1 only for |zψ| beyond ~37 + |ln θ∞/(1−θ∞)|)
     */
    public double occupancy(double psi) {
        return LawChecks.result(occupancyOf(LawChecks.psi(psi)), "occupancy θ", "", psi, this);
    }

    private double occupancyOf(double psi) {
        double s = charge * psi + logOdds;
        return s > 0 ? Math.exp(-s) / (1 + Math.exp(-s)) : 1 / (1 + Math.exp(s));
    }

    @Override
    public double chargeDensity(double psi) {
        return LawChecks.result(chargeDensityOf(LawChecks.psi(psi)), "charge density ρ", "C/m³", psi, this);
    }

    private double chargeDensityOf(double psi) {
        double y = charge * psi;
        double t = bulkOccupancy;
        double dTheta;
        if (y <= 0) {
            dTheta = -t * (1 - t) * Math.expm1(y) / (t + (1 - t) * Math.exp(y));
        } else {
            dTheta = t * (1 - t) * Math.expm1(-y) / (t * Math.exp(-y) + (1 - t));
        }
        return eN * dTheta;
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        return LawChecks.result(chargeDensityDerivativeOf(LawChecks.psi(psi)), "derivative dρ/dψ", "C/m³", psi, this);
    }

    private double chargeDensityDerivativeOf(double psi) {
        double s = charge * psi + logOdds;
        double e = Math.exp(-Math.abs(s));
        return -charge * eN * e / ((1 + e) * (1 + e));
    }

    @Override
    public double firstIntegral(double psi) {
        return LawChecks.result(firstIntegralOf(LawChecks.psi(psi)), "first integral H", "1/m³", psi, this);
    }

    private double firstIntegralOf(double psi) {
        double y = charge * psi;
        return siteDensity * (bulkOccupancy <= 0.5 ? h(y, bulkOccupancy) : h(-y, 1 - bulkOccupancy));
    }

    /** ln(1 + θ(e^{−y} − 1)) + θy for θ ≤ 1/2. */
    static double h(double y, double theta) {
        double t = -y;
        if (Math.abs(t) < 0.01) {
            double v = theta * (1 - theta);
            double k3 = v * (1 - 2 * theta);
            double k4 = v * (1 - 6 * v);
            double k5 = k3 * (1 - 12 * v);
            double k6 = v * (1 - 30 * v + 120 * v * v);
            double t2 = t * t;
            return t2 * (v / 2 + t * (k3 / 6 + t * (k4 / 24 + t * (k5 / 120 + t * k6 / 720))));
        }
        if (t > 30) {
            return t + Math.log(theta) + Math.log1p((1 - theta) / theta * Math.exp(-t)) - theta * t;
        }
        return Math.log1p(theta * Math.expm1(t)) - theta * t;
    }

    @Override
    public double screeningDensity() {
        return (double) charge * charge * siteDensity * bulkOccupancy * (1 - bulkOccupancy);
    }

    @Override
    public int carrierCharge() {
        return charge;
    }

    @Override
    public double bulkCarrierDensity() {
        return siteDensity * bulkOccupancy;
    }

    @Override
    public double logCarrierRatio(double psi) {
        return LawChecks.result(logCarrierRatioOf(LawChecks.psi(psi)), "carrier log-ratio ln(c/c∞)", "", psi, this);
    }

    private double logCarrierRatioOf(double psi) {
        return -LogMath.logMix(bulkOccupancy, charge * psi);
    }

    @Override
    public double logVacancyRatio(double psi) {
        return LawChecks.result(logVacancyRatioOf(LawChecks.psi(psi)), "free-site log-ratio", "", psi, this);
    }

    private double logVacancyRatioOf(double psi) {
        return charge * psi - LogMath.logMix(bulkOccupancy, charge * psi);
    }

    @Override
    public double bulkLogActivity() {
        return -logOdds;
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return OptionalDouble.of(siteDensity);
    }

    @Override
    public boolean saturates() {
        return true;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "LatticeGas[z = %+d, N = %.4g nm⁻³, θ∞ = %.4g]", charge, siteDensity * 1e-27,
                bulkOccupancy);
    }
}
