package org.interphase.microstructure;

import org.interphase.core.Checks;

/**
 * The potential and current of one conduction solve along one axis, for 1 V between the two driven
 * faces (φ = 1 V on the low face, 0 V on the high face). Voxels outside the solve (insulating, or not
 * joined to both faces) have φ = 0 and no current.
 *
 * <p>Currents are those of the finite-volume scheme: through the face between voxels i and j,
 * j_ij = G_ij (φ_i − φ_j) / h² (A/m²) with G_ij the face conductance of {@link ConductionProblem}; a
 * voxel on a driven face exchanges j = 2σ(V_face − φ_i)/h with the electrode. Held without copies
 * (one double per voxel); immutable.
 */
public final class ConductionField {

    private final Axis axis;
    private final int nx;
    private final int ny;
    private final int nz;
    private final double voxelSize;
    private final double[] phi;
    private final byte[] cls;
    private final double[] t;
    private final int k1;
    private final double[] gb;
    /** Multiplies a scaled conductance (S/m / σ_max) into S/m. */
    private final double scale;

    ConductionField(Axis axis, FineGrid g, double voxelSize, double[] phi, double scale) {
        this.axis = axis;
        this.nx = g.nx;
        this.ny = g.ny;
        this.nz = g.nz;
        this.voxelSize = voxelSize;
        this.phi = phi;
        this.cls = g.cls;
        this.t = g.t;
        this.k1 = g.k1;
        this.gb = g.gb;
        this.scale = scale;
    }

    /** @return the axis the current was driven along */
    public Axis axis() {
        return axis;
    }

    /**
     * @param x the first index, in [0, nx)
     * @param y the second index, in [0, ny)
     * @param z the third index, in [0, nz)
     * @return the potential at the voxel's centre, in V (1 V on the low face, 0 V on the high face)
     * @throws IllegalArgumentException if an index is out of range
     */
    public double potential(int x, int y, int z) {
        return phi[index(x, y, z)];
    }

    /** @return a copy of the potentials, in V, in the order x + nx·(y + ny·z) */
    public double[] potentials() {
        return phi.clone();
    }

    private int index(int x, int y, int z) {
        Checks.index(x, nx, "x");
        Checks.index(y, ny, "y");
        Checks.index(z, nz, "z");
        return x + nx * (y + ny * z);
    }

    /**
     * The current density at a voxel's centre: the mean of the currents through its two faces normal to
     * {@code component}, counted positive toward larger coordinates.
     *
     * @param component the component (not null)
     * @param x the first index, in [0, nx)
     * @param y the second index, in [0, ny)
     * @param z the third index, in [0, nz)
     * @return j, in A/m² (for 1 V between the driven faces)
     * @throws IllegalArgumentException if an index is out of range
     */
    public double currentDensity(Axis component, int x, int y, int z) {
        Checks.nonNull(component, "component");
        int i = index(x, y, z);
        int c = cls[i] & 0xFF;
        if (c == 0) {
            return 0;
        }
        int pos = component == Axis.X ? x : component == Axis.Y ? y : z;
        int size = component == Axis.X ? nx : component == Axis.Y ? ny : nz;
        int stride = component == Axis.X ? 1 : component == Axis.Y ? nx : nx * ny;
        boolean driven = component == axis;
        double below;
        if (pos > 0) {
            below = t[c * k1 + (cls[i - stride] & 0xFF)] * (phi[i - stride] - phi[i]);
        } else {
            below = driven ? gb[c] * (1 - phi[i]) : 0;
        }
        double above;
        if (pos < size - 1) {
            above = t[c * k1 + (cls[i + stride] & 0xFF)] * (phi[i] - phi[i + stride]);
        } else {
            above = driven ? gb[c] * phi[i] : 0;
        }
        return 0.5 * (below + above) * scale / voxelSize;
    }

    @Override
    public String toString() {
        return "ConductionField along " + axis + " on " + nx + "×" + ny + "×" + nz + " voxels (1 V between "
                + axis.low() + " and " + axis.high() + ")";
    }
}
