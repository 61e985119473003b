package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * Builds the voxel grid of a {@link SlabStackProblem}, slab by slab from z = 0. Porous slabs are generated
 * by a {@link PackingGenerator} (non-periodic box of the slab's size, the solid as background, the pores
 * as {@link Placement#OVERLAPPING} spheres at the target porosity), each with its own seed drawn from
 * this generator's seed. Immutable and thread-safe; the same seed gives the same bits.
 */
public final class SlabStackGenerator {

    private final long seed;

    private SlabStackGenerator(long seed) {
        this.seed = seed;
    }

    /** @return a generator with seed 1 */
    public static SlabStackGenerator withDefaults() {
        return new SlabStackGenerator(1);
    }

    /**
     * @param seed the seed of the random numbers (any value)
     * @return a copy with that seed
     */
    public SlabStackGenerator withSeed(long seed) {
        return new SlabStackGenerator(seed);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /**
     * @param problem the slabs (not null, at least one slab)
     * @return the grid, the slabs' positions and fractions, warnings
     * @throws IllegalArgumentException if the problem has no slab
     */
    public SlabStackSolution solve(SlabStackProblem problem) {
        Checks.nonNull(problem, "problem");
        if (problem.slabs().isEmpty()) {
            throw new IllegalArgumentException("problem has no slab: add one with withSlab");
        }
        int nx = problem.nx();
        int ny = problem.ny();
        int nz = problem.nz();
        double h = problem.voxelSize();
        byte[] labels = new byte[Checks.allocation((long) nx * ny * nz, 1, 1, "voxel grid")];
        int[] starts = new int[problem.slabs().size() + 1];
        List<ImmutableMap<VoxelPhase, Double>> fractions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(seed);
        int z0 = 0;
        int plane = nx * ny;
        for (int s = 0; s < problem.slabs().size(); s++) {
            Slab slab = problem.slabs().get(s);
            int sz = (int) problem.voxels(slab);
            starts[s] = z0;
            double exact = slab.thickness() / h;
            if (Math.abs(exact - sz) > 1e-6 * exact) {
                warnings.add("slab " + s + " (" + slab.kind().name().toLowerCase(java.util.Locale.ROOT) + "): thickness "
                        + Display.quantity(slab.thickness(), "m") + " is " + Display.number(exact) + " voxels, rounded to "
                        + sz);
            }
            long slabSeed = seeds.nextLong();
            switch (slab.kind()) {
                case DENSE -> java.util.Arrays.fill(labels, z0 * plane, (z0 + sz) * plane, (byte) slab.phase().label());
                case POROUS -> {
                    VoxelPhase pore = slab.other().orElseThrow();
                    PackingSolution ps = PackingGenerator.withDefaults().withSeed(slabSeed).solve(PackingProblem.of(nx, ny,
                            sz, h).withBackground(slab.phase()).withSpheres(pore, slab.porosity().orElseThrow(),
                            slab.poreRadii().orElseThrow(), Placement.OVERLAPPING));
                    System.arraycopy(ps.microstructure().labelArray(), 0, labels, z0 * plane, sz * plane);
                    for (String w : ps.warnings()) {
                        warnings.add("slab " + s + " (porous): " + w);
                    }
                }
                case PILLARS, RIDGES -> {
                    double period = slab.period().orElseThrow();
                    if (Math.abs(period / h - Math.rint(period / h)) > 1e-6 * period / h) {
                        warnings.add("slab " + s + ": period " + Display.quantity(period, "m") + " is "
                                + Display.number(period / h) + " voxels, not a whole number: the pattern repeats"
                                + " unevenly");
                    }
                    byte a = (byte) slab.phase().label();
                    byte b = (byte) slab.other().orElseThrow().label();
                    for (int y = 0; y < ny; y++) {
                        for (int x = 0; x < nx; x++) {
                            byte l = slab.inPattern(x, y, h) ? a : b;
                            for (int z = z0; z < z0 + sz; z++) {
                                labels[x + nx * (y + ny * z)] = l;
                            }
                        }
                    }
                }
                default -> throw new AssertionError(slab.kind());
            }
            long[] counts = new long[256];
            for (int i = z0 * plane; i < (z0 + sz) * plane; i++) {
                counts[labels[i] & 0xFF]++;
            }
            ImmutableMap.Builder<VoxelPhase, Double> f = ImmutableMap.builder();
            for (VoxelPhase p : slab.phases()) {
                f.put(p, (double) counts[p.label()] / ((long) sz * plane));
            }
            fractions.add(f.build());
            z0 += sz;
        }
        starts[problem.slabs().size()] = z0;
        Microstructure m = Microstructure.of(nx, ny, nz, h, labels, problem.phases());
        return new SlabStackSolution(problem, m, starts, ImmutableList.copyOf(fractions), ImmutableList.copyOf(warnings));
    }

    @Override
    public String toString() {
        return "SlabStackGenerator(seed " + seed + ")";
    }
}
