package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.junit.jupiter.api.Test;

class TridiagonalProperties {

    @Property(tries = 200)
    void thomasAgreesWithADenseLuSolve(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll long seed) {
        Random r = new Random(seed);
        double[] lo = new double[n];
        double[] d = new double[n];
        double[] up = new double[n];
        double[] rhs = new double[n];
        double[][] dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            lo[i] = i > 0 ? r.nextDouble() * 2 - 1 : 0;
            up[i] = i < n - 1 ? r.nextDouble() * 2 - 1 : 0;
            double sign = r.nextBoolean() ? 1 : -1;
            d[i] = sign * (Math.abs(lo[i]) + Math.abs(up[i]) + 0.1 + r.nextDouble());
            rhs[i] = r.nextDouble() * 10 - 5;
            dense[i][i] = d[i];
            if (i > 0) {
                dense[i][i - 1] = lo[i];
            }
            if (i < n - 1) {
                dense[i][i + 1] = up[i];
            }
        }
        double[] x = Tridiagonal.solve(lo, d, up, rhs);
        double[] ref = new LUDecomposition(new Array2DRowRealMatrix(dense)).getSolver()
                .solve(new ArrayRealVector(rhs)).toArray();
        for (int i = 0; i < n; i++) {
            assertThat(x[i]).isCloseTo(ref[i], org.assertj.core.api.Assertions.within(1e-10 * (1 + Math.abs(ref[i]))));
        }
        double[] back = Tridiagonal.multiply(lo, d, up, x);
        for (int i = 0; i < n; i++) {
            assertThat(back[i]).isCloseTo(rhs[i], org.assertj.core.api.Assertions.within(1e-10 * (1 + Math.abs(rhs[i]))));
        }
    }

    @Property(tries = 100)
    void factorizationAgreesWithADenseLuSolveOverRepeatedSolves(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] lo = new double[n];
        double[] d = new double[n];
        double[] up = new double[n];
        double[][] dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            lo[i] = i > 0 ? r.nextDouble() * 2 - 1 : 0;
            up[i] = i < n - 1 ? r.nextDouble() * 2 - 1 : 0;
            d[i] = Math.abs(lo[i]) + Math.abs(up[i]) + 0.1 + r.nextDouble();
            dense[i][i] = d[i];
            if (i > 0) {
                dense[i][i - 1] = lo[i];
            }
            if (i < n - 1) {
                dense[i][i + 1] = up[i];
            }
        }
        TridiagonalFactorization lu = new TridiagonalFactorization(n);
        lu.factor(lo, d, up);
        var dec = new LUDecomposition(new Array2DRowRealMatrix(dense)).getSolver();
        for (int rep = 0; rep < 3; rep++) {
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                rhs[i] = r.nextDouble() * 10 - 5;
            }
            double[] ref = dec.solve(new ArrayRealVector(rhs)).toArray();
            double[] x = rhs.clone();
            lu.solveInPlace(x);
            double[] delta = rhs.clone();
            double[] target = new double[n];
            java.util.Arrays.fill(target, 2.0);
            lu.solveAndAdd(delta, target);
            for (int i = 0; i < n; i++) {
                assertThat(x[i]).isCloseTo(ref[i], org.assertj.core.api.Assertions.within(1e-10 * (1 + Math.abs(ref[i]))));
                assertThat(target[i]).isCloseTo(2.0 + ref[i],
                        org.assertj.core.api.Assertions.within(1e-10 * (3 + Math.abs(ref[i]))));
            }
        }
    }

    @Test
    void sweepsFlushValuesThatWouldBecomeSubnormal() {
        // a decaying far field: x_i = 1e-180·q^i would pass 1e-200 after a few rows and reach subnormals
        int n = 400;
        double[] lo = new double[n];
        double[] d = new double[n];
        double[] up = new double[n];
        double[] rhs = new double[n];
        java.util.Arrays.fill(lo, -1);
        java.util.Arrays.fill(up, -1);
        java.util.Arrays.fill(d, 3);
        rhs[0] = 1e-180;
        double[] x = Tridiagonal.solve(lo, d, up, rhs);
        TridiagonalFactorization lu = new TridiagonalFactorization(n);
        lu.factor(lo, d, up);
        double[] y = rhs.clone();
        lu.solveInPlace(y);
        for (int i = 0; i < n; i++) {
            assertThat(x[i] == 0 || Math.abs(x[i]) >= Tridiagonal.FLUSH).isTrue();
            assertThat(y[i] == 0 || Math.abs(y[i]) >= Tridiagonal.FLUSH).isTrue();
            // the factorization multiplies by 1/pivot where Thomas divides: equal to rounding
            assertThat(y[i]).isCloseTo(x[i], org.assertj.core.api.Assertions.within(1e-12 * Math.abs(x[i])));
        }
        assertThat(x[0]).isPositive();
        assertThat(x[n - 1]).isZero();
    }

    @Test
    void factorizationMisuseIsReported() {
        TridiagonalFactorization lu = new TridiagonalFactorization(2);
        assertThatThrownBy(() -> lu.solveInPlace(new double[2])).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> lu.factor(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0}))
                .hasMessageContaining("singular");
        assertThatThrownBy(() -> lu.factor(new double[1], new double[2], new double[2])).hasMessageContaining("length 2");
        assertThatThrownBy(() -> new TridiagonalFactorization(0)).hasMessageContaining("n");
    }

    @Test
    void singularMatrixIsReported() {
        assertThatThrownBy(() -> Tridiagonal.solve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0},
                new double[] {1, 1})).hasMessageContaining("singular");
        assertThatThrownBy(() -> Tridiagonal.solve(new double[] {0}, new double[] {1, 1}, new double[] {1, 0},
                new double[] {1, 1})).hasMessageContaining("same length");
    }
}
