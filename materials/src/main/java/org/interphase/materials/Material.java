package org.interphase.materials;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Provenance;
import org.interphase.core.SinglePoint;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.Units;
import org.interphase.core.VogelTammannFulcher;

/**
 * An immutable material: identity (id, name, formula, aliases), {@link Role roles},
 * {@link Family family}, and sourced {@link PropertyValue property values} in SI.
 *
 * <pre>{@code
 * Material lco = Materials.get("LCO");
 * double eps = lco.require(Property.RELATIVE_PERMITTIVITY);      // 1
 * double sigma = Materials.LLZO.ionicConductivity(Units.celsius(60)); // S/m
 * Material mine = lco.toBuilder().property(Property.YOUNGS_MODULUS, Units.GPa(180), mySource).build();
 * System.out.println(lco);                                       // table of property, value, unit, source
 * }</pre>
 *
 * <p>A property that is not in the catalog is absent, never guessed: {@link #property(Property)}
 * is empty and {@link #require(Property)} throws an {@link IllegalStateException} telling the
 * user to pass the value explicitly.
 */
public final class Material {

    private final String id;
    private final String name;
    private final String formula;
    private final List<String> aliases;
    private final Set<Role> roles;
    private final Family family;
    private final Map<Property, PropertyValue> properties;
    private final OcvCurve ocv;
    private final String note;

    private Material(Builder b) {
        this.id = b.id;
        this.name = b.name == null || b.name.isBlank() ? b.id : b.name.strip();
        this.formula = b.formula == null ? "" : b.formula.strip();
        this.aliases = List.copyOf(b.aliases);
        this.roles = Collections.unmodifiableSet(b.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(b.roles));
        this.family = Objects.requireNonNull(b.family, () -> "material " + b.id + " needs a family");
        this.properties = Collections.unmodifiableMap(new EnumMap<>(b.properties));
        this.ocv = b.ocv;
        this.note = b.note == null ? "" : b.note.strip();
        validate();
    }

    private void validate() {
        window();
        if (has(Property.VTF_PREFACTOR) || has(Property.VTF_PSEUDO_ACTIVATION) || has(Property.VTF_REFERENCE_TEMPERATURE)) {
            if (!(has(Property.VTF_PREFACTOR) && has(Property.VTF_PSEUDO_ACTIVATION) && has(Property.VTF_REFERENCE_TEMPERATURE))) {
                throw new IllegalArgumentException(id + ": a VTF law needs all of VTF_PREFACTOR, VTF_PSEUDO_ACTIVATION"
                        + " and VTF_REFERENCE_TEMPERATURE");
            }
        }
    }

    private void window() {
        if (has(Property.STABILITY_WINDOW_LOW) && has(Property.STABILITY_WINDOW_HIGH)
                && !(require(Property.STABILITY_WINDOW_LOW) < require(Property.STABILITY_WINDOW_HIGH))) {
            throw new IllegalArgumentException(id + ": STABILITY_WINDOW_LOW must be < STABILITY_WINDOW_HIGH, were "
                    + require(Property.STABILITY_WINDOW_LOW) + " V and " + require(Property.STABILITY_WINDOW_HIGH) + " V");
        }
    }

    /**
     * A builder for a new material.
     *
     * @param id the unique identifier, e.g. "LiCoO2" or "my-coating" (letters, digits, and . _ - + ( ) only)
     * @return the builder; set at least the family
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return a builder holding this material's data, for a copy with changes */
    public Builder toBuilder() {
        Builder b = new Builder(id).name(name).formula(formula).family(family).note(note);
        b.aliases.addAll(aliases);
        b.roles.addAll(roles);
        b.properties.putAll(properties);
        b.ocv = ocv;
        return b;
    }

    /** @return the unique identifier */
    public String id() {
        return id;
    }

    /** @return the name, e.g. "lithium cobalt oxide" */
    public String name() {
        return name;
    }

    /** @return the chemical formula (may be empty for polymers or ill-defined phases) */
    public String formula() {
        return formula;
    }

    /** @return other names the material is found by, e.g. "LCO" */
    public List<String> aliases() {
        return aliases;
    }

    /** @return the roles (unmodifiable) */
    public Set<Role> roles() {
        return roles;
    }

    /**
     * @param role a role (not null)
     * @return whether the material has it
     * @throws NullPointerException if the role is null
     */
    public boolean hasRole(Role role) {
        return roles.contains(Checks.nonNull(role, "role"));
    }

    /** @return the chemical family */
    public Family family() {
        return family;
    }

    /** @return a remark on the material as a whole (phase, processing), empty if none */
    public String note() {
        return note;
    }

    /**
     * @param property a property (not null)
     * @return its sourced value, if the catalog has one
     * @throws NullPointerException if the property is null
     */
    public Optional<PropertyValue> property(Property property) {
        return Optional.ofNullable(properties.get(Checks.nonNull(property, "property")));
    }

