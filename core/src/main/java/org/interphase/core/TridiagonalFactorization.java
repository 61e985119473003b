package org.interphase.core;

/**
 * An LU factorization of a tridiagonal matrix — the Thomas algorithm of {@link Tridiagonal} split
 * into factor and solve — so that a matrix that does not change between solves (linear diffusion
 * at a fixed step and temperature) is factored once and each solve costs two division-free sweeps.
 *
 * <p>Row i reads {@code lower[i]·x[i−1] + diag[i]·x[i] + upper[i]·x[i+1]}; {@code lower[0]} and
 * {@code upper[n−1]} are ignored. No pivoting: for diagonally dominant matrices. Values below
 * {@link Tridiagonal#FLUSH} in magnitude are set to zero during the sweeps (see there why).
 *
 * <p>Holds its factors in arrays allocated once; not thread-safe — one per solver run.
 */
public final class TridiagonalFactorization {

    private final double[] lower;
    private final double[] modifiedUpper;
    private final double[] inversePivot;
    private boolean factored;

    /**
     * @param n the number of unknowns (&ge; 1; its three arrays of n doubles must fit in the heap)
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public TridiagonalFactorization(int n) {
        Checks.positive(n, "n");
        Checks.allocation(n, 3, 8, "tridiagonal factorization of " + n + " unknowns");
        lower = new double[n];
        modifiedUpper = new double[n];
        inversePivot = new double[n];
    }

    /** @return the number of unknowns */
    public int size() {
        return inversePivot.length;
    }

    /**
     * Factors the matrix; the bands are copied, not modified.
     *
     * @param lower sub-diagonal, length n, finite
     * @param diag main diagonal, length n, finite
     * @param upper super-diagonal, length n, finite
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if the lengths differ from n, an element is not finite, or a
     *     pivot vanishes
     */
    public void factor(double[] lower, double[] diag, double[] upper) {
        Checks.nonNull(lower, "lower");
        Checks.nonNull(diag, "diag");
        Checks.nonNull(upper, "upper");
        int n = inversePivot.length;
        if (lower.length != n || diag.length != n || upper.length != n) {
            throw new IllegalArgumentException("lower, diag and upper must have length " + n + ", were " + lower.length
                    + ", " + diag.length + ", " + upper.length);
        }
        factored = false;
        for (int i = 0; i < n; i++) {
            // a NaN band element would otherwise surface as a "singular" pivot, or not at all
            if ((i > 0 && !Double.isFinite(lower[i])) || !Double.isFinite(diag[i]) || (i < n - 1 && !Double.isFinite(upper[i]))) {
                String name = i > 0 && !Double.isFinite(lower[i]) ? "lower" : !Double.isFinite(diag[i]) ? "diag" : "upper";
                double v = name.equals("lower") ? lower[i] : name.equals("diag") ? diag[i] : upper[i];
                throw new IllegalArgumentException(name + "[" + i + "] must be a finite number, was " + v);
            }
        }
        double pivot = diag[0];
        Tridiagonal.checkPivot(pivot, 0);
        inversePivot[0] = 1 / pivot;
        modifiedUpper[0] = upper[0] / pivot;
        this.lower[0] = lower[0];
        for (int i = 1; i < n; i++) {
            pivot = diag[i] - lower[i] * modifiedUpper[i - 1];
            Tridiagonal.checkPivot(pivot, i);
            inversePivot[i] = 1 / pivot;
            modifiedUpper[i] = upper[i] / pivot;
            this.lower[i] = lower[i];
        }
        factored = true;
    }

    /**
     * Solves A·x = rhs with the factors; rhs is overwritten by x. Allocates nothing.
     *
     * @param rhs right-hand side on entry, solution on return (length n, finite)
     * @throws NullPointerException if {@code rhs} is null
     * @throws IllegalArgumentException if the length differs from n, or the solution is not finite
     *     (a non-finite right-hand side or an overflow); rhs is then partly overwritten
     * @throws IllegalStateException if {@link #factor} has not succeeded
     */
    public void solveInPlace(double[] rhs) {
        forward(rhs);
        boolean finite = Double.isFinite(rhs[rhs.length - 1]);
        for (int i = rhs.length - 2; i >= 0; i--) {
            double x = Tridiagonal.flush(rhs[i] - modifiedUpper[i] * rhs[i + 1]);
            rhs[i] = x;
            finite &= Double.isFinite(x);
        }
        if (!finite) {
            throw notFinite();
        }
    }

    private static IllegalArgumentException notFinite() {
        return new IllegalArgumentException("the solution of the tridiagonal system overflows the double range:"
                + " the matrix is nearly singular for this right-hand side");
    }

    /**
     * Solves A·δ = rhs (rhs is overwritten by δ) and adds δ to {@code target} in the same backward
     * sweep — the update u ← u + δ of an implicit step in increment form, without a third pass.
     *
     * @param rhs right-hand side on entry, δ on return (length n, finite)
     * @param target the vector δ is added to (length n)
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException if a length differs from n, or δ or the sum is not finite;
     *     rhs and target are then partly overwritten
     * @throws IllegalStateException if {@link #factor} has not succeeded
     */
    public void solveAndAdd(double[] rhs, double[] target) {
        Checks.nonNull(rhs, "rhs");
        Checks.nonNull(target, "target");
        if (rhs.length != inversePivot.length) {
            throw new IllegalArgumentException("rhs must have length " + inversePivot.length + ", was " + rhs.length);
        }
        if (target.length != inversePivot.length) {
            throw new IllegalArgumentException("target must have length " + inversePivot.length + ", was "
                    + target.length);
        }
        for (int i = 0; i < target.length; i++) {
            if (!Double.isFinite(target[i])) {
                throw new IllegalArgumentException("target[" + i + "] must be a finite number, was " + target[i]);
            }
        }
        forward(rhs);
        int n = rhs.length;
        target[n - 1] = Tridiagonal.flush(target[n - 1] + rhs[n - 1]);
        boolean finite = Double.isFinite(target[n - 1]);
        for (int i = n - 2; i >= 0; i--) {
            double x = Tridiagonal.flush(rhs[i] - modifiedUpper[i] * rhs[i + 1]);
            rhs[i] = x;
            double t = Tridiagonal.flush(target[i] + x);
            target[i] = t;
            finite &= Double.isFinite(t);
        }
        if (!finite) {
            throw notFinite();
        }
    }

    private void forward(double[] rhs) {
        Checks.nonNull(rhs, "rhs");
        if (!factored) {
            throw new IllegalStateException("factor the matrix before solving");
        }
        if (rhs.length != inversePivot.length) {
            throw new IllegalArgumentException("rhs must have length " + inversePivot.length + ", was " + rhs.length);
        }
        for (int i = 0; i < rhs.length; i++) {
            if (!Double.isFinite(rhs[i])) {
                throw new IllegalArgumentException("rhs[" + i + "] must be a finite number, was " + rhs[i]);
            }
        }
        rhs[0] = Tridiagonal.flush(rhs[0] * inversePivot[0]);
        for (int i = 1; i < rhs.length; i++) {
            rhs[i] = Tridiagonal.flush((rhs[i] - lower[i] * rhs[i - 1]) * inversePivot[i]);
        }
    }
}
