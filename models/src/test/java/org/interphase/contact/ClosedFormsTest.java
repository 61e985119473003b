package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import org.interphase.core.Quadrature;
import org.junit.jupiter.api.Test;

class ClosedFormsTest {

    @Test
    void contactModulusOfTwoIdenticalBodiesIsHalfThePlaneStrainModulus() {
        double e = 100e9;
        double nu = 0.3;
        assertThat(ContactModulus.combined(e, nu, e, nu)).isCloseTo(e / (2 * (1 - 0.09)), within(1e-6));
        assertThat(ContactModulus.againstRigid(e, nu)).isCloseTo(e / 0.91, within(1e-6));
    }

    @Test
    void contactModulusOfLiAgainstLlzo() {
        // Li: E = 7.82 GPa, ν = 0.38 (Masias et al., J. Mater. Sci. 54, 2585 (2019));
        // LLZO: E = 149.8 GPa (Ni et al., J. Mater. Sci. 47, 7978 (2012)), ν = 0.26 (assumed).
        double expected = 1.0 / ((1 - 0.38 * 0.38) / 7.82e9 + (1 - 0.26 * 0.26) / 149.8e9);
        assertThat(ContactModulus.combined(7.82e9, 0.38, 149.8e9, 0.26)).isCloseTo(expected, within(1e-3));
        assertThat(expected / 1e9).isCloseTo(8.65, offset(0.01)); // the research note's table value
    }

