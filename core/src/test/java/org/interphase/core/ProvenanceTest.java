package org.interphase.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final Citation KATO = Citation.of("Kato, Hamanaka, Yamamoto", 2014, "J. Power Sources 260, 292", null);
    private static final Citation OHTA_A = Citation.of("Ohta, Takada, Zhang", 2006, "Adv. Mater. 18, 2226",
            "10.1002/adma.200502604");
    private static final Citation OHTA_B = Citation.of("Ohta, Takada, Sakaguchi et al.", 2006, "Electrochem. Commun. 9, 1486",
            null);

    @Test
    void citationsAreSortedAndDeduplicatedWhateverTheOrderTheyCameIn() {
        Provenance a = Provenance.of(List.of(OHTA_A, KATO, OHTA_B, KATO), List.of("x", "y", "x"));
        Provenance b = Provenance.empty().withCitation(KATO).withCitation(OHTA_B).withCitation(OHTA_A)
                .withAssumption("x").withAssumption("y").withAssumption("x");
        assertThat(a).isEqualTo(b);
        assertThat(a.citations()).containsExactly(KATO, OHTA_B, OHTA_A);
        assertThat(a.assumptions()).containsExactly("x", "y");
        assertThat(a.toBibTeX()).isEqualTo(b.toBibTeX());
        assertThat(a.toCslJson()).isEqualTo(b.toCslJson());
    }

    @Test
    void authorsSortIgnoringCase() {
        Citation deKlerk = Citation.of("de Klerk, Wagemaker", 2018, "ACS Appl. Energy Mater. 1, 5609", null);
        Citation weis = Citation.of("Weis, Gaylord", 1985, "Appl. Phys. A 37, 191", null);
        assertThat(Provenance.of(List.of(weis, deKlerk, KATO), List.of()).citations()).containsExactly(deKlerk, KATO, weis);
    }

    @Test
    void plusKeepsTheFirstAssumptionsFirstAndJoinsTheCitations() {
        Provenance p = Provenance.of(List.of(KATO), List.of("a", "b")).plus(Provenance.of(List.of(OHTA_A), List.of("b", "c")));
        assertThat(p.assumptions()).containsExactly("a", "b", "c");
        assertThat(p.citations()).containsExactly(KATO, OHTA_A);
        assertThat(Provenance.empty().plus(p)).isSameAs(p);
    }

    @Test
    void keysAreDisambiguatedAndExportsCarryEveryField() {
        Provenance p = Provenance.of(List.of(OHTA_A, OHTA_B, KATO), List.of());
        assertThat(p.keys()).containsExactly("Kato2014", "Ohta2006a", "Ohta2006b");
        String bib = p.toBibTeX();
        assertThat(bib).contains("@misc{Ohta2006b,\n  author = {Ohta and Takada and Zhang},\n  year = {2006},\n"
                + "  howpublished = {Adv. Mater. 18, 2226},\n  doi = {10.1002/adma.200502604}\n}");
        assertThat(bib).contains("author = {Ohta and Takada and Sakaguchi and others}");
        String csl = p.toCslJson();
        assertThat(csl).startsWith("[\n  {\"id\": \"Kato2014\", \"type\": \"article\", \"author\": [{\"family\": \"Kato\"}, ")
                .contains("{\"literal\": \"et al.\"}").contains("\"issued\": {\"date-parts\": [[2006]]}")
                .contains("\"DOI\": \"10.1002/adma.200502604\"").endsWith("}\n]");
        assertThat(Provenance.empty().toCslJson()).isEqualTo("[]");
        assertThat(Provenance.empty().toBibTeX()).isEmpty();
    }

    @Test
    void jsonEscapesQuotesAndControlCharacters() {
        Citation c = Citation.of("O'Brien \"Jr\"", 2020, "Book\tTitle", null);
        assertThat(c.toCslJson("k")).contains("\"O'Brien \\\"Jr\\\"\"").contains("\"Book\\tTitle\"");
        assertThat(c.key()).isEqualTo("OBrienJr2020");
    }

    @Test
    void badInputIsRefusedWithItsName() {
        assertThatThrownBy(() -> Provenance.empty().withAssumption(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("assumption");
        assertThatThrownBy(() -> Citation.of("A", 99, "J", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("citation year");
    }

    @Test
    void progressBarDrawsOneLineWithoutEscapeCodesAndEndsIt() {
        StringBuilder out = new StringBuilder();
        ProgressBar bar = ProgressBar.to(out).withWidth(10);
        bar.progress(0, "start");
        bar.progress(0.004, "same percent: not redrawn");
        bar.progress(0.5, "half");
        bar.progress(1, "done");
        String nl = System.lineSeparator();
        // "half" is one character shorter than "start": one space covers the old line
        assertThat(out.toString()).isEqualTo("\r[          ]   0 % start\r[#####     ]  50 % half \r[##########] 100 % done" + nl);
        assertThat(out.toString()).doesNotContain("\u001b");
    }

    @Test
    void trackerIsMonotoneEndsAtOneOnceAndChecksTheToken() {
        java.util.List<Double> seen = new java.util.ArrayList<>();
        CancellationToken token = CancellationToken.create();
        ProgressTracker t = ProgressTracker.start((f, m) -> seen.add(f), token, "test");
        t.update(0.5, "a");
        t.update(0.3, "lower: raised to 0.5, not reported again");
        t.update(1.0, "kept below 1 until finish");
        t.finish("done");
        t.finish("twice");
        assertThat(seen).containsExactly(0.0, 0.5, Math.nextDown(1.0), 1.0);
        token.cancel();
        assertThatThrownBy(() -> t.checkCancelled("step 3")).isInstanceOf(CancelledException.class)
                .isInstanceOf(java.util.concurrent.CancellationException.class).hasMessage("test at step 3 was cancelled by its CancellationToken");
        assertThatThrownBy(() -> CancellationToken.none().cancel()).isInstanceOf(UnsupportedOperationException.class);
    }
}
