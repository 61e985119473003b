package org.interphase.contact;

import java.util.SplittableRandom;
import org.interphase.core.Checks;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * Seeded generator of periodic, isotropic, self-affine Gaussian rough surfaces by Fourier filtering
 * of white noise (Hu &amp; Tonder, Int. J. Mach. Tools Manuf. 32, 83 (1992); Jacobs, Junge &amp; Pastewka,
 * Surf. Topogr. Metrol. Prop. 5, 013001 (2017)). The power spectral density is
 * <pre>
 *   C(q) = C0·q_r^(−2−2H)   for q &lt; q_r        (roll-off)
 *   C(q) = C0·q^(−2−2H)     for q_r ≤ q ≤ q_s    (self-affine, Hurst exponent H)
 *   C(q) = 0                for q &gt; q_s        (short-wavelength cutoff)
 * </pre>
 * and C0 is set so that the surface has exactly the requested rms height or rms slope (computed
 * spectrally, see {@link SurfaceStatistics}). Wavevectors in rad/m (q = 2π/λ).
 *
 * <p>Build with {@link #builder()}; the generator is immutable and {@link #generate(long)} is a pure
 * function of the seed.
 */
public final class SelfAffineGenerator {

    static {
        Parallel.init(); // JTransforms' pool with daemon threads, before any FFT
    }

    private final int n;
    private final double length;
    private final double hurst;
    private final double rolloff;
    private final double cutoff;
    private final double rmsHeight;
    private final double rmsSlope;

    private SelfAffineGenerator(Builder b) {
        this.n = b.n;
        this.length = b.length;
        this.hurst = b.hurst;
        double dx = b.length / b.n;
        this.rolloff = Double.isNaN(b.rolloff) ? 2 * Math.PI / b.length : b.rolloff;
        this.cutoff = Double.isNaN(b.cutoff) ? Math.PI / dx : b.cutoff;
        if (!(cutoff > rolloff)) {
            throw new IllegalArgumentException("short-wavelength cutoff (" + cutoff + " rad/m) must be above the "
                    + "roll-off wavevector (" + rolloff + " rad/m)");
        }
        if (cutoff < 2 * Math.PI / b.length) {
            throw new IllegalArgumentException("short-wavelength cutoff must be >= 2π/L = " + (2 * Math.PI / b.length)
                    + " rad/m, was " + cutoff + " rad/m");
        }
        this.rmsHeight = b.rmsHeight;
        this.rmsSlope = b.rmsSlope;
        if (Double.isNaN(rmsHeight) == Double.isNaN(rmsSlope)) {
            throw new IllegalArgumentException("give exactly one of rmsHeight and rmsSlope");
        }
    }

    /** @return a builder with H = 0.8, no roll-off, cutoff at the Nyquist wavevector */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param k wavevector magnitude, rad/m
     * @return the unnormalised PSD shape C(q)/C0
     */
    double shape(double k) {
        if (k == 0 || k > cutoff) {
            return 0.0;
        }
        return Math.pow(Math.max(k, rolloff), -2 - 2 * hurst);
    }

    /**
     * @param seed the random seed
     * @return an n×n periodic surface of size L×L
     */
    public Surface generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = gaussian(random);
        }
        DoubleFFT_2D fft = new DoubleFFT_2D(n, n);
        fft.realForward(a);
        double[] filter = SpectralKernel.multiplier(n, n,
                (k1, k2) -> Math.sqrt(shape(ElasticKernels.wavevector(k1, k2, n, length, length))));
        for (int i = 0; i < a.length; i++) {
            a[i] *= filter[i];
        }
        fft.realInverse(a, true);
        Surface raw = Surface.of(n, n, length / n, length / n, a);
        SurfaceStatistics s = raw.statistics();
        double factor = Double.isNaN(rmsHeight) ? rmsSlope / s.rmsSlope() : rmsHeight / s.rmsHeight();
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("the PSD band [" + rolloff + ", " + cutoff + "] rad/m holds no Fourier "
                    + "mode of an " + n + "×" + n + " grid of size " + length + " m");
        }
        return raw.scaled(factor);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** @return Hurst exponent H */
    public double hurst() {
        return hurst;
    }

    /** @return roll-off wavevector q_r, rad/m */
    public double rolloff() {
        return rolloff;
    }

    /** @return short-wavelength cutoff q_s, rad/m */
    public double cutoff() {
        return cutoff;
    }

    @Override
    public String toString() {
        return "SelfAffineGenerator[" + n + "², L = " + Format.q(length, "m") + ", H = " + hurst + ", q_r = "
                + Format.g(rolloff) + " rad/m, q_s = " + Format.g(cutoff) + " rad/m, "
                + (Double.isNaN(rmsHeight) ? "h'_rms = " + rmsSlope : "h_rms = " + Format.q(rmsHeight, "m"))
                + "]";
    }

    /** Builder; every setter validates its argument. */
    public static final class Builder {
        private int n = 256;
        private double length = 1e-6;
        private double hurst = 0.8;
        private double rolloff = Double.NaN;
        private double cutoff = Double.NaN;
        private double rmsHeight = Double.NaN;
        private double rmsSlope = Double.NaN;

        private Builder() {}

        /**
         * @param points grid points per side (a power of two, &ge; 4; default 256)
         * @return this
         */
        public Builder points(int points) {
            Checks.atLeast(points, 4, "points");
            SpectralKernel.requirePowerOfTwo(points, "points");
            this.n = points;
            return this;
        }

        /**
         * @param size period L, m (default 1 µm)
         * @return this
         */
        public Builder size(double size) {
            this.length = Checks.positive(size, "size", "m");
            return this;
        }

        /**
         * @param h Hurst exponent in (0, 1] (default 0.8)
         * @return this
         */
        public Builder hurst(double h) {
            this.hurst = Checks.inClosedRange(h, 1e-3, 1.0, "Hurst exponent", "");
            return this;
        }

        /**
         * @param q roll-off wavevector q_r, rad/m (default 2π/L: no roll-off)
         * @return this
         */
        public Builder rolloff(double q) {
            this.rolloff = Checks.positive(q, "roll-off wavevector", "rad/m");
            return this;
        }

        /**
         * @param q short-wavelength cutoff q_s, rad/m (default π/dx, the Nyquist wavevector)
         * @return this
         */
        public Builder cutoff(double q) {
            this.cutoff = Checks.positive(q, "short-wavelength cutoff", "rad/m");
            return this;
        }

        /**
         * @param h target rms height, m (&gt; 0)
         * @return this
         */
        public Builder rmsHeight(double h) {
            this.rmsHeight = Checks.positive(h, "rms height", "m");
            this.rmsSlope = Double.NaN;
            return this;
        }

        /**
         * @param s target rms slope (&gt; 0)
         * @return this
         */
        public Builder rmsSlope(double s) {
            this.rmsSlope = Checks.positive(s, "rms slope", "");
            this.rmsHeight = Double.NaN;
            return this;
        }

        /** @return the generator */
        public SelfAffineGenerator build() {
            return new SelfAffineGenerator(this);
        }
    }
}
