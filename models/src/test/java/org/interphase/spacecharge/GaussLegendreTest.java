package org.interphase.spacecharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.interphase.core.Quadrature;
import org.junit.jupiter.api.Test;

/** The package's fast adaptive Gauss–Legendre rule against closed forms and core's Quadrature. */
class GaussLegendreTest {

    @Property(tries = 100)
    void exponentialsAndEndPointSingularities(@ForAll @DoubleRange(min = -40, max = 60) double a,
            @ForAll @DoubleRange(min = 0.1, max = 5) double b) {
        double exact = a == 0 ? b : Math.expm1(a * b) / a;
        assertThat(GaussLegendre.integrate(x -> Math.exp(a * x), 0, b, 1e-12)).isCloseTo(exact, within(1e-11 * Math.abs(exact)));
        // ∫₀^b x^{-1/2} dx = 2√b: an integrable end-point singularity is resolved by bisection down to
        // the 41st level, which bounds the error to ~√(b·2^{-41}) ≈ 1e-6·√b (the space-charge
        // integrands are bounded, so they never meet this limit)
        assertThat(GaussLegendre.integrate(x -> 1 / Math.sqrt(x), 0, b, 1e-10)).isCloseTo(2 * Math.sqrt(b),
                within(1e-6 * Math.sqrt(b)));
        double ref = Quadrature.integrate(x -> Math.exp(-x * x) * Math.cosh(a / 10 * x), -b, b, 1e-13, 0);
        assertThat(GaussLegendre.integrate(x -> Math.exp(-x * x) * Math.cosh(a / 10 * x), -b, b, 1e-12))
                .isCloseTo(ref, within(1e-11 * ref));
    }

    @Test
    void emptyAndReversedIntervals() {
        assertThat(GaussLegendre.integrate(Math::exp, 1, 1, 1e-10)).isZero();
        assertThat(GaussLegendre.integrate(x -> x, 2, 0, 1e-12)).isCloseTo(-2, within(1e-14));
    }
}
