package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpedanceTourTest {

    @Test
    void tourRecoversTheKatoResistancesAndDrawsTheNyquistPlot(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImpedanceTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
        String text = bytes.toString(StandardCharsets.UTF_8);
        // Kato et al. 2014 (via the review): 2600 Ω·cm² bare, 150 Ω·cm² with the Nb buffer
        assertThat(text).contains("interface 2600 ± ").contains(": 150 ± ");
        // two Debye arcs: the exact spectrum's DRT has two peaks, 1 % noise merges them (τ ratio 1.6)
        assertThat(text).contains("the DRT finds 2 peak(s)").contains("but 1 peak(s) once 1 % noise");
        assertThat(text).contains("44.9 kHz").contains("at 449 Hz");
        assertThat(dir.resolve("impedance-nyquist.png")).exists();
        assertThat(dir.resolve("impedance-nyquist.svg")).exists();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImpedanceTour.run(new PrintStream(plain, true, StandardCharsets.UTF_8));
        assertThat(plain.toString(StandardCharsets.UTF_8)).contains("lin-KK of the buffered spectrum");
    }
}
