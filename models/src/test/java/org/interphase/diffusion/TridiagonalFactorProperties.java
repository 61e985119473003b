package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.interphase.core.Tridiagonal;

class TridiagonalFactorProperties {

    @Property(tries = 100)
    void factorThenSolveAgreesWithCoreThomasAndCanBeReused(@ForAll @IntRange(min = 1, max = 80) int n,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] lo = new double[n];
        double[] d = new double[n];
        double[] up = new double[n];
        for (int i = 0; i < n; i++) {
            lo[i] = i > 0 ? -r.nextDouble() : 0;
            up[i] = i < n - 1 ? -r.nextDouble() : 0;
            d[i] = Math.abs(lo[i]) + Math.abs(up[i]) + 0.01 + r.nextDouble();
        }
        TridiagonalFactor f = new TridiagonalFactor(n);
        f.factor(lo, d, up, 0.5, 1000);
        assertThat(f.matches(0.5, 1000)).isTrue();
        assertThat(f.matches(0.25, 1000)).isFalse();
        for (int rep = 0; rep < 3; rep++) {
            double[] rhs = new double[n];
            for (int i = 0; i < n; i++) {
                rhs[i] = r.nextDouble() * 200 - 100;
            }
            double[] expected = Tridiagonal.solve(lo, d, up, rhs);
            double[] copy = rhs.clone();
            double[] target = new double[n];
            java.util.Arrays.fill(target, 3.0);
            f.solve(rhs);
            f.solveAndAdd(copy, target);
            for (int i = 0; i < n; i++) {
                assertThat(rhs[i]).isCloseTo(expected[i], within(1e-12 * (1 + Math.abs(expected[i]))));
                assertThat(target[i]).isCloseTo(3.0 + expected[i], within(1e-12 * (4 + Math.abs(expected[i]))));
            }
        }
    }
}
