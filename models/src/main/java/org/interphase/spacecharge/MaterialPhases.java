package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Provenance;
import org.interphase.core.SinglePoint;
import org.interphase.core.TemperatureLaw;
import org.interphase.materials.Material;
import org.interphase.materials.Property;

/**
 * Builds junction {@link Phase}s from {@code org.interphase.materials} entries, so that
 * {@code LiCoO2 | LiNbO3 5 nm | Li3PS4} is a few lines:
 * <pre>{@code
 * Phase lco  = MaterialPhases.builder(Materials.LICOO2).electronConductor(true).build();
 * Phase lnb  = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).bulkOccupancy(1e-3).build();
 * Phase lps  = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
 * }</pre>
 *
 * <p>What is taken from the catalog, and what a value given to the builder replaces:
 * <ul>
 * <li>εr: {@link Property#RELATIVE_PERMITTIVITY};</li>
 * <li>the charge law: a Li⁺ {@link LatticeGas} of N = {@link Property#LI_SITE_DENSITY} sites with
 * occupancy θ∞ = {@link Property#MOBILE_CARRIER_DENSITY}/N if the catalog has a mobile carrier
 * density, else θ∞ = 1/2 (a model choice, stated in the phase's law; change it with
 * {@link Builder#bulkOccupancy});</li>
 * <li>σ∞(T): the material's own {@link Material#conductivityLaw() conductivity law}, evaluated at
 * the junction's temperature exactly as {@link Material#ionicConductivity} and
 * {@code stack.Layer} evaluate it — VTF as VTF, Arrhenius as Arrhenius, never a surrogate. A bare
 * σ(25 °C) without activation energy holds at 25 °C only: at another temperature the phase refuses
 * ({@link Phase#conductivityAt}), unless the caller opts in with
 * {@link Builder#assumeConstantConductivity()}, which {@link Builder#assumptions()} then lists. Not
 * required for an electron conductor, whose layer adds no resistance;</li>
 * <li>the Li chemical potential ({@link #lithiumChemicalPotential}): {@link Property#LI_CHEMICAL_POTENTIAL},
 * else −e·{@link Property#VOLTAGE_VS_LI} — of <em>neutral</em> Li, see that method before using a
 * difference of two as a junction's Li⁺ step.</li>
 * </ul>
 * Every value the builder assumed rather than read (θ∞ = 1/2 above all) is listed by
 * {@link Builder#assumptions()} and printed by {@link Builder#toString()}.
 * A value the catalog lacks and the builder was not given raises an {@link IllegalStateException}
 * that names the property and the builder method that supplies it.
 */
public final class MaterialPhases {

    private MaterialPhases() {}

    /**
     * @param material a catalog entry
     * @return a builder of the phase
     */
    public static Builder builder(Material material) {
        return new Builder(Objects.requireNonNull(material, "material"));
    }

    /**
     * The Li chemical potential of a material relative to Li metal: LI_CHEMICAL_POTENTIAL, or
     * −e·V_vs_Li.
     *
     * <p>This is the chemical potential of <em>neutral</em> Li (Li⁺ + e⁻), μ_Li = μ_Li⁺ + μ_e.
     * A {@link Junction} is driven by the step of the Li⁺ (ionic) standard chemical potential. The
     * difference of two values of this method equals that step only if the electrons of both
     * phases sit at one level (e.g. both in contact with one electron reservoir); at an electrode |
     * electrolyte contact the electrolyte has no electron level in the catalog, so the step derived
     * this way is an estimate of the Li⁺ step, not the step itself (research note space-charge.md
     * §2.10 treats Δμ as a sweep input of 0–1.5 eV for that reason).
     *
     * @param material the material
     * @return μ_Li, J
     * @throws IllegalStateException if the catalog has neither
     */
    public static double lithiumChemicalPotential(Material material) {
        Objects.requireNonNull(material, "material");
        if (material.has(Property.LI_CHEMICAL_POTENTIAL)) {
            return material.require(Property.LI_CHEMICAL_POTENTIAL);
        }
        if (material.has(Property.VOLTAGE_VS_LI)) {
            return -Constants.ELEMENTARY_CHARGE * material.require(Property.VOLTAGE_VS_LI);
        }
        throw new org.interphase.materials.MissingDataException(material.id(), material.id() + " has neither " + Property.LI_CHEMICAL_POTENTIAL + " nor "
                + Property.VOLTAGE_VS_LI + " in the catalog; give the Li⁺ step of the junction explicitly (in J, "
                + "e.g. Units.eV(0.5))");
    }

