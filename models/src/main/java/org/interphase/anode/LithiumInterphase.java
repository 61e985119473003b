package org.interphase.anode;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Arrhenius;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.diffusion.GrowthLaw;
import org.interphase.diffusion.LinearParabolicGrowth;
import org.interphase.diffusion.ParabolicGrowth;
import org.interphase.materials.Material;
import org.interphase.stack.Layer;

/**
 * A reduction interphase on lithium metal: its type, its growth law (from
 * {@link org.interphase.diffusion}) and its ionic conductivity, so its area-specific resistance
 * R = x(t, T)/σ over time.
 * <ul>
 *   <li>{@link InterphaseType#STABLE}: x = x0, R constant.</li>
 *   <li>{@link InterphaseType#SELF_LIMITING}: {@link ParabolicGrowth}, x² = x0² + 2·k_p(T)·t, so
 *       R² = R0² + 2·(k_p/σ²)·t: the √t law of the interphase resistance of Li | thiophosphate cells
 *       (Wenzel et al., Chem. Mater. 28, 2400 (2016)).</li>
 *   <li>{@link InterphaseType#MIXED_CONDUCTING}: {@link LinearParabolicGrowth} (Deal–Grove), x²/B + x/(B/A) =
 *       t + const: linear, reaction-controlled growth x ≈ x0 + (B/A)·t as long as x ≪ A, which is how the
 *       mixed-conducting interphases of LGPS-type electrolytes grow.</li>
 * </ul>
 *
 * @param name what the interphase is, e.g. "Li2S/Li3P on Li6PS5Cl" (not blank)
 * @param type how it behaves
 * @param growth its growth law (empty for STABLE)
 * @param conductivity its ionic conductivity σ, S/m (&gt; 0)
 * @param initialThickness x0, m (&ge; 0; for STABLE its thickness)
 */
