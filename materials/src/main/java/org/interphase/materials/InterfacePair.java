package org.interphase.materials;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;

/**
 * Data that belongs to a pair of materials in contact rather than to either one: interdiffusing
 * species with their diffusion parameters, reaction products with their onset temperatures,
 * measured interfacial resistances with their conditions, and sourced qualitative findings.
 *
 * <p>The pair is unordered: {@code InterfacePairs.get(a, b)} and {@code get(b, a)} give the same data.
 * Look pairs up with {@link InterfacePairs}; build your own with {@link #builder(Material, Material)}.
 */
public final class InterfacePair {

    private final String first;
    private final String second;
    private final List<Interdiffusion> interdiffusion;
    private final List<ReactionProduct> reactionProducts;
    private final List<InterfacialResistance> resistances;
    private final List<Observation> observations;

    private InterfacePair(Builder b) {
        this.first = b.first;
        this.second = b.second;
        this.interdiffusion = List.copyOf(b.interdiffusion);
        this.reactionProducts = List.copyOf(b.products);
        this.resistances = List.copyOf(b.resistances);
        this.observations = List.copyOf(b.observations);
        for (Interdiffusion d : interdiffusion) {
            if (!d.host().equals(first) && !d.host().equals(second)) {
                throw new IllegalArgumentException("diffusion host " + d.host() + " is neither " + first + " nor " + second);
            }
        }
    }

    /**
     * @param a one material (not null)
     * @param b the other (not null, a different material)
     * @return a builder for the pair's data
     * @throws NullPointerException if a material is null
     * @throws IllegalArgumentException if both are the same material
     */
    public static Builder builder(Material a, Material b) {
        Checks.nonNull(a, "a");
        Checks.nonNull(b, "b");
        return new Builder(a.id(), b.id());
    }

    /** @return id of the first material (as the pair was built) */
    public String first() {
        return first;
    }

    /** @return id of the second material */
    public String second() {
        return second;
    }

    /**
     * @param id a material id (null gives false)
     * @return whether the pair involves it
     */
    public boolean involves(String id) {
        return first.equals(id) || second.equals(id);
    }

    /** @return the interdiffusing species with their D0 and Ea */
    public List<Interdiffusion> interdiffusion() {
        return interdiffusion;
    }

    /** @return the reaction products */
    public List<ReactionProduct> reactionProducts() {
        return reactionProducts;
    }

    /** @return the measured interfacial resistances, in the order reported */
    public List<InterfacialResistance> resistances() {
        return resistances;
    }

    /** @return sourced qualitative findings */
    public List<Observation> observations() {
        return observations;
    }

    /** @return every source behind the pair's data */
    public List<Source> sources() {
        List<Source> s = new ArrayList<>();
        interdiffusion.forEach(d -> s.add(d.source()));
        reactionProducts.forEach(p -> s.add(p.source()));
        resistances.forEach(r -> s.add(r.source()));
        observations.forEach(o -> s.add(o.source()));
        return s.stream().distinct().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterfacePair p && p.first.equals(first) && p.second.equals(second)
                && p.interdiffusion.equals(interdiffusion) && p.reactionProducts.equals(reactionProducts)
                && p.resistances.equals(resistances) && p.observations.equals(observations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second, interdiffusion, reactionProducts, resistances, observations);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(first + " | " + second);
        section(sb, "interdiffusion", interdiffusion);
        section(sb, "reaction products", reactionProducts);
        section(sb, "interfacial resistance", resistances);
        section(sb, "observations", observations);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<?> items) {
        if (!items.isEmpty()) {
            sb.append("\n  ").append(title).append(':');
            items.forEach(i -> sb.append("\n    ").append(i));
        }
    }

    /** Builds an {@link InterfacePair}. */
    public static final class Builder {
        private final String first;
        private final String second;
        private final List<Interdiffusion> interdiffusion = new ArrayList<>();
        private final List<ReactionProduct> products = new ArrayList<>();
        private final List<InterfacialResistance> resistances = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();

        private Builder(String first, String second) {
            if (first.equals(second)) {
                throw new IllegalArgumentException("an interface pair needs two different materials, both were " + first);
            }
            this.first = first;
            this.second = second;
        }

        /**
         * @param d an interdiffusing species (not null; its host must be one of the pair, checked by
         *     {@link #build()})
         * @return this
         * @throws NullPointerException if {@code d} is null
         */
        public Builder interdiffusion(Interdiffusion d) {
            interdiffusion.add(Checks.nonNull(d, "interdiffusion"));
            return this;
        }

        /**
         * A reaction product with a reported onset temperature.
         *
         * @param phase product id or formula (not null, not blank)
         * @param onsetTemperature lowest temperature observed, K (&gt; 0, finite); use
         *     {@link #product(String, String, Source)} when none is reported
         * @param conditions how it formed (null for none)
         * @param source where reported (not null)
         * @return this
         * @throws NullPointerException if {@code phase} or {@code source} is null
         * @throws IllegalArgumentException if the phase is blank or the temperature out of range
         */
        public Builder product(String phase, double onsetTemperature, String conditions, Source source) {
            products.add(new ReactionProduct(phase, OptionalDouble.of(Checks.positive(onsetTemperature,
                    "onset temperature", "K")), conditions, source));
            return this;
        }

        /**
         * A reaction product whose onset temperature is not reported.
         *
         * @param phase product id or formula (not null, not blank)
         * @param conditions how it formed (null for none)
         * @param source where reported (not null)
         * @return this
         * @throws NullPointerException if {@code phase} or {@code source} is null
         * @throws IllegalArgumentException if the phase is blank
         */
        public Builder product(String phase, String conditions, Source source) {
            products.add(new ReactionProduct(phase, OptionalDouble.empty(), conditions, source));
            return this;
        }

        /**
         * @param r a measured resistance (not null)
         * @return this
         * @throws NullPointerException if {@code r} is null
         */
        public Builder resistance(InterfacialResistance r) {
            resistances.add(Checks.nonNull(r, "resistance"));
            return this;
        }

        /**
         * A measured resistance with no reported temperature or pressure (the review's numbers are at room temperature).
         *
         * @param ohmCm2 area-specific resistance, Ω·cm² (&gt; 0, finite)
         * @param condition the interface's treatment (null for none)
         * @param source where reported (not null)
         * @return this
         * @throws NullPointerException if {@code source} is null
         * @throws IllegalArgumentException if the resistance is out of range
         */
        public Builder resistanceOhmCm2(double ohmCm2, String condition, Source source) {
            Checks.positive(ohmCm2, "interfacial resistance", "Ω·cm²");
            return resistance(new InterfacialResistance(org.interphase.core.Units.ohmCm2(ohmCm2), condition,
                    OptionalDouble.empty(), OptionalDouble.empty(), InterfacialResistance.Bound.VALUE, source));
        }

        /**
         * @param text a finding (not null, not blank)
         * @param source where reported (not null)
         * @return this
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the text is blank
         */
        public Builder observation(String text, Source source) {
            observations.add(new Observation(text, source));
            return this;
        }

        /**
         * @return the pair
         * @throws IllegalArgumentException if a diffusion host is neither material of the pair
         */
        public InterfacePair build() {
            return new InterfacePair(this);
        }
    }
}
