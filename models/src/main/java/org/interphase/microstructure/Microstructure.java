package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * An immutable labelled voxel grid: nx × ny × nz cubic voxels of edge {@code voxelSize} (m), each
 * carrying the label of one {@link VoxelPhase} (an unsigned byte, 0–255).
 *
 * <p>Voxel (x, y, z) has index {@code x + nx·(y + ny·z)} ({@link Axis}): the C order of a NumPy array
 * of shape (nz, ny, nx). By convention the electrode thickness runs along z, the current collector at
 * {@link Face#Z_LOW} and the separator at {@link Face#Z_HIGH}.
 *
 * <p>The labels are copied in and out; the per-phase voxel counts are computed once when the grid is
 * built. Every label in the grid must belong to one of the listed phases.
 */
public final class Microstructure {

    /** Computes the label of voxel (x, y, z); used to build a grid from a formula. */
    @FunctionalInterface
    public interface LabelFunction {
        /**
         * @param x the first index, in [0, nx)
         * @param y the second index, in [0, ny)
         * @param z the third index, in [0, nz)
         * @return the label of that voxel, one of the phases' labels
         */
        int label(int x, int y, int z);
    }

    private final int nx;
    private final int ny;
    private final int nz;
    private final double voxelSize;
    private final byte[] labels;
    private final ImmutableList<VoxelPhase> phases;
    /** counts[label] = number of voxels carrying it. */
    private final long[] counts;

    private Microstructure(int nx, int ny, int nz, double voxelSize, byte[] labels, ImmutableList<VoxelPhase> phases) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.voxelSize = voxelSize;
        this.labels = labels;
        this.phases = phases;
        this.counts = new long[VoxelPhase.MAX_LABEL + 1];
        for (byte b : labels) {
            counts[b & 0xFF]++;
        }
        for (int l = 0; l <= VoxelPhase.MAX_LABEL; l++) {
            if (counts[l] > 0 && !hasLabel(phases, l)) {
                int first = firstIndexOf(labels, l);
                throw new IllegalArgumentException("labels: voxel (" + (first % nx) + ", " + (first / nx % ny) + ", "
                        + (first / ((long) nx * ny)) + ") carries label " + l + ", which no phase has; phases are "
                        + phases);
            }
        }
    }

    /**
     * @param nx voxels along x, &ge; 1
     * @param ny voxels along y, &ge; 1
     * @param nz voxels along z, &ge; 1
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param labels nx·ny·nz labels in the order x + nx·(y + ny·z), read as unsigned bytes (copied)
     * @param phases the phases, with distinct labels and distinct names (at least one)
     * @return the grid
     * @throws IllegalArgumentException if a size is not positive, the labels do not hold nx·ny·nz values,
     *     a label belongs to no phase, or two phases share a label or a name
     */
    public static Microstructure of(int nx, int ny, int nz, double voxelSize, byte[] labels, List<VoxelPhase> phases) {
        int n = checkGrid(nx, ny, nz, voxelSize);
        Checks.nonNull(labels, "labels");
        if (labels.length != n) {
            throw new IllegalArgumentException("labels must hold nx·ny·nz = " + n + " values for a " + nx + "×" + ny
                    + "×" + nz + " grid, held " + labels.length);
        }
        return new Microstructure(nx, ny, nz, voxelSize, labels.clone(), checkPhases(phases));
    }

    /**
     * @param nx voxels along x, &ge; 1
     * @param ny voxels along y, &ge; 1
     * @param nz voxels along z, &ge; 1
     * @param voxelSize edge of a voxel, in m (finite, &gt; 0)
     * @param phases the phases, with distinct labels and names (at least one)
     * @param function the label of each voxel (not null); called once per voxel, in index order
     * @return the grid
     * @throws IllegalArgumentException if a size is not positive, the function returns a label that no
     *     phase has, or two phases share a label or a name
     */
    public static Microstructure of(int nx, int ny, int nz, double voxelSize, List<VoxelPhase> phases,
            LabelFunction function) {
        int n = checkGrid(nx, ny, nz, voxelSize);
        ImmutableList<VoxelPhase> checked = checkPhases(phases);
        Checks.nonNull(function, "function");
        byte[] labels = new byte[n];
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int l = function.label(x, y, z);
                    if (l < 0 || l > VoxelPhase.MAX_LABEL || !hasLabel(checked, l)) {
                        throw new IllegalArgumentException("function returned label " + l + " at (" + x + ", " + y
                                + ", " + z + "), which no phase has; phases are " + checked);
                    }
                    labels[i++] = (byte) l;
                }
            }
        }
        return new Microstructure(nx, ny, nz, voxelSize, labels, checked);
    }

    private static int checkGrid(int nx, int ny, int nz, double voxelSize) {
        Checks.positive(nx, "nx");
        Checks.positive(ny, "ny");
        Checks.positive(nz, "nz");
        Checks.positive(voxelSize, "voxelSize", "m");
        Checks.finite(voxelSize, "voxelSize", "m");
        String inputs = "voxelSize = " + voxelSize + " m, nx = " + nx + ", ny = " + ny + ", nz = " + nz;
        Checks.finiteResult((double) nx * ny * nz * voxelSize * voxelSize * voxelSize, "box volume (m³)", inputs,
                "the voxel size must be below about 1e100 m");
        return Checks.allocation((long) nx * ny * nz, 1, 1, "voxel grid of nx×ny×nz = " + nx + "×" + ny + "×" + nz);
    }

    private static ImmutableList<VoxelPhase> checkPhases(List<VoxelPhase> phases) {
        Checks.nonNull(phases, "phases");
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("phases must hold at least one phase, held none");
        }
        for (int i = 0; i < phases.size(); i++) {
            VoxelPhase p = Checks.nonNull(phases.get(i), "phases[" + i + "]");
            for (int j = 0; j < i; j++) {
                VoxelPhase q = phases.get(j);
                if (q.label() == p.label() || q.name().equals(p.name())) {
                    throw new IllegalArgumentException("phases must have distinct labels and names: " + q + " and "
                            + p);
                }
            }
        }
        return ImmutableList.copyOf(phases);
    }

    private static boolean hasLabel(List<VoxelPhase> phases, int label) {
        for (VoxelPhase p : phases) {
            if (p.label() == label) {
                return true;
            }
        }
        return false;
    }

    private static int firstIndexOf(byte[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) == label) {
                return i;
            }
        }
        return -1;
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

    /**
     * @param axis the axis (not null)
     * @return voxels along that axis
     */
    public int size(Axis axis) {
        Checks.nonNull(axis, "axis");
        return switch (axis) {
            case X -> nx;
            case Y -> ny;
            case Z -> nz;
        };
    }

    /** @return nx·ny·nz */
    public int voxelCount() {
        return labels.length;
    }

    /** @return the edge of a voxel, in m */
    public double voxelSize() {
        return voxelSize;
    }

    /**
     * @param axis the axis (not null)
     * @return the length of the box along that axis, voxels × voxel size, in m
     */
    public double length(Axis axis) {
        return size(axis) * voxelSize;
    }

    /** @return the volume of the box, in m³ */
    public double volume() {
        return (double) labels.length * voxelSize * voxelSize * voxelSize;
    }

    /**
     * @param x the first index, in [0, nx)
     * @param y the second index, in [0, ny)
     * @param z the third index, in [0, nz)
     * @return the label of that voxel, in [0, 255]
     * @throws IllegalArgumentException if an index is out of range
     */
    public int label(int x, int y, int z) {
        Checks.index(x, nx, "x");
        Checks.index(y, ny, "y");
        Checks.index(z, nz, "z");
        return labels[x + nx * (y + ny * z)] & 0xFF;
    }

    /** @return a copy of the labels, in the order x + nx·(y + ny·z) */
    public byte[] labels() {
        return labels.clone();
    }

    /** The labels without a copy, for the package's solvers, which never write them. */
    byte[] labelArray() {
        return labels;
    }

    /** @return the phases, in the order given */
    public ImmutableList<VoxelPhase> phases() {
        return phases;
    }

    /**
     * @param name a phase's name (not null)
     * @return that phase, or empty if there is none of that name
     */
    public Optional<VoxelPhase> phase(String name) {
        Checks.nonNull(name, "name");
        return phases.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * @param name a phase's name (not null)
     * @return that phase
     * @throws IllegalArgumentException if there is no phase of that name
     */
    public VoxelPhase requirePhase(String name) {
        return phase(name).orElseThrow(() -> new IllegalArgumentException("name: no phase is called \"" + name
                + "\"; phases are " + phases));
    }

    /**
     * @param phase a phase of this grid (not null)
     * @return the number of voxels of that phase
     * @throws IllegalArgumentException if the phase is not one of this grid's
     */
    public long count(VoxelPhase phase) {
        return counts[checkOwn(phase).label()];
    }

    /**
     * @param phase a phase of this grid (not null)
     * @return its volume fraction, in [0, 1]
     * @throws IllegalArgumentException if the phase is not one of this grid's
     */
    public double volumeFraction(VoxelPhase phase) {
        return (double) count(phase) / labels.length;
    }

    /**
     * @param phase a phase (not null)
     * @return the phase, if it is one of this grid's
     * @throws IllegalArgumentException if it is not
     */
    VoxelPhase checkOwn(VoxelPhase phase) {
        Checks.nonNull(phase, "phase");
        if (!phases.contains(phase)) {
            throw new IllegalArgumentException("phase " + phase + " is not one of this microstructure's: " + phases);
        }
        return phase;
    }

    /**
     * @param voxelSize the new edge of a voxel, in m (finite, &gt; 0)
     * @return a copy with that voxel size and the same labels and phases
     * @throws IllegalArgumentException if the size is not finite and positive
     */
    public Microstructure withVoxelSize(double voxelSize) {
        checkGrid(nx, ny, nz, voxelSize);
        return new Microstructure(nx, ny, nz, voxelSize, labels, phases);
    }

    /**
     * @param phases the new phases (for instance mapped to catalog materials), covering every label in
     *     the grid, with distinct labels and names
     * @return a copy with those phases and the same labels
     * @throws IllegalArgumentException if a label in the grid belongs to none of them
     */
    public Microstructure withPhases(List<VoxelPhase> phases) {
        return new Microstructure(nx, ny, nz, voxelSize, labels, checkPhases(phases));
    }

    /**
     * @param x0 first x index of the block, in [0, nx)
     * @param y0 first y index of the block, in [0, ny)
     * @param z0 first z index of the block, in [0, nz)
     * @param sx voxels of the block along x, in [1, nx − x0]
     * @param sy voxels of the block along y, in [1, ny − y0]
     * @param sz voxels of the block along z, in [1, nz − z0]
     * @return the block as a grid of its own (same voxel size and phases); for studies of the
     *     representative volume
     * @throws IllegalArgumentException if the block is not inside the grid
     */
    public Microstructure subvolume(int x0, int y0, int z0, int sx, int sy, int sz) {
        Checks.index(x0, nx, "x0");
        Checks.index(y0, ny, "y0");
        Checks.index(z0, nz, "z0");
        Checks.inClosedRange(sx, 1, nx - x0, "sx");
        Checks.inClosedRange(sy, 1, ny - y0, "sy");
        Checks.inClosedRange(sz, 1, nz - z0, "sz");
        byte[] out = new byte[sx * sy * sz];
        int i = 0;
        for (int z = 0; z < sz; z++) {
            for (int y = 0; y < sy; y++) {
                System.arraycopy(labels, x0 + nx * ((y0 + y) + ny * (z0 + z)), out, i, sx);
                i += sx;
            }
        }
        return new Microstructure(sx, sy, sz, voxelSize, out, phases);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Microstructure m && m.nx == nx && m.ny == ny && m.nz == nz
                && Double.compare(m.voxelSize, voxelSize) == 0 && m.phases.equals(phases)
                && Arrays.equals(m.labels, labels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(labels) + phases.hashCode()) + Double.hashCode(voxelSize);
    }

    /** @return e.g. {@code Microstructure 100×100×100 voxels of 1 µm: NMC811 40.0 %, LPSCl 45.0 %, pore 15.0 %} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Microstructure ").append(nx).append('×').append(ny).append('×')
                .append(nz).append(" voxels of ").append(Display.quantity(voxelSize, "m")).append(':');
        String sep = " ";
        for (VoxelPhase p : phases) {
            sb.append(sep).append(p.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * counts[p.label()] / labels.length));
            sep = ", ";
        }
        return sb.toString();
    }
}
