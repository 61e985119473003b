package org.interphase.microstructure;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Runs loops over fixed blocks of grid lines on a private fork–join pool, for the conduction solver.
 *
 * <p>Determinism: a loop is split into <em>blocks</em> whose boundaries depend only on the grid, never
 * on the number of threads; each block writes only its own outputs (and its own entry of a partial-sum
 * array), and the partial sums are added in block order by the caller. So a result has the same bits
 * whatever the thread count; the threads only decide which block runs where.
 *
 * <p>One instance lives for one solve and is closed after it (its threads end then).
 */
final class Workers implements AutoCloseable {

    /** A loop body over the blocks [from, to). */
    interface Blocks {
        void run(int from, int to);
    }

    private final ForkJoinPool pool;
    private final int threads;

    /**
     * @param threads threads to use, &ge; 1; 1 runs every loop in the caller's thread
     */
    Workers(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
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
