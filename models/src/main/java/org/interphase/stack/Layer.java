package org.interphase.stack;

import java.util.Locale;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.Property;

/**
 * A homogeneous layer of an interface stack (an interphase or a coating): a material and a
 * thickness, with the material's ionic conductivity at the stack temperature unless an effective
 * conductivity is given (fitted coating conductivities are often far below the bulk value).
 *
 * @param material the layer's material
 * @param thickness L, m (&ge; 0; a zero-thickness layer adds nothing)
 * @param conductivityOverride effective ionic conductivity, S/m (&gt; 0), or NaN to use the
 *     material's temperature law
 */
public record Layer(Material material, double thickness, double conductivityOverride) {

    /**
     * Validates the components.
     *
     * @param material the layer's material
     * @param thickness L, m (&ge; 0)
     * @param conductivityOverride S/m (&gt; 0), or NaN
     */
    public Layer {
        if (material == null) {
            throw new IllegalArgumentException("layer material must not be null");
        }
        Checks.nonNegative(thickness, material.name() + " layer thickness", "m");
        if (!Double.isNaN(conductivityOverride)) {
            Checks.positive(conductivityOverride, material.name() + " effective conductivity", "S/m");
        }
    }

    /**
     * @param material the material
     * @param thickness L, m (&ge; 0)
     * @return a layer with the material's own conductivity law
     */
    public static Layer of(Material material, double thickness) {
        return new Layer(material, thickness, Double.NaN);
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
     * @return this layer with that conductivity at every temperature
     */
    public Layer withConductivity(double conductivity) {
        return new Layer(material, thickness, conductivity);
    }

    /**
     * @param newThickness L, m (&ge; 0)
     * @return this layer with another thickness
     */
    public Layer withThickness(double newThickness) {
        return new Layer(material, newThickness, conductivityOverride);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return σ_ion at T, S/m: the override, the material's temperature law, or — at 25 °C only — its
     *     catalog σ(25 °C) when it has no activation energy
     * @throws IllegalStateException if no override is set and the catalog has no conductivity law
     *     for this temperature
     */
    public double conductivity(double temperature) {
        if (!Double.isNaN(conductivityOverride)) {
            return conductivityOverride;
        }
        if (material.conductivityLaw().isEmpty() && material.has(Property.IONIC_CONDUCTIVITY)
                && Math.abs(temperature - Units.ROOM_TEMPERATURE) < 0.01) {
            // the catalog's σ is the 25 °C value; without an activation energy it holds at 25 °C only
            return material.require(Property.IONIC_CONDUCTIVITY);
        }
        return material.ionicConductivity(temperature);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return R = L/σ(T), Ω·m²
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s %.3g nm%s", material.name(), Units.toNm(thickness),
                Double.isNaN(conductivityOverride) ? ""
                        : String.format(Locale.ROOT, " (σ_eff %.3g S/cm)", Units.toSPerCm(conductivityOverride)));
    }
}
