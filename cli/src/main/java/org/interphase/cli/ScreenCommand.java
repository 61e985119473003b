package org.interphase.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Screening;
import org.interphase.stack.ScreeningSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code interphase screen grid.json}: many stacks, ranked by total resistance. */
@Command(name = "screen", description = {"Ranks interface stacks by total resistance.",
    "The grid is a JSON or YAML file (schema grid.schema.json): a list of candidates, or a base "
        + "stack and the values to vary (every combination). Ctrl-C stops it (exit code 130)."})
final class ScreenCommand implements Callable<Integer> {

    /** The most candidates one grid may expand to: a typo (a long list twice) should not run for hours. */
    static final int MAX_CANDIDATES = 100_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GRID", description = "the grid file (.json, .yaml), or example:grid.json")
    String input;

    @Option(names = "--top", paramLabel = "N", description = "print only the N best candidates")
    Integer top;

    @Option(names = "--progress", negatable = true,
            description = "draw a progress bar on stderr (default: only when stderr is a terminal)")
    Boolean progress;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (top != null && top < 1) {
            throw new InputException("--top must be at least 1, was " + top);
        }
        Node root = Inputs.read(input).object().only("$schema", "description", "candidates", "base", "vary");
        List<Node> stacks = new ArrayList<>();
        root.get("candidates").ifPresent(c -> stacks.addAll(c.items()));
        Node base = root.get("base").orElse(null);
        Node vary = root.get("vary").orElse(null);
        if ((base == null) != (vary == null)) {
            throw InputException.at(base == null ? vary : base, "\"base\" and \"vary\" go together: the base stack and, "
                    + "for each dotted key (e.g. \"coating.thickness\"), the list of values to try");
        }
        if (base != null) {
            List<Node> grid = new ArrayList<>(List.of(base.object()));
            for (String key : vary.keys()) {
                List<Node> values = vary.get(key).orElseThrow(() -> InputException.at(vary, "vary." + key
                        + " must be a list of values")).items();
                if (values.isEmpty()) {
                    throw InputException.at(vary.get(key).get(), "vary." + key + " must hold at least one value");
                }
                if ((long) grid.size() * values.size() > MAX_CANDIDATES) {
                    throw InputException.at(vary.get(key).get(), "the grid grows beyond " + MAX_CANDIDATES
                            + " candidates at vary." + key);
                }
                List<Node> next = new ArrayList<>();
                for (Node g : grid) {
                    for (Node v : values) {
                        next.add(g.withPath(key, v));
                    }
                }
                grid = next;
            }
            stacks.addAll(grid);
        }
        if (stacks.isEmpty()) {
            throw InputException.at(root, "a grid needs \"candidates\" (a list of stacks) or \"base\" and \"vary\"");
        }
        List<InterfaceStack> candidates = new ArrayList<>();
        for (Node s : stacks) {
            candidates.add(StackInput.read(s));
        }
        ScreeningSolution solution = Screening.withDefaults()
                .withProgress(main.session.progress(progress, spec.commandLine().getErr()))
                .withCancellation(main.session.cancellation()).solve(candidates);
        out.printf(java.util.Locale.ROOT, "%d of %d candidates ranked%n", solution.ranked().size(), candidates.size());
        solution.ranked().stream().limit(top == null ? Long.MAX_VALUE : top).forEach(out::println);
        List<String> skipped = new ArrayList<>();
        solution.skipped().forEach(k -> skipped.add(k.toString()));
        skipped.forEach(k -> out.println("  " + k));
        for (String w : solution.warnings()) {
            if (!skipped.contains(w)) {
                out.println("  note: " + w);
            }
        }
        return Main.OK;
    }
}
