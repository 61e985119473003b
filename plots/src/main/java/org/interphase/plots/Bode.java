package org.interphase.plots;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.impedance.Spectrum;
import org.knowm.xchart.XYChart;

/**
 * A Bode plot: |Z| (log) above and the phase −θ in degrees below, both against the frequency (log), for
 * one or more spectra, in one file.
 *
 * <pre>{@code
 * Plots.bode(spectrum).savePng(Path.of("bode.png"));
 * }</pre>
 */
public final class Bode extends Figure {

    private record Named(String name, Spectrum spectrum) {}

    private final String title;
    private final int width;
    private final int height;
    private final ImmutableList<Named> spectra;

    private Bode(String title, int width, int height, ImmutableList<Named> spectra) {
        this.title = Checks.nonNull(title, "title");
        this.width = Checks.inClosedRange(width, MIN_SIZE, MAX_SIZE, "width");
        this.height = Checks.inClosedRange(height, 2 * MIN_SIZE, MAX_SIZE, "height");
        this.spectra = spectra;
        for (Named n : spectra) {
            if (n.spectrum().perArea() != spectra.get(0).spectrum().perArea()) {
                throw new IllegalArgumentException("spectrum '" + n.name() + "' is "
                        + (n.spectrum().perArea() ? "area-specific (Ω·m²)" : "absolute (Ω)") + " but '"
                        + spectra.get(0).name() + "' is not: one Bode plot draws one kind");
            }
        }
    }

    /**
     * An empty Bode plot, 800 × 800; add spectra with {@link #with(String, Spectrum)}.
     *
     * @param title chart title
     * @return the plot
     * @throws NullPointerException if {@code title} is null
     */
    public static Bode titled(String title) {
        return new Bode(title, 800, 800, ImmutableList.of());
    }

    /**
     * @param name legend entry, not blank
     * @param spectrum the spectrum
     * @return this plot with one more spectrum
     * @throws NullPointerException if {@code spectrum} is null
     * @throws IllegalArgumentException for a blank name or a spectrum of the other kind (absolute or
     *     area-specific) than those already drawn
     */
    public Bode with(String name, Spectrum spectrum) {
        Checks.nonBlank(name, "name");
        Checks.nonNull(spectrum, "spectrum");
        return new Bode(title, width, height, ImmutableList.<Named>builder().addAll(spectra)
                .add(new Named(name, spectrum)).build());
    }

    /**
     * @param width width, 100 … 10,000 pixels (PNG) or points (SVG, PDF)
     * @param height height of both panels together, 200 … 10,000
     * @return this plot at another size
     * @throws IllegalArgumentException if a size is out of range
     */
    public Bode withSize(int width, int height) {
        return new Bode(title, width, height, spectra);
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

    /**
     * @return the upper panel: |Z| against f, both logarithmic, in Ω or Ω·cm²
     * @throws IllegalStateException if no spectrum was added
     */
    public Plot modulusPlot() {
        requireSpectra();
        boolean perArea = spectra.get(0).spectrum().perArea();
        Plot p = Plot.of(title, "f [Hz]", "|Z| [" + (perArea ? "Ω·cm²" : "Ω") + "]").withLogX().withLogY()
                .withSize(width, height / 2).withLegend(false);
        for (Named n : spectra) {
            Spectrum s = n.spectrum();
            double[] m = new double[s.size()];
            for (int i = 0; i < m.length; i++) {
                m[i] = s.modulus(i) * (perArea ? 1e4 : 1);
            }
            p = p.withSeries(n.name(), s.frequencies(), m, Style.LINE_MARKERS);
        }
        return p;
    }

    /**
     * @return the lower panel: −θ = −arg Z in degrees against f (logarithmic)
     * @throws IllegalStateException if no spectrum was added
     */
    public Plot phasePlot() {
        requireSpectra();
        Plot p = Plot.of("", "f [Hz]", "−θ [°]").withLogX().withSize(width, height - height / 2);
        for (Named n : spectra) {
            Spectrum s = n.spectrum();
            double[] ph = new double[s.size()];
            for (int i = 0; i < ph.length; i++) {
                ph[i] = -Math.toDegrees(s.phase(i));
            }
            p = p.withSeries(n.name(), s.frequencies(), ph, Style.LINE_MARKERS);
        }
        return p;
    }

    private void requireSpectra() {
        if (spectra.isEmpty()) {
            throw new IllegalStateException("Bode plot '" + title + "' has no spectrum: add one with with(name, spectrum)");
        }
    }

    @Override
    XYChart chart() {
        return new StackedChart(width, height, modulusPlot().chart(), phasePlot().chart());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Bode['%s', %s, %d×%d]", title, spectra.stream().map(Named::name).toList(),
                width, height);
    }
}
