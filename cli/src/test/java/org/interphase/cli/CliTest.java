package org.interphase.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.buffer.BufferLayerOptimizer;
import org.interphase.buffer.BufferLayerProblem;
import org.interphase.buffer.BufferLayerSolution;
import org.interphase.buffer.TunnellingBlocking;
import org.interphase.core.CancellationToken;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;
import org.interphase.core.Units;
import org.interphase.impedance.Spectrum;
import org.interphase.impedance.SpectrumCsv;
import org.interphase.materials.Materials;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.ResistanceBudget;
import org.interphase.stack.SpaceChargeTerms;
import org.interphase.stack.StackSolution;
import org.interphase.stack.StackSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every command on the built-in examples, in process; bad inputs give file:line:column messages. */
class CliTest {

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The tour's stack built with the Java API exactly as docs StackTour builds it. */
    static InterfaceStack tourStack() {
        Phase lco = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
        Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
        Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).bulkOccupancy(1e-3).build();
        return InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(5))
                .spaceCharge("Poisson–Boltzmann", SpaceChargeTerms.layered(lco, lps, Units.eV(0.5), lnb, 0,
                        LayeredSolver.withDefaults())).build();
    }

    @Test
    void budgetOfTheTourStackIsTheBudgetTheJavaApiGives() {
        Run r = run("budget", "example:tour-stack.json");
        assertThat(r.code()).as(r.err()).isZero();
        ResistanceBudget expected = StackSolver.withDefaults().solve(tourStack()).budget();
        assertThat(r.out()).contains(expected.toString());
    }

    @Test
    void garnetAtTenPercentContactIsTheChargeTransferOverTheContactFraction() {
        // R_total = R_ct / f + R_c = 1 Ω·cm² / 0.1 + 0 (stack package: R_total = (Σ R_k)/f + R_constriction)
        InterfaceStack stack = StackInput.read(Inputs.read("example:garnet-contact.yaml"));
        assertThat(StackSolver.withDefaults().solve(stack).total()).isCloseTo(Units.ohmCm2(10), within(1e-12 * Units.ohmCm2(10)));
        Run r = run("budget", "example:garnet-contact.yaml");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("total 10.00 Ω·cm²");
    }

    @Test
    void budgetSpectrumGoesToTheTotalAtLowFrequency() throws IOException {
        Path csv = dir.resolve("tour.csv");
        Run r = run("budget", "example:garnet-contact.yaml", "--spectrum", csv.toString(), "--from", "1e-3", "--to", "1e7");
        assertThat(r.code()).as(r.err()).isZero();
        Spectrum s = SpectrumCsv.read(csv);
        assertThat(s.size()).isEqualTo(101); // 10 decades, 10 per decade, both ends
        int low = s.frequency(0) < s.frequency(s.size() - 1) ? 0 : s.size() - 1;
        // one R‖C arc of R = 10 Ω·cm², C = 10 µF/cm² × 0.1 contact: ωRC at 1 mHz is far below 1, Z → R
        assertThat(s.re(low)).isCloseTo(Units.ohmCm2(10), within(1e-6 * Units.ohmCm2(10)));
    }

    @Test
    void budgetDrawsItsNyquistPlotAsAnImage() throws IOException {
        Path png = dir.resolve("tour.png");
        Run r = run("budget", "example:garnet-contact.yaml", "--plot", png.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("plot: " + png);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(100);
        Run bad = run("budget", "example:garnet-contact.yaml", "--plot", dir.resolve("tour.gif").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("a plot is written as .png, .svg or .pdf");
    }

    @Test
    void fitReadsAnEcLabFileAsItIs() throws IOException {
        // the hand-written EC-Lab file of the JShell script (Latin-1, header line count, -Im(Z) column)
        Path mpt = Path.of("../docs/jshell/data/li-llzo-cell.mpt");
        Run r = run("fit", mpt.toString(), "--circuit", "L0-R0-p(R1,CPE1)-p(R2,CPE2)");
        assertThat(r.code()).as(r.err() + r.out()).isZero();
        assertThat(r.out()).contains("R1").contains("R2");
    }

    @Test
    void fitRecoversTheParametersTheExampleSpectrumWasMadeWith() {
        // example spectrum.csv: R0 = 20 Ω, R1 = 200 Ω, Q = 2e-6, α = 0.85, 0.5 % noise (made in Python, see its header)
        Run r = run("fit", "example:spectrum.csv", "--circuit", "R0-p(R1,CPE1)");
        assertThat(r.code()).as(r.err()).isZero();
        assertWithinFourStandardErrors(r.out(), "R0", 20);
        assertWithinFourStandardErrors(r.out(), "R1", 200);
        assertWithinFourStandardErrors(r.out(), "CPE1_0", 2e-6);
        assertWithinFourStandardErrors(r.out(), "CPE1_1", 0.85);
    }

    private static void assertWithinFourStandardErrors(String out, String name, double truth) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\s+= (\\S+) ± (\\S+)").matcher(out);
        assertThat(m.find()).as(name + " with a standard error in\n" + out).isTrue();
        double value = Double.parseDouble(m.group(1));
        double se = Double.parseDouble(m.group(2));
        assertThat(se).as(name + " standard error").isPositive();
        assertThat(value).as(name).isCloseTo(truth, within(4 * se));
    }

    @Test
    void drtOfTheExampleHoldsTheArcAndTheSeriesResistance() {
        Run r = run("drt", "example:spectrum.csv");
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = Pattern.compile("R∞ = (\\S+) Ω, R_pol = (\\S+) Ω").matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        double rInf = Double.parseDouble(m.group(1));
        double rPol = Double.parseDouble(m.group(2));
        // Z(ω → 0) = R0 + R1 = 220 Ω: the data reach it within the noise at 0.1 Hz (ωR1Q ≈ 1e-4)
        assertThat(rInf + rPol).isCloseTo(220, within(0.01 * 220));
        // the ZARC-like arc is R1 = 200 Ω; the regularization may move a few ohms between R∞ and the arc
        assertThat(rPol).isCloseTo(200, within(0.02 * 200));
    }

    @Test
    void optimizeIsTheTourOptimum() {
        Run r = run("optimize", "example:buffer.json");
        assertThat(r.code()).as(r.err()).isZero();
        var expected = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(tourStack())
                .withThicknessWindow(0, Units.nm(20)).withElectronBlocking(new TunnellingBlocking(Units.eV(1), 1), 1e3));
        assertThat(r.out()).contains(expected.toString()).contains(expected.budget().toString());
    }

    @Test
    void screenRanksCoatingsByTheirThicknessOverConductivityAndSkipsAlumina() {
        Run r = run("screen", "example:grid.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("12 of 15 candidates ranked");
        // LiNbO3, σ = 3.2e-6 S/cm (Glass et al. 1978, the catalog's source): 5 nm adds 5e-7 cm / 3.2e-6 S/cm
        // = 0.15625 Ω·cm² to R_ct = 5 Ω·cm²
        Matcher m = Pattern.compile("lithium niobate \\(amorphous coating\\) 5\\.00 nm \\| \\S+ \\S+\\s+(\\S+) Ω·cm²")
                .matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(5.15625, within(0.0005));
        double previous = 0;
        Matcher rows = Pattern.compile("(?m)^\\s*\\d+\\. .*?\\s(\\S+) Ω·cm²  \\(dominant").matcher(r.out());
        int n = 0;
        while (rows.find()) {
            double total = Double.parseDouble(rows.group(1));
            assertThat(total).isGreaterThanOrEqualTo(previous);
            previous = total;
            n++;
        }
        assertThat(n).isEqualTo(12);
        assertThat(r.out()).contains("alumina (ALD) 2.00 nm").contains("no ionic conductivity for Al2O3");
        assertThat(run("screen", "example:grid.json", "--top", "3").out().lines().filter(l -> l.matches("\\s*\\d+\\. .*")))
                .hasSize(3);
    }

    @Test
    void budgetPrintsTheSourcesAndAssumptionsTheJavaApiGives() {
        Run r = run("budget", "example:tour-stack.json");
        assertThat(r.code()).as(r.err()).isZero();
        StackSolution expected = StackSolver.withDefaults().solve(tourStack());
        assertThat(expected.citations()).as("the tour stack uses catalog values with sources").isNotEmpty();
        int sources = r.out().indexOf("\nSources:\n");
        int assumptions = r.out().indexOf("\nAssumptions:\n");
        assertThat(sources).as(r.out()).isGreaterThan(r.out().indexOf(expected.budget().toString()));
        assertThat(assumptions).as(r.out()).isGreaterThan(sources);
        String block = r.out().substring(sources, assumptions);
        for (Citation c : expected.citations()) {
            assertThat(block).contains(c.toString());
        }
        assertThat(block.lines().filter(l -> l.startsWith("  [")).count()).isEqualTo(expected.citations().size());
        for (String a : expected.assumptions()) {
            assertThat(r.out().substring(assumptions)).contains("  - " + a);
        }
    }

    @Test
    void optimizePrintsTheSourcesOfItsOptimum() {
        Run r = run("optimize", "example:buffer.json");
        assertThat(r.code()).as(r.err()).isZero();
        BufferLayerSolution expected = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(tourStack())
                .withThicknessWindow(0, Units.nm(20)).withElectronBlocking(new TunnellingBlocking(Units.eV(1), 1), 1e3));
        assertThat(expected.citations()).isNotEmpty();
        String after = r.out().substring(r.out().indexOf("\nSources:\n"));
        for (Citation c : expected.citations()) {
            assertThat(after).contains(c.toString());
        }
        // the optimum itself is a derived value: the optimizer's assumption is printed too
        assertThat(after).contains("coating thickness").contains("derived by minimizing R_total");
    }

    @Test
    void bibtexAndCslJsonFilesHoldOneEntryPerSourceWithTheProvenanceKeys() throws IOException {
        Path bib = dir.resolve("tour.bib");
        Path csl = dir.resolve("tour.json");
        Run r = run("budget", "example:tour-stack.json", "--bibtex", bib.toString(), "--csl-json", csl.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Provenance expected = StackSolver.withDefaults().solve(tourStack()).provenance();
        int n = expected.citations().size();
        assertThat(r.out()).contains("bibtex: " + bib + " (" + n + " entries)").contains("csl-json: " + csl);

        // BibTeX: nothing but @misc entries, each "@misc{key," then "  field = {value}" lines, closed by "}"
        String text = Files.readString(bib, StandardCharsets.UTF_8);
        Matcher entry = Pattern.compile("@(\\w+)\\{([^,{}\\s]+),\n((?:  [a-z]+ = \\{[^\n]*\\},?\n)+)\\}\n").matcher(text);
        java.util.List<String> keys = new java.util.ArrayList<>();
        int end = 0;
        while (entry.find()) {
            assertThat(text.substring(end, entry.start())).as("between entries").isBlank();
            assertThat(entry.group(1)).isEqualTo("misc");
            keys.add(entry.group(2));
            for (String field : entry.group(3).split("\n")) {
                String value = field.substring(field.indexOf('{') + 1, field.lastIndexOf('}'));
                assertThat(value.chars().filter(c -> c == '{').count()).as(field)
                        .isEqualTo(value.chars().filter(c -> c == '}').count());
            }
            assertThat(entry.group(3)).contains("  author = {").contains("  year = {");
            end = entry.end();
        }
        assertThat(text.substring(end)).as("after the last entry").isBlank();
        assertThat(keys).containsExactlyElementsOf(expected.keys());
        assertThat(text).isEqualTo(expected.toBibTeX());

        // CSL-JSON: an array of n objects whose ids are the same keys
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(csl.toFile())) {
            assertThat(p.nextToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.START_ARRAY);
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    if ("id".equals(name)) {
                        ids.add(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            }
            assertThat(p.currentToken()).isEqualTo(com.fasterxml.jackson.core.JsonToken.END_ARRAY);
        }
        assertThat(ids).containsExactlyElementsOf(expected.keys()).hasSize(n);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"screen, example:grid.json", "optimize, example:buffer.json"})
    void progressDrawsABarOnStderrEndingAtOneHundredPercent(String command, String input) {
        Run r = run(command, input, "--progress");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\r").doesNotContain("[#");
        assertThat(r.err()).startsWith("\r[").endsWith(System.lineSeparator()).doesNotContain("\u001b");
        String[] draws = r.err().strip().split("\r");
        int previous = -1;
        for (String d : draws) {
            Matcher m = Pattern.compile("\\[[# ]{30}\\] +(\\d+) %.*").matcher(d.strip());
            assertThat(m.matches()).as(d).isTrue();
            int percent = Integer.parseInt(m.group(1));
            assertThat(percent).isGreaterThanOrEqualTo(previous);
            previous = percent;
        }
        assertThat(draws[draws.length - 1]).startsWith("[" + "#".repeat(30) + "] 100 %");
        // without --progress (and with the writers of a test, not a terminal) nothing is drawn
        assertThat(run(command, input).err()).isEmpty();
        assertThat(run(command, input, "--no-progress").err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"screen, example:grid.json", "optimize, example:buffer.json"})
    void aCancelledRunStopsWithExitCode130AndOneLine(String command, String input) {
        // what the Ctrl-C hook does: cancel the token the command gave its solver
        CancellationToken token = CancellationToken.create();
        token.cancel();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), Session.embedded(token), command, input);
        assertThat(code).isEqualTo(Main.CANCELLED).isEqualTo(130);
        assertThat(err.toString()).startsWith("interphase " + command + ": cancelled: ").contains("cancelled by its CancellationToken");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(out.toString()).doesNotContain("Sources:");
    }

    @Test
    void examplesAreListedAndPrinted() {
        Run list = run("examples");
        assertThat(list.code()).isZero();
        for (String name : Inputs.EXAMPLES) {
            assertThat(list.out()).contains(name);
            assertThat(run("examples", name).out()).isEqualTo(Inputs.example(name));
        }
        assertThat(run("examples", "nope.json").code()).isEqualTo(Main.USER_ERROR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative thickness   | bad.json  | {\\n  "electrode": "LiCoO2",\\n  "electrolyte": "Li3PS4",\\n  "coating": {"material": "LiNbO3", "thickness": "-5 nm"}\\n} | 4:50 | must be >= 0 m
            JSON syntax          | bad.json  | {\\n  "electrode": "LiCoO2",\\n  "electrolyte": "Li3PS4"\\n  "coating": {}\\n}                                 | 4:3  | JSON syntax error
            unknown key          | bad.json  | {\\n  "electrode": "LiCoO2",\\n  "electrolyte": "Li3PS4",\\n  "temprature": "25 °C"\\n}                        | 4:17 | unknown key "temprature"
            unknown material     | bad.json  | {\\n  "electrode": "LiCoX2",\\n  "electrolyte": "Li3PS4"\\n}                                                  | 2:16 | no material 'LiCoX2'
            missing electrolyte  | bad.json  | {\\n  "electrode": "LiCoO2"\\n}                                                                              | 1:1  | needs "electrolyte"
            wrong dimension      | bad.yaml  | electrode: LiCoO2\\nelectrolyte: Li3PS4\\ncoating:\\n  material: LiNbO3\\n  thickness: 5 S/cm\\n            | 5:14 | must be in a unit of m
            YAML syntax          | bad.yaml  | electrode: [LiCoO2\\n                                                                                         | 1:19 | YAML syntax error
            below absolute zero  | bad.yaml  | electrode: LiCoO2\\nelectrolyte: Li3PS4\\ntemperature: -300 °C\\n                                           | 3:14 | temperature
            contact fraction > 1 | bad.yaml  | electrode: Li\\nelectrolyte: LLZO\\ncontact:\\n  fraction: 1.5\\n                                              | 4:13 | contact fraction
            """)
    void badStackFilesAreRefusedWithTheirPosition(String what, String name, String content, String position, String says)
            throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content.strip().replace("\\n", "\n") + "\n", StandardCharsets.UTF_8);
        Run r = run("budget", file.toString());
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("interphase budget: " + file + ":" + position + ": ").contains(says);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBadSpectrumIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "f,re,im\n1000,1,-2\n100,x,-3\n10,3,-4\n", StandardCharsets.UTF_8);
        Run r = run("drt", file.toString());
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("interphase drt: " + file + ":3: ");
        assertThat(run("fit", dir.resolve("none.csv").toString(), "-c", "R0").err()).contains("none.csv: no such file");
    }

    @Test
    void badOptionsAreUserErrors() {
        assertThat(run("fit", "example:spectrum.csv", "--circuit", "R0-p(R1,XX1)").err()).contains("unknown element 'XX'");
        assertThat(run("fit", "example:spectrum.csv", "-c", "R0-p(R1,CPE1)", "--guess", "R9=3").err())
                .contains("R9: not a parameter");
        assertThat(run("fit", "example:spectrum.csv").code()).isEqualTo(Main.USER_ERROR);
        assertThat(run("nonsense").code()).isEqualTo(Main.USER_ERROR);
        assertThat(run("budget", "example:tour-stack.json", "--per-decade", "0").code()).isEqualTo(Main.USER_ERROR);
        assertThat(run("screen", "example:grid.json", "--top", "0").code()).isEqualTo(Main.USER_ERROR);
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("budget").contains("fit").contains("drt").contains("optimize").contains("screen")
                .doesNotContain("\u001b[");
    }

    @Test
    void aValueTheCatalogLacksIsTheUsersToGiveNotAnInternalError() throws IOException {
        Path file = dir.resolve("al.json");
        Files.writeString(file, "{\"electrode\": \"LiCoO2\", \"electrolyte\": \"Li3PS4\",\n"
                + " \"coating\": {\"material\": \"Al2O3\", \"thickness\": \"2 nm\"}}\n");
        Run r = run("budget", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("interphase budget: " + file + ": ").contains("no ionic conductivity for Al2O3")
                .contains("\"conductivity\"").doesNotContain("internal error");
        // and with the value given, the budget is L/σ: 2 nm / 1e-8 S/cm = 2e-7 cm / 1e-8 S/cm = 20 Ω·cm²
        Files.writeString(file, "{\"electrode\": \"LiCoO2\", \"electrolyte\": \"Li3PS4\",\n \"coating\": "
                + "{\"material\": \"Al2O3\", \"thickness\": \"2 nm\", \"conductivity\": \"1e-8 S/cm\"}}\n");
        Run ok = run("budget", file.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("total 20.00 Ω·cm²");
    }

    @Test
    void aBadConstrictionIsReportedAtTheConstrictionAndABadFractionAtTheFraction() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "electrode: Li\nelectrolyte: LLZO\ncontact:\n  fraction: 0.5\n  constriction: -1 Ω·cm²\n");
        assertThat(run("budget", file.toString()).err()).startsWith("interphase budget: " + file + ":5:17: ")
                .contains("constriction");
        Files.writeString(file, "electrode: Li\nelectrolyte: LLZO\ncontact:\n  fraction: 1.5\n  constriction: 1 Ω·cm²\n");
        assertThat(run("budget", file.toString()).err()).startsWith("interphase budget: " + file + ":4:13: ")
                .contains("contact fraction");
    }

    @Test
    void optimizeRefusesAStackWithoutCoatingAtTheStack() throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\n  \"stack\": {\"electrode\": \"LiCoO2\", \"electrolyte\": \"Li3PS4\"}\n}\n");
        Run r = run("optimize", file.toString());
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("interphase optimize: " + file + ":2:12: ").contains("no coating");
    }

    @Test
    void aGridVaryingAKeyTheBaseLacksIsRefusedAtTheValue() throws IOException {
        Path file = dir.resolve("g.json");
        Files.writeString(file, "{\n  \"base\": {\"electrode\": \"LiCoO2\", \"electrolyte\": \"Li3PS4\"},\n"
                + "  \"vary\": {\"coating.thickness\": [\"2 nm\"]}\n}\n");
        Run r = run("screen", file.toString());
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err()).startsWith("interphase screen: " + file + ":3:34: ").contains("no \"coating\"");
    }
}
