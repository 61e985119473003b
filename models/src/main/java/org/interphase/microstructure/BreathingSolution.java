package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.impedance.Spectrum;

/**
 * The answer of {@link BreathingSolver}: one {@link BreathingState} per reported (cycle number, state of
 * charge), cycle-major in the order of the problem, plus diagnostics.
 */
public final class BreathingSolution {

    private final BreathingProblem problem;
    private final ImmutableList<Particle> particles;
    private final ImmutableList<BreathingState> states;
    private final int iterations;
    private final ImmutableList<String> warnings;

    BreathingSolution(BreathingProblem problem, ImmutableList<Particle> particles, ImmutableList<BreathingState> states,
            int iterations, ImmutableList<String> warnings) {
        this.problem = problem;
        this.particles = particles;
        this.states = states;
        this.iterations = iterations;
        this.warnings = warnings;
    }

    /** @return the problem solved */
    public BreathingProblem problem() {
        return problem;
    }

    /** @return the CAM particles, in the order of {@link BreathingState#particleContactFractions()} */
    public ImmutableList<Particle> particles() {
        return particles;
    }

    /** @return every reported state, cycle-major (all states of charge of the first cycle number first) */
    public ImmutableList<BreathingState> states() {
        return states;
    }

    /**
     * @param stateOfCharge a state of charge of the problem, in [0, 1]
     * @param cycles a cycle number of the problem (&ge; 0)
     * @return the state reported for that pair
     * @throws IllegalArgumentException if the pair was not reported
     */
    public BreathingState state(double stateOfCharge, int cycles) {
        for (BreathingState s : states) {
            if (s.stateOfCharge() == stateOfCharge && s.cycles() == cycles) {
                return s;
            }
        }
        throw new IllegalArgumentException("stateOfCharge = " + stateOfCharge + ", cycles = " + cycles
                + ": not reported; the problem reports states of charge " + java.util.Arrays.toString(
                        problem.statesOfCharge()) + " at cycles " + java.util.Arrays.toString(problem.cycles()));
    }

    /** @return conduction iterations of the two rail solves together */
    public int iterations() {
        return iterations;
    }

    /** @return how the answer was computed */
    public String method() {
        return "per-particle CathodeBreathing contact fraction, equator-first voxel loss, active area by"
                + " GeometrySolver, rails by ConductionSolver along z, transmission line";
    }

    /** @return warnings (immutable; empty when none) */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("BreathingSolution[" + particles.size() + " CAM particles");
        for (BreathingState s : states) {
            b.append("; ").append(s);
        }
        return b.append(warnings.isEmpty() ? "" : "; " + warnings.size() + " warnings").append("]").toString();
    }

    /** The electrode at one state of charge and cycle number. */
    public static final class BreathingState {
        private final double stateOfCharge;
        private final int cycles;
        private final double contactFraction;
        private final double[] particleFractions;
        private final double[] modelFractions;
        private final long activeFaceCount;
        private final double activeArea;
        private final double activeAreaPerVolume;
        private final double utilization;
        private final double ionicConductivity;
        private final OptionalDouble electronicConductivity;
        private final Optional<ElectrodeImpedanceSolution> impedance;

        BreathingState(double stateOfCharge, int cycles, double contactFraction, double[] particleFractions,
                double[] modelFractions, long activeFaceCount, double activeArea, double activeAreaPerVolume,
                double utilization, double ionicConductivity, OptionalDouble electronicConductivity,
                Optional<ElectrodeImpedanceSolution> impedance) {
            this.stateOfCharge = stateOfCharge;
            this.cycles = cycles;
            this.contactFraction = contactFraction;
            this.particleFractions = particleFractions;
            this.modelFractions = modelFractions;
            this.activeFaceCount = activeFaceCount;
            this.activeArea = activeArea;
            this.activeAreaPerVolume = activeAreaPerVolume;
            this.utilization = utilization;
            this.ionicConductivity = ionicConductivity;
            this.electronicConductivity = electronicConductivity;
            this.impedance = impedance;
        }

        /** @return the state of charge s, in [0, 1] */
        public double stateOfCharge() {
            return stateOfCharge;
        }

        /** @return the completed cycles n */
        public int cycles() {
            return cycles;
        }

        /** @return the share of all CAM|SE voxel faces that keep contact, in [0, 1] */
        public double contactFraction() {
            return contactFraction;
        }

        /** @return per CAM particle ({@link BreathingSolution#particles()}), the share of its CAM|SE faces kept (a copy) */
        public double[] particleContactFractions() {
            return particleFractions.clone();
        }

        /**
         * @param index a particle index, in [0, number of CAM particles)
         * @return the share of that particle's CAM|SE faces kept, in [0, 1]
         * @throws IllegalArgumentException if the index is out of range
         */
        public double particleContactFraction(int index) {
            Checks.index(index, particleFractions.length, "index");
            return particleFractions[index];
        }

        /**
         * @return per CAM particle, the share f(s, n)/f(0, 0) of {@link org.interphase.contact.CathodeBreathing}
         *     for its radius that the faces were chosen to match (a copy)
         */
        public double[] modelContactFractions() {
            return modelFractions.clone();
        }

        /** @return the number of active CAM|SE voxel faces that keep contact */
        public long activeFaceCount() {
            return activeFaceCount;
        }

        /** @return the smoothed active interface area, in m² */
        public double activeArea() {
            return activeArea;
        }

        /** @return the smoothed active interface area per electrode volume a, in 1/m */
        public double activeAreaPerVolume() {
            return activeAreaPerVolume;
        }

        /**
         * @return the CAM volume share of particles that are electronically connected to the collector and
         *     keep at least one active face, in [0, 1]
         */
        public double utilization() {
            return utilization;
        }

        /** @return effective ionic conductivity of the SE network along z, in S/m (0 if it does not percolate) */
        public double ionicConductivity() {
            return ionicConductivity;
        }

        /** @return effective electronic conductivity of the CAM network along z, in S/m; empty when not set */
        public OptionalDouble electronicConductivity() {
            return electronicConductivity;
        }

        /** @return the transmission-line impedance; empty when σ_ion = 0 or no active area is left */
        public Optional<ElectrodeImpedanceSolution> impedance() {
            return impedance;
        }

        /** @return the electrode impedance spectrum (Ω·m² of electrode); empty as {@link #impedance()} */
        public Optional<Spectrum> spectrum() {
            return impedance.map(ElectrodeImpedanceSolution::spectrum);
        }

        /**
         * @return the real part of the impedance at the lowest frequency of the spectrum (≈ the DC
         *     resistance of the electrode), in Ω·m²; empty as {@link #impedance()}
         */
        public OptionalDouble resistance() {
            if (impedance.isEmpty()) {
                return OptionalDouble.empty();
            }
            Spectrum s = impedance.get().spectrum();
            int low = 0;
            for (int i = 1; i < s.size(); i++) {
                if (s.frequencies()[i] < s.frequencies()[low]) {
                    low = i;
                }
            }
            return OptionalDouble.of(s.re(low));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "s %.3g n %d: contact %.4f, active %s, utilization %.4f, σ_ion %s",
                    stateOfCharge, cycles, contactFraction, Display.quantity(activeAreaPerVolume, "1/m"), utilization,
                    Display.quantity(ionicConductivity, "S/m"))
                    + (resistance().isPresent() ? ", R " + Display.quantity(resistance().getAsDouble(), "Ω·m²") : "");
        }
    }
}
