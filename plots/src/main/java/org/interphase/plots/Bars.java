package org.interphase.plots;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * An immutable bar chart of named values, e.g. the contributions of a resistance budget.
 *
 * <pre>{@code
 * Plots.budget(solution.budget()).savePng(Path.of("budget.png"));
 * }</pre>
 */
public final class Bars extends Figure {

    private final String title;
    private final String yLabel;
    private final ImmutableList<String> names;
    private final double[] values;
    private final int width;
    private final int height;

    private Bars(String title, String yLabel, ImmutableList<String> names, double[] values, int width, int height) {
        this.title = Checks.nonNull(title, "title");
        this.yLabel = Checks.nonNull(yLabel, "yLabel");
        this.names = names;
        this.values = values;
        this.width = Checks.inClosedRange(width, MIN_SIZE, MAX_SIZE, "width");
        this.height = Checks.inClosedRange(height, MIN_SIZE, MAX_SIZE, "height");
    }

    /**
     * A bar chart, 800 × 560.
     *
     * @param title chart title
     * @param yLabel value axis title with unit
     * @param names one non-blank, distinct name per bar
     * @param values one finite value per bar (copied)
     * @return the chart
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for no bars, a blank or repeated name, a non-finite value or
     *     different counts
     */
    public static Bars of(String title, String yLabel, List<String> names, double[] values) {
        Checks.nonNull(names, "names");
        Checks.allFinite(values, "values", "");
        if (names.size() != values.length) {
            throw new IllegalArgumentException("names and values must have the same length, were " + names.size()
                    + " and " + values.length);
        }
        for (int i = 0; i < names.size(); i++) {
            Checks.nonBlank(names.get(i), "names[" + i + "]");
            if (names.indexOf(names.get(i)) != i) {
                throw new IllegalArgumentException("names[" + i + "] = '" + names.get(i) + "' repeats an earlier name");
            }
        }
        return new Bars(title, yLabel, ImmutableList.copyOf(names), values.clone(), 800, 560);
    }

    /**
     * @param width width, 100 … 10,000 pixels (PNG) or points (SVG, PDF)
     * @param height height, 100 … 10,000
     * @return this chart at another size
     * @throws IllegalArgumentException if a size is out of range
     */
    public Bars withSize(int width, int height) {
        return new Bars(title, yLabel, names, values, width, height);
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

    @Override
    CategoryChart chart() {
        CategoryChart c = new CategoryChartBuilder().width(width).height(height).title(title).yAxisTitle(yLabel)
                .build();
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotBackgroundColor(Color.WHITE);
        c.getStyler().setLegendVisible(false);
        c.getStyler().setXAxisLabelRotation(names.size() > 4 ? 30 : 0);
        c.getStyler().setyAxisTickLabelsFormattingFunction(Ticks::format);
        c.getStyler().setLabelsVisible(true);
        c.getStyler().setDecimalPattern("#,##0.###");
        List<Double> v = new ArrayList<>();
        for (double d : values) {
            v.add(d);
        }
        CategorySeries s = c.addSeries(title.isBlank() ? "values" : title, names, v);
        s.setFillColor(Palette.series(0));
        return c;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Bars['%s', %d bars, %d×%d]", title, names.size(), width, height);
    }
}
