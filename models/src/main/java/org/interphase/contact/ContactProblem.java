package org.interphase.contact;

import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;

/**
 * A frictionless normal contact of a rough rigid surface (the combined roughness, summits up) and
 * an elastic flat of contact modulus E*, on the grid of the {@link Surface}, for the FFT
 * boundary-element {@link ContactSolver}. Immutable; each {@code with…} returns a new problem.
 *
 * <ul>
 *   <li>{@link #periodic(Surface, double)}: the surface is one period of a periodic interface
 *       (half-space, or a layer with {@link #withLayer}).</li>
 *   <li>{@link #nonPeriodic(Surface, double)}: an isolated body (a sphere, a punch) in an elastic
 *       half-space; the grid must be large enough that the contact stays inside it.</li>
 * </ul>
 * Loading is either a mean pressure p̄ over the grid area (load control) or a rigid approach α
 * (displacement control), measured from first touch: the gap is g = h_max − h + u − α.
 */
public final class ContactProblem {

    /** Boundary condition of the grid. */
    public enum Boundary {
        /** One period of a periodic interface. */
        PERIODIC,
        /** An isolated contact in an infinite half-space (zero-padded FFT grid). */
        NON_PERIODIC
    }

    private final Surface surface;
    private final double contactModulus;
    private final Boundary boundary;
    private final double meanPressure;
    private final double approach;
    private final double hardness;
    private final double layerThickness;
    private final double layerPoisson;

    private ContactProblem(Surface surface, double contactModulus, Boundary boundary, double meanPressure,
            double approach, double hardness, double layerThickness, double layerPoisson) {
        this.surface = surface;
        this.contactModulus = contactModulus;
        this.boundary = boundary;
        this.meanPressure = meanPressure;
        this.approach = approach;
        this.hardness = hardness;
        this.layerThickness = layerThickness;
        this.layerPoisson = layerPoisson;
    }

    /**
     * @param surface one period of the combined roughness (power-of-two grid)
     * @param contactModulus E*, Pa (&gt; 0)
     * @return a periodic problem, not yet loaded
     */
    public static ContactProblem periodic(Surface surface, double contactModulus) {
        return create(surface, contactModulus, Boundary.PERIODIC);
    }

    /**
     * @param surface the indenter shape, summit up (for a sphere h = −r²/(2R)), power-of-two grid
     * @param contactModulus E*, Pa (&gt; 0)
     * @return a non-periodic problem, not yet loaded
     */
    public static ContactProblem nonPeriodic(Surface surface, double contactModulus) {
        return create(surface, contactModulus, Boundary.NON_PERIODIC);
    }

    private static ContactProblem create(Surface surface, double contactModulus, Boundary boundary) {
        Objects.requireNonNull(surface, "surface");
        Checks.positive(contactModulus, "contact modulus", "Pa");
        SpectralKernel.requirePowerOfTwo(surface.nx(), "surface nx");
        SpectralKernel.requirePowerOfTwo(surface.ny(), "surface ny");
        return new ContactProblem(surface, contactModulus, boundary, Double.NaN, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NaN, Double.NaN);
    }

    /**
     * Load control.
     *
     * @param pressure mean pressure over the grid area, Pa (&gt; 0 and below the hardness)
     * @return the loaded problem
     * @throws IllegalArgumentException if the load exceeds what the grid can carry (hardness × area)
     */
    public ContactProblem withMeanPressure(double pressure) {
        Checks.positive(pressure, "mean pressure", "Pa");
        if (pressure >= hardness) {
            throw new IllegalArgumentException("mean pressure " + pressure + " Pa is beyond what the grid can carry: it "
                    + "must be < the hardness " + hardness + " Pa (the whole area would yield)");
        }
        return new ContactProblem(surface, contactModulus, boundary, pressure, Double.NaN, hardness, layerThickness,
                layerPoisson);
    }

    /**
     * Load control by total force (mean pressure = force / grid area).
     *
     * @param force normal force, N (&gt; 0)
     * @return the loaded problem
     * @throws IllegalArgumentException if the force is not positive and finite, or gives a mean pressure at or
     *     above the hardness
     */
    public ContactProblem withForce(double force) {
        Checks.positive(force, "normal force", "N");
        double pressure = force / area();
        if (!(pressure > 0) || !Double.isFinite(pressure)) {
            throw new IllegalArgumentException("normal force " + force + " N over the grid area " + area()
                    + " m² gives a mean pressure of " + pressure + " Pa, outside the double range");
        }
        return withMeanPressure(pressure);
    }

    /**
     * Displacement control.
     *
     * @param approach rigid approach α from first touch, m (&ge; 0)
     * @return the loaded problem
     */
    public ContactProblem withApproach(double approach) {
        Checks.nonNegative(approach, "approach", "m");
        return new ContactProblem(surface, contactModulus, boundary, Double.NaN, approach, hardness, layerThickness,
                layerPoisson);
    }

    /**
     * Displacement control by mean gap, for a periodic half-space (whose mean displacement is zero, so
     * that ū = ⟨h_max − h⟩ − α).
     *
     * @param meanGap ū, m, in (0, h_max − ⟨h⟩]
     * @return the loaded problem
     */
    public ContactProblem withMeanGap(double meanGap) {
        if (boundary != Boundary.PERIODIC || hasLayer()) {
            throw new IllegalArgumentException("a mean gap can be prescribed only for a periodic half-space; use "
                    + "withApproach");
        }
        SurfaceStatistics s = surface.statistics();
        Checks.inOpenRange(meanGap, 0.0, Math.nextUp(s.max() - s.mean()), "mean gap", "m");
        return withApproach(s.max() - s.mean() - meanGap);
    }

