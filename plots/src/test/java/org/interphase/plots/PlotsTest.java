package org.interphase.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.impedance.DrtSolution;
import org.interphase.impedance.DrtSolver;
import org.interphase.impedance.Spectrum;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.VoxelPhase;
import org.interphase.stack.Contribution;
import org.interphase.stack.Mechanism;
import org.interphase.stack.ResistanceBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

    /** R0 + R‖C: a semicircle of diameter R from R0 to R0 + R on the real axis. */
    private static Spectrum rc(double r0, double r, double c, boolean perArea) {
        double[] f = Spectrum.logFrequencies(1e7, 1e-3, 121);
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            double wrc = 2 * Math.PI * f[i] * r * c;
            re[i] = r0 + r / (1 + wrc * wrc);
            im[i] = -r * wrc / (1 + wrc * wrc);
        }
        return Spectrum.of(f, re, im, perArea);
    }

    /** Bounding box {minX, maxX, minY, maxY} of the pixels close to a colour, or null if none. */
    private static int[] box(BufferedImage img, Color c, int tolerance) {
        int[] b = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int dr = Math.abs(((rgb >> 16) & 0xff) - c.getRed());
                int dg = Math.abs(((rgb >> 8) & 0xff) - c.getGreen());
                int db = Math.abs((rgb & 0xff) - c.getBlue());
                if (dr + dg + db <= tolerance) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.max(b[1], x);
                    b[2] = Math.min(b[2], y);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b[1] < 0 ? null : b;
    }

    /**
     * A circle of radius 100 drawn with equal axes must come out round on screen: its pixel width and
     * height agree. Measured on the rendered image (XChart's own ranges are not trusted), for a plot
     * whose data are much wider than tall and one much taller than wide, at two image shapes.
     */
    @Test
    void equalAxesDrawACircleRoundWhateverTheDataAndImageShapes() {
        int n = 720;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = 500 + 100 * Math.cos(2 * Math.PI * i / n);
            y[i] = 100 * Math.sin(2 * Math.PI * i / n);
        }
        double[][] others = {{0, 1500, 0, 0}, {500, 500, -600, 600}};
        int[][] sizes = {{800, 500}, {500, 800}};
        for (double[] o : others) {
            for (int[] size : sizes) {
                Plot p = Plot.of("circle", "x", "y").withSize(size[0], size[1]).withLegend(false).withEqualAxes()
                        .withSeries("circle", x, y).withSeries("extent", new double[] {o[0], o[1]},
                                new double[] {o[2], o[3]}, Style.MARKERS);
                int[] b = box(p.toImage(), Palette.series(0), 60);
                assertThat(b).as("circle pixels").isNotNull();
                double w = b[1] - b[0];
                double h = b[3] - b[2];
                assertThat(w).as("circle width px for %s at %dx%d", java.util.Arrays.toString(o), size[0], size[1])
                        .isGreaterThan(20);
                // one pixel of line width on each side: allow 2 px plus 2 %
                assertThat(w).isCloseTo(h, within(2 + 0.02 * h));
            }
        }
    }

    /** Without equal axes the same data give an ellipse: the measurement can tell the two apart. */
    @Test
    void withoutEqualAxesTheCircleIsNotRound() {
        int n = 360;
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            x[i] = 100 * Math.cos(2 * Math.PI * i / n);
            y[i] = 100 * Math.sin(2 * Math.PI * i / n);
        }
        int[] b = box(Plot.of("ellipse", "x", "y").withSize(900, 450).withLegend(false).withSeries("c", x, y)
                .toImage(), Palette.series(0), 60);
        assertThat((double) (b[1] - b[0]) / (b[3] - b[2])).isGreaterThan(1.3);
    }

    /** The Nyquist plot of an RC spectrum: the arc is twice as wide as tall (a semicircle). */
    @Test
    void nyquistArcIsASemicircleOnScreen() {
        Spectrum s = rc(0, 1000, 1e-6, false);
        Plot p = Plots.nyquist(s).toPlot().withLegend(false);
        int[] b = box(p.toImage(), Palette.series(0), 60);
        double w = b[1] - b[0];
        double h = b[3] - b[2];
        assertThat(w / h).isCloseTo(2.0, within(0.05));
    }

    @Test
    void everyFigureIsWrittenAsDecodablePngSvgAndPdf(@TempDir Path dir) throws Exception {
        Spectrum big = rc(1e-2, 2600e-4, 1e-1, true);
        Spectrum small = rc(1e-2, 150e-4, 1e-1, true);
        DrtSolution drt = DrtSolver.withDefaults().solve(rc(10, 100, 1e-5, false));
        double[] g = drt.gamma();
        double[] lo = new double[g.length];
        double[] hi = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            lo[i] = 0.8 * g[i];
            hi[i] = 1.2 * g[i];
        }
        Profile c = Profile.sample(Mesh1D.uniform(0, 1e-7, 50), x -> Math.exp(-x / 2e-8), "c", "mol/m³");
        Profile c2 = Profile.sample(Mesh1D.uniform(0, 1e-7, 50), x -> Math.exp(-x / 2e-8), "c", "mol/m³");
        ResistanceBudget budget = new ResistanceBudget("A | B", 298.15, List.of(
                new Contribution(Mechanism.values()[0], "", 1e-3, 1e-2),
                new Contribution(Mechanism.values()[1], "", 4e-4, 1e-2)));
        byte[] labels = new byte[10 * 8 * 6];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = (byte) (i % 3 == 0 ? 1 : 2);
        }
        Microstructure m = Microstructure.of(10, 8, 6, 1e-6, labels, List.of(VoxelPhase.of(1, "solid"), VoxelPhase.of(2, "pore")));
        double[] heat = new double[100 * 70];
        for (int i = 0; i < heat.length; i++) {
            heat[i] = Math.sin(i * 0.01);
        }
        List<Figure> figures = List.of(
                Plots.nyquist("two arcs").with("bare", big).with("buffered", small).withZoomOn("buffered"),
                Plots.bode(big),
                Plots.drt(drt, lo, hi),
                Plots.profiles("c", c, c2),
                Plots.budget(budget),
                Plots.tradeoff("R(L)", Profile.of(new double[] {1, 2, 3}, new double[] {3, 1, 2}, "L", "nm", "R",
                        "Ω·cm²"), List.of("bound"), new double[] {1.5}).withLogY(),
                Plots.slice(m, Axis.Y, 3),
                HeatMap.of("field", "x [µm]", "y [µm]", 100, 70, heat, 10, 7));
        int k = 0;
        for (Figure f : figures) {
            List<Path> files = f.save(dir, "fig" + k++, Format.PNG, Format.SVG, Format.PDF);
            assertThat(files).hasSize(3);
            BufferedImage img = ImageIO.read(files.get(0).toFile());
            assertThat(img).as("PNG of %s decodes", f).isNotNull();
            assertThat(img.getWidth()).isEqualTo(f.width());
            assertThat(img.getHeight()).isEqualTo(f.height());
            String svg = Files.readString(files.get(1), StandardCharsets.UTF_8);
            assertThat(svg).as("SVG of %s", f).contains("<svg").contains("</svg>");
            byte[] pdf = Files.readAllBytes(files.get(2));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as("PDF header of %s", f).isEqualTo("%PDF-");
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
        }
    }

    @Test
    void singleFormatSaversWriteTheNamedFile(@TempDir Path dir) throws Exception {
        Plot p = Plot.of("t", "x", "y").withSeries("s", new double[] {1, 2}, new double[] {3, 4});
        assertThat(Files.size(p.savePng(dir.resolve("a/b.png")))).isPositive();
        assertThat(Files.size(p.saveSvg(dir.resolve("b.svg")))).isPositive();
        assertThat(Files.size(p.savePdf(dir.resolve("c.pdf")))).isPositive();
        assertThat(p.save(dir, "d")).extracting(q -> q.getFileName().toString()).containsExactly("d.png", "d.svg");
    }

    @Test
    void logAxesSpanWholeDecadesSoTheyCarryLabels() {
        // a curve that stays inside one decade: the axis still runs from 10 to 100
        Plot p = Plot.of("t", "x", "y").withLogY().withSeries("s", new double[] {1, 2, 3}, new double[] {20, 30, 50});
        var c = p.chart();
        assertThat(c.getStyler().getYAxisMin()).isEqualTo(10.0);
        assertThat(c.getStyler().getYAxisMax()).isEqualTo(100.0);
    }

    @Test
    void tickLabelsHaveFewDigits() {
        assertThat(Ticks.format(2.5000000000000004)).isEqualTo("2.5");
        assertThat(Ticks.format(0.30000000000000004)).isEqualTo("0.3");
        assertThat(Ticks.format(1234.5678)).isEqualTo("1235");
        assertThat(Ticks.format(1e-5)).isEqualTo("1e-5");
        assertThat(Ticks.format(2.5e7)).isEqualTo("2.5e7");
        assertThat(Ticks.format(0)).isEqualTo("0");
    }

    @Test
    void badInputIsRefusedWithClearMessages() {
        Plot p = Plot.of("t", "x", "y");
        assertThatThrownBy(() -> Plots.nyquist((Spectrum) null)).hasMessageContaining("spectrum");
        assertThatThrownBy(() -> p.withSeries("s", new double[0], new double[0])).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("x must not be empty");
        assertThatThrownBy(() -> p.withSeries("s", new double[] {1, Double.NaN}, new double[] {1, 2}))
                .hasMessageContaining("x[1] must be a finite number");
        assertThatThrownBy(() -> p.withSeries("s", new double[] {1, 2}, new double[] {1}))
                .hasMessageContaining("same length");
        assertThatThrownBy(() -> p.withSeries(" ", new double[] {1}, new double[] {1})).hasMessageContaining("name");
        assertThatThrownBy(() -> p.withLogY().withSeries("s", new double[] {1}, new double[] {-1}))
                .hasMessageContaining("logarithmic").hasMessageContaining("y[0]");
        assertThatThrownBy(() -> p.withSize(50, 400)).hasMessageContaining("width");
        assertThatThrownBy(() -> p.withLogX().withEqualAxes()).hasMessageContaining("equal axis scaling");
        assertThatThrownBy(p::toImage).isInstanceOf(IllegalStateException.class).hasMessageContaining("no series");
        assertThatThrownBy(() -> Plots.nyquist("empty").toImage()).hasMessageContaining("no spectrum");
        Spectrum s = rc(0, 100, 1e-6, false);
        assertThatThrownBy(() -> Plots.nyquist(s).withZoom(1e5, 2e5)).hasMessageContaining("holds no point");
        assertThatThrownBy(() -> Plots.nyquist(s).withZoom(2, 1)).hasMessageContaining("reMax must be > reMin");
        assertThatThrownBy(() -> Plots.nyquist(s).withZoomOn("other")).hasMessageContaining("no spectrum named 'other'");
        assertThatThrownBy(() -> Plots.nyquist(s).with("b", rc(0, 1, 1e-6, true))).hasMessageContaining("area-specific");
        assertThatThrownBy(() -> Plots.profiles("t")).hasMessageContaining("at least one");
        assertThatThrownBy(() -> HeatMap.of("h", "x", "y", 2, 2, new double[3], 1, 1)).hasMessageContaining("nx·ny = 4");
        assertThatThrownBy(() -> HeatMap.of("h", "x", "y", 1, 1, new double[] {Double.POSITIVE_INFINITY}, 1, 1))
                .hasMessageContaining("values[0]");
        assertThatThrownBy(() -> Bars.of("b", "R", List.of("a", "a"), new double[] {1, 2})).hasMessageContaining("repeats");
        assertThatThrownBy(() -> p.withSeries("s", new double[] {1}, new double[] {1}).save(null, "x"))
                .hasMessageContaining("folder");
        assertThatThrownBy(() -> p.withBand("b", new double[] {1, 2}, new double[] {2, 2}, new double[] {1, 3}))
                .hasMessageContaining("upper[0]");
    }

    @Test
    void figuresAreImmutable() {
        Plot p = Plot.of("t", "x", "y");
        Plot q = p.withSeries("s", new double[] {1}, new double[] {1});
        assertThat(p.seriesCount()).isZero();
        assertThat(q.seriesCount()).isEqualTo(1);
        double[] x = {1, 2};
        Plot r = p.withSeries("s", x, new double[] {1, 2});
        x[0] = Double.NaN;
        assertThat(r.toImage()).isNotNull();
    }

    @Test
    void drawingIsHeadless() {
        Plot.of("t", "x", "y");
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).isTrue();
    }
}
