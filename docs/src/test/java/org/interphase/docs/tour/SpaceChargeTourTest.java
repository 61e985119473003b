package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The space-charge tour section runs and tells the Fig. 4 story. */
class SpaceChargeTourTest {

    @Test
    void printsTheThreeCasesOfFigureFour() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SpaceChargeTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("ionic LiCoO2", "electron-conducting LiCoO2", "5 nm LiNbO3", "minimum at", "Ω·cm²",
                "within 1 % of bulk");
        assertThat(text).doesNotContain("NaN");
    }
}
