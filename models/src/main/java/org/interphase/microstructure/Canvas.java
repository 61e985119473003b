package org.interphase.microstructure;

import java.util.Arrays;

/**
 * The labels a generator writes and the bitmap of voxels already taken ("claimed"): a voxel keeps the
 * first label that claims it. Spheres are rasterized row by row over their bounding box only: in each
 * (y, z) row the voxels whose centre lies inside are one run of x indices, found from the half chord.
 * Not thread-safe; one per generation.
 */
final class Canvas {

    final int nx;
    final int ny;
    final int nz;
    final double h;
    final boolean periodic;
    final byte[] labels;
    private final long[] claimed;
    private long claimedCount;

    Canvas(int nx, int ny, int nz, double h, boolean periodic, int background) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.h = h;
        this.periodic = periodic;
        this.labels = new byte[nx * ny * nz];
        if (background != 0) {
            Arrays.fill(labels, (byte) background);
        }
        this.claimed = new long[(labels.length + 63) / 64];
    }

    long voxelCount() {
        return labels.length;
    }

    long claimedCount() {
        return claimedCount;
    }

    boolean isClaimed(int i) {
        return (claimed[i >>> 6] & (1L << (i & 63))) != 0;
    }

    /**
     * Counts, and if {@code label >= 0} claims, the unclaimed voxels whose centre lies at a distance d
     * from (cx, cy, cz) (m) with rIn &lt; d &le; rOut (rIn = 0: the whole ball d &le; rOut).
     *
     * @return the number of voxels counted (claimed)
     */
    long shell(double cx, double cy, double cz, double rIn, double rOut, int label) {
        // in voxel units, centres at integer + 1/2
        double x = cx / h - 0.5;
        double y = cy / h - 0.5;
        double z = cz / h - 0.5;
        double ro = rOut / h;
        double ri = rIn / h;
        double ro2 = ro * ro;
        double ri2 = ri * ri;
        int k0 = (int) Math.ceil(z - ro);
        int k1 = (int) Math.floor(z + ro);
        int j0 = (int) Math.ceil(y - ro);
        int j1 = (int) Math.floor(y + ro);
        if (!periodic) {
            k0 = Math.max(k0, 0);
            k1 = Math.min(k1, nz - 1);
            j0 = Math.max(j0, 0);
            j1 = Math.min(j1, ny - 1);
        }
        long count = 0;
        for (int k = k0; k <= k1; k++) {
            double dz = k - z;
            int kk = periodic ? Math.floorMod(k, nz) : k;
            for (int j = j0; j <= j1; j++) {
                double dy = j - y;
                double rem = ro2 - dy * dy - dz * dz;
                if (rem < 0) {
                    continue;
                }
                double half = Math.sqrt(rem);
                int i0 = (int) Math.ceil(x - half);
                int i1 = (int) Math.floor(x + half);
                // the excluded inner run (the core of a shell)
                int e0 = 1;
                int e1 = 0;
                double remIn = ri2 - dy * dy - dz * dz;
                if (rIn > 0 && remIn >= 0) {
                    double hin = Math.sqrt(remIn);
                    e0 = (int) Math.ceil(x - hin);
                    e1 = (int) Math.floor(x + hin);
                }
                int jj = periodic ? Math.floorMod(j, ny) : j;
                int row = nx * (jj + ny * kk);
                count += run(row, i0, Math.min(i1, e0 - 1), label) + run(row, Math.max(i0, e1 + 1), i1, label);
            }
        }
        claimedCount += label >= 0 ? count : 0;
        return count;
    }

    /** Counts/claims the unclaimed voxels i0..i1 (wrapped or clipped along x) of one row. */
    private long run(int row, int i0, int i1, int label) {
        if (!periodic) {
            i0 = Math.max(i0, 0);
            i1 = Math.min(i1, nx - 1);
        }
        long count = 0;
        for (int i = i0; i <= i1; i++) {
            int idx = row + (periodic ? Math.floorMod(i, nx) : i);
            long bit = 1L << (idx & 63);
            if ((claimed[idx >>> 6] & bit) == 0) {
                count++;
                if (label >= 0) {
                    claimed[idx >>> 6] |= bit;
                    labels[idx] = (byte) label;
                }
            }
        }
        return count;
    }

    /** The number of voxels carrying {@code label} that were claimed. */
    long count(int label) {
        long n = 0;
        byte b = (byte) label;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == b && isClaimed(i)) {
                n++;
            }
        }
        return n;
    }
}
