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

    @Test
    void singularMatrixIsReported() {
        assertThatThrownBy(() -> Tridiagonal.solve(new double[] {0, 1}, new double[] {0, 1}, new double[] {1, 0},
                new double[] {1, 1})).hasMessageContaining("singular");
        assertThatThrownBy(() -> Tridiagonal.solve(new double[] {0}, new double[] {1, 1}, new double[] {1, 0},
                new double[] {1, 1})).hasMessageContaining("same length");
    }
}
