package org.interphase.spacecharge;

import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Gouy–Chapman double layer of a dilute symmetric z:z electrolyte (both ions mobile) against a
 * planar interface held at φ0 relative to the bulk; semi-infinite, x ≥ 0 into the phase. With
 * y = zeφ/kT and λ = √(εkT/(2z²e²c∞)) (Bard &amp; Faulkner, Electrochemical Methods, 2nd ed., §13.3;
 * research note §2.6):
 * <pre>
 *   tanh(y/4) = tanh(y0/4)·e^{−x/λ}
 *   Q  = −√(8 ε kT c∞)·sinh(y0/2)            charge of the layer per area
 *   C  = (ε/λ)·cosh(y0/2)                     differential capacitance
 *   ℓ_R = ∫₀^∞ (c∞/c₊(x) − 1) dx = 2λ(e^{y0/2} − 1)   excess resistance length of the cation
 * </pre>
 * Valid while the accumulated ion stays far below its site density (a few tenths of a volt at
 * most; see {@link Bikerman} and {@link LatticeGas} beyond).
 *
 * @param relativePermittivity εr (&gt; 0)
 * @param temperature T, K (&gt; 0)
 * @param charge |z| (1 … 8)
 * @param bulkDensity c∞ of each ion, 1/m³ (&gt; 0)
 * @param interfacePotential φ0 = φ(0) − φ∞, V
 */
public record GouyChapman(double relativePermittivity, double temperature, int charge, double bulkDensity,
        double interfacePotential) {

    /**
     * Validates the inputs.
     *
     * @param relativePermittivity εr (&gt; 0)
     * @param temperature T, K (&gt; 0)
     * @param charge |z| (1 … 8)
     * @param bulkDensity c∞ of each ion, 1/m³ (&gt; 0)
     * @param interfacePotential φ0 = φ(0) − φ∞, V
     */
    public GouyChapman {
        Checks.positive(relativePermittivity, "relative permittivity", "");
        Checks.positive(temperature, "temperature", "K");
        Species.checkMagnitude(charge, "charge number");
        Checks.positive(bulkDensity, "bulk density", "1/m³");
        Checks.finite(interfacePotential, "interface potential", "V");
    }

    private double permittivity() {
        return Constants.VACUUM_PERMITTIVITY * relativePermittivity;
    }

    /** @return y0 = zeφ0/kT */
    public double reducedPotential() {
        return charge * interfacePotential / Constants.thermalVoltage(temperature);
    }

    /** @return λ, m */
    public double debyeLength() {
        return ScreeningLengths.symmetric(relativePermittivity, temperature, charge, bulkDensity);
    }

    /**
     * @param x distance from the interface, m (≥ 0)
     * @return φ(x) − φ∞, V
     */
    public double potential(double x) {
        Checks.nonNegative(x, "distance", "m");
        double y0 = reducedPotential();
        double a = Math.abs(y0) / 4;
        double s = x / debyeLength();
        // t = tanh(a)·e^{−s}; 1 − t written without cancellation, since t → 1 for large y0
        double q = Math.exp(-2 * a);
        double t = Math.tanh(a) * Math.exp(-s);
        double oneMinusT = t < 0.5 ? 1 - t : -Math.expm1(-s) + Math.exp(-s) * 2 * q / (1 + q);
        double y = 2 * (Math.log1p(t) - (t < 0.5 ? Math.log1p(-t) : Math.log(oneMinusT)));
        return Math.signum(y0) * y * Constants.thermalVoltage(temperature) / charge;
    }

    /**
     * @param x distance, m (≥ 0)
     * @return c₊(x), 1/m³
     */
    public double cationDensity(double x) {
        return finite(bulkDensity * Math.exp(-charge * potential(x) / Constants.thermalVoltage(temperature)),
                "cation density", "1/m³");
    }

    /**
     * @param x distance, m (≥ 0)
     * @return c₋(x), 1/m³
     */
    public double anionDensity(double x) {
        return finite(bulkDensity * Math.exp(charge * potential(x) / Constants.thermalVoltage(temperature)),
                "anion density", "1/m³");
    }

    /**
     * The distance at which the potential has fallen to φ, x = λ·ln(tanh(y0/4)/tanh(y/4)).
     *
     * @param phi φ − φ∞, V, strictly between 0 and φ0
     * @return x, m
     */
    public double position(double phi) {
        double y = charge * phi / Constants.thermalVoltage(temperature);
        double y0 = reducedPotential();
        if (!(y / y0 > 0 && Math.abs(y) < Math.abs(y0))) {
            throw new IllegalArgumentException("phi (potential φ − φ∞) must lie strictly between 0 and "
                    + interfacePotential + " V, was " + phi + " V");
        }
        return debyeLength() * (logTanh(Math.abs(y0) / 4) - logTanh(Math.abs(y) / 4));
    }

    /** @return the field at the interface, E(0) = −dφ/dx = (2kT/(zeλ))·sinh(y0/2), V/m */
    public double interfaceField() {
        return finite(2 * Constants.thermalVoltage(temperature) / (charge * debyeLength())
                * Math.sinh(reducedPotential() / 2), "interface field", "V/m");
    }

    /** @return the space charge per area Q = −ε·E(0), C/m² */
    public double spaceCharge() {
        return finite(-Math.sqrt(8 * permittivity() * Constants.thermalEnergy(temperature) * bulkDensity)
                * Math.sinh(reducedPotential() / 2), "space charge", "C/m²");
    }

    /** @return the differential capacitance (ε/λ)·cosh(y0/2), F/m² */
    public double capacitance() {
        return finite(permittivity() / debyeLength() * Math.cosh(reducedPotential() / 2), "capacitance", "F/m²");
    }

    /** @return ℓ_R of the cation, 2λ(e^{y0/2} − 1), m (negative in accumulation) */
    public double excessResistanceLength() {
        return finite(2 * debyeLength() * Math.expm1(reducedPotential() / 2), "excess resistance length", "m");
    }

    /** A result that overflows names the input that caused it. */
    private double finite(double value, String what, String unit) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "interface potential must keep the "
                    + "%s finite (|z·eφ0/kT| up to about 1400, less for a large c∞), was %s V (z·eφ0/kT = %.6g at "
                    + "T = %s K), giving %s %s", what, interfacePotential, reducedPotential(), temperature, value, unit));
        }
        return value;
    }

    /** ln tanh(a) for a &gt; 0, accurate where tanh(a) → 1. */
    private static double logTanh(double a) {
        if (a < 0.5) {
            // e^{−2a} rounds to 1 for a below 1e-17, and log1p(−1) = −∞: tanh itself keeps the precision
            return Math.log(Math.tanh(a));
        }
        double q = Math.exp(-2 * a);
        return Math.log1p(-q) - Math.log1p(q);
    }
}
