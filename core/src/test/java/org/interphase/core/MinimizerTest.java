package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimizerTest {

    @Test
    void interiorMinimumIsPolished() {
        double[] m = Minimizer.minimize(x -> (x - 0.3) * (x - 0.3) + 2, 0, 1, 11, 1e-10);
        assertThat(m[0]).isCloseTo(0.3, within(1e-7));
        assertThat(m[1]).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void minimumAtAnEndIsFound() {
        double[] m = Minimizer.minimize(x -> x * x, 1, 3, 5, 1e-10);
        assertThat(m[0]).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void lowerOfTwoResolvedMinimaWins() {
        // minima near x = -1 (value -1.3) and x = +1 (value -0.7)
        double[] m = Minimizer.minimize(x -> x * x * x * x - 2 * x * x + 0.3 * x, -2, 2, 41, 1e-10);
        assertThat(m[0]).isLessThan(0);
    }

    @Test
    void nonFiniteObjectiveIsReported() {
        assertThatThrownBy(() -> Minimizer.minimize(x -> 1 / x, 0, 1, 5, 1e-8)).hasMessageContaining("not finite");
    }
}
