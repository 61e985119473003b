package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.SpectrumCsv;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.StackSolution;
import org.interphase.stack.StackSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase budget stack.json}: the resistance budget of one interface, and its spectrum. */
@Command(name = "budget", description = {"Resistance budget of an interface stack, and its impedance spectrum.",
    "The stack is a JSON or YAML file (schema stack.schema.json); prints the budget in Ω·cm², the "
        + "sources of the catalog values it used and what it assumes, and writes the spectrum as CSV with "
        + "--spectrum, the sources as BibTeX or CSL-JSON with --bibtex, --csl-json."})
final class BudgetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STACK", description = "the stack file (.json, .yaml), or example:NAME")
    String input;

    @Option(names = {"-s", "--spectrum"}, paramLabel = "CSV",
            description = "write the budget's impedance spectrum (Ω·m², one row per frequency) to this CSV file")
    Path spectrumFile;

    @Option(names = "--plot", paramLabel = "FILE", description = "draw the Nyquist plot (.png, .svg, .pdf)")
    Path plotFile;

    @Mixin
    Frequencies frequencies = new Frequencies();

    @Mixin
    ProvenanceOptions provenance = new ProvenanceOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double[] f = frequencies.values();
        InterfaceStack stack = StackInput.read(Inputs.read(input));
        StackSolution solution = StackSolver.withDefaults().solve(stack);
        out.print(solution.budget());
        for (String w : solution.warnings()) {
            out.println("  note: " + w);
        }
        provenance.print(out, solution.provenance());
        if (spectrumFile != null || plotFile != null) {
            Spectrum spectrum = solution.budget().spectrum(f);
            if (spectrumFile != null) {
                OutputFiles.write(spectrumFile, SpectrumCsv.toCsv(spectrum));
                out.printf(java.util.Locale.ROOT, "spectrum: %s (%d frequencies, %.3g … %.3g Hz, Ω·m²)%n", spectrumFile,
                        spectrum.size(), f[0], f[f.length - 1]);
            }
            if (plotFile != null) {
                Optional<Path> drawn = PlotHook.nyquist(stack.name(), spectrum, plotFile);
                out.println("plot: " + drawn.orElseThrow());
            }
        }
        return Main.OK;
    }
}
