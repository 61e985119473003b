package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffusionTourTest {

    @Test
    void sectionPrintsThePapersBesideTheModelAndDrawsItsFigure(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DiffusionTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Kim et al.").contains("Kato et al.").contains("Robinson et al.")
                .contains("stays below the onset").contains("figure: diffusion-co-profile.png")
                .contains("finite-volume TR_BDF2 vs erfc").contains("Picard iterations");
        assertThat(dir.resolve("diffusion-co-profile.png")).exists();
        assertThat(dir.resolve("diffusion-co-profile.svg")).exists();
    }
}