    /** Builds a {@link Phase} from a material; every setter replaces the catalog value. */
    public static final class Builder {
        private final Material material;
        private String name;
        private double relativePermittivity = Double.NaN;
        private double siteDensity = Double.NaN;
        private double bulkOccupancy = Double.NaN;
        private TemperatureLaw conductivity;
        private boolean constantConductivity;
        private boolean electronConductor;

        private Builder(Material material) {
            this.material = material;
            this.name = material.id();
        }

        /**
         * What {@link #build()} would assume rather than read from the catalog or the builder.
         *
         * @return one sentence per assumption (empty if none)
         */
        public List<String> assumptions() {
            List<String> list = new ArrayList<>();
            if (Double.isNaN(bulkOccupancy) && !material.has(Property.MOBILE_CARRIER_DENSITY)) {
                list.add("θ∞ = 1/2 assumed: " + material.id() + " has no " + Property.MOBILE_CARRIER_DENSITY
                        + " in the catalog (set bulkOccupancy(...))");
            }
            if (electronConductor && conductivity == null && !hasCatalogConductivity()) {
                list.add("no ionic conductivity: " + material.id() + " is an electron conductor without one "
                        + "(its layer adds no resistance; ionicOnly() will ask for one)");
            }
            if (conductivity == null) {
                catalogLaw().flatMap(TemperatureLaw::assumption).ifPresent(list::add);
            }
            return List.copyOf(list);
        }

        private boolean hasCatalogConductivity() {
            return material.conductivityLaw().isPresent();
        }

        /** The catalog's law, with a one-temperature value taken as constant only if the caller opted in. */
        private Optional<TemperatureLaw> catalogLaw() {
            return material.conductivityLaw().map(law -> constantConductivity && law instanceof SinglePoint p
                    ? p.assumedConstant() : law);
        }

        @Override
        public String toString() {
            List<String> a = assumptions();
            return "MaterialPhases.Builder[" + material.id() + (electronConductor ? ", electron conductor" : "")
                    + (a.isEmpty() ? "" : "; " + String.join("; ", a)) + "]";
        }

        /**
         * @param value the phase's label
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * @param value εr (&gt; 0)
         * @return this builder
         */
        public Builder relativePermittivity(double value) {
            this.relativePermittivity = Checks.positive(value, "relative permittivity", "");
            return this;
        }

        /**
         * @param value N, Li⁺ sites per m³ (&gt; 0)
         * @return this builder
         */
        public Builder siteDensity(double value) {
            this.siteDensity = Checks.positive(value, "Li site density", "1/m³");
            return this;
        }

        /**
         * @param value θ∞ in (0, 1)
         * @return this builder
         */
        public Builder bulkOccupancy(double value) {
            this.bulkOccupancy = Checks.inOpenRange(value, 0, 1, "bulk occupancy θ∞", "");
            return this;
        }

        /**
         * @param value σ∞, S/m (&gt; 0), the same at every temperature (the caller's choice, replacing
         *     the catalog's law)
         * @return this builder
         */
        public Builder conductivity(double value) {
            this.conductivity = Arrhenius.of(Checks.positive(value, "ionic conductivity", "S/m"), 0);
            return this;
        }

        /**
         * @param value σ∞(T), S/m: any temperature law (Arrhenius, VTF, a table, …), replacing the
         *     catalog's law
         * @return this builder
         */
        public Builder conductivity(TemperatureLaw value) {
            this.conductivity = Objects.requireNonNull(value, "conductivity");
            return this;
        }

