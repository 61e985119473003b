package org.interphase.contact;

import org.jtransforms.fft.DoubleFFT_2D;

/**
 * A real, even convolution kernel held as its Hermitian half-spectrum in JTransforms' packed layout,
 * applied with one {@code realForward} and one {@code realInverse} per convolution.
 *
 * <p>{@link DoubleFFT_2D#realForward(double[])} packs the half-spectrum of a real rows×cols array
 * into the same rows×cols doubles (its Javadoc gives the layout). A kernel that is real and even in
 * both directions has a real spectrum K(k1, k2) = K(−k1, −k2), so its convolution multiplies the real
 * and the imaginary slot of every stored mode by the same real number. {@link #multiplier} lays those
 * numbers out slot by slot, and the convolution is an element-wise product in between the two
 * transforms. The non-periodic solver embeds the N×M physical grid in a 2N×2M FFT grid whose second
 * half holds zeros (Hockney; Liu, Wang &amp; Liu, Wear 243, 101 (2000)).
 *
 * <p>Not thread-safe (it owns its FFT plan and work buffer): one instance per solve.
 */
final class SpectralKernel {

    /** Real kernel value as a function of the FFT mode indices k1 ∈ [0, rows), k2 ∈ [0, cols/2]. */
    interface ModeFunction {
        double at(int k1, int k2);
    }

    private final int nx;
    private final int ny;
    private final int rows;
    private final int cols;
    private final boolean padded;
    private final double[] multiplier;
    private final double[] work;
    private final DoubleFFT_2D fft;

    private SpectralKernel(int nx, int ny, boolean padded, double[] multiplier, DoubleFFT_2D fft) {
        this.nx = nx;
        this.ny = ny;
        this.padded = padded;
        this.rows = padded ? 2 * nx : nx;
        this.cols = padded ? 2 * ny : ny;
        this.multiplier = multiplier;
        this.fft = fft;
        this.work = new double[rows * cols];
    }

    /**
     * Periodic kernel on an nx×ny grid from its spectrum.
     */
    static SpectralKernel periodic(int nx, int ny, ModeFunction spectrum) {
        return new SpectralKernel(nx, ny, false, multiplier(nx, ny, spectrum), new DoubleFFT_2D(nx, ny));
    }

    /**
     * Non-periodic kernel: the real-space influence function g(i·dx, j·dy) of one cell, evaluated at
     * wrap-around offsets on the 2nx×2ny grid and transformed once.
     */
    static SpectralKernel padded(int nx, int ny, RealSpace g) {
        int rows = 2 * nx;
        int cols = 2 * ny;
        double[] a = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            int di = i <= nx ? i : i - rows;
            for (int j = 0; j < cols; j++) {
                int dj = j <= ny ? j : j - cols;
                a[i * cols + j] = g.at(di, dj);
            }
        }
        DoubleFFT_2D fft = new DoubleFFT_2D(rows, cols);
        fft.realForward(a);
        double[] spectrum = a;
        double[] m = multiplier(rows, cols, (k1, k2) -> realPart(spectrum, rows, cols, k1, k2));
        return new SpectralKernel(nx, ny, true, m, fft);
    }

    /** Real-space influence coefficient at integer cell offsets. */
    interface RealSpace {
        double at(int di, int dj);
    }

    /**
     * Slot-by-slot multiplier of a real even spectrum in JTransforms' packed layout.
     */
    static double[] multiplier(int rows, int cols, ModeFunction k) {
        requirePowerOfTwo(rows, "rows");
        requirePowerOfTwo(cols, "columns");
        double[] m = new double[rows * cols];
        int hr = rows / 2;
        int hc = cols / 2;
        for (int k1 = 0; k1 < rows; k1++) {
            for (int k2 = 1; k2 < hc; k2++) {
                double v = k.at(k1, k2);
                m[k1 * cols + 2 * k2] = v;
                m[k1 * cols + 2 * k2 + 1] = v;
            }
        }
        for (int k1 = 1; k1 < hr; k1++) {
            double v0 = k.at(k1, 0);
            m[k1 * cols] = v0;
            m[k1 * cols + 1] = v0;
            double vh = k.at(k1, hc);
            m[(rows - k1) * cols] = vh;
            m[(rows - k1) * cols + 1] = vh;
        }
        m[0] = k.at(0, 0);
        m[1] = k.at(0, hc);
        m[hr * cols] = k.at(hr, 0);
        m[hr * cols + 1] = k.at(hr, hc);
        return m;
    }

    /** JTransforms' real 2D transforms need power-of-two sizes. */
    static void requirePowerOfTwo(int n, String name) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException(name + " must be a power of two >= 2 (FFT grid), was " + n);
        }
    }

    /** Real part of mode (k1, k2), k2 ∈ [0, cols/2], of a packed forward transform. */
    static double realPart(double[] a, int rows, int cols, int k1, int k2) {
        int hr = rows / 2;
        int hc = cols / 2;
        if (k2 > 0 && k2 < hc) {
            return a[k1 * cols + 2 * k2];
        }
        if (k1 == 0 || k1 == hr) {
            return a[k1 * cols + (k2 == 0 ? 0 : 1)];
        }
        if (k2 == 0) {
            return k1 < hr ? a[k1 * cols] : a[(rows - k1) * cols];
        }
        return k1 < hr ? a[(rows - k1) * cols + 1] : a[k1 * cols + 1];
    }

    /** Imaginary part of mode (k1, k2), k2 ∈ [0, cols/2], of a packed forward transform. */
    static double imaginaryPart(double[] a, int rows, int cols, int k1, int k2) {
        int hr = rows / 2;
        int hc = cols / 2;
        if (k2 > 0 && k2 < hc) {
            return a[k1 * cols + 2 * k2 + 1];
        }
        if (k1 == 0 || k1 == hr) {
            return 0.0;
        }
        if (k2 == 0) {
            return k1 < hr ? a[k1 * cols + 1] : -a[(rows - k1) * cols + 1];
        }
        return k1 < hr ? -a[(rows - k1) * cols] : a[k1 * cols];
    }

    /**
     * out = K * in on the physical nx×ny grid. {@code in} and {@code out} may be the same array.
     * Allocates nothing.
     */
    void apply(double[] in, double[] out) {
        if (padded) {
            java.util.Arrays.fill(work, 0.0);
            for (int i = 0; i < nx; i++) {
                System.arraycopy(in, i * ny, work, i * cols, ny);
            }
        } else {
            System.arraycopy(in, 0, work, 0, in.length);
        }
        fft.realForward(work);
        double[] m = multiplier;
        for (int i = 0; i < work.length; i++) {
            work[i] *= m[i];
        }
        fft.realInverse(work, true);
        if (padded) {
            for (int i = 0; i < nx; i++) {
                System.arraycopy(work, i * cols, out, i * ny, ny);
            }
        } else {
            System.arraycopy(work, 0, out, 0, out.length);
        }
    }

    /** Kernel value at the zero mode (the compliance of the mean), m/Pa for the elastic kernel. */
    double zeroMode() {
        return multiplier[0];
    }

    int fftRows() {
        return rows;
    }

    int fftCols() {
        return cols;
    }
}
