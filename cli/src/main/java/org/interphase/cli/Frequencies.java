package org.interphase.cli;

import picocli.CommandLine.Option;

/** The frequency grid options shared by the commands that compute a spectrum. */
final class Frequencies {

    @Option(names = "--from", paramLabel = "HZ", defaultValue = "1e-2",
            description = "lowest frequency of the computed spectrum, Hz (default ${DEFAULT-VALUE})")
    double from;

    @Option(names = "--to", paramLabel = "HZ", defaultValue = "1e9",
            description = "highest frequency, Hz (default ${DEFAULT-VALUE})")
    double to;

    @Option(names = "--per-decade", paramLabel = "N", defaultValue = "10",
            description = "points per decade (default ${DEFAULT-VALUE})")
    int perDecade;

    /** @return the log-spaced frequencies, Hz */
    double[] values() {
        if (!(from > 0) || !(to > from) || !Double.isFinite(to)) {
            throw new InputException("--from and --to must satisfy 0 < from < to (finite), were " + from + " and " + to + " Hz");
        }
        if (perDecade < 1 || perDecade > 1000) {
            throw new InputException("--per-decade must be in 1 … 1000, was " + perDecade);
        }
        int n = (int) Math.ceil(Math.log10(to / from) * perDecade) + 1;
        return org.interphase.impedance.Spectrum.logFrequencies(from, to, n);
    }
}
