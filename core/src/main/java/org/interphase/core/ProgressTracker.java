package org.interphase.core;

/**
 * The per-computation side of {@link ProgressListener} and {@link CancellationToken}, used by
 * solvers: it checks the token, keeps the reported fraction monotone (a report below the last one
 * is raised to it), serializes the listener's calls across worker threads and reports exactly 1 at
 * {@link #finish(String)}.
 *
 * <p>A solver creates one per {@code solve} call ({@link #start}); it is not a setting. Thread-safe.
 */
public final class ProgressTracker {

    private final ProgressListener listener;
    private final CancellationToken token;
    private final String what;
    private double last = -1;
    private boolean finished;

    private ProgressTracker(ProgressListener listener, CancellationToken token, String what) {
        this.listener = listener;
        this.token = token;
        this.what = what;
    }

    /**
     * Starts tracking: checks the token (a cancelled token refuses the start) and reports 0.
     *
     * @param listener the listener (not null; {@link ProgressListener#none()} for none)
     * @param token the token (not null; {@link CancellationToken#none()} for none)
     * @param what the computation, for messages and the cancellation, e.g. {@code "Screening of 1000
     *     stacks"} (not blank)
     * @return the tracker
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code what} is blank
     * @throws CancelledException if the token is already cancelled
     */
    public static ProgressTracker start(ProgressListener listener, CancellationToken token, String what) {
        Checks.nonNull(listener, "progress listener");
        Checks.nonNull(token, "cancellation token");
        ProgressTracker t = new ProgressTracker(listener, token, Checks.nonBlank(what, "what (the computation)").strip());
        token.throwIfCancelled(t.what + " before it started");
        t.report(0, "started");
        return t;
    }

    /**
     * Checks the token.
     *
     * @param where where the computation stands, e.g. {@code "iteration 12"} (not null)
     * @throws CancelledException if the token was cancelled
     * @throws NullPointerException if {@code where} is null
     */
    public void checkCancelled(String where) {
        Checks.nonNull(where, "where");
        if (token.isCancelled()) {
            throw new CancelledException(what + (where.isBlank() ? "" : " at " + where.strip()));
        }
    }

    /**
     * Checks the token, then reports a fraction (raised to the last one reported if smaller; never
     * 1, which only {@link #finish(String)} reports).
     *
     * @param fraction fraction done, in [0, 1] (values at 1 are reported as just below it)
     * @param message what is being done (not null)
     * @throws CancelledException if the token was cancelled
     * @throws IllegalArgumentException if the fraction is not in [0, 1]
     * @throws NullPointerException if the message is null
     */
    public void update(double fraction, String message) {
        Checks.inClosedRange(fraction, 0, 1, "progress fraction", "");
        Checks.nonNull(message, "progress message");
        checkCancelled(message);
        report(Math.min(fraction, Math.nextDown(1.0)), message);
    }

    /**
     * Reports {@code done/total} as {@link #update(double, String)}.
     *
     * @param done steps done (in [0, total])
     * @param total all steps (&ge; 1)
     * @param message what is being done (not null)
     * @throws CancelledException if the token was cancelled
     * @throws IllegalArgumentException if the counts are out of range
     * @throws NullPointerException if the message is null
     */
    public void step(long done, long total, String message) {
        if (total < 1 || done < 0 || done > total) {
            throw new IllegalArgumentException("progress steps must satisfy 0 <= done <= total, total >= 1, was done = "
                    + done + ", total = " + total);
        }
        update((double) done / total, message);
    }

    /**
     * Reports 1: the computation is done (once; later calls do nothing).
     *
     * @param message the closing message, e.g. {@code "converged in 120 iterations"} (not null)
     * @throws NullPointerException if the message is null
     */
    public void finish(String message) {
        Checks.nonNull(message, "progress message");
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            last = 1;
            listener.progress(1.0, message);
        }
    }

    /**
     * The cheap check for a solver's inner loop: no message is built unless it returns true, and
     * then {@link #checkCancelled(String)} throws.
     *
     * @return whether the token was cancelled
     */
    public boolean cancellationRequested() {
        return token.isCancelled();
    }

    /** @return false if the listener is {@link ProgressListener#none()}: a solver may then skip estimating progress */
    public boolean listening() {
        return listener != ProgressListener.none();
    }

    /** @return the last fraction reported, in [0, 1] */
    public synchronized double fraction() {
        return Math.max(0, last);
    }

    private synchronized void report(double fraction, String message) {
        if (finished) {
            return;
        }
        double f = Math.max(fraction, last);
        if (f == last && f > 0) {
            return; // nothing new to say; keeps the listener quiet on stalled iterations
        }
        last = f;
        listener.progress(f, message);
    }

    /** @return e.g. {@code "ProgressTracker[Screening of 1000 stacks, 42 %]"} */
    @Override
    public synchronized String toString() {
        return "ProgressTracker[" + what + ", " + Display.number(100 * Math.max(0, last), 3) + " %]";
    }
}
