package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * What a {@link SlabStackGenerator} builds: {@link Slab}s stacked along z from the face
 * {@link Face#Z_LOW} up, in a box nx × ny voxels wide. The porous–dense bilayer of a garnet cell is
 * <pre>{@code
 * SlabStackProblem.of(100, 100, 0.2e-6)
 *         .withSlab(Slab.dense(llzo, 4e-6))                                        // separator
 *         .withSlab(Slab.porous(llzo, pore, 12e-6, 0.5, SizeDistribution.fixed(1e-6)));   // scaffold
 * }</pre>
 * and a structured 3D interface is a {@link Slab#pillars} or {@link Slab#ridges} slab between the two.
 * Each slab's thickness is rounded to whole voxels. Immutable.
 */
public final class SlabStackProblem {

    private final int nx;
    private final int ny;
    private final double voxelSize;
    private final ImmutableList<Slab> slabs;

    private SlabStackProblem(int nx, int ny, double voxelSize, ImmutableList<Slab> slabs) {
        this.nx = nx;
        this.ny = ny;
        this.voxelSize = voxelSize;
        this.slabs = slabs;
    }

    /**
     * @param nx voxels along x, &ge; 1
     * @param ny voxels along y, &ge; 1
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @return a problem with no slab yet
     * @throws IllegalArgumentException if a value is out of range
     */
    public static SlabStackProblem of(int nx, int ny, double voxelSize) {
        Checks.positive(nx, "nx");
        Checks.positive(ny, "ny");
        Checks.positive(voxelSize, "voxelSize", "m");
        Checks.finiteResult(Math.max(nx, ny) * voxelSize, "box width (m)", "voxelSize = " + voxelSize + " m, nx = "
                + nx + ", ny = " + ny, "the voxel size must be below about 1e100 m");
        return new SlabStackProblem(nx, ny, voxelSize, ImmutableList.of());
    }

    /**
     * @param slab the next slab, above the existing ones (not null)
     * @return a copy with that slab on top
     * @throws IllegalArgumentException if the slab is thinner than half a voxel, a phase clashes in label
     *     or name with another slab's different phase, or the grid would not fit in memory
     */
    public SlabStackProblem withSlab(Slab slab) {
        Checks.nonNull(slab, "slab");
        long vox = Math.round(slab.thickness() / voxelSize);
        if (vox < 1) {
            throw new IllegalArgumentException("slab thickness " + slab.thickness() + " m is less than half the voxel "
                    + "size " + voxelSize + " m: it would have no voxel");
        }
        List<VoxelPhase> known = phases();
        for (VoxelPhase p : slab.phases()) {
            for (VoxelPhase q : known) {
                if (!p.equals(q) && (p.label() == q.label() || p.name().equals(q.name()))) {
                    throw new IllegalArgumentException("slab phase " + p + " clashes with " + q + " of an earlier slab:"
                            + " a label and a name mean one phase");
                }
            }
        }
        long nz = vox;
        for (Slab s : slabs) {
            nz += voxels(s);
        }
        Checks.allocation((long) nx * ny * nz, 1, 1, "voxel grid of nx×ny×nz = " + nx + "×" + ny + "×" + nz);
        List<Slab> next = new ArrayList<>(slabs);
        next.add(slab);
        return new SlabStackProblem(nx, ny, voxelSize, ImmutableList.copyOf(next));
    }

    long voxels(Slab s) {
        return Math.round(s.thickness() / voxelSize);
    }

    /** @return the distinct phases of the slabs, in order of first use */
    public ImmutableList<VoxelPhase> phases() {
        List<VoxelPhase> out = new ArrayList<>();
        for (Slab s : slabs) {
            for (VoxelPhase p : s.phases()) {
                if (!out.contains(p)) {
                    out.add(p);
                }
            }
        }
        return ImmutableList.copyOf(out);
    }

    /** @return voxels along x */
    public int nx() {
        return nx;
    }

    /** @return voxels along y */
    public int ny() {
        return ny;
    }

    /** @return voxels along z: the slabs' thicknesses in whole voxels, summed */
    public int nz() {
        long nz = 0;
        for (Slab s : slabs) {
            nz += voxels(s);
        }
        return (int) nz;
    }

    /** @return the edge of a voxel, in m */
    public double voxelSize() {
        return voxelSize;
    }

    /** @return the slabs, from z = 0 up */
    public ImmutableList<Slab> slabs() {
        return slabs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlabStackProblem p && p.nx == nx && p.ny == ny
                && Double.compare(p.voxelSize, voxelSize) == 0 && p.slabs.equals(slabs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nx, ny, voxelSize, slabs);
    }

    @Override
    public String toString() {
        return "SlabStackProblem " + nx + "×" + ny + " voxels of " + Display.quantity(voxelSize, "m") + ", from z = 0: "
                + slabs;
    }
}
