package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * What a {@link PackingGenerator} builds: a box of nx × ny × nz voxels of edge h, filled with sphere
 * sets at target volume fractions, optional coatings around the spheres of a phase, and a background
 * phase in every voxel no sphere or coating takes. Immutable; every {@code withX} validates and returns
 * a copy.
 *
 * <p>The recipe for a composite electrode, in the order the sets are given (each set takes only voxels
 * that no earlier set holds; non-overlapping sets also keep clear of every earlier sphere):
 * <pre>{@code
 * PackingProblem p = PackingProblem.of(200, 200, 200, 0.25e-6)
 *         .withSpheres(cam, 0.45, SizeDistribution.logNormal(2.5e-6, 1.3), Placement.DENSE)
 *         .withSpheres(se, 0.35, SizeDistribution.fixed(0.75e-6), Placement.DENSE)
 *         .withSpheres(carbon, 0.03, SizeDistribution.fixed(0.25e-6), Placement.OVERLAPPING)
 *         .withCoating(linbo3, cam, 10e-9)
 *         .withBackground(VoxelPhase.of(0, "pore"));                       // the rest
 * }</pre>
 * With SE as the matrix instead of spheres, give only the CAM set and {@code withBackground(se)}.
 *
 * <p>Boxes are non-periodic by default: spheres are cut by the faces, and the particle list holds each
 * piece in the box. Both kinds are generated as one period of a periodic arrangement (no walls, no
 * depleted layer at the faces; see {@link PackingGenerator}); a periodic box ({@link #withPeriodic})
 * lists each sphere once, centre in the box, wrapping across opposite faces.
 */
public final class PackingProblem {

    /** The default background: {@code VoxelPhase.of(0, "pore")}. */
    public static final VoxelPhase PORE = VoxelPhase.of(0, "pore");

    private final int nx;
    private final int ny;
    private final int nz;
    private final double voxelSize;
    private final VoxelPhase background;
    private final boolean periodic;
    private final ImmutableList<SphereSet> sets;
    private final ImmutableList<Coating> coatings;

    private PackingProblem(int nx, int ny, int nz, double voxelSize, VoxelPhase background, boolean periodic,
            ImmutableList<SphereSet> sets, ImmutableList<Coating> coatings) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.voxelSize = voxelSize;
        this.background = background;
        this.periodic = periodic;
        this.sets = sets;
        this.coatings = coatings;
        checkPhases();
    }

    /**
     * @param nx voxels along x, &ge; 1
     * @param ny voxels along y, &ge; 1
     * @param nz voxels along z, &ge; 1
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @return an empty non-periodic box, all {@link #PORE}
     * @throws IllegalArgumentException if a size is out of range or the grid does not fit in memory
     */
    public static PackingProblem of(int nx, int ny, int nz, double voxelSize) {
        Checks.positive(nx, "nx");
        Checks.positive(ny, "ny");
        Checks.positive(nz, "nz");
        Checks.positive(voxelSize, "voxelSize", "m");
        Checks.finiteResult((double) Math.max(nx, Math.max(ny, nz)) * voxelSize, "box length (m)",
                "voxelSize = " + voxelSize + " m, nx = " + nx + ", ny = " + ny + ", nz = " + nz,
                "the voxel size must be below about 1e100 m");
        // the grid and the generator's bitmap of taken voxels
        Checks.allocation((long) nx * ny * nz, 1, 1, "voxel grid of nx×ny×nz = " + nx + "×" + ny + "×" + nz);
        return new PackingProblem(nx, ny, nz, voxelSize, PORE, false, ImmutableList.of(), ImmutableList.of());
    }

    /**
     * @param phase the phase of every voxel that no sphere or coating takes (not null)
     * @return a copy with that background
     * @throws IllegalArgumentException if a sphere set or coating already uses its label or name
     */
    public PackingProblem withBackground(VoxelPhase phase) {
        Checks.nonNull(phase, "phase");
        return new PackingProblem(nx, ny, nz, voxelSize, phase, periodic, sets, coatings);
    }

    /**
     * @param periodic true to list each sphere once, wrapping across opposite faces; false to list the
     *     pieces cut by the faces as particles of their own
     * @return a copy with that boundary
     */
    public PackingProblem withPeriodic(boolean periodic) {
        return new PackingProblem(nx, ny, nz, voxelSize, background, periodic, sets, coatings);
    }

    /**
     * @param phase the phase of the spheres (not null; a label and name of its own)
     * @param volumeFraction the target fraction of the box it should fill, in (0, 1); with the earlier
     *     sets at most 1 in total
     * @param radii the distribution of radii (not null)
     * @param placement how they are placed (not null)
     * @return a copy with this sphere set placed after the existing ones
     * @throws IllegalArgumentException if the phase clashes with another, the fractions add up to more
     *     than 1, or the largest radius is below a thousandth of a voxel
     */
    public PackingProblem withSpheres(VoxelPhase phase, double volumeFraction, SizeDistribution radii, Placement placement) {
        SphereSet set = new SphereSet(phase, volumeFraction, radii, placement);
        double total = volumeFraction;
        for (SphereSet s : sets) {
            total += s.volumeFraction();
        }
        if (total > 1 + 1e-12) {
            throw new IllegalArgumentException("volumeFraction " + volumeFraction + " of " + phase.name()
                    + " brings the sphere sets' target fractions to " + total + ", more than 1");
        }
        if (radii.quantile(0.999) < 1e-3 * voxelSize) {
            throw new IllegalArgumentException("radii " + radii + " are below a thousandth of the voxel size "
                    + Display.quantity(voxelSize, "m") + ": no voxel could be hit");
        }
        List<SphereSet> next = new ArrayList<>(sets);
        next.add(set);
        return new PackingProblem(nx, ny, nz, voxelSize, background, periodic, ImmutableList.copyOf(next), coatings);
    }

    /**
     * @param phase the phase of the shell (not null; a label and name of its own)
     * @param coated the phase of an existing sphere set whose particles it coats (not null)
     * @param thickness the shell thickness, in m (finite, &gt; 0)
     * @return a copy with that coating (replacing an earlier coating of the same phase)
     * @throws IllegalArgumentException if no sphere set has the coated phase, the coating's phase clashes
     *     with another, or the thickness is out of range
     */
    public PackingProblem withCoating(VoxelPhase phase, VoxelPhase coated, double thickness) {
        Coating c = new Coating(phase, coated, thickness);
        if (sets.stream().noneMatch(s -> s.phase().equals(coated))) {
            throw new IllegalArgumentException("coated phase " + coated + " is not the phase of a sphere set; sets are "
                    + sets);
        }
        List<Coating> next = new ArrayList<>();
        for (Coating old : coatings) {
            if (!old.coated().equals(coated)) {
                next.add(old);
            }
        }
        next.add(c);
        return new PackingProblem(nx, ny, nz, voxelSize, background, periodic, sets, ImmutableList.copyOf(next));
    }

    private void checkPhases() {
        List<VoxelPhase> all = phases();
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < i; j++) {
                VoxelPhase a = all.get(j);
                VoxelPhase b = all.get(i);
                if (a.label() == b.label() || a.name().equals(b.name())) {
                    throw new IllegalArgumentException("phase " + b + " clashes with " + a + ": the background, every"
                            + " sphere set and every coating need a label and a name of their own");
                }
            }
        }
    }

    /** @return the phases of the generated grid: background, the sets' phases, the coatings' phases */
    public ImmutableList<VoxelPhase> phases() {
        ImmutableList.Builder<VoxelPhase> b = ImmutableList.builder();
        b.add(background);
        sets.forEach(s -> b.add(s.phase()));
        coatings.forEach(c -> b.add(c.phase()));
        return b.build();
    }

    /** @return voxels along x */
    public int nx() {
        return nx;
    }

    /** @return voxels along y */
    public int ny() {
        return ny;
    }

    /** @return voxels along z */
    public int nz() {
        return nz;
    }

    /** @return the edge of a voxel, in m */
    public double voxelSize() {
        return voxelSize;
    }

    /** @return the phase of the voxels no sphere or coating takes */
    public VoxelPhase background() {
        return background;
    }

    /** @return true if spheres wrap across opposite faces */
    public boolean periodic() {
        return periodic;
    }

    /** @return the sphere sets, in the order they are placed */
    public ImmutableList<SphereSet> sets() {
        return sets;
    }

    /** @return the coatings */
    public ImmutableList<Coating> coatings() {
        return coatings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackingProblem p && p.nx == nx && p.ny == ny && p.nz == nz
                && Double.compare(p.voxelSize, voxelSize) == 0 && p.background.equals(background)
                && p.periodic == periodic && p.sets.equals(sets) && p.coatings.equals(coatings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nx, ny, nz, voxelSize, background, periodic, sets, coatings);
    }

    @Override
    public String toString() {
        return "PackingProblem " + nx + "×" + ny + "×" + nz + " voxels of " + Display.quantity(voxelSize, "m")
                + (periodic ? ", periodic" : ", non-periodic") + ": " + sets + (coatings.isEmpty() ? "" : ", " + coatings)
                + ", rest " + background.name();
    }
}
