package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void siPrefixesThatMakeSense() {
        assertThat(Display.quantity(5.3e-7, "F/cm²")).isEqualTo("530 nF/cm²");
        // the example: 5.3125e-05 µF/cm² is 53.1 pF/cm²
        assertThat(Display.quantity(5.3125e-05, "µF/cm²")).isEqualTo("53.1 pF/cm²");
        assertThat(Display.quantity(5.3125e-05, "µF/cm²", 2)).isEqualTo("53 pF/cm²");
        assertThat(Display.quantity(4.6e-9, "m")).isEqualTo("4.6 nm");
        assertThat(Display.quantity(1234.5, "Ω·cm²")).isEqualTo("1.23 kΩ·cm²");
        assertThat(Display.quantity(38.2, "Ω·cm²")).isEqualTo("38.2 Ω·cm²");
        assertThat(Display.quantity(150, "Ω·cm²")).isEqualTo("150 Ω·cm²");
        assertThat(Display.quantity(2.0e-3, "S/cm", 2)).isEqualTo("2 mS/cm");
        assertThat(Display.quantity(1.0e-8, "S/cm")).isEqualTo("10 nS/cm");
        assertThat(Display.quantity(0.35, "eV")).isEqualTo("350 meV");
        assertThat(Display.quantity(50e9, "Pa")).isEqualTo("50 GPa");
        assertThat(Display.quantity(2.5, "mS/cm")).isEqualTo("2.5 mS/cm");
        assertThat(Display.quantity(2500, "mS/cm")).isEqualTo("2.5 S/cm");
        assertThat(Display.quantity(-4.6e-9, "m")).isEqualTo("-4.6 nm");
        // rounding first, then the prefix: 999.96 Ω to 3 digits is 1 kΩ, not "1000 Ω"
        assertThat(Display.quantity(999.96, "Ω")).isEqualTo("1 kΩ");
        assertThat(Display.quantity(0, "V")).isEqualTo("0 V");
        assertThat(Display.quantity(-0.0, "V")).isEqualTo("0 V");
    }

    @Test
    void unitsWithoutPrefixesAndDimensionlessNumbers() {
        assertThat(Display.quantity(298.15, "K")).isEqualTo("298 K");
        assertThat(Display.quantity(1500, "K")).isEqualTo("1500 K");
        assertThat(Display.quantity(700, "°C")).isEqualTo("700 °C");
        assertThat(Display.quantity(1.2e-14, "m²/s")).isEqualTo("1.2e-14 m²/s");
        assertThat(Display.quantity(0.123456, "")).isEqualTo("0.123");
        assertThat(Display.quantity(0.123456, null)).isEqualTo("0.123");
        assertThat(Display.number(0.000123456)).isEqualTo("1.23e-4");
        assertThat(Display.number(0.00123456)).isEqualTo("0.00123");
        assertThat(Display.number(123456)).isEqualTo("123000");
        assertThat(Display.number(1.5e6)).isEqualTo("1.5e6");
        assertThat(Display.number(-2.5e-12, 4)).isEqualTo("-2.5e-12");
        assertThat(Display.number(2.675, 3)).isEqualTo("2.68");
        assertThat(Display.number(1.0)).isEqualTo("1");
        assertThat(Display.number(Math.PI, 10)).isEqualTo("3.141592654");
        assertThat(Display.number(-0.0)).isEqualTo("0");
    }

    @Test
    void nonFiniteValuesPrintLiterally() {
        assertThat(Display.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Display.number(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(Display.quantity(Double.NEGATIVE_INFINITY, "Ω·cm²")).isEqualTo("-Infinity Ω·cm²");
    }

    @Test
    void digitsAreChecked() {
        assertThatThrownBy(() -> Display.number(1, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digits");
        assertThatThrownBy(() -> Display.quantity(1, "V", 18)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextIsTheSameUnderAGermanDefaultLocale() {
        double[] values = {5.3e-7, 4.6e-9, 1234.5, 0.35, 1.2e-14, 0.000123456, 123456, 2.675, -7.5e-3};
        String[] units = {"F/cm²", "m", "Ω·cm²", "eV", "m²/s", "", "K", "S/cm", "V"};
        List<String> root = render(values, units);
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.GERMANY);
            // the German default really formats differently: the test would catch a locale-dependent helper
            assertThat(String.format("%.2f", 1.5)).isEqualTo("1,50");
            assertThat(render(values, units)).isEqualTo(root);
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
        }
        assertThat(root).contains("530 nF/cm²", "-7.5 mV");
    }

    private static List<String> render(double[] values, String[] units) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(Display.quantity(values[i], units[i]));
            out.add(Display.number(values[i], 5));
        }
        return out;
    }
}
