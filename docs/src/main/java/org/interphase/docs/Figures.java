package org.interphase.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Checks;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.BruggemanFitProblem;
import org.interphase.microstructure.BruggemanFitSolution;
import org.interphase.microstructure.BruggemanFitter;
import org.interphase.microstructure.ConductionField;
import org.interphase.microstructure.ConductionProblem;
import org.interphase.microstructure.ConductionSolution;
import org.interphase.microstructure.ConductionSolver;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.PackingGenerator;
import org.interphase.microstructure.PackingProblem;
import org.interphase.microstructure.Placement;
import org.interphase.microstructure.SizeDistribution;
import org.interphase.microstructure.VoxelPhase;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
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
 * Figures.slice("Phases, y = 20", "x [voxel]", "z [voxel]", nx, nz, labels).save(folder, "phases");
 * }</pre>
 *
 * <p>{@link #microstructure(Path)} draws the figures of the guide's microstructure chapter.
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

    /**
     * A heat map of a 2D slice, e.g. the phases or the potential of a microstructure in one plane.
     *
     * @param title chart title
     * @param xLabel horizontal axis title, e.g. {@code "x [voxel]"}
     * @param yLabel vertical axis title
     * @param nx number of cells along the horizontal axis (&ge; 1)
     * @param ny number of cells along the vertical axis (&ge; 1)
     * @param values nx·ny finite values, index i + nx·j for horizontal cell i and vertical cell j
     * @return the figure, ready to save
     * @throws IllegalArgumentException if a size is below 1, the length is not nx·ny or a value is not finite
     */
    public static SliceFigure slice(String title, String xLabel, String yLabel, int nx, int ny, double[] values) {
        return new SliceFigure(title, xLabel, yLabel, nx, ny, values);
    }

    /**
     * Draws the figures of the guide's microstructure chapter (small grids, a few seconds): the phases
     * of a 40³ NMC811 + Li6PS5Cl + pore composite in the plane y = 20 ({@code microstructure-phases}),
     * the ionic potential in the same plane for 1 V along z ({@code microstructure-potential}), and the
     * tortuosity factor of a matrix around overlapping insulating spheres (32³) against its volume
     * fraction, with Bruggeman's τ = ε^(−1/2) and the fitted power law beside it
     * ({@code microstructure-tortuosity}).
     *
     * @param folder output folder (created if missing)
     * @return the files written, PNG and SVG of each figure
     * @throws NullPointerException if {@code folder} is null
     */
    public static List<Path> microstructure(Path folder) {
        Checks.nonNull(folder, "folder");
        List<Path> written = new ArrayList<>();
        double h = Units.um(0.5);
        int n = 40;
        VoxelPhase cam = VoxelPhase.of(1, Materials.NMC811);
        VoxelPhase se = VoxelPhase.of(2, Materials.LI6PS5CL);
        Microstructure m = PackingGenerator.withDefaults().withSeed(7).solve(PackingProblem.of(n, n, n, h)
                .withSpheres(cam, 0.40, SizeDistribution.fixed(Units.um(2)), Placement.DENSE)
                .withSpheres(se, 0.20, SizeDistribution.fixed(Units.um(1)), Placement.DENSE)).microstructure();
        int y = n / 2;
        double[] labels = new double[n * n];
        for (int z = 0; z < n; z++) {
            for (int x = 0; x < n; x++) {
                labels[x + n * z] = m.label(x, y, z);
            }
        }
        written.addAll(slice("Phases at y = 20: 0 pore, 1 NMC811, 2 Li6PS5Cl (0.5 µm voxels)", "x [voxel]",
                "z [voxel] (collector at 0)", n, n, labels).save(folder, "microstructure-phases"));
        ConductionSolution ion = ConductionSolver.withDefaults().withFields(true)
                .solve(ConductionProblem.ionic(m, Units.celsius(25)).withAxes(Axis.Z));
        ConductionField field = ion.field(Axis.Z).orElseThrow();
        double[] phi = new double[n * n];
        for (int z = 0; z < n; z++) {
            for (int x = 0; x < n; x++) {
                phi[x + n * z] = field.potential(x, y, z);
            }
        }
        written.addAll(slice("Ionic potential [V] at y = 20, 1 V along z (0 outside the conducting SE)",
                "x [voxel]", "z [voxel]", n, n, phi).save(folder, "microstructure-potential"));
        written.addAll(tortuosityFigure(folder));
        return written;
    }

    private static List<Path> tortuosityFigure(Path folder) {
        int n = 32;
        double h = Units.um(1);
        VoxelPhase pore = VoxelPhase.of(1, "electrolyte");
        VoxelPhase solid = VoxelPhase.of(2, "solid");
        double[] solids = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        List<ConductionSolution> runs = new ArrayList<>();
        double[] eps = new double[solids.length];
        double[] tau = new double[solids.length];
        for (int i = 0; i < solids.length; i++) {
            Microstructure m = PackingGenerator.withDefaults().withSeed(3).solve(PackingProblem.of(n, n, n, h)
                    .withBackground(pore).withSpheres(solid, solids[i], SizeDistribution.fixed(3 * h),
                            Placement.OVERLAPPING)).microstructure();
            ConductionSolution c = ConductionSolver.withDefaults()
                    .solve(ConductionProblem.of(m).withConductivity(pore, 1.0).withAxes(Axis.Z));
            runs.add(c);
            eps[i] = c.conductingFraction();
            tau[i] = c.tortuosityFactor(Axis.Z).orElseThrow();
        }
        BruggemanFitSolution fit = BruggemanFitter.withDefaults().solve(BruggemanFitProblem.of(runs, Axis.Z));
        double[] bruggeman = new double[eps.length];
        double[] fitted = new double[eps.length];
        for (int i = 0; i < eps.length; i++) {
            bruggeman[i] = Math.pow(eps[i], -0.5);
            fitted[i] = Math.pow(eps[i], 1 - fit.exponent());
        }
        return line("Tortuosity factor around overlapping insulating spheres (32³, r = 3 voxels)",
                "conducting volume fraction ε", "τ = εσ/σ_eff").series("solver", eps, tau)
                .series("Bruggeman τ = ε^(−1/2)", eps, bruggeman)
                .series(String.format(java.util.Locale.ROOT, "fit τ = ε^(1−α), α = %.2f", fit.exponent()), eps, fitted)
                .save(folder, "microstructure-tortuosity");
    }

    /** A heat map of a 2D slice. Not thread-safe; make one per figure. */
    public static final class SliceFigure {
        private final HeatMapChart chart;

        private SliceFigure(String title, String xLabel, String yLabel, int nx, int ny, double[] values) {
            Checks.positive(nx, "nx");
            Checks.positive(ny, "ny");
            Checks.nonNull(values, "values");
            if (values.length != (long) nx * ny) {
                throw new IllegalArgumentException("values must hold nx·ny = " + ((long) nx * ny)
                        + " numbers, was " + values.length);
            }
            Checks.allFinite(values, "values", "");
            chart = new HeatMapChartBuilder().width(700).height(640).title(title).xAxisTitle(xLabel)
                    .yAxisTitle(yLabel).build();
            chart.getStyler().setShowValue(false);
            chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            chart.getStyler().setPlotContentSize(1.0);
            chart.getStyler().setRangeColors(new java.awt.Color[] {new java.awt.Color(0x2c, 0x3e, 0x8f),
                new java.awt.Color(0x3d, 0xb5, 0xa4), new java.awt.Color(0xf5, 0xe0, 0x42)});
            List<Integer> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (int i = 0; i < nx; i++) {
                xs.add(i);
            }
            for (int j = 0; j < ny; j++) {
                ys.add(j);
            }
            List<Number[]> data = new ArrayList<>();
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    data.add(new Number[] {i, j, values[i + nx * j]});
                }
            }
            chart.addSeries(title, xs, ys, data);
        }

        /**
         * Writes the figure as {@code folder/baseName.png} and {@code folder/baseName.svg}.
         *
         * @param folder output folder (created if missing)
         * @param baseName file name without extension
         * @return the two files written
         */
        public List<Path> save(Path folder, String baseName) {
            try {
                Files.createDirectories(folder);
                Path base = folder.resolve(baseName);
                BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
                VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(),
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                return List.of(folder.resolve(baseName + ".png"), folder.resolve(baseName + ".svg"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write figure " + baseName + " to " + folder, e);
            }
        }
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
