package org.interphase.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a result comes from: the {@link Citation}s of every catalog value it used, and the
 * assumptions it made — every value that was assumed, defaulted or derived rather than given, as a
 * sentence a reader can check ("LiNbO3 σ_ion(25 °C) taken at every temperature", "perfect contact
 * (f = 1): no contact state given").
 *
 * <p>Every result that can say so exposes {@code citations()} and {@code assumptions()} (and
 * {@code provenance()}, this object); a result built from others joins theirs with
 * {@link #plus(Provenance)}. Immutable: the {@code with…} methods and {@code plus} return copies.
 * The citations are a sorted set ({@link Citation#ORDER}); the assumptions keep the order in which
 * they were made, each once. So two runs of the same computation give the same exports, byte for
 * byte.
 */
public final class Provenance {

    private static final Provenance EMPTY = new Provenance(ImmutableSortedSet.of(), ImmutableList.of());

    private final ImmutableSortedSet<Citation> citations;
    private final ImmutableList<String> assumptions;

    private Provenance(ImmutableSortedSet<Citation> citations, ImmutableList<String> assumptions) {
        this.citations = citations;
        this.assumptions = assumptions;
    }

    /** @return no citations, no assumptions */
    public static Provenance empty() {
        return EMPTY;
    }

    /**
     * @param citations the works used (not null, no null element; duplicates kept once)
     * @param assumptions the assumptions, in order (not null, no null or blank element; duplicates
     *     kept once, at their first place)
     * @return the provenance
     * @throws NullPointerException if a collection or an element is null
     * @throws IllegalArgumentException if an assumption is blank
     */
    public static Provenance of(Collection<Citation> citations, Collection<String> assumptions) {
        Checks.nonNull(citations, "citations");
        Checks.nonNull(assumptions, "assumptions");
        for (Citation c : citations) {
            Checks.nonNull(c, "citation");
        }
        Set<String> a = new LinkedHashSet<>();
        for (String s : assumptions) {
            a.add(Checks.nonBlank(s, "assumption").strip());
        }
        return new Provenance(ImmutableSortedSet.copyOf(Citation.ORDER, citations), ImmutableList.copyOf(a));
    }

    /**
     * @param citation a work used (not null)
     * @return this provenance with the citation (the same if already present)
     * @throws NullPointerException if the citation is null
     */
    public Provenance withCitation(Citation citation) {
        Checks.nonNull(citation, "citation");
        if (citations.contains(citation)) {
            return this;
        }
        return new Provenance(ImmutableSortedSet.<Citation>orderedBy(Citation.ORDER).addAll(citations).add(citation)
                .build(), assumptions);
    }

    /**
     * @param assumption one sentence: what was assumed, defaulted or derived, and from what (not blank)
     * @return this provenance with the assumption appended (the same if already present)
     * @throws NullPointerException if the assumption is null
     * @throws IllegalArgumentException if it is blank
     */
    public Provenance withAssumption(String assumption) {
        String a = Checks.nonBlank(assumption, "assumption").strip();
        if (assumptions.contains(a)) {
            return this;
        }
        return new Provenance(citations, ImmutableList.<String>builder().addAll(assumptions).add(a).build());
    }

    /**
     * The union: citations of both, assumptions of this then those of the other not already here.
     *
     * @param other another provenance (not null)
     * @return the union
     * @throws NullPointerException if the other is null
     */
    public Provenance plus(Provenance other) {
        Checks.nonNull(other, "other provenance");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<String> a = new ArrayList<>(assumptions);
        a.addAll(other.assumptions);
        List<Citation> c = new ArrayList<>(citations);
        c.addAll(other.citations);
        return of(c, a);
    }

    /** @return the works used, in {@link Citation#ORDER} (immutable) */
    public ImmutableSortedSet<Citation> citations() {
        return citations;
    }

    /** @return what was assumed, defaulted or derived, in the order it was (immutable) */
    public ImmutableList<String> assumptions() {
        return assumptions;
    }

    /** @return true if there is neither a citation nor an assumption */
    public boolean isEmpty() {
        return citations.isEmpty() && assumptions.isEmpty();
    }

    /**
     * The keys of the citations in export order: {@link Citation#key()}, with a, b, … appended where
     * two works share one ("Ohta2006a", "Ohta2006b").
     *
     * @return key per citation, in {@link #citations()} order
     */
    public ImmutableList<String> keys() {
        Map<String, Integer> count = new HashMap<>();
        for (Citation c : citations) {
            count.merge(c.key(), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (Citation c : citations) {
            String k = c.key();
            if (count.get(k) > 1) {
                int i = seen.merge(k, 1, Integer::sum) - 1;
                k = k + suffix(i);
            }
            out.add(k);
        }
        return out.build();
    }

    private static String suffix(int i) {
        // a … z, then aa, ab …: never runs out
        return i < 26 ? String.valueOf((char) ('a' + i)) : suffix(i / 26 - 1) + (char) ('a' + i % 26);
    }

    /** @return every citation as a BibTeX entry, in {@link #citations()} order, separated by blank lines */
    public String toBibTeX() {
        StringBuilder sb = new StringBuilder();
        List<String> keys = keys();
        int i = 0;
        for (Citation c : citations) {
            sb.append(i == 0 ? "" : "\n").append(c.toBibTeX(keys.get(i++)));
        }
        return sb.toString();
    }

    /** @return the citations as a CSL-JSON array, one item per line, in {@link #citations()} order */
    public String toCslJson() {
        StringBuilder sb = new StringBuilder("[");
        List<String> keys = keys();
        int i = 0;
        for (Citation c : citations) {
            sb.append(i == 0 ? "\n  " : ",\n  ").append(c.toCslJson(keys.get(i++)));
        }
        return sb.append(citations.isEmpty() ? "]" : "\n]").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && p.citations.equals(citations) && p.assumptions.equals(assumptions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citations, assumptions);
    }

    /**
     * @return "sources:" and one citation per line, then "assumptions:" and one per line (only the
     *     parts that are not empty; "no sources, no assumptions" if both are)
     */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no sources, no assumptions";
        }
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        if (!citations.isEmpty()) {
            sb.append("sources:").append(nl);
            citations.forEach(c -> sb.append("  ").append(c).append(nl));
        }
        if (!assumptions.isEmpty()) {
            sb.append("assumptions:").append(nl);
            assumptions.forEach(a -> sb.append("  ").append(a).append(nl));
        }
        return sb.toString();
    }
}
