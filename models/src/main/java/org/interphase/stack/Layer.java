package org.interphase.stack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Provenance;
import org.interphase.core.SinglePoint;
import org.interphase.core.TemperatureLaw;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.MissingDataException;
import org.interphase.materials.Property;

/**
 * A homogeneous layer of an interface stack (an interphase or a coating): a material and a
 * thickness, with the material's ionic conductivity at the stack temperature unless an effective
 * conductivity is given (fitted coating conductivities are often far below the bulk value).
 *
 * <p>The material's conductivity is its {@link Material#conductivityLaw() catalog law} evaluated at
 * the stack's temperature — the same law, the same value and the same refusals as a space-charge
 * phase built by {@code spacecharge.MaterialPhases} from that material. A σ(25 °C) without
 * activation energy holds at 25 °C only: at another temperature {@link #conductivity} refuses,
 * unless the layer opts in with {@link #assumeConstantConductivity()}, which {@link #assumptions()}
 * then lists and {@link #toString()} (so the budget line) shows.
 *
 * @param material the layer's material
 * @param thickness L, m (&ge; 0; a zero-thickness layer adds nothing)
 * @param effectiveConductivity effective ionic conductivity at every temperature, S/m (&gt; 0), or
 *     empty to use the material's temperature law
 * @param constantConductivityAssumed true if a catalog conductivity known at one temperature only is
 *     taken at every temperature (see {@link #assumeConstantConductivity()})
 */
