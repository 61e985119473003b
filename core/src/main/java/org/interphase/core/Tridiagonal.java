package org.interphase.core;

/**
 * Tridiagonal linear systems by the Thomas algorithm, O(n).
 *
 * <p>Row i reads {@code lower[i]·x[i−1] + diag[i]·x[i] + upper[i]·x[i+1] = rhs[i]}; all four arrays
 * have length n, {@code lower[0]} and {@code upper[n−1]} are ignored. The algorithm does no
 * pivoting, so it is stable for diagonally dominant or symmetric positive definite matrices — the
 * matrices of the finite-volume discretizations in this library. A zero pivot, a non-finite
 * element of the input or an overflow of the solution is reported (naming the row), never turned
 * into an infinity or a NaN.
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
     * @param lower sub-diagonal, lower[i] multiplies x[i−1] (length n, finite)
     * @param diag main diagonal (length n &ge; 1, finite)
     * @param upper super-diagonal, upper[i] multiplies x[i+1] (length n, finite)
     * @param rhs right-hand side (length n, finite)
     * @return x
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ, an element is not finite, a pivot
     *     vanishes or the solution overflows
     */
    public static double[] solve(double[] lower, double[] diag, double[] upper, double[] rhs) {
        Checks.nonNull(rhs, "rhs");
        Checks.nonNull(diag, "diag");
        double[] x = rhs.clone();
        solveInPlace(lower, diag, upper, x, new double[diag.length]);
        return x;
    }

    /**
     * Solves the system without allocating: {@code rhs} is overwritten by the solution and
     * {@code scratch} (length ≥ n) by the modified super-diagonal. The bands are not modified.
     *
     * @param lower sub-diagonal (length n, finite)
     * @param diag main diagonal (length n &ge; 1, finite)
     * @param upper super-diagonal (length n, finite)
     * @param rhs right-hand side on entry, solution on return (length n, finite)
     * @param scratch work array of length ≥ n
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ, an element is not finite, a pivot
     *     vanishes or the solution overflows
     */
    public static void solveInPlace(double[] lower, double[] diag, double[] upper, double[] rhs, double[] scratch) {
        Checks.nonNull(lower, "lower");
        Checks.nonNull(diag, "diag");
        Checks.nonNull(upper, "upper");
        Checks.nonNull(rhs, "rhs");
        Checks.nonNull(scratch, "scratch");
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
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(rhs[i])) {
                throw nonFinite("rhs", i, rhs[i]);
            }
        }
        double pivot = diag[0];
        if (!validPivot(pivot)) {
            throw badInput(lower, diag, upper, rhs, "pivot " + pivot + " at row 0");
        }
        scratch[0] = upper[0] / pivot;
        rhs[0] = flush(rhs[0] / pivot);
        for (int i = 1; i < n; i++) {
            pivot = diag[i] - lower[i] * scratch[i - 1];
            if (!validPivot(pivot)) {
                throw badInput(lower, diag, upper, rhs, "pivot " + pivot + " at row " + i);
            }
            scratch[i] = upper[i] / pivot;
            rhs[i] = flush((rhs[i] - lower[i] * rhs[i - 1]) / pivot);
        }
        boolean finite = Double.isFinite(rhs[n - 1]);
        for (int i = n - 2; i >= 0; i--) {
            double x = flush(rhs[i] - scratch[i] * rhs[i + 1]);
            rhs[i] = x;
            finite &= Double.isFinite(x);
        }
        if (!finite) {
            throw badInput(lower, diag, upper, rhs, "the solution overflows the double range");
        }
    }

    private static boolean validPivot(double pivot) {
        return pivot != 0.0 && Double.isFinite(pivot);
    }

    /**
     * The exception for a failed solve: names the first non-finite element of the bands (the
     * part that was not yet overwritten), or else says that the matrix is (nearly) singular.
     */
    private static IllegalArgumentException badInput(double[] lower, double[] diag, double[] upper, double[] rhs,
            String what) {
        int n = diag.length;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !Double.isFinite(lower[i])) {
                return nonFinite("lower", i, lower[i]);
            }
            if (!Double.isFinite(diag[i])) {
                return nonFinite("diag", i, diag[i]);
            }
            if (i < n - 1 && !Double.isFinite(upper[i])) {
                return nonFinite("upper", i, upper[i]);
            }
        }
        return new IllegalArgumentException("tridiagonal matrix is singular or not diagonally dominant: " + what
                + (what.contains("overflow") ? " (the matrix is nearly singular)" : ""));
    }

    private static IllegalArgumentException nonFinite(String name, int i, double v) {
        return new IllegalArgumentException(name + "[" + i + "] must be a finite number, was " + v);
    }

    /**
     * Multiplies the tridiagonal matrix by a vector: y = A·x.
     *
     * @param lower sub-diagonal (length n)
     * @param diag main diagonal (length n &ge; 1)
     * @param upper super-diagonal (length n)
     * @param x the vector (length n)
     * @return A·x in a new array
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ, an element is not finite, or the
     *     product overflows
     */
    public static double[] multiply(double[] lower, double[] diag, double[] upper, double[] x) {
        Checks.nonNull(lower, "lower");
        Checks.nonNull(diag, "diag");
        Checks.nonNull(upper, "upper");
        Checks.nonNull(x, "x");
        int n = diag.length;
        if (n == 0) {
            throw new IllegalArgumentException("diag must not be empty");
        }
        if (lower.length != n || upper.length != n || x.length != n) {
            throw new IllegalArgumentException("lower, diag, upper and x must have the same length, were "
                    + lower.length + ", " + n + ", " + upper.length + ", " + x.length);
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = diag[i] * x[i];
            if (i > 0) {
                s += lower[i] * x[i - 1];
            }
            if (i < n - 1) {
                s += upper[i] * x[i + 1];
            }
            if (!Double.isFinite(s)) {
                for (double[] a : new double[][] {lower, diag, upper, x}) {
                    Checks.allFinite(a, a == lower ? "lower" : a == diag ? "diag" : a == upper ? "upper" : "x", "");
                }
                throw new IllegalArgumentException("row " + i + " of the product A·x overflows the double range ("
                        + s + ")");
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
