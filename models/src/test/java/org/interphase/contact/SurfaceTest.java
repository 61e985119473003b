package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.interphase.core.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurfaceTest {

    @Test
    void statisticsOfASingleWaveAreExact() {
        // h = a cos(2πx/L): h_rms = a/√2, h'_rms = a k/√2, h''_rms = a k²/√2
        double a = 1e-8;
        double l = 1e-6;
        Surface s = Surface.sample(32, 8, l / 32, l / 8, (x, y) -> a * Math.cos(2 * Math.PI * x / l));
        SurfaceStatistics st = s.statistics();
        double k = 2 * Math.PI / l;
        assertThat(st.rmsHeight()).isCloseTo(a / Math.sqrt(2), within(1e-12 * a));
        assertThat(st.rmsSlope()).isCloseTo(a * k / Math.sqrt(2), within(1e-12 * a * k));
        assertThat(st.rmsCurvature()).isCloseTo(a * k * k / Math.sqrt(2), within(1e-12 * a * k * k));
        // central differences: sin(k dx)/(k dx) low
        double kdx = k * l / 32;
        assertThat(st.rmsSlopeFiniteDifference()).isCloseTo(a * k / Math.sqrt(2) * Math.sin(kdx) / kdx,
                within(1e-10 * a * k));
    }

    @Test
    void generatedSurfaceHasTheRequestedSlopeAndPsdExponent() {
        double l = 10e-6;
        int n = 256;
        double hurst = 0.7;
        double qr = 2 * Math.PI / l * 4;
        double qs = 2 * Math.PI / l * 32; // λ_s = 8 px... 256/32 = 8 px per shortest wavelength
        SelfAffineGenerator gen = SelfAffineGenerator.builder().points(n).size(l).hurst(hurst).rolloff(qr)
                .cutoff(qs).rmsSlope(0.1).build();
        Surface s = gen.generate(42);
        SurfaceStatistics st = s.statistics();
        assertThat(st.rmsSlope()).isCloseTo(0.1, within(1e-12));
        // independent finite-difference estimate: central differences under-read a mode of wavevector k
        // by sin(k dx)/(k dx), at most 10 % at λ = 8 dx and less on average over the band
        assertThat(st.rmsSlopeFiniteDifference()).isBetween(0.09, 0.1);
        assertThat(Math.abs(st.mean())).isLessThan(1e-6 * st.rmsHeight());
        // PSD exponent −2−2H from a log–log fit of the radially averaged PSD over the self-affine band
        Profile psd = SurfaceStatistics.powerSpectrum(s, 40);
        SimpleRegression fit = new SimpleRegression();
        for (int i = 0; i < psd.size(); i++) {
            double q = psd.x(i);
            if (q > 1.3 * qr && q < qs / 1.3) {
                fit.addData(Math.log(q), Math.log(psd.y(i)));
            }
        }
        assertThat(fit.getN()).isGreaterThan(10);
        assertThat(fit.getSlope()).isCloseTo(-2 - 2 * hurst, within(0.1));
        // flat below the roll-off: the mean PSD of the bins below q_r matches the bins just above it; a
        // power law continued below q_r would be 2^(2+2H) ≈ 10 times higher at q_r/2
        double below = 0;
        int nb = 0;
        double at = 0;
        int na = 0;
        for (int i = 0; i < psd.size(); i++) {
            if (psd.x(i) < qr / 1.05) {
                below += psd.y(i);
                nb++;
            } else if (psd.x(i) < 1.3 * qr) {
                at += psd.y(i);
                na++;
            }
        }
        assertThat((below / nb) / (at / na)).isBetween(0.4, 2.5);
        // the same seed gives the same surface, another seed another one
        assertThat(gen.generate(42).heights()).containsExactly(s.heights());
        assertThat(gen.generate(43).height(3, 5)).isNotEqualTo(s.height(3, 5));
    }

    @Test
    void rmsHeightTarget() {
        Surface s = SelfAffineGenerator.builder().points(64).size(1e-6).rmsHeight(5e-9).build().generate(1);
        assertThat(s.statistics().rmsHeight()).isCloseTo(5e-9, within(1e-20));
    }

    @Test
    void readsAHeightMapFromCsv(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("map.csv");
        Files.writeString(f, "# heights in nm\n1, 2, 3, 4\n5;6;7;8\n\n9 10\t11 12\n13,14,15,16\n");
        Surface s = Surface.readCsv(f, 1e-7, 2e-7, 1e-9);
        assertThat(s.nx()).isEqualTo(4);
        assertThat(s.ny()).isEqualTo(4);
        assertThat(s.height(2, 1)).isCloseTo(10e-9, within(1e-20));
        assertThat(s.lengthY()).isCloseTo(8e-7, within(1e-20));
        Files.writeString(f, "1, 2\n3, NaN\n");
        assertThatThrownBy(() -> Surface.readCsv(f, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2, column 2");
        Files.writeString(f, "1, 2\n3\n");
        assertThatThrownBy(() -> Surface.readCsv(f, 1, 1, 1)).hasMessageContaining("line 2 has 1 values");
    }

    @Test
    void rejectsNanHeights() {
        double[] h = new double[16];
        h[5] = Double.NaN;
        assertThatThrownBy(() -> Surface.of(4, 4, 1, 1, h)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heights[5] must be a finite number");
    }

    @Test
    void heightChecksEachIndexOnItsOwnAxis() {
        // issue 13: on a 4×4 grid (0, 4) has the flat index 4, which is the point (1, 0)
        double[] h = new double[16];
        for (int i = 0; i < h.length; i++) {
            h[i] = i * 1e-9;
        }
        Surface s = Surface.of(4, 4, 1e-6, 1e-6, h);
        assertThat(s.height(1, 2)).isEqualTo(h[6]);
        assertThat(s.height(3, 3)).isEqualTo(h[15]);
        assertThatThrownBy(() -> s.height(0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 4)").hasMessageContaining("iy in [0, 3]");
        assertThatThrownBy(() -> s.height(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.height(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ix must be in [0, 3]");
        assertThatThrownBy(() -> s.height(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badGridsAreRejectedBeforeAnyWork(@TempDir Path dir) {
        // a negative nx made sample() allocate a negative-size array (NegativeArraySizeException), and
        // readCsv read the whole file before checking dx
        assertThatThrownBy(() -> Surface.sample(-2, 4, 1e-6, 1e-6, (x, y) -> 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nx");
        assertThatThrownBy(() -> Surface.sample(65536, 65536, 1e-6, 1e-6, (x, y) -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nx·ny");
        assertThatThrownBy(() -> Surface.sample(4, 4, 1e-6, 1e-6, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("height");
        assertThatThrownBy(() -> Surface.readCsv(dir.resolve("absent.csv"), -1, 1e-6, 1e-9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid spacing dx");
    }

    @Test
    void realSpaceStatisticsAgreeWithTheSpectrumAndWithPlainSums() {
        // Parseval: Σ_{k≠0}|c(k)|² is the population variance of the heights; the Welford mean of Guava's
        // Stats equals the plain sum/n to round-off; both checked to 1e-12 relative
        Surface rough = SelfAffineGenerator.builder().points(64).size(1e-6).hurst(0.7).rmsSlope(0.2).build().generate(3);
        double[] h = rough.heights();
        for (int i = 0; i < h.length; i++) {
            h[i] += 3e-7; // an offset mean plane, so that the mean is not round-off around zero
        }
        Surface s = Surface.of(64, 64, rough.dx(), rough.dy(), h);
        SurfaceStatistics st = s.statistics();
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : h) {
            sum += v;
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        double mean = sum / h.length;
        double var = 0;
        for (double v : h) {
            var += (v - mean) * (v - mean);
        }
        double rms = Math.sqrt(var / h.length);
        assertThat(st.mean()).isCloseTo(mean, within(1e-12 * Math.abs(mean)));
        assertThat(st.rmsHeight()).isCloseTo(rms, within(1e-12 * rms));
        assertThat(st.max()).isEqualTo(max);
        assertThat(st.min()).isEqualTo(min);
        // the spectral sums run on heights scaled by a power of two: scaling by 2^k scales every statistic
        // by exactly 2^k
        SurfaceStatistics scaled = s.scaled(Math.scalb(1.0, 40)).statistics();
        assertThat(scaled.rmsSlope()).isEqualTo(Math.scalb(st.rmsSlope(), 40));
        assertThat(scaled.rmsCurvature()).isEqualTo(Math.scalb(st.rmsCurvature(), 40));
    }
}
