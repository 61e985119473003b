package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CircuitTest {

    @Test
    void parsesTheImpedancePyExampleIntoATreeWithNamedParameters() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)-p(R2-Wo1,C2)");
        assertThat(c.toString()).isEqualTo("R0-p(R1,CPE1)-p(R2-Wo1,C2)");
        assertThat(c.parameterNames()).containsExactly("R0", "R1", "CPE1_0", "CPE1_1", "R2", "Wo1_0", "Wo1_1", "C2");
        assertThat(c.parameterUnits()).containsExactly("Ω", "Ω", "Ω⁻¹·s^α", "", "Ω", "Ω", "s", "F");
        assertThat(c.elementNames()).containsExactly("R0", "R1", "CPE1", "R2", "Wo1", "C2");
        assertThat(c.isExponent(3)).isTrue();
        assertThat(c.isExponent(2)).isFalse();
        assertThat(Circuit.parse(" R0 - p ( R1 , CPE1 ) - p(R2-Wo1, C2) ")).isEqualTo(c);
    }

    @Test
    void parsedCircuitEqualsTheSameCircuitBuiltInCodeAndTheHandComputedSum() {
        Circuit parsed = Circuit.parse("R0-p(R1,CPE1)-p(R2-Wo1,C2)");
        Circuit built = Circuit.series(Circuit.element("R0"),
                Circuit.parallel(Circuit.element("R1"), Circuit.element("CPE1")),
                Circuit.parallel(Circuit.series(Circuit.element("R2"), Circuit.element("Wo1")), Circuit.element("C2")));
        assertThat(built).isEqualTo(parsed);
        double[] p = parsed.parameters(Map.of("R0", 5.0, "R1", 20.0, "CPE1_0", 1e-5, "CPE1_1", 0.9, "R2", 30.0,
                "Wo1_0", 50.0, "Wo1_1", 2.0, "C2", 1e-6));
        double[] f = Spectrum.logFrequencies(1e-3, 1e7, 25);
        Spectrum a = parsed.spectrum(f, p);
        Spectrum b = built.spectrum(f, p);
        Spectrum r0 = Circuit.element("R0").spectrum(f, 5.0);
        Spectrum r1 = Circuit.element("R1").spectrum(f, 20.0);
        Spectrum q1 = Circuit.element("CPE1").spectrum(f, 1e-5, 0.9);
        Spectrum r2 = Circuit.element("R2").spectrum(f, 30.0);
        Spectrum wo = Circuit.element("Wo1").spectrum(f, 50.0, 2.0);
        Spectrum c2 = Circuit.element("C2").spectrum(f, 1e-6);
        for (int i = 0; i < f.length; i++) {
            org.apache.commons.math3.complex.Complex z = new org.apache.commons.math3.complex.Complex(r0.re(i), r0.im(i))
                    .add(par(c(r1, i), c(q1, i)))
                    .add(par(c(r2, i).add(c(wo, i)), c(c2, i)));
            assertThat(a.re(i)).isCloseTo(z.getReal(), within(1e-12 * z.abs()));
            assertThat(a.im(i)).isCloseTo(z.getImaginary(), within(1e-12 * z.abs()));
            assertThat(b.re(i)).isEqualTo(a.re(i));
            assertThat(b.im(i)).isEqualTo(a.im(i));
        }
    }

    private static org.apache.commons.math3.complex.Complex c(Spectrum s, int i) {
        return new org.apache.commons.math3.complex.Complex(s.re(i), s.im(i));
    }

    private static org.apache.commons.math3.complex.Complex par(org.apache.commons.math3.complex.Complex a,
            org.apache.commons.math3.complex.Complex b) {
        return a.multiply(b).divide(a.add(b));
    }

    @Test
    void namedParametersRoundTripAndBoundCircuitsCombine() {
        Circuit c = Circuit.parse("R0-K1");
        double[] p = {3, 7, 1e-3};
        assertThat(c.named(p)).containsExactly(Map.entry("R0", 3.0), Map.entry("K1_0", 7.0), Map.entry("K1_1", 1e-3));
        assertThat(c.parameters(c.named(p))).containsExactly(p);
        assertThat(c.parameterIndex("K1_1")).isEqualTo(2);
        Impedance two = Impedance.series(c.with(p), Circuit.parse("R9").with(1.0));
        Spectrum s = two.spectrum(new double[] {1e-9});
        assertThat(s.re(0)).isCloseTo(11.0, within(1e-9));
    }

    @Test
    void malformedStringsGiveTheirPosition() {
        assertThatThrownBy(() -> Circuit.parse("R0-p(R1,C1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unbalanced parentheses: '(' at position 4 is never closed");
        assertThatThrownBy(() -> Circuit.parse("R0-R1)")).hasMessageContaining("')' at position 5 has no matching '('");
        assertThatThrownBy(() -> Circuit.parse("R0-X1")).hasMessageContaining("unknown element 'X' in 'X1' at position 3")
                .hasMessageContaining("known elements: R, C, L, CPE");
        assertThatThrownBy(() -> Circuit.parse("R0-Q1")).hasMessageContaining("unknown element 'Q'");
        assertThatThrownBy(() -> Circuit.parse("R0--R1")).hasMessageContaining("unexpected '-' at position 3");
        assertThatThrownBy(() -> Circuit.parse("R0-")).hasMessageContaining("ends at position 3");
        assertThatThrownBy(() -> Circuit.parse("R1-p(R2,C1)-R1")).hasMessageContaining(
                "duplicate element name 'R1' at position 12 (first at 0)");
        assertThatThrownBy(() -> Circuit.parse("p(R1)")).hasMessageContaining("needs at least 2 branches");
        // the review found these reported as unbalanced parentheses
        assertThatThrownBy(() -> Circuit.parse("p(R1,)")).hasMessageContaining(
                "empty branch at position 5 in the parallel block opened at 1");
        assertThatThrownBy(() -> Circuit.parse("p()")).hasMessageContaining("empty branch at position 2");
        assertThatThrownBy(() -> Circuit.parse("p(R1,,R2)")).hasMessageContaining("empty branch at position 5");
        assertThatThrownBy(() -> Circuit.parse("p(R1,p(R2,))")).hasMessageContaining(
                "empty branch at position 10 in the parallel block opened at 6");
        assertThatThrownBy(() -> Circuit.parse("p(R1,R2))")).hasMessageContaining("')' at position 8 has no matching '('");
        assertThatThrownBy(() -> Circuit.parse("s(R1,R2)")).hasMessageContaining("unknown block 's(' at position 0");
        assertThatThrownBy(() -> Circuit.parse("R1 R2")).hasMessageContaining("unexpected 'R' at position 3");
        assertThatThrownBy(() -> Circuit.parse("")).hasMessageContaining("empty circuit string");
        assertThatThrownBy(() -> Circuit.parse("p(R1;R2)")).hasMessageContaining("unexpected ';' at position 4");
        // the caret line points at the position
        assertThatThrownBy(() -> Circuit.parse("R0-X1")).hasMessageEndingWith("R0-X1\n     ^");
    }

    @Test
    void badParametersAndFrequenciesAreRejectedClearly() {
        Circuit c = Circuit.parse("R0-p(R1,CPE1)");
        double[] f = {1, 10};
        assertThatThrownBy(() -> c.spectrum(f, 1, 2, 3)).hasMessageContaining("4 values for [R0, R1, CPE1_0, CPE1_1], was given 3");
        assertThatThrownBy(() -> c.spectrum(f, 1, -2, 1e-6, 0.9)).hasMessage("parameters[1] (R1) must be > 0 Ω, was -2.0 Ω");
        assertThatThrownBy(() -> c.spectrum(f, 1, 2, 1e-6, 1.2)).hasMessage("parameters[3] (CPE1_1) is an exponent and must be in (0, 1], was 1.2");
        assertThatThrownBy(() -> c.spectrum(f, 1, 2, 1e-6, 0)).hasMessage("parameters[3] (CPE1_1) is an exponent and must be in (0, 1], was 0.0");
        assertThatThrownBy(() -> c.spectrum(new double[] {1, -5}, 1, 2, 1e-6, 0.9))
                .hasMessage("frequencies[1] must be > 0 Hz, was -5.0 Hz");
        assertThatThrownBy(() -> c.spectrum(new double[] {1, Double.NaN}, 1, 2, 1e-6, 0.9))
                .hasMessageContaining("frequencies[1] must be a finite number");
        assertThatThrownBy(() -> c.parameters(Map.of("R0", 1.0))).hasMessageContaining("no value for parameter 'R1'");
        assertThatThrownBy(() -> c.parameters(Map.of("R7", 1.0))).hasMessageContaining("values holds 'R7', which is not a parameter");
        assertThatThrownBy(() -> Spectrum.of(new double[] {1, 2}, new double[] {1}, new double[] {1, 2}))
                .hasMessageContaining("must have the same length, were 2 and 1");
        assertThatThrownBy(() -> Circuit.series(Circuit.element("R1"), Circuit.element("R1")))
                .hasMessageContaining("duplicate element name 'R1'");
        assertThatThrownBy(() -> Circuit.element(ElementType.C, "R1")).hasMessageContaining("does not denote a C");
        assertThatThrownBy(() -> Circuit.element("1R")).hasMessageContaining("element name must be letters");
        assertThatThrownBy(() -> Impedance.series(c.with(1, 2, 1e-6, 0.9), HomogeneousLayer.of(1e-6, 1e-4, 30)))
                .hasMessageContaining("scale by the area");
    }

    @Test
    void seriesFlattensAndSingleElementsPrintThemselves() {
        Circuit a = Circuit.series(Circuit.series(Circuit.element("R1"), Circuit.element("C1")), Circuit.element("L1"));
        assertThat(a.toString()).isEqualTo("R1-C1-L1");
        assertThat(Circuit.series(Circuit.element("R1"))).isEqualTo(Circuit.element("R1"));
        assertThat(Circuit.parse("p(p(R1,C1),R2)").toString()).isEqualTo("p(p(R1,C1),R2)");
        assertThat(Circuit.parse("Wo_coat1").parameterNames()).isEqualTo(List.of("Wo_coat1_0", "Wo_coat1_1"));
    }

    @Test
    void spectrumPrintsAndFindsTheApex() {
        double r = 100;
        double c = 1e-6;
        Spectrum s = Circuit.parse("p(R1,C1)").spectrum(Spectrum.logFrequencies(1, 1e6, 121), r, c);
        // parabola through (log f, −Z'') near the apex ω = 1/(RC); −Z'' = R/2·sech(ln ωτ) is
        // symmetric in log f, so the parabolic estimate is accurate to a small fraction of a grid step
        assertThat(s.peakFrequency()).isCloseTo(1 / (2 * Math.PI * r * c), within(1 / (2 * Math.PI * r * c) * 1e-3));
        assertThat(s.toString()).startsWith("Spectrum[121 points, 1.000 … 1.000e+06 Hz, Z(1.000 Hz) = 100.00 − j0.062832 Ω");
        // Z(1 Hz) = R/(1 + x²) − jRx/(1 + x²) with x = 2π·1e-4
        assertThat(s.toTable()).contains("f (Hz)");
        // the same samples shuffled: the parabola must use the neighbours in frequency
        java.util.List<Integer> idx = new java.util.ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            idx.add(i);
        }
        java.util.Collections.shuffle(idx, new java.util.Random(4));
        double[] f = new double[s.size()];
        double[] re = new double[s.size()];
        double[] im = new double[s.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = s.frequency(idx.get(i));
            re[i] = s.re(idx.get(i));
            im[i] = s.im(idx.get(i));
        }
        assertThat(Spectrum.of(f, re, im).peakFrequency()).isEqualTo(s.peakFrequency());
    }

    @Test
    void parametersThatMakeZInfiniteAreAnIllegalArgument() {
        // a 1e-310 F capacitor at 1 mHz: |Z| = 1/(ωC) overflows
        assertThatThrownBy(() -> Circuit.parse("C1").spectrum(new double[] {1e-3}, 1e-310))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impedance is not finite at f = 0.001 Hz");
    }

    /** p(R0,p(R1,…p(R{n-1},C0)…)): n nested parallel blocks. */
    private static String nested(int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            sb.append("p(R").append(k).append(',');
        }
        sb.append("C0");
        return sb.append(")".repeat(n)).toString();
    }

    @Test
    void deepNestingIsRefusedWithItsPositionWhenParsedAndWhenBuilt() {
        // issue 13: 1,400–6,500 nested levels threw StackOverflowError in parsing and evaluation
        Circuit deepest = Circuit.parse(nested(Circuit.MAX_DEPTH));
        double[] p = new double[deepest.parameterCount()];
        java.util.Arrays.fill(p, 1.0);
        // R0 ‖ (R1 ‖ (… ‖ C0)): at ω → 0 the capacitor is open and 200 resistors of 1 Ω are in parallel
        Spectrum s = deepest.spectrum(new double[] {1e-9, 1e9}, p);
        assertThat(s.re(0)).isCloseTo(1.0 / Circuit.MAX_DEPTH, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.modulus(1)).isLessThan(1e-9);
        assertThat(deepest.toString()).isEqualTo(nested(Circuit.MAX_DEPTH));
        for (int n : new int[] {Circuit.MAX_DEPTH + 1, 6500, 100_000}) {
            String text = nested(n);
            int at = text.indexOf("p(", 0);
            for (int k = 0; k < Circuit.MAX_DEPTH; k++) {
                at = text.indexOf("p(", at + 1);
            }
            int open = at + 1;
            assertThatThrownBy(() -> Circuit.parse(text)).as("%d levels", n).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("invalid circuit string: parallel blocks nested deeper than 200 levels "
                            + "(Circuit.MAX_DEPTH) at position " + open + "\n");
        }
        // built in code: the same limit, checked as the tree grows
        Circuit c = Circuit.element("C0");
        for (int k = Circuit.MAX_DEPTH - 1; k >= 0; k--) {
            c = Circuit.parallel(Circuit.element("R" + k), c);
        }
        assertThat(c).isEqualTo(deepest);
        Circuit full = c;
        assertThatThrownBy(() -> Circuit.parallel(Circuit.element("R999"), full)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parallel blocks nested 201 levels deep, the limit is 200 levels (Circuit.MAX_DEPTH)");
        // series do not nest (they flatten), so a long series is no deeper than its parts
        Circuit[] chain = new Circuit[5000];
        for (int k = 0; k < chain.length; k++) {
            chain[k] = Circuit.element("R" + k);
        }
        Circuit series = Circuit.series(chain[0]);
        for (int k = 1; k < chain.length; k++) {
            series = Circuit.series(series, chain[k]);
        }
        assertThat(series.spectrum(new double[] {1}, ones(5000)).re(0)).isEqualTo(5000.0);
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        return v;
    }

    @Test
    void errorsInLongStringsShowAWindowAroundThePosition() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 100; k++) {
            sb.append("R").append(k).append('-');
        }
        String bad = sb + "R100?" + sb.toString().replace("R", "C");
        int at = bad.indexOf('?');
        String message = catchMessage(() -> Circuit.parse(bad));
        String[] lines = message.split("\n");
        assertThat(lines[1].length()).isLessThan(130);
        // the caret sits under the '?'
        assertThat(lines[1].charAt(lines[2].indexOf('^'))).isEqualTo('?');
        assertThat(lines[0]).contains("position " + at);
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no exception");
    }
}
