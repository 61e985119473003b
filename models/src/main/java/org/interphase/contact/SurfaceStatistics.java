package org.interphase.contact;

import com.google.common.math.Stats;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * Statistics of a height map taken as one period of a periodic field, from its discrete Fourier
 * spectrum c(k) (the FFT divided by nx·ny):
 * <pre>
 *   h_rms²   = Σ_{k≠0} |c(k)|²            = 2π ∫ q C(q) dq
 *   h'_rms²  = Σ |k|² |c(k)|² = ⟨|∇h|²⟩    = 2π ∫ q³ C(q) dq
 *   h''_rms² = Σ |k|⁴ |c(k)|² = ⟨(∇²h)²⟩   = 2π ∫ q⁵ C(q) dq
 * </pre>
 * (so that h_rms is also the population standard deviation of the heights, by Parseval's theorem),
 * with the isotropic power spectral density C(q) = |c(k)|²·A0/(2π)², A0 = Lx·Ly, in m⁴ (Jacobs,
 * Junge &amp; Pastewka, Surf. Topogr. Metrol. Prop. 5, 013001 (2017)). The spectral derivatives are
 * exact for a band-limited periodic field; for a measured map with power up to the Nyquist
 * wavevector they exceed finite-difference estimates, see {@link #rmsSlopeFiniteDifference()}.
 *
 * @param rmsHeight h_rms about the mean plane, m
 * @param rmsSlope h'_rms, dimensionless
 * @param rmsCurvature h''_rms = √⟨(∇²h)²⟩, 1/m
 * @param rmsSlopeFiniteDifference h'_rms from second-order central differences, dimensionless
 * @param mean mean height, m
 * @param max highest point, m
 * @param min lowest point, m
 */
public record SurfaceStatistics(double rmsHeight, double rmsSlope, double rmsCurvature,
        double rmsSlopeFiniteDifference, double mean, double max, double min) {

    static {
        Parallel.init(); // JTransforms' pool with daemon threads, before any FFT
    }

    /**
     * Validates the components.
     *
     * @param rmsHeight h_rms about the mean plane, m (&ge; 0)
     * @param rmsSlope h'_rms, dimensionless (&ge; 0)
     * @param rmsCurvature h''_rms = √⟨(∇²h)²⟩, 1/m (&ge; 0)
     * @param rmsSlopeFiniteDifference h'_rms from second-order central differences, dimensionless (&ge; 0)
     * @param mean mean height, m (finite)
     * @param max highest point, m (finite, &ge; min)
     * @param min lowest point, m (finite)
     * @throws IllegalArgumentException if a component is not finite, an rms is negative, or max &lt; min
     */
    public SurfaceStatistics {
        Checks.nonNegative(rmsHeight, "rms height", "m");
        Checks.nonNegative(rmsSlope, "rms slope", "");
        Checks.nonNegative(rmsCurvature, "rms curvature", "1/m");
        Checks.nonNegative(rmsSlopeFiniteDifference, "rms slope (finite difference)", "");
        Checks.finite(mean, "mean height", "m");
        Checks.finite(max, "max height", "m");
        Checks.finite(min, "min height", "m");
        if (max < min) {
            throw new IllegalArgumentException("max height must be >= min height " + min + " m, was " + max + " m");
        }
    }

    /** k_max = π·√(1/dx² + 1/dy²), rad/m: the largest wavevector of a grid (corner of the Brillouin zone). */
    static double maxWavevector(double dx, double dy) {
        return Math.PI * Math.hypot(1.0 / dx, 1.0 / dy);
    }

    /**
     * The statistics, computed on heights and wavevectors scaled by powers of two (exact in floating point)
     * so that no square overflows: {@link Surface} has checked that the results themselves are finite.
     */
    static SurfaceStatistics of(Surface s) {
        int nx = s.nx();
        int ny = s.ny();
        double[] h = s.heightsView();
        // mean, min and max in one pass (Welford's running mean: no sum that could overflow; Surface has
        // checked that max − min is finite)
        Stats heights = Stats.of(h);
        double mean = heights.mean();
        double max = heights.max();
        double min = heights.min();
        double hScale = powerOfTwo(Math.max(Math.abs(max), Math.abs(min)));
        double kScale = powerOfTwo(maxWavevector(s.dx(), s.dy()));
        double[] a = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            a[i] = h[i] / hScale;
        }
        new DoubleFFT_2D(nx, ny).realForward(a);
        double n2 = (double) h.length * h.length;
        double[] m = new double[3];
        forEachMode(a, nx, ny, (k1, k2, re, im, weight) -> {
            double k = ElasticKernels.wavevector(k1, k2, nx, s.lengthX(), s.lengthY()) / kScale;
            if (k == 0) {
                return;
            }
            double p = weight * (re * re + im * im) / n2;
            m[0] += p;
            m[1] += p * k * k;
            m[2] += p * k * k * k * k;
        });
        double fd = 0;
        double dx = s.dx() * kScale;
        double dy = s.dy() * kScale;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                double gx = (h[((i + 1) % nx) * ny + j] / hScale - h[((i - 1 + nx) % nx) * ny + j] / hScale) / (2 * dx);
                double gy = (h[i * ny + (j + 1) % ny] / hScale - h[i * ny + (j - 1 + ny) % ny] / hScale) / (2 * dy);
                fd += gx * gx + gy * gy;
            }
        }
        // scale back step by step: each partial product is bounded by the final value (see Surface)
        return new SurfaceStatistics(Math.sqrt(m[0]) * hScale, Math.sqrt(m[1]) * hScale * kScale,
                Math.sqrt(m[2]) * hScale * kScale * kScale, Math.sqrt(fd / h.length) * hScale * kScale, mean, max, min);
    }

    /** The power of two at or below |x| (1 for 0), so that dividing by it is exact. */
    private static double powerOfTwo(double x) {
        return x > 0 && Double.isFinite(x) ? Math.scalb(1.0, Math.getExponent(x)) : 1.0;
    }

    /** Visitor of the modes of a packed half-spectrum; weight 2 for a mode that stands for ±k, else 1. */
    interface ModeVisitor {
        void visit(int k1, int k2, double re, double im, int weight);
    }

    static void forEachMode(double[] a, int rows, int cols, ModeVisitor v) {
        int hr = rows / 2;
        int hc = cols / 2;
        for (int k1 = 0; k1 < rows; k1++) {
            for (int k2 = 0; k2 <= hc; k2++) {
                boolean edge = k2 == 0 || k2 == hc;
                if (edge && k1 > hr) {
                    continue; // (k1, 0) and (rows − k1, 0) are the same conjugate pair
                }
                int weight = edge && (k1 == 0 || k1 == hr) ? 1 : 2;
                v.visit(k1, k2, SpectralKernel.realPart(a, rows, cols, k1, k2),
                        SpectralKernel.imaginaryPart(a, rows, cols, k1, k2), weight);
            }
        }
    }

    /**
     * Radially averaged isotropic PSD C(q) in logarithmic bins from the fundamental 2π/max(Lx, Ly) to the
     * Nyquist wavevector π/max(dx, dy).
     *
     * @param surface the surface
     * @param bins number of bins, in [2, nx·ny]; empty bins are left out
     * @return a profile of q (rad/m) → C(q) (m⁴)
     * @throws IllegalArgumentException if bins is out of range
     */
    public static Profile powerSpectrum(Surface surface, int bins) {
        Objects.requireNonNull(surface, "surface");
        Checks.atLeast(bins, 2, "bins");
        // more bins than modes only adds empty ones; refusing keeps the bin arrays bounded by the grid
        if (bins > surface.nx() * surface.ny()) {
            throw new IllegalArgumentException("bins must be <= nx·ny = " + surface.nx() * surface.ny()
                    + " (the number of modes), was " + bins);
        }
        int nx = surface.nx();
        int ny = surface.ny();
        double[] a = surface.heights();
        new DoubleFFT_2D(nx, ny).realForward(a);
        double n2 = (double) a.length * a.length;
        double area = surface.lengthX() * surface.lengthY();
        double qmin = 2 * Math.PI / Math.max(surface.lengthX(), surface.lengthY());
        double qmax = Math.PI / Math.max(surface.dx(), surface.dy());
        double lmin = Math.log(qmin);
        double width = (Math.log(qmax) - lmin) / bins;
        double[] sum = new double[bins];
        double[] qs = new double[bins];
        int[] count = new int[bins];
        forEachMode(a, nx, ny, (k1, k2, re, im, weight) -> {
            double k = ElasticKernels.wavevector(k1, k2, nx, surface.lengthX(), surface.lengthY());
            if (k == 0) {
                return;
            }
            int b = (int) Math.floor((Math.log(k) - lmin) / width + 1e-9);
            if (b < 0 || b >= bins) {
                return;
            }
            sum[b] += weight * (re * re + im * im) / n2 * area / (4 * Math.PI * Math.PI);
            qs[b] += weight * Math.log(k);
            count[b] += weight;
        });
        int used = 0;
        for (int c : count) {
            used += c > 0 ? 1 : 0;
        }
        double[] q = new double[used];
        double[] c = new double[used];
        int u = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                q[u] = Math.exp(qs[b] / count[b]);
                c[u] = sum[b] / count[b];
                u++;
            }
        }
        return Profile.of(q, c, "q", "rad/m", "C", "m^4");
    }

    @Override
    public String toString() {
        return "SurfaceStatistics[h_rms = " + Format.q(rmsHeight, "m") + ", h'_rms = " + Format.g(rmsSlope)
                + ", h''_rms = " + Format.g(rmsCurvature * 1e-6) + " 1/µm, peak-to-valley = "
                + Format.q(max - min, "m") + "]";
    }
}
