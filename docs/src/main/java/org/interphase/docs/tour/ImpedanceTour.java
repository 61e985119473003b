package org.interphase.docs.tour;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Units;
import org.interphase.impedance.ChargeTransfer;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.CircuitFitProblem;
import org.interphase.impedance.CircuitFitSolution;
import org.interphase.impedance.CircuitFitter;
import org.interphase.impedance.DrtSolution;
import org.interphase.impedance.DrtSolver;
import org.interphase.impedance.HomogeneousLayer;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.LinKKSolver;
import org.interphase.impedance.Spectrum;
import org.interphase.plots.Plots;

/**
 * Impedance spectra: what the LLZO | LiCoO2 interface with and without the Nb buffer looks like in
 * an EIS measurement, built from physical layers and read back with a circuit fit, lin-KK and the
 * DRT.
 */
public final class ImpedanceTour {

    private ImpedanceTour() {}

    /**
     * Prints the section without drawing figures.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        spectra(out);
    }

    /**
     * Prints the section and draws the Nyquist plot.
     *
     * @param out where to print
     * @param folder output folder for the figure
     */
    public static void run(PrintStream out, Path folder) {
        Spectra s = spectra(out);
        // equal axes, and an inset on the buffered interface's arcs, which are too small to read beside
        // the 2600 Ω·cm² arc of the bare interface
        var files = Plots.nyquist("LLZO | LiCoO2 with and without Nb (physical layers)")
                .with("no buffer", s.bare()).with("10 nm Nb buffer", s.buffered()).withZoomOn("10 nm Nb buffer")
                .save(folder, "impedance-nyquist");
        out.printf(Locale.ROOT, "  figure: %s%n", files.get(0).getFileName());
    }

    /** The spectra of the interface without and with the buffer. */
    private record Spectra(Spectrum bare, Spectrum buffered) {}

    private static Spectra spectra(PrintStream out) {
        double[] f = Spectrum.logFrequencies(1e6, 1e-2, 81);
        HomogeneousLayer llzo = HomogeneousLayer.of(Units.mm(1), Units.sPerCm(5e-4), 60);
        ChargeTransfer bareCt = new ChargeTransfer(Units.ohmCm2(2600), Units.uFPerCm2(10));
        HomogeneousLayer nb = HomogeneousLayer.of(Units.nm(10), Units.sPerCm(8.125e-9), 40);
        ChargeTransfer residual = new ChargeTransfer(Units.ohmCm2(26.9), Units.uFPerCm2(10));
        Spectrum bare = Impedance.series(llzo, bareCt).spectrum(f);
        Spectrum buffered = Impedance.series(llzo, nb, residual).spectrum(f);
        out.println("  LLZO | LiCoO2 (Kato et al., J. Power Sources 260 (2014) 292, values via the review):");
        out.println("    paper: interface 2600 Ω·cm² without buffer, 150 Ω·cm² with ~10 nm Nb");
        out.printf(Locale.ROOT, "    layers: %s%n            %s%n            %s%n", llzo, nb, residual);
        Circuit rc = Circuit.parse("R0-p(R1,C1)");
        CircuitFitter fitter = CircuitFitter.withDefaults();
        CircuitFitSolution bareFit = fitter.solve(CircuitFitProblem.of(rc, bare, Units.ohmCm2(100), Units.ohmCm2(1000),
                0.1));
        Circuit rq = Circuit.parse("R0-p(R1,CPE1)");
        CircuitFitSolution bufFit = fitter.solve(CircuitFitProblem.of(rq, buffered, Units.ohmCm2(100),
                Units.ohmCm2(100), 0.1, 0.9));
        // a standard error is empty where the data do not determine it (never the case for R1 here)
        out.printf(Locale.ROOT, "    fitted back with %s: interface %.0f ± %.0f Ω·cm² without buffer;%n", rc,
                Units.toOhmCm2(bareFit.parameter("R1")), Units.toOhmCm2(bareFit.standardError("R1").orElseThrow()));
        out.printf(Locale.ROOT, "    with %s: %.0f ± %.1f Ω·cm² with buffer (CPE exponent %.3f: two merged arcs)%n", rq,
                Units.toOhmCm2(bufFit.parameter("R1")), Units.toOhmCm2(bufFit.standardError("R1").orElseThrow()),
                bufFit.parameter("CPE1_1"));
        DrtSolver drt = DrtSolver.withDefaults();
        out.printf(Locale.ROOT, "    reaction-layer arc at %.0f Hz, charge-transfer arc at %.0f Hz: a τ ratio of %.1f, below the%n"
                + "    factor 3–6 a DRT can resolve in measured data (pyDRTtools issue #9): the DRT finds %d peak(s)%n"
                + "    in the exact spectrum but %d peak(s) once 1 %% noise (relative to |Z|) is added%n",
                nb.apexFrequency(), residual.apexFrequency(), residual.apexFrequency() / nb.apexFrequency(),
                peaksBetween(drt.solve(buffered), 1e-5, 0.1), peaksBetween(drt.solve(noisy(buffered, 0.01, 1)), 1e-5, 0.1));
        out.printf(Locale.ROOT, "    lin-KK of the buffered spectrum: %s%n", LinKKSolver.withDefaults().solve(buffered));
        HomogeneousLayer good = HomogeneousLayer.of(Units.nm(10), Units.sPerCm(1e-6), 40);
        out.printf(Locale.ROOT, "  A coating's arc frequency is σ/(2πε0εr), independent of its thickness: 10 nm LiNbO3 at 1e-6 S/cm%n"
                + "    → %.0f Ω·cm² at %.1f kHz; at 1e-8 S/cm → %.0f Ω·cm² at %.0f Hz (research note: 44.9 kHz, 449 Hz)%n",
                Units.toOhmCm2(good.resistance()), good.apexFrequency() / 1e3,
                Units.toOhmCm2(HomogeneousLayer.of(Units.nm(10), Units.sPerCm(1e-8), 40).resistance()),
                HomogeneousLayer.of(Units.nm(10), Units.sPerCm(1e-8), 40).apexFrequency());
        return new Spectra(bare, buffered);
    }

    /** The spectrum with Gaussian noise of standard deviation {@code relative}·|Z| on Z' and Z''. */
    private static Spectrum noisy(Spectrum s, double relative, long seed) {
        java.util.Random random = new java.util.Random(seed);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] += relative * s.modulus(i) * random.nextGaussian();
            im[i] += relative * s.modulus(i) * random.nextGaussian();
        }
        return Spectrum.of(s.frequencies(), re, im, s.perArea());
    }

    private static int peaksBetween(DrtSolution d, double lo, double hi) {
        int n = 0;
        for (double t : d.peakTimeConstants()) {
            if (t >= lo && t <= hi) {
                n++;
            }
        }
        return n;
    }

    /** @return the names of the figures {@link #run(PrintStream, Path)} writes */
    static List<String> figures() {
        return List.of("impedance-nyquist");
    }
}
