package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.interphase.core.Display;

/**
 * What a {@link PackingGenerator} built: the voxel grid, the spheres it placed, the volume fractions
 * reached and what the caller should know. Immutable.
 */
public final class PackingSolution {

    private final PackingProblem problem;
    private final Microstructure microstructure;
    private final ImmutableList<Particle> particles;
    private final long seed;
    private final long attempts;
    private final int sweeps;
    private final ImmutableList<String> warnings;

    PackingSolution(PackingProblem problem, Microstructure microstructure, ImmutableList<Particle> particles, long seed,
            long attempts, int sweeps, ImmutableList<String> warnings) {
        this.problem = problem;
        this.microstructure = microstructure;
        this.particles = particles;
        this.seed = seed;
        this.attempts = attempts;
        this.sweeps = sweeps;
        this.warnings = warnings;
    }

    /** @return the problem that was solved */
    public PackingProblem problem() {
        return problem;
    }

    /** @return the labelled voxel grid, with the problem's phases */
    public Microstructure microstructure() {
        return microstructure;
    }

    /**
     * @return the spheres placed, in the order placed, with their core radius (a coating adds its
     *     thickness around it); in a periodic box the centre lies in the box and the sphere wraps
     */
    public ImmutableList<Particle> particles() {
        return particles;
    }

    /** @return the volume fraction of every phase of the grid, in the grid's phase order */
    public ImmutableMap<VoxelPhase, Double> volumeFractions() {
        ImmutableMap.Builder<VoxelPhase, Double> b = ImmutableMap.builder();
        for (VoxelPhase p : microstructure.phases()) {
            b.put(p, microstructure.volumeFraction(p));
        }
        return b.build();
    }

    /**
     * @param phase a phase of the grid (not null)
     * @return its volume fraction reached, in [0, 1]
     * @throws IllegalArgumentException if the phase is not one of the grid's
     */
    public double volumeFraction(VoxelPhase phase) {
        return microstructure.volumeFraction(phase);
    }

    /** @return the seed the generator used */
    public long seed() {
        return seed;
    }

    /** @return the random positions tried by random sequential addition (0 if no set used it) */
    public long attempts() {
        return attempts;
    }

    /** @return the sweeps of overlap relaxation of the dense sets (0 if no set was dense) */
    public int sweeps() {
        return sweeps;
    }

    /** @return what the caller should know (targets missed, coarse voxels, unrelaxed overlaps); empty if none */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("PackingSolution: ").append(particles.size()).append(" spheres, ");
        String sep = "";
        for (VoxelPhase p : microstructure.phases()) {
            sb.append(sep).append(p.name()).append(' ').append(Display.number(microstructure.volumeFraction(p)));
            sep = ", ";
        }
        return sb.append(" (seed ").append(seed).append(')').append(warnings.isEmpty() ? "" : "; " + warnings).toString();
    }
}
