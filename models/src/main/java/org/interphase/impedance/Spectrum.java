package org.interphase.impedance;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;

/**
 * An immutable impedance spectrum: frequencies f_i (Hz) with Z_i = Z'_i + jZ''_i, stored as three
 * arrays (structure of arrays). Z is in Ω for a circuit with absolute parameters and in Ω·m² for
 * a per-area spectrum of physical layers ({@link #perArea()}), which prints in Ω·cm².
 *
 * <p>Frequencies must be positive and finite; their order is kept (an instrument sweeps from high
 * to low frequency, and the order is the time order a drift acts in). Accessors return copies.
 */
public final class Spectrum {

    /**
     * The most frequencies {@link #logFrequencies} generates: 10 million (80 MB per array),
     * beyond any instrument's sweep, refused before the array is allocated.
     */
    public static final int MAX_POINTS = 10_000_000;

    private final double[] f;
    private final double[] re;
    private final double[] im;
    private final boolean perArea;

    private Spectrum(double[] f, double[] re, double[] im, boolean perArea) {
        this.f = f;
        this.re = re;
        this.im = im;
        this.perArea = perArea;
    }

    /**
     * A spectrum from measured or computed values (arrays are copied).
     *
     * @param frequencies frequencies, Hz, &gt; 0
     * @param real Z', Ω
     * @param imaginary Z'', Ω (negative for capacitive behaviour)
     * @return the spectrum
     * @throws IllegalArgumentException for non-positive or non-finite frequencies, non-finite
     *     values or arrays of different lengths
     */
    public static Spectrum of(double[] frequencies, double[] real, double[] imaginary) {
        return of(frequencies, real, imaginary, false);
    }

    /**
     * A spectrum, absolute (Ω) or per unit area (Ω·m²).
     *
     * @param frequencies frequencies, Hz, &gt; 0
     * @param real Z', Ω or Ω·m²
     * @param imaginary Z'', Ω or Ω·m²
     * @param perArea true if Z is an area-specific impedance in Ω·m²
     * @return the spectrum
     */
    public static Spectrum of(double[] frequencies, double[] real, double[] imaginary, boolean perArea) {
        double[] fr = checkFrequencies(frequencies);
        Checks.allFinite(real, "real part", perArea ? "Ω·m²" : "Ω");
        Checks.allFinite(imaginary, "imaginary part", perArea ? "Ω·m²" : "Ω");
        Checks.sameLength(fr, "frequencies", real, "real part");
        Checks.sameLength(fr, "frequencies", imaginary, "imaginary part");
        return new Spectrum(fr, real.clone(), imaginary.clone(), perArea);
    }

    /**
     * Takes ownership of the arrays, after checking that Z is finite everywhere.
     *
     * @throws IllegalArgumentException if Z is not finite (parameters too extreme for the range)
     */
    static Spectrum owning(double[] f, double[] re, double[] im, boolean perArea) {
        for (int i = 0; i < f.length; i++) {
            if (!Double.isFinite(re[i]) || !Double.isFinite(im[i])) {
                throw new IllegalArgumentException("impedance is not finite at f = " + f[i] + " Hz (Z = " + re[i] + " + j"
                        + im[i] + "); a parameter is too close to 0 or too large for this frequency range");
            }
        }
        return new Spectrum(f, re, im, perArea);
    }

    static Spectrum owning(double[] f, double[] re, double[] im) {
        return owning(f, re, im, false);
    }

    /** Checks frequencies (non-empty, finite, &gt; 0) and returns a copy. */
    static double[] checkFrequencies(double[] frequencies) {
        Checks.allFinite(frequencies, "frequencies", "Hz");
        for (int i = 0; i < frequencies.length; i++) {
            if (!(frequencies[i] > 0)) {
                throw new IllegalArgumentException("frequencies[" + i + "] must be > 0 Hz, was " + frequencies[i] + " Hz");
            }
        }
        return frequencies.clone();
    }

