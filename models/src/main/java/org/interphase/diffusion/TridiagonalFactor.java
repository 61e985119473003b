package org.interphase.diffusion;

import org.interphase.core.TridiagonalFactorization;

/**
 * A {@link TridiagonalFactorization} remembered together with what its matrix depends on — the
 * step weight θ·Δt and the temperature — so a linear diffusion run refactors only when either
 * changes. Not thread-safe; owned by one solver run.
 */
final class TridiagonalFactor {

    private final TridiagonalFactorization lu;
    private double thetaH = Double.NaN;
    private double temperature = Double.NaN;
    private boolean valid;

    TridiagonalFactor(int n) {
        lu = new TridiagonalFactorization(n);
    }

    boolean matches(double stepWeight, double temp) {
        return valid && stepWeight == thetaH && temp == temperature;
    }

    void invalidate() {
        valid = false;
    }

    /**
     * Factors the matrix for a step weight and temperature; the bands are not modified.
     *
     * @throws IllegalArgumentException if a pivot vanishes, with the diffusion-specific hint
     */
    void factor(double[] lo, double[] diag, double[] up, double stepWeight, double temp) {
        valid = false;
        try {
            lu.factor(lo, diag, up);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("diffusion matrix is singular (" + e.getMessage() + "); a diffusivity "
                    + "or rate may be infinite or the step too large for the capacities", e);
        }
        thetaH = stepWeight;
        temperature = temp;
        valid = true;
    }

    /** Overwrites rhs with the solution. */
    void solve(double[] rhs) {
        lu.solveInPlace(rhs);
    }

    /** Solves A·δ = rhs (rhs becomes δ) and adds δ to {@code target} in the same backward sweep. */
    void solveAndAdd(double[] rhs, double[] target) {
        lu.solveAndAdd(rhs, target);
    }
}
