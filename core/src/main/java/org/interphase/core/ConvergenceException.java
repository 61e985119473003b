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
     * A solver's report that it stopped without meeting its tolerance.
     *
     * <p>The residual is what the solver last measured; a solver that could not measure it passes
     * NaN, and one whose iteration diverged passes the infinite (or NaN) norm it saw. Both are
     * recorded as "not known": {@link #knownResidual()} is empty and the message says "residual
     * not available" (NaN) or "residual diverged to Infinity" (±∞), so the number is never shown
     * as if it were a residual. These values are accepted rather than refused because the exception
     * is built on a solver's failure path, where a second exception would hide the first.
     *
     * @param what what failed, e.g. {@code "Newton"} (null reads "solver")
     * @param iterations iterations done before giving up (&ge; 0)
     * @param residual the last residual norm, in the unit of the solver's residual; NaN if unknown,
     *     ±∞ if the iteration diverged (both recorded as not known)
     * @param hint what the user can change so that it converges; null or empty for none
     * @throws IllegalArgumentException if {@code iterations} is negative (a programming error of the
     *     solver that reports)
     */
    public ConvergenceException(String what, int iterations, double residual, String hint) {
        super((what == null ? "solver" : what) + " did not converge in " + count(iterations) + " iterations ("
                + (Double.isNaN(residual) ? "residual not available"
                        : Double.isInfinite(residual) ? "residual diverged to " + residual : "residual " + residual)
                + ")" + (hint == null || hint.isEmpty() ? "" : "; " + hint));
        this.iterations = iterations;
        this.residual = Double.isFinite(residual) ? residual : Double.NaN;
        this.hint = hint == null ? "" : hint;
    }

    /** The iteration count, checked before the message is built. */
    private static int count(int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
        }
        return iterations;
    }

    /** @return the number of iterations done */
    public int iterations() {
        return iterations;
    }

    /**
     * The last residual as a plain double, for code that passes it on (e.g. into a new
     * ConvergenceException); prefer {@link #knownResidual()}.
     *
     * @return the last residual norm, in the unit of the solver's residual; NaN when it is not
     *     known (the solver could not tell it, or the iteration diverged)
     */
    public double residual() {
        return residual;
    }

    /**
     * @return the last residual norm, in the unit of the solver's residual (finite); empty when it is
     *     not known (the solver could not tell it, or the iteration diverged)
     */
    public java.util.OptionalDouble knownResidual() {
        return Double.isNaN(residual) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(residual);
    }

    /** @return what to change so that the solver converges */
    public String hint() {
        return hint;
    }
}
