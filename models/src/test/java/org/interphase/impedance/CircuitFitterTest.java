package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.interphase.core.Units;
import org.junit.jupiter.api.Test;

class CircuitFitterTest {

    private static final Circuit CIRCUIT = Circuit.parse("R0-p(R1,CPE1)-p(R2,C2)");
    private static final double[] TRUTH = {10, 100, 1e-6, 0.85, 50, 1e-4};
    private static final double[] F = Spectrum.logFrequencies(1e6, 1e-2, 60);

    private static Spectrum noisy(Spectrum s, double relative, Random random) {
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            double m = s.modulus(i);
            re[i] += relative * m * random.nextGaussian();
            im[i] += relative * m * random.nextGaussian();
        }
        return Spectrum.of(s.frequencies(), re, im);
    }

    @Test
    void recoversNoiseFreeParametersExactly() {
        Spectrum data = CIRCUIT.spectrum(F, TRUTH);
        double[] guess = {20, 50, 2e-6, 0.75, 100, 5e-5}; // every parameter off by up to a factor 2
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(CIRCUIT, data, guess));
        double[] p = fit.parameters();
        for (int k = 0; k < p.length; k++) {
            assertThat(p[k]).as(CIRCUIT.parameterNames().get(k)).isCloseTo(TRUTH[k], within(1e-7 * TRUTH[k]));
        }
        assertThat(fit.residual()).isLessThan(1e-9);
        assertThat(fit.toString()).contains("R1").contains("± ");
    }

    @Test
    void noisyParametersLieWithinTheirStatedErrorsAndTheErrorsAreHonest() {
        // 1 % Gaussian noise on Z' and Z'' (relative to |Z|), matching the modulus weighting
        Spectrum clean = CIRCUIT.spectrum(F, TRUTH);
        Random random = new Random(42);
        int runs = 40;
        double[][] estimates = new double[runs][];
        double[] meanSe = new double[TRUTH.length];
        for (int r = 0; r < runs; r++) {
            CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(CIRCUIT, noisy(clean, 0.01, random), TRUTH));
            estimates[r] = fit.parameters();
            double[] se = fit.standardErrors().stream().mapToDouble(java.util.OptionalDouble::getAsDouble).toArray();
            for (int k = 0; k < TRUTH.length; k++) {
                meanSe[k] += se[k] / runs;
                // each single fit: within 4 standard errors (a 6e-5 chance per parameter for a Gaussian)
                assertThat(Math.abs(estimates[r][k] - TRUTH[k])).as("run %d, %s", r, CIRCUIT.parameterNames().get(k))
                        .isLessThan(4 * se[k]);
            }
        }
        // the reported standard error matches the scatter over noise realizations; with 40 runs the
        // sample standard deviation itself scatters by ≈ 1/√(2·39) = 11 %, so allow ±35 % (3σ)
        for (int k = 0; k < TRUTH.length; k++) {
            double mean = 0;
            for (double[] e : estimates) {
                mean += e[k] / runs;
            }
            double var = 0;
            for (double[] e : estimates) {
                var += (e[k] - mean) * (e[k] - mean) / (runs - 1);
            }
            double sd = Math.sqrt(var);
            assertThat(sd / meanSe[k]).as("scatter / stated error of %s", CIRCUIT.parameterNames().get(k))
                    .isBetween(0.65, 1.35);
        }
    }

    @Test
    void multiStartEscapesTheLocalMinimumWhereTheArcsSwap() {
        Spectrum data = CIRCUIT.spectrum(F, TRUTH);
        // from this guess a single Levenberg–Marquardt run ends in the basin where the CPE takes
        // the low-frequency arc (rms misfit ≈ 3 %): a true local minimum of the CNLS problem
        double[] trap = {20, 40, 3e-6, 0.7, 150, 3e-5};
        CircuitFitSolution single = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(CIRCUIT, data, trap));
        assertThat(single.residual()).isGreaterThan(1e-2);
        CircuitFitter multi = CircuitFitter.withDefaults().withStarts(10).withSpread(1).withSeed(7);
        CircuitFitSolution fit = multi.solve(CircuitFitProblem.of(CIRCUIT, data, trap));
        assertThat(fit.bestStart()).isPositive();
        double[] p = fit.parameters();
        for (int k = 0; k < p.length; k++) {
            assertThat(p[k]).as(CIRCUIT.parameterNames().get(k)).isCloseTo(TRUTH[k], within(1e-7 * TRUTH[k]));
        }
        // reproducible: the same seed gives the same result
        assertThat(multi.solve(CircuitFitProblem.of(CIRCUIT, data, trap)).parameters()).containsExactly(p);
    }

    @Test
    void fitsAPhysicalPerAreaSpectrumBackToItsLayerValues() {
        // a 10 nm coating (σ = 1e-8 S/cm, εr 40) on 100 µm of electrolyte (1e-3 S/cm, εr 30):
        // two R‖C arcs whose fitted R and C must be L/σ and ε0εr/L
        HomogeneousLayer se = HomogeneousLayer.of(Units.um(100), Units.sPerCm(1e-3), 30);
        HomogeneousLayer coat = HomogeneousLayer.of(Units.nm(10), Units.sPerCm(1e-8), 40);
        Spectrum data = Impedance.series(se, coat).spectrum(Spectrum.logFrequencies(1e9, 1e-1, 80));
        Circuit c = Circuit.parse("p(R1,C1)-p(R2,C2)");
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(c, data, 1e-3, 1e-8, 1e-2, 1e-2));
        assertThat(fit.parameter("R1")).isCloseTo(se.resistance(), within(1e-7 * se.resistance()));
        assertThat(fit.parameter("C1")).isCloseTo(se.capacitance(), within(1e-7 * se.capacitance()));
        assertThat(fit.parameter("R2")).isCloseTo(coat.resistance(), within(1e-7 * coat.resistance()));
        assertThat(fit.parameter("C2")).isCloseTo(coat.capacitance(), within(1e-7 * coat.capacitance()));
        assertThat(fit.toString()).contains("R2         = 100.000 ± ").contains(" Ω·cm²").contains(" µF/cm²");
        assertThat(fit.fitted().perArea()).isTrue();
        // the fitted circuit joins physical layers as a per-area impedance
        Spectrum again = Impedance.series(c.withPerArea(fit.parameters()), HomogeneousLayer.of(Units.nm(1), 1, 10))
                .spectrum(new double[] {1e3});
        assertThat(again.perArea()).isTrue();
        // CircuitFitSolution.impedance() binds it with the data's basis: per area here, so it joins a layer
        Spectrum joined = Impedance.series(fit.impedance(), coat).spectrum(new double[] {1e3});
        assertThat(joined.perArea()).isTrue();
        assertThat(joined.re(0)).isEqualTo(Impedance.series(c.withPerArea(fit.parameters()), coat)
                .spectrum(new double[] {1e3}).re(0));
        assertThat(fit.impedance().perArea()).isTrue();
        CircuitFitSolution cell = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(c, Spectrum.of(data.frequencies(), data.real(), data.imaginary(), false), 1e-3, 1e-8, 1e-2, 1e-2));
        assertThat(cell.impedance().perArea()).isFalse();
        assertThat(cell.fitted().perArea()).isFalse();
        // the DRT's and lin-KK's reconstructions keep the per-area flag too
        assertThat(DrtSolver.withDefaults().solve(data).fitted().perArea()).isTrue();
        assertThat(LinKKSolver.withDefaults().solve(data).fitted().perArea()).isTrue();
    }

    @Test
    void fixedParametersKeepTheirValuesAndTheRestIsFitted() {
        // data of R0-p(R1,C1) fitted with a CPE whose exponent is held at 1: the CPE is then the capacitor
        Circuit rc = Circuit.parse("R0-p(R1,C1)");
        Spectrum data = rc.spectrum(F, 10, 100, 2e-6);
        Circuit rq = Circuit.parse("R0-p(R1,CPE1)");
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(new CircuitFitProblem(rq, data, new double[] {20, 50, 1e-6, 1.0}, java.util.Set.of("CPE1_1")));
        assertThat(fit.parameter("CPE1_1")).isEqualTo(1.0);
        assertThat(fit.standardError("CPE1_1")).hasValue(0.0);
        assertThat(fit.parameter("CPE1_0")).isCloseTo(2e-6, within(1e-13));
        assertThat(fit.parameter("R1")).isCloseTo(100, within(1e-6));
        assertThat(fit.degreesOfFreedom()).isEqualTo(2 * F.length - 3);
        // a fixed parameter at a wrong value biases the others, and the fit says so through χ²
        CircuitFitSolution biased = CircuitFitter.withDefaults().solve(new CircuitFitProblem(rc, data, new double[] {12, 50, 1e-6}, java.util.Set.of("R0")));
        assertThat(biased.parameter("R0")).isEqualTo(12.0);
        assertThat(biased.residual()).isGreaterThan(1e-3);
        assertThatThrownBy(() -> CircuitFitter.withDefaults().solve(new CircuitFitProblem(rc, data, new double[] {12, 50, 1e-6}, java.util.Set.of("R7")))).hasMessageContaining("fixed holds 'R7', which is not a parameter");
        assertThatThrownBy(() -> CircuitFitter.withDefaults().solve(new CircuitFitProblem(rc, data, new double[] {12, 50, 1e-6}, java.util.Set.of("R0", "R1", "C1")))).hasMessageContaining("nothing to fit");
    }

    @Test
    void unitWeightingAlsoRecoversExactData() {
        Spectrum data = CIRCUIT.spectrum(F, TRUTH);
        CircuitFitter unit = CircuitFitter.withDefaults().withWeighting(CircuitFitter.Weighting.UNIT);
        CircuitFitSolution fit = unit.solve(CircuitFitProblem.of(CIRCUIT, data, 12, 90, 1.5e-6, 0.8, 60, 0.8e-4));
        double[] p = fit.parameters();
        for (int k = 0; k < p.length; k++) {
            assertThat(p[k]).as(CIRCUIT.parameterNames().get(k)).isCloseTo(TRUTH[k], within(1e-7 * TRUTH[k]));
        }
        assertThat(fit.undetermined()).isEmpty();
    }

    @Test
    void anElementTheDataDoNotNeedIsFlaggedAndTheOthersKeepTheirErrors() {
        // R‖C data with 1 % noise, fitted with an extra inductor: L is driven to ~1e-40 H, where it
        // no longer changes Z. It must be flagged, and the other errors must be those of the fit
        // without it (its Jacobian column is zero, so dropping it changes nothing else)
        Circuit rc = Circuit.parse("R0-p(R1,C1)");
        Spectrum data = noisy(rc.spectrum(F, 10, 100, 1e-6), 0.01, new Random(3));
        CircuitFitSolution reference = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(rc, data, 10, 100, 1e-6));
        Circuit rcl = Circuit.parse("R0-p(R1,C1)-L1");
        CircuitFitSolution fit = CircuitFitter.withDefaults().withStarts(5).withSpread(2).solve(CircuitFitProblem.of(rcl, data, 10, 100, 1e-6, 1e-6));
        assertThat(fit.parameter("L1")).isLessThan(1e-20);
        assertThat(fit.undetermined()).containsExactly("L1");
        // not determined: an empty OptionalDouble, not +∞
        assertThat(fit.standardError("L1")).isEmpty();
        assertThat(fit.standardErrors().get(rcl.parameterIndex("L1"))).isEmpty();
        assertThat(fit.degreesOfFreedom()).isEqualTo(reference.degreesOfFreedom());
        for (String name : rc.parameterNames()) {
            double expected = reference.standardError(name).orElseThrow();
            assertThat(fit.standardError(name).orElseThrow()).as(name).isCloseTo(expected, within(1e-6 * expected));
        }
        assertThat(fit.toString()).contains("L1         = ").contains("not determined by the data");
        assertThat(reference.undetermined()).isEmpty();
        // a CPE exponent driven to 1 by exact R‖C data (dα/dq = α(1 − α) → 0) is flagged too
        CircuitFitSolution cpe = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(Circuit.parse("R0-p(R1,CPE1)"), rc.spectrum(F, 10, 100, 1e-6), 10, 100, 1e-6, 0.9));
        assertThat(cpe.undetermined()).containsExactly("CPE1_1");
        assertThat(cpe.standardError("R1").orElseThrow()).isLessThan(1e-6);
        assertThat(cpe.standardError("CPE1_1")).isEmpty();
    }

    @Test
    void aStartThatThrowsCommonsMathsConvergenceExceptionDoesNotAbortTheMultiStart() {
        // with zero tolerances Levenberg–Marquardt meets exact data, cost ≈ 0, and throws Commons Math's
        // ConvergenceException (TOO_SMALL_*_TOLERANCE); LeastSquares reports it as core's
        // ConvergenceException, and the next start must still run
        Spectrum data = CIRCUIT.spectrum(F, TRUTH);
        CircuitFitter three = CircuitFitter.withDefaults().withStarts(3).withSpread(0.1);
        org.interphase.core.LeastSquares impossible = org.interphase.core.LeastSquares.withDefaults()
                .withCostRelativeTolerance(0).withParameterRelativeTolerance(0).withOrthoTolerance(0);
        CircuitFitSolution fit = three.withLeastSquares(s -> s == 0 ? impossible
                : org.interphase.core.LeastSquares.withDefaults()).solve(CircuitFitProblem.of(CIRCUIT, data, TRUTH));
        assertThat(fit.bestStart()).isPositive();
        assertThat(fit.parameter("R2")).isCloseTo(50, within(1e-7 * 50));
        assertThat(fit.warnings()).anySatisfy(w -> assertThat(w).contains("1 of 3 starts did not converge")
                .contains("tolerances cannot be met in double precision"));
        assertThatThrownBy(() -> three.withLeastSquares(s -> impossible).solve(CircuitFitProblem.of(CIRCUIT, data, TRUTH)))
                .isInstanceOf(org.interphase.core.ConvergenceException.class).hasMessageContaining("no start converged");
    }

    @Test
    void badInputIsRejected() {
        Spectrum two = CIRCUIT.spectrum(new double[] {1, 10, 100}, TRUTH);
        assertThatThrownBy(() -> CircuitFitter.withDefaults().solve(CircuitFitProblem.of(CIRCUIT, two, TRUTH))).hasMessageContaining(
                "a fit of 6 parameters needs more than 6 data values (2 per frequency), was 6");
        Spectrum data = CIRCUIT.spectrum(F, TRUTH);
        assertThatThrownBy(() -> CircuitFitter.withDefaults().solve(CircuitFitProblem.of(CIRCUIT, data, 10, 100, 1e-6, 0.85, 50))).hasMessageContaining(
                "initialGuess must hold one value per parameter of circuit");
        assertThatThrownBy(() -> CircuitFitter.withDefaults().solve(CircuitFitProblem.of(CIRCUIT, data, 10, 100, 1e-6, 1.5, 50, 1e-4))).hasMessageContaining(
                "initialGuess[3] (CPE1_1) is an exponent and must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> CircuitFitter.withDefaults().withStarts(0)).hasMessage("starts (number of starts) must be in [1, 10000], was 0");
        // an evaluation budget too small for any start: a ConvergenceException with a hint
        CircuitFitter starved = CircuitFitter.withDefaults().withMaxEvaluations(10).withStarts(2);
        assertThatThrownBy(() -> starved.solve(CircuitFitProblem.of(CIRCUIT, data, 20, 40, 3e-6, 0.7, 150, 3e-5)))
                .isInstanceOf(org.interphase.core.ConvergenceException.class)
                .hasMessageContaining("no start converged").hasMessageContaining("more starts");
    }
}
