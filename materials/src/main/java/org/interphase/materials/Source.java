package org.interphase.materials;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a value comes from: authors, year, journal reference and, when known, the DOI.
 *
 * <p>{@code journal} holds the whole bibliographic location as people cite it
 * ("J. Power Sources 260, 292"), or a book / database name. The DOI is optional: the catalog
 * omits it rather than guess it.
 */
public final class Source {

    private final String authors;
    private final int year;
    private final String journal;
    private final String doi;

    private Source(String authors, int year, String journal, String doi) {
        this.authors = requireText(authors, "source authors");
        if (year < 1800 || year > 2100) {
            throw new IllegalArgumentException("source year must be in [1800, 2100], was " + year);
        }
        this.year = year;
        this.journal = requireText(journal, "source journal");
        this.doi = doi == null || doi.isBlank() ? null : doi.strip();
        if (this.doi != null && !this.doi.matches("10\\.\\d{4,9}/\\S+")) {
            throw new IllegalArgumentException("source DOI must look like 10.NNNN/suffix (no https://doi.org/ prefix), was '"
                    + this.doi + "'");
        }
    }

    /**
     * A source without DOI.
     *
     * @param authors e.g. "Kato, Hamanaka, Yamamoto, Hirayama, Sagane, Motoyama, Iriyama" or "Kato et al."
     *     (not null, not blank)
     * @param year publication year (in [1800, 2100])
     * @param journal journal, volume, first page (or book / database; not null, not blank)
     * @return the source
     * @throws NullPointerException if a text is null
     * @throws IllegalArgumentException if a text is blank or the year out of range
     */
    public static Source of(String authors, int year, String journal) {
        return new Source(authors, year, journal, null);
    }

    /**
     * A source with DOI.
     *
     * @param authors authors (not null, not blank)
     * @param year publication year (in [1800, 2100])
     * @param journal journal, volume, first page (not null, not blank)
     * @param doi the DOI, e.g. "10.1038/nmat4821" (null or blank for none)
     * @return the source
     * @throws NullPointerException if a text other than the DOI is null
     * @throws IllegalArgumentException if a text is blank, the year out of range or the DOI malformed
     */
    public static Source of(String authors, int year, String journal, String doi) {
        return new Source(authors, year, journal, doi);
    }

    /** @return the authors as cited */
    public String authors() {
        return authors;
    }

    /** @return the publication year */
    public int year() {
        return year;
    }

    /** @return journal, volume and page (or book / database) */
    public String journal() {
        return journal;
    }

    /** @return the DOI, if known */
    public Optional<String> doi() {
        return Optional.ofNullable(doi);
    }

    /** @return "Authors (year) Journal, doi:…" */
    public String citation() {
        return authors + " (" + year + ") " + journal + (doi == null ? "" : ", doi:" + doi);
    }

    /**
     * The same work as a core {@link org.interphase.core.Citation}, the form results list in their
     * {@code citations()} and export as BibTeX and CSL-JSON.
     *
     * @return authors, year, journal (as the citation's location) and DOI
     */
    public org.interphase.core.Citation toCitation() {
        return org.interphase.core.Citation.of(authors, year, journal, doi);
    }

    /** @return "FirstAuthor year", the short form used in tables */
    public String shortCitation() {
        String first = authors.split("[,;&]| and ")[0].strip();
        boolean several = authors.contains(",") || authors.contains("&") || authors.contains(" and ")
                || authors.contains("et al");
        if (first.endsWith("et al.")) {
            return first + " " + year;
        }
        return first + (several ? " et al." : "") + " " + year;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && s.year == year && s.authors.equals(authors) && s.journal.equals(journal)
                && Objects.equals(s.doi, doi);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authors, year, journal, doi);
    }

    @Override
    public String toString() {
        return citation();
    }

    private static String requireText(String s, String name) {
        return org.interphase.core.Checks.nonBlank(s, name).strip();
    }
}
