package org.interphase.cli;

import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.interphase.stack.ContactState;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Layer;
import org.interphase.stack.SpaceChargeTerms;

/**
 * Reads an interface stack from an input file (schema {@code schema/stack.schema.json}): the same
 * builder calls a Java user writes, with every value's unit stated (see {@link Quantities}) and every
 * library refusal reported at the value's position.
 */
final class StackInput {

    static final String[] STACK_KEYS = {"$schema", "description", "electrode", "electrolyte", "temperature",
        "interlayer", "interphase", "coating", "chargeTransfer", "contact", "spaceCharge"};

    private StackInput() {}

    /** Runs a library call for a value; its refusal becomes an error at the value's position. */
    static <T> T at(Node node, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InputException.at(node, node.label() + ": " + e.getMessage());
        }
    }

    static Material material(Node node) {
        String name = node.text();
        return at(node, () -> Materials.get(name));
    }

    /** @return the stack described by an object with {@link #STACK_KEYS} */
    static InterfaceStack read(Node node) {
        return read(node, STACK_KEYS);
    }

    static InterfaceStack read(Node node, String... allowedKeys) {
        node.object().only(allowedKeys);
        Material electrode = material(node.require("electrode", "a material id, alias or formula, e.g. \"LiCoO2\""));
        Material electrolyte = material(node.require("electrolyte", "a material, e.g. \"Li3PS4\""));
        InterfaceStack.Builder b = InterfaceStack.between(electrode, electrolyte);
        node.get("temperature").ifPresent(t -> at(t, () -> b.temperature(Quantities.si(t, "K"))));
        node.get("interlayer").ifPresent(l -> b.interlayer(layer(l)));
        node.get("interphase").ifPresent(l -> b.interphase(layer(l)));
        node.get("coating").ifPresent(l -> b.coating(layer(l)));
        node.get("chargeTransfer").ifPresent(ct -> chargeTransfer(ct, b));
        node.get("contact").ifPresent(c -> b.contact(contact(c)));
        node.get("spaceCharge").ifPresent(sc -> spaceCharge(sc, b, electrode, electrolyte));
        return at(node, b::build);
    }

    static Layer layer(Node node) {
        node.object().only("material", "thickness", "conductivity", "assumeConstantConductivity");
        Material m = material(node.require("material", "the layer's material"));
        Node t = node.require("thickness", "e.g. \"5 nm\"");
        Layer layer = at(t, () -> Layer.of(m, Quantities.si(t, "m")));
        Node sigma = node.get("conductivity").orElse(null);
        if (sigma != null) {
            Layer base = layer;
            layer = at(sigma, () -> base.withConductivity(Quantities.si(sigma, "S/m")));
        }
        Node constant = node.get("assumeConstantConductivity").orElse(null);
        if (constant != null && constant.bool()) {
            layer = layer.assumeConstantConductivity();
        }
        return layer;
    }

    private static void chargeTransfer(Node node, InterfaceStack.Builder b) {
        node.object().only("resistance", "exchangeCurrent", "capacitance");
        Node c = node.get("capacitance").orElse(null);
        double cap = c == null ? 0 : at(c, () -> Quantities.si(c, "F/m²"));
        Node r = node.get("resistance").orElse(null);
        Node i0 = node.get("exchangeCurrent").orElse(null);
        if ((r == null) == (i0 == null)) {
            throw InputException.at(node, "chargeTransfer needs exactly one of \"resistance\" (e.g. \"10 Ω·cm²\") "
                    + "and \"exchangeCurrent\" (e.g. \"1 mA/cm²\")");
        }
        if (r != null) {
            at(r, () -> b.chargeTransfer(Quantities.si(r, "Ω·m²"), cap));
        } else {
            at(i0, () -> b.exchangeCurrent(Quantities.si(i0, "A/m²"), cap));
        }
    }

    private static ContactState contact(Node node) {
        node.object().only("fraction", "constriction", "detail");
        Node f = node.require("fraction", "the fraction of the nominal area in contact, 0 < f ≤ 1");
        Node rc = node.get("constriction").orElse(null);
        String detail = node.get("detail").map(Node::text).orElse("given in the input file");
        double fraction = f.number();
        at(f, () -> new ContactState(fraction, 0, detail));
        if (rc == null) {
            return new ContactState(fraction, 0, detail);
        }
        return at(rc, () -> new ContactState(fraction, Quantities.si(rc, "Ω·m²"), detail));
    }

    private static void spaceCharge(Node node, InterfaceStack.Builder b, Material electrodeMaterial,
            Material electrolyteMaterial) {
        node.object().only("model", "lithiumStep", "electrode", "electrolyte", "coating", "coatingChemicalPotential");
        Node model = node.get("model").orElse(null);
        if (model != null && !model.text().equalsIgnoreCase("poisson-boltzmann")) {
            throw InputException.at(model, "spaceCharge.model must be \"poisson-boltzmann\" (the layered "
                    + "Poisson–Boltzmann solve), was " + model.describe());
        }
        Node step = node.require("lithiumStep", "Δμ of Li⁺ from electrode to electrolyte, e.g. \"0.5 eV\"");
        double dmu = Quantities.si(step, "J");
        Node dmuC = node.get("coatingChemicalPotential").orElse(null);
        double muCoating = dmuC == null ? 0 : Quantities.si(dmuC, "J");
        Phase electrode = phase(node.require("electrode", "the electrode phase, {} for catalog values only"),
                electrodeMaterial);
        Phase electrolyte = phase(node.require("electrolyte", "the electrolyte phase, {} for catalog values only"),
                electrolyteMaterial);
        Node coating = node.get("coating").orElse(null);
        Function<Material, Phase> coatingPhase = null;
        if (coating != null) {
            coating.object();
            // keys and values checked now, so a typo shows before any solve; the phase itself is built for
            // whichever coating material the stack holds (the optimizer and the screen change it)
            phaseBuilder(coating, null);
            coatingPhase = m -> phaseBuilder(coating, m).build();
        }
        Function<Material, Phase> cp = coatingPhase;
        at(node, () -> b.spaceCharge("Poisson–Boltzmann", SpaceChargeTerms.layered(electrode, electrolyte, dmu, cp,
                muCoating, LayeredSolver.withDefaults())));
    }

    private static Phase phase(Node node, Material material) {
        return at(node, () -> phaseBuilder(node, material).build());
    }

    /** A phase builder with the node's overrides; a null material only checks the node's keys and values. */
    private static MaterialPhases.Builder phaseBuilder(Node node, Material material) {
        node.object().only("relativePermittivity", "siteDensity", "bulkOccupancy", "conductivity", "electronConductor",
                "assumeConstantConductivity");
        OptionalDouble eps = optional(node, "relativePermittivity", "1");
        OptionalDouble sites = optional(node, "siteDensity", "1/m³");
        OptionalDouble theta = optional(node, "bulkOccupancy", "1");
        OptionalDouble sigma = optional(node, "conductivity", "S/m");
        boolean electron = node.get("electronConductor").map(Node::bool).orElse(false);
        boolean constant = node.get("assumeConstantConductivity").map(Node::bool).orElse(false);
        if (material == null) {
            return null;
        }
        MaterialPhases.Builder p = MaterialPhases.builder(material);
        eps.ifPresent(v -> at(node.get("relativePermittivity").get(), () -> p.relativePermittivity(v)));
        sites.ifPresent(v -> at(node.get("siteDensity").get(), () -> p.siteDensity(v)));
        theta.ifPresent(v -> at(node.get("bulkOccupancy").get(), () -> p.bulkOccupancy(v)));
        sigma.ifPresent(v -> at(node.get("conductivity").get(), () -> p.conductivity(v)));
        if (electron) {
            p.electronConductor(true);
        }
        if (constant) {
            p.assumeConstantConductivity();
        }
        return p;
    }

    private static OptionalDouble optional(Node node, String key, String si) {
        return node.get(key).map(n -> OptionalDouble.of(si.equals("1") ? n.number() : Quantities.si(n, si)))
                .orElse(OptionalDouble.empty());
    }
}
