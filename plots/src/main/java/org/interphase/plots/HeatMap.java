package org.interphase.plots;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * An immutable heat map of values on a regular nx × ny grid (a contact pressure or gap map, a
 * microstructure slice), with a colour scale. Grids finer than 64 cells along an axis are drawn
 * coarsened to at most 64 cells: averaged over blocks for fields, sampled at block centres for labels
 * (phases), so a 2048² map draws in well under a second.
 *
 * <pre>{@code
 * Plots.contactPressure(solution).savePng(Path.of("pressure.png"));
 * }</pre>
 */
public final class HeatMap extends Figure {

    /** The most cells drawn along one axis. */
    static final int MAX_CELLS = 64;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final int nx;
    private final int ny;
    private final double[] values;
    private final double xExtent;
    private final double yExtent;
    private final boolean categorical;
    private final int width;
    private final int height;

    private HeatMap(String title, String xLabel, String yLabel, int nx, int ny, double[] values, double xExtent,
            double yExtent, boolean categorical, int width, int height) {
        this.title = Checks.nonNull(title, "title");
        this.xLabel = Checks.nonNull(xLabel, "xLabel");
        this.yLabel = Checks.nonNull(yLabel, "yLabel");
        this.nx = Checks.positive(nx, "nx");
        this.ny = Checks.positive(ny, "ny");
        Checks.allFinite(values, "values", "");
        if (values.length != (long) nx * ny) {
            throw new IllegalArgumentException("values must hold nx·ny = " + ((long) nx * ny) + " numbers, was "
                    + values.length);
        }
        this.values = values;
        this.xExtent = Checks.positive(xExtent, "xExtent", "");
        this.yExtent = Checks.positive(yExtent, "yExtent", "");
        this.categorical = categorical;
        this.width = Checks.inClosedRange(width, MIN_SIZE, MAX_SIZE, "width");
        this.height = Checks.inClosedRange(height, MIN_SIZE, MAX_SIZE, "height");
    }

    /**
     * A heat map, 720 × 660.
     *
     * @param title chart title
     * @param xLabel horizontal axis title with unit
     * @param yLabel vertical axis title with unit
     * @param nx cells along the horizontal axis, ≥ 1
     * @param ny cells along the vertical axis, ≥ 1
     * @param values nx·ny finite values, index {@code i + nx·j} for horizontal cell i, vertical cell j (copied)
     * @param xExtent the horizontal length the grid covers, in the unit of {@code xLabel}, &gt; 0 (tick
     *     labels are cell centres)
     * @param yExtent the vertical length, in the unit of {@code yLabel}, &gt; 0
     * @return the heat map
     * @throws NullPointerException if a label is null
     * @throws IllegalArgumentException for a size below 1, a wrong length, a non-finite value or extent
     */
    public static HeatMap of(String title, String xLabel, String yLabel, int nx, int ny, double[] values,
            double xExtent, double yExtent) {
        Checks.nonNull(values, "values");
        return new HeatMap(title, xLabel, yLabel, nx, ny, values.clone(), xExtent, yExtent, false, 720, 660);
    }

    /**
     * @return this map with its values treated as labels (phases): coarsened by sampling, never averaged
     */
    public HeatMap withCategories() {
        return new HeatMap(title, xLabel, yLabel, nx, ny, values, xExtent, yExtent, true, width, height);
    }

    /**
     * @param title the new title
     * @return this map with another title
     * @throws NullPointerException if {@code title} is null
     */
    public HeatMap withTitle(String title) {
        return new HeatMap(title, xLabel, yLabel, nx, ny, values, xExtent, yExtent, categorical, width, height);
    }

    /**
     * @param width width, 100 … 10,000 pixels (PNG) or points (SVG, PDF)
     * @param height height, 100 … 10,000
     * @return this map at another size
     * @throws IllegalArgumentException if a size is out of range
     */
    public HeatMap withSize(int width, int height) {
        return new HeatMap(title, xLabel, yLabel, nx, ny, values, xExtent, yExtent, categorical, width, height);
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

    /** @return cells along the horizontal axis */
    public int nx() {
        return nx;
    }

    /** @return cells along the vertical axis */
    public int ny() {
        return ny;
    }

    @Override
    HeatMapChart chart() {
        int mx = Math.min(nx, MAX_CELLS);
        int my = Math.min(ny, MAX_CELLS);
        double[] v = coarsen(mx, my);
        HeatMapChart c = new HeatMapChartBuilder().width(width).height(height).title(title).xAxisTitle(xLabel)
                .yAxisTitle(yLabel).build();
        c.getStyler().setShowValue(false);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotContentSize(1.0);
        c.getStyler().setRangeColors(new Color[] {new Color(0x2c, 0x3e, 0x8f), new Color(0x3d, 0xb5, 0xa4),
            new Color(0xf5, 0xe0, 0x42)});
        c.getStyler().setXAxisMaxLabelCount(8);
        // the colour scale prints its ends with Double.toString: ends rounded outwards to 3 significant
        // digits print short and still hold every value
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        if (hi > lo) {
            c.getStyler().setMin(round(lo, java.math.RoundingMode.FLOOR));
            c.getStyler().setMax(round(hi, java.math.RoundingMode.CEILING));
        }
        c.getStyler().setAxisTickLabelsFont(c.getStyler().getAxisTickLabelsFont().deriveFont(10f));
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (int i = 0; i < mx; i++) {
            xs.add(Ticks.format(xExtent * (i + 0.5) / mx, 3));
        }
        for (int j = 0; j < my; j++) {
            ys.add(Ticks.format(yExtent * (j + 0.5) / my, 3));
        }
        List<Number[]> data = new ArrayList<>(mx * my);
        for (int j = 0; j < my; j++) {
            for (int i = 0; i < mx; i++) {
                data.add(new Number[] {i, j, v[i + mx * j]});
            }
        }
        c.addSeries(title.isBlank() ? "values" : title, xs, ys, data);
        return c;
    }

    private static double round(double v, java.math.RoundingMode mode) {
        if (v == 0) {
            return 0;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3, mode)).doubleValue();
    }

    /** The grid coarsened to mx × my cells: block means, or block-centre samples for labels. */
    double[] coarsen(int mx, int my) {
        if (mx == nx && my == ny) {
            return values.clone();
        }
        double[] r = new double[mx * my];
        for (int j = 0; j < my; j++) {
            int j0 = (int) ((long) j * ny / my);
            int j1 = (int) ((long) (j + 1) * ny / my);
            for (int i = 0; i < mx; i++) {
                int i0 = (int) ((long) i * nx / mx);
                int i1 = (int) ((long) (i + 1) * nx / mx);
                if (categorical) {
                    r[i + mx * j] = values[(i0 + i1) / 2 + nx * ((j0 + j1) / 2)];
                } else {
                    double s = 0;
                    for (int jj = j0; jj < j1; jj++) {
                        for (int ii = i0; ii < i1; ii++) {
                            s += values[ii + nx * jj];
                        }
                    }
                    r[i + mx * j] = s / ((double) (i1 - i0) * (j1 - j0));
                }
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "HeatMap['%s', %d×%d cells%s, %d×%d]", title, nx, ny,
                categorical ? ", labels" : "", width, height);
    }
}
