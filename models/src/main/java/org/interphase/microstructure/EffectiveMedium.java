package org.interphase.microstructure;

import org.interphase.core.Checks;
import org.interphase.core.RootFinder;

/**
 * Effective-medium theories of the conductivity of an isotropic three-dimensional composite: the
 * closed forms a 3D conduction solve is compared with, and the first estimate before one.
 * <pre>
 *   Maxwell–Garnett (spheres σ_p at fraction φ in a matrix σ_m):
 *       σ_eff = σ_m·(1 + 2φβ)/(1 − φβ),   β = (σ_p − σ_m)/(σ_p + 2σ_m)
 *   symmetric Bruggeman (n phases σ_i at fractions φ_i, Σφ_i = 1):
 *       Σ φ_i (σ_i − σ_eff)/(σ_i + 2σ_eff) = 0
 *   Hashin–Shtrikman bounds (n phases):
 *       Λ(s) = [Σ φ_i σ_i/(σ_i + 2s)] / [Σ φ_i/(σ_i + 2s)],   σ_HS− = Λ(σ_min) ≤ σ_eff ≤ σ_HS+ = Λ(σ_max)
 *   Bruggeman power law (one conducting phase at fraction ε):
 *       σ_eff = σ·ε^α,   tortuosity factor τ = ε·σ/σ_eff = ε^(1−α)
 * </pre>
 * Λ(s) is the Maxwell–Garnett value of every phase embedded in a matrix of conductivity s, so for
 * two phases Maxwell–Garnett <em>is</em> the Hashin–Shtrikman bound on the side of its matrix: the
 * lower bound when the matrix conducts less, the upper when it conducts more (Hashin &amp; Shtrikman,
 * J. Appl. Phys. 33, 3125 (1962); Torquato, <i>Random Heterogeneous Materials</i>, Springer 2002,
 * ch. 21; Milton, <i>The Theory of Composites</i>, Cambridge 2002, ch. 23). Maxwell–Garnett is exact
 * for the Hashin coated-sphere assemblage and the dilute limit of spheres (Maxwell, <i>Treatise on
 * Electricity and Magnetism</i>, 1873, §314). The symmetric Bruggeman theory (Bruggeman, Ann. Phys.
 * 416, 636 (1935); Landauer, J. Appl. Phys. 23, 779 (1952)) treats every phase alike; with one
 * insulating phase it gives σ_eff = σ·(3φ − 1)/2 and a percolation threshold φ_c = 1/3
 * (Kirkpatrick, Rev. Mod. Phys. 45, 574 (1973)), against 0.3116 for site percolation on a simple
 * cubic lattice. The power law with α = 1.5 is Bruggeman's result for a dilute suspension of
 * insulating spheres in a conducting phase; fitted α of real electrodes is often 2–4.
 *
 * <p>Conductivities are in S/m (any consistent unit works: every formula is homogeneous of degree 1
 * in the conductivities). Fractions must sum to 1 within 1e-9 and are then renormalized. Every
 * method scales by the largest conductivity first, so the result is finite for every finite input.
 * The core–shell particle with an interphase shell is {@link CoreShell}.
 */
public final class EffectiveMedium {

    /** How far the fractions may sum from 1 before they are refused. */
    static final double FRACTION_SUM_TOLERANCE = 1e-9;

    private EffectiveMedium() {}

    /**
     * Maxwell–Garnett: spheres of conductivity σ_p at volume fraction φ in a matrix of σ_m. Exact
     * to first order in φ; for two phases equal to the Hashin–Shtrikman bound on the matrix's side.
     *
     * @param matrixConductivity σ_m, S/m (&ge; 0)
     * @param particleConductivity σ_p, S/m (&ge; 0)
     * @param particleFraction φ, volume fraction of the spheres, in [0, 1]
     * @return σ_eff, S/m (σ_m at φ = 0, σ_p at φ = 1)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double maxwellGarnett(double matrixConductivity, double particleConductivity,
            double particleFraction) {
        Checks.nonNegative(matrixConductivity, "matrix conductivity", "S/m");
        Checks.nonNegative(particleConductivity, "particle conductivity", "S/m");
        Checks.inClosedRange(particleFraction, 0.0, 1.0, "particle fraction", "");
        return mg(matrixConductivity, particleConductivity, particleFraction);
    }

    /** Maxwell–Garnett on checked arguments, scaled by the larger conductivity (no overflow). */
    static double mg(double sm, double sp, double phi) {
        if (phi == 1.0) {
            return sp;
        }
        double s = Math.max(sm, sp);
        if (s == 0) {
            return 0.0;
        }
        double a = sp / s;
        double b = sm / s;
        // (σ_p + 2σ_m + 2φ(σ_p − σ_m)) / (σ_p(1 − φ) + σ_m(2 + φ)): the denominator is ≥ (1 − φ)·max > 0
        double ratio = (a + 2 * b + 2 * phi * (a - b)) / (a * (1 - phi) + b * (2 + phi));
        return sm * ratio;
    }

