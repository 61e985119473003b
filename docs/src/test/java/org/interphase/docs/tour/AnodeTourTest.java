package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anode tour section runs end to end, names the papers it compares with, and stays fast. */
class AnodeTourTest {

    @Test
    void printsEveryNumberBesideItsPaperWithoutANaN(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AnodeTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Kasemchainan", "Krauskopf", "Porz", "Han et al.", "Critical stripping current",
                "Void fraction after one 1 mAh/cm² strip", "anode share", "mA/cm²", "Ω·cm²", "Au", "Li–Mg",
                "flow stress of Li", "over temperature",
                "Aktekin", "Duan", "Li–Mg anode", "(paper 93 %)", "(paper 41 %)", "Siniscalchi");
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        assertThat(Files.readString(folder.resolve("anode-current-limit-llzo.csv"))).isNotEmpty();
    }
}
