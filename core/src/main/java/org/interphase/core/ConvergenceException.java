package org.interphase.core;

/**
 * Thrown when an iterative solver stops without meeting its tolerance. It carries the number of
 * iterations done, the last residual (in the unit of the solver's residual, stated in the message)
 * and a hint on what to change: refine the mesh, lower the potential step, enable continuation.
 */
public class ConvergenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Iterations done before the solver gave up. */
    private final int iterations;
    /** The last residual norm, in the unit of the solver's residual. */
    private final double residual;
    /** What to change so that the solver converges. */
    private final String hint;

    /**
     * @param what what failed, e.g. {@code "Newton"}
     * @param iterations iterations done before giving up
     * @param residual the last residual norm
     * @param hint what the user can change so that it converges
     */
    public ConvergenceException(String what, int iterations, double residual, String hint) {
        super(what + " did not converge in " + iterations + " iterations (residual " + residual + ")"
                + (hint == null || hint.isEmpty() ? "" : "; " + hint));
        this.iterations = iterations;
        this.residual = residual;
        this.hint = hint == null ? "" : hint;
    }

    /** @return the number of iterations done */
    public int iterations() {
        return iterations;
    }

    /** @return the last residual norm, in the unit of the solver's residual */
    public double residual() {
        return residual;
    }

    /** @return what to change so that the solver converges */
    public String hint() {
        return hint;
    }
}
