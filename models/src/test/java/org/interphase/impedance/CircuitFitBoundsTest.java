package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Bounds on parameters, and real-only or imaginary-only fits. */
class CircuitFitBoundsTest {

    private static final Circuit RC = Circuit.parse("R0-p(R1,C1)");
    private static final double[] TRUTH = {10, 100, 1e-5};
    private static final double[] F = Spectrum.logFrequencies(1e5, 1e-1, 40);
    private static final Spectrum DATA = RC.spectrum(F, TRUTH);
    private static final double[] GUESS = {12, 70, 2e-5};

    @Test
    void aFitThatWantsBeyondAnUpperBoundEndsOnItAndSaysSo() {
        CircuitFitSolution fit = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(RC, DATA, GUESS).withBounds("R1", 10, 80));
        assertThat(fit.parameter("R1")).isEqualTo(80.0); // the bound itself, exactly as given
        assertThat(fit.atBound()).containsExactly("R1");
        assertThat(fit.undetermined()).isEmpty();
        assertThat(fit.standardError("R1")).isEmpty();
        assertThat(fit.standardError("R0")).isPresent();
        assertThat(fit.standardError("C1")).isPresent();
        assertThat(fit.warnings()).anySatisfy(w -> assertThat(w).contains("R1 on its upper bound 80.0 Ω"));
        assertThat(fit.toString()).contains("R1").contains("on its bound");
        assertThat(fit.residual()).isGreaterThan(1e-3); // the data are not fitted: the bound is active
    }

    @Test
    void aFitThatWantsBelowALowerBoundEndsOnIt() {
        CircuitFitSolution fit = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(RC, DATA, 12, 150, 2e-5).withBounds("R1", 120, 1000));
        assertThat(fit.parameter("R1")).isEqualTo(120.0);
        assertThat(fit.atBound()).containsExactly("R1");
        assertThat(fit.warnings()).anySatisfy(w -> assertThat(w).contains("R1 on its lower bound 120.0 Ω"));
    }

    @Test
    void anExponentBoundBelowOneIsReached() {
        Circuit rq = Circuit.parse("R0-p(R1,CPE1)");
        Spectrum data = rq.spectrum(F, 10, 100, 1e-5, 0.85);
        CircuitFitSolution fit = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(rq, data, 12, 80, 2e-5, 0.7).withBounds("CPE1_1", 0.5, 0.8));
        assertThat(fit.parameter("CPE1_1")).isEqualTo(0.8);
        assertThat(fit.atBound()).containsExactly("CPE1_1");
    }

    @Test
    void anInactiveBoundChangesNothing() {
        CircuitFitSolution free = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(RC, DATA, GUESS));
        CircuitFitSolution bounded = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(RC, DATA, GUESS).withBounds("R1", 1, 1000).withBounds("C1", 1e-9, 1e-3));
        for (int k = 0; k < TRUTH.length; k++) {
            assertThat(bounded.parameters()[k]).isCloseTo(TRUTH[k], within(1e-7 * TRUTH[k]));
            assertThat(free.parameters()[k]).isCloseTo(TRUTH[k], within(1e-7 * TRUTH[k]));
        }
        assertThat(bounded.atBound()).isEmpty();
        assertThat(bounded.warnings()).isEmpty();
        assertThat(bounded.standardErrors()).allSatisfy(se -> assertThat(se).isPresent());
    }

    @Test
    void boundsAreValidatedWhenTheProblemIsBuilt() {
        CircuitFitProblem p = CircuitFitProblem.of(RC, DATA, GUESS);
        assertThatThrownBy(() -> p.withBounds("R1", 80, 90))
                .hasMessageContaining("initialGuess[1] (R1) = 70.0 Ω must lie within its bounds [80.0, 90.0] Ω");
        assertThatThrownBy(() -> p.withBounds("R9", 1, 2)).hasMessageContaining("'R9' is not a parameter");
        assertThatThrownBy(() -> p.withBounds("R1", 5, 5)).hasMessageContaining("upper (bound of a parameter, SI) must"
                + " be finite and > lower = 5.0, was 5.0");
        assertThatThrownBy(() -> p.withBounds("R1", 5, Double.POSITIVE_INFINITY)).hasMessageContaining("was Infinity");
        assertThatThrownBy(() -> p.withBounds("R1", -1, 5)).hasMessageContaining("lower (bound of a parameter, SI) must"
                + " be finite and >= 0, was -1.0");
        assertThatThrownBy(() -> p.withBounds("R1", Double.NaN, 5)).hasMessageContaining("was NaN");
        Circuit rq = Circuit.parse("R0-p(R1,CPE1)");
        assertThatThrownBy(() -> CircuitFitProblem.of(rq, DATA, 1, 2, 3, 0.9).withBounds("CPE1_1", 0.5, 2))
                .hasMessageContaining("upper bound of CPE1_1 must be <= 1");
        assertThat(p.withBounds("R1", 1, 100).toString()).contains("bounds {R1=[1.0, 100.0]}");
    }

    @Test
    void aRealOnlyFitIgnoresTheImaginaryPart() {
        // Z'' corrupted by 10 %: the complex fit is biased, the real-only fit is exact
        double[] im = DATA.imaginary();
        for (int i = 0; i < im.length; i++) {
            im[i] *= 1.1;
        }
        Spectrum corrupted = Spectrum.of(F, DATA.real(), im);
        CircuitFitProblem p = CircuitFitProblem.of(RC, corrupted, GUESS);
        CircuitFitSolution complex = CircuitFitter.withDefaults().solve(p);
        CircuitFitSolution real = CircuitFitter.withDefaults().solve(p.withFitPart(FitPart.REAL));
        assertThat(Math.abs(complex.parameter("R1") - 100)).isGreaterThan(0.1);
        for (int k = 0; k < TRUTH.length; k++) {
            assertThat(real.parameters()[k]).isCloseTo(TRUTH[k], within(1e-7 * TRUTH[k]));
        }
        assertThat(real.degreesOfFreedom()).isEqualTo(F.length - 3);
        assertThat(complex.degreesOfFreedom()).isEqualTo(2 * F.length - 3);
        assertThat(real.residual()).isLessThan(1e-9);
        assertThat(p.withFitPart(FitPart.REAL).toString()).contains("real part only");
        assertThat(real.toString()).contains("(modulus weighting, real part only, best of 1 start(s)");
        assertThat(complex.toString()).contains("(modulus weighting, best of 1 start(s)");
    }

    @Test
    void anImaginaryOnlyFitCannotSeeASeriesResistance() {
        // Z''_i of R0-p(R1,C1) does not depend on R0
        double[] re = DATA.real();
        for (int i = 0; i < re.length; i++) {
            re[i] += 7; // a different series resistance: invisible to an imaginary-only fit
        }
        Spectrum shifted = Spectrum.of(F, re, DATA.imaginary());
        CircuitFitSolution fit = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(RC, shifted, GUESS).withFitPart(FitPart.IMAGINARY)
                        .withFixed("R0"));
        assertThat(fit.parameter("R1")).isCloseTo(100, within(1e-7 * 100));
        assertThat(fit.parameter("C1")).isCloseTo(1e-5, within(1e-7 * 1e-5));
        assertThat(fit.parameter("R0")).isEqualTo(12.0);
    }

    @Test
    void aPartFitNeedsMoreValuesOfThatPartThanParameters() {
        Spectrum two = RC.spectrum(new double[] {1, 10}, TRUTH);
        CircuitFitProblem p = CircuitFitProblem.of(RC, two, GUESS); // 4 values for 3 parameters: fine
        assertThatThrownBy(() -> p.withFitPart(FitPart.REAL))
                .hasMessageContaining("needs more than 3 data values (1 per frequency: a real-only fit), was 2");
    }
}
