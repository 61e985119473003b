package org.interphase.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's own bad-input test (issue 13, section 2).
 *
 * <h2>What it does</h2>
 * It enumerates the public API of core, materials and models by reflection (every public
 * constructor, static method and declared instance method of every public class in
 * {@code org.interphase.*}, test classes excluded), finds a valid call of each member (a baseline),
 * then substitutes one bad value at a time for one parameter — NaN, ±∞, −1, 0, −0.0, 1e300,
 * 1e-300 for numbers; −1, 0, MAX_VALUE for counts; null; "" and "   " for strings; null, empty,
 * one-element and NaN/∞-holding arrays; null and empty collections — and runs each call on its
 * own thread with a limit of {@value Harness#TIMEOUT_MS} ms of CPU time ({@value Calls#WALL_FACTOR}×
 * that of wall time for a call blocked without using CPU; a hung call is interrupted, then stopped). Each call is classified ({@link Outcome}):
 * an IllegalArgumentException naming the parameter and showing the value (or an NPE naming the
 * parameter) is good; a raw JVM exception, a Commons Math message, an IAE that blames something
 * else, a NaN/∞ result, a hang, a NaN/∞/null silently accepted, or a value accepted that the
 * member's own {@code @param} range forbids ("&gt; 0", "in (0, 1]", "non-negative", ...) is a failure.
 * The report goes to {@code target/badinput-report.md} and {@code target/badinput-failures.tsv}.
 *
 * <h2>Run it for one package</h2>
 * <pre>
 * mvn -B -o -q -pl models -am test -Dtest=BadInputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbadinput.packages=org.interphase.impedance
 * </pre>
 * ({@code badinput.packages} is a comma-separated list of package or class-name prefixes; the
 * environment variable {@code BADINPUT_PACKAGES} works too. {@code -Dbadinput.debug=Type.method}
 * prints the baseline attempts of matching members to stderr, to see why one has no baseline.)
 *
 * <h2>What counts as good</h2>
 * An IllegalArgumentException (or IndexOutOfBoundsException for an index) whose message names the
 * parameter — by its Java name, its camelCase words, a distinctive word of it ("Young's modulus" for
 * {@code youngs}), its Greek letter, or a word of the first clause of its {@code @param} text — and
 * shows the bad number; or a NullPointerException whose message names the parameter. Zero, 1e300 and
 * 1e-300 may also be accepted when the result stays finite and no documented range forbids them.
 * A NaN/∞ that a valid result holds in a getter (e.g. "not set" as NaN) is reported once, at the
 * member that returned it, and then ignored when that value serves as a receiver or argument.
 *
 * <h2>Output and work arrays are not inputs</h2>
 * An array parameter whose {@code @param} text (its own, or, for a method without one, the text of
 * the method it overrides or implements, as the javadoc tool inherits it) begins with "output" and
 * says the contents are "overwritten", begins with "out[0] =", or begins with "work array",
 * "workspace" or "scratch" is written by the member, not read: {@code Impedance.evaluate(omega, re,
 * im)}'s {@code re} and {@code im}, {@code ChargeLaw.evaluate(psi, out)}'s {@code out},
 * {@code Tridiagonal.solveInPlace}'s {@code scratch}. NaN/∞ placed in element 0 of such an array is
 * accepted only if no NaN/∞ is left in any array argument after the call (so an "output" that is
 * read, or not written, still fails); null and too-short output arrays are still bad values. The
 * rule lives in {@link Harness#isOutputArray}; "output times, s" (an input) does not match it.
 *
 * <h2>Deterministic, and within a minute</h2>
 * The classification is the same on every run and every machine: members are probed in signature
 * order, candidate values are tried in a fixed order, results are scanned in a fixed order, and a
 * call is a hang only when it has used {@value Harness#TIMEOUT_MS} ms of CPU time (not wall time,
 * so a loaded machine cannot turn a slow call into a hang; a call blocked without using CPU is
 * stopped after {@value Calls#WALL_FACTOR}× that in wall time). The report states the CPU time of
 * the slowest call that finished: the limit must stay a wide margin above it (it was below 0.2 s
 * when this was written). A hung call is interrupted, then stopped with {@code Thread.stop}; the
 * report counts calls still running after that (there should be none). The whole test took 18–31 s
 * of wall time at a load of 4–5 on 2 cores; most of it is the hangs still to be fixed (2 s of CPU
 * each) and the members listed as slowest.
 *
 * <h2>Adding a type to the registry</h2>
 * A member whose arguments the harness cannot build is listed as "no baseline" and fails the test.
 * Most types need nothing: they are produced from the library's own constants, factories and
 * constructors. When that does not work (a builder that needs several calls, a problem that must
 * be small to be fast, arguments that must agree with each other), add an entry to
 * {@link ValidExamples#explicit()} ({@code put(m, MyType.class, Example.of("label", value))},
 * or {@code lazy(...)} / {@code fresh(...)} for values that are expensive or mutable), or, for
 * one member whose arguments depend on each other, to {@link ValidExamples#overrides()} keyed by
 * its signature ({@code "org.interphase.pkg.Type.method(double,int)"}). Numbers, arrays and
 * strings are chosen by parameter name in {@link ValidExamples#doubles}, {@link ValidExamples#ints},
 * {@link ValidExamples#doubleArrays} and {@link ValidExamples#strings}.
 *
 * <h2>The allow-list</h2>
 * {@link #ALLOWED} holds the justified exceptions to the rules, one commented entry each. A key is
 * a member signature ({@code "org.interphase.core.Checks.finite(double,String,String)"}), optionally
 * followed by {@code "#param"} or {@code "#param=value"} (value as in the report: {@code NaN},
 * {@code +Infinity}, {@code -1}, {@code null}, ...). {@link #ALLOWED_SKIPS} lists members that are
 * allowed to have no baseline. Keep both short: an entry is a decision, write why. The end of the
 * report lists registry overrides and allow-list entries that match no public member (a member was
 * renamed: update the key) and allow-list entries that matched no failure (fixed: remove the entry).
 *
 * <h2>Renames</h2>
 * The registry builds its examples through public factories where it can; the few library types
 * it must name are named once (an import plus one helper method in {@link ValidExamples}, e.g.
 * {@code speciesA()}, {@code bufferProblemWithVariable()}), so that a rename is a one-line fix, and
 * overrides are keyed by signature strings, which the review list above flags when they go stale.
 */
class BadInputTest {

    /**
     * Justified exceptions to the rules: key (member, member#param or member#param=value) → reason.
     */
    static final Map<String, String> ALLOWED = new LinkedHashMap<>();

    static {
        String checks = "org.interphase.core.Checks.";
        // A bound that makes the checked value invalid: Checks refuses the value it checks, as it must,
        // and its message is about that value ("value must be <= -1.0 m, was 1.0 m"), not about the bound.
        for (String v : new String[] {"-1", "0", "-0.0", "1e-300"}) {
            ALLOWED.put(checks + "atMost(double,double,String,String)#max=" + v, "the bound makes the value invalid");
        }
        ALLOWED.put(checks + "atLeast(double,double,String,String)#min=1e300", "the bound makes the value invalid");
        ALLOWED.put(checks + "atLeast(int,int,String)#min=Integer.MAX_VALUE", "the bound makes the value invalid");
        ALLOWED.put(checks + "allFinite(double[],int,String,String)#minLength=Integer.MAX_VALUE",
                "the minimum length makes the array invalid: the message is about the array");
        // sameLength compares lengths only (its Javadoc says nothing of the contents); whether the
        // elements are finite is allFinite's business, and it leaves them untouched.
        for (String p : new String[] {"a", "b"}) {
            for (String v : new String[] {"[NaN,..]", "[Inf,..]"}) {
                ALLOWED.put(checks + "sameLength(double[],String,double[],String)#" + p + "=" + v,
                        "compares lengths only; contents are not its business");
            }
        }
        // Validity predicates answer every double: NaN and ±∞ are "not covered" / "not possible" (false),
        // which is what a caller asks them before valueAt or before storing a value.
        for (String law : new String[] {"Arrhenius", "VogelTammannFulcher", "SinglePoint", "TemperatureTable"}) {
            ALLOWED.put("org.interphase.core." + law + ".covers(double)#temperature",
                    "predicate: NaN and ±∞ are never covered (documented)");
        }
        ALLOWED.put("org.interphase.materials.Property.isPossible(double)#siValue",
                "predicate: NaN and ±∞ are never possible (documented)");
        // A ConvergenceException is built on a solver's failure path, where refusing a NaN/±∞ residual
        // would hide the failure: NaN means "not measured", ±∞ "diverged"; both are recorded as not known
        // (knownResidual() empty, residual() NaN) and the message says which.
        ALLOWED.put("org.interphase.core.ConvergenceException.new(String,int,double,String)#residual",
                "NaN/±∞ residual = unknown/diverged, documented; the exception must not fail");
        // Display formats numbers for toString(): it must print whatever it is given, NaN and ±∞ literally,
        // so that describing a broken object never throws; it computes nothing.
        for (String m : new String[] {"number(double)", "number(double,int)", "quantity(double,String)",
                "quantity(double,String,int)"}) {
            ALLOWED.put("org.interphase.core.Display." + m + "#value", "formatter: prints NaN/±∞ literally (documented)");
        }
        // A model's raw output: LeastSquares.solve checks it at every point it tries and names the observation
        // and the parameters where it is not finite (a ConvergenceException there, an IAE at the start).
        ALLOWED.put("org.interphase.core.LeastSquares.Evaluation.new(double[],double[][])#values",
                "a model's raw output, checked by LeastSquares.solve at every point");
        ALLOWED.put("org.interphase.core.LeastSquares.Evaluation.new(double[],double[][])#jacobian",
                "a model's raw output, checked by LeastSquares.solve at every point");
        // a box constraint with one side open: +∞ is the documented "no bound on this side" (NaN is refused),
        // the way circuit fitting bounds resistances below only
        ALLOWED.put("org.interphase.core.LeastSquares.Problem.withBounds(double[],double[])#upper=[Inf,..]",
                "+∞ = no upper bound on that parameter, documented");
        // a table's errors name its abscissa as the table calls it (withAbscissa: "Li stoichiometry x",
        // "temperature"), which is what the caller knows; the Java parameter's own name says less
        ALLOWED.put("org.interphase.core.LinearTable.valueAt(double)#abscissa",
                "the message names the abscissa by the table's name for it (withAbscissa), and shows the value");
    }

    /** Members allowed to have no valid baseline call: signature → reason. */
    static final Map<String, String> ALLOWED_SKIPS = new LinkedHashMap<>();

    static {
        // (none yet)
    }

    private static List<String> packageFilter() {
        String p = System.getProperty("badinput.packages");
        if (p == null || p.isBlank()) {
            p = System.getenv("BADINPUT_PACKAGES");
        }
        if (p == null || p.isBlank()) {
            return List.of("org.interphase.");
        }
        return Stream.of(p.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static boolean allowed(Harness.Finding f) {
        return ALLOWED.containsKey(f.member()) || ALLOWED.containsKey(f.member() + "#" + f.param())
                || ALLOWED.containsKey(f.allowKey());
    }

    @Test
    void everyPublicMemberRefusesBadInputWithAHelpfulMessage() throws IOException {
        long t0 = System.nanoTime();
        List<String> filter = packageFilter();
        List<Class<?>> classes = Harness.libraryClasses("org.interphase",
                pkg -> pkg.startsWith("org.interphase.badinput") || pkg.startsWith("org.interphase.docs")
                        || pkg.startsWith("org.interphase.benchmarks"));
        JavadocIndex docs = JavadocIndex.read(List.of(Path.of("../core/src/main/java"),
                Path.of("../materials/src/main/java"), Path.of("src/main/java")));
        Harness h = new Harness(classes, docs);
        double setupSeconds = (System.nanoTime() - t0) / 1e9;
        List<Executable> targets = h.api.stream()
                .filter(e -> filter.stream().anyMatch(f -> e.getDeclaringClass().getName().startsWith(f)))
                .toList();

        List<Harness.Finding> findings = new ArrayList<>();
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        List<String> skipped = new ArrayList<>();
        Map<String, Double> secondsPerMember = new LinkedHashMap<>();
        for (Executable e : targets) {
            long m0 = System.nanoTime();
            h.probe(e, findings, counts, skipped);
            secondsPerMember.put(Harness.signature(e), (System.nanoTime() - m0) / 1e9);
        }
        List<String> unallowedSkips = skipped.stream()
                .filter(s -> !ALLOWED_SKIPS.containsKey(s.substring(0, s.indexOf(" — "))))
                .toList();
        List<Harness.Finding> failures = findings.stream().filter(f -> f.outcome().failure && !allowed(f)).toList();
        List<Harness.Finding> allowedFailures = findings.stream().filter(f -> f.outcome().failure && allowed(f)).toList();
        double seconds = (System.nanoTime() - t0) / 1e9;

        String report = report(filter, classes.size(), targets.size(), h, docs, counts, failures, allowedFailures,
                skipped, seconds, setupSeconds, secondsPerMember) + staleEntries(h, findings, filter);
        Path out = Path.of("target");
        Files.createDirectories(out);
        Files.writeString(out.resolve("badinput-report.md"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("badinput-failures.tsv"), tsv(failures), StandardCharsets.UTF_8);

        StringBuilder summary = new StringBuilder();
        summary.append(String.format(Locale.ROOT, "%d failures, %d members without a baseline (%.1f s); counts: %s%n",
                failures.size(), unallowedSkips.size(), seconds, counts));
        failures.stream().limit(30).forEach(f -> summary.append("  ").append(f.outcome()).append(' ')
                .append(f.member()).append(" #").append(f.param()).append('=').append(f.value()).append(' ')
                .append(f.exception().isEmpty() ? f.detail() : f.exception()).append('\n'));
        unallowedSkips.stream().limit(10).forEach(s -> summary.append("  NO BASELINE ").append(s).append('\n'));
        summary.append("full report: target/badinput-report.md");
        assertThat(failures.isEmpty() && unallowedSkips.isEmpty()).as(summary.toString()).isTrue();
    }

    // ---------------------------------------------------------------- report

    static String report(List<String> filter, int classes, int members, Harness h, JavadocIndex docs,
                         Map<Outcome, Integer> counts, List<Harness.Finding> failures,
                         List<Harness.Finding> allowedFailures, List<String> skipped, double seconds,
                         double setupSeconds, Map<String, Double> secondsPerMember) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Bad-input harness report\n\n");
        double cpu = -1;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1e9;
        }
        sb.append(String.format(Locale.ROOT, "Packages: %s. %d public classes, %d public members tested, %d calls "
                        + "(limit: %d ms of CPU time per call). Wall time %.1f s (the test JVM "
                        + "used %.1f s of CPU time in all, machine load average %.1f on %d cores). Javadoc of %d "
                        + "members read.%n%n",
                String.join(", ", filter).replaceAll("\\.$", ".*"), classes, members, h.calls, Harness.TIMEOUT_MS, seconds, cpu,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), docs.size()));
        sb.append(String.format(Locale.ROOT, "Setup (classes found, Javadoc parsed) took %.1f s of the wall time.%n%n",
                setupSeconds));
        sb.append(String.format(Locale.ROOT, "The slowest call that finished used %.0f ms of CPU time (`%s`); a call "
                        + "is a hang only at %d ms of CPU time (or %d s of wall time without using CPU).%n%n",
                h.slowestFinishedCpuNanos / 1e6, h.slowestFinished, Harness.TIMEOUT_MS,
                Calls.WALL_FACTOR * Harness.TIMEOUT_MS / 1000));
        sb.append("| outcome | calls | failure? |\n|---|---:|---|\n");
        int total = 0;
        for (Outcome o : Outcome.values()) {
            int n = counts.getOrDefault(o, 0);
            total += n;
            sb.append("| ").append(o.label).append(" (").append(o).append(") | ").append(n).append(" | ")
                    .append(o.failure ? "yes" : "no").append(" |\n");
        }
        sb.append("| **classified calls** | ").append(total).append(" | |\n");
        List<String> runaway = Calls.runaway();
        sb.append("| hung calls still running after Thread.stop | ").append(runaway.size()).append(" | ")
                .append(md(String.join("; ", runaway))).append(" |\n");
        sb.append("| members without a valid baseline (skipped) | ").append(skipped.size()).append(" | ")
                .append(skipped.isEmpty() ? "" : "yes unless allowed").append(" |\n");
        sb.append("| failures on the allow-list | ").append(allowedFailures.size()).append(" | no |\n");
        sb.append("| **failures (not allowed)** | ").append(failures.size()).append(" | |\n\n");

        Map<String, Long> perPackage = failures.stream()
                .collect(Collectors.groupingBy(Harness.Finding::pkg, TreeMap::new, Collectors.counting()));
        sb.append("## Failures per package\n\n| package | failures | members |\n|---|---:|---:|\n");
        for (Map.Entry<String, Long> en : perPackage.entrySet()) {
            long m = failures.stream().filter(f -> f.pkg().equals(en.getKey())).map(Harness.Finding::member)
                    .distinct().count();
            sb.append("| ").append(en.getKey()).append(" | ").append(en.getValue()).append(" | ").append(m).append(" |\n");
        }
        sb.append("\n## Failures by package and class\n\n");
        String pkg = "";
        String cls = "";
        for (Harness.Finding f : failures) {
            if (!f.pkg().equals(pkg)) {
                pkg = f.pkg();
                cls = "";
                sb.append("\n### ").append(pkg).append("\n");
            }
            if (!f.cls().equals(cls)) {
                cls = f.cls();
                sb.append("\n#### ").append(cls).append("\n\n");
            }
            sb.append("- `").append(f.member().substring(f.pkg().length() + 1)).append("` **").append(f.param())
                    .append("** = `").append(f.value()).append("` → ").append(f.outcome());
            if (!f.exception().isEmpty()) {
                sb.append(": ").append(md(f.exception()));
            }
            if (!f.detail().isEmpty()) {
                sb.append(" (").append(md(f.detail())).append(')');
            }
            sb.append('\n');
        }
        sb.append("\n## Members without a valid baseline (not tested)\n\n");
        for (String s : skipped) {
            sb.append("- ").append(md(s)).append(ALLOWED_SKIPS.containsKey(s.substring(0, s.indexOf(" — ")))
                    ? " (allowed)" : "").append('\n');
        }
        sb.append("\n## Slowest members (baseline search and all bad values, s)\n\n");
        secondsPerMember.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(15)
                .forEach(en -> sb.append(String.format(Locale.ROOT, "- %.2f `%s`%n", en.getValue(), en.getKey())));
        sb.append("\n## Allowed failures\n\n");
        for (Harness.Finding f : allowedFailures) {
            String reason = ALLOWED.getOrDefault(f.allowKey(), ALLOWED.getOrDefault(f.member() + "#" + f.param(),
                    ALLOWED.getOrDefault(f.member(), "")));
            sb.append("- `").append(f.allowKey()).append("` → ").append(f.outcome()).append(": ").append(reason)
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * Registry overrides and allow-list entries that match no public member (a member renamed or
     * removed: the entry is dead and should follow the rename), and allow-list entries that matched
     * no failure in this run (fixed: the entry can go). Reported, not failed, so that a rename in
     * another package does not break this test; the report lists them for the next clean-up.
     */
    static String staleEntries(Harness h, List<Harness.Finding> findings, List<String> filter) {
        java.util.Set<String> members = h.api.stream().map(Harness::signature).collect(Collectors.toSet());
        List<String> lines = new ArrayList<>();
        for (String k : new java.util.TreeSet<>(h.examples.overrideKeys())) {
            if (!members.contains(k)) {
                lines.add("- override `" + k + "` matches no public member (ValidExamples.overrides)");
            }
        }
        for (String k : ALLOWED.keySet()) {
            String member = k.replaceAll("#.*", "");
            if (!members.contains(member)) {
                lines.add("- allow-list entry `" + k + "` matches no public member");
            } else if (filter.stream().anyMatch(member::startsWith)
                    && findings.stream().noneMatch(f -> f.outcome().failure && (f.member().equals(k)
                    || (f.member() + "#" + f.param()).equals(k) || f.allowKey().equals(k)))) {
                lines.add("- allow-list entry `" + k + "` matched no failure in this run (no longer needed?)");
            }
        }
        for (String k : ALLOWED_SKIPS.keySet()) {
            if (!members.contains(k)) {
                lines.add("- allowed skip `" + k + "` matches no public member");
            }
        }
        return "\n## Registry and allow-list entries to review\n\n" + (lines.isEmpty() ? "(none)\n"
                : String.join("\n", lines) + "\n");
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static String tsv(List<Harness.Finding> failures) {
        StringBuilder sb = new StringBuilder("package\tclass\tmember\tparameter\tvalue\toutcome\texception\tdetail\n");
        for (Harness.Finding f : failures) {
            sb.append(String.join("\t", f.pkg(), f.cls(), f.member(), f.param(), f.value(), f.outcome().name(),
                    f.exception().replace('\t', ' '), f.detail().replace('\t', ' '))).append('\n');
        }
        return sb.toString();
    }
}
