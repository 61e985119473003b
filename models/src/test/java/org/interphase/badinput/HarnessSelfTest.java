package org.interphase.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Executable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the bad-input harness on {@link HarnessFixtures}, classes with known behaviour: each bad
 * call must be classified as what it is, so that {@link BadInputTest} cannot pass by mistake.
 */
class HarnessSelfTest {

    private static final Map<String, Outcome> OUTCOMES = new HashMap<>();
    private static final List<String> SKIPPED = new ArrayList<>();

    @BeforeAll
    static void runHarnessOnFixtures() {
        List<Class<?>> classes = List.of(HarnessFixtures.Checked.class, HarnessFixtures.ReturnsNaN.class,
                HarnessFixtures.RawNpe.class, HarnessFixtures.Loops.class, HarnessFixtures.Blames.class,
                HarnessFixtures.Documented.class, HarnessFixtures.CommonsLeak.class, HarnessFixtures.NullAccepted.class,
                HarnessFixtures.Overwrites.class, HarnessFixtures.Accumulates.class, HarnessFixtures.OutputTimes.class,
                HarnessFixtures.PairWriter.class, HarnessFixtures.LengthOnly.class);
        JavadocIndex docs = JavadocIndex.read(List.of(Path.of("src/test/java/org/interphase/badinput")));
        Harness h = new Harness(classes, docs);
        List<Harness.Finding> findings = new ArrayList<>();
        for (Executable e : h.api) {
            h.probe(e, findings, new EnumMap<>(Outcome.class), SKIPPED);
        }
        for (Harness.Finding f : findings) {
            String member = f.member().substring(f.member().lastIndexOf("HarnessFixtures.") + "HarnessFixtures.".length());
            OUTCOMES.put(member.replaceAll("\\(.*", "") + "#" + f.value(), f.outcome());
        }
    }

    private static Outcome outcome(String memberAndValue) {
        assertThat(OUTCOMES).containsKey(memberAndValue);
        return OUTCOMES.get(memberAndValue);
    }

    @Test
    void everyFixtureHasABaseline() {
        assertThat(SKIPPED).isEmpty();
    }

