package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.CircuitFitProblem;
import org.interphase.impedance.CircuitFitSolution;
import org.interphase.impedance.CircuitFitter;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.SpectrumCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase fit spectrum.csv --circuit "R0-p(R1,CPE1)"}: an equivalent-circuit fit. */
@Command(name = "fit", description = {"Fits an equivalent circuit to a measured spectrum.",
    "Circuits in the impedance.py grammar (R, C, L, CPE, W, Wo, Ws, G, Gs, Zarc, K, TLMQ; '-' "
        + "series, p(a,b) parallel); prints the parameters with standard errors. The starting point is "
        + "read off the data unless given with --guess."})
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPECTRUM",
            description = "the spectrum: CSV/TSV with frequency, Z', Z'' (header units honoured), or example:spectrum.csv")
    String input;

    @Option(names = {"-c", "--circuit"}, required = true, paramLabel = "CIRCUIT", description = "e.g. \"R0-p(R1,CPE1)\"")
    String circuitText;

    @Option(names = {"-g", "--guess"}, paramLabel = "NAME=VALUE", split = ",",
            description = "starting values, SI units (Ω, F, s; per area Ω·m², F/m²), e.g. R1=100,CPE1_1=0.9")
    Map<String, Double> guesses = new LinkedHashMap<>();

    @Option(names = "--fix", paramLabel = "NAME", split = ",", description = "parameters held at their starting value")
    List<String> fixed = List.of();

    @Option(names = "--starts", paramLabel = "N", defaultValue = "8",
            description = "starts of the multi-start fit (default ${DEFAULT-VALUE})")
    int starts;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "seed of the random starts (default ${DEFAULT-VALUE}): the same seed gives the same fit")
    long seed;

    @Option(names = "--weighting", paramLabel = "W", defaultValue = "MODULUS",
            description = "MODULUS (default: every decade of |Z| counts) or UNIT")
    CircuitFitter.Weighting weighting;

    @Option(names = {"-o", "--fitted"}, paramLabel = "CSV", description = "write the fitted spectrum to this CSV file")
    Path fittedFile;

    @Option(names = "--plot", paramLabel = "FILE", description = "draw data and fit as a Nyquist plot (.png, .svg, .pdf)")
    Path plotFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Spectrum data = SpectrumFiles.read(input);
        Circuit circuit;
        try {
            circuit = Circuit.parse(circuitText);
        } catch (IllegalArgumentException e) {
            throw new InputException("--circuit \"" + circuitText + "\": " + e.getMessage(), e);
        }
        for (String name : guesses.keySet()) {
            if (!circuit.parameterNames().contains(name)) {
                throw new InputException("--guess " + name + ": not a parameter of " + circuit + "; its parameters are "
                        + circuit.parameterNames());
            }
        }
        CircuitFitSolution fit;
        try {
            double[] guess = FitGuess.guess(circuit, data, guesses);
            CircuitFitProblem problem = CircuitFitProblem.of(circuit, data, guess).withFixed(fixed.toArray(String[]::new));
            CircuitFitter fitter = CircuitFitter.withDefaults().withStarts(starts).withSeed(seed).withWeighting(weighting);
            fit = fitter.solve(problem);
        } catch (IllegalArgumentException e) {
            throw new InputException(input + ": " + e.getMessage(), e);
        }
        out.print(fit);
        out.printf(java.util.Locale.ROOT, "  χ² = %.4g with %d degrees of freedom%n", fit.chiSquare(), fit.degreesOfFreedom());
        for (String w : fit.warnings()) {
            out.println("  note: " + w);
        }
        if (fittedFile != null) {
            OutputFiles.write(fittedFile, SpectrumCsv.toCsv(fit.fitted()));
            out.println("fitted spectrum: " + fittedFile);
        }
        if (plotFile != null) {
            out.println(PlotHook.nyquist(circuit.toString(), data, plotFile).map(p -> "plot: " + p)
                    .orElseThrow());
        }
        return Main.OK;
    }
}
