package org.interphase.microstructure;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What it costs to hand one loop of the conduction solver to two threads (issue 15): the team of
 * {@code Workers} (the caller and a spinning, then parked, helper taking chunks from one counter) against
 * the fork–join pool it replaced ({@code ForkJoinPool.invoke} of the same chunks split in halves, as
 * {@code Workers} did until 2026-12-06), and the loop run alone in the caller. {@code work} is the number of
 * dependent additions per block (16 blocks per loop): 0 is the bare hand-off, 1000 about 14 µs of work per
 * loop, 10000 about 140 µs (a half sweep of a coarse level at 100³ takes 50–300 µs).
 *
 * <p>It lives in the solver's package because {@code Workers} is package-private. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar WorkersHandOffBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkersHandOffBenchmark {

    private static final int BLOCKS = 16;

    @Param({"0", "1000", "10000"})
    public int work;

    private Workers team;
    private ForkJoinPool pool;
    private final double[] out = new double[BLOCKS];

    @Setup(Level.Trial)
    public void start() {
        team = Workers.exactly(2);
        pool = new ForkJoinPool(2);
    }

    @TearDown(Level.Trial)
    public void stop() {
        team.close();
        pool.shutdown();
    }

    private void blocks(int from, int to) {
        for (int b = from; b < to; b++) {
            double s = 0;
            for (int j = 0; j < work; j++) {
                s += j * 1e-9;
            }
            out[b] = s;
        }
    }

    /** @return a block's result, so that the work is not removed */
    @Benchmark
    public double team() {
        team.run(BLOCKS, this::blocks);
        return out[BLOCKS - 1];
    }

    /** @return a block's result, so that the work is not removed */
    @Benchmark
    public double forkJoinPool() {
        int chunks = Math.min(BLOCKS, 4 * 2);
        pool.invoke(new Chunk(this, chunks, 0, chunks));
        return out[BLOCKS - 1];
    }

    /** @return a block's result, so that the work is not removed */
    @Benchmark
    public double alone() {
        blocks(0, BLOCKS);
        return out[BLOCKS - 1];
    }

    /** The fork–join split of the replaced implementation: chunks [lo, hi) in halves until one is left. */
    private static final class Chunk extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient WorkersHandOffBenchmark owner;
        private final int chunks;
        private final int lo;
        private final int hi;

        Chunk(WorkersHandOffBenchmark owner, int chunks, int lo, int hi) {
            this.owner = owner;
            this.chunks = chunks;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo == 1) {
                owner.blocks(BLOCKS * lo / chunks, BLOCKS * hi / chunks);
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Chunk(owner, chunks, lo, mid), new Chunk(owner, chunks, mid, hi));
        }
    }
}
