package org.interphase.docs.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MaterialsTourTest {

    @Test
    void printsTheReviewsNumbersFromTheCatalog() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MaterialsTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        // Wang et al. 2018 review: Kato et al. 2014 (2600 → 150 Ω·cm²), Han et al. 2017 (1710 → 1 Ω·cm²),
        // Li et al. 2012 (Ta-LLZO 1e-3 S/cm), Robinson et al. 2018 (LiMnPO4 above 600 °C)
        assertThat(text).contains("catalog: 2600 Ω·cm²").contains("catalog: 150 Ω·cm²");
        assertThat(text).contains("catalog 1710 → 1 Ω·cm²");
        assertThat(text).contains("catalog 1.0e-03 S/cm");
        assertThat(text).contains("LiMnPO4 from 600 °C");
        assertThat(text).contains("NMC811 -5.1 %");
    }
}
