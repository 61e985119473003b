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
     * Never throws: an exception being built must not fail. A null {@code what} reads "solver",
     * a NaN residual "residual not available".
     *
     * @param what what failed, e.g. {@code "Newton"} (null reads "solver")
     * @param iterations iterations done before giving up (&ge; 0; a negative count reads as 0)
     * @param residual the last residual norm, in the unit of the solver's residual; NaN if unknown
     * @param hint what the user can change so that it converges; null or empty for none
     */
    public ConvergenceException(String what, int iterations, double residual, String hint) {
        super((what == null ? "solver" : what) + " did not converge in " + iterations + " iterations ("
                + (Double.isNaN(residual) ? "residual not available" : "residual " + residual) + ")"
                + (hint == null || hint.isEmpty() ? "" : "; " + hint));
        this.iterations = Math.max(0, iterations);
        this.residual = residual;
        this.hint = hint == null ? "" : hint;
    }

    /** @return the number of iterations done */
    public int iterations() {
        return iterations;
    }

    /**
     * @return the last residual norm, in the unit of the solver's residual; NaN when the solver could
     *     not tell it (see {@link #knownResidual()})
     */
    public double residual() {
        return residual;
    }

    /** @return the last residual norm, in the unit of the solver's residual, if the solver told it */
    public java.util.OptionalDouble knownResidual() {
        return Double.isNaN(residual) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(residual);
    }

    /** @return what to change so that the solver converges */
    public String hint() {
        return hint;
    }
}
