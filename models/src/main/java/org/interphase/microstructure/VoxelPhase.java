package org.interphase.microstructure;

import java.util.Objects;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.materials.Material;

/**
 * One phase of a voxel {@link Microstructure}: the label its voxels carry (0–255), a name, and
 * optionally the catalog material it stands for (a pore has none). Immutable.
 */
public final class VoxelPhase {

    /** The largest label a voxel can carry (labels are stored as unsigned bytes). */
    public static final int MAX_LABEL = 255;

    private final int label;
    private final String name;
    private final Material material;

    private VoxelPhase(int label, String name, Material material) {
        this.label = Checks.inClosedRange(label, 0, MAX_LABEL, "label");
        this.name = Checks.nonBlank(name, "name");
        this.material = material;
    }

    /**
     * @param label the voxel label of this phase, in [0, 255]
     * @param name a name for output, e.g. {@code "pore"} (not blank)
     * @return a phase with no catalog material
     * @throws IllegalArgumentException if the label is out of range or the name blank
     */
    public static VoxelPhase of(int label, String name) {
        return new VoxelPhase(label, name, null);
    }

    /**
     * @param label the voxel label of this phase, in [0, 255]
     * @param material the catalog material the phase stands for (not null); its id becomes the name
     * @return a phase mapped to that material
     * @throws IllegalArgumentException if the label is out of range
     */
    public static VoxelPhase of(int label, Material material) {
        Checks.nonNull(material, "material");
        return new VoxelPhase(label, material.id(), material);
    }

    /** @return the voxel label, in [0, 255] */
    public int label() {
        return label;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the catalog material, empty for a phase without one (pores) */
    public Optional<Material> material() {
        return Optional.ofNullable(material);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoxelPhase p && p.label == label && p.name.equals(name) && Objects.equals(p.material, material);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, name, material);
    }

    @Override
    public String toString() {
        return name + " (label " + label + ")";
    }
}
