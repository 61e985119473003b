package org.interphase.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed half-spectrum convolution against a direct O(N⁴) sum. */
class SpectralKernelTest {

    @Test
    void periodicConvolutionMatchesDirectSum() {
        int nx = 8;
        int ny = 4;
        double lx = 3.0;
        double ly = 2.0;
        SpectralKernel k = ElasticKernels.periodicHalfSpace(nx, ny, lx, ly, 2.0);
        // real-space kernel from the same spectrum by a direct inverse DFT
        double[] g = new double[nx * ny];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double s = 0;
                for (int k1 = 0; k1 < nx; k1++) {
                    for (int k2 = 0; k2 < ny; k2++) {
                        int s1 = k1 <= nx / 2 ? k1 : k1 - nx;
                        int s2 = k2 <= ny / 2 ? k2 : k2 - ny;
                        double q = Math.hypot(2 * Math.PI * s1 / lx, 2 * Math.PI * s2 / ly);
                        double c = q == 0 ? 0 : 2.0 / (2.0 * q);
                        s += c * Math.cos(2 * Math.PI * (k1 * i / (double) nx + k2 * j / (double) ny));
                    }
                }
                g[i * ny + j] = s / (nx * ny);
            }
        }
        double[] p = random(nx * ny, 1);
        double[] u = new double[nx * ny];
        k.apply(p, u);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double s = 0;
                for (int a = 0; a < nx; a++) {
                    for (int b = 0; b < ny; b++) {
                        s += g[Math.floorMod(i - a, nx) * ny + Math.floorMod(j - b, ny)] * p[a * ny + b];
                    }
                }
                assertThat(u[i * ny + j]).isCloseTo(s, within(1e-12));
            }
        }
    }

    @Test
    void paddedConvolutionMatchesDirectLoveSum() {
        int nx = 4;
        int ny = 4;
        double dx = 0.5;
        double dy = 0.25;
        SpectralKernel k = ElasticKernels.nonPeriodic(nx, ny, dx, dy, 3.0);
        double[] p = random(nx * ny, 2);
        double[] u = new double[nx * ny];
        k.apply(p, u);
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double s = 0;
                for (int a = 0; a < nx; a++) {
                    for (int b = 0; b < ny; b++) {
                        s += ElasticKernels.love((i - a) * dx, (j - b) * dy, dx / 2, dy / 2) / (Math.PI * 3.0)
                                * p[a * ny + b];
                    }
                }
                assertThat(u[i * ny + j]).isCloseTo(s, within(1e-12));
            }
        }
    }

    @Test
    void paddedKernelOnALargeGridIsLovesInfluenceFunction() {
        // 256×128 physical grid, 512×256 FFT grid: multithreaded JTransforms path
        int nx = 256;
        int ny = 128;
        double[] u = new double[nx * ny];
        SpectralKernel padded = ElasticKernels.nonPeriodic(nx, ny, 0.1, 0.2, 3.0);
        double[] q = new double[nx * ny];
        q[5 * ny + 7] = 1.0;
        padded.apply(q, u);
        for (int i : new int[] {0, 5, 100, 255}) {
            for (int j : new int[] {0, 7, 64, 127}) {
                double expected = ElasticKernels.love((i - 5) * 0.1, (j - 7) * 0.2, 0.05, 0.1) / (Math.PI * 3.0);
                assertThat(u[i * ny + j]).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-15));
            }
        }
    }

    /** K*p by a full complex 2D FFT (JTransforms' own, not the fused row/column pass under test). */
    static double[] fullComplexConvolution(double[] p, int nx, int ny, SpectralKernel.ModeFunction k) {
        double[] c = new double[2 * nx * ny];
        for (int i = 0; i < nx * ny; i++) {
            c[2 * i] = p[i];
        }
        org.jtransforms.fft.DoubleFFT_2D fft = new org.jtransforms.fft.DoubleFFT_2D(nx, ny);
        fft.complexForward(c);
        for (int k1 = 0; k1 < nx; k1++) {
            for (int k2 = 0; k2 < ny; k2++) {
                double m = k.at(k1, k2 <= ny / 2 ? k2 : ny - k2);
                c[2 * (k1 * ny + k2)] *= m;
                c[2 * (k1 * ny + k2) + 1] *= m;
            }
        }
        fft.complexInverse(c, true);
        double[] out = new double[nx * ny];
        for (int i = 0; i < nx * ny; i++) {
            out[i] = c[2 * i];
        }
        return out;
    }

    @Test
    void fusedConvolutionMatchesAFullComplexTransformOnEveryGridShape() {
        // a kernel even in k1 whose Nyquist column differs from its zero column, so that the shared complex
        // column of k2 = 0 and k2 = ny/2 is tested; 512×256 is split over threads, the small ones are not
        int before = pl.edu.icm.jlargearrays.ConcurrencyUtils.getNumberOfThreads();
        try {
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(3);
            for (int[] shape : new int[][] {{2, 2}, {2, 8}, {16, 2}, {8, 32}, {512, 256}}) {
                int nx = shape[0];
                int ny = shape[1];
                SpectralKernel.ModeFunction f = (k1, k2) -> 1.0 / (1 + Math.min(k1, nx - k1) + 0.5 * k2 * k2)
                        + (k2 == ny / 2 ? 0.3 : 0.0);
                SpectralKernel k = SpectralKernel.periodic(nx, ny, f);
                double[] p = random(nx * ny, nx + ny);
                double[] expected = fullComplexConvolution(p, nx, ny, f);
                double[] u = new double[nx * ny];
                k.apply(p, u);
                k.apply(p, p);
                for (int i = 0; i < nx * ny; i++) {
                    assertThat(u[i]).as("%d×%d at %d", nx, ny, i).isCloseTo(expected[i], within(1e-12));
                    assertThat(p[i]).as("in place, %d×%d at %d", nx, ny, i).isEqualTo(u[i]);
                }
            }
        } finally {
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(before);
        }
    }

    @Test
    void sparseInputGivesTheDenseConvolutionBitForBitOnEverySplit() {
        // the solver's r = K t loads t from the free-set list; rows without an entry, entries in the first and
        // last row, and part boundaries that fall between entries must all give the dense result exactly
        int before = pl.edu.icm.jlargearrays.ConcurrencyUtils.getNumberOfThreads();
        try {
            for (int threads : new int[] {1, 3}) {
                pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);
                for (boolean padded : new boolean[] {false, true}) {
                    int nx = padded ? 256 : 512;
                    int ny = 256;
                    SpectralKernel k = padded ? ElasticKernels.nonPeriodic(nx, ny, 0.5, 0.5, 3.0)
                            : ElasticKernels.periodicHalfSpace(nx, ny, 2.0, 1.0, 3.0);
                    Random pick = new Random(nx + threads);
                    double[] dense = new double[nx * ny];
                    int[] index = new int[nx * ny];
                    double[] values = new double[nx * ny];
                    int count = 0;
                    for (int i = 0; i < nx * ny; i++) {
                        int row = i / ny;
                        // a band of empty rows in the middle, a few per cent of the others
                        boolean set = i == 0 || i == nx * ny - 1
                                || (row < nx / 3 || row > nx / 2) && pick.nextDouble() < 0.04;
                        if (set) {
                            dense[i] = pick.nextDouble() - 0.3;
                            index[count] = i;
                            values[count++] = dense[i];
                        }
                    }
                    double[] expected = new double[nx * ny];
                    k.apply(dense, expected);
                    double[] out = new double[nx * ny];
                    java.util.Arrays.fill(out, Double.NaN);
                    k.applySparse(index, values, count, out);
                    assertThat(out).as("%s, %d threads", padded ? "padded" : "periodic", threads)
                            .containsExactly(expected);
                    k.applySparse(index, values, 0, out);
                    assertThat(java.util.Arrays.stream(out).allMatch(v -> v == 0)).as("no entries").isTrue();
                }
            }
        } finally {
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(before);
        }
    }

    @Test
    void paddedConvolutionSplitOverThreadsMatchesTheDirectLoveSumAndOneThread() {
        // 128² physical grid, 256² FFT grid: rows and column blocks split over three threads
        int n = 128;
        double dx = 0.5;
        double[] p = random(n * n, 5);
        int before = pl.edu.icm.jlargearrays.ConcurrencyUtils.getNumberOfThreads();
        double[] threaded = new double[n * n];
        double[] single = new double[n * n];
        try {
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(3);
            ElasticKernels.nonPeriodic(n, n, dx, dx, 3.0).apply(p, threaded);
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(1);
            ElasticKernels.nonPeriodic(n, n, dx, dx, 3.0).apply(p, single);
        } finally {
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(before);
        }
        // the split changes who computes a row or column, not how: the results are identical
        assertThat(threaded).containsExactly(single);
        Random pick = new Random(9);
        for (int m = 0; m < 12; m++) {
            int i = pick.nextInt(n);
            int j = pick.nextInt(n);
            double s = 0;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    s += ElasticKernels.love((i - a) * dx, (j - b) * dx, dx / 2, dx / 2) / (Math.PI * 3.0) * p[a * n + b];
                }
            }
            assertThat(threaded[i * n + j]).as("u at (%d, %d)", i, j).isCloseTo(s, within(1e-12 * Math.abs(s)));
        }
    }

    @Test
    void aSpectrumThatIsNotEvenInK1IsRefused() {
        assertThatThrownBy(() -> SpectralKernel.periodic(8, 8, (k1, k2) -> k1 == 1 && k2 == 0 ? 2.0 : 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even in k1");
    }

    @Test
    void loveKernelAtTheCentreOfASquare() {
        // centre of a uniformly loaded square of side c: u = (4/π)·ln(1+√2)·p·c/E* (Johnson 1985, §3.3)
        assertThat(ElasticKernels.love(0, 0, 0.5, 0.5)).isCloseTo(4 * Math.log(1 + Math.sqrt(2)), within(1e-14));
        // far field: the cell acts as a point force, ∫dA/r → c²/r
        assertThat(ElasticKernels.love(100, 37, 0.5, 0.5)).isCloseTo(1 / Math.hypot(100, 37), within(1e-7));
    }

    @Test
    void layerStiffnessTendsToHalfSpaceAndOedometricLimits() {
        double e = 10e9;
        double nu = 0.3;
        double t = 1e-6;
        double eStar = e / (1 - nu * nu);
        double kThick = 200 / t;
        assertThat(ElasticKernels.layerStiffness(kThick, e, nu, t)).isCloseTo(eStar * kThick / 2,
                within(1e-9 * eStar * kThick));
        double oed = e * (1 - nu) / (t * (1 + nu) * (1 - 2 * nu));
        assertThat(ElasticKernels.layerStiffness(1e-3 / t, e, nu, t)).isCloseTo(oed, within(1e-4 * oed));
        assertThat(ElasticKernels.layerStiffness(0, e, nu, t)).isEqualTo(oed);
    }

    private static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble();
        }
        return a;
    }
}
