package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack tour section runs, optimizes the coatings through the solver contract and says why the optimum is where it is. */
class StackTourTest {

    @Test
    void printsTheBudgetsTheOptimaAndTheirWarnings(@TempDir Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StackTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("space charge", "LiNbO3", "Li4Ti5O12", "optimum", "Ω·cm²",
                "the optimizer warns", "electron-blocking bound", "wetted by lithiated Al2O3");
        // the optimum's citations (the LiNbO3 conductivity's source) and assumptions (θ∞ chosen, the derived thickness)
        assertThat(text).contains("sources (BibTeX", "assumed, defaulted or derived:", "derived by minimizing R_total");
        assertThat(text).doesNotContain("NaN");
    }
}