    /**
     * n frequencies evenly spaced in log f from {@code from} to {@code to}, both included (from
     * &gt; to gives a high-to-low sweep, as instruments measure).
     *
     * @param from first frequency, Hz, &gt; 0
     * @param to last frequency, Hz, &gt; 0
     * @param n number of points, in [2, {@value #MAX_POINTS}]
     * @return the frequencies, Hz
     * @throws IllegalArgumentException for a frequency that is not finite and &gt; 0, or n out of
     *     range
     */
    public static double[] logFrequencies(double from, double to, int n) {
        Checks.positive(from, "first frequency", "Hz");
        Checks.positive(to, "last frequency", "Hz");
        if (n < 2 || n > MAX_POINTS) {
            // checked before the array is allocated
            throw new IllegalArgumentException("n (number of points) must be in [2, " + MAX_POINTS + "], was " + n
                    + (n > MAX_POINTS ? " (" + 8L * n / (1 << 20) + " MiB of frequencies)" : ""));
        }
        double a = Math.log10(from);
        double b = Math.log10(to);
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Math.pow(10, a + (b - a) * i / (n - 1));
        }
        f[0] = from;
        f[n - 1] = to;
        return f;
    }

    /** @return number of points */
    public int size() {
        return f.length;
    }

    /**
     * @param i index, in [0, size() − 1]
     * @return f_i, Hz
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public double frequency(int i) {
        checkIndex(i);
        return f[i];
    }

    /**
     * @param i index, in [0, size() − 1]
     * @return Z'_i, Ω (Ω·m² per area)
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public double re(int i) {
        checkIndex(i);
        return re[i];
    }

    /**
     * @param i index, in [0, size() − 1]
     * @return Z''_i, Ω (Ω·m² per area)
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public double im(int i) {
        checkIndex(i);
        return im[i];
    }

    /**
     * @param i index, in [0, size() − 1]
     * @return |Z_i|, Ω (Ω·m² per area)
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public double modulus(int i) {
        checkIndex(i);
        return Math.hypot(re[i], im[i]);
    }

    /**
     * @param i index, in [0, size() − 1]
     * @return arg Z_i, rad (negative for capacitive behaviour)
     * @throws IndexOutOfBoundsException if i is out of range
     */
    public double phase(int i) {
        checkIndex(i);
        return Math.atan2(im[i], re[i]);
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= f.length) {
            throw new IndexOutOfBoundsException("index i must be in [0, " + (f.length - 1) + "] for a spectrum of "
                    + f.length + " points, was " + i);
        }
    }

    /** @return a copy of the frequencies, Hz */
    public double[] frequencies() {
        return f.clone();
    }

    /** @return the lowest angular frequency 2π·min f, rad/s (samples may be in any order) */
    public double minAngularFrequency() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : f) {
            m = Math.min(m, v);
        }
        return 2 * Math.PI * m;
    }

    /** @return the highest angular frequency 2π·max f, rad/s (samples may be in any order) */
    public double maxAngularFrequency() {
        double m = 0;
        for (double v : f) {
            m = Math.max(m, v);
        }
        return 2 * Math.PI * m;
    }

    /** @return a copy of the angular frequencies 2πf, rad/s */
    public double[] angularFrequencies() {
        double[] w = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            w[i] = 2 * Math.PI * f[i];
        }
        return w;
    }

    /** @return a copy of Z', Ω (Ω·m² per area) */
    public double[] real() {
        return re.clone();
    }

    /** @return a copy of Z'', Ω (Ω·m² per area) */
    public double[] imaginary() {
        return im.clone();
    }

    /** @return true if Z is area-specific (Ω·m²) */
    public boolean perArea() {
        return perArea;
    }

    /**
     * The area-specific spectrum of a measured cell: Z·A.
     *
     * @param area electrode area A, m² (&gt; 0)
     * @return the spectrum in Ω·m²
     * @throws IllegalStateException if this spectrum is already per unit area
     */
    public Spectrum areaSpecific(double area) {
        Checks.positive(area, "electrode area", "m²");
        if (perArea) {
            throw new IllegalStateException("the spectrum is already per unit area (Ω·m²)");
        }
        return scaled(area, true);
    }

    /**
     * The spectrum of a cell of a given area from an area-specific spectrum: Z/A.
     *
     * @param area electrode area A, m² (&gt; 0)
     * @return the spectrum in Ω
     * @throws IllegalStateException if this spectrum is not per unit area
     */
    public Spectrum forArea(double area) {
        Checks.positive(area, "electrode area", "m²");
        if (!perArea) {
            throw new IllegalStateException("the spectrum is not per unit area; it is already in Ω");
        }
        return scaled(1 / area, false);
    }

    private Spectrum scaled(double factor, boolean area) {
        double[] r = new double[f.length];
        double[] i = new double[f.length];
        for (int k = 0; k < f.length; k++) {
            r[k] = re[k] * factor;
            i[k] = im[k] * factor;
        }
        return owning(f.clone(), r, i, area);
    }

    /**
     * The frequency of the largest −Z'' (the apex of the dominant arc), refined by a parabola
     * through the three points around the largest sample in (log f, −Z''), its neighbours in
     * frequency whatever the order of the samples.
     *
     * @return the apex frequency, Hz
     * @throws IllegalStateException if −Z'' has no interior maximum among the samples
     */
    public double peakFrequency() {
        Integer[] order = new Integer[f.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(f[a], f[b]));
        int k = 0;
        for (int i = 1; i < f.length; i++) {
            if (-im[order[i]] > -im[order[k]]) {
                k = i;
            }
        }
        if (k == 0 || k == f.length - 1) {
            throw new IllegalStateException("-Z'' has its largest value at the end of the frequency range (f = "
                    + f[order[k]] + " Hz); widen the range to locate the apex");
        }
        double x0 = Math.log(f[order[k - 1]]);
        double x1 = Math.log(f[order[k]]);
        double x2 = Math.log(f[order[k + 1]]);
        double y0 = -im[order[k - 1]];
        double y1 = -im[order[k]];
        double y2 = -im[order[k + 1]];
        double num = (x1 - x0) * (x1 - x0) * (y1 - y2) - (x1 - x2) * (x1 - x2) * (y1 - y0);
        double den = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0);
        if (den == 0) {
            return f[order[k]];
        }
        return Math.exp(x1 - 0.5 * num / den);
    }

    /** @return a multi-line table: f (Hz), Z' and Z'' in Ω or Ω·cm² */
    public String toTable() {
        double s = perArea ? 1e4 : 1.0;
        String u = unitLabel();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%14s %14s %14s%n", "f (Hz)", "Z' (" + u + ")",
                "Z'' (" + u + ")"));
        for (int i = 0; i < f.length; i++) {
            sb.append(String.format(Locale.ROOT, "%14.5g %14.6g %14.6g%n", f[i], re[i] * s, im[i] * s));
        }
        return sb.toString();
    }

    private String unitLabel() {
        return perArea ? "Ω·cm²" : "Ω";
    }

    /** @return a one-line summary: number of points, frequency range, Z at both ends */
    @Override
    public String toString() {
        double s = perArea ? 1e4 : 1.0;
        int n = f.length - 1;
        return String.format(Locale.ROOT, "Spectrum[%d points, %.4g … %.4g Hz, Z(%.4g Hz) = %.5g %s j%.5g %s, "
                + "Z(%.4g Hz) = %.5g %s j%.5g %s]", f.length, f[0], f[n], f[0], re[0] * s, im[0] < 0 ? "−" : "+",
                Math.abs(im[0]) * s, unitLabel(), f[n], re[n] * s, im[n] < 0 ? "−" : "+", Math.abs(im[n]) * s,
                unitLabel());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Spectrum)) {
            return false;
        }
        Spectrum s = (Spectrum) o;
        return perArea == s.perArea && java.util.Arrays.equals(f, s.f) && java.util.Arrays.equals(re, s.re)
                && java.util.Arrays.equals(im, s.im);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(f), java.util.Arrays.hashCode(re), java.util.Arrays.hashCode(im),
                perArea);
    }
}
