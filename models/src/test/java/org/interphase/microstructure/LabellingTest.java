package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LabellingTest {

    private static final List<VoxelPhase> TWO = List.of(VoxelPhase.of(0, "pore"), VoxelPhase.of(1, "solid"));

    private static Microstructure random(int nx, int ny, int nz, double p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return Microstructure.of(nx, ny, nz, 1e-6, TWO, (x, y, z) -> r.nextDouble() < p ? 1 : 0);
    }

    /** An independent flood fill (breadth first from each unvisited voxel) numbers components alike. */
    private static int[] floodFill(Microstructure m, int label) {
        int nx = m.nx();
        int ny = m.ny();
        int nz = m.nz();
        int[] id = new int[m.voxelCount()];
        java.util.Arrays.fill(id, -1);
        int next = 0;
        byte[] l = m.labels();
        for (int s = 0; s < id.length; s++) {
            if ((l[s] & 0xFF) != label || id[s] >= 0) {
                continue;
            }
            ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(s);
            id[s] = next;
            while (!q.isEmpty()) {
                int i = q.poll();
                int x = i % nx;
                int y = i / nx % ny;
                int z = i / (nx * ny);
                int[][] nb = {{x - 1, y, z}, {x + 1, y, z}, {x, y - 1, z}, {x, y + 1, z}, {x, y, z - 1}, {x, y, z + 1}};
                for (int[] c : nb) {
                    if (c[0] < 0 || c[1] < 0 || c[2] < 0 || c[0] >= nx || c[1] >= ny || c[2] >= nz) {
                        continue;
                    }
                    int j = c[0] + nx * (c[1] + ny * c[2]);
                    if ((l[j] & 0xFF) == label && id[j] < 0) {
                        id[j] = next;
                        q.add(j);
                    }
                }
            }
            next++;
        }
        return id;
    }

    @Test
    void componentsEqualAnIndependentFloodFillNumberedByFirstVoxel() {
        for (double p : new double[] {0.2, 0.3116, 0.5, 0.8}) {
            Microstructure m = random(23, 17, 19, p, 42);
            Labelling lab = Labelling.of(m, new boolean[] {false, true});
            int[] expected = floodFill(m, 1);
            assertThat(lab.component).as("p = %s", p).containsExactly(expected);
            long total = 0;
            for (long s : lab.sizes) {
                total += s;
            }
            assertThat(total).isEqualTo(m.count(m.requirePhase("solid")));
        }
    }

    @Test
    void facesTouchedAreThoseOfItsVoxels() {
        // a rod along z through the middle touches Z_LOW and Z_HIGH only; a plate at x = 0 touches all but X_HIGH
        Microstructure m = Microstructure.of(5, 5, 5, 1e-6, TWO,
                (x, y, z) -> (x == 2 && y == 2) || (x == 0 && z > 0 && z < 4) ? 1 : 0);
        Labelling lab = Labelling.of(m, new boolean[] {false, true});
        assertThat(lab.count).isEqualTo(2);
        int rod = lab.component[2 + 5 * (2 + 5 * 0)];
        int plate = lab.component[0 + 5 * (0 + 5 * 1)];
        assertThat(lab.sizes[rod]).isEqualTo(5);
        assertThat(lab.sizes[plate]).isEqualTo(15);
        for (Face f : Face.values()) {
            assertThat(lab.touches(rod, f)).as("rod %s", f).isEqualTo(f.axis() == Axis.Z);
            assertThat(lab.touches(plate, f)).as("plate %s", f)
                    .isEqualTo(f == Face.X_LOW || f.axis() == Axis.Y);
        }
        assertThat(lab.spanning(Face.Z_LOW, Face.Z_HIGH)[rod]).isTrue();
        assertThat(lab.spanning(Face.Z_LOW, Face.Z_HIGH)[plate]).isFalse();
    }

    @Test
    void aTeamJoiningSlabsGivesTheSameComponentsAsOneThread() {
        // 40 planes in 16 slabs of 2 or 3: clusters that cross every slab boundary, numbered by first voxel
        for (double p : new double[] {0.25, 0.3116, 0.6}) {
            Microstructure m = random(21, 18, 40, p, 7);
            boolean[] sel = {false, true};
            Labelling one = Labelling.of(m, sel);
            try (Workers team = Workers.exactly(3)) {
                Labelling three = Labelling.of(m, sel, team);
                assertThat(three.component).as("p = %s", p).containsExactly(floodFill(m, 1));
                assertThat(three.component).containsExactly(one.component);
                assertThat(three.sizes).containsExactly(one.sizes);
                assertThat(three.faces).containsExactly(one.faces);
            }
        }
    }

    @Test
    void thinBoxesAndFewPlanesGiveTheFloodFillsComponentsAndFaces() {
        // pins the slab split for nz < 16 (one plane per slab), nz = 1, 17 (uneven slabs), and the face bits
        // taken from the six faces only, against an independent flood fill and a scan of every voxel,
        // for boxes one or two voxels thin along each axis
        int[][] shapes = {{9, 7, 1}, {1, 9, 13}, {9, 1, 15}, {1, 1, 17}, {2, 2, 16}, {2, 11, 3}, {13, 2, 2},
            {1, 13, 1}, {5, 4, 33}};
        for (int[] s : shapes) {
            for (double p : new double[] {0.35, 0.7}) {
                Microstructure m = random(s[0], s[1], s[2], p, 11);
                boolean[] sel = {false, true};
                int[] expected = floodFill(m, 1);
                int count = 0;
                for (int c : expected) {
                    count = Math.max(count, c + 1);
                }
                byte[] faces = new byte[count];
                for (int i = 0; i < expected.length; i++) {
                    if (expected[i] < 0) {
                        continue;
                    }
                    int x = i % s[0];
                    int y = i / s[0] % s[1];
                    int z = i / (s[0] * s[1]);
                    int[] pos = {x, y, z};
                    Face[][] byAxis = {{Face.X_LOW, Face.X_HIGH}, {Face.Y_LOW, Face.Y_HIGH}, {Face.Z_LOW, Face.Z_HIGH}};
                    for (int a = 0; a < 3; a++) {
                        if (pos[a] == 0) {
                            faces[expected[i]] |= (byte) (1 << byAxis[a][0].ordinal());
                        }
                        if (pos[a] == s[a] - 1) {
                            faces[expected[i]] |= (byte) (1 << byAxis[a][1].ordinal());
                        }
                    }
                }
                for (int t : new int[] {1, 3}) {
                    try (Workers team = Workers.exactly(t)) {
                        Labelling lab = Labelling.of(m, sel, team);
                        String what = java.util.Arrays.toString(s) + ", p = " + p + ", " + t + " threads";
                        assertThat(lab.component).as(what).containsExactly(expected);
                        assertThat(lab.count).as(what).isEqualTo(count);
                        assertThat(lab.faces).as(what).containsExactly(faces);
                    }
                }
            }
        }
    }
}
