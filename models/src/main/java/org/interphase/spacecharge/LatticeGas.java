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
    private final double logTheta; // ln θ∞
    private final double logVacancy; // ln(1 − θ∞)

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
        this.logTheta = Math.log(bulkOccupancy);
        this.logVacancy = Math.log1p(-bulkOccupancy);
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
        // the arithmetic of accumulate, node by node
        double y = charge * psi;
        double t = bulkOccupancy;
        double q = 1 - t;
        double v = t * q;
        if (y <= 0) {
            double a = Math.exp(y);
            double inv = 1 / (t + q * a);
            double r = v * inv;
            out[0] = eN * (-r * expm1(y, a));
            out[1] = -charge * eN * r * (a * inv);
        } else {
            double b = Math.exp(-y);
            double inv = 1 / (t * b + q);
            double r = v * inv;
            out[0] = eN * (r * expm1(-y, b));
            out[1] = -charge * eN * r * (b * inv);
        }
    }

    /**
     * Adds w_i·ρ(ψ_i) to f[i] and w_i·dρ/dψ(ψ_i) to d[i], ψ_i = u[i] − shift, w_i = half[i − 1] + half[i],
     * for i = from … to (from ≥ 1): the charge of the interior control volumes of the layered solver
     * ({@link LayeredSolver}), the arithmetic of {@link #evaluate} without its per-call checks (the
     * solver's own arrays; a non-finite u[i] gives a non-finite flux in the residual, which Newton
     * reports).
     *
     * <p>One exponential and one division per node: with y = zψ and a = e^{−|y|} ≤ 1 (no overflow
     * for any ψ), D = θ∞ + (1 − θ∞)a (y ≤ 0) or θ∞a + 1 − θ∞ (y &gt; 0) and r = θ∞(1 − θ∞)/D,
     * ρ = −zeN·θ∞(1 − θ∞)(e^{y} − 1)/(θ∞ + (1 − θ∞)e^{y}) = ±zeN·r·(1 − a) (+ for y ≤ 0) and
     * dρ/dψ = −z²eN·θ(1 − θ) = −z²eN·r·a/D; e^{−|y|} − 1 is expm1 for |y| &lt; ½ (where a − 1 would
     * cancel), a − 1 beyond (exact for a ≥ ½ by Sterbenz, else within 2 ulp of |a − 1| ≥ ½). ρ agrees
     * with the expm1 form of {@link #chargeDensity} to a few ulp at every ψ, also as ψ → 0.
     */
    void accumulate(double[] u, double shift, int from, int to, double[] half, double[] f, double[] d) {
        double t = bulkOccupancy;
        double q = 1 - t;
        double v = t * q;
        double z = charge;
        double zeN = -z * eN;
        for (int i = from; i <= to; i++) {
            double y = z * (u[i] - shift);
            double rho;
            double slope;
            if (y <= 0) {
                double a = Math.exp(y);
                double inv = 1 / (t + q * a);
                double r = v * inv;
                rho = eN * (-r * expm1(y, a));
                slope = zeN * r * (a * inv);
            } else {
                double b = Math.exp(-y);
                double inv = 1 / (t * b + q);
                double r = v * inv;
                rho = eN * (r * expm1(-y, b));
                slope = zeN * r * (b * inv);
            }
            double w = half[i - 1] + half[i];
            f[i] += w * rho;
            d[i] += w * slope;
        }
    }

    /**
     * The resistivity ratio σ∞/σ = c∞/c = θ∞/θ = θ∞ + (1 − θ∞)·e^{zψ} of the carrier (Nernst–Einstein,
     * no blocking factor) by one exponential, unchecked: +∞ where e^{zψ} overflows. Its logarithm is
     * −{@link #logCarrierRatio}; Math.log of this ratio gives it to a few ulp where the ratio is
     * away from 1 (≥ 3/2 or ≤ 1/2), and the log1p form of {@link #logCarrierRatio} is needed near 1.
     *
     * @param psi ψ, dimensionless (finite)
     * @return θ∞ + (1 − θ∞)e^{zψ}
     */
    double resistivityRatio(double psi) {
        return bulkOccupancy + (1 - bulkOccupancy) * Math.exp(charge * psi);
    }

    /** e^{x} − 1 for x ≤ 0 given a = e^{x}: expm1 where a − 1 would cancel (|x| &lt; ½), else a − 1. */
    private static double expm1(double x, double a) {
        return x > -0.5 ? Math.expm1(x) : a - 1;
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
        return -logMix(charge * psi);
    }

    @Override
    public double logVacancyRatio(double psi) {
        return LawChecks.result(logVacancyRatioOf(LawChecks.psi(psi)), "free-site log-ratio", "", psi, this);
    }

    private double logVacancyRatioOf(double psi) {
        return charge * psi - logMix(charge * psi);
    }

    /**
     * ln(θ∞ + (1 − θ∞)·e^y): log1p/expm1 for small |y|, log-sum-exp (no overflow) beyond, with ln θ∞
     * and ln(1 − θ∞) computed once.
     */
    private double logMix(double y) {
        if (Math.abs(y) < 1) {
            return Math.log1p((1 - bulkOccupancy) * Math.expm1(y));
        }
        return LogMath.logAddExp(logTheta, logVacancy + y);
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