    @Test
    void contactModulusRejectsBadPoissonRatiosAndModuli() {
        assertThatThrownBy(() -> ContactModulus.combined(1e9, 0.5, 1e9, 0.3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Poisson ratio of body 1").hasMessageContaining("(-1.0, 0.5)");
        assertThatThrownBy(() -> ContactModulus.combined(-1e9, 0.3, 1e9, 0.3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Young's modulus of body 1 must be > 0 Pa");
        assertThatThrownBy(() -> ContactModulus.combined(1e9, Double.NaN, 1e9, 0.3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hertzFormulasAreMutuallyConsistent() { // Johnson, Contact Mechanics (1985), eqs. 4.22–4.23
        Hertz h = new Hertz(1e-3, 50e9, 2.0);
        double a = h.contactRadius();
        assertThat(a).isCloseTo(Math.cbrt(3 * 2.0 * 1e-3 / (4 * 50e9)), within(1e-18));
        assertThat(h.peakPressure()).isCloseTo(3 * 2.0 / (2 * Math.PI * a * a), within(1e-6 * h.peakPressure()));
        assertThat(h.approach()).isCloseTo(Math.cbrt(9 * 4.0 / (16 * 1e-3 * 50e9 * 50e9)), within(1e-12 * 1e-6));
        // the pressure profile integrates to the force
        double f = Quadrature.integrate(r -> 2 * Math.PI * r * h.pressure(r), 0, a, 1e-12, 0);
        assertThat(f).isCloseTo(2.0, within(1e-9));
        // the energy is the work ∫F dδ
        double d = h.approach();
        double w = Quadrature.integrate(x -> Hertz.atApproach(1e-3, 50e9, x).force(), 0, d, 1e-12, 0);
        assertThat(h.elasticEnergy()).isCloseTo(w, within(1e-9 * w));
        assertThat(Hertz.atApproach(1e-3, 50e9, d).force()).isCloseTo(2.0, within(1e-12));
        assertThat(h.toString()).contains("µm").contains("MPa");
    }

    @Test
    void westergaardPressureIntegratesToTheMeanPressure() { // Johnson (1985) §13.2
        Westergaard w = new Westergaard(1e-6, 10e-9, 10e9);
        assertThat(w.fullContactPressure()).isCloseTo(Math.PI * 10e9 * 10e-9 / 1e-6, within(1e-6));
        double pbar = 0.3 * w.fullContactPressure();
        double f = w.contactFraction(pbar);
        double a = f * 1e-6 / 2;
        double integral = Quadrature.integrate(x -> w.pressure(x, pbar), -a, a, 1e-12, 0);
        assertThat(integral / 1e-6).isCloseTo(pbar, within(1e-8 * pbar));
        assertThat(w.meanPressure(f)).isCloseTo(pbar, within(1e-9 * pbar));
        assertThat(w.contactFraction(2 * w.fullContactPressure())).isEqualTo(1.0);
        assertThat(w.contactFraction(0.5 * w.fullContactPressure())).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void perssonMatchesTheErfFormulaAndItsSlope() { // Persson, J. Chem. Phys. 115, 3840 (2001)
        for (double x : new double[] {0.01, 0.05, 0.1, 0.5}) {
            double expected = erfSeries(Math.sqrt(2) * x);
            assertThat(Persson.contactFraction(x * 1e9 * 0.1, 1e9, 0.1)).isCloseTo(expected, within(1e-8));
            assertThat(Persson.meanPressure(expected, 1e9, 0.1)).isCloseTo(x * 1e8, within(1e-8 * x * 1e8));
        }
        double small = 1e-7;
        assertThat(Persson.contactFraction(small, 1, 1) / small).isCloseTo(Persson.SMALL_LOAD_SLOPE, within(1e-8));
        assertThat(Persson.SMALL_LOAD_SLOPE).isCloseTo(1.5957691216, within(1e-9));
        assertThat(Persson.BGT_SLOPE).isCloseTo(2.5066282746, within(1e-9));
    }

    /** erf by its Maclaurin series, independent of Commons Math. */
    private static double erfSeries(double x) {
        double sum = 0;
        double term = x;
        for (int n = 0; n < 60; n++) {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    @Test
    void greenwoodWilliamsonIntegralsMatchClosedForms() { // Greenwood & Williamson, Proc. R. Soc. A 295, 300 (1966)
        var g = new GreenwoodWilliamson(1e10, 1e-5, 1e-8, 1e10, GreenwoodWilliamson.SummitHeights.GAUSSIAN);
        var e = new GreenwoodWilliamson(1e10, 1e-5, 1e-8, 1e10, GreenwoodWilliamson.SummitHeights.EXPONENTIAL);
        for (double d : new double[] {-1, 0, 0.5, 1, 2, 3}) {
            assertThat(g.integral(0, d)).isCloseTo(GreenwoodWilliamson.closedForm(g.heights(), 0, d), within(1e-10));
            assertThat(g.integral(1, d)).isCloseTo(GreenwoodWilliamson.closedForm(g.heights(), 1, d), within(1e-10));
            if (d >= 0) {
                for (double n : new double[] {0, 1, 1.5}) {
                    double exact = GreenwoodWilliamson.closedForm(e.heights(), n, d);
                    assertThat(e.integral(n, d)).isCloseTo(exact, within(1e-8 * exact));
                }
            }
        }
        // F_{3/2}(0) for the Gaussian: Γ(5/4)·2^(3/4)/(2√π) from ∫_0^∞ s^{3/2} e^{-s²/2} ds = 2^{1/4} Γ(5/4)
        assertThat(g.integral(1.5, 0)).isCloseTo(Math.pow(2, 0.25) * 0.9064024770554771 / Math.sqrt(2 * Math.PI),
                within(1e-10));
    }

    @Test
    void exponentialGreenwoodWilliamsonAreaIsExactlyProportionalToLoad() {
        var e = new GreenwoodWilliamson(2e10, 5e-6, 20e-9, 20e9, GreenwoodWilliamson.SummitHeights.EXPONENTIAL);
        double ratio = Math.sqrt(Math.PI) * Math.sqrt(5e-6 / 20e-9) / 20e9;
        for (double d : new double[] {0.5e-8, 2e-8, 8e-8}) {
            assertThat(e.contactFraction(d) / e.meanPressure(d)).isCloseTo(ratio, within(1e-8 * ratio));
        }
        double p = 1e6;
        assertThat(e.meanPressure(e.separationAt(p))).isCloseTo(p, within(1e-8 * p));
        assertThat(e.contactFractionAt(p)).isCloseTo(ratio * p, within(1e-8 * ratio * p));
    }

    @Test
    void gaussianGreenwoodWilliamsonSpotsAreaAndLoad() {
        var g = new GreenwoodWilliamson(1e10, 1e-5, 1e-8, 1e10, GreenwoodWilliamson.SummitHeights.GAUSSIAN);
        double d = 1e-8; // one σ
        assertThat(g.spotDensity(d)).isCloseTo(1e10 * 0.15865525393145707, within(1e10 * 1e-10));
        assertThat(g.contactFraction(d)).isCloseTo(Math.PI * 1e10 * 1e-5 * 1e-8 * 0.08331547058768,
                within(1e-12));
        assertThat(g.plasticityIndex(1e9)).isCloseTo(10 * Math.sqrt(1e-3), within(1e-12));
    }
}
