package org.interphase.contact;

import org.interphase.core.Checks;

/**
 * An electrode particle of radius R that changes volume by ΔV/V inside an elastic electrolyte
 * matrix (Eshelby misfit sphere; Timoshenko &amp; Goodier, <i>Theory of Elasticity</i>, §135). With the
 * linear misfit ε* = (1 + ΔV/V)^(1/3) − 1 and the combined radial compliance
 * <pre>  D = (1 − 2ν_p)/E_p + (1 + ν_m)/(2E_m)   (particle under pressure; cavity in an infinite matrix)</pre>
 * a bonded interface carries the normal stress p = ε* ÷ D (compressive positive: a swelling particle
 * is squeezed, a shrinking one pulls on the matrix). If the interface cannot carry tension, a
 * shrinking particle held by a confining pressure p0 opens the radial gap g = R·(|ε*| − p0·D) when
 * that is positive.
 *
 * @param particleYoungs Young's modulus E_p of the particle, Pa (&gt; 0)
 * @param particlePoisson Poisson ratio ν_p of the particle, in (−1, 0.5)
 * @param matrixYoungs Young's modulus E_m of the matrix, Pa (&gt; 0)
 * @param matrixPoisson Poisson ratio ν_m of the matrix, in (−1, 0.5)
 * @param radius particle radius R, m (&gt; 0)
 */
public record MisfitSphere(double particleYoungs, double particlePoisson, double matrixYoungs, double matrixPoisson,
        double radius) {

    /**
     * Validates the components.
     *
     * @param particleYoungs Young's modulus E_p of the particle, Pa (&gt; 0)
     * @param particlePoisson Poisson ratio ν_p of the particle, in (−1, 0.5)
     * @param matrixYoungs Young's modulus E_m of the matrix, Pa (&gt; 0)
     * @param matrixPoisson Poisson ratio ν_m of the matrix, in (−1, 0.5)
     * @param radius particle radius R, m (&gt; 0)
     * @throws IllegalArgumentException if a component is out of range
     */
    public MisfitSphere {
        Checks.positive(particleYoungs, "particle Young's modulus", "Pa");
        Checks.inOpenRange(particlePoisson, -1, 0.5, "particle Poisson ratio", "");
        Checks.positive(matrixYoungs, "matrix Young's modulus", "Pa");
        Checks.inOpenRange(matrixPoisson, -1, 0.5, "matrix Poisson ratio", "");
        Checks.positive(radius, "particle radius", "m");
    }

    /**
     * @param volumeChange ΔV/V, &gt; −1
     * @return ε* = (1 + ΔV/V)^(1/3) − 1
     */
    public static double linearMisfit(double volumeChange) {
        Checks.inOpenRange(volumeChange, -1, 10, "volume change", "");
        return Math.cbrt(1 + volumeChange) - 1;
    }

    /** @return the radial compliance D, 1/Pa */
    public double compliance() {
        return (1 - 2 * particlePoisson) / particleYoungs + (1 + matrixPoisson) / (2 * matrixYoungs);
    }

    /**
     * @param volumeChange ΔV/V
     * @return bonded interfacial normal stress ε* ÷ D, Pa (negative = tension)
     */
    public double bondedStress(double volumeChange) {
        return linearMisfit(volumeChange) / compliance();
    }

    /**
     * @param volumeChange ΔV/V (a shrinkage is negative)
     * @param confiningPressure p0, Pa (&ge; 0)
     * @return radial gap opened at a non-adhering interface, m (0 while contact holds)
     */
    public double gap(double volumeChange, double confiningPressure) {
        Checks.nonNegative(confiningPressure, "confining pressure", "Pa");
        double eps = linearMisfit(volumeChange);
        if (eps >= 0) {
            return 0.0;
        }
        return Math.max(0.0, radius * (-eps - confiningPressure * compliance()));
    }

    /**
     * @param volumeChange ΔV/V
     * @param confiningPressure p0, Pa
     * @return interfacial pressure left, Pa (p0 + ε* ÷ D while positive, else 0)
     */
    public double residualPressure(double volumeChange, double confiningPressure) {
        Checks.nonNegative(confiningPressure, "confining pressure", "Pa");
        return Math.max(0.0, confiningPressure + bondedStress(volumeChange));
    }
}
