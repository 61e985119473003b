package org.interphase.microstructure;

/**
 * Connected components of a set of phases under 6-connectivity (voxels that share a face), for the
 * package's geometry and transport solvers.
 *
 * <p>One union–find pass in index order joins each selected voxel to its selected neighbours at
 * x−1, y−1 and z−1, always hanging the larger root under the smaller one (so every voxel's parent
 * has a smaller index) with path halving; a second pass in index order then numbers the
 * components 0, 1, … in the order of their first voxel, overwriting the parent array with the
 * component number (a voxel's parent, having a smaller index, is already numbered). O(N α(N)) time,
 * one {@code int} per voxel, deterministic.
 */
final class Labelling {

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
        byte[] labels = m.labelArray();
        int nx = m.nx();
        int ny = m.ny();
        int nz = m.nz();
        int nxy = nx * ny;
        int n = labels.length;
        int[] parent = new int[n];
        for (int z = 0, i = 0; z < nz; z++) {
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
                    if (z > 0 && parent[i - nxy] >= 0) {
                        union(parent, i, i - nxy);
                    }
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
        byte[] faces = new byte[count];
        for (int z = 0, i = 0; z < nz; z++) {
            int zf = (z == 0 ? 1 << Face.Z_LOW.ordinal() : 0) | (z == nz - 1 ? 1 << Face.Z_HIGH.ordinal() : 0);
            for (int y = 0; y < ny; y++) {
                int yf = zf | (y == 0 ? 1 << Face.Y_LOW.ordinal() : 0) | (y == ny - 1 ? 1 << Face.Y_HIGH.ordinal() : 0);
                for (int x = 0; x < nx; x++, i++) {
                    int c = parent[i];
                    if (c < 0) {
                        continue;
                    }
                    sizes[c]++;
                    int f = yf | (x == 0 ? 1 << Face.X_LOW.ordinal() : 0) | (x == nx - 1 ? 1 << Face.X_HIGH.ordinal() : 0);
                    if (f != 0) {
                        faces[c] |= (byte) f;
                    }
                }
            }
        }
        return new Labelling(parent, count, sizes, faces);
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
