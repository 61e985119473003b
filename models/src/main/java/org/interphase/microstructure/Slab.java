package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * One layer of a {@link SlabStackProblem}, normal to z: dense, porous, or a structured interface of
 * pillars or ridges. Immutable.
 *
 * <ul>
 *   <li>{@link #dense}: one phase throughout (a dense separator).</li>
 *   <li>{@link #porous}: a solid with pores, the pores overlapping spheres (a Boolean model) of a given
 *       size distribution placed until the porosity is reached in voxels; the pores are cut by the slab's
 *       faces. The "pore" phase may be a second solid that fills the pores (CAM infiltrated into a
 *       garnet scaffold).</li>
 *   <li>{@link #pillars}: square pillars of width w on a square lattice of period p in x and y: voxel
 *       (i, j) belongs to a pillar if ((i + ½)h mod p) &lt; w and ((j + ½)h mod p) &lt; w; the rest is the
 *       other phase. The pillar fraction is (w/p)² up to voxelization.</li>
 *   <li>{@link #ridges}: ridges along y, of width w at period p in x: ((i + ½)h mod p) &lt; w; fraction
 *       w/p.</li>
 * </ul>
 */
public final class Slab {

    /** The kind of slab. */
    public enum Kind {
        /** One phase throughout. */
        DENSE,
        /** A solid with spherical pores (Boolean model). */
        POROUS,
        /** Square pillars on a square lattice. */
        PILLARS,
        /** Ridges along y. */
        RIDGES
    }

    private final Kind kind;
    private final VoxelPhase phase;
    private final VoxelPhase other;
    private final double thickness;
    private final double porosity;
    private final SizeDistribution poreRadii;
    private final double period;
    private final double width;

    private Slab(Kind kind, VoxelPhase phase, VoxelPhase other, double thickness, double porosity, SizeDistribution poreRadii,
            double period, double width) {
        this.kind = kind;
        this.phase = phase;
        this.other = other;
        this.thickness = thickness;
        this.porosity = porosity;
        this.poreRadii = poreRadii;
        this.period = period;
        this.width = width;
        if (other != null && (other.label() == phase.label() || other.name().equals(phase.name()))) {
            throw new IllegalArgumentException("the two phases of a " + kind.name().toLowerCase(Locale.ROOT)
                    + " slab must differ in label and name, both were " + phase);
        }
    }

    private static double thickness(double thickness, String name) {
        Checks.positive(thickness, name, "m");
        return Checks.atMost(thickness, 1e100, name, "m");
    }

    /**
     * @param phase the phase of the slab (not null)
     * @param thickness its thickness along z, in m (finite, &gt; 0; rounded to whole voxels)
     * @return a dense slab
     * @throws IllegalArgumentException if the thickness is out of range
     */
    public static Slab dense(VoxelPhase phase, double thickness) {
        Checks.nonNull(phase, "phase");
        return new Slab(Kind.DENSE, phase, null, thickness(thickness, "thickness"), 0, null, 0, 0);
    }

    /**
     * @param solid the phase of the scaffold (not null)
     * @param pore the phase in the pores (not null; a pore or an infiltrated solid)
     * @param thickness the slab's thickness along z, in m (finite, &gt; 0; rounded to whole voxels)
     * @param porosity the volume fraction of the pores in the slab, in (0, 1)
     * @param poreRadii the radii of the spherical pores (not null)
     * @return a porous slab
     * @throws IllegalArgumentException if a value is out of range or the phases are the same
     */
    public static Slab porous(VoxelPhase solid, VoxelPhase pore, double thickness, double porosity, SizeDistribution poreRadii) {
        Checks.nonNull(solid, "solid");
        Checks.nonNull(pore, "pore");
        Checks.inOpenRange(porosity, 0, 1, "porosity", "");
        Checks.nonNull(poreRadii, "poreRadii");
        return new Slab(Kind.POROUS, solid, pore, thickness(thickness, "thickness"), porosity, poreRadii, 0, 0);
    }

    /**
     * @param pillar the phase of the pillars (not null)
     * @param between the phase between them (not null)
     * @param height the pillars' height, the slab's thickness along z, in m (finite, &gt; 0; rounded to
     *     whole voxels)
     * @param period the lattice period in x and y, in m (finite, &gt; 0)
     * @param width the pillars' width, in m, in (0, period)
     * @return a slab of square pillars
     * @throws IllegalArgumentException if a value is out of range or the phases are the same
     */
    public static Slab pillars(VoxelPhase pillar, VoxelPhase between, double height, double period, double width) {
        return patterned(Kind.PILLARS, pillar, between, height, period, width);
    }

    /**
     * @param ridge the phase of the ridges (not null)
     * @param between the phase between them (not null)
     * @param height the ridges' height, the slab's thickness along z, in m (finite, &gt; 0; rounded to
     *     whole voxels)
     * @param period the period in x, in m (finite, &gt; 0)
     * @param width the ridges' width in x, in m, in (0, period)
     * @return a slab of ridges running along y
     * @throws IllegalArgumentException if a value is out of range or the phases are the same
     */
    public static Slab ridges(VoxelPhase ridge, VoxelPhase between, double height, double period, double width) {
        return patterned(Kind.RIDGES, ridge, between, height, period, width);
    }

    private static Slab patterned(Kind kind, VoxelPhase a, VoxelPhase b, double height, double period, double width) {
        Checks.nonNull(a, kind == Kind.PILLARS ? "pillar" : "ridge");
        Checks.nonNull(b, "between");
        thickness(height, "height");
        Checks.positive(period, "period", "m");
        Checks.atMost(period, 1e100, "period", "m");
        Checks.positive(width, "width", "m");
        if (width >= period) {
            throw new IllegalArgumentException("width must be < period = " + period + " m (else there is no gap), was "
                    + width + " m");
        }
        return new Slab(kind, a, b, height, 0, null, period, width);
    }

    /** @return the kind of slab */
    public Kind kind() {
        return kind;
    }

    /** @return the thickness (height) along z, in m */
    public double thickness() {
        return thickness;
    }

    /** @return the main phase: the dense phase, the scaffold, the pillars or ridges */
    public VoxelPhase phase() {
        return phase;
    }

    /** @return the second phase: the pores' or the one between pillars or ridges; empty for a dense slab */
    public Optional<VoxelPhase> other() {
        return Optional.ofNullable(other);
    }

    /** @return both phases (one for a dense slab) */
    public ImmutableList<VoxelPhase> phases() {
        return other == null ? ImmutableList.of(phase) : ImmutableList.of(phase, other);
    }

    /** @return the target porosity of a porous slab; empty for the others */
    public OptionalDouble porosity() {
        return kind == Kind.POROUS ? OptionalDouble.of(porosity) : OptionalDouble.empty();
    }

    /** @return the pore radii of a porous slab; empty for the others */
    public Optional<SizeDistribution> poreRadii() {
        return Optional.ofNullable(poreRadii);
    }

    /** @return the period of pillars or ridges, in m; empty for the others */
    public OptionalDouble period() {
        return period > 0 ? OptionalDouble.of(period) : OptionalDouble.empty();
    }

    /** @return the width of pillars or ridges, in m; empty for the others */
    public OptionalDouble width() {
        return width > 0 ? OptionalDouble.of(width) : OptionalDouble.empty();
    }

    /** Is voxel column (i, j) in the main phase of a patterned slab? */
    boolean inPattern(int i, int j, double h) {
        boolean x = mod((i + 0.5) * h, period) < width;
        return kind == Kind.RIDGES ? x : x && mod((j + 0.5) * h, period) < width;
    }

    private static double mod(double a, double p) {
        return a - p * Math.floor(a / p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slab s && s.kind == kind && s.phase.equals(phase) && Objects.equals(s.other, other)
                && Double.compare(s.thickness, thickness) == 0 && Double.compare(s.porosity, porosity) == 0
                && Objects.equals(s.poreRadii, poreRadii) && Double.compare(s.period, period) == 0
                && Double.compare(s.width, width) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, phase, other, thickness, porosity, poreRadii, period, width);
    }

    @Override
    public String toString() {
        String t = Display.quantity(thickness, "m");
        return switch (kind) {
            case DENSE -> "dense " + phase.name() + " " + t;
            case POROUS -> "porous " + phase.name() + " " + t + ", " + Display.number(porosity) + " " + other.name()
                    + " in pores of " + poreRadii;
            case PILLARS -> phase.name() + " pillars in " + other.name() + ", height " + t + ", period "
                    + Display.quantity(period, "m") + ", width " + Display.quantity(width, "m");
            case RIDGES -> phase.name() + " ridges in " + other.name() + ", height " + t + ", period "
                    + Display.quantity(period, "m") + ", width " + Display.quantity(width, "m");
        };
    }
}
