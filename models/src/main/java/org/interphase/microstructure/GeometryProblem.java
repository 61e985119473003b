package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interphase.core.Checks;

/**
 * What {@link GeometrySolver} measures: a {@link Microstructure} and, for the electrode metrics, the role
 * of its phases — which phase is the active material (CAM), which phases conduct ions (the solid
 * electrolyte, SE), which further phases conduct electrons (carbon; the CAM always does), on which face
 * the current collector sits (the separator is on the opposite face) — and optionally the spheres a
 * generator placed, for the contact fraction of each particle. Immutable; every {@code withX} returns a
 * checked copy.
 *
 * <p>Without roles the solver still reports volume fractions, components, percolation, interfacial
 * areas, triple-phase boundaries, correlations and chords of every phase; the active interface and the
 * contact fractions need an active material and at least one electrolyte.
 */
public final class GeometryProblem {

    private final Microstructure microstructure;
    private final Phase activeMaterial;
    private final ImmutableList<Phase> electrolytes;
    private final ImmutableList<Phase> electronConductors;
    private final Face collector;
    private final ImmutableList<Particle> particles;

    private GeometryProblem(Microstructure microstructure, Phase activeMaterial, ImmutableList<Phase> electrolytes,
            ImmutableList<Phase> electronConductors, Face collector, ImmutableList<Particle> particles) {
        this.microstructure = microstructure;
        this.activeMaterial = activeMaterial;
        this.electrolytes = electrolytes;
        this.electronConductors = electronConductors;
        this.collector = collector;
        this.particles = particles;
        checkRoles();
    }

    /**
     * @param microstructure the grid (not null)
     * @return a problem without phase roles: current collector at {@link Face#Z_LOW}, no particles
     */
    public static GeometryProblem of(Microstructure microstructure) {
        Checks.nonNull(microstructure, "microstructure");
        return new GeometryProblem(microstructure, null, ImmutableList.of(), ImmutableList.of(), Face.Z_LOW,
                ImmutableList.of());
    }

    /**
     * A composite electrode: active material and one solid electrolyte, collector at {@link Face#Z_LOW},
     * separator at {@link Face#Z_HIGH}.
     *
     * @param microstructure the grid (not null)
     * @param activeMaterial the active-material phase (CAM), one of the grid's phases (not null)
     * @param electrolyte the ion-conducting phase (SE), one of the grid's phases, not the CAM (not null)
     * @return the problem
     * @throws IllegalArgumentException if a phase is not the grid's, or the two are the same phase
     */
    public static GeometryProblem electrode(Microstructure microstructure, Phase activeMaterial, Phase electrolyte) {
        Checks.nonNull(electrolyte, "electrolyte");
        return of(microstructure).withActiveMaterial(activeMaterial).withElectrolytes(List.of(electrolyte));
    }

    private void checkRoles() {
        if (activeMaterial != null) {
            microstructure.checkOwn(activeMaterial);
        }
        for (Phase p : electrolytes) {
            microstructure.checkOwn(p);
            if (p.equals(activeMaterial)) {
                throw new IllegalArgumentException("electrolytes must not hold the active material " + p
                        + " (a phase conducts ions or is the active material here, not both)");
            }
            if (electronConductors.contains(p)) {
                throw new IllegalArgumentException("electrolytes must not hold " + p
                        + ", which is listed among the electron conductors");
            }
        }
        for (Phase p : electronConductors) {
            microstructure.checkOwn(p);
        }
        for (int i = 0; i < particles.size(); i++) {
            Phase p = particles.get(i).phase();
            if (!microstructure.phases().contains(p)) {
                throw new IllegalArgumentException("particles[" + i + "] is of phase " + p
                        + ", which is not one of the microstructure's: " + microstructure.phases());
            }
        }
    }

    private static ImmutableList<Phase> distinct(List<Phase> phases, String name) {
        Checks.nonNull(phases, name);
        for (int i = 0; i < phases.size(); i++) {
            Checks.nonNull(phases.get(i), name + "[" + i + "]");
            for (int j = 0; j < i; j++) {
                if (phases.get(j).equals(phases.get(i))) {
                    throw new IllegalArgumentException(name + " must not list " + phases.get(i) + " twice");
                }
            }
        }
        return ImmutableList.copyOf(phases);
    }

    /**
     * @param activeMaterial the active-material phase (CAM), one of the grid's phases (not null); it conducts
     *     electrons
     * @return a copy with that active material
     * @throws IllegalArgumentException if it is not one of the grid's phases, or is listed as an electrolyte
     */
    public GeometryProblem withActiveMaterial(Phase activeMaterial) {
        Checks.nonNull(activeMaterial, "activeMaterial");
        return new GeometryProblem(microstructure, activeMaterial, electrolytes, electronConductors, collector,
                particles);
    }