    /**
     * Perfectly plastic asperities: the contact pressure cannot exceed the hardness.
     *
     * @param hardness H, Pa (&gt; 0, finite; a problem without {@code withHardness} is purely elastic)
     * @return the problem with a hardness cap
     * @throws IllegalArgumentException if H is not positive and finite, or does not exceed the mean pressure
     */
    public ContactProblem withHardness(double hardness) {
        Checks.positive(hardness, "hardness", "Pa");
        if (!Double.isNaN(meanPressure) && meanPressure >= hardness) {
            throw new IllegalArgumentException("hardness " + hardness + " Pa must exceed the mean pressure "
                    + meanPressure + " Pa, or the grid cannot carry the load");
        }
        return new ContactProblem(surface, contactModulus, boundary, meanPressure, approach, hardness, layerThickness,
                layerPoisson);
    }

    /**
     * The elastic body is a layer of thickness t bonded to a rigid substrate (a thin Li foil, a thin
     * separator); its own E and ν replace the contact modulus (the counter-surface is rigid).
     *
     * @param thickness layer thickness t, m (&gt; 0)
     * @param youngs Young's modulus E of the layer, Pa (&gt; 0)
     * @param poisson Poisson ratio ν of the layer, in (−1, 0.5)
     * @return a periodic layer problem
     */
    public ContactProblem withLayer(double thickness, double youngs, double poisson) {
        if (boundary != Boundary.PERIODIC) {
            throw new IllegalArgumentException("the layer kernel is periodic; use a periodic problem");
        }
        Checks.positive(thickness, "layer thickness", "m");
        Checks.positive(youngs, "Young's modulus of the layer", "Pa");
        Checks.inOpenRange(poisson, -1.0, 0.5, "Poisson ratio of the layer", "");
        double eStar = ContactModulus.againstRigid(youngs, poisson);
        return new ContactProblem(surface, eStar, boundary, meanPressure, approach, hardness, thickness, poisson);
    }

    /** @return the surface */
    public Surface surface() {
        return surface;
    }

    /** @return E*, Pa (for a layer E/(1 − ν²) of the layer) */
    public double contactModulus() {
        return contactModulus;
    }

    /** @return the boundary condition */
    public Boundary boundary() {
        return boundary;
    }

    /** @return the prescribed mean pressure, Pa; empty under displacement control or before loading */
    public OptionalDouble meanPressure() {
        return Double.isNaN(meanPressure) ? OptionalDouble.empty() : OptionalDouble.of(meanPressure);
    }

    /** @return the prescribed approach, m; empty under load control or before loading */
    public OptionalDouble approach() {
        return Double.isNaN(approach) ? OptionalDouble.empty() : OptionalDouble.of(approach);
    }

    /** @return the hardness cap, Pa; empty for purely elastic asperities */
    public OptionalDouble hardness() {
        return hardness == Double.POSITIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(hardness);
    }

    /** @return the layer thickness, m; empty for a half-space */
    public OptionalDouble layerThickness() {
        return Double.isNaN(layerThickness) ? OptionalDouble.empty() : OptionalDouble.of(layerThickness);
    }

    /** The prescribed mean pressure, Pa, NaN if none (for the solver's arithmetic). */
    double targetPressure() {
        return meanPressure;
    }

    /** The prescribed approach, m, NaN if none. */
    double targetApproach() {
        return approach;
    }

    /** The hardness, Pa, {@code +∞} if none: the cap in the solver's box constraint. */
    double hardnessCap() {
        return hardness;
    }

    /** @return true for a bonded layer, false for a half-space */
    boolean hasLayer() {
        return !Double.isNaN(layerThickness);
    }

    /** @return true if the problem carries a load (mean pressure or approach) */
    boolean isLoaded() {
        return !Double.isNaN(meanPressure) || !Double.isNaN(approach);
    }

    /** This problem without a hardness cap (the elastic problem). */
    ContactProblem elastic() {
        return new ContactProblem(surface, contactModulus, boundary, meanPressure, approach, Double.POSITIVE_INFINITY,
                layerThickness, layerPoisson);
    }

    /** @return true under load control */
    public boolean isLoadControlled() {
        return !Double.isNaN(meanPressure);
    }

    /** @return grid area Lx·Ly, m² */
    public double area() {
        return surface.lengthX() * surface.lengthY();
    }

    SpectralKernel kernel(double modulus) {
        int nx = surface.nx();
        int ny = surface.ny();
        if (boundary == Boundary.NON_PERIODIC) {
            return ElasticKernels.nonPeriodic(nx, ny, surface.dx(), surface.dy(), modulus);
        }
        if (hasLayer()) {
            double youngs = modulus * (1 - layerPoisson * layerPoisson);
            return ElasticKernels.periodicLayer(nx, ny, surface.lengthX(), surface.lengthY(), youngs, layerPoisson,
                    layerThickness);
        }
        return ElasticKernels.periodicHalfSpace(nx, ny, surface.lengthX(), surface.lengthY(), modulus);
    }

    @Override
    public String toString() {
        return "ContactProblem[" + boundary + (Double.isNaN(layerThickness) ? "" : ", layer "
                + Format.q(layerThickness, "m")) + ", " + surface.nx() + "×" + surface.ny() + ", E* = "
                + Format.q(contactModulus, "Pa") + ", "
                + (isLoadControlled() ? "p̄ = " + Format.q(meanPressure, "Pa")
                        : Double.isNaN(approach) ? "not loaded" : "α = " + Format.q(approach, "m"))
                + (hardness == Double.POSITIVE_INFINITY ? "" : ", H = " + Format.q(hardness, "Pa")) + "]";
    }
}
