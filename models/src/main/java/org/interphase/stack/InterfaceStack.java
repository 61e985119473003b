package org.interphase.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Provenance;
import org.interphase.core.Units;
import org.interphase.materials.Material;

/**
 * One electrode | electrolyte interface as layers in series, from electrode to electrolyte:
 * <pre>
 *   electrode | interlayer | interphase | coating | space-charge zone | electrolyte
 *               + charge transfer, + contact (fraction f and constriction)
 * </pre>
 * A lithium-metal anode is the same stack with lithium as the electrode: Li | interlayer (Au, Li–Mg,
 * Al2O3…) | interphase (Li2S/Li3P on a thiophosphate, {@code anode.LithiumInterphase.toLayer}) |
 * electrolyte, with the contact state that stripping leaves ({@code anode.StrippingSolution.contactState()}).
 * A {@link CellStack} joins an anode and a cathode stack into one cell budget.
 * Every part except the two materials is optional; every default is visible in
 * {@link #toString()}. The stack is the <em>problem</em> of its family: a {@link StackSolver}
 * turns it into a {@link StackSolution} that holds its {@link ResistanceBudget} and the warnings
 * (each interfacial term — interphase, coating, space charge, charge transfer — acts on the real
 * contact area, so on the nominal area it is R/f with capacitance C·f; the constriction adds in
 * series).
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return modified copies, which is how the
 * {@code buffer} optimizer varies the coating thickness.
 */
public final class InterfaceStack {

    private final Material electrode;
    private final Material electrolyte;
    private final double temperature;
    private final Layer interlayer;
    private final Layer interphase;
    private final Layer coating;
    private final StackTerm spaceCharge;
    private final String spaceChargeName;
    private final List<StackTerm> terms;
    private final double chargeTransferResistance;
    private final double exchangeCurrentDensity;
    private final double doubleLayerCapacitance;
    private final ContactState contact;

    private InterfaceStack(Builder b) {
        this.exchangeCurrentDensity = b.exchangeCurrentDensity;
        this.terms = List.copyOf(b.terms);
        this.electrode = b.electrode;
        this.electrolyte = b.electrolyte;
        this.temperature = b.temperature;
        this.interlayer = b.interlayer;
        this.interphase = b.interphase;
        this.coating = b.coating;
        this.spaceCharge = b.spaceCharge;
        this.spaceChargeName = b.spaceChargeName;
        this.chargeTransferResistance = b.chargeTransferResistance;
        this.doubleLayerCapacitance = b.doubleLayerCapacitance;
        this.contact = b.contact;
    }

    /**
     * Starts a stack between two materials, at 25 °C, perfect contact, nothing else.
     *
     * @param electrode the electrode (cathode or anode)
     * @param electrolyte the solid electrolyte
     * @return a builder
     */
    public static Builder between(Material electrode, Material electrolyte) {
        return new Builder(electrode, electrolyte);
    }

    /** @return a builder holding this stack's settings */
    public Builder toBuilder() {
        Builder b = new Builder(electrode, electrolyte);
        b.temperature = temperature;
        b.interlayer = interlayer;
        b.interphase = interphase;
        b.coating = coating;
        b.spaceCharge = spaceCharge;
        b.spaceChargeName = spaceChargeName;
        b.terms.addAll(terms);
        b.chargeTransferResistance = chargeTransferResistance;
        b.exchangeCurrentDensity = exchangeCurrentDensity;
        b.doubleLayerCapacitance = doubleLayerCapacitance;
        b.contact = contact;
        return b;
    }

    /** @return the electrode material */
    public Material electrode() {
        return electrode;
    }

    /** @return the electrolyte material */
    public Material electrolyte() {
        return electrolyte;
    }

    /** @return T, K */
    public double temperature() {
        return temperature;
    }

    /** @return the interlayer between the electrode and the interphase (a metal, alloy or wetting layer on a lithium anode), if any */
    public Optional<Layer> interlayer() {
        return Optional.ofNullable(interlayer);
    }

    /** @return the interphase layer, if any */
    public Optional<Layer> interphase() {
        return Optional.ofNullable(interphase);
    }

    /** @return the coating layer, if any */
    public Optional<Layer> coating() {
        return Optional.ofNullable(coating);
    }

    /** @return the contact state */
    public ContactState contact() {
        return contact;
    }

    /**
     * @return the charge-transfer resistance on the real contact area at the stack's temperature,
     *     Ω·m² (R·T/(F·i0) when set from an exchange current; 0 if not set)
     */
    public double chargeTransferResistance() {
        if (exchangeCurrentDensity > 0) {
            return Constants.GAS_CONSTANT * temperature / (Constants.FARADAY * exchangeCurrentDensity);
        }
        return chargeTransferResistance;
    }

