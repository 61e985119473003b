package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Guards the speed work of issue 20 on {@link Tridiagonal#solveInPlace}: whatever form its loops take, the
 * solution and the modified super-diagonal are bit for bit those of the row-by-row Thomas loop written
 * here (the form the solver had before), flush of values below {@link Tridiagonal#FLUSH} included.
 */
class TridiagonalBitIdentityTest {

    @Property(tries = 200)
    void solveInPlaceIsBitIdenticalToTheRowByRowLoop(@ForAll @IntRange(min = 1, max = 3000) int n,
            @ForAll long seed, @ForAll boolean decaying) {
        Random r = new Random(seed);
        double[] lo = new double[n];
        double[] d = new double[n];
        double[] up = new double[n];
        double[] rhs = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = -0.5 - r.nextDouble();
            up[i] = -0.5 - r.nextDouble();
            // diagonally dominant, as the finite-volume matrices of the library
            d[i] = -lo[i] - up[i] + 0.1 + r.nextDouble() * (decaying ? 2 : 0.5);
            // a right-hand side confined to the first rows: the sweep values decay geometrically into the
            // flush range (as a diffusion front's far field does), so the flush branch is exercised
            rhs[i] = decaying ? (i < 3 ? r.nextDouble() * 1e-150 : 0) : r.nextDouble() * 2 - 1;
        }
        double[] x = rhs.clone();
        double[] m = new double[n];
        Tridiagonal.solveInPlace(lo, d, up, x, m);
        double[] xRef = rhs.clone();
        double[] mRef = new double[n];
        rowByRow(lo, d, up, xRef, mRef);
        if (decaying && n > 1000) {
            assertThat(x[n - 1]).as("the flush range is reached").isZero();
        }
        for (int i = 0; i < n; i++) {
            assertThat(Double.doubleToRawLongBits(x[i])).as("x[%d]", i).isEqualTo(Double.doubleToRawLongBits(xRef[i]));
            assertThat(Double.doubleToRawLongBits(m[i])).as("m[%d]", i).isEqualTo(Double.doubleToRawLongBits(mRef[i]));
        }
    }

    private static double flush(double v) {
        return Math.abs(v) < Tridiagonal.FLUSH ? 0.0 : v;
    }

    private static void rowByRow(double[] lower, double[] diag, double[] upper, double[] rhs, double[] scratch) {
        int n = diag.length;
        scratch[0] = upper[0] / diag[0];
        rhs[0] = flush(rhs[0] / diag[0]);
        for (int i = 1; i < n; i++) {
            double pivot = diag[i] - lower[i] * scratch[i - 1];
            scratch[i] = upper[i] / pivot;
            rhs[i] = flush((rhs[i] - lower[i] * rhs[i - 1]) / pivot);
        }
        for (int i = n - 2; i >= 0; i--) {
            rhs[i] = flush(rhs[i] - scratch[i] * rhs[i + 1]);
        }
    }
}
