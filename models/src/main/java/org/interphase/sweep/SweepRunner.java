package org.interphase.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.interphase.core.Checks;

/**
 * The local executor of a sweep: evaluates every point of a {@link SweepProblem} on a pool of threads
 * of this JVM and returns the {@link SweepResult}, rows in id order. Rows do not depend on the thread
 * count or the scheduling: each is {@link SweepProblem#evaluate(long)} of its id, stored at its id.
 * The same problem on {@code interphase-spark} gives the same bits. Immutable and thread-safe.
 */
public final class SweepRunner {

    private final int threads;

    private SweepRunner(int threads) {
        this.threads = threads;
    }

    /** @return a runner on as many threads as the JVM has processors */
    public static SweepRunner withDefaults() {
        return new SweepRunner(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads the number of worker threads (1 … 1024)
     * @return this runner on that many threads
     * @throws IllegalArgumentException if out of range
     */
    public SweepRunner withThreads(int threads) {
        return new SweepRunner(Checks.inClosedRange(threads, 1, 1024, "threads"));
    }

    /** @return the library version every result row carries (the build's project version) */
    public static String libraryVersion() {
        return LibraryVersion.VALUE;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /**
     * Evaluates every point.
     *
     * @param problem the sweep (not null; at most {@link Design#MAX_STORED_POINTS} points)
     * @return one row per point, in id order; failed points have their error and no outputs
     * @throws IllegalArgumentException if the problem is null or too large to hold in memory
     */
    public SweepResult solve(SweepProblem problem) {
        Checks.nonNull(problem, "problem");
        long size = problem.design().size();
        if (size > Design.MAX_STORED_POINTS) {
            throw new IllegalArgumentException("a local sweep holds at most " + Design.MAX_STORED_POINTS
                    + " rows in memory, the design has " + size + " points; run it with interphase-spark");
        }
        int n = (int) size;
        SweepRow[] rows = new SweepRow[n];
        if (threads == 1 || n == 1) {
            for (int i = 0; i < n; i++) {
                rows[i] = problem.evaluate(i);
            }
        } else {
            // chunks of consecutive ids, several per thread so that slow points balance out
            int chunk = Math.max(1, n / (threads * 16));
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                List<ForkJoinTask<?>> tasks = new ArrayList<>();
                for (int start = 0; start < n; start += chunk) {
                    int from = start;
                    int to = Math.min(n, start + chunk);
                    tasks.add(pool.submit(() -> {
                        for (int i = from; i < to; i++) {
                            rows[i] = problem.evaluate(i);
                        }
                    }));
                }
                for (ForkJoinTask<?> t : tasks) {
                    t.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sweep '" + problem.name() + "' was interrupted", e);
            } catch (ExecutionException e) {
                // only an Error gets here: evaluate() turns a point's exception into its row
                Throwable cause = e.getCause();
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException("the sweep '" + problem.name() + "' failed: " + cause, cause);
            } finally {
                pool.shutdownNow();
            }
        }
        return new SweepResult(problem, List.of(rows), LibraryVersion.VALUE);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SweepRunner[%d threads]", threads);
    }
}
