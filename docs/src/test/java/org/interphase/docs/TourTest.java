package org.interphase.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TourTest {

    @Test
    void tourRunsEverySectionAndNamesItsOutputFolder(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Tour.run(out, dir.resolve("tour"));
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (Tour.Section s : Tour.sections()) {
            assertThat(text).contains(s.title());
        }
        assertThat(text).contains("Tour finished").contains(dir.resolve("tour").toAbsolutePath().normalize().toString());
        assertThat(dir.resolve("tour")).isDirectory();
        // every figure the tour announces exists, as PNG and SVG, and is not empty
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("figure: (\\S+)\\.png").matcher(text);
        int figures = 0;
        while (m.find()) {
            for (String ext : new String[] {".png", ".svg"}) {
                Path f = dir.resolve("tour").resolve(m.group(1) + ext);
                assertThat(f).exists();
                assertThat(f.toFile().length()).as(f.toString()).isGreaterThan(1000);
            }
            figures++;
        }
        assertThat(figures).isPositive();
    }

    @Test
    void debyeLengthMatchesTheTextbookValueForWater() {
        // 0.1 mol/L 1:1 electrolyte in water (εr = 78.5, 25 °C): λ_D = 0.961 nm
        // (Israelachvili, Intermolecular and Surface Forces, 3rd ed. 2011, eq. 14.37: 0.304 nm/√c[M]).
        double c = 0.1 * 1e3 * org.interphase.core.Constants.AVOGADRO;
        double lambda = org.interphase.docs.tour.FoundationTourAccess.debyeLength(78.5, c, 298.15);
        assertThat(lambda).isCloseTo(0.304e-9 / Math.sqrt(0.1), org.assertj.core.api.Assertions.withinPercentage(0.5));
    }
}
