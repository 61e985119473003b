package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimizerTest {

    @Test
    void interiorMinimumIsPolished() {
        Minimizer.Minimum m = Minimizer.minimize(x -> (x - 0.3) * (x - 0.3) + 2, 0, 1, 11, 1e-10);
        assertThat(m.point()).isCloseTo(0.3, within(1e-7));
        assertThat(m.value()).isCloseTo(2.0, within(1e-12));
        // 11 scan samples, then Brent's own evaluations
        assertThat(m.evaluations()).isGreaterThan(11).isLessThan(11 + 100);
    }

    @Test
    void evaluationsCountEveryCallOfTheObjective() {
        int[] calls = new int[1];
        Minimizer.Minimum m = Minimizer.minimize(x -> {
            calls[0]++;
            return Math.cosh(x - 0.1);
        }, -1, 2, 31, 1e-12);
        assertThat(m.evaluations()).isEqualTo(calls[0]);
        assertThat(m.point()).isCloseTo(0.1, within(1e-6));
        assertThat(m).isEqualTo(new Minimizer.Minimum(m.point(), m.value(), m.evaluations()));
        assertThat(m.toString()).startsWith("Minimum[f(0.1").endsWith(" evaluations]");
    }

    @Test
    void minimumAtAnEndIsFound() {
        Minimizer.Minimum m = Minimizer.minimize(x -> x * x, 1, 3, 5, 1e-10);
        assertThat(m.point()).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void lowerOfTwoResolvedMinimaWins() {
        // minima near x = -1 (value -1.3) and x = +1 (value -0.7)
        Minimizer.Minimum m = Minimizer.minimize(x -> x * x * x * x - 2 * x * x + 0.3 * x, -2, 2, 41, 1e-10);
        assertThat(m.point()).isLessThan(0);
    }

    @Test
    void nonFiniteObjectiveIsReported() {
        assertThatThrownBy(() -> Minimizer.minimize(x -> 1 / x, 0, 1, 5, 1e-8)).hasMessageContaining("not finite");
    }
}
