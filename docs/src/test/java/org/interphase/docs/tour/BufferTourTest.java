package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The buffer tour section runs and reproduces Kato's Nb buffer. */
class BufferTourTest {

    @Test
    void printsTheCalibratedNbBuffer(@TempDir Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
        String text = bytes.toString(StandardCharsets.UTF_8);
        // Kato et al., J. Power Sources 260 (2014) 292: 2600 → 150 Ω·cm² at about 10 nm, the calibration points
        assertThat(text).contains("optimum 10.0 nm: 150.0 Ω·cm²", "0 nm → 2600 Ω·cm²", "M3");
        assertThat(text).doesNotContain("NaN");
    }
}
