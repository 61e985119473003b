package org.interphase.microstructure;

import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * Ceramic particles with an interphase shell in a polymer: the core–shell effective medium of a
 * hybrid polymer/ceramic electrolyte (Nan &amp; Smith, Mater. Sci. Eng. B 10, 99 (1991), who treat
 * the highly conducting interface layer around the filler of a composite electrolyte as a shell of
 * its own conductivity; the hard-core–penetrable-shell refinement is Sushko &amp; Semenov, Phys.
 * Rev. E 100, 052601 (2019)).
 * <pre>
 *   coated-particle fraction   φ_c = φ·(1 + t/a)³                  (must be ≤ 1)
 *   core share of a particle   v   = (a/(a + t))³
 *   particle conductivity      σ_cp = σ_s·(σ_c + 2σ_s + 2v(σ_c − σ_s)) / (σ_c + 2σ_s − v(σ_c − σ_s))
 *   composite                  σ_eff = MaxwellGarnett(σ_m, σ_cp, φ_c)
 * </pre>
 * σ_cp is Maxwell's exact conductivity of a sphere with a concentric shell (the Maxwell–Garnett
 * formula with the shell as matrix); the composite is Maxwell–Garnett again, with the coated
 * particles as inclusions — exact to first order in φ_c and a Hashin–Shtrikman bound, so it cannot
 * show the shells percolating. {@link #bruggemanConductivity()} embeds the same coated particles in a
 * symmetric Bruggeman medium instead, which does: with a poorly conducting polymer the coated
 * particles form a conducting network once φ_c exceeds the Bruggeman threshold 1/3, i.e. at a core
 * fraction {@link #bruggemanPercolationThreshold()} = (1/3)/(1 + t/a)³. That is the effective-medium
 * estimate, not a geometric percolation threshold: for hard spheres with penetrable shells the
 * threshold depends on t/a and is known from simulations (Lee &amp; Torquato, J. Chem. Phys. 89,
 * 3258 (1988)); Maier's space-charge ("soggy-sand") percolation picture of composite electrolytes is
 * the physics behind the shell (Maier, Prog. Solid State Chem. 23, 171 (1995)).
 *
 * <p>Limits: t = 0 gives Maxwell–Garnett of the bare particles; σ_s = σ_c gives Maxwell–Garnett of
 * larger particles (fraction φ_c); σ_s = σ_m gives Maxwell–Garnett of the bare particles again
 * (the shell is indistinguishable from the matrix).
 *
 * @param matrixConductivity σ_m of the polymer, S/m (&ge; 0)
 * @param coreConductivity σ_c of the ceramic, S/m (&ge; 0)
 * @param shellConductivity σ_s of the interphase shell, S/m (&ge; 0)
 * @param coreRadius a, ceramic particle radius, m (&gt; 0)
 * @param shellThickness t, m (&ge; 0)
 * @param coreFraction φ, volume fraction of ceramic, in [0, 1], with φ(1 + t/a)³ ≤ 1
 */
public record CoreShell(double matrixConductivity, double coreConductivity, double shellConductivity,
        double coreRadius, double shellThickness, double coreFraction) {

    /**
     * Validates the components.
     *
     * @param matrixConductivity σ_m of the polymer, S/m (&ge; 0)
     * @param coreConductivity σ_c of the ceramic, S/m (&ge; 0)
     * @param shellConductivity σ_s of the interphase shell, S/m (&ge; 0)
     * @param coreRadius a, ceramic particle radius, m (&gt; 0)
     * @param shellThickness t, m (&ge; 0)
     * @param coreFraction φ, volume fraction of ceramic, in [0, 1], with φ(1 + t/a)³ ≤ 1
     * @throws IllegalArgumentException if a component is out of range or the coated particles
     *     would fill more than the whole volume
     */
    public CoreShell {
        Checks.nonNegative(matrixConductivity, "matrix conductivity", "S/m");
        Checks.nonNegative(coreConductivity, "core conductivity", "S/m");
        Checks.nonNegative(shellConductivity, "shell conductivity", "S/m");
        Checks.positive(coreRadius, "core radius", "m");
        Checks.nonNegative(shellThickness, "shell thickness", "m");
        Checks.inClosedRange(coreFraction, 0.0, 1.0, "core fraction", "");
        double grow = growth(coreRadius, shellThickness);
        if (coreFraction > 0 && !(coreFraction * grow <= 1.0)) {
            throw new IllegalArgumentException("coated-particle fraction φ(1 + t/a)³ must be <= 1, was "
                    + coreFraction * grow + " for coreFraction = " + coreFraction + ", shellThickness = " + shellThickness
                    + " m, coreRadius = " + coreRadius + " m: the shells would overlap or overfill the volume");
        }
    }

    /** (1 + t/a)³, the volume of a coated particle over that of its core (∞ only if t/a overflows). */
    private static double growth(double a, double t) {
        double g = 1 + t / a;
        return g * g * g;
    }

    /** @return the core share of a coated particle's volume v = (a/(a + t))³, in [0, 1] (0 only if it underflows) */
    public double coreShare() {
        double g = coreRadius / (coreRadius + shellThickness);
        return g * g * g;
    }

    /** @return the volume fraction of coated particles φ_c = φ(1 + t/a)³, in [0, 1] */
    public double coatedFraction() {
        return coreFraction == 0 ? 0.0 : coreFraction * growth(coreRadius, shellThickness);
    }

    /** @return the volume fraction of shell φ_c − φ, in [0, 1] */
    public double shellFraction() {
        return Math.max(0.0, coatedFraction() - coreFraction);
    }

    /** @return σ_cp, the conductivity of one coated particle (core in its shell, Maxwell), S/m */
    public double particleConductivity() {
        return EffectiveMedium.mg(shellConductivity, coreConductivity, coreShare());
    }

    /** @return σ_eff of the composite, Maxwell–Garnett of the coated particles in the polymer, S/m */
    public double conductivity() {
        return EffectiveMedium.mg(matrixConductivity, particleConductivity(), coatedFraction());
    }

    /**
     * @return σ_eff of the composite with the coated particles and the polymer as the two phases of a
     *     symmetric Bruggeman medium, S/m (shows the network of coated particles forming)
     */
    public double bruggemanConductivity() {
        return EffectiveMedium.bruggeman2(matrixConductivity, particleConductivity(), coatedFraction());
    }

    /**
     * @return the core fraction at which the coated particles reach the Bruggeman threshold φ_c = 1/3,
     *     (1/3)/(1 + t/a)³, in [0, 1/3] (the effective-medium estimate, see the class documentation)
     */
    public double bruggemanPercolationThreshold() {
        return coreShare() / 3.0;
    }

    @Override
    public String toString() {
        return "CoreShell[σ_m = " + Display.quantity(matrixConductivity, "S/m") + ", σ_core = "
                + Display.quantity(coreConductivity, "S/m") + ", σ_shell = " + Display.quantity(shellConductivity, "S/m")
                + ", a = " + Display.quantity(coreRadius, "m") + ", t = " + Display.quantity(shellThickness, "m")
                + ", φ = " + Display.number(coreFraction) + ": φ_coated = " + Display.number(coatedFraction())
                + ", σ_particle = " + Display.quantity(particleConductivity(), "S/m") + ", σ_eff = "
                + Display.quantity(conductivity(), "S/m") + "]";
    }
}
