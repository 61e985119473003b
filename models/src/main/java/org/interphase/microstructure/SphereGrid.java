package org.interphase.microstructure;

import java.util.Arrays;

/**
 * A uniform spatial hash of spheres for overlap queries: each sphere is listed in every cell its
 * bounding box touches, so two spheres can only overlap if they share a cell. Periodic boxes use the
 * minimum-image distance. Not thread-safe; one per generation.
 */
final class SphereGrid {

    private final double lx;
    private final double ly;
    private final double lz;
    private final boolean periodic;
    private final int cx;
    private final int cy;
    private final int cz;
    private final double sx;
    private final double sy;
    private final double sz;
    private int[][] cells;
    private int[] cellCounts;
    double[] x = new double[64];
    double[] y = new double[64];
    double[] z = new double[64];
    double[] r = new double[64];
    int size;
    private int[] stamp = new int[64];
    private int query;

    /**
     * @param cell the desired cell edge, m (about the diameter of a typical sphere)
     */
    SphereGrid(double lx, double ly, double lz, boolean periodic, double cell) {
        this.lx = lx;
        this.ly = ly;
        this.lz = lz;
        this.periodic = periodic;
        this.cx = cells(lx, cell);
        this.cy = cells(ly, cell);
        this.cz = cells(lz, cell);
        this.sx = lx / cx;
        this.sy = ly / cy;
        this.sz = lz / cz;
        this.cells = new int[cx * cy * cz][];
        this.cellCounts = new int[cx * cy * cz];
    }

    private static int cells(double length, double cell) {
        return (int) Math.max(1, Math.min(96, Math.floor(length / cell)));
    }

    /** Lists every sphere again at its current position (after spheres moved). */
    void rebuild() {
        Arrays.fill(cellCounts, 0);
        for (int k = 0; k < size; k++) {
            insert(k);
        }
    }

    /** Adds a sphere and returns its index. */
    int add(double px, double py, double pz, double pr) {
        if (size == x.length) {
            int n = 2 * size;
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            z = Arrays.copyOf(z, n);
            r = Arrays.copyOf(r, n);
            stamp = Arrays.copyOf(stamp, n);
        }
        int id = size++;
        x[id] = px;
        y[id] = py;
        z[id] = pz;
        r[id] = pr;
        stamp[id] = 0;
        insert(id);
        return id;
    }

    /** Lists sphere {@code id} (at its current position) in its cells. */
    void insert(int id) {
        int ix0 = lo(x[id], r[id], sx, cx);
        int ix1 = hi(x[id], r[id], sx, cx, ix0);
        int iy0 = lo(y[id], r[id], sy, cy);
        int iy1 = hi(y[id], r[id], sy, cy, iy0);
        int iz0 = lo(z[id], r[id], sz, cz);
        int iz1 = hi(z[id], r[id], sz, cz, iz0);
        for (int k = iz0; k <= iz1; k++) {
            for (int j = iy0; j <= iy1; j++) {
                for (int i = ix0; i <= ix1; i++) {
                    int c = wrap(i, cx) + cx * (wrap(j, cy) + cy * wrap(k, cz));
                    int[] list = cells[c];
                    if (list == null) {
                        list = new int[8];
                        cells[c] = list;
                    } else if (cellCounts[c] == list.length) {
                        list = Arrays.copyOf(list, 2 * list.length);
                        cells[c] = list;
                    }
                    list[cellCounts[c]++] = id;
                }
            }
        }
    }

    private int wrap(int i, int n) {
        return periodic ? Math.floorMod(i, n) : i;
    }

    /** The first cell index of the interval [c − rad, c + rad] along one axis. */
    private int lo(double c, double rad, double s, int n) {
        int lo = (int) Math.floor((c - rad) / s);
        int hi = (int) Math.floor((c + rad) / s);
        if (periodic) {
            return hi - lo + 1 >= n ? 0 : lo;
        }
        return Math.max(0, Math.min(n - 1, lo));
    }

    /** The last cell index of the interval [c − rad, c + rad], given its first. */
    private int hi(double c, double rad, double s, int n, int lo) {
        int hi = (int) Math.floor((c + rad) / s);
        if (periodic) {
            int first = (int) Math.floor((c - rad) / s);
            return hi - first + 1 >= n ? n - 1 : hi;
        }
        return Math.max(0, Math.min(n - 1, hi));
    }

    /** Component of the separation, minimum image in a periodic box. */
    double sep(double d, double length) {
        return periodic ? d - length * Math.rint(d / length) : d;
    }

    /** True if a sphere at (px, py, pz) of radius pr overlaps a listed sphere (touching is no overlap). */
    boolean overlapsAny(double px, double py, double pz, double pr) {
        return forNeighbours(px, py, pz, pr, -1, null);
    }

    /** Receives an overlapping sphere. */
    interface Visitor {
        /**
         * @return true to stop the search
         */
        boolean visit(int j, double dx, double dy, double dz, double d2);
    }

    /**
     * Visits every listed sphere other than {@code self} that overlaps the given sphere, with the
     * separation (j − query); a null visitor stops at the first.
     *
     * @return true if the search was stopped (an overlap found with a null visitor)
     */
    boolean forNeighbours(double px, double py, double pz, double pr, int self, Visitor visitor) {
        if (++query == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            query = 1;
        }
        int ix0 = lo(px, pr, sx, cx);
        int ix1 = hi(px, pr, sx, cx, ix0);
        int iy0 = lo(py, pr, sy, cy);
        int iy1 = hi(py, pr, sy, cy, iy0);
        int iz0 = lo(pz, pr, sz, cz);
        int iz1 = hi(pz, pr, sz, cz, iz0);
        for (int k = iz0; k <= iz1; k++) {
            for (int j = iy0; j <= iy1; j++) {
                for (int i = ix0; i <= ix1; i++) {
                    int c = wrap(i, cx) + cx * (wrap(j, cy) + cy * wrap(k, cz));
                    int[] list = cells[c];
                    int n = cellCounts[c];
                    for (int m = 0; m < n; m++) {
                        int o = list[m];
                        if (o == self || stamp[o] == query) {
                            continue;
                        }
                        stamp[o] = query;
                        double dx = sep(x[o] - px, lx);
                        double dy = sep(y[o] - py, ly);
                        double dz = sep(z[o] - pz, lz);
                        double d2 = dx * dx + dy * dy + dz * dz;
                        double s = pr + r[o];
                        if (d2 < s * s) {
                            if (visitor == null || visitor.visit(o, dx, dy, dz, d2)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
