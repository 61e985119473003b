package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;

/**
 * An immutable impedance spectrum: frequencies f_i (Hz) with Z_i = Z'_i + jZ''_i, stored as three
 * arrays (structure of arrays). Z is in Ω for a circuit with absolute parameters and in Ω·m² for
 * a per-area spectrum of physical layers ({@link #perArea()}), which prints in Ω·cm².
 *
 * <p>Frequencies must be positive and finite; their order is kept (an instrument sweeps from high
 * to low frequency, and the order is the time order a drift acts in), and a frequency may repeat
 * (two cycles of a measurement). Accessors return copies.
 *
 * <p><b>Pre-processing.</b> Each step returns a new spectrum and records what it did in
 * {@link #warnings()}, so that a fit or a DRT of the result can say how its data were prepared:
 * {@link #crop} (a frequency window, impedance.py's {@code cropFrequencies}),
 * {@link #withoutPositiveImaginary} (impedance.py's {@code ignoreBelowX}),
 * {@link #withoutInductiveTail}, {@link #averageRepeats} and {@link #sortedDistinct}. Readers of
 * instrument files ({@code org.interphase.impedance.io.SpectrumFiles}) record theirs the same way.
 * The warnings are provenance, not data: {@link #equals} compares frequencies, Z and
 * {@link #perArea()} only.
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
    private final ImmutableList<String> warnings;
    private final Provenance provenance;

    private Spectrum(double[] f, double[] re, double[] im, boolean perArea) {
        this(f, re, im, perArea, ImmutableList.of(), Provenance.empty());
    }

    // a spectrum derived from this one keeps its warnings and the provenance of the model it came from
    private Spectrum(double[] f, double[] re, double[] im, boolean perArea, ImmutableList<String> warnings,
            Provenance provenance) {
        this.f = f;
        this.re = re;
        this.im = im;
        this.perArea = perArea;
        this.warnings = warnings;
        this.provenance = provenance;
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
        Spectrum s = owning(f.clone(), r, i, area);
        return new Spectrum(s.f, s.re, s.im, area, warnings, provenance);
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

    /**
     * What was done to these data on the way here (read from a file, cropped, averaged …), oldest
     * first; empty for a spectrum built by {@link #of}.
     *
     * @return the warnings, immutable
     */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    /**
     * The sources and assumptions of the model that computed this spectrum (e.g. the catalog values of a
     * stack's budget, {@code ResistanceBudget.spectrum}); empty for a measured spectrum. Like the warnings,
     * provenance is not data: {@link #equals} ignores it, and the pre-processing steps keep it.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /** @return the sources of the catalog values the spectrum's model used, in {@link Provenance}'s order */
    public ImmutableList<Citation> citations() {
        return provenance.citations().asList();
    }

    /** @return what the spectrum's model assumed, defaulted or derived */
    public ImmutableList<String> assumptions() {
        return provenance.assumptions();
    }

    /**
     * @param value the sources and assumptions of the model that computed this spectrum (not null)
     * @return the same spectrum carrying that provenance
     * @throws NullPointerException if value is null
     */
    public Spectrum withProvenance(Provenance value) {
        return new Spectrum(f, re, im, perArea, warnings, Checks.nonNull(value, "provenance"));
    }

    /**
     * The same data with one more warning (for readers and pre-processing outside this class).
     *
     * @param warning the text, not blank
     * @return a spectrum with the same values and {@code warnings()} + warning
     * @throws IllegalArgumentException if the warning is blank
     */
    public Spectrum withWarning(String warning) {
        Checks.nonBlank(warning, "warning");
        return new Spectrum(f, re, im, perArea, ImmutableList.<String>builder().addAll(warnings).add(warning).build(),
                provenance);
    }

    /** The points whose index is marked in keep, in their order, with one more warning. */
    private Spectrum subset(boolean[] keep, String warning) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[] f2 = new double[n];
        double[] r2 = new double[n];
        double[] i2 = new double[n];
        int j = 0;
        for (int i = 0; i < f.length; i++) {
            if (keep[i]) {
                f2[j] = f[i];
                r2[j] = re[i];
                i2[j] = im[i];
                j++;
            }
        }
        return new Spectrum(f2, r2, i2, perArea, append(warning), provenance);
    }

    private ImmutableList<String> append(String warning) {
        return ImmutableList.<String>builder().addAll(warnings).add(warning).build();
    }

    /**
     * The points with fMin ≤ f ≤ fMax (impedance.py's {@code preprocessing.cropFrequencies}), in
     * their order; the warning says how many were removed.
     *
     * @param fMin lowest frequency kept, Hz, &gt; 0
     * @param fMax highest frequency kept, Hz, ≥ fMin
     * @return the cropped spectrum (this spectrum if no point lies outside the window)
     * @throws IllegalArgumentException if a bound is not finite and &gt; 0, fMax &lt; fMin, or no
     *     point lies in the window (naming the spectrum's range)
     */
    public Spectrum crop(double fMin, double fMax) {
        Checks.positive(fMin, "lowest frequency fMin", "Hz");
        Checks.positive(fMax, "highest frequency fMax", "Hz");
        if (fMax < fMin) {
            throw new IllegalArgumentException("highest frequency fMax must be >= fMin = " + fMin + " Hz, was " + fMax
                    + " Hz");
        }
        boolean[] keep = new boolean[f.length];
        int kept = 0;
        for (int i = 0; i < f.length; i++) {
            keep[i] = f[i] >= fMin && f[i] <= fMax;
            kept += keep[i] ? 1 : 0;
        }
        if (kept == 0) {
            throw new IllegalArgumentException("no point of the spectrum lies in [" + fMin + ", " + fMax + "] Hz; its "
                    + "frequencies span [" + minAngularFrequency() / (2 * Math.PI) + ", "
                    + maxAngularFrequency() / (2 * Math.PI) + "] Hz");
        }
        if (kept == f.length) {
            return this;
        }
        return subset(keep, String.format(Locale.ROOT, "cropped to %s–%s Hz: removed %d of %d points", num(fMin),
                num(fMax), f.length - kept, f.length));
    }

    /**
     * The points with Z'' &lt; 0 only, i.e. above the real axis of a Nyquist plot drawn with −Z''
     * upwards (impedance.py's {@code preprocessing.ignoreBelowX}, which keeps {@code imag(Z) < 0}:
     * a point with Z'' = 0 is removed too). Inductive points anywhere in the range go, not only a
     * high-frequency tail; {@link #withoutInductiveTail()} removes the tail only.
     *
     * @return the spectrum of the capacitive points (this spectrum if there is no other)
     * @throws IllegalStateException if no point has Z'' &lt; 0
     */
    public Spectrum withoutPositiveImaginary() {
        boolean[] keep = new boolean[f.length];
        int kept = 0;
        for (int i = 0; i < f.length; i++) {
            keep[i] = im[i] < 0;
            kept += keep[i] ? 1 : 0;
        }
        if (kept == 0) {
            throw new IllegalStateException("no point of the " + f.length + "-point spectrum has Z'' < 0; nothing would "
                    + "remain");
        }
        if (kept == f.length) {
            return this;
        }
        return subset(keep, String.format(Locale.ROOT, "removed %d of %d points with Z'' >= 0 (ignoreBelowX)",
                f.length - kept, f.length));
    }

    /**
     * Removes the inductive high-frequency tail: the points above the highest frequency f_c at
     * which Z'' &lt; 0 (these all have Z'' ≥ 0: cable and cell inductance, which an R-C model does
     * not describe). Points with Z'' ≥ 0 below f_c (a low-frequency inductive loop) are kept.
     * Independent of the order of the points.
     *
     * @return the spectrum without the tail (this spectrum if there is none)
     * @throws IllegalStateException if no point has Z'' &lt; 0
     */
    public Spectrum withoutInductiveTail() {
        double fc = 0;
        for (int i = 0; i < f.length; i++) {
            if (im[i] < 0) {
                fc = Math.max(fc, f[i]);
            }
        }
        if (fc == 0) {
            throw new IllegalStateException("no point of the " + f.length + "-point spectrum has Z'' < 0: the whole "
                    + "spectrum is inductive");
        }
        boolean[] keep = new boolean[f.length];
        int kept = 0;
        for (int i = 0; i < f.length; i++) {
            keep[i] = f[i] <= fc;
            kept += keep[i] ? 1 : 0;
        }
        if (kept == f.length) {
            return this;
        }
        return subset(keep, String.format(Locale.ROOT, "removed the inductive high-frequency tail: %d of %d points "
                + "above %s Hz with Z'' >= 0", f.length - kept, f.length, num(fc)));
    }

    /**
     * Averages repeated measurements at one frequency (several cycles of a sweep): the points with
     * the same frequency become one, Z' and Z'' their arithmetic means, at the position of the first
     * of them.
     *
     * @return the spectrum of distinct frequencies (this spectrum if none repeats)
     */
    public Spectrum averageRepeats() {
        return averageRepeats(0);
    }

    /**
     * Averages measurements whose frequencies agree within a relative tolerance (instruments write
     * the frequency they applied, which may differ in the last digits between cycles): points are
     * grouped while |f − f_first|≤ tol·f_first in ascending order; each group becomes one point at
     * the mean frequency with the mean Z' and Z'', placed where its first point was.
     *
     * @param relativeTolerance tol, dimensionless, in [0, 0.01] (0: equal frequencies only)
     * @return the averaged spectrum (this spectrum if no two frequencies agree)
     * @throws IllegalArgumentException if the tolerance is out of range
     */
    public Spectrum averageRepeats(double relativeTolerance) {
        Checks.inClosedRange(relativeTolerance, 0, 0.01, "relative tolerance", "");
        Integer[] order = ascending();
        int[] group = new int[f.length];
        int groups = 0;
        double first = -1;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k == 0 || f[i] - first > relativeTolerance * first) {
                groups++;
                first = f[i];
            }
            group[i] = groups - 1;
        }
        if (groups == f.length) {
            return this;
        }
        // the first point of each group in the original order decides where the group goes
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < f.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        double[] f2 = new double[groups];
        double[] r2 = new double[groups];
        double[] i2 = new double[groups];
        int j = 0;
        int maxRepeat = 1;
        for (List<Integer> g : members.values()) {
            double sf = 0;
            double sr = 0;
            double si = 0;
            for (int i : g) {
                sf += f[i];
                sr += re[i];
                si += im[i];
            }
            int m = g.size();
            maxRepeat = Math.max(maxRepeat, m);
            // equal frequencies stay bit-identical (their mean could differ in the last bit)
            f2[j] = allEqual(g, f) ? f[g.get(0)] : sf / m;
            r2[j] = sr / m;
            i2[j] = si / m;
            j++;
        }
        return new Spectrum(f2, r2, i2, perArea, append(String.format(Locale.ROOT, "averaged repeated frequencies%s: "
                + "%d points into %d (up to %d measurements per frequency)",
                relativeTolerance > 0 ? " (within " + num(relativeTolerance) + " relative)" : "", f.length, groups,
                maxRepeat)), provenance);
    }

    private static boolean allEqual(List<Integer> g, double[] v) {
        for (int i : g) {
            if (v[i] != v[g.get(0)]) {
                return false;
            }
        }
        return true;
    }

    private Integer[] ascending() {
        Integer[] order = new Integer[f.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable: equal frequencies keep their original order
        Arrays.sort(order, (a, b) -> Double.compare(f[a], f[b]));
        return order;
    }

    /**
     * Sorts the points from the highest to the lowest frequency (the order of an instrument's
     * sweep) and keeps the first measured of each repeated frequency; the warning says how many
     * points moved and which frequencies were dropped. To use every measurement instead, call
     * {@link #averageRepeats()} first.
     *
     * @return the sorted spectrum of distinct frequencies (this spectrum if it already is one)
     */
    public Spectrum sortedDistinct() {
        Integer[] order = ascending();
        List<Integer> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            if (!kept.isEmpty() && f[kept.get(kept.size() - 1)] == f[i]) {
                // same frequency: the ascending sort is stable, so walking it backwards meets the
                // later measurement first; keep the earlier (smaller index)
                int last = kept.get(kept.size() - 1);
                if (i < last) {
                    kept.set(kept.size() - 1, i);
                }
                dropped.add(num(f[i]));
                continue;
            }
            kept.add(i);
        }
        int moved = 0;
        for (int k = 0; k < kept.size(); k++) {
            moved += kept.get(k) != k ? 1 : 0;
        }
        if (dropped.isEmpty() && moved == 0) {
            return this;
        }
        double[] f2 = new double[kept.size()];
        double[] r2 = new double[kept.size()];
        double[] i2 = new double[kept.size()];
        for (int k = 0; k < kept.size(); k++) {
            f2[k] = f[kept.get(k)];
            r2[k] = re[kept.get(k)];
            i2[k] = im[kept.get(k)];
        }
        StringBuilder w = new StringBuilder("sorted by descending frequency");
        if (!dropped.isEmpty()) {
            w.append(String.format(Locale.ROOT, "; dropped %d repeated point%s (kept the first measured) at %s Hz",
                    dropped.size(), dropped.size() == 1 ? "" : "s",
                    String.join(", ", dropped.subList(0, Math.min(5, dropped.size())))
                            + (dropped.size() > 5 ? ", …" : "")));
        }
        return new Spectrum(f2, r2, i2, perArea, append(w.toString()), provenance);
    }

    private static String num(double v) {
        return org.interphase.core.Display.number(v, 6);
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
                unitLabel()) + (warnings.isEmpty() ? "" : " (" + warnings.size() + (warnings.size() == 1 ? " warning)"
                        : " warnings)"));
    }

    /**
     * Equal frequencies, Z and {@link #perArea()}, bit for bit; the warnings do not count.
     *
     * @param o the other object
     * @return true for a spectrum with the same data
     */
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
