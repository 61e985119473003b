package org.interphase.spacecharge;

import java.util.Locale;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Units;

/**
 * A planar contact A | B of two semi-infinite phases in equilibrium: A on the left (x &lt; 0), B on
 * the right (x &gt; 0).
 *
 * <p>The driving force is the step in the chemical potential of the <em>exchanged carrier</em>,
 * Δμ = μ_B − μ_A (J; type it with {@link Units#eV}): the bulk chemical potentials, configurational
 * term included, of the conducting carrier of both phases' charge laws ({@link ChargeLaw#carrierCharge},
 * the first species of a law) — Li⁺ for the batteries this library is about, but any carrier of
 * charge number z ≠ 0 (an oxygen vacancy, z = +2; an anion, z = −1). That carrier is the one species
 * that crosses the interface, so it must have the same charge number z on both sides; a junction of
 * carriers of different z is refused. Every other mobile species of a law equilibrates with its own
 * phase's bulk only (it is blocked at the interface). Equal electrochemical potentials of the
 * exchanged carrier, μ_A + zeφ_A∞ = μ_B + zeφ_B∞, fix the bulk potentials,
 * <pre>  φ_B∞ − φ_A∞ = −Δμ/(ze)      ({@link #bulkPotentialStep()}),</pre>
 * and with an interface dipole δ (= φ(0⁺) − φ(0⁻)) the reduced interface potentials ψ = e(φ(0) − φ∞)/kT
 * of the two sides obey
 * <pre>  ψ_B(0) − ψ_A(0) = (Δμ/z + eδ)/kT.</pre>
 * Δμ &gt; 0 (the carrier more stable in A, as Li⁺ at LiCoO2 | Li3PS4) moves carriers from B into A
 * for either sign of z: B is depleted of them, A accumulates. A fixed interface charge σ_int (C/m²)
 * makes the two layers' charges obey Q_A + Q_B + σ_int = 0.
 *
 * @param left phase A
 * @param right phase B (its conducting carrier has the charge number of A's)
 * @param lithiumStep Δμ = μ_B − μ_A of the exchanged carrier (Li⁺, or the carrier of charge z the
 *     phases' laws name), J
 * @param temperature T, K (&gt; 0)
 * @param interfaceDipole δ = φ(0⁺) − φ(0⁻), V
 * @param interfaceCharge σ_int, C/m²
 */
