package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.interphase.impedance.DrtSolution;
import org.interphase.impedance.DrtSolver;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.SpectrumCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase drt spectrum.csv}: the distribution of relaxation times. */
@Command(name = "drt", description = {"Distribution of relaxation times of a measured spectrum.",
    "Tikhonov-regularized and non-negative, λ by generalized cross-validation unless given; prints "
        + "R∞, the polarization resistance and the peaks."})
final class DrtCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPECTRUM", description = "the spectrum (as for fit), or example:spectrum.csv")
    String input;

    @Option(names = "--lambda", paramLabel = "L", description = "a fixed regularization parameter instead of GCV")
    Double lambda;

    @Option(names = "--points", paramLabel = "N", description = "number of time constants (default: the solver's)")
    Integer points;

    @Option(names = {"-o", "--output"}, paramLabel = "CSV", description = "write τ (s) and γ (Ω or Ω·m²) to this CSV file")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Spectrum data = SpectrumFiles.read(input);
        DrtSolution drt;
        try {
            DrtSolver solver = DrtSolver.withDefaults();
            if (lambda != null) {
                solver = solver.withLambda(lambda);
            }
            if (points != null) {
                solver = solver.withPoints(points);
            }
            drt = solver.solve(data);
        } catch (IllegalArgumentException e) {
            throw new InputException(input + ": " + e.getMessage(), e);
        }
        out.println(drt);
        drt.peaks().forEach(p -> out.println("  peak: " + p));
        for (String w : drt.warnings()) {
            out.println("  note: " + w);
        }
        if (output != null) {
            StringBuilder sb = new StringBuilder("tau_s,gamma\n");
            double[] tau = drt.timeConstants();
            double[] gamma = drt.gamma();
            for (int i = 0; i < tau.length; i++) {
                sb.append(String.format(Locale.ROOT, "%.8g,%.8g%n", tau[i], gamma[i]));
            }
            OutputFiles.write(output, sb.toString());
            out.println("distribution: " + output);
        }
        return Main.OK;
    }
}
