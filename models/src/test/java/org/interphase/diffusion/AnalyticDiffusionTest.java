package org.interphase.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.interphase.core.Quadrature;
import org.junit.jupiter.api.Test;

class AnalyticDiffusionTest {

    private static final double LAMBDA = 1e-16; // ∫D dt, m² (diffusion length 20 nm)

    @Test
    void coupleSolvesFicksLawByFiniteDifferences() {
        // ∂c/∂Λ = ∂²c/∂x² checked with central differences, an independent check of the closed form
        double x = 7e-9;
        double dx = 1e-10;
        double dl = 1e-19;
        double dcdl = (AnalyticDiffusion.couple(1, 0, x, LAMBDA + dl) - AnalyticDiffusion.couple(1, 0, x, LAMBDA - dl))
                / (2 * dl);
        double d2c = (AnalyticDiffusion.couple(1, 0, x + dx, LAMBDA) - 2 * AnalyticDiffusion.couple(1, 0, x, LAMBDA)
                + AnalyticDiffusion.couple(1, 0, x - dx, LAMBDA)) / (dx * dx);
        assertThat(dcdl).isCloseTo(d2c, withinPercentage(0.01));
        assertThat(AnalyticDiffusion.couple(3, 1, 0, LAMBDA)).isEqualTo(2.0);
        assertThat(AnalyticDiffusion.couple(3, 1, -1e-6, LAMBDA)).isCloseTo(3, within(1e-12));
        assertThat(AnalyticDiffusion.couple(3, 1, -1e-9, 0)).isEqualTo(3);
    }

    @Test
    void semiInfiniteAndPenetrationDepthAreConsistent() {
        double depth = AnalyticDiffusion.penetrationDepth(LAMBDA, 0.01);
        assertThat(AnalyticDiffusion.semiInfinite(1, 0, depth, LAMBDA)).isCloseTo(0.01, within(1e-12));
        assertThat(AnalyticDiffusion.semiInfinite(1, 0, 2e-8, LAMBDA)).isCloseTo(org.apache.commons.math3.special.Erf
                .erfc(1.0), within(1e-14));
        assertThat(AnalyticDiffusion.diffusionLength(LAMBDA)).isCloseTo(2e-8, within(1e-20));
    }

    @Test
    void thinFilmKeepsItsAmountAndSpreads() {
        double m = 1e-5;
        double total = Quadrature.integrate(x -> AnalyticDiffusion.thinFilm(m, x, LAMBDA), 0, 1e-6, 1e-12, 0);
        assertThat(total).isCloseTo(m, withinPercentage(1e-8));
        double depth = AnalyticDiffusion.thinFilmDepth(LAMBDA, 0.1);
        assertThat(AnalyticDiffusion.thinFilm(m, depth, LAMBDA) / AnalyticDiffusion.thinFilm(m, 0, LAMBDA))
                .isCloseTo(0.1, within(1e-12));
    }

    @Test
    void partitionedCoupleMeetsTheJumpAndFluxConditions() {
        double d1 = 1e-18;
        double d2 = 4e-18;
        double k = 0.3;
        double t = 100;
        double left = AnalyticDiffusion.partitionedCouple(1000, d1, d2, k, 0, t);
        double right = AnalyticDiffusion.partitionedCouple(1000, d1, d2, k, 1e-30, t);
        assertThat(right / left).isCloseTo(k, within(1e-12));
        double h = 1e-12;
        double flux1 = -d1 * (left - AnalyticDiffusion.partitionedCouple(1000, d1, d2, k, -h, t)) / h;
        double flux2 = -d2 * (AnalyticDiffusion.partitionedCouple(1000, d1, d2, k, h, t) - right) / h;
        assertThat(flux1).isCloseTo(flux2, withinPercentage(0.1));
        // K = 1 and D1 = D2 is the plain couple
        assertThat(AnalyticDiffusion.partitionedCouple(1000, d1, d1, 1, 5e-9, t))
                .isCloseTo(AnalyticDiffusion.couple(1000, 0, 5e-9, d1 * t), within(1e-9));
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> AnalyticDiffusion.couple(1, 0, 0, -1)).hasMessageContaining("∫D dt must be >= 0 m²");
        assertThatThrownBy(() -> AnalyticDiffusion.thinFilm(1, 0, 0)).hasMessageContaining("m²");
        assertThatThrownBy(() -> AnalyticDiffusion.penetrationDepth(1, 1.5)).hasMessageContaining("fraction");
    }
}
