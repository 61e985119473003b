package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

class ConstrictionTest {

    @Test
    void holmAndGreenwoodFormulas() {
        assertThat(Constriction.holm(2.0, 1e-6)).isCloseTo(1 / 8e-6, within(1e-6));
        // two equal spots far apart: R = 1/(8σa) + 1/(4πσs) (Greenwood 1966)
        double r = Constriction.greenwood(2.0, new double[] {0, 1e-4}, new double[] {0, 0}, new double[] {1e-6, 1e-6});
        assertThat(r).isCloseTo(1 / (8 * 2.0 * 1e-6) + 1 / (4 * Math.PI * 2.0 * 1e-4), within(1e-9 * r));
        // one spot reduces to Holm
        assertThat(Constriction.greenwood(2.0, new double[] {0}, new double[] {0}, new double[] {1e-6}))
                .isCloseTo(Constriction.holm(2.0, 1e-6), within(1e-9));
        assertThatThrownBy(() -> Constriction.greenwood(1, new double[] {0, 1e-7}, new double[] {0, 0},
                new double[] {1e-6, 1e-6})).hasMessageContaining("overlap");
    }

    @Test
    void fluxTubeFactorLimits() {
        assertThat(Constriction.fluxTubeFactor(0)).isEqualTo(1.0);
        // Cooper, Mikic & Yovanovich (1969) series against the (1 − ε)^1.5 approximation at small ε
        assertThat(Constriction.fluxTubeFactor(0.1)).isCloseTo(Math.pow(0.9, 1.5), within(0.01));
        assertThat(Constriction.spotLatticeAsrFromFraction(1.0, 1e-6, 0.01))
                .isCloseTo(Constriction.spotLatticeAsr(1.0, 1e-6, 1e-6 * Math.sqrt(0.01 / Math.PI)), within(1e-12));
    }

    @Test
    void squareLatticeOfSpotsAgainstTheFluxTubeSeries() {
        // one isopotential disc per periodic square cell; the series of Cooper, Mikic & Yovanovich (1969) for
        // a circular tube of the same area. Radius from the pixel area so that f is exact on the grid.
        int n = 256;
        double pitch = 1e-6;
        double sigma = 0.5;
        double radiusPx = 25.6;
        boolean[] map = new boolean[n * n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = i - n / 2 + 0.5;
                double dy = j - n / 2 + 0.5;
                map[i * n + j] = dx * dx + dy * dy < radiusPx * radiusPx;
                count += map[i * n + j] ? 1 : 0;
            }
        }
        double f = (double) count / (n * n);
        Surface flat = Surface.sample(n, n, pitch / n, pitch / n, (x, y) -> 0.0);
        double numeric = 1 / Constriction.conductance(map, ContactProblem.periodic(flat, 1e9), sigma);
        double series = Constriction.spotLatticeAsrFromFraction(sigma, pitch, f);
        assertThat(numeric).isCloseTo(series, withinPercentage(1.5));
    }

    @Test
    void barberRelationOnARoughContact() {
        // Barber, Proc. R. Soc. A 459, 53 (2003): ASR = E*/(2σk), k from two boundary-element solves
        double side = 1e-6;
        double eStar = 1e9;
        double sigma = 0.046;
        Surface s = SelfAffineGenerator.builder().points(128).size(side).rolloff(4 * 2 * Math.PI / side)
                .cutoff(16 * 2 * Math.PI / side).rmsSlope(0.1).build().generate(21);
        ContactProblem pr = ContactProblem.periodic(s, eStar);
        double p = 0.03 * eStar * 0.1;
        ContactSolver solver = ContactSolver.withDefaults().withTolerance(1e-12).withMaxIterations(5000);
        ContactSolution lo = solver.solve(pr.withMeanPressure(p * 0.999));
        ContactSolution mid = solver.withWarmStart(lo).solve(pr.withMeanPressure(p));
        ContactSolution hi = solver.withWarmStart(mid).solve(pr.withMeanPressure(p * 1.001));
        double kFd = (hi.meanPressure() - lo.meanPressure()) / (lo.meanGap() - hi.meanGap());
        double direct = 1 / Constriction.conductance(mid, sigma);
        assertThat(direct).isCloseTo(Constriction.barberAsr(eStar, sigma, kFd), withinPercentage(1.0));
    }

    @Test
    void interfaceResistanceAddsChargeTransferOverContactAndConstriction() {
        assertThat(Constriction.interfaceAsr(1e-4, 0.2, 3e-4)).isCloseTo(8e-4, within(1e-18));
        assertThatThrownBy(() -> Constriction.interfaceAsr(1e-4, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
