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
        double[][] s = dominantSystem(n, seed, false);
        double[] lo = s[0];
        double[] d = s[1];
        double[] up = s[2];
        double[] rhs = s[3];
        double[] ref = s[4];
        double[] x = Tridiagonal.solve(lo, d, up, rhs);
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
        double[] lo = constant(n, -1);
        double[] d = constant(n, 3);
        double[] up = constant(n, -1);
        double[] rhs = new double[n];
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

    /** A random diagonally dominant system and its dense LU solution: {lo, d, up, rhs, ref}. */
    private static double[][] dominantSystem(int n, long seed, boolean symmetric) {
        Random r = new Random(seed);
        double[] lo = new double[n];
        double[] d = new double[n];
        double[] up = new double[n];
        double[] rhs = new double[n];
        double[][] dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            lo[i] = i > 0 ? (symmetric ? up[i - 1] : r.nextDouble() * 2 - 1) : 0;
            up[i] = i < n - 1 ? r.nextDouble() * 2 - 1 : 0;
            double sign = symmetric || r.nextBoolean() ? 1 : -1;
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
        double[] ref = new LUDecomposition(new Array2DRowRealMatrix(dense)).getSolver()
                .solve(new ArrayRealVector(rhs)).toArray();
        return new double[][] {lo, d, up, rhs, ref};
    }

    @Property(tries = 300)
    void twistedEliminationAgreesWithADenseLuSolveAndWithThomas(@ForAll @IntRange(min = 1, max = 80) int n,
            @ForAll long seed, @ForAll boolean symmetric) {
        double[][] s = dominantSystem(n, seed, symmetric);
        double[] lo = s[0].clone();
        double[] d = s[1].clone();
        double[] up = s[2].clone();
        double[] rhs = s[3].clone();
        double[] twisted = Tridiagonal.solveTwisted(lo, d, up, rhs);
        double[] thomas = Tridiagonal.solve(lo, d, up, rhs);
        double norm = 0;
        for (int i = 0; i < n; i++) {
            assertThat(twisted[i]).as("n = %d, row %d against dense LU", n, i)
                    .isCloseTo(s[4][i], org.assertj.core.api.Assertions.within(1e-10 * (1 + Math.abs(s[4][i]))));
            // the same elimination in another order: equal to a few roundings of the solution's size
            assertThat(twisted[i]).as("n = %d, row %d against Thomas", n, i)
                    .isCloseTo(thomas[i], org.assertj.core.api.Assertions.within(1e-13 * (1 + Math.abs(thomas[i]))));
            norm = Math.max(norm, Math.abs(twisted[i]));
        }
        // inputs untouched; in place: the same numbers, the max-norm returned, the bands unmodified
        assertThat(lo).containsExactly(s[0]);
        assertThat(d).containsExactly(s[1]);
        assertThat(up).containsExactly(s[2]);
        assertThat(rhs).containsExactly(s[3]);
        double[] x = rhs.clone();
        double[] scratch = new double[n + 3];
        double returned = Tridiagonal.solveTwistedInPlace(lo, d, up, x, scratch);
        assertThat(x).containsExactly(twisted);
        assertThat(returned).isEqualTo(norm);
        assertThat(d).containsExactly(s[1]);
        // the unchecked kernel with the multipliers kept in the diagonal gives the same bits
        double[] y = rhs.clone();
        double[] diagAsScratch = d.clone();
        assertThat(Tridiagonal.twisted(lo, diagAsScratch, up, y, diagAsScratch, n)).isEqualTo(norm);
        assertThat(y).containsExactly(twisted);
    }

    @Test
    void twistedEliminationFlushesValuesThatWouldBecomeSubnormal() {
        // the decaying far field of sweepsFlushValuesThatWouldBecomeSubnormal, from both ends
        int n = 401;
        double[] lo = constant(n, -1);
        double[] d = constant(n, 3);
        double[] up = constant(n, -1);
        double[] rhs = new double[n];
        rhs[0] = 1e-180;
        rhs[n - 1] = -1e-180;
        double[] x = Tridiagonal.solveTwisted(lo, d, up, rhs);
        double[] thomas = Tridiagonal.solve(lo, d, up, rhs);
        for (int i = 0; i < n; i++) {
            assertThat(x[i] == 0 || Math.abs(x[i]) >= Tridiagonal.FLUSH).isTrue();
            if (Math.abs(thomas[i]) > 1e-190) {
                assertThat(x[i]).isCloseTo(thomas[i], org.assertj.core.api.Assertions.within(1e-12 * Math.abs(thomas[i])));
            } else {
                // near the flush threshold the two orders flush different intermediate values
                assertThat(Math.abs(x[i])).isLessThan(1e-189);
            }
        }
        assertThat(x[0]).isPositive();
        assertThat(x[n - 1]).isNegative();
        assertThat(x[n / 2]).isZero();
    }

    @Test
    void twistedEliminationReportsBadInputLikeThomas() {
        double[] lo = {0, -1, -1};
        double[] up = {-1, -1, 0};
        // [[1, 1, 0], [1, 2, 1], [0, 1, 1]] is singular: its middle row eliminates to 0 from both sides
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(new double[] {0, 1, 1}, new double[] {1, 2, 1},
                new double[] {1, 1, 0}, new double[] {1, 1, 1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("singular").hasMessageContaining("pivot 0.0 at row 1");
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(lo, new double[] {4, Double.POSITIVE_INFINITY, 4}, up,
                new double[] {1, 1, 1})).hasMessage("diag[1] must be a finite number, was Infinity");
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(new double[] {0, Double.NaN, -1}, new double[] {4, 4, 4}, up,
                new double[] {1, 1, 1})).hasMessage("lower[1] must be a finite number, was NaN");
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(lo, new double[] {4, 4, 4}, up, new double[] {1, Double.NaN, 1}))
                .hasMessage("rhs[1] must be a finite number, was NaN");
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(new double[2], new double[] {1e-300, 1e-300}, new double[2],
                new double[] {1e300, 1})).hasMessageContaining("overflows");
        assertThatThrownBy(() -> Tridiagonal.solveTwistedInPlace(lo, new double[] {4, 4, 4}, up, new double[3],
                new double[2])).hasMessageContaining("scratch must have length >= 3");
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(new double[] {0}, new double[] {1, 1}, new double[] {1, 0},
                new double[] {1, 1})).hasMessageContaining("same length");
        assertThatThrownBy(() -> Tridiagonal.solveTwisted(null, new double[1], new double[1], new double[1]))
                .isInstanceOf(NullPointerException.class).hasMessage("lower must not be null");
        // ignored corners may hold anything finite, and n = 1 and 2 are solved
        assertThat(Tridiagonal.solveTwisted(new double[] {7}, new double[] {2}, new double[] {9}, new double[] {3}))
                .containsExactly(1.5);
        assertThat(Tridiagonal.solveTwisted(new double[] {7, 1}, new double[] {2, 2}, new double[] {1, 9},
                new double[] {3, 3})).containsExactly(1.0, 1.0);
    }

    private static double[] constant(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