        /**
         * The explicit opt-in to a temperature-independent σ∞ when the catalog knows the material's
         * conductivity at one temperature only (a σ(25 °C) without activation energy): the phase
         * then uses that value at every temperature, and {@link #assumptions()} lists it. Without
         * this, such a phase refuses any temperature but 25 °C. No effect on a material whose
         * catalog entry has a temperature law, or when a conductivity is given to this builder.
         * The same opt-in exists on {@code stack.Layer}.
         *
         * @return this builder
         */
        public Builder assumeConstantConductivity() {
            this.constantConductivity = true;
            return this;
        }

        /**
         * @param value whether the phase screens by electrons (an ideal conductor)
         * @return this builder
         */
        public Builder electronConductor(boolean value) {
            this.electronConductor = value;
            return this;
        }

        private double fromCatalog(Property p, double given, String method) {
            if (!Double.isNaN(given)) {
                return given;
            }
            if (!material.has(p)) {
                throw new org.interphase.materials.MissingDataException(material.id(), material.id() + " has no " + p + " in the catalog; give it with "
                        + "MaterialPhases.builder(...)." + method + "(...)");
            }
            return material.require(p);
        }

        /**
         * Builds the phase. θ∞ defaults to 1/2 when the catalog has no mobile carrier density and
         * none was given: a model choice, listed by {@link #assumptions()}.
         *
         * @return the phase
         * @throws IllegalStateException if a value is neither in the catalog nor given (the ionic
         *     conductivity is not required for an electron conductor)
         */
        public Phase build() {
            double eps = fromCatalog(Property.RELATIVE_PERMITTIVITY, relativePermittivity, "relativePermittivity");
            double sites = fromCatalog(Property.LI_SITE_DENSITY, siteDensity, "siteDensity");
            double theta = bulkOccupancy;
            if (Double.isNaN(theta)) {
                theta = material.has(Property.MOBILE_CARRIER_DENSITY)
                        ? material.require(Property.MOBILE_CARRIER_DENSITY) / sites : 0.5;
                Checks.inOpenRange(theta, 0, 1, material.id() + " mobile carrier density / site density", "");
            }
            TemperatureLaw sigma = conductivity != null ? conductivity
                    : electronConductor && !hasCatalogConductivity() ? null : catalogConductivity();
            return new Phase(name, eps, LatticeGas.lithium(sites, theta), sigma, electronConductor, provenance());
        }

        /**
         * The sources of the catalog values {@link #build()} reads (εr, site density, mobile carrier
         * density and conductivity law, each unless given to the builder) and {@link #assumptions()}.
         *
         * @return the provenance the built phase carries
         */
        public Provenance provenance() {
            List<Property> used = new ArrayList<>();
            if (Double.isNaN(relativePermittivity)) {
                used.add(Property.RELATIVE_PERMITTIVITY);
            }
            if (Double.isNaN(siteDensity)) {
                used.add(Property.LI_SITE_DENSITY);
            }
            if (Double.isNaN(bulkOccupancy)) {
                used.add(Property.MOBILE_CARRIER_DENSITY);
            }
            Provenance p = material.provenance(used.toArray(new Property[0]));
            if (conductivity == null) {
                p = p.plus(material.conductivityProvenance());
            }
            List<String> a = new ArrayList<>();
            for (String s : assumptions()) {
                a.add(name + ": " + s);
            }
            return p.plus(Provenance.of(List.of(), a));
        }

        private TemperatureLaw catalogConductivity() {
            // the material's own law, the one Material.ionicConductivity and stack.Layer evaluate
            return catalogLaw().orElseThrow(() -> new org.interphase.materials.MissingDataException(material.id(),
                    material.id() + " has no "
                    + Property.IONIC_CONDUCTIVITY + " in the catalog; give it with MaterialPhases.builder(...).conductivity(...)"));
        }
    }
}
