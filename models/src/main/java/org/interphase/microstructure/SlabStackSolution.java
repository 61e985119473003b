package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.interphase.core.Checks;

/**
 * What a {@link SlabStackGenerator} built: the grid, where each slab lies along z, and each slab's
 * volume fractions. Immutable.
 */
public final class SlabStackSolution {

    private final SlabStackProblem problem;
    private final Microstructure microstructure;
    private final int[] starts;
    private final ImmutableList<ImmutableMap<VoxelPhase, Double>> fractions;
    private final ImmutableList<String> warnings;

    SlabStackSolution(SlabStackProblem problem, Microstructure microstructure, int[] starts,
            ImmutableList<ImmutableMap<VoxelPhase, Double>> fractions, ImmutableList<String> warnings) {
        this.problem = problem;
        this.microstructure = microstructure;
        this.starts = starts;
        this.fractions = fractions;
        this.warnings = warnings;
    }

    /** @return the problem that was solved */
    public SlabStackProblem problem() {
        return problem;
    }

    /** @return the labelled grid */
    public Microstructure microstructure() {
        return microstructure;
    }

    /** @return the number of slabs */
    public int slabCount() {
        return fractions.size();
    }

    /**
     * @param slab the slab's index from z = 0, in [0, slabCount())
     * @return the first z index of that slab
     * @throws IllegalArgumentException if the index is out of range
     */
    public int firstZ(int slab) {
        Checks.index(slab, fractions.size(), "slab");
        return starts[slab];
    }

    /**
     * @param slab the slab's index from z = 0, in [0, slabCount())
     * @return the voxels of that slab along z
     * @throws IllegalArgumentException if the index is out of range
     */
    public int thicknessVoxels(int slab) {
        Checks.index(slab, fractions.size(), "slab");
        return starts[slab + 1] - starts[slab];
    }

    /**
     * @param slab the slab's index from z = 0, in [0, slabCount())
     * @return the volume fraction of each of the slab's phases within the slab
     * @throws IllegalArgumentException if the index is out of range
     */
    public ImmutableMap<VoxelPhase, Double> volumeFractions(int slab) {
        Checks.index(slab, fractions.size(), "slab");
        return fractions.get(slab);
    }

    /** @return what the caller should know (thicknesses rounded, porosity missed); empty if none */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SlabStackSolution ").append(microstructure.nx()).append('×')
                .append(microstructure.ny()).append('×').append(microstructure.nz()).append(':');
        for (int i = 0; i < fractions.size(); i++) {
            sb.append(i == 0 ? " " : "; ").append("z ").append(starts[i]).append('–').append(starts[i + 1] - 1)
                    .append(' ').append(problem.slabs().get(i).kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(' ');
            fractions.get(i).forEach((p, f) -> sb.append(p.name()).append(' ')
                    .append(org.interphase.core.Display.number(f)).append(' '));
        }
        return sb.toString().trim() + (warnings.isEmpty() ? "" : "; " + warnings);
    }
}
