package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.interphase.core.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13 §2 for org.interphase.impedance: every bad argument is refused before any work with an
 * exception that names the parameter and shows the value (and, where it has one, the unit and
 * the allowed range) — never a JVM exception, an OutOfMemoryError or a NaN/∞ result. One row per
 * failure the bad-input harness found (reports/badinput-baseline.tsv); each row failed on the code
 * before this change.
 */
class BadInputTableTest {

    private static final Circuit RC = Circuit.parse("R0-p(R1,C1)");
    private static final Spectrum DATA = RC.spectrum(Spectrum.logFrequencies(1e5, 1e-1, 30), 10, 100, 1e-5);
    private static final HomogeneousLayer LAYER = HomogeneousLayer.of(1e-6, 1e-4, 10);

    /** A call, the exception it must throw, and the fragments its message must hold. */
    record Row(String name, Runnable call, Class<? extends Throwable> type, List<String> fragments) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, Runnable call, Class<? extends Throwable> type, String... fragments) {
        return new Row(name, call, type, List.of(fragments));
    }

    private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
    private static final Class<NullPointerException> NPE = NullPointerException.class;

    static Stream<Row> rows() {
        double[] w = {1, 10, 100};
        Impedance charge = new ChargeTransfer(1e-3, 0.1);
        Impedance graded = GradedLayer.of(Profile.of(new double[] {0, 1e-6}, new double[] {1e-4, 1e-3}, "x", "m",
                "σ", "S/m"), 10);
        Impedance brick = new BrickLayer(1e-3, 1e-6, 1e-9, 1e-2, 1e-5, 30, 30);
        Stream.Builder<Row> b = Stream.builder();
        for (Impedance z : List.of(LAYER, charge, graded, brick, RC.with(10, 100, 1e-5),
                Impedance.series(LAYER, charge))) {
            String n = z.getClass().getSimpleName() + ".evaluate";
            b.add(row(n + " omega null", () -> z.evaluate(null, new double[3], new double[3]), NPE, "omega"));
            b.add(row(n + " omega NaN", () -> z.evaluate(new double[] {1, Double.NaN, 3}, new double[3],
                    new double[3]), IAE, "omega[1]", "NaN", "rad/s"));
            b.add(row(n + " omega +inf", () -> z.evaluate(new double[] {1, Double.POSITIVE_INFINITY, 3},
                    new double[3], new double[3]), IAE, "omega[1]", "Infinity", "rad/s"));
            b.add(row(n + " omega 0", () -> z.evaluate(new double[] {0, 1}, new double[2], new double[2]), IAE,
                    "omega[0]", "> 0 rad/s", "was 0.0"));
            b.add(row(n + " re null", () -> z.evaluate(w, null, new double[3]), NPE, "re"));
            b.add(row(n + " im null", () -> z.evaluate(w, new double[3], null), NPE, "im"));
            b.add(row(n + " re short", () -> z.evaluate(w, new double[1], new double[3]), IAE, "re", ">= omega.length = 3",
                    "was 1"));
            b.add(row(n + " im empty", () -> z.evaluate(w, new double[3], new double[0]), IAE, "im", "was 0"));
        }
        // overflow of derived quantities from finite, in-range inputs
        b.add(row("HomogeneousLayer σ = 1e300", () -> new HomogeneousLayer(1e-6, 1e300, 10), IAE, "conductivity",
                "1.0E300", "S/m", "apex frequency"));
        b.add(row("HomogeneousLayer.of σ = 1e300", () -> HomogeneousLayer.of(1e-6, 1e300, 10), IAE, "conductivity",
                "1.0E300"));
        b.add(row("BrickLayer bulk σ = 1e300", () -> new BrickLayer(1e-3, 1e-6, 1e-9, 1e300, 1e-5, 30, 30), IAE,
                "bulkConductivity", "1.0E300", "bulk apex frequency"));
        b.add(row("BrickLayer boundary σ = 1e300", () -> new BrickLayer(1e-3, 1e-6, 1e-9, 1e-2, 1e300, 30, 30), IAE,
                "boundaryConductivity", "1.0E300", "grain-boundary"));
        b.add(row("ChargeTransfer T = 1e-300", () -> ChargeTransfer.fromExchangeCurrent(1e20, 1, 1e-300, 0.1), IAE,
                "temperature", "1.0E-300 K", "charge-transfer resistance"));
        b.add(row("ChargeTransfer C_dl = 1e-300", () -> ChargeTransfer.fromExchangeCurrent(10, 1, 300, 1e-307), IAE,
                "doubleLayerCapacitance", "1.0E-307", "apex frequency"));
        // names and nulls
        b.add(row("Circuit.element type null", () -> Circuit.element(null, "R1"), NPE, "type"));
        b.add(row("Circuit.parameterIndex null", () -> RC.parameterIndex(null), NPE, "parameterName"));
        b.add(row("Circuit.parameterIndex empty", () -> RC.parameterIndex(""), IAE, "parameterName", "''",
                "[R0, R1, C1]"));
        b.add(row("Circuit.parameterIndex blank", () -> RC.parameterIndex("   "), IAE, "parameterName", "'   '"));
        b.add(row("ElementType.ofCode null", () -> ElementType.ofCode(null), NPE, "code"));
        b.add(row("ElementType.ofCode empty", () -> ElementType.ofCode(""), IAE, "code", "''", "CPE"));
        b.add(row("GradedLayer permittivity null", () -> GradedLayer.of(Profile.of(new double[] {0, 1e-6},
                new double[] {1e-4, 1e-3}, "x", "m", "σ", "S/m"), (Profile) null), NPE, "relativePermittivity"));
        // the circuit string is the parameter "text": the messages said only "circuit string"
        b.add(row("Circuit.parse null", () -> Circuit.parse(null), NPE, "text", "circuit string"));
        b.add(row("Circuit.parse empty", () -> Circuit.parse(""), IAE, "text", "empty circuit string", "\"\""));
        b.add(row("Circuit.parse blank", () -> Circuit.parse("   "), IAE, "text", "\"   \""));
        b.add(row("Impedance.series empty", () -> Impedance.series(), IAE, "parts", "0 parts"));
        b.add(row("Impedance.series null part", () -> Impedance.series(LAYER, null), NPE, "parts[1]"));
        // the circuit fitter's problem and settings
        b.add(row("fit guess null", () -> CircuitFitProblem.of(RC, DATA, (double[]) null), NPE, "initialGuess"));
        b.add(row("fit guess empty", () -> CircuitFitProblem.of(RC, DATA), IAE, "initialGuess", "was given 0"));
        b.add(row("fit guess short", () -> CircuitFitProblem.of(RC, DATA, 10), IAE, "initialGuess", "was given 1"));
        b.add(row("fit guess NaN", () -> new CircuitFitProblem(RC, DATA, new double[] {10, Double.NaN, 1e-5},
                Set.of()), IAE, "initialGuess[1] (R1)", "NaN", "Ω"));
        b.add(row("fit guess inf", () -> CircuitFitProblem.of(RC, DATA, 10, Double.POSITIVE_INFINITY, 1e-5), IAE,
                "initialGuess[1] (R1)", "Infinity"));
        b.add(row("fit circuit null", () -> CircuitFitProblem.of(null, DATA, 10, 100, 1e-5), NPE, "circuit"));
        b.add(row("fit data null", () -> CircuitFitProblem.of(RC, null, 10, 100, 1e-5), NPE, "data"));
        b.add(row("fit fixed unknown", () -> CircuitFitProblem.of(RC, DATA, 10, 100, 1e-5).withFixed("R7"), IAE,
                "fixed", "'R7'", "[R0, R1, C1]"));
        b.add(row("fit fixed null name", () -> CircuitFitProblem.of(RC, DATA, 10, 100, 1e-5).withFixed((String) null),
                IAE, "fixed", "'null'"));
        b.add(row("fit problem null", () -> CircuitFitter.withDefaults().solve(null), NPE, "fitProblem"));
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(RC, DATA, 12, 80, 2e-5));
        b.add(row("fit parameter null", () -> fit.parameter(null), NPE, "name"));
        b.add(row("fit standardError unknown", () -> fit.standardError("R7"), IAE, "name", "'R7'", "[R0, R1, C1]"));
        b.add(row("fitter evaluations 0", () -> CircuitFitter.withDefaults().withMaxEvaluations(0), IAE,
                "maxEvaluations", "[10, ", "was 0"));
        b.add(row("fitter starts huge", () -> CircuitFitter.withDefaults().withStarts(Integer.MAX_VALUE), IAE,
                "starts", "2147483647"));
        b.add(row("fitter spread NaN", () -> CircuitFitter.withDefaults().withSpread(Double.NaN), IAE, "spread",
                "NaN", "decades"));
        b.add(row("fitter weighting null", () -> CircuitFitter.withDefaults().withWeighting(null), NPE,
                "weighting"));
        // DRT
        b.add(row("DrtSolver points huge", () -> DrtSolver.withDefaults().withPoints(Integer.MAX_VALUE).withLambda(1e-3), IAE, "points", "2147483647",
                "MiB"));
        DrtSolution drt = DrtSolver.withDefaults().solve(DATA);
        b.add(row("resistanceBetween from NaN", () -> drt.resistanceBetween(Double.NaN, 1), IAE, "from", "NaN", "s"));
        b.add(row("resistanceBetween to +inf", () -> drt.resistanceBetween(0, Double.POSITIVE_INFINITY), IAE, "to",
                "Infinity", "s"));
        b.add(row("resistanceBetween to -inf", () -> drt.resistanceBetween(0, Double.NEGATIVE_INFINITY), IAE, "to",
                "-Infinity"));
        b.add(row("resistanceBetween from > to", () -> drt.resistanceBetween(1e300, 10), IAE, "from", "1.0E300",
                "to", "10.0"));
        b.add(row("DrtPeak τ NaN", () -> new DrtPeak(Double.NaN, 1, 1, 1e-3, 1e-2), IAE, "timeConstant", "NaN"));
        b.add(row("DrtPeak height +inf", () -> new DrtPeak(2e-3, Double.POSITIVE_INFINITY, 1, 1e-3, 1e-2), IAE,
                "height", "Infinity"));
        b.add(row("DrtPeak resistance -1", () -> new DrtPeak(2e-3, 1, -1, 1e-3, 1e-2), IAE, "resistance", "-1.0"));
        b.add(row("DrtPeak to < from", () -> new DrtPeak(2e-3, 1, 1, 1e-3, 1e-4), IAE, "to", "1.0E-4"));
        // Kramers–Kronig
        LinKKSolver linKK = LinKKSolver.withDefaults();
        b.add(row("LinKK μ threshold NaN", () -> linKK.withMuThreshold(Double.NaN), IAE, "muThreshold", "NaN"));
        b.add(row("LinKK μ threshold 0", () -> linKK.withMuThreshold(0), IAE, "muThreshold", "(0, 1]", "was 0.0"));
        b.add(row("LinKK μ threshold -0.0", () -> linKK.withMuThreshold(-0.0), IAE, "muThreshold", "-0.0"));
        b.add(row("LinKK μ threshold 1e300", () -> linKK.withMuThreshold(1e300), IAE, "muThreshold", "1.0E300"));
        b.add(row("LinKK maxTerms 0", () -> linKK.withMaxTerms(0), IAE, "maxTerms", "was 0"));
        b.add(row("LinKK maxTerms huge", () -> linKK.withMaxTerms(Integer.MAX_VALUE), IAE, "maxTerms",
                "2147483647"));
        b.add(row("LinKK terms -1", () -> linKK.withTerms(-1), IAE, "terms", "was -1"));
        b.add(row("LinKK selection null", () -> linKK.withSelection(null), NPE, "selection"));
        b.add(row("LinKK data null", () -> linKK.solve(null), NPE, "data"));
        b.add(row("LinKK terms too many for the data", () -> linKK.withTerms(100_000).solve(DATA), IAE, "terms",
                "100000", "at most 58"));
        LinKKSolution kk = linKK.withTerms(5).solve(DATA);
        b.add(row("isValid NaN", () -> kk.isValid(Double.NaN), IAE, "tolerance", "NaN"));
        b.add(row("isValid +inf", () -> kk.isValid(Double.POSITIVE_INFINITY), IAE, "tolerance", "Infinity"));
        b.add(row("isValid -1", () -> kk.isValid(-1), IAE, "tolerance", "-1.0"));
        // Spectrum
        for (String acc : List.of("frequency", "re", "im", "modulus", "phase")) {
            for (int i : new int[] {-1, 30, Integer.MAX_VALUE}) {
                b.add(row("Spectrum." + acc + "(" + i + ")", () -> index(acc, i), IndexOutOfBoundsException.class,
                        "index i", "[0, 29]", "was " + i));
            }
        }
        b.add(row("logFrequencies n = 0", () -> Spectrum.logFrequencies(1, 10, 0), IAE, "n", "[2, ", "was 0"));
        b.add(row("logFrequencies n huge", () -> Spectrum.logFrequencies(1, 10, Integer.MAX_VALUE), IAE, "n",
                "2147483647", "MiB"));
        return b.build();
    }

    private static void index(String accessor, int i) {
        switch (accessor) {
            case "frequency" -> DATA.frequency(i);
            case "re" -> DATA.re(i);
            case "im" -> DATA.im(i);
            case "modulus" -> DATA.modulus(i);
            default -> DATA.phase(i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void badInputIsRefusedWithTheParameterAndItsValue(Row r) {
        var thrown = assertThatThrownBy(r.call()::run).isExactlyInstanceOf(r.type());
        for (String fragment : r.fragments()) {
            thrown.hasMessageContaining(fragment);
        }
    }

    @Test
    void evaluateOverwritesItsOutputsWithoutReadingThem() {
        // the contract of Impedance.evaluate: re and im are outputs, their contents on entry do not matter
        double[] w = {1, 10, 100, 1e3};
        for (Impedance z : List.of(LAYER, new ChargeTransfer(1e-3, 0.1), new BrickLayer(1e-3, 1e-6, 1e-9, 1e-2, 1e-5,
                30, 30), GradedLayer.of(Profile.of(new double[] {0, 1e-6}, new double[] {1e-4, 1e-3}, "x", "m", "σ",
                "S/m"), 10), RC.with(10, 100, 1e-5))) {
            double[] re = new double[4];
            double[] im = new double[4];
            z.evaluate(w, re, im);
            double[] dirtyRe = {Double.NaN, Double.POSITIVE_INFINITY, -1e300, Double.NEGATIVE_INFINITY};
            double[] dirtyIm = {Double.POSITIVE_INFINITY, Double.NaN, 1e300, Double.NaN};
            z.evaluate(w, dirtyRe, dirtyIm);
            assertThat(dirtyRe).as("%s re", z).containsExactly(re);
            assertThat(dirtyIm).as("%s im", z).containsExactly(im);
        }
    }

    @Test
    void inRangeExtremesStillWork() {
        // the overflow checks refuse only what overflows: the extremes of real materials pass
        assertThat(new HomogeneousLayer(1e-10, 1e3, 1e5).apexFrequency()).isFinite().isPositive();
        assertThat(new HomogeneousLayer(1, 1e-20, 1).apexFrequency()).isFinite().isPositive();
        assertThat(ChargeTransfer.fromExchangeCurrent(1e-6, 1, 200, 1e-3).apexFrequency()).isFinite().isPositive();
        assertThat(DATA.re(29)).isFinite();
        assertThat(Spectrum.logFrequencies(1, 10, 2)).containsExactly(1, 10);
    }
}
