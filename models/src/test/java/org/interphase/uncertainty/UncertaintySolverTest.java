package org.interphase.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.interphase.core.CancellationToken;
import org.interphase.core.CancelledException;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.junit.jupiter.api.Test;

class UncertaintySolverTest {

    private static final UncertainInput X1 = UncertainInput.of("x1", "m", Distribution.normal(2.0, 0.3));
    private static final UncertainInput X2 = UncertainInput.of("x2", "m", Distribution.uniform(-1.0, 3.0));

    /** y = 3·x1 − 2·x2 + 1: Var y = 9·σ1² + 4·(b − a)²/12 exactly, E y = 3·μ1 − 2·(a + b)/2 + 1. */
    private static UncertaintyProblem linear() {
        return UncertaintyProblem.of("y", "m", s -> 3 * s.value("x1") - 2 * s.value("x2") + 1, X1, X2);
    }

    @Test
    void linearModelMonteCarloMatchesTheAnalyticMeanAndVarianceWithinSamplingError() {
        int n = 40_000;
        UncertaintySolution s = UncertaintySolver.withDefaults().withSampling(Sampling.MONTE_CARLO).withSamples(n)
                .withSeed(42).withThreads(2).solve(linear());
        double var = 9 * 0.09 + 4 * 16.0 / 12; // 0.81 + 5.3333
        double mean = 3 * 2.0 - 2 * 1.0 + 1;
        // standard error of the mean σ/√n; of the variance σ²·√((κ − 1)/n), κ ≤ 3 for this sum of a normal and a uniform
        assertThat(s.mean()).isCloseTo(mean, within(4 * Math.sqrt(var / n)));
        double sv = s.standardDeviation() * s.standardDeviation();
        assertThat(sv).isCloseTo(var, within(4 * var * Math.sqrt(2.0 / n)));
        // the uniform term carries 87 % of the variance and falls with x2: it ranks first, negative
        assertThat(s.sensitivities().get(0).input()).isEqualTo("x2");
        assertThat(s.sensitivities().get(0).coefficient()).isNegative();
        assertThat(s.sensitivities().get(1).coefficient()).isPositive();
    }

    @Test
    void latinHypercubeMeanOfALinearModelIsFarCloserThanMonteCarloError() {
        // for an additive model the LHS mean's variance falls faster than 1/n (Stein 1987): at n = 2000 its error is
        // far below one Monte Carlo standard error; this fails if the strata are not used
        int n = 2000;
        UncertaintySolution s = UncertaintySolver.withDefaults().withSamples(n).withSeed(7).solve(linear());
        double var = 9 * 0.09 + 4 * 16.0 / 12;
        assertThat(s.mean()).isCloseTo(5.0, within(0.1 * Math.sqrt(var / n)));
    }

    @Test
    void resultIsBitIdenticalForOneAndFourThreads() {
        for (Sampling sampling : Sampling.values()) {
            UncertaintySolver base = UncertaintySolver.withDefaults().withSampling(sampling).withSamples(3001).withSeed(-5);
            UncertaintyProblem p = UncertaintyProblem.of("y", "1",
                    s -> Math.sin(s.value("x1")) * Math.exp(0.1 * s.value("x2")), X1, X2);
            UncertaintySolution one = base.withThreads(1).solve(p);
            UncertaintySolution four = base.withThreads(4).solve(p);
            assertThat(four.outputs()).isEqualTo(one.outputs());
            assertThat(four.inputValues("x1")).isEqualTo(one.inputValues("x1"));
            assertThat(Double.doubleToRawLongBits(four.mean())).isEqualTo(Double.doubleToRawLongBits(one.mean()));
            assertThat(Double.doubleToRawLongBits(four.standardDeviation()))
                    .isEqualTo(Double.doubleToRawLongBits(one.standardDeviation()));
            assertThat(four.sensitivities()).isEqualTo(one.sensitivities());
            assertThat(four.toString()).isEqualTo(one.toString().replace("4 threads", "1 thread"));
            // another seed gives other samples
            assertThat(base.withSeed(-4).withThreads(1).solve(p).outputs()).isNotEqualTo(one.outputs());
        }
    }

    @Test
    void latinHypercubePutsExactlyOneSampleInEveryStratumOfEveryInput() {
        int n = 500;
        UncertaintySolution s = UncertaintySolver.withDefaults().withSamples(n).withSeed(3).withThreads(3)
                .solve(linear());
        for (UncertainInput in : List.of(X1, X2)) {
            int[] count = new int[n];
            for (double x : s.inputValues(in.name())) {
                double u = in.distribution().cumulativeProbability(x);
                int k = (int) Math.floor(u * n);
                // a normal's CDF round trip may land on the boundary by an ulp: stay inside
                count[Math.min(n - 1, Math.max(0, k))]++;
            }
            assertThat(count).containsOnly(1);
        }
    }

    @Test
    void monteCarloIsNotStratified() {
        // the same check on Monte Carlo samples fails: some strata are empty (P(all filled) = n!/n^n)
        int n = 500;
        UncertaintySolution s = UncertaintySolver.withDefaults().withSampling(Sampling.MONTE_CARLO).withSamples(n)
                .solve(linear());
        int[] count = new int[n];
        for (double x : s.inputValues("x2")) {
            count[(int) Math.floor(X2.distribution().cumulativeProbability(x) * n)]++;
        }
        assertThat(count).contains(0);
    }

