package org.interphase.anode;

import java.util.Objects;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Display;
import org.interphase.core.RootFinder;
import org.interphase.core.TemperatureLaw;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;

/**
 * A lithium alloy electrode (a Li–Mg alloy anode, or a lithiated alloy layer between the lithium and the
 * electrolyte) stripped at a constant current: lithium reaches the electrolyte only by diffusion through
 * the alloy, so its concentration at the interface falls, and the electrode fails when it reaches the
 * lowest Li content the alloy phase holds. This is the diffusion-controlled depletion that Krauskopf et al.
 * (Adv. Energy Mater. 9, 1902568 (2019)) report for a Li–Mg (10 at% Mg) anode on LLZO, and the reason
 * Siniscalchi et al. (ACS Energy Lett. 7, 3593 (2022)) give for a Li–Mg electrode yielding less capacity
 * than lithium at large stripping currents: magnesium slows lithium diffusion.
 *
 * <p><b>Model.</b> A layer of thickness L, uniform Li concentration c₀ at t = 0, chemical diffusivity
 * D̃(T) taken as independent of concentration, the flux j/F leaving at the electrolyte side (x = 0) and
 * none at the back (x = L: a current collector, or the symmetry plane of a thicker electrode). The
 * diffusion equation has the closed-form solution (Carslaw &amp; Jaeger, <i>Conduction of Heat in Solids</i>,
 * 2nd ed. (1959), the slab with constant flux at one face; here derived by separation of variables)
 * <pre>
 *   c(0, t) = c₀ − (j·L/(F·D̃))·ψ(τ),     τ = D̃t/L²
 *   ψ(τ) = τ + 1/3 − (2/π²)·Σ_{k≥1} exp(−k²π²τ)/k²      (ψ(0) = 0; the layer drains as τ + 1/3 later)
 *   ψ(τ) = 2·√(τ/π)                                      for τ &lt; 0.02 (the semi-infinite solution; the
 *                                                         back face's image terms are below e^(−50) there)
 * </pre>
 * The interface is depleted to c_min at the time t_d where ψ(τ_d) = (c₀ − c_min)·F·D̃/(j·L); while the
 * diffusion length stays below L this is Sand's time (Sand, Phil. Mag. 1, 45 (1901); Bard &amp; Faulkner,
 * <i>Electrochemical Methods</i>, 2nd ed., §8.2):
 * <pre>
 *   t_Sand = π·D̃·F²·(c₀ − c_min)²/(4j²),     stripped capacity Q = j·t_d = π·D̃·F²·(c₀ − c_min)²/(4j)
 * </pre>
 * so the capacity falls as 1/j at high current and tends to the layer's lithium F·(c₀ − c_min)·L at low
 * current. The largest current that completes a strip of Q is the inverse, {@link #criticalCurrentDensity}.
 *
 * <p><b>Not modelled.</b> A concentration-dependent D̃, the moving interface as the alloy thins, voids in
 * the alloy, and the creep of the alloy (see {@link StrippingSolver} for lithium). {@link #liMg} builds the
 * Li0.9Mg0.1 anode of Krauskopf et al. 2019 from the catalog; for other alloys give D̃ yourself.
 *
 * @param name what it is, e.g. "Li–Mg 10 at% Mg" (not blank)
 * @param thickness L, m (&gt; 0, at most {@value #MAX_THICKNESS})
 * @param diffusivity D̃(T), the chemical diffusion coefficient of Li in the alloy, m²/s (not null)
 * @param concentration c₀, the Li concentration of the fresh alloy, mol/m³ (&gt; 0, at most
 *     {@value InterlayerTransport#MAX_CONCENTRATION})
 * @param minimumConcentration c_min, the lowest Li concentration of the alloy phase, mol/m³ (&ge; 0, &lt; c₀)
 */
