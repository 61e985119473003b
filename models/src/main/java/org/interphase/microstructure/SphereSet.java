package org.interphase.microstructure;

import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * One kind of sphere a {@link PackingProblem} places: its phase, the volume fraction of the box its
 * voxels should fill, the distribution of radii and how the spheres are placed.
 *
 * @param phase the phase of the spheres' voxels (not null)
 * @param volumeFraction the target fraction of the box's voxels, in (0, 1)
 * @param radii the distribution of radii (not null)
 * @param placement how the spheres are placed (not null)
 */
public record SphereSet(VoxelPhase phase, double volumeFraction, SizeDistribution radii, Placement placement) {

    /**
     * @param phase the phase of the spheres' voxels (not null)
     * @param volumeFraction the target fraction of the box's voxels, in (0, 1)
     * @param radii the distribution of radii (not null)
     * @param placement how the spheres are placed (not null)
     * @throws IllegalArgumentException if the volume fraction is not in (0, 1)
     */
    public SphereSet {
        Checks.nonNull(phase, "phase");
        Checks.inOpenRange(volumeFraction, 0, 1, "volumeFraction", "");
        Checks.nonNull(radii, "radii");
        Checks.nonNull(placement, "placement");
    }

    @Override
    public String toString() {
        return phase.name() + " " + Display.number(volumeFraction) + " as " + placement.name().toLowerCase(
                java.util.Locale.ROOT).replace('_', ' ') + " spheres, " + radii;
    }
}
