package org.interphase.diffusion;

/**
 * An LU factorization of a tridiagonal matrix (the Thomas algorithm split into factor and solve),
 * so that a matrix that does not change between time steps — linear diffusion at a fixed step and
 * temperature — is factored once and each step costs only two divisions-free sweeps.
 *
 * <p>Values below {@link #FLUSH} in magnitude are set to zero during the sweeps: the far field of a
 * diffusion front decays geometrically along the forward sweep and would otherwise reach
 * subnormal numbers, which are some hundred times slower on common hardware; 1e-200 mol/m³ is
 * physically zero. Package-private: {@code org.interphase.core.Tridiagonal} has no factor reuse.
 * Not thread-safe; owned by one solver run.
 */
final class TridiagonalFactor {

    static final double FLUSH = 1e-200;

    private final double[] lower;
    private final double[] modifiedUpper;
    private final double[] inversePivot;
    private double thetaH = Double.NaN;
    private double temperature = Double.NaN;
    private boolean valid;

    TridiagonalFactor(int n) {
        lower = new double[n];
        modifiedUpper = new double[n];
        inversePivot = new double[n];
    }

    boolean matches(double stepWeight, double temp) {
        return valid && stepWeight == thetaH && temp == temperature;
    }

    void invalidate() {
        valid = false;
    }

    /**
     * Factors the matrix; the bands are not modified.
     *
     * @throws IllegalArgumentException if a pivot vanishes (not diagonally dominant)
     */
    void factor(double[] lo, double[] diag, double[] up, double stepWeight, double temp) {
        int n = diag.length;
        double pivot = diag[0];
        checkPivot(pivot, 0);
        inversePivot[0] = 1 / pivot;
        modifiedUpper[0] = up[0] / pivot;
        lower[0] = lo[0];
        for (int i = 1; i < n; i++) {
            pivot = diag[i] - lo[i] * modifiedUpper[i - 1];
            checkPivot(pivot, i);
            inversePivot[i] = 1 / pivot;
            modifiedUpper[i] = up[i] / pivot;
            lower[i] = lo[i];
        }
        thetaH = stepWeight;
        temperature = temp;
        valid = true;
    }

    /** Overwrites rhs with the solution. */
    void solve(double[] rhs) {
        int n = rhs.length;
        double y = rhs[0] * inversePivot[0];
        rhs[0] = Math.abs(y) < FLUSH ? 0.0 : y;
        for (int i = 1; i < n; i++) {
            y = (rhs[i] - lower[i] * rhs[i - 1]) * inversePivot[i];
            rhs[i] = Math.abs(y) < FLUSH ? 0.0 : y;
        }
        for (int i = n - 2; i >= 0; i--) {
            double x = rhs[i] - modifiedUpper[i] * rhs[i + 1];
            rhs[i] = Math.abs(x) < FLUSH ? 0.0 : x;
        }
    }

    /**
     * Solves A·δ = rhs (rhs is overwritten by δ) and adds δ to {@code target} in the same backward
     * sweep, flushing values below {@link #FLUSH}.
     */
    void solveAndAdd(double[] rhs, double[] target) {
        int n = rhs.length;
        double y = rhs[0] * inversePivot[0];
        rhs[0] = Math.abs(y) < FLUSH ? 0.0 : y;
        for (int i = 1; i < n; i++) {
            y = (rhs[i] - lower[i] * rhs[i - 1]) * inversePivot[i];
            rhs[i] = Math.abs(y) < FLUSH ? 0.0 : y;
        }
        double w = target[n - 1] + rhs[n - 1];
        target[n - 1] = Math.abs(w) < FLUSH ? 0.0 : w;
        for (int i = n - 2; i >= 0; i--) {
            double x = rhs[i] - modifiedUpper[i] * rhs[i + 1];
            x = Math.abs(x) < FLUSH ? 0.0 : x;
            rhs[i] = x;
            w = target[i] + x;
            target[i] = Math.abs(w) < FLUSH ? 0.0 : w;
        }
    }

    private static void checkPivot(double pivot, int row) {
        if (pivot == 0.0 || !Double.isFinite(pivot)) {
            throw new IllegalArgumentException("diffusion matrix is singular: pivot " + pivot + " at row " + row
                    + "; a diffusivity or rate may be infinite or the step too large for the capacities");
        }
    }
}
