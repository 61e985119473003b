package org.interphase.plots;

import com.google.common.collect.ImmutableList;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * An immutable x–y plot: named series (lines, dashes, markers), shaded bands, vertical and horizontal
 * markers for bounds and optima, linear or logarithmic axes, optionally equal axis scaling (the same
 * data units per pixel on both axes, as a Nyquist plot needs) and an inset.
 *
 * <pre>{@code
 * Plot.of("Space charge", "x [nm]", "φ [V]").withProfile("φ", phi, 1e9, 1, Style.LINE)
 *     .save(folder, "potential");
 * }</pre>
 *
 * <p>Equal scaling is measured, not assumed: the chart is laid out once on a scratch image, the
 * plotted ranges are compared with the plot area in pixels, and the range of the axis with fewer units
 * per pixel is widened until both agree to 0.1 %. A logarithmic axis always spans whole decades, so it
 * carries at least two labelled ticks.
 */
public final class Plot extends Figure {

    /** A shaded region between two curves over the same x. */
    private record Band(String name, double[] x, double[] lower, double[] upper) {}

    /** A labelled straight line across the plot at a fixed x (vertical) or y (horizontal). */
    private record Marker(String label, double value, boolean vertical) {}

    private static final int DEFAULT_WIDTH = 800;
    private static final int DEFAULT_HEIGHT = 600;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final int width;
    private final int height;
    private final ImmutableList<Series> series;
    private final ImmutableList<Band> bands;
    private final ImmutableList<Marker> markers;
    private final boolean logX;
    private final boolean logY;
    private final boolean equalAxes;
    private final boolean legend;
    private final double[] xRange;
    private final double[] yRange;
    private final Plot inset;
    private final Corner insetCorner;

    private Plot(String title, String xLabel, String yLabel, int width, int height, ImmutableList<Series> series,
            ImmutableList<Band> bands, ImmutableList<Marker> markers, boolean logX, boolean logY, boolean equalAxes,
            boolean legend, double[] xRange, double[] yRange, Plot inset, Corner insetCorner) {
        this.title = Checks.nonNull(title, "title");
        this.xLabel = Checks.nonNull(xLabel, "xLabel");
        this.yLabel = Checks.nonNull(yLabel, "yLabel");
        this.width = Checks.inClosedRange(width, MIN_SIZE, MAX_SIZE, "width");
        this.height = Checks.inClosedRange(height, MIN_SIZE, MAX_SIZE, "height");
        this.series = series;
        this.bands = bands;
        this.markers = markers;
        this.logX = logX;
        this.logY = logY;
        this.equalAxes = equalAxes;
        this.legend = legend;
        this.xRange = xRange;
        this.yRange = yRange;
        this.inset = inset;
        this.insetCorner = insetCorner;
        if (equalAxes && (logX || logY)) {
            throw new IllegalArgumentException("equal axis scaling needs two linear axes, but the "
                    + (logX ? "x" : "y") + " axis of '" + title + "' is logarithmic");
        }
        for (Series s : series) {
            requirePositive(s.x(), logX, "x", s.name());
            requirePositive(s.y(), logY, "y", s.name());
        }
        for (Band b : bands) {
            requirePositive(b.x(), logX, "x", b.name());
            requirePositive(b.lower(), logY, "lower", b.name());
        }
        for (Marker m : markers) {
            if ((m.vertical() ? logX : logY) && m.value() <= 0) {
                throw new IllegalArgumentException("marker '" + m.label() + "' at " + m.value()
                        + " cannot be drawn on a logarithmic axis (needs a value > 0)");
            }
        }
    }

    private static void requirePositive(double[] v, boolean log, String what, String name) {
        if (!log) {
            return;
        }
        for (int i = 0; i < v.length; i++) {
            if (v[i] <= 0) {
                throw new IllegalArgumentException("a logarithmic axis needs values > 0, but " + what + "[" + i
                        + "] of '" + name + "' is " + v[i]);
            }
        }
    }

