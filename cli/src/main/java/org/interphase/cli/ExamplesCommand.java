package org.interphase.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the built-in examples or prints one (to copy and edit). */
@Command(name = "examples", description = {"Lists the built-in example inputs, or prints one to copy and edit.",
    "Any command reads an example directly as example:NAME, e.g. 'interphase budget example:tour-stack.json'."})
final class ExamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "the example to print")
    String name;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (name == null) {
            out.println("Built-in examples (print one with 'interphase examples NAME'; use one as example:NAME):");
            out.println("  tour-stack.json     budget: LiCoO2 | LiNbO3 5 nm | β-Li3PS4 with the Poisson–Boltzmann space charge (the tour's stack)");
            out.println("  garnet-contact.yaml budget: Li | LLZO at partial contact, charge transfer 1 Ω·cm² (YAML)");
            out.println("  buffer.json         optimize: the LiNbO3 thickness of the tour's stack, electron blocking required");
            out.println("  grid.json           screen: coatings × thicknesses on LiCoO2 | Li3PS4");
            out.println("  spectrum.csv        fit/drt: R0-p(R1,CPE1), R0 = 20 Ω, R1 = 200 Ω, Q = 2e-6, α = 0.85 (synthetic)");
            return Main.OK;
        }
        out.print(Inputs.example(name));
        return Main.OK;
    }
}
