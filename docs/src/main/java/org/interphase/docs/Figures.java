package org.interphase.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures for the tour, the exercises and the user guide: a thin helper over XChart that draws
 * profiles, curves and Nyquist/Bode plots and writes each as PNG and SVG, headless.
 *
 * <pre>{@code
 * Figures.line("Space charge", "x [nm]", "φ [V]").series(phi).save(folder, "potential");
 * Figures.nyquist("LLZO | LiCoO2").series("no buffer", re, im).save(folder, "nyquist");
 * }</pre>
 */
public final class Figures {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Figures() {}

    /**
     * A line chart.
     *
     * @param title chart title
     * @param xLabel x-axis title with unit, e.g. {@code "x [nm]"}
     * @param yLabel y-axis title with unit
     * @return a figure to add series to
     */
    public static Figure line(String title, String xLabel, String yLabel) {
        return new Figure(title, xLabel, yLabel, false);
    }

    /**
     * A Nyquist plot: −Im Z against Re Z, equal units on both axes (Ω·cm²). Add series with
     * {@link Figure#series(String, double[], double[])} passing Re Z and Im Z (the sign is flipped
     * for display).
     *
     * @param title chart title
     * @return a figure to add spectra to
     */
    public static Figure nyquist(String title) {
        return new Figure(title, "Re Z [Ω·cm²]", "−Im Z [Ω·cm²]", true);
    }

    /** A chart under construction. Not thread-safe; make one per figure. */
    public static final class Figure {
        private final XYChart chart;
        private final boolean nyquist;
        private int seriesCount;

        private Figure(String title, String xLabel, String yLabel, boolean nyquist) {
            this.nyquist = nyquist;
            this.chart = new XYChartBuilder().width(800).height(560).title(title).xAxisTitle(xLabel)
                    .yAxisTitle(yLabel).build();
            chart.getStyler().setLegendVisible(true);
            chart.getStyler().setMarkerSize(nyquist ? 5 : 0);
            chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        }

        /**
         * Adds a series.
         *
         * @param name legend entry
         * @param x x values (finite)
         * @param y y values (finite, same length); for a Nyquist plot, Im Z (drawn as −Im Z)
         * @return this figure
         */
        public Figure series(String name, double[] x, double[] y) {
            Checks.allFinite(x, "x", "");
            Checks.allFinite(y, "y", "");
            Checks.sameLength(x, "x", y, "y");
            double[] yy = y.clone();
            if (nyquist) {
                for (int i = 0; i < yy.length; i++) {
                    yy[i] = -yy[i];
                }
            }
            XYSeries s = chart.addSeries(name, x.clone(), yy);
            s.setMarker(nyquist ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            seriesCount++;
            return this;
        }

        /**
         * Adds a profile as a series, named after its field.
         *
         * @param p the profile
         * @return this figure
         */
        public Figure series(Profile p) {
            return series(p.yName(), p.xs(), p.ys());
        }

        /**
         * Adds a profile under a given name, with x scaled (e.g. 1e9 to plot metres as nm).
         *
         * @param name legend entry
         * @param p the profile
         * @param xScale factor applied to x
         * @param yScale factor applied to y
         * @return this figure
         */
        public Figure series(String name, Profile p, double xScale, double yScale) {
            double[] x = p.xs();
            double[] y = p.ys();
            for (int i = 0; i < x.length; i++) {
                x[i] *= xScale;
                y[i] *= yScale;
            }
            return series(name, x, y);
        }

        /** @return this figure with a logarithmic x axis */
        public Figure logX() {
            chart.getStyler().setXAxisLogarithmic(true);
            return this;
        }

        /** @return this figure with a logarithmic y axis */
        public Figure logY() {
            chart.getStyler().setYAxisLogarithmic(true);
            return this;
        }

        /**
         * Writes the figure as {@code folder/baseName.png} and {@code folder/baseName.svg}.
         *
         * @param folder output folder (created if missing)
         * @param baseName file name without extension
         * @return the two files written
         * @throws IllegalStateException if no series was added
         */
        public List<Path> save(Path folder, String baseName) {
            if (seriesCount == 0) {
                throw new IllegalStateException("figure '" + chart.getTitle() + "' has no series to draw");
            }
            try {
                Files.createDirectories(folder);
                Path base = folder.resolve(baseName);
                BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
                VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(),
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                List<Path> written = new ArrayList<>();
                written.add(folder.resolve(baseName + ".png"));
                written.add(folder.resolve(baseName + ".svg"));
                return written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write figure " + baseName + " to " + folder, e);
            }
        }
    }
}
