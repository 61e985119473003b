package org.interphase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.interphase.buffer.ExponentialSuppression;
import org.interphase.contact.Hertz;
import org.interphase.diffusion.Interphase;
import org.interphase.impedance.HomogeneousLayer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: results print the same text under every default locale (one display helper with
 * Locale.ROOT rules). A German default locale writes "5,313" with String.format without a locale.
 */
class LocaleIndependenceTest {

    private static final List<Supplier<Object>> RESULTS = List.of(
            () -> Hertz.atApproach(10e-6, 10e9, 50e-9),                       // contact
            () -> Interphase.uniform("La2CoO4", 50e-9, 1e-7),                 // diffusion
            () -> HomogeneousLayer.of(10e-9, 1e-4, 60),                       // impedance
            () -> ExponentialSuppression.calibrate(100e-4, 10e-4, 5e-9, 1e-4)); // buffer

    @Test
    void toStringIsTheSameUnderAGermanDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            List<String> root = RESULTS.stream().map(s -> s.get().toString()).toList();
            Locale.setDefault(Locale.GERMANY);
            List<String> german = RESULTS.stream().map(s -> s.get().toString()).toList();
            assertEquals(root, german);
            for (String text : german) {
                assertTrue(!text.matches("(?s).*\\d,\\d.*"), "decimal comma in " + text);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aLayerPrintsWithTheSiPrefixThatReadsBest() {
        // 10 nm, σ = 1e-4 S/m = 1 µS/cm, εr = 60: R = L/σ = 1e-4 Ω·m² = 1 Ω·cm²;
        // C = ε0·εr/L = 8.8541878128e-12·60/1e-8 = 0.05313 F/m² = 5.313 µF/cm²;
        // f_apex = σ/(2π·ε0·εr) = 1e-4/(2π·5.3125e-10 F/m) = 29.96 kHz
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("layer 10 nm, σ = 1 µS/cm, εr = 60: R = 1 Ω·cm², C = 5.313 µF/cm², f_apex = 29.96 kHz",
                    HomogeneousLayer.of(10e-9, 1e-4, 60).toString());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
