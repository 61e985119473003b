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
 * For a matrix reused over many solves, see {@link TridiagonalFactorization}; for a faster single
 * solve of the same system, {@link #solveTwistedInPlace} (elimination from both ends).
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
        int n = checkInput(lower, diag, upper, rhs, scratch);
        double pivot = diag[0];
        if (!validPivot(pivot)) {
            throw badInput(lower, diag, upper, rhs, "pivot " + pivot + " at row 0");
        }
        // The previous row's multiplier m and value y are carried in locals, not read back from the arrays
        // just written: the recurrences are chains of dependent divisions, and a store-then-load on the
        // chain adds the store-forwarding latency to every row (issue 20: 10-30 % of the solve). The
        // arithmetic is the same operation for operation, so the result is bit-identical.
        double m = upper[0] / pivot;
        double y = flush(rhs[0] / pivot);
        scratch[0] = m;
        rhs[0] = y;
        for (int i = 1; i < n; i++) {
            double l = lower[i];
            pivot = diag[i] - l * m;
            if (!validPivot(pivot)) {
                throw badInput(lower, diag, upper, rhs, "pivot " + pivot + " at row " + i);
            }
            m = upper[i] / pivot;
            y = flush((rhs[i] - l * y) / pivot);
            scratch[i] = m;
            rhs[i] = y;
        }
        double x = y;
        boolean finite = Double.isFinite(x);
        for (int i = n - 2; i >= 0; i--) {
            x = flush(rhs[i] - scratch[i] * x);
            rhs[i] = x;
            finite &= Double.isFinite(x);
        }
        if (!finite) {
            throw badInput(lower, diag, upper, rhs, "the solution overflows the double range");
        }
    }

    /**
     * Solves the system by the twisted ("burn at both ends") form of the Thomas algorithm and
     * returns the solution in a new array; the inputs are not modified. See
     * {@link #solveTwistedInPlace} for the algorithm and when it pays.
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
    public static double[] solveTwisted(double[] lower, double[] diag, double[] upper, double[] rhs) {
        Checks.nonNull(rhs, "rhs");
        Checks.nonNull(diag, "diag");
        double[] x = rhs.clone();
        solveTwistedInPlace(lower, diag, upper, x, new double[diag.length]);
        return x;
    }

    /**
     * Solves the system without allocating by the twisted ("burn at both ends") form of the Thomas
     * algorithm: rows 0 … k − 1 are eliminated downward and rows n − 1 … k + 1 upward, k = ⌊n/2⌋,
     * the middle row k is solved, and the two halves are substituted back outward (the twisted
     * factorization A = (twisted L)(twisted U) with the twist at k; e.g. Meurant, SIAM J. Matrix Anal.
     * Appl. 13 (1992) 707, and Golub &amp; Van Loan, Matrix Computations, 4th ed., §4.3.6 for the
     * elimination it reorders). The elimination is the same as {@link #solveInPlace}'s, without
     * pivoting, and as stable for the diagonally dominant or symmetric positive definite matrices
     * of this library; it is faster because its two recurrences are independent, so the processor
     * overlaps their divisions, where the one recurrence of the plain sweep waits on a division
     * every row. The result equals {@link #solveInPlace}'s to rounding, not bit for bit (the
     * rounding errors fall in another order). Values below {@link #FLUSH} are set to zero, as there.
     *
     * <p>{@code rhs} is overwritten by the solution and {@code scratch} (length ≥ n) by the
     * multipliers; the bands are not modified. The checks are those of {@link #solveInPlace}: a
     * non-finite element of the right-hand side is reported before any work; a non-finite band
     * element, a vanishing pivot or an overflow after the sweeps (rhs is then overwritten).
     *
     * @param lower sub-diagonal, lower[i] multiplies x[i−1] (length n, finite; lower[0] ignored)
     * @param diag main diagonal (length n &ge; 1, finite)
     * @param upper super-diagonal, upper[i] multiplies x[i+1] (length n, finite; upper[n−1] ignored)
     * @param rhs right-hand side on entry, solution on return (length n, finite)
     * @param scratch work array of length ≥ n
     * @return ‖x‖∞, the largest magnitude of the solution (taken during the back substitution)
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ, an element is not finite, a pivot
     *     vanishes or the solution overflows
     */
    public static double solveTwistedInPlace(double[] lower, double[] diag, double[] upper, double[] rhs,
            double[] scratch) {
        int n = checkInput(lower, diag, upper, rhs, scratch);
        double norm = twisted(lower, diag, upper, rhs, scratch, n);
        if (!Double.isFinite(norm)) {
            throw badInput(lower, diag, upper, rhs, twistedPivotFailure(lower, diag, upper, n));
        }
        return norm;
    }

    /**
     * The checks both in-place solves make before any work: no null array, equal lengths n &ge; 1, a
     * long enough scratch array, a finite right-hand side (the bands are checked when a pivot or the
     * solution comes out non-finite, which a non-finite band element always causes).
     *
     * @return n
     */
    private static int checkInput(double[] lower, double[] diag, double[] upper, double[] rhs, double[] scratch) {
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
        return n;
    }

    /**
     * The twisted elimination of {@link #solveTwistedInPlace} without its checks, for a caller in
     * this package that owns the arrays and has checked the right-hand side (Newton's residual):
     * {@code r} (the right-hand side) is overwritten by the solution and {@code m} by the multipliers.
     * {@code m} may be {@code diag} itself: each diagonal element is read before its multiplier
     * replaces it, so the diagonal is then overwritten and nothing else changes (a Newton loop that
     * evaluates the diagonal afresh at every iterate saves an array).
     *
     * @return ‖x‖∞, or NaN if a pivot or a value of the solution is not finite (a vanishing pivot, a
     *     non-finite band element, an overflow)
     */
    static double twisted(double[] lower, double[] diag, double[] upper, double[] r, double[] m, int n) {
        int k = n / 2;
        boolean finite = true;
        double down;
        double up;
        if (k > 0) {
            // downward: x_i = r_i − m_i·x_{i+1}, m_i = upper_i/pivot_i
            down = diag[0];
            m[0] = upper[0] / down;
            r[0] = flush(r[0] / down);
            finite = Math.abs(down) <= Double.MAX_VALUE;
        }
        if (k < n - 1) {
            // upward: x_j = r_j − m_j·x_{j−1}, m_j = lower_j/pivot_j
            up = diag[n - 1];
            m[n - 1] = lower[n - 1] / up;
            r[n - 1] = flush(r[n - 1] / up);
            finite &= Math.abs(up) <= Double.MAX_VALUE;
        }
        // the two recurrences interleaved: independent, so their divisions overlap
        for (int i = 1; i < k; i++) {
            double l = lower[i];
            down = diag[i] - l * m[i - 1];
            m[i] = upper[i] / down;
            r[i] = flush((r[i] - l * r[i - 1]) / down);
            finite &= Math.abs(down) <= Double.MAX_VALUE;
            int j = n - 1 - i;
            if (j > k) {
                double c = upper[j];
                up = diag[j] - c * m[j + 1];
                m[j] = lower[j] / up;
                r[j] = flush((r[j] - c * r[j + 1]) / up);
                finite &= Math.abs(up) <= Double.MAX_VALUE;
            }
        }
        double pivot = diag[k];
        double value = r[k];
        if (k > 0) {
            double lk = lower[k];
            pivot -= lk * m[k - 1];
            value -= lk * r[k - 1];
        }
        if (k < n - 1) {
            double uk = upper[k];
            pivot -= uk * m[k + 1];
            value -= uk * r[k + 1];
        }
        double mid = flush(value / pivot);
        r[k] = mid;
        double norm = Math.abs(mid);
        finite &= norm <= Double.MAX_VALUE && Math.abs(pivot) <= Double.MAX_VALUE;
        for (int i = k - 1; i >= 0; i--) {
            double v = flush(r[i] - m[i] * r[i + 1]);
            r[i] = v;
            double a = Math.abs(v);
            if (a > norm) {
                norm = a;
            }
            finite &= a <= Double.MAX_VALUE;
            int j = 2 * k - i;
            if (j < n) {
                double w = flush(r[j] - m[j] * r[j - 1]);
                r[j] = w;
                double b = Math.abs(w);
                if (b > norm) {
                    norm = b;
                }
                finite &= b <= Double.MAX_VALUE;
            }
        }
        return finite ? norm : Double.NaN;
    }

    /** Which pivot of the twisted elimination vanished (recomputed from the unmodified bands), for a message. */
    private static String twistedPivotFailure(double[] lower, double[] diag, double[] upper, int n) {
        int k = n / 2;
        double[] m = new double[n];
        for (int i = 0; i < k; i++) {
            double pivot = diag[i] - (i > 0 ? lower[i] * m[i - 1] : 0);
            if (!validPivot(pivot)) {
                return "pivot " + pivot + " at row " + i;
            }
            m[i] = upper[i] / pivot;
        }
        for (int j = n - 1; j > k; j--) {
            double pivot = diag[j] - (j < n - 1 ? upper[j] * m[j + 1] : 0);
            if (!validPivot(pivot)) {
                return "pivot " + pivot + " at row " + j;
            }
            m[j] = lower[j] / pivot;
        }
        double pivot = diag[k] - (k > 0 ? lower[k] * m[k - 1] : 0) - (k < n - 1 ? upper[k] * m[k + 1] : 0);
        return validPivot(pivot) ? "the solution overflows the double range" : "pivot " + pivot + " at row " + k;
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
