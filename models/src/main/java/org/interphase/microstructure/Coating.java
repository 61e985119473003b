package org.interphase.microstructure;

import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * A shell of voxels of its own phase around every particle of a coated phase: the voxels whose centre
 * lies at a distance in (r, r + t] from the centre of a particle of radius r. Placement treats a coated
 * sphere as a sphere of radius r + t, so non-overlapping spheres never cut into a coating; the coated
 * set's target fraction counts the cores only, and the outer spheres pack at (1 + t/r)³ times it, which
 * must stay below the placement's limit (0.38 for random sequential addition, ≈ 0.6 dense).
 *
 * @param phase the phase of the shell's voxels (not null)
 * @param coated the phase of the particles it coats (not null, not the same label as {@code phase})
 * @param thickness the shell thickness t, in m (finite, &gt; 0)
 */
public record Coating(VoxelPhase phase, VoxelPhase coated, double thickness) {

    /**
     * @param phase the phase of the shell's voxels (not null)
     * @param coated the phase of the particles it coats (not null)
     * @param thickness the shell thickness t, in m (finite, &gt; 0)
     * @throws IllegalArgumentException if the thickness is not finite and positive, or both phases
     *     share a label or a name
     */
    public Coating {
        Checks.nonNull(phase, "phase");
        Checks.nonNull(coated, "coated");
        Checks.positive(thickness, "thickness", "m");
        Checks.atMost(thickness, 1e100, "thickness", "m");
        if (phase.label() == coated.label() || phase.name().equals(coated.name())) {
            throw new IllegalArgumentException("phase of the coating must differ from the coated phase in label and"
                    + " name, both were " + phase);
        }
    }

    @Override
    public String toString() {
        return phase.name() + " coating " + Display.quantity(thickness, "m") + " on " + coated.name();
    }
}