    /**
     * @param thickness coating thickness, m (&ge; 0)
     * @return this stack with the coating at that thickness
     * @throws IllegalStateException if the stack has no coating
     */
    public InterfaceStack withCoatingThickness(double thickness) {
        if (coating == null) {
            throw new IllegalStateException("the stack " + name() + " has no coating whose thickness could change");
        }
        return toBuilder().coating(coating.withThickness(thickness)).build();
    }

    /**
     * @param t temperature, K (&gt; 0)
     * @return this stack at another temperature
     */
    public InterfaceStack withTemperature(double t) {
        return toBuilder().temperature(t).build();
    }

    /**
     * @param state the contact state (null for perfect contact, {@link ContactState#PERFECT})
     * @return this stack with another contact state
     */
    public InterfaceStack withContact(ContactState state) {
        return toBuilder().contact(state).build();
    }

    /** @return {@code "electrode | interlayer | interphase | coating | electrolyte"} (the layers it has) */
    public String name() {
        StringBuilder sb = new StringBuilder(electrode.name());
        if (interlayer != null) {
            sb.append(" | ").append(interlayer);
        }
        if (interphase != null) {
            sb.append(" | ").append(interphase);
        }
        if (coating != null) {
            sb.append(" | ").append(coating);
        }
        return sb.append(" | ").append(electrolyte.name()).toString();
    }

    /**
     * The resistance budget on the nominal area, as {@code StackSolver.withDefaults().solve(this).budget()}:
     * a shortcut for the number table, without the solution's {@link StackSolution#warnings()}
     * (solve the stack with a {@link StackSolver} to see what the budget assumes).
     *
     * @return the budget; each line's resistance in Ω·m², capacitance in F/m²
     * @throws IllegalStateException as {@link StackSolver#solve(InterfaceStack)}
     */
    public ResistanceBudget budget() {
        return StackSolver.withDefaults().solve(this).budget();
    }

    /**
     * Where the stack's numbers come from, before any term is evaluated: each layer's
     * {@link Layer#provenance()} (its assumptions prefixed by its role and material, as
     * {@link StackSolution#warnings()} words them), and what the stack takes by default or derives —
     * perfect contact when no contact state was given, no charge-transfer line when none was given,
     * R_ct derived from i0, no space-charge term. {@link StackSolution#provenance()} adds the terms'.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        Provenance p = Provenance.empty();
        p = p.plus(layerProvenance("interlayer", interlayer));
        p = p.plus(layerProvenance("interphase", interphase));
        p = p.plus(layerProvenance("coating", coating));
        if (spaceCharge == null) {
            p = p.withAssumption("no space-charge term: the budget has no space-charge line (add one with"
                    + " InterfaceStack.Builder.spaceCharge)");
        }
        if (exchangeCurrentDensity > 0) {
            p = p.withAssumption(String.format(Locale.ROOT, "R_ct = R·T/(F·i0) derived from i0 = %.3g mA/cm² at %.1f °C"
                    + " (Butler–Volmer linearized for small overpotential, one electron)",
                    Units.toMAPerCm2(exchangeCurrentDensity), Units.toCelsius(temperature)));
        } else if (chargeTransferResistance == 0) {
            p = p.withAssumption("no charge-transfer resistance: none given (R_ct = 0)");
        }
        if (contact.equals(ContactState.PERFECT)) {
            p = p.withAssumption("perfect contact (contact fraction f = 1, no constriction): the default contact state");
        }
        return p;
    }

    private static Provenance layerProvenance(String role, Layer layer) {
        if (layer == null || layer.thickness() == 0) {
            return Provenance.empty();
        }
        Provenance own = layer.provenance();
        List<String> prefixed = new ArrayList<>();
        for (String a : own.assumptions()) {
            prefixed.add(role + " " + layer.material().name() + ": " + a);
        }
        return Provenance.of(own.citations(), prefixed);
    }

    /** @return the space-charge term, or null (for {@link StackSolver}) */
    StackTerm spaceChargeTerm() {
        return spaceCharge;
    }

    /** @return the further terms (for {@link StackSolver}) */
    List<StackTerm> furtherTerms() {
        return terms;
    }

    /** @return i0, A/m², or 0 if R_ct was given directly (for {@link StackSolver}) */
    double exchangeCurrentDensity() {
        return exchangeCurrentDensity;
    }

