package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composite-cathode section runs end to end, tells the size-ratio and breathing story, and draws its figure. */
class MicrostructureTourTest {

    @Test
    void smallElectrolyteParticlesUseMoreCamAndBreathingCostsActiveArea(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MicrostructureTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Shi et al.", "SE r = 1.0 µm", "SE r = 3.5 µm", "after 50 cycles", "utilization",
                "σ_ion", "σ_e", "R_ion");
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        // fresh (s = 0, 0 cycles) utilization of the small-SE electrode above that of the large-SE one
        Matcher m = Pattern.compile("s = 0\\.0 after  0 cycles: contact +([0-9.]+) %, active area +([0-9.]+) µm²/µm³,"
                + " utilization +([0-9.]+) %").matcher(text);
        double[] utilization = new double[2];
        int found = 0;
        while (m.find() && found < 2) {
            assertThat(Double.parseDouble(m.group(1))).isEqualTo(100.0);
            utilization[found++] = Double.parseDouble(m.group(3));
        }
        assertThat(found).isEqualTo(2);
        assertThat(utilization[0]).isGreaterThan(utilization[1]);
        // after 50 cycles the discharged electrode keeps less contact than fresh
        Matcher after = Pattern.compile("s = 0\\.0 after 50 cycles: contact +([0-9.]+) %").matcher(text);
        assertThat(after.find()).isTrue();
        assertThat(Double.parseDouble(after.group(1))).isLessThan(100.0);
        assertThat(dir.resolve("microstructure-nyquist.png")).exists();
        assertThat(dir.resolve("microstructure-nyquist.svg")).exists();
    }
}
