package org.interphase.microstructure;

import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * A spherical particle placed by a generator: its phase, its centre (m, in the box's coordinates,
 * where voxel (i, j, k) has its centre at ((i + ½)h, (j + ½)h, (k + ½)h) for voxel size h) and its
 * radius (m). Centres may lie outside the box (particles cut by a face, or periodic images).
 *
 * @param phase the phase of the particle (not null)
 * @param x centre, x coordinate, in m (finite)
 * @param y centre, y coordinate, in m (finite)
 * @param z centre, z coordinate, in m (finite)
 * @param radius radius, in m (&gt; 0 and at most 1e100, so that its volume is finite)
 */
public record Particle(VoxelPhase phase, double x, double y, double z, double radius) {

    /**
     * Validates the components.
     *
     * @param phase the phase of the particle (not null)
     * @param x centre, x coordinate, in m (finite)
     * @param y centre, y coordinate, in m (finite)
     * @param z centre, z coordinate, in m (finite)
     * @param radius radius, in m (&gt; 0 and at most 1e100)
     * @throws IllegalArgumentException if a coordinate is not finite or the radius not in (0, 1e100] m
     */
    public Particle {
        Checks.nonNull(phase, "phase");
        Checks.finite(x, "x", "m");
        Checks.finite(y, "y", "m");
        Checks.finite(z, "z", "m");
        Checks.positive(radius, "radius", "m");
        Checks.atMost(radius, 1e100, "radius", "m");
    }

    /** @return the volume 4πr³/3, in m³ */
    public double volume() {
        return 4.0 / 3.0 * Math.PI * radius * radius * radius;
    }

    @Override
    public String toString() {
        return phase.name() + " sphere r = " + Display.quantity(radius, "m") + " at (" + Display.quantity(x, "m")
                + ", " + Display.quantity(y, "m") + ", " + Display.quantity(z, "m") + ")";
    }
}
