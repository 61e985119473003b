package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.core.Checks;
import org.interphase.core.ProgressListener;
import org.interphase.core.ProgressTracker;

/**
 * The local executor of a sweep: evaluates every point of a {@link SweepProblem} on a pool of threads
 * of this JVM and returns the {@link SweepResult}, rows in id order. Rows do not depend on the thread
 * count or the scheduling: each is {@link SweepProblem#evaluate(long)} of its id, stored at its id.
 * The same problem on {@code interphase-spark} gives the same bits. Immutable and thread-safe.
 *
 * <p>Settings, each returning a copy: {@link #withThreads} (default: the processors of the JVM),
 * {@link #withProgress} (told points done / points, monotone, exactly 1 at the end),
 * {@link #withCancellation} (checked before every point: once the token is cancelled no point starts,
 * the points already running finish — at most one per thread — and {@code solve} throws
 * {@link CancelledException}) and {@link #withPointFailures} (which exceptions are a point's own failure,
 * recorded as an error row; by default every {@link RuntimeException}, any other propagates and stops the
 * sweep the same way).
 */
public final class SweepRunner {

    /** The default point failures: every {@link RuntimeException} is an error row. */
    static final ImmutableList<Class<? extends RuntimeException>> EVERY_EXCEPTION = ImmutableList.of(RuntimeException.class);

    private final int threads;
    private final ProgressListener listener;
    private final CancellationToken token;
    private final ImmutableList<Class<? extends RuntimeException>> pointFailures;

    private SweepRunner(int threads, ProgressListener listener, CancellationToken token,
            ImmutableList<Class<? extends RuntimeException>> pointFailures) {
        this.threads = threads;
        this.listener = listener;
        this.token = token;
        this.pointFailures = pointFailures;
    }

    /**
     * @return a runner on as many threads as the JVM has processors, no progress listener, no cancellation,
     *     every {@link RuntimeException} of a point an error row
     */
    public static SweepRunner withDefaults() {
        return new SweepRunner(Runtime.getRuntime().availableProcessors(), ProgressListener.none(),
                CancellationToken.none(), EVERY_EXCEPTION);
    }

    /**
     * @param threads the number of worker threads (1 … 1024)
     * @return this runner on that many threads
     * @throws IllegalArgumentException if out of range
     */
    public SweepRunner withThreads(int threads) {
        return new SweepRunner(Checks.inClosedRange(threads, 1, 1024, "threads"), listener, token, pointFailures);
    }

    /**
     * @param value told the fraction of points evaluated (points done / points), never decreasing, exactly 1
     *     when the sweep is done (not null; {@link ProgressListener#none()} for none)
     * @return this runner reporting to it
     * @throws NullPointerException if the value is null
     */
    public SweepRunner withProgress(ProgressListener value) {
        return new SweepRunner(threads, Checks.nonNull(value, "progress listener"), token, pointFailures);
    }

    /**
     * @param value checked before every point (not null; {@link CancellationToken#none()} for none)
     * @return this runner, stopping with {@link CancelledException} once the token is cancelled
     * @throws NullPointerException if the value is null
     */
    public SweepRunner withCancellation(CancellationToken value) {
        return new SweepRunner(threads, listener, Checks.nonNull(value, "cancellation token"), pointFailures);
    }

    /**
     * Says which exceptions of a point's evaluation are the point's own failure: a point that throws one of
     * them (or a subclass) gets an error row and the others go on; any other exception propagates from
     * {@link #solve} unchanged, and no further point starts. The default is {@link RuntimeException}: every
     * exception is a row.
     *
     * @param types the exception types (at least one, none null), e.g.
     *     {@code MissingDataException.class, ConvergenceException.class}
     * @return this runner with those point failures
     * @throws IllegalArgumentException if no type is given
     * @throws NullPointerException if the array or a type is null
     */
    @SafeVarargs
    public final SweepRunner withPointFailures(Class<? extends RuntimeException>... types) {
        Checks.nonNull(types, "point failure types");
        if (types.length == 0) {
            throw new IllegalArgumentException("point failure types must hold at least one exception type, was empty");
        }
        for (Class<? extends RuntimeException> t : types) {
            Checks.nonNull(t, "point failure type");
        }
        return new SweepRunner(threads, listener, token, ImmutableList.copyOf(types));
    }

