package org.interphase.contact;

import org.interphase.core.Checks;

/**
 * Hertz contact of an elastic sphere (or a rigid sphere on an elastic flat) of radius R, pressed
 * by a normal force F, with contact modulus E* (Johnson, <i>Contact Mechanics</i>, 1985, §4.2):
 * <pre>
 *   a  = (3FR/(4E*))^(1/3)              contact radius
 *   p0 = 3F/(2πa²) = 2E*a/(πR)          peak pressure
 *   δ  = a²/R                           approach (mutual approach of distant points)
 *   p(r) = p0·√(1 − r²/a²)              pressure profile
 *   U  = (8/15)·E*·√R·δ^(5/2)            elastic energy = ∫F dδ
 * </pre>
 *
 * @param radius sphere radius R, m (&gt; 0)
 * @param contactModulus E*, Pa (&gt; 0)
 * @param force normal force F, N (&ge; 0)
 */
public record Hertz(double radius, double contactModulus, double force) {

    /**
     * Validates the components.
     *
     * @param radius sphere radius R, m (&gt; 0) 
     * @param contactModulus E*, Pa (&gt; 0) 
     * @param force normal force F, N (&ge; 0)
     */
    public Hertz {
        Checks.positive(radius, "sphere radius", "m");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.nonNegative(force, "normal force", "N");
    }

    /**
     * The Hertz contact that has a given approach.
     *
     * @param radius sphere radius, m
     * @param contactModulus E*, Pa
     * @param approach δ, m (&ge; 0)
     * @return the contact, with F = (4/3)E*√R·δ^(3/2)
     */
    public static Hertz atApproach(double radius, double contactModulus, double approach) {
        Checks.nonNegative(approach, "approach", "m");
        Checks.positive(radius, "sphere radius", "m");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        return new Hertz(radius, contactModulus, 4.0 / 3.0 * contactModulus * Math.sqrt(radius) * Math.pow(approach, 1.5));
    }

    /** @return contact radius a, m */
    public double contactRadius() {
        return Math.cbrt(3.0 * force * radius / (4.0 * contactModulus));
    }

    /** @return peak (central) pressure p0, Pa */
    public double peakPressure() {
        return 2.0 * contactModulus * contactRadius() / (Math.PI * radius);
    }

    /** @return mean pressure over the contact, F/(πa²) = (2/3)p0, Pa */
    public double meanPressure() {
        return 2.0 / 3.0 * peakPressure();
    }

    /** @return approach δ = a²/R, m */
    public double approach() {
        double a = contactRadius();
        return a * a / radius;
    }

    /** @return contact area πa², m² */
    public double contactArea() {
        double a = contactRadius();
        return Math.PI * a * a;
    }

    /**
     * @param r distance from the axis, m (&ge; 0)
     * @return pressure p(r), Pa (zero outside the contact)
     */
    public double pressure(double r) {
        Checks.nonNegative(r, "radial distance", "m");
        double a = contactRadius();
        if (r >= a) {
            return 0.0;
        }
        return peakPressure() * Math.sqrt(1.0 - (r / a) * (r / a));
    }

    /** @return elastic energy stored, (8/15)E*√R·δ^(5/2), J */
    public double elasticEnergy() {
        return 8.0 / 15.0 * contactModulus * Math.sqrt(radius) * Math.pow(approach(), 2.5);
    }

    /** @return contact stiffness dF/dδ = 2E*a, N/m */
    public double stiffness() {
        return 2.0 * contactModulus * contactRadius();
    }

    @Override
    public String toString() {
        return "Hertz[R = " + Format.g(radius * 1e6) + " µm, E* = " + Format.g(contactModulus / 1e9) + " GPa, F = "
                + Format.g(force) + " N: a = " + Format.g(contactRadius() * 1e6) + " µm, p0 = "
                + Format.g(peakPressure() / 1e6) + " MPa, δ = " + Format.g(approach() * 1e9) + " nm]";
    }
}
