package org.interphase.core;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop a long computation. The caller keeps the token, hands it to a solver with
 * {@code withCancellation(token)} and calls {@link #cancel()} from any thread; the solver checks
 * the token between its steps (every iteration, every candidate, every sample) and then throws
 * {@link CancelledException}, so it stops within one step of the request.
 *
 * <p>The one mutable object of the library's solver settings, by design: it is the channel from
 * the caller to a running computation. Thread-safe; once cancelled it stays cancelled, and a solver
 * configured with it refuses to start. Use a fresh token per computation you may want to stop.
 */
public final class CancellationToken {

    private static final CancellationToken NONE = new CancellationToken(false);

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final boolean cancellable;

    private CancellationToken(boolean cancellable) {
        this.cancellable = cancellable;
    }

    /** @return a new token, not cancelled */
    public static CancellationToken create() {
        return new CancellationToken(true);
    }

    /**
     * @return the shared token that is never cancelled (the default of every solver); its
     *     {@link #cancel()} refuses
     */
    public static CancellationToken none() {
        return NONE;
    }

    /**
     * Asks every computation that holds this token to stop at its next check. Idempotent.
     *
     * @throws UnsupportedOperationException on the shared {@link #none()} token, which would
     *     otherwise stop every solver that was not given a token of its own
     */
    public void cancel() {
        if (!cancellable) {
            throw new UnsupportedOperationException("CancellationToken.none() cannot be cancelled: it is shared by every "
                    + "solver without a token; give the solver CancellationToken.create() and cancel that");
        }
        cancelled.set(true);
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * The check a solver makes between its steps.
     *
     * @param what the computation and where it stands, for the message, e.g.
     *     {@code "ContactSolver at iteration 12 of at most 5000"} (not blank)
     * @throws CancelledException if the token was cancelled
     * @throws IllegalArgumentException if {@code what} is blank
     * @throws NullPointerException if {@code what} is null
     */
    public void throwIfCancelled(String what) {
        Checks.nonBlank(what, "what (the computation being checked)");
        if (cancelled.get()) {
            throw new CancelledException(what);
        }
    }

    /** @return {@code "CancellationToken[cancelled]"}, {@code "…[not cancelled]"} or {@code "…[none]"} */
    @Override
    public String toString() {
        return "CancellationToken[" + (!cancellable ? "none" : cancelled.get() ? "cancelled" : "not cancelled") + "]";
    }
}