    /**
     * An empty plot (add series with {@code withSeries} or {@code withProfile}), 800 × 600.
     *
     * @param title chart title
     * @param xLabel x-axis title with its unit, e.g. {@code "x [nm]"}
     * @param yLabel y-axis title with its unit
     * @return the plot
     * @throws NullPointerException if an argument is null
     */
    public static Plot of(String title, String xLabel, String yLabel) {
        return new Plot(title, xLabel, yLabel, DEFAULT_WIDTH, DEFAULT_HEIGHT, ImmutableList.of(), ImmutableList.of(),
                ImmutableList.of(), false, false, false, true, null, null, null, Corner.TOP_RIGHT);
    }

    private Plot with(ImmutableList<Series> s, ImmutableList<Band> b, ImmutableList<Marker> m) {
        return new Plot(title, xLabel, yLabel, width, height, s, b, m, logX, logY, equalAxes, legend, xRange, yRange,
                inset, insetCorner);
    }

    /**
     * This plot with one more series drawn as a solid line.
     *
     * @param name legend entry, not blank
     * @param x x values, finite, at least one
     * @param y y values, finite, as many as x
     * @return the new plot
     * @throws IllegalArgumentException for a blank name, empty or non-finite arrays or different lengths
     */
    public Plot withSeries(String name, double[] x, double[] y) {
        return withSeries(name, x, y, Style.LINE);
    }

    /**
     * This plot with one more series.
     *
     * @param name legend entry, not blank
     * @param x x values, finite, at least one
     * @param y y values, finite, as many as x
     * @param style how the series is drawn
     * @return the new plot
     * @throws IllegalArgumentException for a blank name, empty or non-finite arrays or different lengths
     * @throws NullPointerException if {@code style} is null
     */
    public Plot withSeries(String name, double[] x, double[] y, Style style) {
        Series s = new Series(name, x, y, style);
        return with(ImmutableList.<Series>builder().addAll(series).add(s).build(), bands, markers);
    }

    /**
     * This plot with a profile as one more series, its x and y multiplied by the given factors (e.g.
     * 1e9 to draw metres as nanometres).
     *
     * @param name legend entry, not blank
     * @param profile the profile
     * @param xScale factor applied to x, finite and non-zero
     * @param yScale factor applied to y, finite and non-zero
     * @param style how the series is drawn
     * @return the new plot
     * @throws NullPointerException if {@code profile} or {@code style} is null
     * @throws IllegalArgumentException for a blank name or a zero or non-finite factor
     */
    public Plot withProfile(String name, Profile profile, double xScale, double yScale, Style style) {
        Checks.nonNull(profile, "profile");
        requireFactor(xScale, "xScale");
        requireFactor(yScale, "yScale");
        double[] x = profile.xs();
        double[] y = profile.ys();
        for (int i = 0; i < x.length; i++) {
            x[i] *= xScale;
            y[i] *= yScale;
        }
        return withSeries(name, x, y, style);
    }

    static double requireFactor(double f, String name) {
        Checks.finite(f, name, "");
        if (f == 0) {
            throw new IllegalArgumentException(name + " must be a finite non-zero factor, was 0");
        }
        return f;
    }

    /**
     * This plot with a shaded band between two curves (a credible or confidence interval), drawn
     * translucent under the series.
     *
     * @param name legend entry, not blank
     * @param x x values, finite, at least two
     * @param lower lower edge, finite, as many as x
     * @param upper upper edge, finite, as many as x, each ≥ the lower edge
     * @return the new plot
     * @throws IllegalArgumentException for a blank name, bad arrays or an upper edge below the lower
     */
    public Plot withBand(String name, double[] x, double[] lower, double[] upper) {
        Checks.nonBlank(name, "name");
        Checks.allFinite(x, 2, "x", "");
        Checks.allFinite(lower, "lower", "");
        Checks.allFinite(upper, "upper", "");
        Checks.sameLength(x, "x", lower, "lower");
        Checks.sameLength(x, "x", upper, "upper");
        for (int i = 0; i < x.length; i++) {
            if (upper[i] < lower[i]) {
                throw new IllegalArgumentException("upper[" + i + "] = " + upper[i] + " must be >= lower[" + i
                        + "] = " + lower[i]);
            }
        }
        Band b = new Band(name, x.clone(), lower.clone(), upper.clone());
        return with(series, ImmutableList.<Band>builder().addAll(bands).add(b).build(), markers);
    }