public record Layer(Material material, double thickness, OptionalDouble effectiveConductivity,
        boolean constantConductivityAssumed) {

    /**
     * Validates the components.
     *
     * @param material the layer's material
     * @param thickness L, m (&ge; 0)
     * @param effectiveConductivity S/m (&gt; 0), or empty
     * @param constantConductivityAssumed whether a one-temperature catalog value is taken at every temperature
     */
    public Layer {
        if (material == null) {
            throw new IllegalArgumentException("layer material must not be null");
        }
        Checks.nonNegative(thickness, material.name() + " layer thickness", "m");
        if (effectiveConductivity == null) {
            throw new IllegalArgumentException(material.name() + " effective conductivity must not be null"
                    + " (OptionalDouble.empty() for the material's own law)");
        }
        if (effectiveConductivity.isPresent()) {
            Checks.positive(effectiveConductivity.getAsDouble(), material.name() + " effective conductivity", "S/m");
        }
    }

    /**
     * @param material the material
     * @param thickness L, m (&ge; 0)
     * @return a layer with the material's own conductivity law
     */
    public static Layer of(Material material, double thickness) {
        return new Layer(material, thickness, OptionalDouble.empty(), false);
    }

    /**
     * An interphase grown by the interdiffusion model: its thickness, and the effective conductivity
     * that gives the resistance the model computed (L/R_added), so the stack's line equals the
     * model's resistance.
     *
     * @param material the interphase's material (e.g. La2CoO4)
     * @param grown the grown interphase, from {@code org.interphase.diffusion}
     * @return the layer
     * @throws IllegalArgumentException if the grown interphase has no thickness or no resistance
     */
    public static Layer grown(Material material, org.interphase.diffusion.Interphase grown) {
        if (grown == null) {
            throw new IllegalArgumentException("grown interphase must not be null");
        }
        return of(material, grown.thickness()).withConductivity(grown.effectiveConductivity());
    }

    /**
     * @param conductivity effective ionic conductivity, S/m (&gt; 0)
     * @return this layer with that conductivity at every temperature (the caller's value, not an
     *     assumption of the layer)
     */
    public Layer withConductivity(double conductivity) {
        Checks.positive(conductivity, material.name() + " effective conductivity", "S/m");
        return new Layer(material, thickness, OptionalDouble.of(conductivity), constantConductivityAssumed);
    }

    /**
     * @param newThickness L, m (&ge; 0)
     * @return this layer with another thickness
     */
    public Layer withThickness(double newThickness) {
        return new Layer(material, newThickness, effectiveConductivity, constantConductivityAssumed);
    }

    /**
     * The explicit opt-in to a temperature-independent conductivity when the catalog knows the
     * material's conductivity at one temperature only (a σ(25 °C) without activation energy): the
     * layer then uses that value at every temperature, and {@link #assumptions()} lists it. No
     * effect on a material whose catalog entry has a temperature law, or on an effective
     * conductivity. The same opt-in exists on {@code spacecharge.MaterialPhases}.
     *
     * @return this layer with the opt-in
     */
    public Layer assumeConstantConductivity() {
        return new Layer(material, thickness, effectiveConductivity, true);
    }

    /**
     * The temperature law the layer evaluates: the effective conductivity if one is given, else the
     * material's catalog law (a one-temperature value taken as constant only after
     * {@link #assumeConstantConductivity()}).
     *
     * @return σ_ion(T), S/m; empty if the layer has no effective conductivity and the catalog no
     *     ionic conductivity for the material
     */
    public Optional<TemperatureLaw> conductivityLaw() {
        if (effectiveConductivity.isPresent()) {
            return Optional.of(Arrhenius.of(effectiveConductivity.getAsDouble(), 0));
        }
        return material.conductivityLaw().map(law -> constantConductivityAssumed && law instanceof SinglePoint p
                ? p.assumedConstant() : law);
    }

    /**
     * What the layer assumes rather than knows about its conductivity.
     *
     * @return one sentence per assumption (empty if none): a one-temperature catalog value taken at
     *     every temperature, worded as {@code MaterialPhases.Builder.assumptions()} words it
     */
    public List<String> assumptions() {
        return conductivityLaw().flatMap(TemperatureLaw::assumption).map(List::of).orElse(List.of());
    }

    /**
     * Where the layer's numbers come from: the sources of the catalog values it reads (the
     * conductivity law's values unless an effective conductivity is given, εr when it has a
     * capacitance) and {@link #assumptions()}. A layer of zero thickness reads nothing.
     *
     * @return the provenance (citations in {@link org.interphase.core.Citation#ORDER})
     */
    public Provenance provenance() {
        if (thickness == 0) {
            return Provenance.empty();
        }
        Provenance p = effectiveConductivity.isPresent() ? Provenance.empty() : material.conductivityProvenance();
        if (capacitance().isPresent()) {
            p = p.plus(material.provenance(Property.RELATIVE_PERMITTIVITY));
        }
        return p.plus(Provenance.of(List.of(), assumptions()));
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return σ_ion at T, S/m: the effective conductivity, or the material's temperature law at T
     * @throws IllegalArgumentException if T is not finite or not positive
     * @throws MissingDataException (an IllegalStateException) if no effective conductivity is set and the catalog has no
     *     conductivity for the material, or its law does not hold at T (a σ(25 °C) without
     *     activation energy at another temperature, a VTF law at or below T0); the message names the
     *     material, the law and what it lacks
     */
    public double conductivity(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        if (effectiveConductivity.isPresent()) {
            return effectiveConductivity.getAsDouble();
        }
        TemperatureLaw law = conductivityLaw().orElseThrow(() -> new MissingDataException(material.id(), material.id()
                + " layer: the catalog has no ionic conductivity for " + material.id() + " (needs "
                + Property.IONIC_CONDUCTIVITY + " with " + Property.IONIC_ACTIVATION_ENERGY
                + ", or the VTF parameters); give an effective conductivity with withConductivity(...)"));
        if (!law.covers(temperature)) {
            // the same refusal as spacecharge.Phase and Material.ionicConductivity: never a surrogate value
            throw new MissingDataException(material.id(), material.id() + " layer: its conductivity law " + law + " holds at T "
                    + law.validity() + ", not at " + temperature + " K; give an effective conductivity"
                    + " (withConductivity(...)) or, for a value known at one temperature, opt in to a"
                    + " temperature-independent σ (assumeConstantConductivity())");
        }
        return law.valueAt(temperature);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return R = L/σ(T), Ω·m² (0 for a zero-thickness layer, whatever its conductivity)
     * @throws IllegalStateException as {@link #conductivity(double)}, for a layer of non-zero thickness
     */
    public double resistance(double temperature) {
        return thickness == 0 ? 0.0 : thickness / conductivity(temperature);
    }

    /**
     * The geometric capacitance ε0·εr/L, which puts the layer's arc at f = σ/(2π·ε0·εr) whatever
     * its thickness.
     *
     * @return C, F/m², if the material has a permittivity and the layer a thickness
     */
    public OptionalDouble capacitance() {
        if (thickness == 0 || !material.has(Property.RELATIVE_PERMITTIVITY)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Constants.VACUUM_PERMITTIVITY * material.require(Property.RELATIVE_PERMITTIVITY)
                / thickness);
    }

    /**
     * @return e.g. {@code "LiNbO3 10.0 nm"}, {@code "Nb 10.0 nm (σ_eff 8.00e-09 S/cm)"} or
     *     {@code "LiNbO3 10.0 nm (σ(25 °C) assumed at every T)"}, locale-independent
     */
    @Override
    public String toString() {
        String sigma = effectiveConductivity.isPresent()
                ? String.format(Locale.ROOT, " (σ_eff %.3g S/cm)", Units.toSPerCm(effectiveConductivity.getAsDouble()))
                : assumptions().isEmpty() ? "" : " (σ(25 °C) assumed at every T)";
        return String.format(Locale.ROOT, "%s %.3g nm%s", material.name(), Units.toNm(thickness), sigma);
    }
}
