package org.interphase.microstructure;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs loops over fixed blocks of grid lines on a private team of threads, for the conduction solver.
 *
 * <p>The team: the caller and {@code threads − 1} daemon helper threads take the chunks of a loop from
 * one counter, and the caller waits for the last chunk by spinning. A helper waits for the next loop by
 * spinning for a few microseconds, then parks. A conduction solve hands a few dozen short loops per
 * iteration to the team (the half sweeps of the coarse levels take 50–500 µs each), and a fork–join pool's
 * hand-off cost 18 µs per empty loop here, and a loop of 13 µs of work took 59 µs on two threads, 175 µs
 * for one of 134 µs (parking and waking the waiting caller and the workers): at 100³ it ate the second
 * thread's share on every coarse level. With the team the hand-off costs 0.45 µs and those loops take
 * 7.4 and 72 µs ({@code WorkersHandOffBenchmark}), and a 100³ solve is about a quarter faster on two
 * threads (benchmarks README, issue 15).
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
     * blocks to the team and waiting for them costs more than the loop (the small coarse levels of the
     * multigrid, visited many times per cycle). Measured at 100³ on two threads: with the 25³ level in
     * the team its share of a cycle fell from 2.4 to 1.8 ms; the 13³ level (2,197 cells) is faster alone.
     */
    static final int PARALLEL_MIN = 8192;

    /** Helper threads (threads − 1 of them; the caller is the other one), or null for one thread. */
    private final Helper[] helpers;
    private final int threads;
    /** The job the helpers are to work on (the last one published; a finished one has no chunk left). */
    private volatile Job current;
    private volatile boolean closed;

    /**
     * A team of at most as many threads as the JVM has processors: beyond that the extra helpers only
     * spin and get woken against the threads doing the work (measured in a review: 8 threads on 2 cores
     * took 136 µs for a loop that took 120 µs alone and 65 µs on 2 threads). The result does not depend on
     * the team's size (the blocks are fixed by the grid).
     *
     * @param threads threads asked for, &ge; 1; 1 runs every loop in the caller's thread
     * @return a team of min(threads, processors)
     */
    static Workers upTo(int threads) {
        return new Workers(Math.min(threads, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * @param threads the team's size, &ge; 1, whatever the processors (tests use it to run more helpers
     *     than this machine has cores)
     * @return a team of exactly that size
     */
    static Workers exactly(int threads) {
        return new Workers(threads);
    }

    private Workers(int threads) {
        this.threads = threads;
        if (threads > 1) {
            helpers = new Helper[threads - 1];
            try {
                for (int h = 0; h < helpers.length; h++) {
                    helpers[h] = new Helper();
                    helpers[h].start();
                }
            } catch (RuntimeException | Error e) {
                // a thread that cannot start (e.g. no native thread left): end those already started
                close();
                throw e;
            }
        } else {
            helpers = null;
        }
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
     * Runs {@code body} over blocks [0, blocks), split into at most 4·threads contiguous chunks (fixed by
     * the block count, not by who runs them), and returns when all have run; a failure in any chunk is
     * rethrown in the caller (the other chunks still run). Not reentrant: a body must not call run.
     */
    void run(int blocks, Blocks body) {
        if (helpers == null || blocks < 2) {
            body.run(0, blocks);
            return;
        }
        Job job = new Job(body, blocks, Math.min(blocks, 4 * threads));
        current = job;
        for (Helper h : helpers) {
            if (h.parked) {
                LockSupport.unpark(h);
            }
        }
        job.work();
        job.awaitDone();
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
        int chunks = helpers == null ? 1 : Math.max(1, Math.min(planes / 3, 2 * threads));
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

    /** @return how many of the helper threads are still alive (for tests: 0 soon after {@link #close}) */
    int helpersAlive() {
        int alive = 0;
        if (helpers != null) {
            for (Helper h : helpers) {
                alive += h != null && h.isAlive() ? 1 : 0;
            }
        }
        return alive;
    }

    @Override
    public void close() {
        if (helpers != null && !closed) {
            closed = true;
            for (Helper h : helpers) {
                if (h != null) {
                    LockSupport.unpark(h);
                }
            }
        }
    }

    /**
     * One loop handed to the team: its chunks are taken one by one from a counter by the caller and the
     * helpers, so the blocks of a chunk are fixed (the bits do not depend on who runs them).
     */
    private static final class Job {
        /**
         * Cleared once every chunk has run: a finished job stays reachable (from {@code current} and a
         * helper's last seen job) until the next one, and must not keep the loop's captured arrays alive
         * meanwhile (in a conduction solve, the last loop of one axis would hold its grid while the next
         * axis allocates its own).
         */
        private Blocks body;
        private final int blocks;
        private final int chunks;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(Blocks body, int blocks, int chunks) {
            this.body = body;
            this.blocks = blocks;
            this.chunks = chunks;
        }

        /** Runs chunks until none is left. */
        void work() {
            for (int c; (c = next.getAndIncrement()) < chunks; ) {
                try {
                    body.run((int) ((long) blocks * c / chunks), (int) ((long) blocks * (c + 1) / chunks));
                } catch (Throwable t) {
                    Throwable first = failure.compareAndExchange(null, t);
                    if (first != null && first != t) {
                        // the first failure is rethrown; the later ones ride on it (addSuppressed is synchronized)
                        first.addSuppressed(t);
                    }
                } finally {
                    done.incrementAndGet();
                }
            }
        }

        /** Waits until every chunk has run (spinning: the chunks still running are short), then rethrows a failure. */
        void awaitDone() {
            for (int spins = 0; done.get() < chunks; spins++) {
                if (spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            // every chunk read the body before its done++, so this write comes after all the reads
            body = null;
            Throwable t = failure.get();
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** Spins of a waiting thread before it yields (caller) or parks (helper): tens of microseconds. */
    private static final int SPINS = 1 << 12;

    /** A helper thread: waits for a new job (spinning briefly, then parked), works on it, waits again. */
    private final class Helper extends Thread {
        volatile boolean parked;

        Helper() {
            super("interphase-conduction");
            setDaemon(true);
        }

        @Override
        public void run() {
            Job seen = null;
            while (!closed) {
                Job job = current;
                if (job != seen) {
                    seen = job;
                    job.work();
                    continue;
                }
                int spins = 0;
                while (current == seen && !closed && spins++ < SPINS) {
                    Thread.onSpinWait();
                }
                if (current == seen && !closed) {
                    parked = true;
                    if (current == seen && !closed) {
                        LockSupport.park(this);
                        // nothing interrupts these threads; if something did, park would return at once
                        // for ever after and the helper would spin on a core
                        Thread.interrupted();
                    }
                    parked = false;
                }
            }
        }
    }
}
