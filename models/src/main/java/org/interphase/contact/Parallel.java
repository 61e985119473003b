package org.interphase.contact;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Splits grid-sized loops over JTransforms' thread pool, so that one setting
 * ({@link ConcurrencyUtils#setNumberOfThreads(int)}) governs the FFTs and the loops around them.
 *
 * <p>It also makes that pool's threads daemon threads. JLargeArrays' default pool is a cached pool of
 * <em>non-daemon</em> threads that idle for 60 s, so a program that did one FFT of 2<sup>16</sup> points
 * or more (a 256² contact solve, a surface of that size) did not exit until a minute after its
 * {@code main} returned — a hang to anyone running a script. On first use the package replaces that
 * default pool (recognised by its thread factory's class) by the same kind of pool with daemon threads;
 * a pool the caller installed with {@link ConcurrencyUtils#setThreadPool} is left alone. Every class of
 * the package that calls JTransforms calls {@link #init()} first.
 */
final class Parallel {

    private static final String JLARGEARRAYS_FACTORY = "pl.edu.icm.jlargearrays.ConcurrencyUtils$CustomThreadFactory";

    static {
        ExecutorService current = ConcurrencyUtils.getThreadPool();
        if (current instanceof ThreadPoolExecutor
                && ((ThreadPoolExecutor) current).getThreadFactory().getClass().getName()
                        .equals(JLARGEARRAYS_FACTORY)) {
            AtomicInteger count = new AtomicInteger();
            ThreadFactory daemons = r -> {
                Thread t = new Thread(r, "interphase-fft-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            ConcurrencyUtils.setThreadPool(Executors.newCachedThreadPool(daemons));
            // tasks already running (another library's) finish; its idle threads end at once
            current.shutdown();
        }
    }

    /** Grid size from which work is split over threads (JTransforms' 2D threshold). */
    static final int FROM = 1 << 16;

    /** A part of a split loop. */
    interface Part {
        void run(int part);
    }

    private Parallel() {
    }

    /** Makes sure the static initialiser (the daemon pool) has run; call before any JTransforms work. */
    static void init() {
        // the work is in the class initialiser, which the JVM runs once, thread-safely
    }

    /** @return the number of parts for a loop over {@code size} points: the pool's threads, or 1 below {@link #FROM} */
    static int parts(long size) {
        return size >= FROM ? Math.max(1, ConcurrencyUtils.getNumberOfThreads()) : 1;
    }

    /** @return the start of part {@code part} of {@code parts} over [0, size) */
    static int start(int size, int part, int parts) {
        return (int) ((long) size * part / parts);
    }

    /**
     * Runs parts 0 … parts−1 and waits for all of them, part 0 in the calling thread. It returns only
     * when every part has ended, even if one failed or the caller was interrupted (the parts write into
     * shared arrays); the first failure is rethrown and an interrupt is restored.
     *
     * <p>The pool must be able to start a task while the caller waits: JTransforms' default pool is an
     * unbounded cached pool. A bounded pool installed with {@link ConcurrencyUtils#setThreadPool}, and a
     * solve started from one of its own tasks, can deadlock (as JTransforms' own 2D transforms can).
     */
    static void run(int parts, Part task) {
        if (parts == 1) {
            task.run(0);
            return;
        }
        Future<?>[] futures = new Future<?>[parts - 1];
        for (int t = 1; t < parts; t++) {
            int part = t;
            futures[t - 1] = ConcurrencyUtils.submit(() -> task.run(part));
        }
        Throwable failure = null;
        try {
            task.run(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> f : futures) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        if (failure != null) {
            throw new IllegalStateException("a worker thread failed", failure);
        }
    }
}