    /** @return the library version every result row carries (the build's project version) */
    public static String libraryVersion() {
        return LibraryVersion.VALUE;
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /** @return the exception types that are a point's own failure (an error row) */
    public ImmutableList<Class<? extends RuntimeException>> pointFailures() {
        return pointFailures;
    }

    /**
     * Evaluates every point.
     *
     * @param problem the sweep (not null; at most {@link Design#MAX_STORED_POINTS} points)
     * @return one row per point, in id order; failed points have their error and no outputs
     * @throws IllegalArgumentException if the problem is null or too large to hold in memory
     * @throws CancelledException if the cancellation token is cancelled before or during the sweep
     * @throws RuntimeException a point's exception that is not one of the {@link #pointFailures()}, as thrown
     */
    public SweepResult solve(SweepProblem problem) {
        Checks.nonNull(problem, "problem");
        long size = problem.design().size();
        if (size > Design.MAX_STORED_POINTS) {
            throw new IllegalArgumentException("a local sweep holds at most " + Design.MAX_STORED_POINTS
                    + " rows in memory, the design has " + size + " points; run it with interphase-spark");
        }
        int n = (int) size;
        ProgressTracker tracker = ProgressTracker.start(listener, token, problem.name() + " (sweep of " + n + " points)");
        SweepRow[] rows = new SweepRow[n];
        AtomicLong done = new AtomicLong();
        // the first exception that is not a point's own failure; once set, no point starts
        AtomicReference<Throwable> failure = new AtomicReference<>();
        if (threads == 1 || n == 1) {
            evaluateRange(problem, 0, n, rows, done, tracker, failure);
        } else {
            // chunks of consecutive ids, several per thread so that slow points balance out
            int chunk = Math.max(1, n / (threads * 16));
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                List<ForkJoinTask<?>> tasks = new ArrayList<>();
                for (int start = 0; start < n; start += chunk) {
                    int from = start;
                    int to = Math.min(n, start + chunk);
                    tasks.add(pool.submit(() -> evaluateRange(problem, from, to, rows, done, tracker, failure)));
                }
                for (ForkJoinTask<?> t : tasks) {
                    t.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the sweep '" + problem.name() + "' was interrupted", e);
            } catch (ExecutionException e) {
                // evaluateRange catches everything; only a failure of the pool itself gets here
                throw new IllegalStateException("the sweep '" + problem.name() + "' failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        tracker.checkCancelled(done.get() + " of " + n + " points evaluated");
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        } else if (t instanceof Error err) {
            throw err;
        } else if (t != null) {
            throw new IllegalStateException("the sweep '" + problem.name() + "' failed: " + t, t);
        }
        SweepResult result = new SweepResult(problem, List.of(rows), LibraryVersion.VALUE);
        tracker.finish(n + " points evaluated, " + result.failures() + " failed");
        return result;
    }

    /**
     * Evaluates the points {@code from … to − 1}, checking the token and the failure flag before each. Never
     * throws: the first exception is kept in {@code failure}, rethrown by the caller's thread, so that it
     * reaches the caller as it was thrown (a fork-join pool may wrap or copy it).
     */
    private void evaluateRange(SweepProblem problem, int from, int to, SweepRow[] rows, AtomicLong done,
            ProgressTracker tracker, AtomicReference<Throwable> failure) {
        try {
            long n = rows.length;
            for (int i = from; i < to; i++) {
                if (tracker.cancellationRequested() || failure.get() != null) {
                    return;
                }
                rows[i] = problem.evaluate(i, pointFailures);
                long d = done.incrementAndGet();
                // report at each whole per mille (every point when there are at most 1000): a sweep of 10⁷ cheap
                // points would otherwise spend its time in the listener's lock
                if (tracker.listening() && d * 1000 / n != (d - 1) * 1000 / n) {
                    tracker.update((double) d / n, d + " of " + n + " points");
                }
            }
        } catch (CancelledException e) {
            // the token was cancelled between the check and the report: the caller throws for it
            if (!tracker.cancellationRequested()) {
                failure.compareAndSet(null, e);
            }
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SweepRunner[%d threads%s%s%s]", threads,
                listener == ProgressListener.none() ? "" : "; progress to " + listener,
                token == CancellationToken.none() ? "" : "; " + token,
                pointFailures.equals(EVERY_EXCEPTION) ? "" : "; point failures " + pointFailures.stream()
                        .map(Class::getSimpleName).toList());
    }
}
