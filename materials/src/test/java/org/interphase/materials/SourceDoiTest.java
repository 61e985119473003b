package org.interphase.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceDoiTest {

    @Test
    void aDoiMustHaveTheDoiSyntax() {
        assertThat(Source.of("Kato et al.", 2014, "J. Power Sources 260, 292", "10.1016/j.jpowsour.2014.02.102").doi())
                .contains("10.1016/j.jpowsour.2014.02.102");
        assertThatThrownBy(() -> Source.of("A", 2020, "J", "https://doi.org/10.1/x")).hasMessageContaining("DOI");
        assertThatThrownBy(() -> Source.of("A", 2020, "J", "not a doi")).hasMessageContaining("DOI");
    }

    @Test
    void everyBuiltInDoiHasTheDoiSyntax() {
        for (Material m : Materials.all()) {
            for (Source s : m.sources()) {
                s.doi().ifPresent(d -> assertThat(d).matches("10\\.\\d{4,9}/\\S+"));
            }
        }
    }
}
