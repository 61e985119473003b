package org.interphase.anode;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * Current focusing at the tip of a Li-filled flaw: a lithium filament (or a Li-filled surface flaw)
 * that has grown from a flat Li electrode into the electrolyte, shaped as half a spheroid of base
 * radius a and depth c (c &gt; a: a needle; c = a: a hemisphere; c &lt; a: a shallow dome), in an
 * axisymmetric unit cell of radius b with the counter electrode at a distance L from the Li face.
 *
 * <pre>
 *   z = 0                 flat Li face at the Li potential V (full contact)
 *   r²/a² + z²/c² &lt; 1     the filament: Li, at V (equipotential: Li conducts ~10⁸ times better)
 *   elsewhere, z &lt; L      electrolyte, conductivity σ (S/m): ∇·(σ∇φ) = 0
 *   z = L                 counter electrode, φ = 0
 *   r = b                 symmetry (no current)
 * </pre>
 * Primary distribution (no charge-transfer resistance): the worst case, which sets the current
 * density at the tip. <b>Closed form</b> ({@link #isolatedTipAmplification()}): with b, L ≫ a, c the
 * field far from the flaw is uniform, and by the image in the plane z = 0 the half-spheroid on the
 * plane is a whole conducting spheroid in a uniform field along its axis, whose surface field at the
 * pole is E₀/N with N the depolarisation factor along the axis (Stoner, Phil. Mag. 36, 803 (1945);
 * Osborn, Phys. Rev. 67, 351 (1945)):
 * <pre>
 *   c &gt; a: e = √(1 − a²/c²),  N = (1 − e²)/e³ · (artanh e − e)
 *   c = a: N = 1/3 (the hemisphere on a plane: amplification 3)
 *   c &lt; a: e = √(a²/c² − 1),  N = (1 + e²)/e³ · (e − arctan e)
 * </pre>
 * so the tip current density is j_tip = j₀/N; for a long needle 1/N ≈ (c/a)²/(ln(2c/a) − 1).
 *
 * <p>Immutable; checked when built.
 */
public final class FlawTipProblem {

    /** Smallest and largest depth-to-radius ratio c/a the grid resolves. */
    public static final double MIN_DEPTH_RATIO = 0.1;
    /** Largest depth-to-radius ratio c/a. */
    public static final double MAX_DEPTH_RATIO = 30;
    /** Largest ratio of the cell radius b, or of the electrolyte thickness L, to max(a, c). */
    public static final double MAX_ASPECT = 1e4;

    private final double conductivity;
    private final double radius;
    private final double depth;
    private final double cellRadius;
    private final double thickness;
    private final double currentDensity;

    private FlawTipProblem(double conductivity, double radius, double depth, double cellRadius, double thickness,
            double currentDensity) {
        this.conductivity = conductivity;
        this.radius = radius;
        this.depth = depth;
        this.cellRadius = cellRadius;
        this.thickness = thickness;
        this.currentDensity = currentDensity;
    }

    /**
     * A Li filament in a unit cell, at a nominal current density of 10 A/m² (1 mA/cm²).
     *
     * @param conductivity electrolyte ionic conductivity σ, S/m (&gt; 0, finite)
     * @param radius base radius a of the filament, m (&gt; 0, finite)
     * @param depth depth c of the filament into the electrolyte, m (c/a in [{@value #MIN_DEPTH_RATIO},
     *     {@value #MAX_DEPTH_RATIO}])
     * @param cellRadius radius b of the unit cell, m (&gt; 2a, at most {@value #MAX_ASPECT}·max(a, c))
     * @param thickness distance L from the Li face to the counter electrode, m (&ge; 2c and &ge; 2a, at
     *     most {@value #MAX_ASPECT}·max(a, c))
     * @return the problem
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static FlawTipProblem of(double conductivity, double radius, double depth, double cellRadius,
            double thickness) {
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.positive(radius, "radius", "m");
        Checks.positive(depth, "depth", "m");
        Checks.positive(cellRadius, "cell radius", "m");
        Checks.positive(thickness, "thickness", "m");
        double ratio = depth / radius;
        if (!(ratio >= MIN_DEPTH_RATIO && ratio <= MAX_DEPTH_RATIO)) {
            throw new IllegalArgumentException("depth must be within [" + MIN_DEPTH_RATIO + ", " + MAX_DEPTH_RATIO
                    + "]·a of the radius a = " + radius + " m, was " + depth + " m (c/a = " + ratio + ")");
        }
        double size = Math.max(radius, depth);
        if (!(cellRadius >= 2 * radius && cellRadius <= MAX_ASPECT * size)) {
            throw new IllegalArgumentException("cell radius must be within [2a, " + MAX_ASPECT + "·max(a, c)] = ["
                    + 2 * radius + ", " + MAX_ASPECT * size + "] m, was " + cellRadius + " m");
        }
        if (!(thickness >= 2 * size && thickness <= MAX_ASPECT * size)) {
            throw new IllegalArgumentException("thickness must be within [2·max(a, c), " + MAX_ASPECT
                    + "·max(a, c)] = [" + 2 * size + ", " + MAX_ASPECT * size + "] m, was " + thickness + " m");
        }
        return new FlawTipProblem(conductivity, radius, depth, cellRadius, thickness, 10.0);
    }

    /**
     * @param value nominal current density over the cell area πb², A/m² (&gt; 0, &le; 1e6)
     * @return this problem at another current density
     * @throws IllegalArgumentException if the value is out of range
     */
    public FlawTipProblem withCurrentDensity(double value) {
        Checks.positive(value, "current density", "A/m²");
        Checks.atMost(value, 1e6, "current density", "A/m²");
        return new FlawTipProblem(conductivity, radius, depth, cellRadius, thickness, value);
    }

    /** @return electrolyte ionic conductivity σ, S/m */
    public double conductivity() {
        return conductivity;
    }

    /** @return base radius a of the filament, m */
    public double radius() {
        return radius;
    }

    /** @return depth c of the filament into the electrolyte, m */
    public double depth() {
        return depth;
    }

    /** @return unit-cell radius b, m */
    public double cellRadius() {
        return cellRadius;
    }

    /** @return distance L from the Li face to the counter electrode, m */
    public double thickness() {
        return thickness;
    }

    /** @return nominal current density over the cell area πb², A/m² */
    public double currentDensity() {
        return currentDensity;
    }

    /** @return depth-to-radius ratio c/a, dimensionless */
    public double depthRatio() {
        return depth / radius;
    }

    /**
     * @return the tip amplification j_tip/j₀ of an isolated filament (b, L → ∞) in the closed form 1/N
     *     of the class description, dimensionless (3 for a hemisphere)
     */
    public double isolatedTipAmplification() {
        return 1.0 / depolarisation(depth / radius);
    }

    /** Depolarisation factor along the axis of a spheroid with axis ratio c/a (Stoner 1945; Osborn 1945). */
    static double depolarisation(double ratio) {
        if (ratio > 1) {
            double e2 = 1 - 1 / (ratio * ratio);
            double e = Math.sqrt(e2);
            if (e < 0.1) {
                // artanh e − e = Σ e^{2k+3}/(2k+3): the difference of the closed form cancels
                return (1 - e2) * series(e2, 1);
            }
            return (1 - e2) / (e2 * e) * (0.5 * Math.log1p(2 * e / (1 - e)) - e);
        }
        if (ratio < 1) {
            double e2 = 1 / (ratio * ratio) - 1;
            double e = Math.sqrt(e2);
            if (e < 0.1) {
                return (1 + e2) * series(e2, -1);
            }
            return (1 + e2) / (e2 * e) * (e - Math.atan(e));
        }
        return 1.0 / 3.0;
    }

    /** Σ_k s^k e^{2k}/(2k + 3), k = 0 … 11 (converged to 1e-16 for e &lt; 0.1). */
    private static double series(double e2, int sign) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < 12; k++) {
            sum += term / (2 * k + 3);
            term *= sign * e2;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FlawTipProblem p)) {
            return false;
        }
        return Double.compare(conductivity, p.conductivity) == 0 && Double.compare(radius, p.radius) == 0
                && Double.compare(depth, p.depth) == 0 && Double.compare(cellRadius, p.cellRadius) == 0
                && Double.compare(thickness, p.thickness) == 0 && Double.compare(currentDensity, p.currentDensity) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(conductivity, radius, depth, cellRadius, thickness, currentDensity);
    }

    @Override
    public String toString() {
        return "FlawTipProblem[Li filament a = " + Display.quantity(radius, "m") + ", c = "
                + Display.quantity(depth, "m") + " (c/a = " + Display.number(depthRatio()) + "), cell b = "
                + Display.quantity(cellRadius, "m") + ", electrolyte " + Display.quantity(conductivity, "S/m") + " × "
                + Display.quantity(thickness, "m") + ", j = " + Display.quantity(currentDensity * 1e-4, "A/cm²") + "]";
    }
}
