package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
                    // more helpers than this machine may have cores: the exact-size team
                    try (Workers w = Workers.exactly(threads)) {
                        w.sweep(planes, stages, (z, s) -> stage(got, z, s));
                    }
                    assertThat(got).as("%d planes, %d stages, %d threads", planes, stages, threads)
                            .isDeepEqualTo(expected);
                }
            }
        }
    }

    @Test
    void everyBlockRunsExactlyOnceInEveryLoopOfALongSeries() {
        // thousands of back-to-back loops, as a solve hands them over: a helper that woke late must never
        // run a chunk of a loop twice, or one of an earlier loop with a later body
        for (int threads : new int[] {2, 3, 5}) {
            try (Workers w = Workers.exactly(threads)) {
                for (int loop = 0; loop < 3000; loop++) {
                    int blocks = 1 + loop % 37;
                    AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
                    w.run(blocks, (b0, b1) -> {
                        for (int b = b0; b < b1; b++) {
                            runs.incrementAndGet(b);
                        }
                    });
                    for (int b = 0; b < blocks; b++) {
                        assertThat(runs.get(b)).as("loop %d, block %d of %d, %d threads", loop, b, blocks, threads)
                                .isEqualTo(1);
                    }
                }
            }
        }
    }

    @Test
    void aFailureInAnyChunkReachesTheCallerAndTheTeamGoesOn() {
        try (Workers w = Workers.upTo(2)) {
            for (int failing = 0; failing < 8; failing++) {
                final int bad = failing;
                AtomicIntegerArray runs = new AtomicIntegerArray(8);
                assertThatThrownBy(() -> w.run(8, (b0, b1) -> {
                    for (int b = b0; b < b1; b++) {
                        runs.incrementAndGet(b);
                        if (b == bad) {
                            throw new IllegalStateException("block " + b);
                        }
                    }
                })).isInstanceOf(IllegalStateException.class).hasMessage("block " + bad);
                // the other chunks still ran, and the next loop runs normally
                for (int b = 0; b < 8; b++) {
                    assertThat(runs.get(b)).isEqualTo(1);
                }
            }
            double[] sums = new double[16];
            w.run(16, (b0, b1) -> {
                for (int b = b0; b < b1; b++) {
                    sums[b] = b;
                }
            });
            assertThat(sums[15]).isEqualTo(15);
        }
    }

    @Test
    void closingEndsTheHelperThreads() throws InterruptedException {
        Workers w = Workers.exactly(3);
        w.run(8, (b0, b1) -> { });
        w.close();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (w.helpersAlive() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(w.helpersAlive()).as("helper threads alive 10 s after close").isZero();
    }

    @Test
    void theTeamIsNoLargerThanTheProcessors() throws InterruptedException {
        // more threads than cores only spin against the ones working: the team is capped (the bits are the same)
        int cores = Runtime.getRuntime().availableProcessors();
        try (Workers w = Workers.upTo(cores + 6)) {
            w.run(64, (b0, b1) -> { });
            assertThat(w.threads()).isEqualTo(cores);
            assertThat(w.helpersAlive()).isEqualTo(cores - 1);
        }
    }

    @Test
    void aFinishedLoopKeepsNothingItCapturedAlive() throws InterruptedException {
        // the last job stays in the team until the next one; its body (and the arrays a solve's loop captures)
        // must not: a conduction solve's last loop on one axis would otherwise hold that axis's grid
        try (Workers w = Workers.exactly(2)) {
            WeakReference<double[]> ref = runOnce(w);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (ref.get() != null && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(20);
            }
            assertThat(ref.get()).as("the array the finished loop captured").isNull();
        }
    }

    private static WeakReference<double[]> runOnce(Workers w) {
        double[] big = new double[1 << 20];
        w.run(16, (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                big[b] = b;
            }
        });
        return new WeakReference<>(big);
    }

    @Test
    void laterFailuresRideOnTheFirstAsSuppressed() {
        try (Workers w = Workers.exactly(2)) {
            // eight chunks of one block, each failing: one failure is rethrown, the seven others ride on it
            assertThatThrownBy(() -> w.run(8, (b0, b1) -> {
                throw new IllegalArgumentException("chunk " + b0);
            })).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(t -> assertThat(t.getSuppressed()).hasSize(7));
            // the very same instance thrown by every chunk is rethrown once, not attached to itself (which
            // would throw inside a helper), and the team goes on
            IllegalStateException shared = new IllegalStateException("the same one");
            assertThatThrownBy(() -> w.run(8, (b0, b1) -> {
                throw shared;
            })).isSameAs(shared).satisfies(t -> assertThat(t.getSuppressed()).isEmpty());
            AtomicIntegerArray runs = new AtomicIntegerArray(8);
            w.run(8, (b0, b1) -> runs.incrementAndGet(b0));
            assertThat(runs.toString()).isEqualTo("[1, 1, 1, 1, 1, 1, 1, 1]");
            assertThat(w.helpersAlive()).isEqualTo(1);
        }
    }
}
