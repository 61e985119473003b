package org.interphase.contact;

import org.interphase.core.Checks;

/**
 * Contact modulus of two elastic bodies, the single modulus that maps their frictionless normal
 * contact onto a rigid body against an elastic half-space:
 * <pre>  1/E* = (1 − ν₁²)/E₁ + (1 − ν₂²)/E₂   (Johnson, Contact Mechanics, 1985, eq. 4.22)</pre>
 */
public final class ContactModulus {

    private ContactModulus() {}

    /**
     * Contact modulus of two bodies.
     *
     * @param youngs1 Young's modulus of body 1, Pa (&gt; 0)
     * @param poisson1 Poisson ratio of body 1, in (−1, 0.5)
     * @param youngs2 Young's modulus of body 2, Pa (&gt; 0, finite; for a rigid body 2 use {@link #againstRigid})
     * @param poisson2 Poisson ratio of body 2, in (−1, 0.5)
     * @return E*, Pa
     * @throws IllegalArgumentException if an argument is out of range or E* exceeds the double range
     */
    public static double combined(double youngs1, double poisson1, double youngs2, double poisson2) {
        double c1 = compliance(youngs1, poisson1, "Young's modulus of body 1", "Poisson ratio of body 1");
        double c2 = compliance(youngs2, poisson2, "Young's modulus of body 2", "Poisson ratio of body 2");
        return Format.result(1.0 / (c1 + c2), "contact modulus E*", Format.arg("youngs1", youngs1, "Pa"),
                Format.arg("poisson1", poisson1, ""), Format.arg("youngs2", youngs2, "Pa"),
                Format.arg("poisson2", poisson2, ""));
    }

    /**
     * Plane-strain modulus of one body against a rigid counter-body, E/(1 − ν²).
     *
     * @param youngs Young's modulus, Pa (&gt; 0)
     * @param poisson Poisson ratio in (−1, 0.5)
     * @return E*, Pa
     * @throws IllegalArgumentException if an argument is out of range or E* exceeds the double range
     */
    public static double againstRigid(double youngs, double poisson) {
        return Format.result(1.0 / compliance(youngs, poisson, "Young's modulus", "Poisson ratio"),
                "contact modulus E/(1 − ν²)", Format.arg("youngs", youngs, "Pa"), Format.arg("poisson", poisson, ""));
    }

    /**
     * Shear modulus of an isotropic solid, G = E/(2(1 + ν)).
     *
     * @param youngs Young's modulus, Pa (&gt; 0)
     * @param poisson Poisson ratio in (−1, 0.5)
     * @return G, Pa
     */
    public static double shearModulus(double youngs, double poisson) {
        Checks.positive(youngs, "Young's modulus", "Pa");
        Checks.inOpenRange(poisson, -1.0, 0.5, "Poisson ratio", "");
        return youngs / (2.0 * (1.0 + poisson));
    }

    static double compliance(double youngs, double poisson, String eName, String nuName) {
        Checks.positive(youngs, eName, "Pa");
        Checks.inOpenRange(poisson, -1.0, 0.5, nuName, "");
        return (1.0 - poisson * poisson) / youngs;
    }
}