    /**
     * @param property a property (not null)
     * @return whether the material has a value for it
     * @throws NullPointerException if the property is null
     */
    public boolean has(Property property) {
        return properties.containsKey(Checks.nonNull(property, "property"));
    }

    /**
     * The SI value of a property that a model cannot do without.
     *
     * @param property a property (not null)
     * @return its value, in {@link Property#siUnit()}
     * @throws NullPointerException if the property is null
     * @throws MissingDataException (an IllegalStateException) if the material has no value for it
     */
    public double require(Property property) {
        PropertyValue v = properties.get(Checks.nonNull(property, "property"));
        if (v == null) {
            throw new MissingDataException(id, id + " has no " + property + " in the catalog; pass the value explicitly");
        }
        return v.value();
    }

    /** @return all property values, in {@link Property} order (unmodifiable) */
    public Map<Property, PropertyValue> properties() {
        return properties;
    }

    /** @return the distinct sources behind this material's values, in property order */
    public List<Source> sources() {
        Set<Source> s = new LinkedHashSet<>();
        properties.values().forEach(v -> s.add(v.source()));
        if (ocv != null) {
            s.add(ocv.source());
        }
        return List.copyOf(s);
    }

    /**
     * The sources of the values a model reads from this material: one citation per distinct source
     * of the properties named (those the material has; the others add nothing, a model that needs
     * them fails on its own with {@link MissingDataException}).
     *
     * @param used the properties the model reads (not null, no null element)
     * @return the citations, no assumptions
     * @throws NullPointerException if the array or an element is null
     */
    public Provenance provenance(Property... used) {
        Checks.nonNull(used, "used properties");
        List<Citation> c = new ArrayList<>();
        for (Property p : used) {
            PropertyValue v = properties.get(Checks.nonNull(p, "used property"));
            if (v != null) {
                c.add(v.source().toCitation());
            }
        }
        return Provenance.of(c, List.of());
    }

    /**
     * The provenance of {@link #conductivityLaw()}: the sources of exactly the properties the law is
     * built from (the three VTF parameters, or σ(25 °C) with its activation energy, or σ(25 °C)
     * alone). What a model assumes about the law (a σ(25 °C) taken at every temperature) is the
     * model's to state: {@link TemperatureLaw#assumption()}.
     *
     * @return citations of the law's values; empty if the catalog has no conductivity
     */
    public Provenance conductivityProvenance() {
        if (has(Property.VTF_PREFACTOR)) {
            return provenance(Property.VTF_PREFACTOR, Property.VTF_PSEUDO_ACTIVATION, Property.VTF_REFERENCE_TEMPERATURE);
        }
        return provenance(Property.IONIC_CONDUCTIVITY, Property.IONIC_ACTIVATION_ENERGY);
    }

    /**
     * The temperature law of the ionic conductivity σ_ion(T), S/m, as the catalog gives it — the
     * one law every model that takes this material evaluates:
     * <ul>
     * <li>a {@link VogelTammannFulcher} law if the material has the three VTF parameters
     * (σ = A·T^(−½)·exp(−B/(T − T0)), A = {@link Property#VTF_PREFACTOR}, B =
     * {@link Property#VTF_PSEUDO_ACTIVATION}, T0 = {@link Property#VTF_REFERENCE_TEMPERATURE});</li>
     * <li>else an {@link Arrhenius} law through {@link Property#IONIC_CONDUCTIVITY} at 25 °C with
     * {@link Property#IONIC_ACTIVATION_ENERGY}, σ(T) = σ(T_ref)·exp(−(Ea/k_B)(1/T − 1/T_ref)),
     * T_ref = 298.15 K;</li>
     * <li>else, for a σ(25 °C) without activation energy, a {@link SinglePoint} that holds at
     * 25 °C only: no temperature dependence is invented. A model may let its user opt in to taking
     * it at every temperature ({@link SinglePoint#assumedConstant()}), an assumption it then lists.</li>
     * </ul>
     *
     * @return the law, empty if the catalog has no ionic conductivity for this material
     */
    public Optional<TemperatureLaw> conductivityLaw() {
        if (has(Property.VTF_PREFACTOR)) {
            return Optional.of(VogelTammannFulcher.of(require(Property.VTF_PREFACTOR),
                    require(Property.VTF_PSEUDO_ACTIVATION), require(Property.VTF_REFERENCE_TEMPERATURE)));
        }
        if (has(Property.IONIC_CONDUCTIVITY) && has(Property.IONIC_ACTIVATION_ENERGY)) {
            return Optional.of(Arrhenius.fromReference(require(Property.IONIC_CONDUCTIVITY), Units.ROOM_TEMPERATURE,
                    require(Property.IONIC_ACTIVATION_ENERGY)));
        }
        if (has(Property.IONIC_CONDUCTIVITY)) {
            return Optional.of(SinglePoint.of(require(Property.IONIC_CONDUCTIVITY), Units.ROOM_TEMPERATURE)
                    .withNote(id + " σ_ion in S/m: the catalog has " + Property.IONIC_CONDUCTIVITY + " at 25 °C but no "
                            + Property.IONIC_ACTIVATION_ENERGY + " or VTF parameters"));
        }
        return Optional.empty();
    }

