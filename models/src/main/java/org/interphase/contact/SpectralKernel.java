package org.interphase.contact;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * A real, even convolution kernel held as its real half-spectrum K(k1, k2), k1 ∈ [0, rows),
 * k2 ∈ [0, cols/2], applied as one fused transform–multiply–inverse pass.
 *
 * <p>A kernel that is real and even in both directions has a real spectrum K(k1, k2) = K(−k1, −k2), so
 * its convolution multiplies every mode of the half-spectrum by a real number. {@link #apply} runs
 * <ol>
 *   <li>a real FFT of every row ({@link DoubleFFT_1D#realForward(double[], int)}, packed: slots 0 and 1
 *       hold the real modes 0 and cols/2, slots 2k and 2k+1 mode k);</li>
 *   <li>for each block of complex columns: gather into a contiguous buffer, complex FFT down the column,
 *       multiply by K, inverse FFT, scatter back. The two real columns (k2 = 0 and cols/2) travel as one
 *       complex column z = c₀ + i·c_h, whose transform Z splits as F(c₀)_k = (Z_k + Z̄_{−k})/2 and
 *       F(c_h)_k = (Z_k − Z̄_{−k})/(2i);</li>
 *   <li>an inverse real FFT of every row.</li>
 * </ol>
 * Compared with a 2D forward transform, a multiply and a 2D inverse, the column data cross memory once
 * instead of twice and there is no separate multiply pass. Each row is loaded just before its forward
 * transform, while it is in cache; {@link #applySparse} loads a mostly zero input from a list of its
 * non-zero entries, without the passes that would zero a dense array and scatter into it. (Padding the row
 * and column strides away from powers of two, against cache-set conflicts in the gather, measured no
 * faster: issue 20.) Rows and column blocks are split over
 * JTransforms' thread pool ({@link ConcurrencyUtils#getNumberOfThreads()}, fixed when the kernel is built)
 * for grids of 65,536 points or more; each thread has its own column buffer.
 *
 * <p>The non-periodic solver embeds the N×M physical grid in a 2N×2M FFT grid whose second half holds
 * zeros (Hockney; Liu, Wang &amp; Liu, Wear 243, 101 (2000)): the row transforms then skip the N zero rows
 * on the way in and the N rows outside the grid on the way out.
 *
 * <p>Not thread-safe (it owns its work buffers): one instance per solve.
 */
final class SpectralKernel {

    static {
        Parallel.init(); // JTransforms' pool with daemon threads, before any FFT
    }

    /** Real kernel value as a function of the FFT mode indices k1 ∈ [0, rows), k2 ∈ [0, cols/2]. */
    interface ModeFunction {
        double at(int k1, int k2);
    }

    /** Complex columns per gather: 8 columns × 2 doubles = two cache lines per row. */
    private static final int BLOCK = 8;

    private final int nx;
    private final int ny;
    private final int rows;
    private final int cols;
    private final boolean padded;
    /** K(k1, k2) at k2·rows + k1: column by column, as the column pass reads it. */
    private final double[] spectrum;
    private final double[] work;
    private final DoubleFFT_1D rowFft;
    private final DoubleFFT_1D columnFft;
    private final double[][] columnBuffers;
    private final int threads;

    private SpectralKernel(int nx, int ny, boolean padded, ModeFunction k) {
        this.nx = nx;
        this.ny = ny;
        this.padded = padded;
        this.rows = padded ? 2 * nx : nx;
        this.cols = padded ? 2 * ny : ny;
        requirePowerOfTwo(rows, "rows");
        requirePowerOfTwo(cols, "columns");
        int hc = cols / 2;
        spectrum = new double[rows * (hc + 1)];
        for (int k2 = 0; k2 <= hc; k2++) {
            for (int k1 = 0; k1 < rows; k1++) {
                spectrum[k2 * rows + k1] = k.at(k1, k2);
            }
        }
        // the real columns k2 = 0 and cols/2 share one complex transform, which needs K(k1) = K(−k1) there
        double largest = 0;
        for (double v : spectrum) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (int k2 : new int[] {0, hc}) {
            for (int k1 = 1; k1 < rows; k1++) {
                double a = spectrum[k2 * rows + k1];
                double b = spectrum[k2 * rows + rows - k1];
                if (!(Math.abs(a - b) <= 1e-12 * largest)) {
                    throw new IllegalArgumentException("the kernel spectrum must be even in k1: K(" + k1 + ", " + k2
                            + ") = " + a + " but K(" + (rows - k1) + ", " + k2 + ") = " + b);
                }
            }
        }
        // the periodic convolution transforms its output array in place; only the padded one needs a buffer
        this.work = padded ? new double[rows * cols] : null;
        rowFft = new DoubleFFT_1D(cols);
        columnFft = new DoubleFFT_1D(rows);
        threads = Parallel.parts((long) rows * cols);
        columnBuffers = new double[threads][2 * BLOCK * rows];
    }

    /**
     * Periodic kernel on an nx×ny grid from its spectrum, which must be even in k1 (K(k1, k2) =
     * K(nx − k1, k2), as every real even kernel's is).
     *
     * @throws IllegalArgumentException if the spectrum is not even in k1
     */
    static SpectralKernel periodic(int nx, int ny, ModeFunction spectrum) {
        return new SpectralKernel(nx, ny, false, spectrum);
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
        return new SpectralKernel(nx, ny, true, (k1, k2) -> realPart(a, rows, cols, k1, k2));
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
     * out = K * in on the physical nx×ny grid. {@code in} and {@code out} may be the same array: a
     * periodic kernel then transforms it in place without a copy. Allocates no work arrays (a threaded
     * pass allocates its small task objects).
     */
    void apply(double[] in, double[] out) {
        forwardRows(in, null, null, 0, out);
        columnsAndInverse(out);
    }

    /**
     * out = K * x for the x that is zero except x[index[k]] = values[k], k &lt; count, with the indices
     * (row-major on the physical grid) strictly ascending: the same result as {@link #apply} on the dense
     * x, bit for bit, without the passes that would zero a dense x and scatter into it. {@code out} must
     * not be {@code index}'s or {@code values}' array.
     */
    void applySparse(int[] index, double[] values, int count, double[] out) {
        forwardRows(null, index, values, count, out);
        columnsAndInverse(out);
    }

    /**
     * Loads every row of the transform array ({@code out} itself for a periodic kernel, the work array for
     * a padded one) from the dense {@code in}, or scattered from the sparse entries when {@code in} is null
     * (rows beyond nx of a padded grid are zero), and transforms it. Each row is loaded just before its
     * transform, so it is still in cache.
     */
    private void forwardRows(double[] in, int[] index, double[] values, int count, double[] out) {
        double[] a = padded ? work : out;
        int stride = cols;
        int activeRows = padded ? nx : rows;
        int width = padded ? ny : cols;
        Parallel.run(threads, t -> {
            int begin = Parallel.start(rows, t, threads);
            int end = Parallel.start(rows, t + 1, threads);
            // the first sparse entry at or after this part's first row
            int k = in != null || begin >= activeRows ? 0 : firstAtOrAfter(index, count, begin * width);
            for (int i = begin; i < end; i++) {
                int row = i * stride;
                if (i >= activeRows) {
                    java.util.Arrays.fill(a, row, row + cols, 0.0);
                    continue;
                }
                if (in != null) {
                    if (in != a) {
                        System.arraycopy(in, i * width, a, row, width);
                    }
                    if (padded) {
                        java.util.Arrays.fill(a, row + ny, row + cols, 0.0);
                    }
                } else {
                    java.util.Arrays.fill(a, row, row + cols, 0.0);
                    int rowEnd = (i + 1) * width;
                    for (; k < count && index[k] < rowEnd; k++) {
                        a[row + index[k] - i * width] = values[k];
                    }
                }
                rowFft.realForward(a, row);
            }
        });
    }

    /** @return the smallest k &lt; count with index[k] ≥ target, or count */
    private static int firstAtOrAfter(int[] index, int count, int target) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (index[mid] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The column pass (transform, multiply, inverse) and the inverse row transforms into {@code out}. */
    private void columnsAndInverse(double[] out) {
        double[] a = padded ? work : out;
        int stride = cols;
        int activeRows = padded ? nx : rows;
        int width = padded ? ny : cols;
        int hc = cols / 2;
        int blocks = (hc - 1 + BLOCK - 1) / BLOCK;
        Parallel.run(threads, t -> {
            double[] buffer = columnBuffers[t];
            if (t == 0) {
                realColumns(a, buffer);
            }
            for (int b = t; b < blocks; b += threads) {
                complexColumns(a, buffer, 1 + b * BLOCK, Math.min(hc, 1 + (b + 1) * BLOCK));
            }
        });
        // rows at or beyond nx of a padded grid are not wanted on the way out
        Parallel.run(threads, t -> {
            int end = Parallel.start(activeRows, t + 1, threads);
            for (int i = Parallel.start(activeRows, t, threads); i < end; i++) {
                rowFft.realInverse(a, i * stride, true);
                if (padded) {
                    System.arraycopy(a, i * stride, out, i * width, width);
                }
            }
        });
    }

    /** Columns k2 ∈ [from, to) (complex after the row transforms): gather, transform, multiply, invert, scatter. */
    private void complexColumns(double[] a, double[] buffer, int from, int to) {
        int width = to - from;
        for (int i = 0; i < rows; i++) {
            int row = i * cols + 2 * from;
            for (int j = 0; j < width; j++) {
                int o = j * 2 * rows + 2 * i;
                buffer[o] = a[row + 2 * j];
                buffer[o + 1] = a[row + 2 * j + 1];
            }
        }
        for (int j = 0; j < width; j++) {
            int off = j * 2 * rows;
            columnFft.complexForward(buffer, off);
            int column = (from + j) * rows;
            for (int k1 = 0; k1 < rows; k1++) {
                double m = spectrum[column + k1];
                buffer[off + 2 * k1] *= m;
                buffer[off + 2 * k1 + 1] *= m;
            }
            columnFft.complexInverse(buffer, off, true);
        }
        for (int i = 0; i < rows; i++) {
            int row = i * cols + 2 * from;
            for (int j = 0; j < width; j++) {
                int o = j * 2 * rows + 2 * i;
                a[row + 2 * j] = buffer[o];
                a[row + 2 * j + 1] = buffer[o + 1];
            }
        }
    }

    /**
     * The real columns k2 = 0 and cols/2 (slots 0 and 1 of every row) as one complex column z = c₀ + i·c_h.
     * Each is real and its kernel is even in k1, so each product stays Hermitian and the inverse returns
     * c₀′ + i·c_h′.
     */
    private void realColumns(double[] a, double[] z) {
        int nyquist = cols / 2 * rows;
        for (int i = 0; i < rows; i++) {
            z[2 * i] = a[i * cols];
            z[2 * i + 1] = a[i * cols + 1];
        }
        columnFft.complexForward(z, 0);
        for (int k = 0; k <= rows / 2; k++) {
            int mk = (rows - k) % rows;
            double zr = z[2 * k];
            double zi = z[2 * k + 1];
            double yr = z[2 * mk];
            double yi = z[2 * mk + 1];
            // A = F(c₀)_k = (Z_k + conj Z_−k)/2, B = F(c_h)_k = (Z_k − conj Z_−k)/(2i)
            double k0 = spectrum[k];
            double kh = spectrum[nyquist + k];
            double ar = 0.5 * (zr + yr) * k0;
            double ai = 0.5 * (zi - yi) * k0;
            double br = 0.5 * (zi + yi) * kh;
            double bi = -0.5 * (zr - yr) * kh;
            // Z′_k = A + iB and Z′_−k = conj A + i·conj B (A_−k = conj A_k, B_−k = conj B_k)
            z[2 * k] = ar - bi;
            z[2 * k + 1] = ai + br;
            if (mk != k) {
                z[2 * mk] = ar + bi;
                z[2 * mk + 1] = br - ai;
            }
        }
        columnFft.complexInverse(z, 0, true);
        for (int i = 0; i < rows; i++) {
            a[i * cols] = z[2 * i];
            a[i * cols + 1] = z[2 * i + 1];
        }
    }

    /** Kernel value at the zero mode (the compliance of the mean), m/Pa for the elastic kernel. */
    double zeroMode() {
        return spectrum[0];
    }

    int fftRows() {
        return rows;
    }

    int fftCols() {
        return cols;
    }
}