    /** @return C_dl, F/m² (for {@link StackSolver}) */
    double doubleLayerCapacitance() {
        return doubleLayerCapacitance;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "InterfaceStack[%s at %.1f °C; space charge: %s; %d further term%s; R_ct %s; %s]",
                name(), Units.toCelsius(temperature), spaceCharge == null ? "not modelled" : spaceChargeName,
                terms.size(), terms.size() == 1 ? "" : "s",
                chargeTransferResistance() > 0 ? String.format(Locale.ROOT, "%.4g Ω·cm²",
                        Units.toOhmCm2(chargeTransferResistance())) : "not set", contact);
    }

    /** Builds an {@link InterfaceStack}. Not thread-safe; the stack is. */
    public static final class Builder {
        private final Material electrode;
        private final Material electrolyte;
        private double temperature = Units.ROOM_TEMPERATURE;
        private Layer interlayer;
        private Layer interphase;
        private Layer coating;
        private StackTerm spaceCharge;
        private String spaceChargeName = "";
        private final List<StackTerm> terms = new ArrayList<>();
        private double chargeTransferResistance;
        private double exchangeCurrentDensity;
        private double doubleLayerCapacitance;
        private ContactState contact = ContactState.PERFECT;

        private Builder(Material electrode, Material electrolyte) {
            if (electrode == null || electrolyte == null) {
                throw new IllegalArgumentException("electrode and electrolyte must not be null");
            }
            this.electrode = electrode;
            this.electrolyte = electrolyte;
        }

        /**
         * @param t temperature, K (&gt; 0)
         * @return this builder
         */
        public Builder temperature(double t) {
            this.temperature = Checks.positive(t, "temperature", "K");
            return this;
        }

        /**
         * An interlayer right at the electrode, before the interphase: on a lithium anode a metal or
         * alloy film (Au, Ag, Mg, Li–Mg) or a wetting layer (ALD Al2O3). Like every layer it adds
         * R = L/σ(T) with its geometric capacitance, on the real contact area (R/f).
         *
         * @param layer the interlayer (null for none)
         * @return this builder
         */
        public Builder interlayer(Layer layer) {
            this.interlayer = layer;
            return this;
        }

        /**
         * @param layer the interphase between electrode and coating (null for none)
         * @return this builder
         */
        public Builder interphase(Layer layer) {
            this.interphase = layer;
            return this;
        }

        /**
         * @param material interphase material
         * @param thickness its thickness, m (&ge; 0)
         * @return this builder
         */
        public Builder interphase(Material material, double thickness) {
            return interphase(Layer.of(material, thickness));
        }

        /**
         * @param layer the coating (null for none)
         * @return this builder
         */
        public Builder coating(Layer layer) {
            this.coating = layer;
            return this;
        }

        /**
         * @param material coating material
         * @param thickness its thickness, m (&ge; 0)
         * @return this builder
         */
        public Builder coating(Material material, double thickness) {
            return coating(Layer.of(material, thickness));
        }

        /**
         * @param name how the term is described, e.g. {@code "Poisson–Boltzmann, lattice gas"} (null is
         *     taken as empty)
         * @param term the space-charge term (null for none)
         * @return this builder
         */
        public Builder spaceCharge(String name, StackTerm term) {
            this.spaceCharge = term;
            this.spaceChargeName = name == null ? "" : name;
            return this;
        }

        /**
         * Adds a further term to the budget (a coating trade-off term, a measured resistance, …).
         *
         * @param term the term (not null)
         * @return this builder
         */
        public Builder term(StackTerm term) {
            if (term == null) {
                throw new IllegalArgumentException("term must not be null");
            }
            terms.add(term);
            return this;
        }

        /**
         * @param resistance R_ct on the real contact area, Ω·m² (&ge; 0)
         * @param capacitance double-layer capacitance C_dl, F/m² (&ge; 0)
         * @return this builder
         */
        public Builder chargeTransfer(double resistance, double capacitance) {
            this.chargeTransferResistance = Checks.nonNegative(resistance, "charge-transfer resistance", "Ω·m²");
            this.exchangeCurrentDensity = 0;
            this.doubleLayerCapacitance = Checks.nonNegative(capacitance, "double-layer capacitance", "F/m²");
            return this;
        }

        /**
         * Charge transfer from an exchange current density, linearized Butler–Volmer for one
         * electron: R_ct = R·T/(F·i0), evaluated at the stack's temperature whenever the budget is
         * computed (so {@link InterfaceStack#withTemperature} moves it too).
         *
         * @param exchangeCurrentDensity i0, A/m² (&gt; 0)
         * @param capacitance C_dl, F/m² (&ge; 0)
         * @return this builder
         */
        public Builder exchangeCurrent(double exchangeCurrentDensity, double capacitance) {
            Checks.positive(exchangeCurrentDensity, "exchange current density", "A/m²");
            this.doubleLayerCapacitance = Checks.nonNegative(capacitance, "double-layer capacitance", "F/m²");
            this.chargeTransferResistance = 0;
            this.exchangeCurrentDensity = exchangeCurrentDensity;
            return this;
        }

        /**
         * @param state contact fraction and constriction (null for perfect contact, {@link ContactState#PERFECT})
         * @return this builder
         */
        public Builder contact(ContactState state) {
            this.contact = state == null ? ContactState.PERFECT : state;
            return this;
        }

        /** @return the stack */
        public InterfaceStack build() {
            return new InterfaceStack(this);
        }
    }
}
