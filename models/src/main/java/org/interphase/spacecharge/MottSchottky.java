package org.interphase.spacecharge;

import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Mott–Schottky space-charge layer: one dilute mobile carrier of charge z and bulk concentration
 * c∞ against a fixed background −zec∞, semi-infinite, interface at φ0 relative to the bulk. With
 * y = zeφ/kT and L = √(εkT/(z²e²c∞)) (Maier, Prog. Solid State Chem. 23, 171 (1995); Guo &amp;
 * Waser, Prog. Mater. Sci. 51, 151 (2006); research note §2.7):
 * <pre>
 *   y'²/2 = (y + e^{−y} − 1)/L²                         exact first integral
 *   E(0)  = (kT/(zeL))·√(2(y0 + e^{−y0} − 1)),  Q = −ε E(0)
 *   C     = (ε/L)·|1 − e^{−y0}| / √(2(y0 + e^{−y0} − 1))  differential capacitance
 *   λ*    = L√(2y0)                                      abrupt-depletion width, φ ≈ φ0(1 − x/λ*)²
 *   r_gb  = e^{y0}/(2y0)                                 resistivity ratio of the layer (depletion)
 * </pre>
 * The last two are the depletion approximations; the exact profile, field and resistance of any
 * law come from {@link SemiInfinite}. r_gb is inverted by {@link #coreVoltage}, φ0 = −(kT/ze)·W₋₁(−1/(2r)),
 * as pyscses does (valid for r ≥ e/2).
 *
 * @param relativePermittivity εr (&gt; 0)
 * @param temperature T, K (&gt; 0)
 * @param charge z of the mobile carrier (≠ 0, |z| ≤ 8)
 * @param bulkDensity c∞, 1/m³ (&gt; 0)
 * @param interfacePotential φ0 = φ(0) − φ∞, V
 */
public record MottSchottky(double relativePermittivity, double temperature, int charge, double bulkDensity,
        double interfacePotential) {

    /**
     * Validates the inputs.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param charge z of the mobile carrier (≠ 0, |z| ≤ 8)
     * @param bulkDensity c∞, 1/m³ (&gt; 0)
     * @param interfacePotential φ0 = φ(0) − φ∞, V
     */
    public MottSchottky {
        Checks.positive(relativePermittivity, "relative permittivity", "");
        Checks.positive(temperature, "temperature", "K");
        Species.checkCharge(charge, "charge number");
        Checks.positive(bulkDensity, "bulk density", "1/m³");
        Checks.finite(interfacePotential, "interface potential", "V");
    }

    /** @return y0 = zeφ0/kT */
    public double reducedPotential() {
        return charge * interfacePotential / Constants.thermalVoltage(temperature);
    }

    /** @return L, m */
    public double length() {
        return ScreeningLengths.mottSchottky(relativePermittivity, temperature, charge, bulkDensity);
    }

    private double g() {
        return LogMath.expm1MinusX(-reducedPotential());
    }

    /** @return E(0) = −dφ/dx at the interface, V/m (sign of zφ0 over z) */
    public double interfaceField() {
        double y0 = reducedPotential();
        return finite(Math.signum(y0) * Constants.thermalVoltage(temperature) / (charge * length()) * Math.sqrt(2 * g()),
                "interface field", "V/m");
    }

    /** @return Q = −sign(zφ0)·√(2εkTc∞(y0 + e^{−y0} − 1))·sign(z), C/m² */
    public double spaceCharge() {
        return -Constants.VACUUM_PERMITTIVITY * relativePermittivity * interfaceField();
    }

    /** @return the differential capacitance, F/m² */
    public double capacitance() {
        double y0 = reducedPotential();
        double eps = Constants.VACUUM_PERMITTIVITY * relativePermittivity;
        if (y0 == 0) {
            return eps / length();
        }
        // expm1 and expm1MinusX keep full relative precision as y0 → 0, where C → (ε/L)(1 − y0/3 + ...)
        return finite(eps / length() * Math.abs(Math.expm1(-y0)) / Math.sqrt(2 * g()), "capacitance", "F/m²");
    }

    /** @return λ* = L√(2y0), m (depletion, y0 &gt; 0) */
    public double abruptDepletionWidth() {
        requireDepletion();
        return length() * Math.sqrt(2 * reducedPotential());
    }

    /**
     * The abrupt-depletion approximation of the profile.
     *
     * @param x distance, m (≥ 0)
     * @return φ0(1 − x/λ*)² inside the layer, 0 beyond, V
     */
    public double abruptPotential(double x) {
        Checks.nonNegative(x, "distance", "m");
        double w = abruptDepletionWidth();
        return x >= w ? 0 : interfacePotential * (1 - x / w) * (1 - x / w);
    }

    /** @return r_gb = e^{y0}/(2y0), the Mott–Schottky resistivity ratio (depletion) */
    public double resistivityRatio() {
        requireDepletion();
        double y0 = reducedPotential();
        return finite(Math.exp(y0) / (2 * y0), "resistivity ratio", "");
    }

    /** @return the depletion approximation of ℓ_R, L·e^{y0}/√(2y0), m */
    public double excessResistanceLengthApproximation() {
        requireDepletion();
        double y0 = reducedPotential();
        return finite(length() * Math.exp(y0) / Math.sqrt(2 * y0), "excess resistance length", "m");
    }

    /** A result that overflows names the input that caused it. */
    private double finite(double value, String what, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "interface potential must keep the %s finite (for "
                    + "z·eφ0/kT in about (−700, 700)), was %s V (z·eφ0/kT = %.6g), giving %s%s", what,
                    interfacePotential, reducedPotential(), value, unit.isEmpty() ? "" : " " + unit));
        }
        return value;
    }

    private void requireDepletion() {
        if (!(reducedPotential() > 0)) {
            throw new IllegalStateException("the depletion approximation needs zφ0 > 0 (carrier repelled), was zφ0 = "
                    + charge * interfacePotential + " V");
        }
    }

    /** The largest resistivity ratio {@link #coreVoltage} inverts. */
    static final double MAX_RATIO = 1e300;

    /**
     * The core (interface) potential that gives a measured resistivity ratio in the Mott–Schottky
     * approximation: φ0 = −(kT/(ze))·W₋₁(−1/(2r)).
     *
     * @param resistivityRatio r_gb = ρ_gb/ρ_bulk, in [e/2, 1e300] (below e/2 ≈ 1.359 no depletion layer
     *     explains r; above 1e300 zeφ0/kT would exceed ~690)
     * @param temperature T, K (&gt; 0)
     * @param charge z of the carrier (≠ 0, |z| ≤ 8)
     * @return φ0, V
     */
    public static double coreVoltage(double resistivityRatio, double temperature, int charge) {
        // above 1e300 the core potential exceeds ~700 kT/ze, where e^{y0} is no longer a double
        Checks.inClosedRange(resistivityRatio, Math.E / 2, MAX_RATIO, "resistivity ratio", "");
        Species.checkCharge(charge, "charge number");
        double y0 = -LambertW.lower(-1 / (2 * resistivityRatio));
        return y0 * Constants.thermalVoltage(temperature) / charge;
    }
}