    @Test
    void quantilesAndCdfAreInverse() {
        for (Distribution d : List.of(Distribution.normal(1, 2), Distribution.logNormal(3, 0.5), Distribution.uniform(-2, 5),
                Distribution.logUniform(1e-6, 1e-3))) {
            for (double u : new double[] {1e-9, 0.01, 0.3, 0.5, 0.77, 0.999}) {
                assertThat(d.cumulativeProbability(d.quantile(u))).as(d + " at " + u).isCloseTo(u, within(1e-12 + 1e-9 * u));
            }
        }
        // the standard normal's 97.5 % quantile, 1.959963984540054 (Abramowitz & Stegun, table 26.5)
        assertThat(Distribution.normal(0, 1).quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        // far tails stay finite and accurate (Commons Math's erfcInv alone returns −∞ at 1e-300): reference values
        // Φ⁻¹(1e-300) = −37.047096, Φ⁻¹(1e-12) = −7.0344838, solved independently at 40 digits (mpmath,
        // ln(½·erfc(z/√2)) = ln q); the upper tail is symmetric
        assertThat(Distribution.normal(0, 1).quantile(1e-300)).isCloseTo(-37.0471, within(1e-3));
        assertThat(Distribution.normal(0, 1).quantile(1e-12)).isCloseTo(-7.034484, within(1e-5));
        assertThat(Distribution.normal(0, 1).quantile(1 - 1e-12)).isCloseTo(7.034484, within(1e-3));
    }

    @Test
    void monotoneSingleInputHasSpearmanOneAndPercentilesFollowTheQuantiles() {
        UncertainInput x = UncertainInput.of("x", "1", Distribution.uniform(0, 1));
        UncertaintySolution s = UncertaintySolver.withDefaults().withSamples(10_001).solve(
                UncertaintyProblem.of("x³", "1", v -> Math.pow(v.value("x"), 3), x));
        assertThat(s.sensitivities().get(0).coefficient()).isEqualTo(1.0, within(1e-12));
        // median of x³ for x uniform on [0, 1] is 0.5³; LHS puts one sample per 1/10001 stratum
        assertThat(s.percentile(50)).isCloseTo(0.125, within(3 * 0.75 / 10_001.0));
        Interval ci = s.interval(0.9);
        assertThat(ci.low()).isCloseTo(Math.pow(0.05, 3), within(1e-4));
        assertThat(ci.high()).isCloseTo(Math.pow(0.95, 3), within(1e-3));
    }

    @Test
    void cancellationStopsWithinABoundedNumberOfSamples() {
        CancellationToken token = CancellationToken.create();
        AtomicInteger calls = new AtomicInteger();
        UncertaintyProblem p = UncertaintyProblem.of("y", "1", s -> {
            if (calls.incrementAndGet() == 10) {
                token.cancel();
            }
            return s.value("x1");
        }, X1);
        for (int threads : new int[] {1, 4}) {
            calls.set(0);
            CancellationToken t = CancellationToken.create();
            UncertaintyProblem q = UncertaintyProblem.of("y", "1", s -> {
                if (calls.incrementAndGet() == 10) {
                    t.cancel();
                }
                return s.value("x1");
            }, X1);
            assertThatThrownBy(() -> UncertaintySolver.withDefaults().withSamples(100_000).withThreads(threads)
                    .withCancellation(t).solve(q)).isInstanceOf(CancelledException.class)
                    .hasMessageContaining("UncertaintySolver");
            // after the request each thread finishes at most the sample it is in
            assertThat(calls.get()).isLessThanOrEqualTo(10 + threads);
        }
        // a cancelled token refuses the start
        token.cancel();
        assertThatThrownBy(() -> UncertaintySolver.withDefaults().withCancellation(token).solve(p))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void progressIsMonotoneAndEndsAtOne() {
        List<Double> seen = new ArrayList<>();
        UncertaintySolver.withDefaults().withSamples(2000).withThreads(4)
                .withProgress((f, m) -> seen.add(f)).solve(linear());
        assertThat(seen).isSortedAccordingTo(Double::compare);
        assertThat(seen.get(0)).isEqualTo(0.0);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen.stream().filter(f -> f == 1.0)).hasSize(1);
    }

    @Test
    void catalogRangeBecomesTheInputsSpreadWithItsSource() {
        UncertainInput sigma = UncertainInput.fromCatalog(Materials.LINBO3, Property.IONIC_CONDUCTIVITY);
        var v = Materials.LINBO3.property(Property.IONIC_CONDUCTIVITY).orElseThrow();
        var r = v.range().orElseThrow();
        // the catalog's LiNbO3 range spans a decade (1e-6 … 1e-5 S/cm): log-uniform on it
        assertThat(sigma.distribution().kind()).isEqualTo(Distribution.Kind.LOG_UNIFORM);
        assertThat(sigma.distribution().quantile(1e-12)).isCloseTo(r.low(), within(1e-9 * r.low()));
        assertThat(sigma.source()).contains(v.source().toCitation());
        assertThat(sigma.unit()).isEqualTo("S/m");
        UncertaintySolution s = UncertaintySolver.withDefaults().withSamples(200)
                .solve(UncertaintyProblem.of("R", "Ω·m²", x -> 5e-9 / x.value(sigma.name()), sigma));
        assertThat(s.citations()).containsExactly(v.source().toCitation());
        assertThat(s.assumptions()).singleElement().asString().contains("log-uniform");
        assertThat(s.sensitivities().get(0).coefficient()).isEqualTo(-1.0, within(1e-12));
    }

    @Test
    void nonFiniteModelOutputNamesTheSample() {
        assertThatThrownBy(() -> UncertaintySolver.withDefaults().withSamples(10).solve(
                UncertaintyProblem.of("y", "1", s -> s.index() == 3 ? Double.NaN : 1.0, X1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Sample 3");
    }
}
