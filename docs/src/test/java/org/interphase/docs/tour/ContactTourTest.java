package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The contact tour section runs end to end and tells its story without a NaN. */
class ContactTourTest {

    @Test
    void printsStackPressureBreathingCreepAndTheBoundaryElementCheck() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ContactTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Krauskopf", "Ω·cm²", "elastic BEM", "Polonsky–Keer", "iterations", "NMC811 shrinks",
                "Li creep", "Monroe–Newman");
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
    }
}
