package org.interphase.impedance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomElementTest {

    /** A resistor written as a custom element. */
    private static final CustomElement RESISTOR = CustomElement.of("Rx", List.of("R"), List.of("Ω"),
            (w, p, z) -> {
                z[0] = p[0];
                z[1] = 0.0;
            });

    /** R/(1 + (jωτ)^γ) written out by the user: the built-in Zarc, to compare with. */
    private static final CustomElement ARC = CustomElement.of("Arc", List.of("R", "τ", "γ"), List.of("Ω", "s", ""),
            (w, p, z) -> {
                double m = Math.pow(w * p[1], p[2]);
                double dr = 1 + m * Math.cos(p[2] * Math.PI / 2);
                double di = m * Math.sin(p[2] * Math.PI / 2);
                double d = dr * dr + di * di;
                z[0] = p[0] * dr / d;
                z[1] = -p[0] * di / d;
            }).withExponents("γ");

    private static final ElementRegistry REG = ElementRegistry.standard().with(RESISTOR).with(ARC);
    private static final double[] F = Spectrum.logFrequencies(1e5, 1e-2, 40);

    @Test
    void aCustomResistorGivesTheBuiltInSpectrumBitForBit() {
        Spectrum custom = REG.parse("R0-p(Rx1,C1)").spectrum(F, 10, 100, 1e-5);
        Spectrum builtIn = Circuit.parse("R0-p(R1,C1)").spectrum(F, 10, 100, 1e-5);
        assertThat(custom.real()).containsExactly(builtIn.real());
        assertThat(custom.imaginary()).containsExactly(builtIn.imaginary());
    }

    @Test
    void aCustomElementIsNamedValidatedAndFittedLikeABuiltInOne() {
        Circuit c = Circuit.parse("R0-Arc1", REG);
        assertThat(c.parameterNames()).containsExactly("R0", "Arc1_0", "Arc1_1", "Arc1_2");
        assertThat(c.parameterUnits()).containsExactly("Ω", "Ω", "s", "");
        assertThat(c.isExponent(3)).isTrue();
        assertThatThrownBy(() -> c.checkParameters(new double[] {1, 2, 3, 1.5}))
                .hasMessageContaining("exponent and must be in (0, 1]");
        // the data come from the built-in Zarc; the fit of the custom one recovers them
        double[] truth = {5, 80, 1e-3, 0.8};
        Spectrum data = Circuit.parse("R0-Zarc1").spectrum(F, truth);
        Spectrum same = c.spectrum(F, truth);
        for (int i = 0; i < F.length; i++) {
            assertThat(same.re(i)).isCloseTo(data.re(i), within(1e-12 * data.modulus(i)));
            assertThat(same.im(i)).isCloseTo(data.im(i), within(1e-12 * data.modulus(i)));
        }
        CircuitFitSolution fit = CircuitFitter.withDefaults().solve(CircuitFitProblem.of(c, data, 8, 50, 2e-3, 0.7));
        for (int k = 0; k < truth.length; k++) {
            assertThat(fit.parameters()[k]).isCloseTo(truth[k], within(1e-7 * truth[k]));
        }
    }

    @Test
    void namesThatClashAndBadArityAreRefusedClearly() {
        CustomElement r = CustomElement.of("R", List.of("R"), List.of("Ω"), (w, p, z) -> { });
        assertThatThrownBy(() -> ElementRegistry.standard().with(r))
                .hasMessageContaining("element code 'R' clashes with the built-in element R (resistor)");
        assertThatThrownBy(() -> REG.with(CustomElement.of("Arc", List.of("x"), List.of(""), (w, p, z) -> { })))
                .hasMessageContaining("element code 'Arc' is already registered");
        assertThatThrownBy(() -> CustomElement.of("p", List.of("x"), List.of(""), (w, p, z) -> { }))
                .hasMessageContaining("'p' is reserved");
        assertThatThrownBy(() -> CustomElement.of("Q2", List.of("x"), List.of(""), (w, p, z) -> { }))
                .hasMessageContaining("must be 1 to 32 letters").hasMessageContaining("'Q2'");
        assertThatThrownBy(() -> CustomElement.of("Q", List.of("a", "b"), List.of("Ω"), (w, p, z) -> { }))
                .hasMessageContaining("one unit per parameter, 2 for [a, b], was 1");
        assertThatThrownBy(() -> CustomElement.of("Q", List.of(), List.of(), (w, p, z) -> { }))
                .hasMessageContaining("must hold 1 to 16 names, was 0");
        assertThatThrownBy(() -> CustomElement.of("Q", List.of("a", "a"), List.of("", ""), (w, p, z) -> { }))
                .hasMessageContaining("'a' is repeated");
        assertThatThrownBy(() -> ARC.withExponents("β")).hasMessageContaining("'β', which is not a parameter");
        assertThatThrownBy(() -> REG.parse("R0-p(R1,Zz1)")).hasMessageContaining("unknown element 'Zz' in 'Zz1' at position 8")
                .hasMessageContaining("Rx, Arc");
    }

    @Test
    void theRegistryIsAValueNotGlobalState() {
        assertThat(ElementRegistry.standard().knows("Arc")).isFalse();
        assertThatThrownBy(() -> Circuit.parse("R0-Arc1")).hasMessageContaining("unknown element 'Arc'");
        // the same code in two registries: two different elements, two unequal circuits
        CustomElement other = CustomElement.of("Arc", List.of("R"), List.of("Ω"), (w, p, z) -> {
            z[0] = 2 * p[0];
            z[1] = 0;
        });
        ElementRegistry second = ElementRegistry.standard().with(other);
        Circuit a = REG.parse("Arc1");
        Circuit b = second.parse("Arc1");
        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(a).isNotEqualTo(b);
        assertThat(REG.parse("Arc1")).isEqualTo(a);
        assertThat(b.spectrum(new double[] {1}, 3.0).re(0)).isEqualTo(6.0);
        assertThat(REG.customElements()).containsExactly(RESISTOR, ARC);
        assertThat(ARC.toString()).isEqualTo("Arc(R [Ω], τ [s], γ in (0, 1]) custom element");
    }

    @Test
    void aCustomElementThatReturnsNonFiniteValuesIsReportedNotPropagated() {
        CustomElement bad = CustomElement.of("Bad", List.of("x"), List.of(""), (w, p, z) -> { });
        Circuit c = ElementRegistry.standard().with(bad).parse("R0-Bad1");
        assertThatThrownBy(() -> c.spectrum(F, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("impedance is not finite");
    }
}
