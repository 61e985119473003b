package org.interphase.spacecharge;

import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Bikerman's steric (modified Poisson–Boltzmann) law for a symmetric z:z pair of ions of size a,
 * packing fraction ν = 2c∞a³ (Kilic, Bazant &amp; Ajdari, Phys. Rev. E 75, 021502 (2007), eqs. 8–12).
 * With y = zψ:
 * <pre>
 *   c±(ψ) = c∞ e^{∓y} / (1 − ν + ν cosh y)
 *   ρ(ψ)  = −2 z e c∞ sinh y / (1 − ν + ν cosh y)
 *   H(ψ)  = (2c∞/ν) ln(1 − ν + ν cosh y) = (2c∞/ν) ln(1 + 2ν sinh²(y/2))
 * </pre>
 * Concentrations saturate at 1/a³ = 2c∞/ν. The cation conducts; its blocking factor is the free
 * volume fraction relative to the bulk, 1/(1 − ν + ν cosh y). All expressions are written in
 * t = e^{−|y|} so that no hyperbolic function overflows.
 *
 * @param charge |z| of the pair (1 … 8)
 * @param bulkDensity c∞ of each ion, 1/m³ (&gt; 0)
 * @param packingFraction ν in (0, 1)
 */
public record Bikerman(int charge, double bulkDensity, double packingFraction) implements ChargeLaw {

    /**
     * Validates the law.
     *
     * @param charge |z| of the pair (1 … 8)
     * @param bulkDensity c∞ of each ion, 1/m³ (&gt; 0)
     * @param packingFraction ν in (0, 1)
     */
    public Bikerman {
        Species.checkMagnitude(charge, "charge number");
        Checks.positive(bulkDensity, "bulk density", "1/m³");
        Checks.inOpenRange(packingFraction, 0.0, 1.0, "packing fraction ν", "");
        if (!Double.isFinite(2 * bulkDensity / packingFraction)) {
            throw new IllegalArgumentException("packing fraction ν must be at least 2c∞/" + Double.MAX_VALUE
                    + " so that the site density 1/a³ = 2c∞/ν is a finite number, was " + packingFraction
                    + " with c∞ = " + bulkDensity + " 1/m³");
        }
    }

    /**
     * ln(1 − ν + ν cosh y) = ln(1 + 2ν sinh²(y/2)): by log1p while sinh²(y/2) is representable, which
     * keeps full relative precision for small ν (the point-ion limit, where the log-sum-exp form
     * below cancels to ~1e-16/ν relative); by log-sum-exp in t = e^{−|y|} beyond.
     */
    private double logDen(double y) {
        double ay = Math.abs(y);
        if (ay < 700) {
            double sh = Math.sinh(0.5 * y);
            return Math.log1p(2 * packingFraction * sh * sh);
        }
        double t = Math.exp(-ay);
        return ay + Math.log(t * (1 - packingFraction) + 0.5 * packingFraction * (1 + t * t));
    }

    @Override
    public double chargeDensity(double psi) {
        return LawChecks.result(chargeDensityOf(LawChecks.psi(psi)), "charge density ρ", "C/m³", psi, this);
    }

    private double chargeDensityOf(double psi) {
        double y = charge * psi;
        double t = Math.exp(-Math.abs(y));
        double f = -Math.expm1(-2 * Math.abs(y)) / (2 * t * (1 - packingFraction) + packingFraction * (1 + t * t));
        return -2 * charge * Constants.ELEMENTARY_CHARGE * bulkDensity * Math.signum(y) * f;
    }

    @Override
    public double chargeDensityDerivative(double psi) {
        return LawChecks.result(chargeDensityDerivativeOf(LawChecks.psi(psi)), "derivative dρ/dψ", "C/m³", psi, this);
    }

    private double chargeDensityDerivativeOf(double psi) {
        double y = charge * psi;
        double t = Math.exp(-Math.abs(y));
        double nu = packingFraction;
        double den = 2 * t * (1 - nu) + nu * (1 + t * t);
        double fPrime = ((1 - nu) * (1 + t * t) + 2 * nu * t) * 2 * t / (den * den);
        return -2.0 * charge * charge * Constants.ELEMENTARY_CHARGE * bulkDensity * fPrime;
    }

    @Override
    public double firstIntegral(double psi) {
        return LawChecks.result(firstIntegralOf(LawChecks.psi(psi)), "first integral H", "1/m³", psi, this);
    }

    private double firstIntegralOf(double psi) {
        // (2c∞)·(ln D/ν): 2c∞/ν alone may be huge for small ν
        return 2 * bulkDensity * (logDen(charge * psi) / packingFraction);
    }

    @Override
    public double screeningDensity() {
        return 2.0 * charge * charge * bulkDensity;
    }

    @Override
    public int carrierCharge() {
        return charge;
    }

    @Override
    public double bulkCarrierDensity() {
        return bulkDensity;
    }

    @Override
    public double logCarrierRatio(double psi) {
        return LawChecks.result(logCarrierRatioOf(LawChecks.psi(psi)), "carrier log-ratio ln(c/c∞)", "", psi, this);
    }

    private double logCarrierRatioOf(double psi) {
        double y = charge * psi;
        return -y - logDen(y);
    }

    @Override
    public double logVacancyRatio(double psi) {
        return LawChecks.result(logVacancyRatioOf(LawChecks.psi(psi)), "free-site log-ratio", "", psi, this);
    }

    private double logVacancyRatioOf(double psi) {
        return -logDen(charge * psi);
    }

    @Override
    public double bulkLogActivity() {
        return Math.log(0.5 * packingFraction / (1 - packingFraction));
    }

    @Override
    public OptionalDouble carrierSiteDensity() {
        return OptionalDouble.of(2 * bulkDensity / packingFraction);
    }

    @Override
    public boolean saturates() {
        return true;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Bikerman[z = %d, c∞ = %.4g nm⁻³, ν = %.4g]", charge, bulkDensity * 1e-27,
                packingFraction);
    }
}
