package org.interphase.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.interphase.buffer.BufferLayerOptimizer;
import org.interphase.buffer.BufferLayerProblem;
import org.interphase.buffer.BufferLayerSolution;
import org.interphase.buffer.TunnellingBlocking;
import org.interphase.stack.InterfaceStack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase optimize buffer.json}: the coating thickness that minimizes the budget. */
@Command(name = "optimize", description = {"The coating thickness that minimizes a stack's total resistance.",
    "The problem is a JSON or YAML file (schema buffer.schema.json): a stack with a coating, a "
        + "thickness window, and optionally electron blocking required. Prints the optimum, its budget, "
        + "the sources of the catalog values used and the assumptions; Ctrl-C stops it (exit code 130)."})
final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BUFFER", description = "the problem file (.json, .yaml), or example:buffer.json")
    String input;

    @Mixin
    ProvenanceOptions provenance = new ProvenanceOptions();

    @Option(names = "--progress", negatable = true,
            description = "draw a progress bar on stderr (default: only when stderr is a terminal)")
    Boolean progress;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Node root = Inputs.read(input).object().only("$schema", "description", "stack", "thicknessWindow",
                "electronBlocking");
        Node stackNode = root.require("stack", "the interface stack, with a coating");
        InterfaceStack stack = StackInput.read(stackNode);
        BufferLayerProblem problem = StackInput.at(stackNode, () -> BufferLayerProblem.of(stack));
        Node window = root.get("thicknessWindow").orElse(null);
        if (window != null) {
            window.object().only("min", "max");
            Node min = window.require("min", "e.g. \"0 nm\"");
            Node max = window.require("max", "e.g. \"20 nm\"");
            double lo = Quantities.si(min, "m");
            double hi = Quantities.si(max, "m");
            BufferLayerProblem p = problem;
            problem = StackInput.at(window, () -> p.withThicknessWindow(lo, hi));
        }
        Node blocking = root.get("electronBlocking").orElse(null);
        if (blocking != null) {
            blocking.object().only("barrierHeight", "effectiveMassRatio", "factor");
            Node phi = blocking.require("barrierHeight", "the tunnelling barrier Φ, e.g. \"1 eV\"");
            Node mass = blocking.get("effectiveMassRatio").orElse(null);
            Node factor = blocking.get("factor").orElse(null);
            TunnellingBlocking barrier = StackInput.at(phi, () -> new TunnellingBlocking(Quantities.si(phi, "J"),
                    mass == null ? 1 : mass.number()));
            double k = factor == null ? 1e3 : factor.number();
            BufferLayerProblem p = problem;
            problem = StackInput.at(factor == null ? blocking : factor, () -> p.withElectronBlocking(barrier, k));
        }
        BufferLayerSolution solution = BufferLayerOptimizer.withDefaults()
                .withProgress(main.session.progress(progress, spec.commandLine().getErr()))
                .withCancellation(main.session.cancellation()).solve(problem);
        out.println(solution);
        out.print(solution.budget());
        for (String w : solution.warnings()) {
            out.println("  note: " + w);
        }
        provenance.print(out, solution.provenance());
        return Main.OK;
    }
}
