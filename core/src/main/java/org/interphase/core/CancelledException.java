package org.interphase.core;

import java.util.concurrent.CancellationException;

/**
 * Thrown by a solver whose {@link CancellationToken} was cancelled: the computation stopped at its
 * next check and returns no result. A {@link CancellationException} (unchecked), so code that
 * already handles the JDK's cancellation of a task handles this one too.
 */
public class CancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what the computation and where it stood, e.g. {@code "ContactSolver at iteration 12 of at
     *     most 5000"} (null reads "computation")
     */
    public CancelledException(String what) {
        super((what == null || what.isBlank() ? "computation" : what.strip()) + " was cancelled by its CancellationToken");
    }
}
