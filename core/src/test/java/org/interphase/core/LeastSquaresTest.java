package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LeastSquaresTest {

    private static final LeastSquares LM = LeastSquares.withDefaults();

    /** Straight line y = a + b·x with Gaussian noise, against the closed-form OLS estimates. */
    @Test
    void straightLineMatchesTheClosedFormEstimatesAndErrors() {
        // ordinary least squares of a line: b = Sxy/Sxx, a = ȳ − b·x̄, σ_b = s/√Sxx,
        // σ_a = s·√(1/n + x̄²/Sxx), s² = χ²/(n − 2) (Bevington & Robinson 2003, eqs. 6.12, 6.21–6.22)
        Random r = new Random(11);
        int n = 25;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.4;
            y[i] = 1.5 - 0.7 * x[i] + 0.05 * r.nextGaussian();
        }
        double xm = java.util.Arrays.stream(x).average().orElseThrow();
        double ym = java.util.Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - xm) * (x[i] - xm);
            sxy += (x[i] - xm) * (y[i] - ym);
        }
        double b = sxy / sxx;
        double a = ym - b * xm;
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            chi2 += Math.pow(y[i] - a - b * x[i], 2);
        }
        double s = Math.sqrt(chi2 / (n - 2));
        LeastSquares.Outcome o = LM.solve(LeastSquares.Problem.of(p -> line(p, x), y, new double[] {0, 0}));
        assertThat(o.point()[0]).isCloseTo(a, within(1e-9));
        assertThat(o.point()[1]).isCloseTo(b, within(1e-9));
        assertThat(o.chiSquare()).isCloseTo(chi2, within(1e-9 * chi2));
        assertThat(o.rms()).isCloseTo(Math.sqrt(chi2 / n), within(1e-9));
        assertThat(o.degreesOfFreedom()).isEqualTo(n - 2);
        assertThat(o.standardErrors().get(1).getAsDouble()).isCloseTo(s / Math.sqrt(sxx), within(1e-6 * s / Math.sqrt(sxx)));
        double sa = s * Math.sqrt(1.0 / n + xm * xm / sxx);
        assertThat(o.standardErrors().get(0).getAsDouble()).isCloseTo(sa, within(1e-6 * sa));
        // cov(a, b) = −x̄·s²/Sxx (ibid.)
        assertThat(o.covariance()).isPresent();
        assertThat(o.covariance().orElseThrow()[0][1]).isCloseTo(-xm * s * s / sxx, within(1e-6 * xm * s * s / sxx));
        assertThat(o.undetermined()).isEmpty();
        assertThat(o.warnings()).isEmpty();
        assertThat(o.iterations()).isPositive();
        assertThat(o.evaluations()).isPositive();
    }

    private static double[] line(double[] p, double[] x) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = p[0] + p[1] * x[i];
        }
        return v;
    }

    @Test
    void weightedMeanIsTheWeightedAverage() {
        // a constant fitted with weights w_i: c = Σw·y/Σw, σ_c² = s²/Σw, s² = χ²/(n − 1)
        double[] y = {1.0, 1.2, 0.9, 1.4};
        double[] w = {4, 1, 2, 0.5};
        double sw = 0;
        double swy = 0;
        for (int i = 0; i < y.length; i++) {
            sw += w[i];
            swy += w[i] * y[i];
        }
        double c = swy / sw;
        double chi2 = 0;
        for (int i = 0; i < y.length; i++) {
            chi2 += w[i] * (y[i] - c) * (y[i] - c);
        }
        LeastSquares.Outcome o = LM.solve(LeastSquares.Problem.of(p -> new double[] {p[0], p[0], p[0], p[0]}, y,
                new double[] {0}).withWeights(w));
        assertThat(o.point()[0]).isCloseTo(c, within(1e-12));
        assertThat(o.chiSquare()).isCloseTo(chi2, within(1e-12));
        assertThat(o.standardErrors().get(0).getAsDouble()).isCloseTo(Math.sqrt(chi2 / 3 / sw), within(1e-9));
    }

    @Test
    void analyticAndFiniteDifferenceJacobiansAgreeOnANonlinearFit() {
        // y = A·exp(−t/τ), exact data: both variants recover A and τ
        double[] t = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < t.length; i++) {
            t[i] = 0.1 * i;
            y[i] = 3 * Math.exp(-t[i] / 0.8);
        }
        LeastSquares.Outcome fd = LM.solve(LeastSquares.Problem.of(p -> {
            double[] v = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                v[i] = p[0] * Math.exp(-t[i] / p[1]);
            }
            return v;
        }, y, new double[] {1, 2}));
        LeastSquares.Outcome an = LM.solve(LeastSquares.Problem.withJacobian(p -> {
            double[] v = new double[t.length];
            double[][] j = new double[t.length][2];
            for (int i = 0; i < t.length; i++) {
                double e = Math.exp(-t[i] / p[1]);
                v[i] = p[0] * e;
                j[i][0] = e;
                j[i][1] = p[0] * e * t[i] / (p[1] * p[1]);
            }
            return new LeastSquares.Evaluation(v, j);
        }, y, new double[] {1, 2}));
        for (LeastSquares.Outcome o : new LeastSquares.Outcome[] {fd, an}) {
            assertThat(o.point()[0]).isCloseTo(3, within(1e-9));
            assertThat(o.point()[1]).isCloseTo(0.8, within(1e-9));
            assertThat(o.rms()).isLessThan(1e-10);
        }
    }

    @Test
    void aParameterWithoutInfluenceIsUndeterminedAndTheOthersKeepTheirErrors() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {0.1, 1.1, 1.9, 3.2, 3.9, 5.1};
        LeastSquares.Outcome two = LM.solve(LeastSquares.Problem.of(p -> line(p, x), y, new double[] {0, 1}));
        // a third parameter the model ignores: its column is zero
        LeastSquares.Outcome three = LM.solve(LeastSquares.Problem.of(p -> line(p, x), y, new double[] {0, 1, 5}));
        assertThat(three.undetermined()).containsExactly(2);
        // not determined: an empty entry, not +∞
        assertThat(three.standardErrors().get(2)).isEmpty();
        assertThat(three.standardErrors().get(0).getAsDouble()).isCloseTo(two.standardErrors().get(0).getAsDouble(),
                within(1e-9));
        assertThat(three.standardErrors().get(1).getAsDouble()).isCloseTo(two.standardErrors().get(1).getAsDouble(),
                within(1e-9));
        assertThat(three.toString()).contains("5 (not determined)");
        assertThat(three.degreesOfFreedom()).isEqualTo(two.degreesOfFreedom());
        assertThat(three.covariance()).isEmpty();
        assertThat(three.warnings()).singleElement().asString().contains("do not determine parameter(s) [2]");
        // a slope held at its upper bound is undetermined too
        LeastSquares.Outcome pinned = LM.solve(LeastSquares.Problem.of(p -> line(p, x), y, new double[] {0, 0.5})
                .withBounds(new double[] {Double.NEGATIVE_INFINITY, 0}, new double[] {Double.POSITIVE_INFINITY, 0.5}));
        assertThat(pinned.point()[1]).isEqualTo(0.5);
        assertThat(pinned.undetermined()).containsExactly(1);
        assertThat(pinned.standardErrors().get(0)).isPresent();
        assertThat(pinned.standardErrors().get(1)).isEmpty();
    }

    @Test
    void noDegreesOfFreedomLeaveEveryErrorUndeterminedAndSaySo() {
        double[] x = {0, 1};
        LeastSquares.Outcome o = LM.solve(LeastSquares.Problem.of(p -> line(p, x), new double[] {1, 3}, new double[] {0, 0}));
        assertThat(o.point()[0]).isCloseTo(1, within(1e-10));
        assertThat(o.point()[1]).isCloseTo(2, within(1e-10));
        assertThat(o.standardErrors()).hasSize(2).allMatch(java.util.OptionalDouble::isEmpty);
        assertThat(o.degreesOfFreedom()).isZero();
        assertThat(o.warnings()).singleElement().asString().contains("no degrees of freedom");
    }

    @Test
    void correlatedParametersLeaveEveryErrorUndetermined() {
        // y = (a + b)·x: only a + b is determined, both columns are equal and JᵀJ is singular
        double[] x = {1, 2, 3, 4};
        double[] y = {2.1, 3.9, 6.2, 7.8};
        LeastSquares.Outcome o = LM.solve(LeastSquares.Problem.of(p -> {
            double[] v = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                v[i] = (p[0] + p[1]) * x[i];
            }
            return v;
        }, y, new double[] {1, 0.5}));
        assertThat(o.standardErrors()).hasSize(2).allMatch(java.util.OptionalDouble::isEmpty);
        assertThat(o.warnings()).anySatisfy(w -> assertThat(w).contains("correlated beyond resolution"));
    }

    @Test
    void commonsMathFailuresBecomeTheLibrarysExceptions() {
        double[] t = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {5, 3.1, 1.8, 1.2, 0.7, 0.4, 0.3};
        LeastSquares.Problem decay = LeastSquares.Problem.of(p -> {
            double[] v = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                v[i] = p[0] * Math.exp(-p[1] * t[i]);
            }
            return v;
        }, y, new double[] {1, 0.1}).withDescription("decay fit");
        // TooManyEvaluationsException
        assertThatThrownBy(() -> LM.withMaxEvaluations(2).solve(decay)).isInstanceOf(ConvergenceException.class)
                .hasMessageStartingWith("Levenberg–Marquardt decay fit did not converge")
                .hasMessageContaining("budget of 2 evaluations");
        // Commons Math's ConvergenceException (TOO_SMALL_*_TOLERANCE): zero tolerances cannot be met
        LeastSquares exact = LM.withCostRelativeTolerance(0).withParameterRelativeTolerance(0).withOrthoTolerance(0);
        assertThatThrownBy(() -> exact.solve(decay)).isInstanceOf(ConvergenceException.class)
                .hasMessageContaining("tolerances cannot be met in double precision");
        // a model defined only for p ≤ 1, asked for p = 5: the first Gauss–Newton step leaves its domain
        LeastSquares.Problem blowUp = LeastSquares.Problem.of(p -> {
            double[] v = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                v[i] = p[0] <= 1 ? p[0] * t[i] : Double.NaN;
            }
            return v;
        }, java.util.Arrays.stream(t).map(ti -> 5 * ti).toArray(), new double[] {0});
        assertThatThrownBy(() -> LM.solve(blowUp)).isInstanceOf(ConvergenceException.class)
                .hasMessageContaining("not finite");
    }

    @Test
    void badInputIsRefusedBeforeAnyWork() {
        double[] x = {0, 1, 2};
        LeastSquares.Problem ok = LeastSquares.Problem.of(p -> line(p, x), new double[] {1, 2, 3}, new double[] {0, 0});
        assertThatThrownBy(() -> LM.solve(null)).isInstanceOf(NullPointerException.class).hasMessage("problem must not be null");
        assertThatThrownBy(() -> LeastSquares.Problem.of(null, new double[] {1}, new double[] {0}))
                .isInstanceOf(NullPointerException.class).hasMessage("model must not be null");
        assertThatThrownBy(() -> LeastSquares.Problem.of(p -> p, new double[] {1}, new double[] {0, 0}))
                .hasMessage("a fit of 2 parameters needs at least as many observations, had 1");
        assertThatThrownBy(() -> LeastSquares.Problem.of(p -> p, new double[] {Double.NaN}, new double[] {0}))
                .hasMessageContaining("observations[0] must be a finite number");
        assertThatThrownBy(() -> ok.withWeights(new double[] {1, 0, 1})).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> ok.withWeights(new double[] {1, 1})).hasMessageContaining("same length");
        assertThatThrownBy(() -> ok.withBounds(new double[] {0, 1}, new double[] {1, 1}))
                .hasMessage("bounds of parameter 1: lower must be < upper, were 1.0 and 1.0");
        assertThatThrownBy(() -> ok.withFiniteDifferenceStep(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LM.withMaxEvaluations(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LM.withCostRelativeTolerance(1)).hasMessage("cost relative tolerance must be in [0, 1), was 1.0");
        assertThatThrownBy(() -> LM.withOrthoTolerance(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        // a model of the wrong shape, or not finite at the start: IAE, not a Commons Math exception
        assertThatThrownBy(() -> LM.solve(LeastSquares.Problem.of(p -> new double[2], new double[] {1, 2, 3}, new double[] {0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must return 3 values");
        assertThatThrownBy(() -> LM.solve(LeastSquares.Problem.of(p -> new double[] {Double.NaN}, new double[] {1}, new double[] {0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(the start)");
        assertThatThrownBy(() -> LM.solve(LeastSquares.Problem.withJacobian(p -> new LeastSquares.Evaluation(new double[1],
                new double[1][2]), new double[] {1}, new double[] {0}))).hasMessageContaining("1 columns");
    }

    @Test
    void outcomesAreValuesAndSettingsPrintThemselves() {
        double[] x = {0, 1, 2, 3};
        LeastSquares.Problem p = LeastSquares.Problem.of(q -> line(q, x), new double[] {1, 2.1, 2.9, 4}, new double[] {0, 0});
        LeastSquares.Outcome a = LM.solve(p);
        assertThat(a).isEqualTo(LM.solve(p)).hasSameHashCodeAs(LM.solve(p));
        a.point()[0] = 99;
        a.covariance().orElseThrow()[0][0] = 99;
        assertThat(a.point()[0]).isNotEqualTo(99);
        assertThat(a.covariance().orElseThrow()[0][0]).isNotEqualTo(99);
        assertThat(a.toString()).startsWith("LeastSquares.Outcome[p = [").contains(" ± ").contains("χ²");
        assertThat(LM.toString()).isEqualTo("LeastSquares[Levenberg–Marquardt, max 10000 evaluations, tolerances cost"
                + " 1.0e-10, parameters 1.0e-10, orthogonality 1.0e-10, initial step bound factor 100, negligible"
                + " sensitivity 1.0e-08]");
        assertThat(p.toString()).isEqualTo("LeastSquares.Problem[least-squares fit: 4 observations, 2 parameters,"
                + " unit weights, finite-difference Jacobian]");
        assertThat(p.parameters()).isEqualTo(2);
        assertThat(LM.maxEvaluations()).isEqualTo(10_000);
    }
}
