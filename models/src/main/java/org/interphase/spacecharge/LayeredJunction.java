package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Units;

/**
 * A planar stack of phases in equilibrium, e.g. cathode | coating of thickness d | electrolyte: the
 * first and last phases are semi-infinite, the inner ones finite layers. Each phase has a chemical
 * potential μ_p of the exchanged carrier (Li⁺, or the carrier of charge number z that the phases'
 * laws name first; J, any common reference; only differences matter). All phases must exchange the
 * same carrier (same z; see {@link Junction}). Equal electrochemical potentials fix the bulk
 * potentials, z·e·φ_p∞ + μ_p = const ({@link #bulkPotential}), so a two-phase stack with
 * μ_B − μ_A = Δμ is the {@link Junction} with step Δμ. Each interface may carry a dipole
 * δ = φ(right) − φ(left) (V) and a fixed charge (C/m²). An electron-conducting phase may only be
 * first or last (it keeps its bulk potential up to the interface).
 *
 * <p>Build with {@link #builder(double)}: {@code start(phase, μ)}, any number of
 * {@code layer(phase, thickness, μ)}, then {@code end(phase, μ)}; {@code dipole}/{@code interfaceCharge}
 * apply to the interface after the phase added last.
 */
public final class LayeredJunction implements SpaceChargeProblem {

    private final double temperature;
    private final Phase[] phases;
    private final double[] thicknesses;
    private final double[] chemicalPotentials;
    private final double[] dipoles;
    private final double[] interfaceCharges;
    private final double[][] segregation; // per phase: ΔE_i, J (all zero if none)
    private final double[] fixedCharges; // per phase: ρ_fix, C/m³

    private LayeredJunction(double temperature, Phase[] phases, double[] thicknesses, double[] chemicalPotentials,
            double[] dipoles, double[] interfaceCharges, double[][] segregation, double[] fixedCharges) {
        this.temperature = temperature;
        this.phases = phases;
        this.thicknesses = thicknesses;
        this.chemicalPotentials = chemicalPotentials;
        this.dipoles = dipoles;
        this.interfaceCharges = interfaceCharges;
        this.segregation = segregation;
        this.fixedCharges = fixedCharges;
    }

    private LayeredJunction copy(double t, double[] d, double[] mu) {
        return new LayeredJunction(t, phases, d, mu, dipoles, interfaceCharges, segregation, fixedCharges);
    }

    /**
     * @param p phase index
     * @return the segregation energies ΔE_i of the species of phase p's law in this layer, J (a copy;
     *     zeros unless set with {@link Builder#segregation})
     */
    public double[] segregationEnergies(int p) {
        return segregation[checkIndex(p, phases.length, "phase index")].clone();
    }

    /**
     * @param p phase index
     * @return the fixed charge density ρ_fix added to phase p's law in this layer, C/m³ (0 unless set
     *     with {@link Builder#fixedCharge})
     */
    public double fixedCharge(int p) {
        return fixedCharges[checkIndex(p, phases.length, "phase index")];
    }

    /**
     * The charge law the solver uses in phase p: its phase's law with the layer's segregation
     * energies (ΔE_i/kT at this temperature) and fixed charge ({@link SegregatedLaw}).
     */
    ChargeLaw regionLaw(int p) {
        double kT = Constants.thermalEnergy(temperature);
        double[] e = segregation[p];
        double[] reduced = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            reduced[i] = e[i] / kT;
            if (!Double.isFinite(reduced[i])) {
                throw new IllegalArgumentException("segregation energy ΔE_" + (i + 1) + " of " + phases[p].name()
                        + " / kT must be finite, was " + e[i] + " J at " + temperature + " K");
            }
        }
        return SegregatedLaw.of(phases[p].law(), reduced, fixedCharges[p]);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return a builder
     */
    public static Builder builder(double temperature) {
        return new Builder(temperature);
    }

    /**
     * The two-phase stack of a junction (μ_A = 0, μ_B = Δμ).
     *
     * @param junction the junction
     * @return the stack
     */
    public static LayeredJunction of(Junction junction) {
        Objects.requireNonNull(junction, "junction");
        return builder(junction.temperature()).start(junction.left(), 0).dipole(junction.interfaceDipole())
                .interfaceCharge(junction.interfaceCharge()).end(junction.right(), junction.lithiumStep()).build();
    }

