package org.interphase.microstructure;

/**
 * Statistics along the grid's lines for {@link GeometrySolver}: the two-point correlation S2(r) of a
 * phase along an axis, and chord lengths.
 *
 * <p>S2 is computed on the phase's indicator packed 64 voxels to a {@code long} per line along x: along
 * x a lag r is a shift of the packed line, along y and z an AND of two lines; one {@link Long#bitCount}
 * counts 64 pairs. Lines are padded with zero bits, so pairs that would leave the box are never counted.
 */
final class LineStatistics {

    private LineStatistics() {
    }

    /** The indicator of one label, packed per x-line: words[(y + ny·z)·w + k] holds x = 64k … 64k + 63. */
    static long[] pack(Microstructure m, int label, int z0, int z1, long[] bits) {
        byte[] labels = m.labelArray();
        int nx = m.nx();
        int ny = m.ny();
        int w = words(nx);
        for (int z = z0; z < z1; z++) {
            for (int y = 0; y < ny; y++) {
                int i = nx * (y + ny * z);
                int row = (y + ny * z) * w;
                for (int k = 0; k < w; k++) {
                    long word = 0;
                    int end = Math.min(64, nx - 64 * k);
                    int base = i + 64 * k;
                    for (int b = 0; b < end; b++) {
                        if ((labels[base + b] & 0xFF) == label) {
                            word |= 1L << b;
                        }
                    }
                    bits[row + k] = word;
                }
            }
        }
        return bits;
    }

    static int words(int nx) {
        return (nx + 63) >>> 6;
    }

    /**
     * Pairs of voxels at lag r along an axis that both lie in the phase, for r = 0 … maxLag, over the
     * lines y + ny·z in [line0, line1) (x axis), or all pairs whose first voxel has its axis coordinate in
     * [c0, c1) (y and z axes).
     *
     * @return counts[r]
     */
    static long[] pairCounts(long[] bits, int nx, int ny, int nz, int axis, int maxLag, int c0, int c1) {
        int w = words(nx);
        long[] counts = new long[maxLag + 1];
        if (axis == 0) {
            for (int line = c0; line < c1; line++) {
                int row = line * w;
                for (int r = 0; r <= maxLag; r++) {
                    int q = r >>> 6;
                    int s = r & 63;
                    long c = 0;
                    for (int k = 0; k + q < w; k++) {
                        long v = bits[row + k + q] >>> s;
                        if (s != 0 && k + q + 1 < w) {
                            v |= bits[row + k + q + 1] << (64 - s);
                        }
                        c += Long.bitCount(bits[row + k] & v);
                    }
                    counts[r] += c;
                }
            }
        } else if (axis == 1) {
            // c0..c1 are z planes here (each worker takes whole planes); pairs (y, y + r) inside a plane
            for (int z = c0; z < c1; z++) {
                for (int y = 0; y < ny; y++) {
                    int a = (y + ny * z) * w;
                    for (int r = 0; r <= maxLag && y + r < ny; r++) {
                        int b = (y + r + ny * z) * w;
                        long c = 0;
                        for (int k = 0; k < w; k++) {
                            c += Long.bitCount(bits[a + k] & bits[b + k]);
                        }
                        counts[r] += c;
                    }
                }
            }
        } else {
            int plane = ny * w;
            for (int z = c0; z < c1; z++) {
                int a = z * plane;
                for (int r = 0; r <= maxLag && z + r < nz; r++) {
                    int b = (z + r) * plane;
                    long c = 0;
                    for (int k = 0; k < plane; k++) {
                        c += Long.bitCount(bits[a + k] & bits[b + k]);
                    }
                    counts[r] += c;
                }
            }
        }
        return counts;
    }

    /**
     * Chords along x of the lines y + ny·z for z in [z0, z1): maximal runs of one label; a run touching
     * x = 0 or x = nx − 1 is cut by the box and left out.
     *
     * @param index phase index of each label
     * @param counts counts[phase][length] incremented
     */
    static void chordsX(Microstructure m, int[] index, int z0, int z1, long[][] counts) {
        byte[] labels = m.labelArray();
        int nx = m.nx();
        int ny = m.ny();
        for (int z = z0; z < z1; z++) {
            for (int y = 0; y < ny; y++) {
                int i = nx * (y + ny * z);
                int start = 0;
                for (int x = 1; x <= nx; x++) {
                    if (x == nx || labels[i + x] != labels[i + x - 1]) {
                        if (start > 0 && x < nx) {
                            counts[index[labels[i + start] & 0xFF]][x - start]++;
                        }
                        start = x;
                    }
                }
            }
        }
    }

    /** Chords along y in the planes z in [z0, z1); a run touching y = 0 or y = ny − 1 is left out. */
    static void chordsY(Microstructure m, int[] index, int z0, int z1, long[][] counts) {
        byte[] labels = m.labelArray();
        int nx = m.nx();
        int ny = m.ny();
        int[] start = new int[nx];
        for (int z = z0; z < z1; z++) {
            int p = nx * ny * z;
            java.util.Arrays.fill(start, 0);
            for (int y = 1; y <= ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = p + x + nx * y;
                    if (y == ny || labels[i] != labels[i - nx]) {
                        if (start[x] > 0 && y < ny) {
                            counts[index[labels[i - nx] & 0xFF]][y - start[x]]++;
                        }
                        start[x] = y;
                    }
                }
            }
        }
    }

    /** Chords along z of the columns with y in [y0, y1); a run touching z = 0 or z = nz − 1 is left out. */
    static void chordsZ(Microstructure m, int[] index, int y0, int y1, long[][] counts) {
        byte[] labels = m.labelArray();
        int nx = m.nx();
        int ny = m.ny();
        int nz = m.nz();
        int nxy = nx * ny;
        int cols = (y1 - y0) * nx;
        int[] start = new int[cols];
        for (int z = 1; z <= nz; z++) {
            for (int c = 0; c < cols; c++) {
                int i = y0 * nx + c + nxy * z;
                if (z == nz || labels[i] != labels[i - nxy]) {
                    if (start[c] > 0 && z < nz) {
                        counts[index[labels[i - nxy] & 0xFF]][z - start[c]]++;
                    }
                    start[c] = z;
                }
            }
        }
    }
}
