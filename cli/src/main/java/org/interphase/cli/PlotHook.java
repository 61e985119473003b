package org.interphase.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.interphase.impedance.Spectrum;

/**
 * Where the command line draws figures. The plots module (issue 18, item 1) is not part of this
 * build yet, so no figure is drawn and {@code --plot} says so.
 */
final class PlotHook {

    private PlotHook() {}

    /**
     * @param title the figure's title
     * @param spectrum the spectrum to draw as a Nyquist plot (equal axes)
     * @param file where to write it (PNG, SVG or PDF by extension)
     * @return the file written, or empty if figures are not available in this build
     */
    static Optional<Path> nyquist(String title, Spectrum spectrum, Path file) {
        // TODO(coordinator, issue 18): wire org.interphase.plots here, e.g.
        //   Plots.nyquist(spectrum).title(title).save(file); return Optional.of(file);
        // and add interphase-plots to cli/pom.xml.
        return Optional.empty();
    }
}