    /**
     * A junction with a coating between its phases: A | coating (thickness d) | B.
     *
     * <p>The coating replaces the A | B interface by two new ones, so a dipole or fixed charge given
     * for A | B has no interface left to sit on; such a junction is refused rather than silently
     * stripped. Put dipoles and charges on the new interfaces with {@link #builder}
     * ({@code .dipole(...)}, {@code .interfaceCharge(...)} after the phase they follow).
     *
     * @param junction A | B with its step Δμ = μ_B − μ_A, without interface dipole or charge
     * @param coating the coating phase (ionic)
     * @param thickness d, m (&gt; 0)
     * @param coatingChemicalPotential μ_coating − μ_A, J
     * @return the stack
     * @throws IllegalArgumentException if the junction has an interface dipole or charge
     */
    public static LayeredJunction coated(Junction junction, Phase coating, double thickness, double coatingChemicalPotential) {
        Objects.requireNonNull(junction, "junction");
        if (junction.interfaceDipole() != 0 || junction.interfaceCharge() != 0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a coated junction's interface dipole and interface charge "
                    + "must be 0 (the A | B interface they belong to is replaced by A | coating | B), were %s V and "
                    + "%s C/m²; set them per interface with LayeredJunction.builder(...).dipole(...)"
                    + ".interfaceCharge(...)", junction.interfaceDipole(), junction.interfaceCharge()));
        }
        return builder(junction.temperature()).start(junction.left(), 0)
                .layer(coating, thickness, coatingChemicalPotential).end(junction.right(), junction.lithiumStep()).build();
    }

    /** @return T, K */
    @Override
    public double temperature() {
        return temperature;
    }

    /** @return the phases, first to last */
    public List<Phase> phases() {
        return List.of(phases);
    }

    /** @return number of phases */
    public int size() {
        return phases.length;
    }

    /**
     * @param p phase index
     * @return the phase
     */
    public Phase phase(int p) {
        return phases[checkIndex(p, phases.length, "phase index")];
    }

    /**
     * @param p phase index
     * @return the thickness of an inner layer, m; empty for the semi-infinite first and last phases
     */
    public java.util.OptionalDouble thickness(int p) {
        double d = thicknesses[checkIndex(p, phases.length, "phase index")];
        return Double.isFinite(d) ? java.util.OptionalDouble.of(d) : java.util.OptionalDouble.empty();
    }

    /** The thickness of phase p, m, +∞ for a semi-infinite end phase (internal). */
    double span(int p) {
        return thicknesses[checkIndex(p, phases.length, "phase index")];
    }

    /**
     * @param p phase index
     * @return μ_p, J
     */
    public double chemicalPotential(int p) {
        return chemicalPotentials[checkIndex(p, phases.length, "phase index")];
    }

    /**
     * @param k interface index (between phases k and k+1)
     * @return δ_k, V
     */
    public double dipole(int k) {
        return dipoles[checkIndex(k, phases.length - 1, "interface index")];
    }

    /**
     * @param k interface index
     * @return σ_k, C/m²
     */
    public double interfaceCharge(int k) {
        return interfaceCharges[checkIndex(k, phases.length - 1, "interface index")];
    }

    /** @return the charge number z of the carrier every phase exchanges (+1 for Li⁺) */
    public int carrierCharge() {
        return phases[0].law().carrierCharge();
    }

    /**
     * The bulk potential of phase p relative to the first phase's, from equal electrochemical
     * potentials of the exchanged carrier: φ_p∞ − φ_0∞ = −(μ_p − μ_0)/(ze).
     *
     * @param p phase index
     * @return φ_p∞ − φ_0∞, V
     */
    public double bulkPotential(int p) {
        checkIndex(p, phases.length, "phase index");
        return -(chemicalPotentials[p] - chemicalPotentials[0]) / (carrierCharge() * Constants.ELEMENTARY_CHARGE);
    }

    /**
     * The reduced reference potential of each phase for the continuous variable ũ = eφ/kT − (dipoles to
     * the left): ψ_p = ũ − ref_p, with ref_0 = 0 and ref_p = e(φ_p∞ − φ_0∞)/kT − (dipoles to the left
     * of p)·e/kT, where φ_p∞ − φ_0∞ = −(μ_p − μ_0)/(ze).
     *
     * @return ref_p, dimensionless
     */
    double[] references() {
        double vt = Constants.thermalVoltage(temperature);
        double zkT = carrierCharge() * Constants.thermalEnergy(temperature);
        double[] ref = new double[phases.length];
        double dip = 0;
        for (int p = 0; p < phases.length; p++) {
            if (p > 0) {
                dip += dipoles[p - 1] / vt;
            }
            ref[p] = -(chemicalPotentials[p] - chemicalPotentials[0]) / zkT - dip;
        }
        return ref;
    }

    /**
     * @param p index of an inner layer (1 … size − 2)
     * @param d its new thickness, m (&gt; 0)
     * @return a copy (for thickness sweeps)
     */
    public LayeredJunction withThickness(int p, double d) {
        if (p <= 0 || p >= phases.length - 1) {
            throw new IllegalArgumentException("only an inner layer (1 … " + (phases.length - 2)
                    + ") has a thickness, was " + p);
        }
        Checks.positive(d, "thickness of " + phases[p].name(), "m");
        double[] t = thicknesses.clone();
        t[p] = d;
        return copy(temperature, t, chemicalPotentials);
    }

    /**
     * @param temperature T, K (&gt; 0)
     * @return a copy at this temperature
     */
    public LayeredJunction withTemperature(double temperature) {
        Checks.positive(temperature, "temperature", "K");
        return copy(temperature, thicknesses, chemicalPotentials);
    }

    /**
     * @param p phase index
     * @param mu μ_p, J (finite)
     * @return a copy with this chemical potential of phase p
     */
    public LayeredJunction withChemicalPotential(int p, double mu) {
        checkIndex(p, phases.length, "phase index");
        Checks.finite(mu, "mu (chemical potential μ_p of " + phases[p].name() + ")", "J");
        double[] m = chemicalPotentials.clone();
        m[p] = mu;
        return copy(temperature, thicknesses, m);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < phases.length; p++) {
            if (p > 0) {
                sb.append(" | ");
            }
            sb.append(phases[p].name());
            if (Double.isFinite(thicknesses[p])) {
                sb.append(String.format(java.util.Locale.ROOT, " %.4g nm", Units.toNm(thicknesses[p])));
            }
            sb.append(String.format(java.util.Locale.ROOT, " (μ %+.3f eV)", Units.toEV(chemicalPotentials[p] - chemicalPotentials[0])));
        }
        return sb.append(String.format(java.util.Locale.ROOT, ", T = %.2f K", temperature)).toString();
    }

    private static int checkIndex(int i, int size, String what) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(what + " must be in [0, " + (size - 1) + "], was " + i);
        }
        return i;
    }

    /** Builds a {@link LayeredJunction}. Not thread-safe; the stack is. */
    public static final class Builder {
        private final double temperature;
        private final List<Phase> phases = new ArrayList<>();
        private final List<Double> thicknesses = new ArrayList<>();
        private final List<Double> mus = new ArrayList<>();
        private final List<Double> dipoles = new ArrayList<>();
        private final List<Double> charges = new ArrayList<>();
        private final List<double[]> energies = new ArrayList<>();
        private final List<Double> fixed = new ArrayList<>();
        private boolean ended;

        private Builder(double temperature) {
            this.temperature = Checks.positive(temperature, "temperature", "K");
        }

        /**
         * The first, semi-infinite phase.
         *
         * @param phase the phase
         * @param chemicalPotential its μ of the exchanged carrier (Li⁺), J
         * @return this builder
         */
        public Builder start(Phase phase, double chemicalPotential) {
            if (!phases.isEmpty()) {
                throw new IllegalStateException("start(...) must be the first phase of the stack");
            }
            add(phase, Double.POSITIVE_INFINITY, chemicalPotential);
            return this;
        }

        /**
         * An inner layer of finite thickness.
         *
         * @param phase the phase (ionic)
         * @param thickness d, m (&gt; 0)
         * @param chemicalPotential μ of the exchanged carrier (Li⁺), J
         * @return this builder
         */
        public Builder layer(Phase phase, double thickness, double chemicalPotential) {
            requireOpen();
            Objects.requireNonNull(phase, "phase");
            Checks.positive(thickness, "thickness of " + phase.name(), "m");
            if (phase.electronConductor()) {
                throw new IllegalArgumentException("an inner layer must be electron-blocking; " + phase.name()
                        + " conducts electrons");
            }
            add(phase, thickness, chemicalPotential);
            return this;
        }

        /**
         * The last, semi-infinite phase.
         *
         * @param phase the phase
         * @param chemicalPotential μ of the exchanged carrier (Li⁺), J
         * @return this builder
         */
        public Builder end(Phase phase, double chemicalPotential) {
            requireOpen();
            add(phase, Double.POSITIVE_INFINITY, chemicalPotential);
            ended = true;
            return this;
        }

        /**
         * @param dipole δ of the interface after the phase added last, V
         * @return this builder
         */
        public Builder dipole(double dipole) {
            requireOpen();
            dipoles.set(dipoles.size() - 1, Checks.finite(dipole, "interface dipole", "V"));
            return this;
        }

        /**
         * @param charge fixed charge of the interface after the phase added last, C/m²
         * @return this builder
         */
        public Builder interfaceCharge(double charge) {
            requireOpen();
            charges.set(charges.size() - 1, Checks.finite(charge, "interface charge", "C/m²"));
            return this;
        }

        private void requireOpen() {
            if (phases.isEmpty()) {
                throw new IllegalStateException("call start(...) first");
            }
            if (ended) {
                throw new IllegalStateException("the stack already ended");
            }
        }

        private void add(Phase phase, double thickness, double mu) {
            Objects.requireNonNull(phase, "phase");
            if (!phases.isEmpty()) {
                Junction.requireSameCarrier(phases.get(phases.size() - 1), phase);
            }
            Checks.finite(mu, "chemical potential of " + phase.name(), "J");
            phases.add(phase);
            thicknesses.add(thickness);
            mus.add(mu);
            dipoles.add(0.0);
            charges.add(0.0);
            energies.add(new double[SegregatedLaw.speciesCount(phase.law())]);
            fixed.add(0.0);
        }

        /**
         * Per-species segregation (site) energies ΔE_i of the inner layer added last: each species i of
         * its phase's law has μ̃_i = μ_i⁰ + ΔE_i + kT·ln a_i + z_ieφ, equilibrated with the phase's bulk,
         * so a negative ΔE_i attracts species i into the layer (pyscses' E_seg; research note §2.3).
         * Species in the order of the law: a {@link Boltzmann} law's species, a {@link LatticeGas}'s one
         * carrier, a {@link SiteExclusion}'s species, the species of each law of {@link Sublattices} in
         * turn; a {@link Bikerman} law takes none (all zero). Give a grain-boundary core plane by plane:
         * one thin layer per plane, each with its energies.
         *
         * @param energies ΔE_i, J (finite), one per species of the layer's law
         * @return this builder
         * @throws IllegalStateException if the phase added last is not an inner layer
         */
        public Builder segregation(double... energies) {
            requireInnerLayer("segregation");
            Objects.requireNonNull(energies, "energies");
            int n = this.energies.get(this.energies.size() - 1).length;
            if (energies.length != n) {
                throw new IllegalArgumentException("energies must have one value per species of "
                        + phases.get(phases.size() - 1).law() + " (" + n + "), had " + energies.length);
            }
            Checks.allFinite(energies, "energies", "J");
            this.energies.set(this.energies.size() - 1, energies.clone());
            return this;
        }

        /**
         * A fixed charge density in the inner layer added last, added to its law's ρ(ψ): dopant or site
         * charges that do not move (pyscses' site charges), in C/m³ (e·z·c for c ions of charge z per m³).
         *
         * @param density ρ_fix, C/m³ (finite)
         * @return this builder
         * @throws IllegalStateException if the phase added last is not an inner layer
         */
        public Builder fixedCharge(double density) {
            requireInnerLayer("fixedCharge");
            fixed.set(fixed.size() - 1, Checks.finite(density, "density (fixed charge density)", "C/m³"));
            return this;
        }

        private void requireInnerLayer(String what) {
            requireOpen();
            if (phases.size() < 2) {
                throw new IllegalStateException(what + "(...) applies to an inner layer (after layer(...)); the "
                        + "semi-infinite first and last phases are bulk, neutral by definition");
            }
        }

        /** @return the stack */
        public LayeredJunction build() {
            if (!ended || phases.size() < 2) {
                throw new IllegalStateException("a stack needs start(...), any layers, and end(...)");
            }
            if (phases.get(0).electronConductor() && phases.get(phases.size() - 1).electronConductor()
                    && phases.size() == 2) {
                throw new IllegalArgumentException("a stack of two electron conductors has no space charge");
            }
            int n = phases.size();
            return new LayeredJunction(temperature, phases.toArray(new Phase[0]), toArray(thicknesses, n), toArray(mus, n),
                    Arrays.copyOf(toArray(dipoles, n), n - 1), Arrays.copyOf(toArray(charges, n), n - 1),
                    energies.toArray(new double[0][]), toArray(fixed, n));
        }

        private static double[] toArray(List<Double> l, int n) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = l.get(i);
            }
            return a;
        }
    }
}
