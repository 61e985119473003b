package org.interphase.plots;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.impedance.Spectrum;
import org.knowm.xchart.XYChart;

/**
 * A Nyquist plot: −Z'' against Z' for one or more spectra, with equal axis scaling (one Ω, or Ω·cm²,
 * is as long on both axes, so a parallel RC arc is a semicircle) and an optional inset that zooms on a
 * small arc.
 *
 * <pre>{@code
 * Plots.nyquist(spectrum).savePng(Path.of("nyquist.png"));
 * Plots.nyquist("LLZO | LiCoO2").with("bare", bare).with("Nb", buffered).withZoomOn("Nb").save(dir, "nyquist");
 * }</pre>
 *
 * <p>Spectra are drawn in Ω, or in Ω·cm² when they are area-specific (Ω·m² in the library); all spectra
 * of one plot must be of the same kind.
 */
public final class Nyquist extends Figure {

    private record Named(String name, Spectrum spectrum) {}

    private final String title;
    private final int width;
    private final int height;
    private final ImmutableList<Named> spectra;
    private final double[] zoom;
    private final Corner corner;

    private Nyquist(String title, int width, int height, ImmutableList<Named> spectra, double[] zoom, Corner corner) {
        this.title = Checks.nonNull(title, "title");
        this.width = Checks.inClosedRange(width, MIN_SIZE, MAX_SIZE, "width");
        this.height = Checks.inClosedRange(height, MIN_SIZE, MAX_SIZE, "height");
        this.spectra = spectra;
        this.zoom = zoom;
        this.corner = corner;
        for (Named n : spectra) {
            if (n.spectrum().perArea() != spectra.get(0).spectrum().perArea()) {
                throw new IllegalArgumentException("spectrum '" + n.name() + "' is "
                        + (n.spectrum().perArea() ? "area-specific (Ω·m²)" : "absolute (Ω)") + " but '"
                        + spectra.get(0).name() + "' is not: one Nyquist plot draws one kind");
            }
        }
        if (zoom != null && !spectra.isEmpty() && zoomed().seriesCount() == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the zoom window Z' = %g … %g %s holds no point of any spectrum", zoom[0], zoom[1], siUnit()));
        }
    }

    /**
     * An empty Nyquist plot, 800 × 640; add spectra with {@link #with(String, Spectrum)}.
     *
     * @param title chart title
     * @return the plot
     * @throws NullPointerException if {@code title} is null
     */
    public static Nyquist titled(String title) {
        return new Nyquist(title, 800, 640, ImmutableList.of(), null, Corner.TOP_RIGHT);
    }

    /**
     * @param name legend entry, not blank
     * @param spectrum the spectrum
     * @return this plot with one more spectrum
     * @throws NullPointerException if {@code spectrum} is null
     * @throws IllegalArgumentException for a blank name, or a spectrum of the other kind (absolute or
     *     area-specific) than those already drawn
     */
    public Nyquist with(String name, Spectrum spectrum) {
        Checks.nonBlank(name, "name");
        Checks.nonNull(spectrum, "spectrum");
        return new Nyquist(title, width, height, ImmutableList.<Named>builder().addAll(spectra)
                .add(new Named(name, spectrum)).build(), zoom, corner);
    }

    /**
     * This plot with an inset that shows, equally scaled, the points with Z' in [reMin, reMax].
     *
     * @param reMin lower end of the window, Ω (Ω·m² for area-specific spectra), finite
     * @param reMax upper end, same unit, &gt; reMin
     * @return the new plot
     * @throws IllegalArgumentException if an end is not finite, reMax ≤ reMin, or the window holds no point
     */
    public Nyquist withZoom(double reMin, double reMax) {
        Checks.finite(reMin, "reMin", siUnit());
        Checks.finite(reMax, "reMax", siUnit());
        if (!(reMax > reMin)) {
            throw new IllegalArgumentException("reMax must be > reMin, were reMin = " + reMin + ", reMax = " + reMax
                    + " " + siUnit());
        }
        return new Nyquist(title, width, height, spectra, new double[] {reMin, reMax}, corner);
    }

    /**
     * This plot with an inset around the named spectrum's real-part range (5 % margin each side): the
     * way to show a small arc next to a large one.
     *
     * @param name the legend entry of a spectrum already added
     * @return the new plot
     * @throws IllegalArgumentException if no spectrum has that name
     */
    public Nyquist withZoomOn(String name) {
        Checks.nonBlank(name, "name");
        for (Named n : spectra) {
            if (n.name().equals(name)) {
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (double v : n.spectrum().real()) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
                double m = hi > lo ? 0.05 * (hi - lo) : Math.max(Math.abs(lo) * 0.05, Double.MIN_NORMAL);
                return withZoom(lo - m, hi + m);
            }
        }
        throw new IllegalArgumentException("no spectrum named '" + name + "' in this plot; names: "
                + spectra.stream().map(Named::name).toList());
    }

