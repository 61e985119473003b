package org.interphase.contact;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Splits grid-sized loops over JTransforms' thread pool, so that one setting
 * ({@link ConcurrencyUtils#setNumberOfThreads(int)}) governs the FFTs and the loops around them.
 */
final class Parallel {

    /** Grid size from which work is split over threads (JTransforms' 2D threshold). */
    static final int FROM = 1 << 16;

    /** A part of a split loop. */
    interface Part {
        void run(int part);
    }

    private Parallel() {
    }

    /** @return the number of parts for a loop over {@code size} points: the pool's threads, or 1 below {@link #FROM} */
    static int parts(long size) {
        return size >= FROM ? Math.max(1, ConcurrencyUtils.getNumberOfThreads()) : 1;
    }

    /** @return the start of part {@code part} of {@code parts} over [0, size) */
    static int start(int size, int part, int parts) {
        return (int) ((long) size * part / parts);
    }

    /** Runs parts 0 … parts−1 and waits for all; part 0 in the calling thread. */
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
        task.run(0);
        try {
            ConcurrencyUtils.waitForCompletion(futures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the worker threads", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("a worker thread failed", cause);
        }
    }
}
