package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fused plane-wise sweep of {@link Workers}: any number of red–black stages in one pass, cut into
 * chunks per thread, must give exactly what the stages give one after the other over all planes.
 */
class WorkersTest {

    /**
     * A model of a red–black sweep in z: each plane holds one value per colour, stage s updates colour
     * s mod 2 of plane z from the other colour of planes z − 1, z, z + 1, by a map that is far from
     * linear, so that a value read too early or too late shows in the bits.
     */
    private static void stage(double[][] a, int z, int s) {
        int c = s & 1;
        int planes = a.length;
        double below = z > 0 ? a[z - 1][1 - c] : 0.3;
        double above = z < planes - 1 ? a[z + 1][1 - c] : -0.7;
        a[z][c] = Math.sin(1.3 * below + 0.7 * a[z][1 - c] - 1.1 * above + 0.1 * s + 0.01 * z);
    }

    private static double[][] start(int planes) {
        double[][] a = new double[planes][2];
        for (int z = 0; z < planes; z++) {
            a[z][0] = Math.cos(z);
            a[z][1] = Math.sin(3 * z);
        }
        return a;
    }

    @Test
    void fusedStagesGiveTheSameBitsAsStagesOneAfterTheOther() {
        for (int planes : new int[] {1, 2, 3, 5, 8, 17, 40}) {
            for (int stages : new int[] {1, 2, 3, 4, 6}) {
                double[][] expected = start(planes);
                for (int s = 0; s < stages; s++) {
                    for (int z = 0; z < planes; z++) {
                        stage(expected, z, s);
                    }
                }
                for (int threads : new int[] {1, 2, 3, 5}) {
                    double[][] got = start(planes);
                    try (Workers w = new Workers(threads)) {
                        w.sweep(planes, stages, (z, s) -> stage(got, z, s));
                    }
                    assertThat(got).as("%d planes, %d stages, %d threads", planes, stages, threads)
                            .isDeepEqualTo(expected);
                }
            }
        }
    }
}
