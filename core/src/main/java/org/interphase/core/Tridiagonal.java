package org.interphase.core;

/**
 * Tridiagonal linear systems by the Thomas algorithm, O(n).
 *
 * <p>Row i reads {@code lower[i]·x[i−1] + diag[i]·x[i] + upper[i]·x[i+1] = rhs[i]}; all four arrays
 * have length n, {@code lower[0]} and {@code upper[n−1]} are ignored. The algorithm does no
 * pivoting, so it is stable for diagonally dominant or symmetric positive definite matrices — the
 * matrices of the finite-volume discretizations in this library. A zero pivot is reported, never
 * turned into an infinity.
 *
 * <p>Values below {@link #FLUSH} in magnitude are set to zero during the sweeps: the far field of a
 * diffusion front or a screened potential decays geometrically along the forward sweep and would
 * otherwise reach subnormal numbers, which are some hundred times slower on common hardware.
 * For a matrix reused over many solves, see {@link TridiagonalFactorization}.
 */
public final class Tridiagonal {

    /** Magnitude below which sweep values are set to 0 (physically zero in every SI use here). */
    public static final double FLUSH = 1e-200;

    private Tridiagonal() {}

    static double flush(double v) {
        return Math.abs(v) < FLUSH ? 0.0 : v;
    }

    /**
     * Solves the system and returns the solution in a new array; the inputs are not modified.
     *
     * @param lower sub-diagonal, lower[i] multiplies x[i−1]
     * @param diag main diagonal
     * @param upper super-diagonal, upper[i] multiplies x[i+1]
     * @param rhs right-hand side
     * @return x
     * @throws IllegalArgumentException if the lengths differ or a pivot vanishes
     */
    public static double[] solve(double[] lower, double[] diag, double[] upper, double[] rhs) {
        double[] x = rhs.clone();
        solveInPlace(lower, diag, upper, x, new double[diag.length]);
        return x;
    }

    /**
     * Solves the system without allocating: {@code rhs} is overwritten by the solution and
     * {@code scratch} (length ≥ n) by the modified super-diagonal. The bands are not modified.
     *
     * @param lower sub-diagonal
     * @param diag main diagonal
     * @param upper super-diagonal
     * @param rhs right-hand side on entry, solution on return
     * @param scratch work array of length ≥ n
     * @throws IllegalArgumentException if the lengths differ or a pivot vanishes
     */
    public static void solveInPlace(double[] lower, double[] diag, double[] upper, double[] rhs, double[] scratch) {
        int n = diag.length;
        if (n == 0) {
            throw new IllegalArgumentException("diag must not be empty");
        }
        if (lower.length != n || upper.length != n || rhs.length != n) {
            throw new IllegalArgumentException("lower, diag, upper and rhs must have the same length, were "
                    + lower.length + ", " + n + ", " + upper.length + ", " + rhs.length);
        }
        if (scratch.length < n) {
            throw new IllegalArgumentException("scratch must have length >= " + n + ", was " + scratch.length);
        }
        double pivot = diag[0];
        checkPivot(pivot, 0);
        scratch[0] = upper[0] / pivot;
        rhs[0] = flush(rhs[0] / pivot);
        for (int i = 1; i < n; i++) {
            pivot = diag[i] - lower[i] * scratch[i - 1];
            checkPivot(pivot, i);
            scratch[i] = upper[i] / pivot;
            rhs[i] = flush((rhs[i] - lower[i] * rhs[i - 1]) / pivot);
        }
        for (int i = n - 2; i >= 0; i--) {
            rhs[i] = flush(rhs[i] - scratch[i] * rhs[i + 1]);
        }
    }

    /**
     * Multiplies the tridiagonal matrix by a vector: y = A·x.
     *
     * @param lower sub-diagonal
     * @param diag main diagonal
     * @param upper super-diagonal
     * @param x the vector
     * @return A·x in a new array
     */
    public static double[] multiply(double[] lower, double[] diag, double[] upper, double[] x) {
        int n = diag.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = diag[i] * x[i];
            if (i > 0) {
                s += lower[i] * x[i - 1];
            }
            if (i < n - 1) {
                s += upper[i] * x[i + 1];
            }
            y[i] = s;
        }
        return y;
    }

    static void checkPivot(double pivot, int row) {
        if (pivot == 0.0 || !Double.isFinite(pivot)) {
            throw new IllegalArgumentException("tridiagonal matrix is singular or not diagonally dominant: pivot "
                    + pivot + " at row " + row);
        }
    }
}
