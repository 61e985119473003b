package org.interphase.core;

/**
 * Told how far a long computation has come: a solver configured with
 * {@code withProgress(listener)} calls {@link #progress(double, String)} with a fraction done that
 * never decreases and ends at exactly 1 when the computation completes.
 *
 * <p>The solver may call it from any of its worker threads, though never from two at once for one
 * computation (the calls are serialized by {@link ProgressTracker}), so a listener needs no locking
 * of its own unless it is shared between computations. It should return quickly: it runs on the
 * solver's thread. To stop a computation, cancel its {@link CancellationToken}; a listener that
 * throws aborts the computation with that exception.
 *
 * <p>{@link ProgressBar} is a listener that draws a one-line text bar.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * One report.
     *
     * @param fraction fraction done, in [0, 1]; never smaller than in the previous call of the
     *     same computation, 1 exactly once the computation is done
     * @param message what is being done, e.g. {@code "Polonsky–Keer iteration 120"} (not null, may be
     *     empty)
     */
    void progress(double fraction, String message);

    /** @return a listener that ignores every report (the default of every solver) */
    static ProgressListener none() {
        return Silent.INSTANCE;
    }

    /** The listener that ignores reports; a class (not a lambda) so that it prints as what it is. */
    enum Silent implements ProgressListener {
        /** The one instance. */
        INSTANCE;

        /**
         * Ignores the report after checking it as every listener may expect it.
         *
         * @param fraction fraction done, in [0, 1]
         * @param message what is being done (not null)
         * @throws IllegalArgumentException if the fraction is outside [0, 1]
         * @throws NullPointerException if the message is null
         */
        @Override
        public void progress(double fraction, String message) {
            Checks.inClosedRange(fraction, 0, 1, "progress fraction", "");
            Checks.nonNull(message, "progress message");
        }

        /** @return {@code "no progress listener"} */
        @Override
        public String toString() {
            return "no progress listener";
        }
    }
}
