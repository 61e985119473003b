package org.interphase.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.interphase.core.CancelledException;
import org.interphase.core.ConvergenceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code interphase} command: {@code budget}, {@code fit}, {@code drt}, {@code optimize} and
 * {@code screen} on JSON or YAML input files (see docs/guide/cli.md and the JSON Schemas in
 * {@code schema/}). Exit codes: {@value #OK} success, {@value #USER_ERROR} a mistake in the input
 * (printed as {@code file:line:column: message}) or a model's refusal of it (a value the catalog
 * lacks, a solve that does not converge), {@value #INTERNAL_ERROR} an internal error,
 * {@value #CANCELLED} a run stopped by Ctrl-C ({@code screen}, {@code optimize}).
 */
@Command(name = "interphase", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Interface resistance budgets, impedance fits, DRT, buffer-layer optima and screening "
                + "from JSON/YAML files.",
        subcommands = {BudgetCommand.class, FitCommand.class, DrtCommand.class, OptimizeCommand.class,
            ScreenCommand.class, ExamplesCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples are built in: 'interphase examples' lists them, 'interphase examples tour-stack.json' "
                + "prints one.", "Exit codes: 0 ok, 1 input error (file:line:column: message), 2 internal error, "
                + "130 stopped by Ctrl-C."})
public final class Main implements Runnable {

    /** Exit code of a successful run. */
    public static final int OK = 0;
    /** Exit code of a mistake in the user's input or options. */
    public static final int USER_ERROR = 1;
    /** Exit code of an internal error (a bug: please report it with the input). */
    public static final int INTERNAL_ERROR = 2;
    /** Exit code of a run stopped by Ctrl-C (128 + SIGINT, as a shell reports it). */
    public static final int CANCELLED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The process around this run: terminal or not, Ctrl-C. */
    final Session session;

    Main(Session session) {
        this.session = session;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments, e.g. {@code budget stack.json}
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Session session = Session.process();
        int code;
        try {
            code = run(out, err, session, args);
        } finally {
            session.finished();
        }
        System.exit(code);
    }

    /**
     * Runs the command line in this JVM (tests, embedding): nothing is printed but to the writers given.
     *
     * @param out where results go
     * @param err where errors go
     * @param args the arguments
     * @return the exit code: {@link #OK}, {@link #USER_ERROR}, {@link #INTERNAL_ERROR} or {@link #CANCELLED}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Session.embedded(org.interphase.core.CancellationToken.none()), args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)} in the given session (tests: a cancelled token). */
    static int run(PrintWriter out, PrintWriter err, Session session, String... args) {
        CommandLine cl = new CommandLine(new Main(session));
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            Throwable t = e;
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof CancelledException) {
                    // a bar still drawing would run into the message: end its line first
                    if (session.progressLineOpen()) {
                        line.getErr().println();
                    }
                    line.getErr().println("interphase " + line.getCommandName() + ": cancelled: " + c.getMessage());
                    return CANCELLED;
                }
            }
            if (t instanceof InputException) {
                line.getErr().println("interphase " + line.getCommandName() + ": " + t.getMessage());
                return USER_ERROR;
            }
            if (t instanceof org.interphase.materials.MissingDataException || t instanceof ConvergenceException
                    || t instanceof IllegalArgumentException) {
                // the model refused what the input asks for (a value the catalog lacks, a solve that does not
                // converge, a value out of a law's range): the input's to change, so a user error
                CommandLine.ParseResult leaf = parsed;
                while (leaf.hasSubcommand()) {
                    leaf = leaf.subcommand();
                }
                List<CommandLine.Model.PositionalParamSpec> positionals = leaf.matchedPositionals();
                String file = positionals.isEmpty() ? "" : positionals.get(0).getValue() + ": ";
                String msg = t.getMessage();
                if (t instanceof org.interphase.materials.MissingDataException && msg != null
                        && msg.contains("withConductivity")) {
                    msg += " (in the input file: \"conductivity\": \"… S/cm\" on that layer)";
                }
                line.getErr().println("interphase " + line.getCommandName() + ": " + file + msg);
                return USER_ERROR;
            }
            line.getErr().println("interphase " + line.getCommandName() + ": internal error: " + t);
            for (StackTraceElement s : t.getStackTrace()) {
                line.getErr().println("    at " + s);
            }
            line.getErr().println("Please report this with the input file.");
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("interphase: " + e.getMessage());
            c.getErr().println("Try 'interphase " + (c.getCommandName().equals("interphase") ? "" : c.getCommandName() + " ")
                    + "--help'.");
            return USER_ERROR;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The version from the jar's manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"interphase " + (v == null ? "development build" : v)};
        }
    }
}
