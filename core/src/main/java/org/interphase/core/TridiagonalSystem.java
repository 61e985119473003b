package org.interphase.core;

/**
 * A nonlinear system F(u) = 0 whose Jacobian is tridiagonal, as every three-point finite-volume
 * discretization in one dimension gives. Solved by {@link NewtonSolver}.
 */
public interface TridiagonalSystem {

    /** @return the number of unknowns n */
    int size();

    /**
     * Evaluates the residual and the Jacobian J = ∂F/∂u at u. The arrays have length n and are
     * owned by the solver; the implementation fills them and must not keep them.
     *
     * @param u current iterate (read only)
     * @param residual F(u), filled by the implementation
     * @param lower J[i][i−1] (lower[0] ignored)
     * @param diag J[i][i]
     * @param upper J[i][i+1] (upper[n−1] ignored)
     */
    void evaluate(double[] u, double[] residual, double[] lower, double[] diag, double[] upper);
}