    /**
     * @param electrolytes the ion-conducting phases (solid electrolytes; a polymer), each one of the grid's
     *     phases, none of them the active material or an electron conductor; may be empty
     * @return a copy with those electrolytes
     * @throws IllegalArgumentException if a phase is not the grid's, is listed twice, or has another role
     */
    public GeometryProblem withElectrolytes(List<Phase> electrolytes) {
        return new GeometryProblem(microstructure, activeMaterial, distinct(electrolytes, "electrolytes"),
                electronConductors, collector, particles);
    }

    /**
     * @param electronConductors phases besides the active material that conduct electrons (carbon), each one
     *     of the grid's phases, none of them an electrolyte; may be empty
     * @return a copy with those electron conductors
     * @throws IllegalArgumentException if a phase is not the grid's, is listed twice, or is an electrolyte
     */
    public GeometryProblem withElectronConductors(List<Phase> electronConductors) {
        return new GeometryProblem(microstructure, activeMaterial, electrolytes,
                distinct(electronConductors, "electronConductors"), collector, particles);
    }

    /**
     * @param collector the face of the current collector (not null); the separator is on the opposite face
     * @return a copy with that collector face
     */
    public GeometryProblem withCollector(Face collector) {
        Checks.nonNull(collector, "collector");
        return new GeometryProblem(microstructure, activeMaterial, electrolytes, electronConductors, collector,
                particles);
    }

    /**
     * @param particles the spheres a generator placed (positions in m, in the grid's coordinates), each of one
     *     of the grid's phases; the contact fraction is reported for those of the active-material phase
     * @return a copy with those particles
     * @throws IllegalArgumentException if a particle's phase is not one of the grid's
     */
    public GeometryProblem withParticles(List<Particle> particles) {
        Checks.nonNull(particles, "particles");
        for (int i = 0; i < particles.size(); i++) {
            Checks.nonNull(particles.get(i), "particles[" + i + "]");
        }
        return new GeometryProblem(microstructure, activeMaterial, electrolytes, electronConductors, collector,
                ImmutableList.copyOf(particles));
    }

    /** @return the grid */
    public Microstructure microstructure() {
        return microstructure;
    }

    /** @return the active-material phase, empty if not set */
    public Optional<Phase> activeMaterial() {
        return Optional.ofNullable(activeMaterial);
    }

    /** @return the ion-conducting phases (empty if not set) */
    public ImmutableList<Phase> electrolytes() {
        return electrolytes;
    }

    /** @return the electron-conducting phases besides the active material (empty if none) */
    public ImmutableList<Phase> electronConductors() {
        return electronConductors;
    }

    /** @return the face of the current collector ({@link Face#Z_LOW} unless set) */
    public Face collector() {
        return collector;
    }

    /** @return the face of the separator, opposite the collector */
    public Face separator() {
        return collector.opposite();
    }

    /** @return the particles (empty if none were given) */
    public ImmutableList<Particle> particles() {
        return particles;
    }

    /** @return true if an active material and at least one electrolyte are set (the electrode metrics need both) */
    public boolean isElectrode() {
        return activeMaterial != null && !electrolytes.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeometryProblem p && p.microstructure.equals(microstructure)
                && Objects.equals(p.activeMaterial, activeMaterial) && p.electrolytes.equals(electrolytes)
                && p.electronConductors.equals(electronConductors) && p.collector == collector
                && p.particles.equals(particles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(microstructure, activeMaterial, electrolytes, electronConductors, collector, particles);
    }

    /** @return e.g. {@code Geometry of Microstructure 100×100×100 …; active material NMC811, electrolytes [LPSCl], collector Z_LOW} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Geometry of ").append(microstructure);
        if (activeMaterial != null) {
            sb.append("; active material ").append(activeMaterial.name());
        }
        if (!electrolytes.isEmpty()) {
            sb.append("; electrolytes ").append(names(electrolytes));
        }
        if (!electronConductors.isEmpty()) {
            sb.append("; electron conductors ").append(names(electronConductors));
        }
        sb.append("; collector ").append(collector).append(", separator ").append(separator());
        if (!particles.isEmpty()) {
            sb.append("; ").append(particles.size()).append(" particles");
        }
        return sb.toString();
    }

    private static String names(List<Phase> phases) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < phases.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(phases.get(i).name());
        }
        return sb.append(']').toString();
    }
}