public record Junction(Phase left, Phase right, double lithiumStep, double temperature, double interfaceDipole,
        double interfaceCharge) implements SpaceChargeProblem {

    /**
     * Validates the junction.
     *
     * @param left phase A
     * @param right phase B (its conducting carrier has the charge number of A's)
     * @param lithiumStep Δμ = μ_B − μ_A of the exchanged carrier, J (finite)
     * @param temperature T, K (&gt; 0)
     * @param interfaceDipole δ = φ(0⁺) − φ(0⁻), V (finite)
     * @param interfaceCharge σ_int, C/m² (finite)
     * @throws IllegalArgumentException if a value is out of range, both phases conduct electrons, or
     *     the two phases' conducting carriers have different charge numbers
     */
    public Junction {
        Objects.requireNonNull(left, "left phase");
        Objects.requireNonNull(right, "right phase");
        requireSameCarrier(left, right);
        Checks.finite(lithiumStep, "lithiumStep (chemical potential step Δμ of the exchanged carrier)", "J");
        Checks.positive(temperature, "temperature", "K");
        Checks.finite(interfaceDipole, "interface dipole", "V");
        Checks.finite(interfaceCharge, "interface charge", "C/m²");
        checkStepRange(lithiumStep, left, interfaceDipole, temperature);
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
     * @param standardStep Δμ⁰ = μ⁰_B − μ⁰_A of the exchanged carrier, J
     * @param temperature T, K (&gt; 0)
     * @return the junction with the full step Δμ
     */
    public static Junction ofStandardStep(Phase left, Phase right, double standardStep, double temperature) {
        Objects.requireNonNull(left, "left phase");
        Objects.requireNonNull(right, "right phase");
        requireSameCarrier(left, right);
        Checks.finite(standardStep, "standardStep (standard chemical potential step Δμ⁰)", "J");
        Checks.positive(temperature, "temperature", "K");
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
     * @param temperature T, K (&gt; 0)
     * @return a copy at this temperature
     */
    public Junction withTemperature(double temperature) {
        return new Junction(left, right, lithiumStep, temperature, interfaceDipole, interfaceCharge);
    }

    /** @return B | A with the step and dipole reversed: the mirror image of this junction */
    public Junction mirrored() {
        return new Junction(right, left, -lithiumStep, temperature, -interfaceDipole, interfaceCharge);
    }

    /**
     * @return the charge number z of the carrier exchanged across the interface, the conducting
     *     carrier of both phases' laws (+1 for Li⁺)
     */
    public int carrierCharge() {
        return left.law().carrierCharge();
    }

    /**
     * The step of the bulk electrostatic potentials that makes the exchanged carrier's
     * electrochemical potential equal on both sides, φ_B∞ − φ_A∞ = −Δμ/(ze).
     *
     * @return φ_B∞ − φ_A∞, V
     */
    public double bulkPotentialStep() {
        return -lithiumStep / (carrierCharge() * org.interphase.core.Constants.ELEMENTARY_CHARGE);
    }

    /**
     * @return (Δμ/z + eδ)/kT, the total reduced potential step ψ_B(0) − ψ_A(0), with z the exchanged
     *     carrier's charge number ({@link #carrierCharge()})
     */
    public double reducedStep() {
        return (lithiumStep / (carrierCharge() * org.interphase.core.Constants.ELEMENTARY_CHARGE) + interfaceDipole)
                / org.interphase.core.Constants.thermalVoltage(temperature);
    }

    /** Δμ/(ze) and (Δμ/(ze) + δ)/(kT/e) must be finite doubles (they overflow for |Δμ| near 1e289 J or T near 1e-300 K). */
    private static void checkStepRange(double step, Phase left, double dipole, double temperature) {
        double volts = step / (left.law().carrierCharge() * org.interphase.core.Constants.ELEMENTARY_CHARGE);
        double reduced = (volts + dipole) / org.interphase.core.Constants.thermalVoltage(temperature);
        if (!Double.isFinite(volts) || !Double.isFinite(reduced)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "lithiumStep (chemical potential step Δμ of "
                    + "the exchanged carrier, J), interfaceDipole (V) and temperature (K) must keep the reduced step "
                    + "(Δμ/(ze) + δ)/(kT/e) a finite number (below %.3g), was lithiumStep = %s J, interfaceDipole = %s V, "
                    + "temperature = %s K", Double.MAX_VALUE, step, dipole, temperature));
        }
    }

    /**
     * The exchanged carrier must be the same on both sides: the step Δμ is its chemical potential
     * step, and a carrier of charge z takes the electrostatic step Δμ/(ze).
     */
    static void requireSameCarrier(Phase left, Phase right) {
        int za = left.law().carrierCharge();
        int zb = right.law().carrierCharge();
        if (za != zb) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the conducting carriers of both phases "
                    + "must have the same charge number z (the carrier whose chemical potential step Δμ drives the "
                    + "junction crosses the interface), was z = %+d in %s (%s) and z = %+d in %s (%s); put the "
                    + "exchanged carrier first in each charge law", za, left.name(), left.law(), zb, right.name(),
                    right.law()));
        }
    }

    @Override
    public String toString() {
        int z = carrierCharge();
        return String.format(Locale.ROOT, "%s | %s, Δμ = %.4g eV%s, T = %.2f K%s%s", left.name(), right.name(),
                Units.toEV(lithiumStep), z == 1 ? "" : String.format(Locale.ROOT, " (carrier z = %+d)", z), temperature,
                interfaceDipole == 0 ? "" : String.format(Locale.ROOT, ", dipole %.4g V", interfaceDipole),
                interfaceCharge == 0 ? "" : String.format(Locale.ROOT, ", interface charge %.4g µC/cm²", interfaceCharge * 100));
    }
}