    /**
     * Ionic conductivity at a temperature, from the material's {@link #conductivityLaw() law}.
     *
     * @param temperatureK T, K (&gt; 0)
     * @return σ_ion(T), S/m
     * @throws IllegalArgumentException if T is not finite or not positive
     * @throws MissingDataException (an IllegalStateException) if the catalog has no ionic
     *     conductivity for this material, or its law does not hold at T (a σ(25 °C) without activation energy at another temperature, a
     *     VTF law at or below T0); the message names the law and what it lacks
     */
    public double ionicConductivity(double temperatureK) {
        Checks.positive(temperatureK, "temperature", "K");
        TemperatureLaw law = conductivityLaw().orElseThrow(() -> new MissingDataException(id, id
                + " has no ionic conductivity in the catalog (needs " + Property.IONIC_CONDUCTIVITY + " with "
                + Property.IONIC_ACTIVATION_ENERGY + ", or the VTF parameters); pass the conductivity explicitly"));
        if (!law.covers(temperatureK)) {
            throw new MissingDataException(id, id + ": its ionic conductivity law " + law + " holds at T "
                    + law.validity() + ", not at " + temperatureK + " K; pass the conductivity explicitly");
        }
        return law.valueAt(temperatureK);
    }

    /**
     * The power-law creep of a metal, if the catalog has its four parameters
     * ({@link Property#CREEP_REFERENCE_STRESS}, {@link Property#CREEP_REFERENCE_STRAIN_RATE},
     * {@link Property#CREEP_STRESS_EXPONENT}, {@link Property#CREEP_ACTIVATION_ENERGY}); T_ref = 298.15 K.
     *
     * @return the law, if known
     */
    public Optional<CreepLaw> creepLaw() {
        if (has(Property.CREEP_REFERENCE_STRESS) && has(Property.CREEP_REFERENCE_STRAIN_RATE)
                && has(Property.CREEP_STRESS_EXPONENT) && has(Property.CREEP_ACTIVATION_ENERGY)) {
            return Optional.of(new CreepLaw(require(Property.CREEP_REFERENCE_STRESS),
                    require(Property.CREEP_REFERENCE_STRAIN_RATE), Units.ROOM_TEMPERATURE,
                    require(Property.CREEP_STRESS_EXPONENT), require(Property.CREEP_ACTIVATION_ENERGY)));
        }
        return Optional.empty();
    }

    /** @return the open-circuit voltage curve vs Li stoichiometry (cathodes), if known */
    public Optional<OcvCurve> openCircuitVoltage() {
        return Optional.ofNullable(ocv);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Material m && m.id.equals(id) && m.name.equals(name) && m.formula.equals(formula)
                && m.aliases.equals(aliases) && m.roles.equals(roles) && m.family == family
                && m.properties.equals(properties) && Objects.equals(m.ocv, ocv) && m.note.equals(note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, formula, aliases, roles, family, properties);
    }