public record LithiumInterphase(String name, InterphaseType type, Optional<GrowthLaw> growth, double conductivity,
        double initialThickness) {

    /**
     * Validates the components.
     *
     * @param name not blank
     * @param type not null
     * @param growth not null; empty exactly for STABLE
     * @param conductivity σ, S/m (&gt; 0)
     * @param initialThickness x0, m (&ge; 0)
     */
    public LithiumInterphase {
        Checks.nonBlank(name, "interphase name");
        Objects.requireNonNull(type, "type (interphase type) must not be null");
        Objects.requireNonNull(growth, "growth (Optional growth law) must not be null");
        Checks.positive(conductivity, "interphase conductivity", "S/m");
        Checks.nonNegative(initialThickness, "initial thickness", "m");
        if (growth.isPresent() == (type == InterphaseType.STABLE)) {
            throw new IllegalArgumentException("a " + type + " interphase must " + (type == InterphaseType.STABLE
                    ? "not have" : "have") + " a growth law, was growth = " + growth);
        }
    }

    /**
     * @param name what it is (not blank)
     * @param thickness x, m (&ge; 0)
     * @param conductivity σ, S/m (&gt; 0)
     * @return a stable interphase (or none, thickness 0)
     */
    public static LithiumInterphase stable(String name, double thickness, double conductivity) {
        return new LithiumInterphase(name, InterphaseType.STABLE, Optional.empty(), conductivity, thickness);
    }

    /**
     * @param name what it is (not blank)
     * @param parabolicConstant k_p(T), m²/s, in x² = x0² + 2·k_p·t
     * @param conductivity σ, S/m (&gt; 0)
     * @param initialThickness x0, m (&ge; 0)
     * @return a self-limiting interphase
     */
    public static LithiumInterphase selfLimiting(String name, Arrhenius parabolicConstant, double conductivity,
            double initialThickness) {
        Objects.requireNonNull(parabolicConstant, "parabolicConstant (Arrhenius, m²/s) must not be null");
        return new LithiumInterphase(name, InterphaseType.SELF_LIMITING,
                Optional.of(new ParabolicGrowth(parabolicConstant, initialThickness)), conductivity, initialThickness);
    }

    /**
     * A self-limiting interphase from its measured resistance at two times at one temperature, the way
     * impedance reports it: k_p = σ²·(R1² − R0²)/(2·t1).
     *
     * @param name what it is (not blank)
     * @param conductivity σ of the interphase, S/m (&gt; 0)
     * @param initialResistance R0 at t = 0, Ω·m² (&ge; 0)
     * @param laterResistance R1 at t1, Ω·m² (&gt; R0)
     * @param time t1, s (&gt; 0)
     * @param temperature T of the measurement, K (&gt; 0)
     * @param activationEnergy Ea of k_p, J (&ge; 0)
     * @return the interphase
     */
    public static LithiumInterphase selfLimitingFromResistance(String name, double conductivity,
            double initialResistance, double laterResistance, double time, double temperature, double activationEnergy) {
        Checks.positive(conductivity, "interphase conductivity", "S/m");
        Checks.nonNegative(initialResistance, "initial resistance", "Ω·m²");
        Checks.positive(laterResistance, "later resistance", "Ω·m²");
        if (!(laterResistance > initialResistance)) {
            throw new IllegalArgumentException("later resistance must be > initial resistance " + initialResistance
                    + " Ω·m², was " + laterResistance + " Ω·m²");
        }
        Checks.positive(time, "time", "s");
        Checks.positive(temperature, "temperature", "K");
        Checks.nonNegative(activationEnergy, "activation energy", "J");
        double x0 = initialResistance * conductivity;
        double x1 = laterResistance * conductivity;
        double kp = (x1 - x0) * (x1 + x0) / (2 * time);
        if (!(kp > 0) || !Double.isFinite(kp) || !Double.isFinite(x0) || !Double.isFinite(x1)) {
            throw new IllegalArgumentException("parabolic constant k_p = σ²·(R1² − R0²)/(2·t1) = " + kp + " m²/s is outside"
                    + " the double range for conductivity = " + conductivity + " S/m, initialResistance = "
                    + initialResistance + " Ω·m², laterResistance = " + laterResistance + " Ω·m², time = " + time
                    + " s: check the units (σ in S/m, R in Ω·m², t in s)");
        }
        return selfLimiting(name, Arrhenius.fromReference(kp, temperature, activationEnergy), conductivity, x0);
    }

    /** SEI thickness per lithium consumed on Li6PS5Cl, ≈ 9 nm per µAh/cm² = 36 C/m² (Aktekin et al. 2023), m per C/m². */
    static final double ARGYRODITE_SEI_THICKNESS_PER_CHARGE = 9e-9 / 36;
    /** Lithium consumed by the SEI on Li6PS5Cl: 60 µAh/cm² (Aktekin et al. 2023), C/m². */
    static final double ARGYRODITE_SEI_CHARGE = 60 * 36.0;
    /** ... in 400 h at 25 °C, s. */
    static final double ARGYRODITE_SEI_TIME_25C = 400 * 3600.0;
    /** ... and in 120 h at 40 °C, s. */
    static final double ARGYRODITE_SEI_TIME_40C = 120 * 3600.0;

    /**
     * The parabolic constant of the SEI that lithium metal grows on the argyrodite Li6PS5Cl, from the
     * coulometric titration of Aktekin et al. (Nat. Commun. (2023), doi:10.1038/s41467-023-42512-y): the
     * lithium the SEI consumes grows as √t, 60 µAh/cm² in 400 h at 25 °C and in 120 h at 40 °C, and 1 µAh/cm²
     * makes ≈ 9 nm of compact Li2S/LiCl/Li3P, so x = 540 nm at both points and
     * <pre>
     *   k_p(25 °C) = x²/(2t) = 1.01·10⁻¹⁹ m²/s,   k_p(40 °C) = 3.38·10⁻¹⁹ m²/s,   Ea = 0.65 eV
     * </pre>
     * (Ea derived here from the two points, not reported). It extrapolates to the paper's own estimate of
     * the lithium lost after a year (≈ 0.3 mAh/cm² at 25 °C, ≈ 0.5 at 40 °C).
     *
     * @return k_p(T), m²/s, for x² = 2·k_p·t
     */
    public static Arrhenius argyroditeParabolicConstant() {
        double x = ARGYRODITE_SEI_CHARGE * ARGYRODITE_SEI_THICKNESS_PER_CHARGE;
        return Arrhenius.fromTwoPoints(298.15, x * x / (2 * ARGYRODITE_SEI_TIME_25C), 313.15,
                x * x / (2 * ARGYRODITE_SEI_TIME_40C));
    }

    /**
     * The SEI on lithium | Li6PS5Cl with the growth law of {@link #argyroditeParabolicConstant()}, starting
     * from fresh contact (x0 = 0). Its ionic conductivity has no source in the library: give it (S/m); the
     * thickness does not depend on it, the resistance x/σ does.
     *
     * @param conductivity σ of the SEI, S/m (&gt; 0)
     * @return a self-limiting (parabolic) interphase
     * @throws IllegalArgumentException if the conductivity is out of range
     */
    public static LithiumInterphase argyroditeSei(double conductivity) {
        Checks.positive(conductivity, "interphase conductivity", "S/m");
        return selfLimiting("Li2S/LiCl/Li3P SEI on Li6PS5Cl (Aktekin et al. 2023)", argyroditeParabolicConstant(),
                conductivity, 0);
    }

    /**
     * @param name what it is (not blank)
     * @param parabolicConstant B(T), m²/s (the diffusion-limited constant, reached only when x ≫ A)
     * @param linearRate B/A(T), m/s (the reaction-controlled growth rate)
     * @param conductivity σ, S/m (&gt; 0)
     * @param initialThickness x0, m (&ge; 0)
     * @return a mixed-conducting interphase
     */
    public static LithiumInterphase mixedConducting(String name, Arrhenius parabolicConstant, Arrhenius linearRate,
            double conductivity, double initialThickness) {
        Objects.requireNonNull(parabolicConstant, "parabolicConstant (Arrhenius, m²/s) must not be null");
        Objects.requireNonNull(linearRate, "linearRate (Arrhenius, m/s) must not be null");
        return new LithiumInterphase(name, InterphaseType.MIXED_CONDUCTING, Optional.of(
                LinearParabolicGrowth.dealGrove(parabolicConstant, linearRate, initialThickness)), conductivity,
                initialThickness);
    }

    /**
     * @param time t, s (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @return x(t), m
     */
    public double thickness(double time, double temperature) {
        Checks.nonNegative(time, "time", "s");
        Checks.positive(temperature, "temperature", "K");
        if (growth.isEmpty()) {
            return initialThickness;
        }
        return Checks.finiteResult(growth.get().isothermalThickness(temperature, time), "interphase thickness (m)",
                "time = " + time + " s, temperature = " + temperature + " K", "use a shorter time");
    }

    /**
     * @param time t, s (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @return R = x(t)/σ, Ω·m²
     */
    public double resistance(double time, double temperature) {
        return Checks.finiteResult(thickness(time, temperature) / conductivity, "interphase resistance (Ω·m²)",
                "time = " + time + " s, temperature = " + temperature + " K", "use a larger conductivity");
    }

    /**
     * The interphase as a layer of an {@code InterfaceStack} at a time.
     *
     * @param material the interphase's material for the stack's budget (not null), e.g. Materials.LI2S
     * @param time t, s (&ge; 0)
     * @param temperature T, K (&gt; 0)
     * @return a layer of thickness x(t) with this interphase's conductivity
     */
    public Layer toLayer(Material material, double time, double temperature) {
        Objects.requireNonNull(material, "material must not be null");
        return new Layer(material, thickness(time, temperature), OptionalDouble.of(conductivity), false);
    }

    @Override
    public String toString() {
        return name + " (" + type + "): x0 = " + Display.quantity(initialThickness, "m") + ", σ = "
                + Display.quantity(conductivity, "S/m") + growth.map(g -> ", " + g).orElse("");
    }
}
