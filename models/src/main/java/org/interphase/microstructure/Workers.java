package org.interphase.microstructure;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs loops over fixed blocks of grid lines on a private fork–join pool, for the conduction solver.
 *
 * <p>Determinism: a loop is split into <em>blocks</em> whose boundaries depend only on the grid, never
 * on the number of threads; each block writes only its own outputs (and its own entry of a partial-sum
 * array), and the partial sums are added in block order by the caller. So a result has the same bits
 * whatever the thread count; the threads only decide which block runs where. The plane-wise passes
 * ({@link #sweep}) keep one partial sum per plane, added in plane order.
 *
 * <p>One instance lives for one solve and is closed after it (its threads end then).
 */
final class Workers implements AutoCloseable {

    /** A loop body over the blocks [from, to). */
    interface Blocks {
        void run(int from, int to);
    }

    /** Runs every loop in the caller's thread (nothing to close). */
    static final Workers SERIAL = new Workers(1);

    /**
     * Fewest cells for which a loop over a grid is worth splitting over threads: below it, handing the
     * blocks to the pool and waiting for them costs more than the loop (the small coarse levels of the
     * multigrid, visited many times per cycle).
     */
    static final int PARALLEL_MIN = 32_768;

    private final ForkJoinPool pool;
    private final int threads;

    /**
     * @param threads threads to use, &ge; 1; 1 runs every loop in the caller's thread
     */
    Workers(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /**
     * @param cells the number of cells a loop will visit
     * @return this, or {@link #SERIAL} when the loop is too small to be worth splitting
     */
    Workers forSize(long cells) {
        return cells < PARALLEL_MIN ? SERIAL : this;
    }

    /** @return the number of threads */
    int threads() {
        return threads;
    }

    /**
     * Runs {@code body} over blocks [0, blocks), split into contiguous chunks over the threads, and
     * returns when all have run; a failure in any chunk is rethrown.
     */
    void run(int blocks, Blocks body) {
        if (pool == null || blocks < 2) {
            body.run(0, blocks);
            return;
        }
        int chunks = Math.min(blocks, 4 * threads);
        pool.invoke(new Chunk(body, blocks, chunks, 0, chunks));
    }

    /** One stage (a half sweep of one colour) on one plane (z fixed) of a grid. */
    interface Planes {
        /**
         * @param z the plane
         * @param stage the stage, 0 … stages − 1: the half sweeps alternate in colour, stage 0 first
         */
        void run(int z, int stage);
    }

    /**
     * Red–black Gauss–Seidel half sweeps ({@code stages} of them, alternating in colour: one symmetric
     * sweep is two stages) in one pass over the planes, with the same result as separate passes, but
     * reading the grid once. A half sweep of plane z reads planes z − 1, z and z + 1 only, so stage s can
     * follow one plane behind stage s − 1: at step t the pass runs stage s on plane t − s for every s,
     * while the data are in cache. The planes are cut into contiguous chunks, one task each; inside a
     * chunk [z0, z1) stage s runs on z0 + s … z1 − s − 1 as the pass advances (so it never reads a plane
     * that a neighbouring chunk is still writing, nor writes one it reads), and on the s planes at each
     * end of the chunk afterwards, stage by stage, in parallel over the chunks. Every update reads
     * exactly the values it reads in separate passes, so the bits do not depend on the chunks.
     *
     * @param planes the number of planes
     * @param stages the number of half sweeps, &ge; 1
     * @param body the half sweep of one plane at one stage
     */
    void sweep(int planes, int stages, Planes body) {
        int chunks = pool == null ? 1 : Math.max(1, Math.min(planes / 3, 2 * threads));
        run(chunks, (c0, c1) -> {
            for (int c = c0; c < c1; c++) {
                int z0 = (int) ((long) planes * c / chunks);
                int z1 = (int) ((long) planes * (c + 1) / chunks);
                for (int t = z0; t < z1 + stages - 1; t++) {
                    for (int s = 0; s < stages; s++) {
                        int q = t - s;
                        if (q >= z0 + s && q < z1 - s) {
                            body.run(q, s);
                        }
                    }
                }
            }
        });
        for (int s = 1; s < stages; s++) {
            final int stage = s;
            run(chunks, (c0, c1) -> {
                for (int c = c0; c < c1; c++) {
                    int z0 = (int) ((long) planes * c / chunks);
                    int z1 = (int) ((long) planes * (c + 1) / chunks);
                    // the planes the pass left out for this stage: [z0, lo) and [hi, z1)
                    int lo = Math.min(z0 + stage, z1);
                    int hi = Math.max(z1 - stage, lo);
                    for (int q = z0; q < lo; q++) {
                        body.run(q, stage);
                    }
                    for (int q = hi; q < z1; q++) {
                        body.run(q, stage);
                    }
                }
            });
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Chunks [lo, hi) of {@code chunks} over {@code blocks}, split in halves until one is left. */
    private static final class Chunk extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient Blocks body;
        private final int blocks;
        private final int chunks;
        private final int lo;
        private final int hi;

        Chunk(Blocks body, int blocks, int chunks, int lo, int hi) {
            this.body = body;
            this.blocks = blocks;
            this.chunks = chunks;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                body.run((int) ((long) blocks * lo / chunks), (int) ((long) blocks * hi / chunks));
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Chunk(body, blocks, chunks, lo, mid), new Chunk(body, blocks, chunks, mid, hi));
        }
    }
}
