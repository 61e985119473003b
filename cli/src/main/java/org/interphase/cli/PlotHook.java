package org.interphase.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.interphase.impedance.Spectrum;
import org.interphase.plots.Nyquist;

/** Where the command line draws figures: through {@code interphase-plots}, headless. */
final class PlotHook {

    private PlotHook() {}

    /**
     * @param title the figure's title
     * @param spectrum the spectrum to draw as a Nyquist plot (equal axes)
     * @param file where to write it (PNG, SVG or PDF by extension)
     * @return the file written
     * @throws InputException if the extension is not .png, .svg or .pdf
     */
    static Optional<Path> nyquist(String title, Spectrum spectrum, Path file) {
        Nyquist figure = Nyquist.titled(title).with(title, spectrum);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return Optional.of(figure.savePng(file));
        } else if (name.endsWith(".svg")) {
            return Optional.of(figure.saveSvg(file));
        } else if (name.endsWith(".pdf")) {
            return Optional.of(figure.savePdf(file));
        }
        throw new InputException(file + ": a plot is written as .png, .svg or .pdf");
    }
}
