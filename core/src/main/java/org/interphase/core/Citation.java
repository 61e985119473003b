package org.interphase.core;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One work a result relies on: authors as cited, year, the bibliographic location as people cite it
 * ("J. Power Sources 260, 292", or a book or database) and, when known, the DOI. The core form of a
 * catalog {@code materials.Source}, so that a result of any family can list its sources without
 * {@code core} knowing about materials.
 *
 * <p>Exported as BibTeX ({@link #toBibTeX(String)}) and CSL-JSON ({@link #toCslJson(String)}). The
 * location is not split into journal, volume and pages (the catalog does not split it), so BibTeX
 * gets an {@code @misc} entry with {@code howpublished} and CSL-JSON an {@code article} with
 * {@code container-title}: what reference managers import without inventing fields.
 *
 * <p>Immutable; ordered by first author, year, location, DOI ({@link #ORDER}), the order every
 * export uses.
 */
public final class Citation implements Comparable<Citation> {

    /**
     * The deterministic order of exports: authors (ignoring case, so "de Klerk" sorts among the Ds;
     * then exactly), year, location, DOI (absent first).
     */
    public static final Comparator<Citation> ORDER = Comparator.comparing(Citation::authors, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Citation::authors)
            .thenComparingInt(Citation::year).thenComparing(Citation::location)
            .thenComparing(c -> c.doi == null ? "" : c.doi);

    private final String authors;
    private final int year;
    private final String location;
    private final String doi;

    private Citation(String authors, int year, String location, String doi) {
        this.authors = Checks.nonBlank(authors, "citation authors").strip();
        Checks.inClosedRange(year, 1000, 2999, "citation year");
        this.year = year;
        this.location = Checks.nonBlank(location, "citation location").strip();
        this.doi = doi == null || doi.isBlank() ? null : doi.strip();
    }

    /**
     * A citation.
     *
     * @param authors authors as cited, e.g. "Kato, Hamanaka, Yamamoto" or "Bates et al." (not blank)
     * @param year publication year (in [1000, 2999])
     * @param location journal, volume and first page, or book / database (not blank)
     * @param doi the DOI without https://doi.org/ prefix; null or blank for none
     * @return the citation
     * @throws NullPointerException if the authors or the location is null
     * @throws IllegalArgumentException if a text is blank or the year out of range
     */
    public static Citation of(String authors, int year, String location, String doi) {
        return new Citation(authors, year, location, doi);
    }

    /** @return the authors as cited */
    public String authors() {
        return authors;
    }

    /** @return the publication year */
    public int year() {
        return year;
    }

    /** @return journal, volume and page, or book / database */
    public String location() {
        return location;
    }

    /** @return the DOI, if known */
    public Optional<String> doi() {
        return Optional.ofNullable(doi);
    }

    /**
     * The base of the BibTeX / CSL key: the first author's surname in ASCII letters, then the year
     * ("Kato2014"). Two works of the same first author and year share it; {@link Provenance} then
     * appends a, b, … in export order.
     *
     * @return e.g. {@code "Kato2014"}
     */
    public String key() {
        String first = authorList().get(0);
        String ascii = Normalizer.normalize(first, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return (ascii.isEmpty() ? "ref" : ascii) + year;
    }

    /**
     * The authors one by one, as written: split at commas, semicolons, "&amp;" and " and "; a
     * trailing "et al." becomes the marker {@code "others"} (BibTeX's own word for it).
     *
     * @return the authors (not empty)
     */
    public List<String> authorList() {
        List<String> out = new ArrayList<>();
        for (String part : authors.split(",|;|&| and ")) {
            String a = part.strip();
            if (a.endsWith("et al.")) {
                String head = a.substring(0, a.length() - "et al.".length()).strip();
                if (!head.isEmpty()) {
                    out.add(head);
                }
                out.add("others");
            } else if (!a.isEmpty()) {
                out.add(a);
            }
        }
        return out.isEmpty() ? List.of(authors) : List.copyOf(out);
    }

    /**
     * The BibTeX entry.
     *
     * @param key the entry key (not blank; {@link #key()} or a disambiguated form of it)
     * @return an {@code @misc} entry with author (joined by "and"), year, howpublished (the location)
     *     and doi when known
     * @throws IllegalArgumentException if the key is blank
     */
    public String toBibTeX(String key) {
        Checks.nonBlank(key, "BibTeX key");
        StringBuilder sb = new StringBuilder("@misc{").append(key.strip()).append(",\n");
        sb.append("  author = {").append(bib(String.join(" and ", authorList()))).append("},\n");
        sb.append("  year = {").append(year).append("},\n");
        sb.append("  howpublished = {").append(bib(location)).append('}');
        if (doi != null) {
            sb.append(",\n  doi = {").append(bib(doi)).append('}');
        }
        return sb.append("\n}\n").toString();
    }

    /**
     * The CSL-JSON item (one object of a CSL-JSON array).
     *
     * @param id the item id (not blank; {@link #key()} or a disambiguated form of it)
     * @return one JSON object with id, type "article", author (family names; "et al." as a literal),
     *     issued (the year), container-title (the location) and DOI when known
     * @throws IllegalArgumentException if the id is blank
     */
    public String toCslJson(String id) {
        Checks.nonBlank(id, "CSL-JSON id");
        StringBuilder sb = new StringBuilder("{\"id\": ").append(json(id.strip())).append(", \"type\": \"article\", \"author\": [");
        List<String> list = authorList();
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            sb.append(i == 0 ? "" : ", ").append(a.equals("others") || a.contains("(")
                    ? "{\"literal\": " + json(a.equals("others") ? "et al." : a) + "}"
                    : "{\"family\": " + json(a) + "}");
        }
        sb.append("], \"issued\": {\"date-parts\": [[").append(year).append("]]}, \"container-title\": ")
                .append(json(location));
        if (doi != null) {
            sb.append(", \"DOI\": ").append(json(doi));
        }
        return sb.append('}').toString();
    }

    /**
     * @param other another citation (not null)
     * @return the {@link #ORDER} comparison
     * @throws NullPointerException if the other is null
     */
    @Override
    public int compareTo(Citation other) {
        return ORDER.compare(this, Checks.nonNull(other, "other citation"));
    }

    private static String bib(String s) {
        // braces must balance inside a BibTeX field; the catalog's texts hold none, a user's might
        return s.replace("{", "").replace("}", "");
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citation c && c.year == year && c.authors.equals(authors) && c.location.equals(location)
                && Objects.equals(c.doi, doi);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authors, year, location, doi);
    }

    /** @return "Authors (year) Location, doi:…" */
    @Override
    public String toString() {
        return authors + " (" + year + ") " + location + (doi == null ? "" : ", doi:" + doi);
    }
}