    @Test
    void aProperCheckIsGoodAndValidExtremesAreAccepted() {
        assertThat(outcome("Checked.thickness#NaN")).isEqualTo(Outcome.GOOD);
        assertThat(outcome("Checked.thickness#-Infinity")).isEqualTo(Outcome.GOOD);
        assertThat(outcome("Checked.thickness#-1")).isEqualTo(Outcome.GOOD);
        assertThat(outcome("Checked.thickness#0")).isEqualTo(Outcome.GOOD);
        assertThat(outcome("Checked.thickness#1e300")).isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome("Checked.thickness#1e-300")).isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome("Checked.nameLength#null")).isEqualTo(Outcome.GOOD);
        assertThat(outcome("Checked.nameLength#\"\"")).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void nanFromFiniteInputAndNanPassedThroughAreFailures() {
        assertThat(outcome("ReturnsNaN.root#-1")).isEqualTo(Outcome.NONFINITE_FROM_FINITE);
        assertThat(outcome("ReturnsNaN.root#NaN")).isEqualTo(Outcome.NONFINITE_FROM_NONFINITE);
        assertThat(outcome("ReturnsNaN.root#+Infinity")).isEqualTo(Outcome.NONFINITE_FROM_NONFINITE);
        assertThat(outcome("ReturnsNaN.root#0")).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void rawJvmExceptionsAndCommonsMathAreUnhelpful() {
        assertThat(outcome("RawNpe.length#null")).isEqualTo(Outcome.UNHELPFUL);
        assertThat(outcome("CommonsLeak.size#-1")).isEqualTo(Outcome.UNHELPFUL);
        assertThat(outcome("CommonsLeak.size#0")).isEqualTo(Outcome.UNHELPFUL);
    }

    @Test
    void aLoopThatNeverEndsIsAHangAndIsStopped() {
        assertThat(outcome("Loops.spin#Integer.MAX_VALUE")).isEqualTo(Outcome.HANG);
        assertThat(outcome("Loops.spin#-1")).isEqualTo(Outcome.ACCEPTED);
        assertThat(Calls.runaway()).as("hung calls are stopped, not left burning a core").isEmpty();
    }

    @Test
    void aMessageThatNamesNeitherParameterNorValueBlamesSomethingElse() {
        assertThat(outcome("Blames.weight#-1")).isEqualTo(Outcome.BLAME);
        assertThat(outcome("Blames.weight#NaN")).isEqualTo(Outcome.BLAME);
    }

    @Test
    void valuesOutsideTheDocumentedRangeMustNotBeAccepted() {
        assertThat(outcome("Documented.fraction#-1")).isEqualTo(Outcome.OUT_OF_RANGE_ACCEPTED);
        assertThat(outcome("Documented.fraction#1e300")).isEqualTo(Outcome.OUT_OF_RANGE_ACCEPTED);
        assertThat(outcome("Documented.fraction#0")).isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome("Documented.fraction#NaN")).isEqualTo(Outcome.NONFINITE_FROM_NONFINITE);
    }

    @Test
    void silentlyAcceptedNullIsAFailure() {
        assertThat(outcome("NullAccepted.label#null")).isEqualTo(Outcome.NULL_ACCEPTED);
    }

    @Test
    void nanInAnOverwrittenOutputArrayIsAcceptedButNotWhenItIsReadOrAnInput() {
        assertThat(outcome("Overwrites.write#[NaN,..]")).as("output array, overwritten").isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome("Overwrites.write#[Inf,..]")).isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome("Overwrites.write#double[1]")).as("a too-short output is still a failure")
                .isEqualTo(Outcome.UNHELPFUL);
        assertThat(outcome("Accumulates.write#[NaN,..]")).as("an 'output' that is read")
                .isEqualTo(Outcome.NONFINITE_FROM_NONFINITE);
        assertThat(outcome("OutputTimes.last#[Inf,..]")).as("'output times' is an input")
                .isEqualTo(Outcome.NONFINITE_INPUT_ACCEPTED);
        assertThat(outcome("PairWriter.pair#[NaN,..]")).as("only out[0] and out[1] are written")
                .isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome("LengthOnly.nonEmpty#[NaN,..]")).as("a void method's own NaN input is not its result")
                .isEqualTo(Outcome.NONFINITE_INPUT_ACCEPTED);
        assertThat(Harness.isOutputArray("output Z', Ω; length &ge; omega.length, contents overwritten")).isTrue();
        assertThat(Harness.isOutputArray("work array of length ≥ n")).isTrue();
        assertThat(Harness.isOutputArray("out[0] = ρ(ψ) in C/m³, out[1] = dρ/dψ in C/m³ (length ≥ 2)")).isTrue();
        assertThat(Harness.isOutputArray("output times, s, strictly increasing")).isFalse();
        assertThat(Harness.isOutputArray("right-hand side on entry, solution on return; overwritten")).isFalse();
    }

    @Test
    void documentedRangesAreParsedConservatively() {
        assertThat(JavadocIndex.range("T, K (&gt; 0)").contains(-1)).isFalse();
        assertThat(JavadocIndex.range("T, K (&gt; 0)").contains(1)).isTrue();
        assertThat(JavadocIndex.range("d, m (&ge; 0)").contains(0)).isTrue();
        assertThat(JavadocIndex.range("ν, in (−1, 0.5)").contains(0.5)).isFalse();
        assertThat(JavadocIndex.range("ν, in (−1, 0.5)").contains(-0.5)).isTrue();
        assertThat(JavadocIndex.range("epsilon a/b in [0, 0.8]").contains(0.8)).isTrue();
        assertThat(JavadocIndex.range("the fraction, {@code 0 < f <= 1}").contains(0)).isFalse();
        assertThat(JavadocIndex.range("the fraction, {@code 0 < f <= 1}").contains(1)).isTrue();
        assertThat(JavadocIndex.range("number of cells (at least 4)").contains(3)).isFalse();
        assertThat(JavadocIndex.range("a conductivity, must be positive").contains(0)).isFalse();
        assertThat(JavadocIndex.range("step, J, positive when B is richer"))
                .as("'positive when' describes a sign convention, not a range").isNull();
        assertThat(JavadocIndex.range("Δμ = μ_B − μ_A, J")).isNull();
        assertThat(JavadocIndex.range("c_i (&lt; c_s)")).isNull();
        assertThat(JavadocIndex.range("position, m (x &lt; 0 in medium 1; at x = 0 the value of medium 1)")).isNull();
        assertThat(JavadocIndex.range("T, K (&gt; 0 K)").contains(0)).isFalse();
        assertThat(JavadocIndex.range("x, &gt; 0 if a &gt; 2, else &gt;= 5")).isNull(); // ambiguous: no range
    }

    @Test
    void messagesNameTheParameterByJavaNameWordsOrJavadoc() {
        assertThat(Messages.namesParameter("coating thickness must be >= 0 m, was -1.0 m", "coatingThickness", ""))
                .isTrue();
        assertThat(Messages.namesParameter("Young's modulus must be > 0 Pa, was -1.0 Pa", "youngs", "E, Pa")).isTrue();
        assertThat(Messages.namesParameter("μ threshold must be in (0, 1], was 0.0", "muThreshold", "")).isTrue();
        assertThat(Messages.namesParameter("samples must be >= 11, was -1", "value", "", "samples")).isTrue();
        assertThat(Messages.namesParameter("temperature must be > 0 K, was -1.0 K", "t", "temperature, K")).isTrue();
        assertThat(Messages.namesParameter("something went wrong", "weight", "a weight")).isFalse();
        assertThat(Messages.showsValue("x must be > 0, was 1.0E300", List.of("e300"))).isTrue();
        assertThat(Messages.showsValue("x must be finite, was Infinity", List.of("NaN"))).isFalse();
        assertThat(Messages.isJvmNpeMessage("Cannot invoke \"String.length()\" because \"text\" is null")).isTrue();
    }
}
