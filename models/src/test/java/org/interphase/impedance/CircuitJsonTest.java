package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CircuitJsonTest {

    private static final Circuit BIG = Circuit.parse("R0-p(R1,CPE1)-La2-T3-p(R4-Wo4,C4)");

    @Test
    void randomParametersRoundTripToTheSameBits() {
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = new double[BIG.parameterCount()];
            for (int k = 0; k < p.length; k++) {
                // any double: mantissa and exponent drawn at random, exponents in (0, 1]
                p[k] = BIG.isExponent(k) ? Math.max(Double.MIN_NORMAL, 1 - random.nextDouble())
                        : Math.pow(10, 40 * random.nextDouble() - 20) * (1 + random.nextDouble());
            }
            SavedCircuit back = CircuitJson.read(CircuitJson.write(BIG, p));
            assertThat(back.circuit()).isEqualTo(BIG);
            double[] q = back.parameters();
            for (int k = 0; k < p.length; k++) {
                assertThat(Double.doubleToRawLongBits(q[k])).as("%s", p[k]).isEqualTo(Double.doubleToRawLongBits(p[k]));
            }
            assertThat(back.perArea()).isFalse();
        }
    }

    @Test
    void aFitRoundTripsWithItsErrorsAndItsArea(@TempDir Path dir) {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        double[] f = Spectrum.logFrequencies(1e5, 1e-1, 40);
        Spectrum s = c.spectrum(f, 1e-4, 1e-2, 1e-3, 0.9);
        SplittableRandom random = new SplittableRandom(3);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < f.length; i++) {
            re[i] *= 1 + 0.01 * (random.nextDouble() - 0.5);
            im[i] *= 1 + 0.01 * (random.nextDouble() - 0.5);
        }
        CircuitFitSolution fit = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(c, Spectrum.of(f, re, im, true), 2e-4, 2e-2, 2e-3, 0.8));
        SavedCircuit saved = SavedCircuit.of(fit);
        Path file = dir.resolve("fit.json");
        CircuitJson.write(file, saved);
        SavedCircuit back = CircuitJson.read(file, ElementRegistry.standard());
        assertThat(back).isEqualTo(saved);
        assertThat(back.perArea()).isTrue();
        assertThat(back.parameters()).containsExactly(fit.parameters());
        for (String name : c.parameterNames()) {
            assertThat(back.standardErrors().get(name)).isEqualTo(fit.standardError(name).getAsDouble());
        }
        assertThat(back.impedance().perArea()).isTrue();
        assertThat(CircuitJson.write(fit)).isEqualTo(CircuitJson.write(back));
    }

    @Test
    void theWrittenTextIsTheDocumentedShape() {
        String json = CircuitJson.write(Circuit.parse("R0-p(R1,C1)"), 10, 100, 1e-5);
        assertThat(json).contains("\"format\" : \"interphase-circuit\"").contains("\"version\" : 1")
                .contains("\"circuit\" : \"R0-p(R1,C1)\"").contains("\"R1\" : 100.0").contains("\"C1\" : 1.0E-5")
                .contains("\"C1\" : \"F\"").doesNotContain("standardErrors");
    }

    @Test
    void customElementsNeedTheirRegistryToReadBack() {
        CustomElement arc = CustomElement.of("Arc", List.of("R", "τ"), List.of("Ω", "s"), (w, p, z) -> {
            z[0] = p[0] / (1 + w * w * p[1] * p[1]);
            z[1] = -p[0] * w * p[1] / (1 + w * w * p[1] * p[1]);
        });
        ElementRegistry reg = ElementRegistry.standard().with(arc);
        Circuit c = reg.parse("R0-Arc1");
        String json = CircuitJson.write(c, 1, 2, 3);
        assertThat(CircuitJson.read(json, reg).circuit()).isEqualTo(c);
        assertThatThrownBy(() -> CircuitJson.read(json)).hasMessageStartingWith("circuit JSON, line 4, column 15:")
                .hasMessageContaining("unknown element 'Arc'");
        // the same code registered with other units: the file says which
        ElementRegistry other = ElementRegistry.standard().with(CustomElement.of("Arc", List.of("R", "τ"),
                List.of("Ω", "ms"), (w, p, z) -> { }));
        assertThatThrownBy(() -> CircuitJson.read(json, other)).hasMessageContaining("line 14, column 16")
                .hasMessageContaining("unit of Arc1_1 is \"s\" in the file but \"ms\"");
    }

    private static String doc(String body) {
        return "{\n  \"format\": \"interphase-circuit\",\n  \"version\": 1,\n" + body + "\n}\n";
    }

    @Test
    void badFilesAreRefusedWithLineAndColumn() {
        String ok = "  \"circuit\": \"R0-p(R1,C1)\",\n  \"parameters\": {\"R0\": 10, \"R1\": 100, \"C1\": 1e-5}";
        assertThat(CircuitJson.read(doc(ok)).parameters()).containsExactly(10, 100, 1e-5);
        // malformed: a missing comma between the two keys of line 4-5
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0\"\n  \"parameters\": {\"R0\": 1}")))
                .hasMessageStartingWith("circuit JSON, line 5, column 3: malformed JSON");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0-p(R1,C1)\",\n  \"parameters\": {\"R0\": 10,"
                + " \"R1\": -100, \"C1\": 1e-5}"))).hasMessageStartingWith("circuit JSON, line 5, column 34:")
                .hasMessageContaining("parameter R1 = -100.0 Ω must be finite and > 0 Ω");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0-p(R1,C1)\",\n  \"parameters\": {\"R0\": 10,"
                + " \"R1\": 100}"))).hasMessageContaining("line 5, column 17: \"parameters\" has no value for \"C1\"");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0\",\n  \"parameters\": {\"R0\": 10, \"R9\": 1}")))
                .hasMessageContaining("line 5, column 34: \"parameters\" holds \"R9\", which is not a parameter");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0-p(R1,C1\",\n  \"parameters\": {}")))
                .hasMessageContaining("line 4, column 14: \"circuit\": invalid circuit string: unbalanced parentheses");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0-CPE1\",\n  \"parameters\": {\"R0\": 1,"
                + " \"CPE1_0\": 1e-6, \"CPE1_1\": 1.5}"))).hasMessageContaining("line 5, column 53: parameter CPE1_1 = 1.5"
                        + " must be an exponent in (0, 1]");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0\",\n  \"colour\": \"red\"")))
                .hasMessageContaining("line 5, column 3: unknown key \"colour\"");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0\",\n  \"circuit\": \"R1\"")))
                .hasMessageContaining("line 5").hasMessageContaining("Duplicate field 'circuit'");
        assertThatThrownBy(() -> CircuitJson.read(doc("  \"circuit\": \"R0\""))).hasMessageContaining("line 1, column 1:"
                + " missing \"parameters\"");
        assertThatThrownBy(() -> CircuitJson.read("{\"format\": \"zview\"}")).hasMessageContaining("line 1, column 12:"
                + " \"format\" must be \"interphase-circuit\", was \"zview\"");
        assertThatThrownBy(() -> CircuitJson.read("{\"format\": \"interphase-circuit\", \"version\": 2}"))
                .hasMessageContaining("\"version\" must be 1");
        assertThatThrownBy(() -> CircuitJson.read("[1, 2]")).hasMessageContaining("line 1, column 1: a circuit JSON is"
                + " an object").hasMessageContaining("found an array");
        assertThatThrownBy(() -> CircuitJson.read("")).hasMessageContaining("found the end of the text");
        assertThatThrownBy(() -> CircuitJson.read(doc(ok) + "{}")).hasMessageContaining("line 7, column 1: unexpected content"
                + " (an object) after the end");
        assertThatThrownBy(() -> CircuitJson.read(doc(ok.replace("1e-5", "\"1e-5\""))))
                .hasMessageContaining("\"parameters\".C1 must be a number, found a string");
        assertThatThrownBy(() -> CircuitJson.read(doc(ok.replace("1e-5", "1e400"))))
                .hasMessageContaining("parameter C1 = Infinity F must be finite and > 0 F");
    }

    @Test
    void savedCircuitValidates() {
        Circuit c = Circuit.parse("R0-C1");
        assertThatThrownBy(() -> new SavedCircuit(c, new double[] {1, 2}, false, ImmutableMap.of("R9", 1.0)))
                .hasMessageContaining("'R9' is not a parameter");
        assertThatThrownBy(() -> new SavedCircuit(c, new double[] {1, 2}, false, ImmutableMap.of("R0", -1.0)))
                .hasMessageContaining("standardErrors of R0 must be finite and >= 0 Ω, was -1.0");
        assertThatThrownBy(() -> new SavedCircuit(c, new double[] {1}, false, ImmutableMap.of()))
                .hasMessageContaining("one value per parameter");
        assertThat(new SavedCircuit(c, new double[] {1, 2}, true, ImmutableMap.of()).toString())
                .isEqualTo("R0-C1 {R0=1.0, C1=2.0} per unit area");
        assertThat(Files.exists(Path.of("."))).isTrue();
    }
}
