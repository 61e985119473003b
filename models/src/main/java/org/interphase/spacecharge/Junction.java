package org.interphase.spacecharge;

import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A planar contact A | B of two semi-infinite phases in equilibrium: A on the left (x &lt; 0), B on
 * the right (x &gt; 0).
 *
 * <p>The driving force is the step in the Li⁺ chemical potential, Δμ = μ_B − μ_A (J; type it with
 * {@link Units#eV}): the bulk chemical potentials of the conducting carrier, configurational term
 * included. Equal electrochemical potentials then fix the bulk potentials, e(φ_A∞ − φ_B∞) = Δμ,
 * and with an interface dipole δ (= φ(0⁺) − φ(0⁻)) the reduced interface potentials of the two
 * sides obey
 * <pre>  ψ_B(0) − ψ_A(0) = (Δμ + eδ)/kT.</pre>
 * Δμ &gt; 0 (Li⁺ more stable in A, as for LiCoO2 | Li3PS4) moves Li⁺ from B into A: B is depleted
 * (ψ_B &gt; 0), A accumulates. A fixed interface charge σ_int (C/m²) makes the two layers'
 * charges obey Q_A + Q_B + σ_int = 0.
 *
 * @param left phase A
 * @param right phase B
 * @param lithiumStep Δμ = μ_B − μ_A, J
 * @param temperature T, K (&gt; 0)
 * @param interfaceDipole δ = φ(0⁺) − φ(0⁻), V
 * @param interfaceCharge σ_int, C/m²
 */
public record Junction(Phase left, Phase right, double lithiumStep, double temperature, double interfaceDipole,
        double interfaceCharge) {

    /**
     * Validates the junction.
     *
     * @param left phase A
     * @param right phase B
     * @param lithiumStep Δμ = μ_B − μ_A, J
     * @param temperature T, K (&gt; 0)
     * @param interfaceDipole δ = φ(0⁺) − φ(0⁻), V
     * @param interfaceCharge σ_int, C/m²
     */
    public Junction {
        Objects.requireNonNull(left, "left phase");
        Objects.requireNonNull(right, "right phase");
        Checks.finite(lithiumStep, "Li⁺ chemical potential step", "J");
        Checks.positive(temperature, "temperature", "K");
        Checks.finite(interfaceDipole, "interface dipole", "V");
        Checks.finite(interfaceCharge, "interface charge", "C/m²");
        if (left.electronConductor() && right.electronConductor()) {
            throw new IllegalArgumentException("at least one side of a junction must be an ionic (electron-blocking) "
                    + "phase; both " + left.name() + " and " + right.name() + " conduct electrons");
        }
    }

    /**
     * A junction without interface dipole or charge.
     *
     * @param left phase A
     * @param right phase B
     * @param lithiumStep Δμ = μ_B − μ_A, J
     * @param temperature T, K
     * @return the junction
     */
    public static Junction of(Phase left, Phase right, double lithiumStep, double temperature) {
        return new Junction(left, right, lithiumStep, temperature, 0, 0);
    }

    /**
     * A junction driven by a step in the <em>standard</em> chemical potential of Li⁺ (the site
     * energy, e.g. from DFT): the configurational terms of the two bulk phases are added,
     * Δμ = Δμ⁰ + kT·(ln a_B − ln a_A), with a the bulk activity of each law
     * ({@link ChargeLaw#bulkLogActivity()}).
     *
     * @param left phase A
     * @param right phase B
     * @param standardStep Δμ⁰ = μ⁰_B − μ⁰_A, J
     * @param temperature T, K (&gt; 0)
     * @return the junction with the full step Δμ
     */
    public static Junction ofStandardStep(Phase left, Phase right, double standardStep, double temperature) {
        Objects.requireNonNull(left, "left phase");
        Objects.requireNonNull(right, "right phase");
        Checks.finite(standardStep, "standard Li⁺ chemical potential step", "J");
        double kT = org.interphase.core.Constants.thermalEnergy(temperature);
        double step = standardStep + kT * (right.law().bulkLogActivity() - left.law().bulkLogActivity());
        return of(left, right, step, temperature);
    }

    /**
     * @param dipole δ, V
     * @return a copy with this interface dipole
     */
    public Junction withDipole(double dipole) {
        return new Junction(left, right, lithiumStep, temperature, dipole, interfaceCharge);
    }

    /**
     * @param charge σ_int, C/m²
     * @return a copy with this fixed interface charge
     */
    public Junction withInterfaceCharge(double charge) {
        return new Junction(left, right, lithiumStep, temperature, interfaceDipole, charge);
    }

    /**
     * @param step Δμ, J
     * @return a copy with this step
     */
    public Junction withStep(double step) {
        return new Junction(left, right, step, temperature, interfaceDipole, interfaceCharge);
    }

    /**
     * @param t T, K
     * @return a copy at this temperature
     */
    public Junction withTemperature(double t) {
        return new Junction(left, right, lithiumStep, t, interfaceDipole, interfaceCharge);
    }

    /** @return B | A with the step and dipole reversed: the mirror image of this junction */
    public Junction mirrored() {
        return new Junction(right, left, -lithiumStep, temperature, -interfaceDipole, interfaceCharge);
    }

    /** @return (Δμ + eδ)/kT, the total reduced potential step ψ_B(0) − ψ_A(0) */
    public double reducedStep() {
        return (lithiumStep / org.interphase.core.Constants.ELEMENTARY_CHARGE + interfaceDipole)
                / org.interphase.core.Constants.thermalVoltage(temperature);
    }

    @Override
    public String toString() {
        return String.format("%s | %s, Δμ = %.4g eV, T = %.2f K%s%s", left.name(), right.name(), Units.toEV(lithiumStep),
                temperature, interfaceDipole == 0 ? "" : String.format(", dipole %.4g V", interfaceDipole),
                interfaceCharge == 0 ? "" : String.format(", interface charge %.4g µC/cm²", interfaceCharge * 100));
    }
}