    /**
     * @param corner where the zoom inset sits in the plot area
     * @return this plot with the inset elsewhere
     * @throws NullPointerException if {@code corner} is null
     */
    public Nyquist withInsetCorner(Corner corner) {
        return new Nyquist(title, width, height, spectra, zoom, Checks.nonNull(corner, "corner"));
    }

    /**
     * @param width width, 100 … 10,000 pixels (PNG) or points (SVG, PDF)
     * @param height height, 100 … 10,000
     * @return this plot at another size
     * @throws IllegalArgumentException if a size is out of range
     */
    public Nyquist withSize(int width, int height) {
        return new Nyquist(title, width, height, spectra, zoom, corner);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public String title() {
        return title;
    }

    /** @return the zoom window [reMin, reMax] in Ω (Ω·m² for area-specific spectra), if set */
    public Optional<double[]> zoom() {
        return Optional.ofNullable(zoom).map(double[]::clone);
    }

    /**
     * The plot this figure draws: equal axes, −Z'' up, in display units (Ω or Ω·cm²).
     *
     * @return the underlying plot (with its inset, if a zoom is set)
     * @throws IllegalStateException if no spectrum was added
     */
    public Plot toPlot() {
        if (spectra.isEmpty()) {
            throw new IllegalStateException("Nyquist plot '" + title + "' has no spectrum: add one with with(name, spectrum)");
        }
        Plot p = base(title, width, height);
        for (Named n : spectra) {
            double[] re = n.spectrum().real();
            double[] im = n.spectrum().imaginary();
            p = p.withSeries(n.name(), scaled(re, scale()), scaled(im, -scale()), Style.LINE_MARKERS);
        }
        if (zoom != null) {
            p = p.withInset(zoomed(), corner);
        }
        return p;
    }

    private Plot zoomed() {
        double s = scale();
        Plot p = base(String.format(Locale.ROOT, "zoom: Z' %s … %s", Ticks.format(zoom[0] * s),
                Ticks.format(zoom[1] * s)), 300, 240).withLegend(false);
        for (Named n : spectra) {
            double[] re = n.spectrum().real();
            double[] im = n.spectrum().imaginary();
            int k = 0;
            for (double v : re) {
                if (v >= zoom[0] && v <= zoom[1]) {
                    k++;
                }
            }
            if (k == 0) {
                continue;
            }
            double[] x = new double[k];
            double[] y = new double[k];
            k = 0;
            for (int i = 0; i < re.length; i++) {
                if (re[i] >= zoom[0] && re[i] <= zoom[1]) {
                    x[k] = re[i] * s;
                    y[k++] = -im[i] * s;
                }
            }
            p = p.withSeries(n.name(), x, y, Style.LINE_MARKERS);
        }
        // the window's y range starts just below the real axis; equal scaling then sets its height, and
        // points of larger arcs that pass through the window above it are clipped
        double span = (zoom[1] - zoom[0]) * s;
        return p.seriesCount() == 0 ? p : p.withXRange(zoom[0] * s, zoom[1] * s).withYRange(-0.05 * span, 0.3 * span);
    }

    private Plot base(String t, int w, int h) {
        String unit = displayUnit();
        return Plot.of(t, "Z' [" + unit + "]", "−Z'' [" + unit + "]").withSize(w, h).withEqualAxes();
    }

    private boolean perArea() {
        return !spectra.isEmpty() && spectra.get(0).spectrum().perArea();
    }

    /** Ω·m² → Ω·cm² for area-specific spectra. */
    private double scale() {
        return perArea() ? 1e4 : 1;
    }

    private String displayUnit() {
        return perArea() ? "Ω·cm²" : "Ω";
    }

    private String siUnit() {
        return perArea() ? "Ω·m²" : "Ω";
    }

    private static double[] scaled(double[] v, double f) {
        double[] r = v.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] *= f;
        }
        return r;
    }

    @Override
    XYChart chart() {
        return toPlot().chart();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Nyquist['%s', %s%s, %d×%d]", title,
                spectra.stream().map(Named::name).toList(), zoom == null ? "" : ", zoom "
                        + Ticks.format(zoom[0]) + " … " + Ticks.format(zoom[1]) + " " + siUnit(), width, height);
    }
}