public record AlloyAnode(String name, double thickness, TemperatureLaw diffusivity, double concentration,
        double minimumConcentration) {

    /** The largest thickness accepted, 1 m. */
    public static final double MAX_THICKNESS = 1.0;

    /** Below this τ = D̃t/L² the semi-infinite form is used (the image terms of the back face are below e^(−50)). */
    static final double SEMI_INFINITE_BELOW = 0.02;

    /**
     * Validates the components.
     *
     * @param name not blank
     * @param thickness L, m (&gt; 0, at most {@value #MAX_THICKNESS})
     * @param diffusivity D̃(T), m²/s (not null)
     * @param concentration c₀, mol/m³ (&gt; 0, at most {@value InterlayerTransport#MAX_CONCENTRATION})
     * @param minimumConcentration c_min, mol/m³ (&ge; 0, &lt; c₀)
     */
    public AlloyAnode {
        Checks.nonBlank(name, "name");
        Checks.positive(thickness, "alloy thickness", "m");
        // an electrode, not a slab of metres: beyond 1 m the inventory F·Δc·L leaves the double range
        Checks.atMost(thickness, MAX_THICKNESS, "alloy thickness", "m");
        Objects.requireNonNull(diffusivity, "diffusivity (temperature law, m²/s) must not be null");
        Checks.positive(concentration, "Li concentration", "mol/m³");
        Checks.atMost(concentration, InterlayerTransport.MAX_CONCENTRATION, "Li concentration", "mol/m³");
        Checks.nonNegative(minimumConcentration, "minimum Li concentration", "mol/m³");
        if (!(minimumConcentration < concentration)) {
            throw new IllegalArgumentException("minimum Li concentration must be < the Li concentration "
                    + concentration + " mol/m³, was " + minimumConcentration + " mol/m³");
        }
    }

    /** Room temperature of the Li–Mg diffusivity, 25 °C, K. */
    private static final double LI_MG_REFERENCE_TEMPERATURE = 298.15;
    /** Activation energy of D̃ in Li0.9Mg0.1, 0.57 eV (Krauskopf et al. 2019, as transcribed; see {@link #liMg}). */
    static final double LI_MG_ACTIVATION_ENERGY = 0.57 * Constants.ELEMENTARY_CHARGE;
    /** Li concentration of the fresh Li0.9Mg0.1 alloy, 69.6 mmol/cm³, mol/m³. */
    static final double LI_MG_CONCENTRATION = 69.6e3;
    /** Li concentration at the Li-poor edge of the β (bcc) phase, 24.0 mmol/cm³, mol/m³. */
    static final double LI_MG_MINIMUM_CONCENTRATION = 24.0e3;

    /**
     * The Li–Mg (10 at% Mg) alloy anode of Krauskopf et al. (Adv. Energy Mater. 9, 1902568 (2019)): the
     * catalog's D̃ of Li in Li0.9Mg0.1 at 25 °C ({@code Materials.LI_MG}, 3.0·10⁻¹¹ cm²/s) with their
     * activation energy 0.57 eV, the fresh alloy's 69.6 mmol/cm³ of Li and the β phase's lower bound
     * 24.0 mmol/cm³, below which Mg-rich α separates. These numbers were read in a transcription of the paper
     * (the docs of the public repository assb-lab/li-mg-diffusion-simulator), not in the paper itself; with
     * them this model gives the β-phase utilizations the paper reports at 10 and 100 µA/cm² for a 25 µm
     * layer (93 % and 41 %; AlloyAnodeTest).
     *
     * @param thickness L, m (&gt; 0, at most {@value #MAX_THICKNESS}; the paper's Fig. 9 uses 25 µm)
     * @return the alloy anode
     * @throws IllegalArgumentException if the thickness is out of range
     */
    public static AlloyAnode liMg(double thickness) {
        // the thickness is validated by the record's constructor, with the same message
        double d25 = Materials.LI_MG.require(Property.LI_DIFFUSIVITY);
        return new AlloyAnode("Li0.9Mg0.1 (Krauskopf et al. 2019)", thickness,
                Arrhenius.fromReference(d25, LI_MG_REFERENCE_TEMPERATURE, LI_MG_ACTIVATION_ENERGY),
                LI_MG_CONCENTRATION, LI_MG_MINIMUM_CONCENTRATION);
    }

    /** @return F·(c₀ − c_min)·L, the lithium the layer can give before its interface runs dry everywhere, C/m² */
    public double inventory() {
        return Constants.FARADAY * (concentration - minimumConcentration) * thickness;
    }

    /**
     * The dimensionless drop of the interface concentration.
     *
     * @param tau τ = D̃t/L² (&ge; 0, finite)
     * @return ψ(τ), so that c(0, t) = c₀ − (jL/(FD̃))·ψ(τ)
     */
    static double psi(double tau) {
        if (tau < SEMI_INFINITE_BELOW) {
            return 2 * Math.sqrt(tau / Math.PI);
        }
        double sum = 0;
        double a = Math.PI * Math.PI * tau;
        for (int k = 1; k <= 200; k++) {
            double term = Math.exp(-k * (double) k * a) / (k * (double) k);
            sum += term;
            if (term < 1e-18) {
                break;
            }
        }
        return tau + 1.0 / 3.0 - 2 / (Math.PI * Math.PI) * sum;
    }

    /** τ at which ψ(τ) = β (ψ increases from 0; ψ(τ) ≥ τ, so the root lies below β). */
    static double tauAt(double beta) {
        double betaSwitch = psi(SEMI_INFINITE_BELOW);
        if (beta < betaSwitch) {
            return Math.PI * beta * beta / 4;
        }
        return RootFinder.brent(t -> psi(t) - beta, SEMI_INFINITE_BELOW, Math.max(beta, SEMI_INFINITE_BELOW),
                1e-15 * Math.max(beta, 1));
    }

    private double d(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        double d = diffusivity.valueAt(temperature);
        if (!(d > 0)) {
            throw new IllegalArgumentException("the Li diffusivity of " + name + " is " + d + " m²/s at " + temperature
                    + " K: it must be > 0 there (the law " + diffusivity + " underflows)");
        }
        return d;
    }

    /**
     * The Li concentration at the electrolyte side after stripping for a time.
     *
     * @param currentDensity j, A/m² (&gt; 0, finite)
     * @param time t, s (&ge; 0, finite)
     * @param temperature T, K (&gt; 0, where the diffusivity law holds)
     * @return c(0, t) = c₀ − (jL/(FD̃))·ψ(D̃t/L²), mol/m³; below c_min the alloy has depleted there and
     *     the model (a single alloy phase) no longer holds
     * @throws IllegalArgumentException if an argument is out of range or the result overflows
     */
    public double interfaceConcentration(double currentDensity, double time, double temperature) {
        Checks.positive(currentDensity, "current density", "A/m²");
        Checks.nonNegative(time, "time", "s");
        double d = d(temperature);
        double tau = time * d / (thickness * thickness);
        return Checks.finiteResult(concentration - currentDensity * thickness / (Constants.FARADAY * d) * psi(tau),
                "interface Li concentration (mol/m³)", "current density = " + currentDensity + " A/m², time = " + time
                        + " s, D = " + d + " m²/s", "use a shorter time or a smaller current density");
    }

    /**
     * The time after which the interface is depleted to c_min.
     *
     * @param currentDensity j, A/m² (&gt; 0, finite)
     * @param temperature T, K (&gt; 0, where the diffusivity law holds)
     * @return t_d, s (Sand's time while the diffusion length stays below L)
     * @throws IllegalArgumentException if an argument is out of range or t_d overflows
     */
    public double depletionTime(double currentDensity, double temperature) {
        Checks.positive(currentDensity, "current density", "A/m²");
        double d = d(temperature);
        double beta = (concentration - minimumConcentration) * Constants.FARADAY * d / (currentDensity * thickness);
        return Checks.finiteResult(tauAt(Checks.finiteResult(beta, "dimensionless depletion β", "current density = "
                + currentDensity + " A/m²", "use a larger current density")) * thickness * thickness / d,
                "depletion time (s)", "current density = " + currentDensity + " A/m², D = " + d + " m²/s",
                "use a larger current density");
    }

    /**
     * Sand's time of the semi-infinite alloy, for comparison: equal to {@link #depletionTime} while
     * 2√(D̃t) stays below about L/4, and longer than it beyond (the back face makes the layer run out sooner).
     *
     * @param currentDensity j, A/m² (&gt; 0, finite)
     * @param temperature T, K (&gt; 0, where the diffusivity law holds)
     * @return t_Sand = π·D̃·F²·(c₀ − c_min)²/(4j²), s
     */
    public double sandTime(double currentDensity, double temperature) {
        Checks.positive(currentDensity, "current density", "A/m²");
        double d = d(temperature);
        double x = Constants.FARADAY * (concentration - minimumConcentration) / currentDensity;
        return Checks.finiteResult(Math.PI * d * x * x / 4, "Sand time (s)", "current density = " + currentDensity
                + " A/m², D = " + d + " m²/s", "use a larger current density");
    }

    /**
     * The charge stripped until the interface is depleted.
     *
     * @param currentDensity j, A/m² (&gt; 0, finite)
     * @param temperature T, K (&gt; 0, where the diffusivity law holds)
     * @return Q = j·t_d, C/m² (below {@link #inventory()})
     */
    public double strippedCapacity(double currentDensity, double temperature) {
        return Checks.finiteResult(currentDensity * depletionTime(currentDensity, temperature),
                "stripped capacity (C/m²)", "current density = " + currentDensity + " A/m²", null);
    }

    /**
     * The largest current density that strips a charge before the interface is depleted (the inverse of
     * {@link #strippedCapacity}, which falls with j).
     *
     * @param strippedCharge Q, C/m² (&gt; 0, below {@link #inventory()}; 3.6e4 C/m² is 1 mAh/cm²)
     * @param temperature T, K (&gt; 0, where the diffusivity law holds)
     * @return j_Q, A/m² (π·D̃·F²·(c₀ − c_min)²/(4Q) while Q is well below the inventory)
     * @throws IllegalArgumentException if Q is not below the inventory: no current strips it
     */
    public double criticalCurrentDensity(double strippedCharge, double temperature) {
        Checks.positive(strippedCharge, "stripped charge", "C/m²");
        double d = d(temperature);
        double q = strippedCharge / inventory();
        if (!(q < 1)) {
            throw new IllegalArgumentException("stripped charge must be < the lithium " + name + " can give, F·(c₀ −"
                    + " c_min)·L = " + inventory() + " C/m², was " + strippedCharge + " C/m²");
        }
        // q(β) = τ(β)/β rises from 0 (β → 0, q = πβ/4) to 1 (β → ∞, q ≥ 1 − 1/(3β)); j = F·Δc·D̃/(β·L)
        double betaSwitch = psi(SEMI_INFINITE_BELOW);
        double beta;
        if (q < SEMI_INFINITE_BELOW / betaSwitch) {
            beta = 4 * q / Math.PI;
        } else {
            double hi = Math.max(betaSwitch, 2 / (3 * (1 - q))); // q(hi) ≥ 1 − (1 − q)/2 > q
            beta = RootFinder.brent(b -> tauAt(b) / b - q, betaSwitch, hi, 1e-15 * hi);
        }
        return Checks.finiteResult(Constants.FARADAY * (concentration - minimumConcentration) * d / (beta * thickness),
                "critical current density (A/m²)", "stripped charge = " + strippedCharge + " C/m², D = " + d + " m²/s",
                null);
    }

    @Override
    public String toString() {
        return name + " " + Display.quantity(thickness, "m") + " (D̃ " + diffusivity + ", c_Li "
                + Display.quantity(concentration, "mol/m³") + " down to " + Display.quantity(minimumConcentration,
                "mol/m³") + ")";
    }
}
