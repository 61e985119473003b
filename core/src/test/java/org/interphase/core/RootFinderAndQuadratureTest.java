package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RootFinderAndQuadratureTest {

    @Test
    void brentFindsTheRootOfACubic() {
        assertThat(RootFinder.brent(x -> x * x * x - 2, 0, 2, 1e-14)).isCloseTo(Math.cbrt(2), within(1e-13));
    }

    @Test
    void bracketIsWidenedUntilTheSignChanges() {
        assertThat(RootFinder.bracketAndSolve(x -> Math.exp(x) - 1e6, 0, 1, 1e-12, 10))
                .isCloseTo(Math.log(1e6), within(1e-10));
        assertThatThrownBy(() -> RootFinder.bracketAndSolve(x -> 1 + x * x, 0, 1, 1e-12, 5))
                .isInstanceOf(ConvergenceException.class).hasMessageContaining("bracket");
    }

    @Test
    void noSignChangeIsAClearError() {
        assertThatThrownBy(() -> RootFinder.brent(x -> x * x + 1, -1, 1, 1e-12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not change sign");
    }

    @Test
    void quadratureOfSmoothAndEndpointSingularIntegrands() {
        assertThat(Quadrature.integrate(Math::sin, 0, Math.PI, 1e-12, 0)).isCloseTo(2.0, within(1e-12));
        // ∫_0^1 x^{-1/2} dx = 2: the singular end is refined by bisection
        assertThat(Quadrature.integrate(x -> 1 / Math.sqrt(x), 0, 1, 1e-9, 0)).isCloseTo(2.0, within(1e-8));
        // ∫_0^1 ln x dx = −1
        assertThat(Quadrature.integrate(Math::log, 0, 1, 1e-10, 0)).isCloseTo(-1.0, within(1e-9));
        assertThat(Quadrature.integrate(x -> x, 1, 0, 1e-12, 0)).isCloseTo(-0.5, within(1e-15));
    }

    @Test
    void nonIntegrableSingularityIsReported() {
        assertThatThrownBy(() -> Quadrature.integrate(x -> 1 / x, 0, 1, 1e-10, 0))
                .isInstanceOf(ConvergenceException.class);
    }
}
