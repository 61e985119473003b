package org.interphase.microstructure;

/**
 * Connected components of a set of phases under 6-connectivity (voxels that share a face), for the
 * package's geometry and transport solvers.
 *
 * <p>One union–find pass in index order joins each selected voxel to its selected neighbours at
 * x−1, y−1 and z−1, always hanging the larger root under the smaller one (so every voxel's parent
 * has a smaller index) with path halving (run in slabs of z planes, which a team may join at once, and
 * then the slabs' first planes to the planes below them); a second pass in index order then numbers the
 * components 0, 1, … in the order of their first voxel, overwriting the parent array with the
 * component number (a voxel's parent, having a smaller index, is already numbered). O(N α(N)) time,
 * one {@code int} per voxel, deterministic.
 */
final class Labelling {

    /** Slabs of z planes the union pass is split into (fixed, so that the split does not depend on the team). */
    static final int SLABS = 16;

    /** Component number per voxel, −1 for voxels outside the selection. */
    final int[] component;
    /** Number of components. */
    final int count;
    /** Voxels per component. */
    final long[] sizes;
    /** Bit f (Face.ordinal()) set when the component has a voxel on that face of the box. */
    final byte[] faces;

    private Labelling(int[] component, int count, long[] sizes, byte[] faces) {
        this.component = component;
        this.count = count;
        this.sizes = sizes;
        this.faces = faces;
    }

    /**
     * @param m the grid
     * @param selected selected[label] is true for the labels that form the set
     * @return its components
     */
    static Labelling of(Microstructure m, boolean[] selected) {
        return of(m, selected, Workers.SERIAL);
    }

    /**
     * As {@link #of(Microstructure, boolean[])}, the union pass split among a team: each of
     * {@value #SLABS} slabs of z planes is joined on its own (its voxels' parents stay inside it), then
     * the first plane of every slab is joined to the plane below it. The components and their numbers
     * (by first voxel) do not depend on the split, so the result is the same at any thread count.
     *
     * @param m the grid
     * @param selected selected[label] is true for the labels that form the set
     * @param workers the team to run the slabs on
     * @return its components
     */
    static Labelling of(Microstructure m, boolean[] selected, Workers workers) {
        byte[] labels = m.labelArray();
        int nx = m.nx();
        int ny = m.ny();
        int nz = m.nz();
        int nxy = nx * ny;
        int n = labels.length;
        int[] parent = new int[n];
        int slabs = Math.min(nz, SLABS);
        workers.run(slabs, (s0, s1) -> {
            for (int s = s0; s < s1; s++) {
                joinSlab(labels, selected, parent, nx, ny, (int) ((long) nz * s / slabs),
                        (int) ((long) nz * (s + 1) / slabs));
            }
        });
        for (int s = 1; s < slabs; s++) {
            for (int i = (int) ((long) nz * s / slabs) * nxy, end = i + nxy; i < end; i++) {
                if (parent[i] >= 0 && parent[i - nxy] >= 0) {
                    union(parent, i, i - nxy);
                }
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                continue;
            }
            parent[i] = p == i ? count++ : parent[p];
        }
        long[] sizes = new long[count];
        for (int c : parent) {
            if (c >= 0) {
                sizes[c]++;
            }
        }
        // only the voxels on the six faces of the box can mark one
        byte[] faces = new byte[count];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                boolean wholeLine = z == 0 || z == nz - 1 || y == 0 || y == ny - 1;
                int base = (z * ny + y) * nx;
                for (int x = 0; x < nx; x += wholeLine || nx == 1 ? 1 : nx - 1) {
                    int c = parent[base + x];
                    if (c >= 0) {
                        faces[c] |= (byte) ((z == 0 ? 1 << Face.Z_LOW.ordinal() : 0)
                                | (z == nz - 1 ? 1 << Face.Z_HIGH.ordinal() : 0)
                                | (y == 0 ? 1 << Face.Y_LOW.ordinal() : 0)
                                | (y == ny - 1 ? 1 << Face.Y_HIGH.ordinal() : 0)
                                | (x == 0 ? 1 << Face.X_LOW.ordinal() : 0)
                                | (x == nx - 1 ? 1 << Face.X_HIGH.ordinal() : 0));
                    }
                }
            }
        }
        return new Labelling(parent, count, sizes, faces);
    }

    /**
     * The union pass over planes [z0, z1): joins each selected voxel to its selected neighbours at x−1, y−1
     * and z−1 within them.
     */
    private static void joinSlab(byte[] labels, boolean[] selected, int[] parent, int nx, int ny, int z0, int z1) {
        int nxy = nx * ny;
        for (int z = z0, i = z0 * nxy; z < z1; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (!selected[labels[i] & 0xFF]) {
                        parent[i] = -1;
                        continue;
                    }
                    parent[i] = i;
                    if (x > 0 && parent[i - 1] >= 0) {
                        union(parent, i, i - 1);
                    }
                    if (y > 0 && parent[i - nx] >= 0) {
                        union(parent, i, i - nx);
                    }
                    if (z > z0 && parent[i - nxy] >= 0) {
                        union(parent, i, i - nxy);
                    }
                }
            }
        }
    }

    /** Joins the sets of a and b, the larger root under the smaller. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * @param c a component
     * @param face a face of the box
     * @return true if the component has a voxel on that face
     */
    boolean touches(int c, Face face) {
        return (faces[c] & (1 << face.ordinal())) != 0;
    }

    /**
     * @param a one face
     * @param b another face
     * @return for each component, true if it touches both faces (a spanning cluster)
     */
    boolean[] spanning(Face a, Face b) {
        boolean[] keep = new boolean[count];
        for (int c = 0; c < count; c++) {
            keep[c] = touches(c, a) && touches(c, b);
        }
        return keep;
    }
}