    /** @return a table: header line, then one row per property (property, value, unit, source) */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(id);
        if (!name.equals(id)) {
            sb.append(" — ").append(name);
        }
        if (!formula.isEmpty() && !formula.equals(id)) {
            sb.append(" (").append(formula).append(')');
        }
        sb.append("\n  family ").append(family).append(", roles ").append(roles);
        if (!aliases.isEmpty()) {
            sb.append(", aliases ").append(String.join(", ", aliases));
        }
        if (!note.isEmpty()) {
            sb.append("\n  ").append(note);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"property", "value", "unit", "source"});
        for (PropertyValue v : properties.values()) {
            String src = v.source().shortCitation() + (v.note().isEmpty() ? "" : "; " + v.note());
            rows.add(new String[] {v.property().name(), v.displayText(), v.property().displayUnit(), src});
        }
        if (ocv != null) {
            rows.add(new String[] {"OCV(x)", String.format(java.util.Locale.ROOT, "%.3f–%.3f", ocv.voltage(ocv.xMax()),
                    ocv.voltage(ocv.xMin())), "V", ocv.source().shortCitation() + (ocv.note().isEmpty() ? "" : "; " + ocv.note())});
        }
        int[] w = new int[3];
        for (String[] r : rows) {
            for (int i = 0; i < 3; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            sb.append("\n  ").append(pad(r[0], w[0])).append("  ").append(pad(r[1], w[1])).append("  ")
                    .append(pad(r[2], w[2])).append("  ").append(r[3]);
        }
        if (properties.isEmpty() && ocv == null) {
            sb.append("\n  (no property values in the catalog)");
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** Builds a {@link Material}; every property value needs a {@link Source}. */
    public static final class Builder {
        private final String id;
        private String name;
        private String formula;
        private final List<String> aliases = new ArrayList<>();
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private Family family;
        private final Map<Property, PropertyValue> properties = new EnumMap<>(Property.class);
        private OcvCurve ocv;
        private String note;

        private Builder(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("material id must not be blank");
            }
            if (!id.strip().matches("[\\p{L}\\p{N}._+()\\-–]+")) {
                throw new IllegalArgumentException("material id may hold letters, digits and . _ + - ( ) only, was '"
                        + id + "'");
            }
            this.id = id.strip();
        }

        /**
         * @param name a readable name (null or blank: the id is the name)
         * @return this
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * @param formula the chemical formula (null or empty for none: polymers, ill-defined phases)
         * @return this
         */
        public Builder formula(String formula) {
            this.formula = formula;
            return this;
        }

        /**
         * @param aliases other names to look the material up by (added; not null, no element blank)
         * @return this
         * @throws NullPointerException if the array is null
         * @throws IllegalArgumentException if an alias is null or blank
         */
        public Builder aliases(String... aliases) {
            Checks.nonNull(aliases, "aliases");
            for (String a : aliases) {
                if (a == null || a.isBlank()) {
                    throw new IllegalArgumentException(id + ": an alias must not be blank");
                }
                if (!this.aliases.contains(a.strip())) {
                    this.aliases.add(a.strip());
                }
            }
            return this;
        }

        /**
         * Removes all aliases.
         *
         * @return this
         */
        public Builder clearAliases() {
            aliases.clear();
            return this;
        }

        /**
         * @param roles roles (added; not null, no element null)
         * @return this
         * @throws NullPointerException if the array or a role is null
         */
        public Builder roles(Role... roles) {
            Checks.nonNull(roles, "roles");
            for (Role r : roles) {
                this.roles.add(Checks.nonNull(r, "roles element"));
            }
            return this;
        }

        /**
         * Removes all roles.
         *
         * @return this
         */
        public Builder clearRoles() {
            roles.clear();
            return this;
        }

        /**
         * @param family the chemical family (not null)
         * @return this
         * @throws NullPointerException if the family is null
         */
        public Builder family(Family family) {
            this.family = Checks.nonNull(family, "family");
            return this;
        }

        /**
         * @param note a remark on the material as a whole (null or empty for none)
         * @return this
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Sets a property value (replacing any previous one).
         *
         * @param p the property (not null)
         * @param value its value, in {@link Property#siUnit()} (finite, {@link Property#isPossible possible}
         *     for the property)
         * @param source where it comes from (not null)
         * @return this
         * @throws NullPointerException if the property or the source is null
         * @throws IllegalArgumentException if the value is not possible for the property
         */
        public Builder property(Property p, double value, Source source) {
            return property(PropertyValue.of(p, value, source));
        }

        /**
         * Sets a property value with a note (e.g. "DFT", "amorphous film").
         *
         * @param p the property (not null)
         * @param value its value, in {@link Property#siUnit()} (finite, {@link Property#isPossible possible}
         *     for the property)
         * @param source where it comes from (not null)
         * @param note the note (null or empty for none)
         * @return this
         * @throws NullPointerException if the property or the source is null
         * @throws IllegalArgumentException if the value is not possible for the property
         */
        public Builder property(Property p, double value, Source source, String note) {
            return property(PropertyValue.of(p, value, source).withNote(note));
        }

        /**
         * @param value a complete property value (replacing any previous one; not null)
         * @return this
         * @throws NullPointerException if the value is null
         */
        public Builder property(PropertyValue value) {
            Checks.nonNull(value, "value");
            properties.put(value.property(), value);
            return this;
        }

        /**
         * @param property a property to remove (not null)
         * @return this
         * @throws NullPointerException if the property is null
         */
        public Builder remove(Property property) {
            properties.remove(Checks.nonNull(property, "property"));
            return this;
        }

        /**
         * @param curve the open-circuit voltage curve (null to remove)
         * @return this
         */
        public Builder openCircuitVoltage(OcvCurve curve) {
            this.ocv = curve;
            return this;
        }

        /**
         * @return the material
         * @throws IllegalArgumentException if the family is missing or values are inconsistent
         *     (stability window low ≥ high, an incomplete VTF law)
         */
        public Material build() {
            if (family == null) {
                throw new IllegalArgumentException("material " + id + " needs a family");
            }
            return new Material(this);
        }
    }
}