    /**
     * This plot with a dashed vertical line at {@code x}, labelled (a bound, an optimum).
     *
     * @param label text beside the line, not blank
     * @param x where, in the units of the x axis, finite
     * @return the new plot
     * @throws IllegalArgumentException for a blank label or a non-finite x
     */
    public Plot withVerticalMarker(String label, double x) {
        return withMarker(new Marker(Checks.nonBlank(label, "label"), Checks.finite(x, "x", ""), true));
    }

    /**
     * This plot with a dashed horizontal line at {@code y}, labelled.
     *
     * @param label text above the line, not blank
     * @param y where, in the units of the y axis, finite
     * @return the new plot
     * @throws IllegalArgumentException for a blank label or a non-finite y
     */
    public Plot withHorizontalMarker(String label, double y) {
        return withMarker(new Marker(Checks.nonBlank(label, "label"), Checks.finite(y, "y", ""), false));
    }

    private Plot withMarker(Marker m) {
        return with(series, bands, ImmutableList.<Marker>builder().addAll(markers).add(m).build());
    }

    /** @return this plot with a logarithmic x axis (all x must be &gt; 0) */
    public Plot withLogX() {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, true, logY, equalAxes, legend,
                xRange, yRange, inset, insetCorner);
    }

    /** @return this plot with a logarithmic y axis (all y must be &gt; 0), spanning whole decades */
    public Plot withLogY() {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, true, equalAxes, legend,
                xRange, yRange, inset, insetCorner);
    }

    /**
     * @return this plot with equal axis scaling: one unit is as long on the x axis as on the y axis
     *     (both axes linear)
     */
    public Plot withEqualAxes() {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, true, legend,
                xRange, yRange, inset, insetCorner);
    }

    /**
     * @param show whether the legend is drawn (below the plot area)
     * @return this plot with or without its legend
     */
    public Plot withLegend(boolean show) {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, equalAxes, show,
                xRange, yRange, inset, insetCorner);
    }

    /**
     * This plot with a fixed x range (with equal axes, the range may still be widened to keep the scale).
     *
     * @param min lower end, finite
     * @param max upper end, finite, &gt; min
     * @return the new plot
     * @throws IllegalArgumentException if an end is not finite or max ≤ min
     */
    public Plot withXRange(double min, double max) {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, equalAxes, legend,
                range(min, max), yRange, inset, insetCorner);
    }

    /**
     * This plot with a fixed y range (with equal axes, the range may still be widened to keep the scale).
     *
     * @param min lower end, finite
     * @param max upper end, finite, &gt; min
     * @return the new plot
     * @throws IllegalArgumentException if an end is not finite or max ≤ min
     */
    public Plot withYRange(double min, double max) {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, equalAxes, legend,
                xRange, range(min, max), inset, insetCorner);
    }

    private static double[] range(double min, double max) {
        Checks.finite(min, "min", "");
        Checks.finite(max, "max", "");
        if (!(max > min)) {
            throw new IllegalArgumentException("max must be > min, were min = " + min + ", max = " + max);
        }
        return new double[] {min, max};
    }

    /**
     * This plot with another plot drawn small inside its plot area (a zoom on a small feature). The
     * inset is drawn at 45 % of the plot area's width and height, with its own axes and scaling.
     *
     * @param inset the plot to draw inside, itself without an inset
     * @param corner where it sits
     * @return the new plot
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the inset has an inset of its own
     */
    public Plot withInset(Plot inset, Corner corner) {
        Checks.nonNull(inset, "inset");
        Checks.nonNull(corner, "corner");
        if (inset.inset != null) {
            throw new IllegalArgumentException("an inset cannot hold an inset of its own ('" + inset.title + "')");
        }
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, equalAxes, legend,
                xRange, yRange, inset, corner);
    }

    /**
     * @param title the new title
     * @return this plot with another title
     * @throws NullPointerException if {@code title} is null
     */
    public Plot withTitle(String title) {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, equalAxes, legend,
                xRange, yRange, inset, insetCorner);
    }

    /**
     * @param width width, 100 … 10,000 pixels (PNG) or points (SVG, PDF)
     * @param height height, 100 … 10,000
     * @return this plot at another size
     * @throws IllegalArgumentException if a size is out of range
     */
    public Plot withSize(int width, int height) {
        return new Plot(title, xLabel, yLabel, width, height, series, bands, markers, logX, logY, equalAxes, legend,
                xRange, yRange, inset, insetCorner);
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

    /** @return the x-axis title */
    public String xLabel() {
        return xLabel;
    }

    /** @return the y-axis title */
    public String yLabel() {
        return yLabel;
    }

    /** @return the number of series (bands not counted) */
    public int seriesCount() {
        return series.size();
    }

    /** @return whether the axes are equally scaled */
    public boolean equalAxes() {
        return equalAxes;
    }

    /** @return the inset, if one is set */
    public Optional<Plot> inset() {
        return Optional.ofNullable(inset);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Plot['%s', %d series, %d bands, %d markers, %s x, %s y%s%s, %d×%d]", title,
                series.size(), bands.size(), markers.size(), logX ? "log" : "linear", logY ? "log" : "linear",
                equalAxes ? ", equal axes" : "", inset != null ? ", inset '" + inset.title + "'" : "", width, height);
    }

    @Override
    XYChart chart() {
        if (series.isEmpty() && bands.isEmpty()) {
            throw new IllegalStateException("plot '" + title + "' has no series to draw: add one with withSeries");
        }
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        Styler.style(c.getStyler(), width);
        c.getStyler().setLegendVisible(legend);
        c.getStyler().setXAxisLogarithmic(logX);
        c.getStyler().setYAxisLogarithmic(logY);
        // compact labels on linear axes only: XChart draws a formatted axis with a linear tick calculator,
        // which would put linear ticks on a logarithmic axis
        if (!logX) {
            c.getStyler().setxAxisTickLabelsFormattingFunction(Ticks::format);
        }
        if (!logY) {
            c.getStyler().setyAxisTickLabelsFormattingFunction(Ticks::format);
        }
        int k = 0;
        for (Band b : bands) {
            int n = b.x().length;
            double[] px = new double[2 * n];
            double[] py = new double[2 * n];
            for (int i = 0; i < n; i++) {
                px[i] = b.x()[i];
                py[i] = b.lower()[i];
                px[2 * n - 1 - i] = b.x()[i];
                py[2 * n - 1 - i] = b.upper()[i];
            }
            XYSeries s = c.addSeries(b.name(), px, py);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            s.setMarker(SeriesMarkers.NONE);
            Color color = Palette.series(bands.size() == 1 && !series.isEmpty() ? 0 : k);
            s.setFillColor(Palette.translucent(color, 70));
            s.setLineColor(Palette.translucent(color, 0));
            k++;
        }
        k = 0;
        for (Series s : series) {
            XYSeries xs = c.addSeries(s.name(), s.x(), s.y());
            Color color = Palette.series(k++);
            xs.setLineColor(color);
            xs.setMarkerColor(color);
            switch (s.style()) {
                case LINE -> xs.setMarker(SeriesMarkers.NONE);
                case DASHED -> {
                    xs.setMarker(SeriesMarkers.NONE);
                    xs.setLineStyle(new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {9f, 6f}, 0f));
                }
                case MARKERS -> {
                    xs.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                    xs.setMarker(SeriesMarkers.CIRCLE);
                }
                case LINE_MARKERS -> xs.setMarker(SeriesMarkers.CIRCLE);
                default -> throw new AssertionError(s.style());
            }
        }
        double[] r = dataRange();
        applyRanges(c, r);
        if (equalAxes) {
            equalize(c, r);
        }
        int vertical = 0;
        for (Marker m : markers) {
            c.addAnnotation(new AnnotationLine(m.value(), m.vertical(), false));
            c.addAnnotation(new MarkerLabel(m.label(), m.value(), m.vertical(), m.vertical() ? vertical++ : 0));
        }
        c.getStyler().setAnnotationLineColor(Palette.MARKER);
        c.getStyler().setAnnotationLineStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {5f, 4f}, 0f));
        if (inset != null) {
            c.addAnnotation(new InsetAnnotation(inset, insetCorner));
        }
        return c;
    }

    /** {xMin, xMax, yMin, yMax} of everything drawn, padded, or the ranges set. */
    private double[] dataRange() {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                x0 = Math.min(x0, s.x()[i]);
                x1 = Math.max(x1, s.x()[i]);
                y0 = Math.min(y0, s.y()[i]);
                y1 = Math.max(y1, s.y()[i]);
            }
        }
        for (Band b : bands) {
            for (int i = 0; i < b.x().length; i++) {
                x0 = Math.min(x0, b.x()[i]);
                x1 = Math.max(x1, b.x()[i]);
                y0 = Math.min(y0, b.lower()[i]);
                y1 = Math.max(y1, b.upper()[i]);
            }
        }
        for (Marker m : markers) {
            if (m.vertical()) {
                x0 = Math.min(x0, m.value());
                x1 = Math.max(x1, m.value());
            } else {
                y0 = Math.min(y0, m.value());
                y1 = Math.max(y1, m.value());
            }
        }
        double[] x = logX ? decades(x0, x1) : pad(x0, x1);
        double[] y = logY ? decades(y0, y1) : pad(y0, y1);
        if (xRange != null) {
            x = xRange.clone();
        }
        if (yRange != null) {
            y = yRange.clone();
        }
        return new double[] {x[0], x[1], y[0], y[1]};
    }

    private static double[] pad(double lo, double hi) {
        double span = hi - lo;
        double m = span > 0 ? 0.04 * span : Math.max(Math.abs(lo) * 0.1, 1e-300) + (lo == 0 ? 1 : 0);
        return new double[] {lo - m, hi + m};
    }

    /** Whole decades around [lo, hi], so that a log axis always has labelled ticks at both ends. */
    private static double[] decades(double lo, double hi) {
        double a = Math.floor(Math.log10(lo) + 1e-9);
        double b = Math.ceil(Math.log10(hi) - 1e-9);
        if (b <= a) {
            b = a + 1;
        }
        return new double[] {Math.pow(10, a), Math.pow(10, b)};
    }

    private static void applyRanges(XYChart c, double[] r) {
        c.getStyler().setXAxisMin(r[0]);
        c.getStyler().setXAxisMax(r[1]);
        c.getStyler().setYAxisMin(r[2]);
        c.getStyler().setYAxisMax(r[3]);
    }

    /**
     * Widens one axis range until the data units per pixel agree on both axes: lays the chart out on a
     * scratch image, measures where the range ends land, and repeats (tick labels can change the plot
     * area's width) until the two scales agree to 0.1 %.
     */
    private void equalize(XYChart c, double[] r) {
        for (int pass = 0; pass < 6; pass++) {
            BufferedImage scratch = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            try {
                c.paint(g, width, height);
            } finally {
                g.dispose();
            }
            double pw = Math.abs(c.getScreenXFromChart(r[1]) - c.getScreenXFromChart(r[0]));
            double ph = Math.abs(c.getScreenYFromChart(r[3]) - c.getScreenYFromChart(r[2]));
            if (!(pw >= 10 && ph >= 10)) {
                // no room for a plot area (a tiny chart): nothing to equalize
                return;
            }
            double sx = (r[1] - r[0]) / pw;
            double sy = (r[3] - r[2]) / ph;
            if (Math.abs(sx / sy - 1) < 1e-3) {
                return;
            }
            if (sx > sy) {
                // y has more pixels per unit: widen y upwards (a Nyquist plot keeps its real axis at the bottom)
                r[3] = r[2] + sx * ph;
            } else {
                double grow = (sy * pw - (r[1] - r[0])) / 2;
                r[0] -= grow;
                r[1] += grow;
            }
            applyRanges(c, r);
        }
    }

    /** The house style: white, light grid, compact tick labels, legend under the plot. */
    private static final class Styler {
        private Styler() {}

        static void style(org.knowm.xchart.style.XYStyler s, int width) {
            if (width < 450) {
                // small charts (insets): smaller type, so the plot area keeps most of the room
                s.setChartTitleFont(s.getChartTitleFont().deriveFont(11f));
                s.setAxisTitleFont(s.getAxisTitleFont().deriveFont(10f));
                s.setAxisTickLabelsFont(s.getAxisTickLabelsFont().deriveFont(9f));
                s.setLegendFont(s.getLegendFont().deriveFont(9f));
                s.setMarkerSize(4);
            }
            s.setChartBackgroundColor(Color.WHITE);
            s.setPlotBackgroundColor(Color.WHITE);
            s.setPlotBorderColor(Color.DARK_GRAY);
            s.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
            s.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
            s.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
            s.setLegendBorderColor(Color.WHITE);
            if (width >= 450) {
                s.setMarkerSize(6);
            }
            s.setAntiAlias(true);
        }
    }
}
