package org.interphase.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.interphase.core.Checks;
import org.interphase.core.Mesh1D;

/**
 * A one-dimensional multi-layer diffusion–reaction problem:
 * ∂c_i/∂t = ∂/∂x(D_i(T(t), c_i, layer)·∂c_i/∂x) + r_i on a layered {@link Mesh1D} whose layer
 * boundaries are nodes, with a partition coefficient per species at each layer boundary, boundary
 * conditions at both ends, reactions between species, and a {@link ThermalSchedule} T(t) that sets
 * every Arrhenius coefficient. The problem runs from t = 0 to the end of the schedule.
 *
 * @param mesh the layered mesh, m
 * @param species the diffusing species, unique names
 * @param reactions reactions between them (may be empty)
 * @param schedule T(t), K; its duration is the simulated time
 * @param outputTimes times at which profiles are kept, s, strictly increasing in (0, duration]; the
 *     end of the schedule is always added (null or empty: the end only)
 */
public record DiffusionProblem(Mesh1D mesh, List<DiffusingSpecies> species, List<Reaction> reactions, ThermalSchedule schedule,
        double[] outputTimes) {

    /**
     * Validates the problem against its mesh and copies the arrays.
     *
     * @param mesh the layered mesh, m
     * @param species the diffusing species, unique names
     * @param reactions reactions between them (may be empty)
     * @param schedule T(t), K; its duration is the simulated time
     * @param outputTimes times at which profiles are kept, s, strictly increasing in (0, duration]; the end of
     *     the schedule is always added (null or empty: the end only)
     */
    public DiffusionProblem {
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(species, "species");
        Objects.requireNonNull(reactions, "reactions");
        for (int i = 0; i < species.size(); i++) {
            Objects.requireNonNull(species.get(i), "species[" + i + "]");
        }
        for (int i = 0; i < reactions.size(); i++) {
            Objects.requireNonNull(reactions.get(i), "reactions[" + i + "]");
        }
        species = List.copyOf(species);
        reactions = List.copyOf(reactions);
        if (species.isEmpty()) {
            throw new IllegalArgumentException("a diffusion problem needs at least one species");
        }
        int layers = mesh.layerCount();
        Set<String> names = new HashSet<>();
        for (DiffusingSpecies s : species) {
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("species names must be unique, " + s.name() + " appears twice");
            }
            if (s.diffusivityCount() != 1 && s.diffusivityCount() != layers) {
                throw new IllegalArgumentException("species " + s.name() + " has " + s.diffusivityCount()
                        + " diffusivities; give 1 or one per layer (" + layers + ")");
            }
            if (s.initialCount() != 1 && s.initialCount() != layers) {
                throw new IllegalArgumentException("species " + s.name() + " has " + s.initialCount()
                        + " initial profiles; give 1 or one per layer (" + layers + ")");
            }
            if (s.partitionCount() != 0 && s.partitionCount() != layers - 1) {
                throw new IllegalArgumentException("species " + s.name() + " has " + s.partitionCount()
                        + " partition coefficients; give one per internal layer boundary (" + (layers - 1) + ")");
            }
        }
        for (Reaction r : reactions) {
            for (String n : Arrays.asList(r.reactantA(), r.reactantB(), r.product())) {
                if (n != null && !names.contains(n)) {
                    throw new IllegalArgumentException("reaction " + r + " names an unknown species " + n);
                }
            }
            for (int l : r.layers()) {
                if (l < 0 || l >= layers) {
                    throw new IllegalArgumentException("reaction layer must be in [0, " + (layers - 1) + "], was " + l);
                }
            }
        }
        double end = schedule.duration();
        double[] times = outputTimes == null ? new double[0] : outputTimes.clone();
        for (int k = 0; k < times.length; k++) {
            Checks.inClosedRange(times[k], 0.0, end, "output time", "s");
            if (times[k] == 0 || (k > 0 && !(times[k] > times[k - 1]))) {
                throw new IllegalArgumentException("output times must be > 0 s and strictly increasing, t[" + k + "] = "
                        + times[k] + " s");
            }
        }
        if (times.length == 0 || times[times.length - 1] < end) {
            times = Arrays.copyOf(times, times.length + 1);
            times[times.length - 1] = end;
        }
        outputTimes = times;
    }

    /** @return a copy of the output times, s */
    @Override
    public double[] outputTimes() {
        return outputTimes.clone();
    }

    /**
     * @param name species name
     * @return its index in {@link #species()}
     */
    public int speciesIndex(String name) {
        for (int i = 0; i < species.size(); i++) {
            if (species.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no species named " + name + "; the problem has "
                + species.stream().map(DiffusingSpecies::name).toList());
    }

    /**
     * @param mesh the layered mesh
     * @return a builder
     */
    public static Builder builder(Mesh1D mesh) {
        return new Builder(mesh);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiffusionProblem p && mesh.equals(p.mesh) && species.equals(p.species)
                && reactions.equals(p.reactions) && schedule.equals(p.schedule) && Arrays.equals(outputTimes, p.outputTimes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mesh, species, reactions, schedule, Arrays.hashCode(outputTimes));
    }

    @Override
    public String toString() {
        return "DiffusionProblem[" + mesh + ", " + species.size() + " species " + species.stream().map(DiffusingSpecies::name)
                .toList() + ", " + reactions.size() + " reactions, " + schedule + "]";
    }

    /** Builder of a problem. */
    public static final class Builder {
        private final Mesh1D mesh;
        private final List<DiffusingSpecies> species = new ArrayList<>();
        private final List<Reaction> reactions = new ArrayList<>();
        private ThermalSchedule schedule;
        private double[] outputTimes = new double[0];

        private Builder(Mesh1D mesh) {
            this.mesh = Objects.requireNonNull(mesh, "mesh");
        }

        /**
         * @param species a species
         * @return this builder
         */
        public Builder species(DiffusingSpecies species) {
            this.species.add(Objects.requireNonNull(species, "species"));
            return this;
        }

        /**
         * @param reaction a reaction
         * @return this builder
         */
        public Builder reaction(Reaction reaction) {
            reactions.add(Objects.requireNonNull(reaction, "reaction"));
            return this;
        }

        /**
         * @param schedule the temperature program
         * @return this builder
         */
        public Builder schedule(ThermalSchedule schedule) {
            this.schedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * @param temperature T, K (&gt; 0)
         * @param duration simulated time, s (&gt; 0)
         * @return this builder, with an isothermal schedule
         */
        public Builder isothermal(double temperature, double duration) {
            return schedule(ThermalSchedule.isothermal(temperature, duration));
        }

        /**
         * @param times output times, s, strictly increasing in (0, duration]
         * @return this builder
         */
        public Builder outputTimes(double... times) {
            Objects.requireNonNull(times, "output times");
            for (int k = 0; k < times.length; k++) {
                Checks.finite(times[k], "output times[" + k + "]", "s");
            }
            this.outputTimes = times.clone();
            return this;
        }

        /** @return the problem */
        public DiffusionProblem build() {
            if (schedule == null) {
                throw new IllegalStateException("set a schedule (or isothermal) before build()");
            }
            return new DiffusionProblem(mesh, species, reactions, schedule, outputTimes);
        }
    }
}
