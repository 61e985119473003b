package org.interphase.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every teaching and example script in {@code docs/jshell/*.jsh} through the jdk.jshell API,
 * snippet by snippet, and fails on any rejected snippet, unresolved reference or exception, so the
 * scripts cannot rot as the library changes.
 */
class JShellScriptsTest {

    static final Path SCRIPTS = Path.of("jshell");
    static final Path SOLUTIONS = Path.of("exercises", "solutions");

    @TestFactory
    Stream<DynamicTest> everyScriptRunsWithoutError() throws IOException {
        return scriptsIn(SCRIPTS);
    }

    /** Worked solutions check their own answers (they throw AssertionError when wrong). */
    @TestFactory
    Stream<DynamicTest> everyExerciseSolutionRunsAndChecksItself() throws IOException {
        return scriptsIn(SOLUTIONS);
    }

    private static Stream<DynamicTest> scriptsIn(Path folder) throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(folder)) {
            scripts = s.filter(p -> p.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
        }
        assertThat(scripts).as("scripts in " + folder.toAbsolutePath()).isNotEmpty();
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    @Test
    void quickstartIsAmongTheScripts() {
        assertThat(SCRIPTS.resolve("quickstart.jsh")).exists();
    }

    @Test
    void readmeJShellExampleRunsWithTheLauncherImports() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## JShell");
        int start = readme.indexOf("```java", section);
        int end = readme.indexOf("```", start + 7);
        assertThat(section).as("README has a JShell section").isPositive();
        assertThat(start).as("README's JShell section has a java block").isGreaterThan(section);
        String example = readme.substring(start + 7, end);
        String startup = Files.readString(SCRIPTS.resolve("startup.jsh"), StandardCharsets.UTF_8);
        String printed = run(startup + "\n" + example, "README.md JShell example");
        assertThat(printed).contains("Ω·cm²");
    }

    @Test
    void readmesOwnSpectrumExampleReadsFitsAndPlots() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Your own spectrum");
        int start = readme.indexOf("```java", section);
        int end = readme.indexOf("```", start + 7);
        assertThat(section).as("README has the own-spectrum section").isPositive();
        // the README is read from the repository's top, this test runs in docs/; the plot goes to target/
        String example = readme.substring(start + 7, end).replace("docs/jshell/data/", "jshell/data/")
                .replace("Path.of(\"nyquist.png\")", "Path.of(\"target/readme-nyquist.png\")");
        String startup = Files.readString(SCRIPTS.resolve("startup.jsh"), StandardCharsets.UTF_8);
        // the launcher starts JShell with --startup DEFAULT as well, whose imports include java.nio.file
        String printed = run("import java.nio.file.*;\n" + startup + "\n" + example, "README.md own-spectrum example");
        assertThat(printed).contains("R1").contains("R2");
        assertThat(Path.of("target/readme-nyquist.png")).exists();
    }

    /** Evaluates a script; returns what it printed. */
    static String run(Path script) throws IOException {
        // the interactive jshell tool ends a statement at a complete line, so a line that starts with
        // '.' (a continued builder chain) is an error there even though the API accepts it
        List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s+\\..*")) {
                fail(script + ":" + (i + 1) + ": a line starting with '.' breaks in the jshell tool; end the "
                        + "previous line with the dot instead");
            }
        }
        return run(Files.readString(script, StandardCharsets.UTF_8), script.toString());
    }

    /** Evaluates JShell source snippet by snippet; returns what it printed. */
    static String run(String source, String script) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
                JShell shell = JShell.builder().executionEngine("local").out(out).err(out).build()) {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            for (String entry : cp.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    shell.addToClasspath(entry);
                }
            }
            // the local execution engine prints through this JVM's System.out: capture it
            System.setOut(out);
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = source;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (!info.completeness().isComplete()) {
                    fail(script + ": incomplete snippet at end of script: " + remaining.strip());
                }
                for (SnippetEvent event : shell.eval(info.source())) {
                    Snippet snippet = event.snippet();
                    if (event.status() == Snippet.Status.REJECTED) {
                        String diags = shell.diagnostics(snippet).map(Diag::toString).map(d -> d.replace('\n', ' '))
                                .collect(Collectors.joining("; "));
                        fail(script + ": snippet rejected: " + snippet.source().strip() + " -> " + diags
                                + diagnosticsText(shell, snippet));
                    }
                    if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                            || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                        fail(script + ": snippet refers to something undefined: " + snippet.source().strip()
                                + " " + shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).toList());
                    }
                    if (event.exception() != null) {
                        fail(script + ": snippet threw " + event.exception() + ": " + snippet.source().strip()
                                + "\nprinted so far:\n" + printed.toString(StandardCharsets.UTF_8));
                    }
                }
                remaining = info.remaining();
            }
        } finally {
            System.setOut(previous);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String diagnosticsText(JShell shell, Snippet snippet) {
        return shell.diagnostics(snippet).map(d -> " [" + d.getMessage(java.util.Locale.ROOT) + "]")
                .collect(Collectors.joining());
    }
}
