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
     * @throws IllegalArgumentException if a component is out of range, or the contact's radius, approach,
     *     energy or stiffness would exceed the double range
     */
    public Hertz {
        Checks.positive(radius, "sphere radius", "m");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.nonNegative(force, "normal force", "N");
        // every derived quantity is finite, or the inputs are refused here (never an infinity later)
        double a = radius(force, radius, contactModulus);
        double delta = a * (a / radius);
        String[] inputs = {Format.arg("radius", radius, "m"), Format.arg("contactModulus", contactModulus, "Pa"),
            Format.arg("force", force, "N")};
        Format.result(a, "Hertz contact radius", inputs);
        Format.result(delta, "Hertz approach", inputs);
        Format.result(0.4 * force * delta, "Hertz elastic energy", inputs);
        Format.result(2.0 * contactModulus * a, "Hertz stiffness", inputs);
        Format.result(2.0 * contactModulus * (a / radius) / Math.PI, "Hertz peak pressure", inputs);
    }

    /** a = (3FR/(4E*))^(1/3), as a product of cube roots so that FR cannot overflow on its own. */
    private static double radius(double force, double radius, double contactModulus) {
        return Math.cbrt(0.75 * force / contactModulus) * Math.cbrt(radius);
    }

    /**
     * The Hertz contact that has a given approach.
     *
     * @param radius sphere radius R, m (&gt; 0)
     * @param contactModulus E*, Pa (&gt; 0)
     * @param approach approach δ, m (&ge; 0)
     * @return the contact, with F = (4/3)E*√R·δ^(3/2)
     * @throws IllegalArgumentException if an argument is out of range, or the force exceeds the double range
     */
    public static Hertz atApproach(double radius, double contactModulus, double approach) {
        Checks.nonNegative(approach, "approach", "m");
        Checks.positive(radius, "sphere radius", "m");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        // √R·√δ·δ: no intermediate product can overflow while the force itself is representable
        double force = Format.result(4.0 / 3.0 * contactModulus * Math.sqrt(radius) * Math.sqrt(approach) * approach,
                "Hertz force (4/3)E*√R·δ^(3/2)", Format.arg("radius", radius, "m"),
                Format.arg("contactModulus", contactModulus, "Pa"), Format.arg("approach", approach, "m"));
        return new Hertz(radius, contactModulus, force);
    }

    /** @return contact radius a, m */
    public double contactRadius() {
        return radius(force, radius, contactModulus);
    }

    /** @return peak (central) pressure p0, Pa */
    public double peakPressure() {
        return 2.0 * contactModulus * (contactRadius() / radius) / Math.PI;
    }

    /** @return mean pressure over the contact, F/(πa²) = (2/3)p0, Pa */
    public double meanPressure() {
        return 2.0 / 3.0 * peakPressure();
    }

    /** @return approach δ = a²/R, m */
    public double approach() {
        double a = contactRadius();
        return a * (a / radius);
    }

    /** @return contact area πa², m² (may underflow to 0 for a vanishing contact, never overflows to ∞) */
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

    /** @return elastic energy stored, (8/15)E*√R·δ^(5/2) = (2/5)F·δ, J */
    public double elasticEnergy() {
        return 0.4 * force * approach();
    }

    /** @return contact stiffness dF/dδ = 2E*a, N/m */
    public double stiffness() {
        return 2.0 * contactModulus * contactRadius();
    }

    @Override
    public String toString() {
        return "Hertz[R = " + Format.q(radius, "m") + ", E* = " + Format.q(contactModulus, "Pa") + ", F = "
                + Format.q(force, "N") + ": a = " + Format.q(contactRadius(), "m") + ", p0 = "
                + Format.q(peakPressure(), "Pa") + ", δ = " + Format.q(approach(), "m") + "]";
    }
}
