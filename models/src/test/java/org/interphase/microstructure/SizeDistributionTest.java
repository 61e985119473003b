package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SizeDistributionTest {

    private static final int N = 200_000;

    /** Sample mean and standard deviation of ln r and of r against the parameters (5 standard errors). */
    @Test
    void logNormalSampleMomentsMatchTheParameters() {
        double median = 2e-6;
        double gsd = 1.4;
        SizeDistribution d = SizeDistribution.logNormal(median, gsd);
        double[] r = d.samples(N, 42);
        double s = Math.log(gsd);
        double meanLog = Arrays.stream(r).map(Math::log).average().orElseThrow();
        double varLog = Arrays.stream(r).map(v -> Math.pow(Math.log(v) - meanLog, 2)).sum() / (N - 1);
        assertThat(meanLog).isCloseTo(Math.log(median), within(5 * s / Math.sqrt(N)));
        // the sample variance of a normal has standard error σ²·√(2/(N − 1))
        assertThat(varLog).isCloseTo(s * s, within(5 * s * s * Math.sqrt(2.0 / (N - 1))));
        // moments of r: mean = median·exp(s²/2), sd = mean·√(exp(s²) − 1) (Aitchison & Brown 1957)
        double mean = Arrays.stream(r).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(r).map(v -> (v - mean) * (v - mean)).sum() / (N - 1));
        double expectedMean = median * Math.exp(s * s / 2);
        double expectedSd = expectedMean * Math.sqrt(Math.exp(s * s) - 1);
        assertThat(d.meanRadius()).isCloseTo(expectedMean, within(1e-12 * expectedMean));
        assertThat(d.standardDeviation()).isCloseTo(expectedSd, within(1e-9 * expectedSd));
        assertThat(mean).isCloseTo(expectedMean, within(5 * expectedSd / Math.sqrt(N)));
        assertThat(sd).isCloseTo(expectedSd, within(0.01 * expectedSd));
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        assertThat(sorted[N / 2]).isCloseTo(median, within(0.01 * median));
    }

    @Test
    void byMeanAndStandardDeviationInvertsTheMoments() {
        SizeDistribution d = SizeDistribution.logNormalByMean(3e-6, 1e-6);
        assertThat(d.meanRadius()).isCloseTo(3e-6, within(1e-18));
        assertThat(d.standardDeviation()).isCloseTo(1e-6, within(1e-17));
        double[] r = d.samples(N, 3);
        assertThat(Arrays.stream(r).average().orElseThrow()).isCloseTo(3e-6, within(5e-6 / Math.sqrt(N) * 1));
        assertThat(SizeDistribution.logNormalByMean(3e-6, 0).isFixed()).isTrue();
    }

    /** Truncated moments (closed form) against samples, and the bounds hold. */
    @Test
    void truncationRenormalisesAndBoundsTheDraws() {
        SizeDistribution d = SizeDistribution.logNormal(1e-6, 2.0).withBounds(0.5e-6, 2e-6);
        double[] r = d.samples(N, 9);
        assertThat(Arrays.stream(r).min().orElseThrow()).isGreaterThanOrEqualTo(0.5e-6);
        assertThat(Arrays.stream(r).max().orElseThrow()).isLessThanOrEqualTo(2e-6);
        double mean = Arrays.stream(r).average().orElseThrow();
        double m3 = Arrays.stream(r).map(v -> v * v * v).average().orElseThrow();
        assertThat(mean).isCloseTo(d.meanRadius(), within(5 * d.standardDeviation() / Math.sqrt(N)));
        assertThat(m3).isCloseTo(d.moment(3), within(0.01 * d.moment(3)));
        // untruncated the mean would be 1.27 µm; truncated symmetric in ln r around the median it is lower
        assertThat(d.meanRadius()).isLessThan(SizeDistribution.logNormal(1e-6, 2.0).meanRadius());
    }

    @Test
    void sameSeedSameDraws() {
        SizeDistribution d = SizeDistribution.logNormal(1e-6, 1.5);
        assertThat(d.samples(100, 5)).containsExactly(d.samples(100, 5));
        assertThat(d.samples(100, 6)).isNotEqualTo(d.samples(100, 5));
    }

    @Test
    void refusesBadParameters() {
        assertThatThrownBy(() -> SizeDistribution.logNormal(1e-6, 0.5)).hasMessageContaining("geometricStandardDeviation");
        assertThatThrownBy(() -> SizeDistribution.fixed(-1)).hasMessageContaining("radius");
        assertThatThrownBy(() -> SizeDistribution.logNormal(1e-6, 1.1).withBounds(1e-3, 2e-3))
                .hasMessageContaining("probability");
        assertThatThrownBy(() -> SizeDistribution.fixed(1e-6).withBounds(2e-6, 3e-6)).hasMessageContaining("fixed");
    }
}