    /**
     * Symmetric Bruggeman effective medium of two phases, in closed form (the positive root of
     * 2σ² − bσ − σ₁σ₂ = 0, b = (3φ₁ − 1)σ₁ + (3φ₂ − 1)σ₂, φ₁ = 1 − φ₂; Landauer 1952).
     *
     * @param conductivity1 σ₁ of the first phase, S/m (&ge; 0)
     * @param conductivity2 σ₂ of the second phase, S/m (&ge; 0)
     * @param fraction2 φ₂, volume fraction of the second phase, in [0, 1]
     * @return σ_eff, S/m (0 when the conducting phase is below φ_c = 1/3 and the other insulates)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double bruggeman(double conductivity1, double conductivity2, double fraction2) {
        Checks.nonNegative(conductivity1, "conductivity1", "S/m");
        Checks.nonNegative(conductivity2, "conductivity2", "S/m");
        Checks.inClosedRange(fraction2, 0.0, 1.0, "fraction2", "");
        return bruggeman2(conductivity1, conductivity2, fraction2);
    }

    static double bruggeman2(double s1, double s2, double phi2) {
        double s = Math.max(s1, s2);
        if (s == 0) {
            return 0.0;
        }
        double x1 = s1 / s;
        double x2 = s2 / s;
        double phi1 = 1 - phi2;
        double b = (3 * phi1 - 1) * x1 + (3 * phi2 - 1) * x2;
        double d = Math.sqrt(b * b + 8 * x1 * x2);
        // the two algebraically equal forms of the positive root; each avoids the cancellation of the other
        double x = b >= 0 ? (b + d) / 4 : 2 * x1 * x2 / (d - b);
        return x * s;
    }

    /**
     * Symmetric Bruggeman effective medium of n phases: the root of Σ φ_i (σ_i − σ)/(σ_i + 2σ) = 0,
     * which is unique (the sum decreases in σ) and lies between the smallest and largest σ_i; found
     * by Brent's method on the scaled equation. With insulating phases the medium conducts only if
     * Σ_{σ_i&gt;0} φ_i &gt; ½ Σ_{σ_i=0} φ_i (the EMT's percolation condition); otherwise it returns 0.
     *
     * @param conductivities σ_i, S/m, each &ge; 0 (at least one phase)
     * @param fractions φ_i, volume fractions, each in [0, 1], summing to 1 (same length)
     * @return σ_eff, S/m
     * @throws IllegalArgumentException if an array is empty, the lengths differ, an element is out of
     *     range or the fractions do not sum to 1
     */
    public static double bruggeman(double[] conductivities, double[] fractions) {
        double[] phi = checkPhases(conductivities, fractions);
        double s = largestPresent(conductivities, phi);
        if (s == 0) {
            return 0.0;
        }
        int n = phi.length;
        double[] x = new double[n];
        double lo = 1.0;
        double insulating = 0;
        double conducting = 0;
        for (int i = 0; i < n; i++) {
            x[i] = conductivities[i] / s;
            if (phi[i] > 0) {
                if (x[i] == 0) {
                    insulating += phi[i];
                } else {
                    conducting += phi[i];
                    lo = Math.min(lo, x[i]);
                }
            }
        }
        if (insulating > 0) {
            if (conducting <= 0.5 * insulating) {
                return 0.0;
            }
            lo = 0.0;
        }
        double l = lo;
        java.util.function.DoubleUnaryOperator f = y -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (phi[i] > 0) {
                    // an insulating phase contributes −φ/2 for every y > 0 (its limit, not 0/0 at y = 0)
                    sum += x[i] == 0 ? -0.5 * phi[i] : phi[i] * (x[i] - y) / (x[i] + 2 * y);
                }
            }
            return sum;
        };
        if (l == 1.0) {
            return s; // every present phase has the same conductivity
        }
        // Brent converges to a relative accuracy of ~1e-14 of the root; the absolute tolerance only stops it at 0
        double y = RootFinder.brent(f, l, 1.0, Double.MIN_NORMAL);
        return y * s;
    }

    /**
     * Hashin–Shtrikman lower bound of an isotropic n-phase composite, Λ(σ_min) (see the class
     * documentation); for two phases the Maxwell–Garnett value with the less conducting phase as
     * matrix. Zero if a present phase insulates.
     *
     * @param conductivities σ_i, S/m, each &ge; 0 (at least one phase)
     * @param fractions φ_i, volume fractions, each in [0, 1], summing to 1 (same length)
     * @return the lower bound, S/m
     * @throws IllegalArgumentException as {@link #bruggeman(double[], double[])}
     */
    public static double hashinShtrikmanLower(double[] conductivities, double[] fractions) {
        double[] phi = checkPhases(conductivities, fractions);
        double s = largestPresent(conductivities, phi);
        if (s == 0) {
            return 0.0;
        }
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < phi.length; i++) {
            if (phi[i] > 0) {
                min = Math.min(min, conductivities[i] / s);
            }
        }
        if (min == 0) {
            return 0.0;
        }
        return lambda(conductivities, phi, s, min) * s;
    }

    /**
     * Hashin–Shtrikman upper bound of an isotropic n-phase composite, Λ(σ_max); for two phases the
     * Maxwell–Garnett value with the more conducting phase as matrix.
     *
     * @param conductivities σ_i, S/m, each &ge; 0 (at least one phase)
     * @param fractions φ_i, volume fractions, each in [0, 1], summing to 1 (same length)
     * @return the upper bound, S/m
     * @throws IllegalArgumentException as {@link #bruggeman(double[], double[])}
     */
    public static double hashinShtrikmanUpper(double[] conductivities, double[] fractions) {
        double[] phi = checkPhases(conductivities, fractions);
        double s = largestPresent(conductivities, phi);
        if (s == 0) {
            return 0.0;
        }
        return lambda(conductivities, phi, s, 1.0) * s;
    }

    /** Λ(t) = Σφσ/(σ + 2t) / Σφ/(σ + 2t) in units of s (t &gt; 0): positive terms only, no cancellation. */
    private static double lambda(double[] sigma, double[] phi, double s, double t) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < phi.length; i++) {
            if (phi[i] > 0) {
                double x = sigma[i] / s;
                num += phi[i] * x / (x + 2 * t);
                den += phi[i] / (x + 2 * t);
            }
        }
        return Math.min(1.0, num / den);
    }

    /**
     * Bruggeman's power law σ_eff = σ·ε^α for one conducting phase at volume fraction ε (α = 1.5 for
     * spheres; the corresponding tortuosity factor is τ = ε^(1−α)).
     *
     * @param conductivity σ of the conducting phase, S/m (&ge; 0)
     * @param volumeFraction ε, its volume fraction, in [0, 1]
     * @param exponent Bruggeman exponent α (&ge; 1, finite; α &lt; 1 would give τ &lt; 1)
     * @return σ_eff, S/m
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double powerLaw(double conductivity, double volumeFraction, double exponent) {
        Checks.nonNegative(conductivity, "conductivity", "S/m");
        Checks.inClosedRange(volumeFraction, 0.0, 1.0, "volume fraction", "");
        Checks.atLeast(exponent, 1.0, "Bruggeman exponent", "");
        return conductivity * Math.pow(volumeFraction, exponent);
    }

    /** Checks the phase arrays and returns the fractions renormalized to sum to 1. */
    static double[] checkPhases(double[] conductivities, double[] fractions) {
        Checks.allNonNegative(conductivities, "conductivities", "S/m");
        Checks.allNonNegative(fractions, "fractions", "");
        Checks.sameLength(conductivities, "conductivities", fractions, "fractions");
        double sum = 0;
        for (int i = 0; i < fractions.length; i++) {
            if (fractions[i] > 1) {
                throw new IllegalArgumentException("fractions[" + i + "] must be in [0, 1], was " + fractions[i]);
            }
            sum += fractions[i];
        }
        if (!(Math.abs(sum - 1) <= FRACTION_SUM_TOLERANCE)) {
            throw new IllegalArgumentException("fractions must sum to 1 (within " + FRACTION_SUM_TOLERANCE + "), sum was "
                    + sum + " for fractions " + java.util.Arrays.toString(fractions));
        }
        double[] phi = new double[fractions.length];
        for (int i = 0; i < phi.length; i++) {
            phi[i] = fractions[i] / sum;
        }
        return phi;
    }

    /** The largest conductivity among the phases that are present (φ &gt; 0), S/m. */
    private static double largestPresent(double[] conductivities, double[] phi) {
        double s = 0;
        for (int i = 0; i < phi.length; i++) {
            if (phi[i] > 0) {
                s = Math.max(s, conductivities[i]);
            }
        }
        return s;
    }
}
