package org.interphase.microstructure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.contact.CathodeBreathing;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.TemperatureLaw;
import org.interphase.impedance.Circuit;
import org.interphase.materials.Material;

/**
 * Solves a {@link BreathingProblem}: which CAM|SE voxel faces of each particle keep contact at each state
 * of charge and cycle number, and what that does to the electrode.
 *
 * <p><b>Which faces.</b> Every CAM voxel belongs to the particle of least power distance d² − r² among
 * the particles whose sphere holds its centre (the rule of {@link GeometrySolver}); CAM voxels in no
 * particle never lose contact. The voxel faces are the as-pressed (fresh: s = 0, n = 0) nominal contact;
 * particle k keeps the share f_k = f(s, n)/f(0, 0) of its CAM|SE faces, f the
 * {@link CathodeBreathing#contactFraction} of the law with its radius set to the particle's. Why the
 * ratio: Persson's f(0, 0) is the real-contact share of the as-pressed nominal area (≪ 1 at 10 MPa), which
 * the voxel faces already are; breathing scales it by f(s, n)/f(0, 0) = p(s, n)/p0 while erf is linear.
 * A zero volume change, or s = 0 with χ = 0, therefore keeps every face. The faces are given up whole
 * surface voxel by surface voxel (all SE faces of one CAM voxel together) in a fixed order: smallest
 * cos²θ first, θ the angle between the stack axis z and the direction from the particle centre to the
 * voxel, ties by voxel index. Why this order: under a uniaxial stack pressure p the normal traction on a
 * sphere is ≈ p·cos²θ, so the equator unloads first and the poles last; the order does not depend on
 * s or n, so the faces kept at a smaller f are a subset of those kept at a larger f (loss is monotone by
 * construction). A voxel is given up while the lost faces stay within half a voxel's faces of
 * (1 − f_k)·(faces of k), so the kept share is f_k within 1.5 faces of the particle (the voxelization error).
 *
 * <p><b>What follows.</b> A given-up voxel is relabelled into a "detached" copy of the CAM that still
 * conducts electrons but is not active material, and {@link GeometrySolver} measures the active area on
 * the relabelled grid (smoothed faces; CAM electronically connected to the collector Z_LOW, SE ionically
 * connected to the separator Z_HIGH). Utilization is the CAM volume share of particles (CAM voxels in no
 * particle: of connected CAM components) that are electronically connected to the collector and keep at
 * least one active face. The effective ionic conductivity is that of the SE network alone and the
 * electronic one that of the CAM network alone along z (the two rails of the transmission line; no
 * current crosses a CAM|SE face in either rail solve, so a lost face changes neither — they are solved
 * once by {@link ConductionSolver} and reported at every state). The transmission line
 * ({@link ElectrodeImpedanceSolver}) takes L = the box length along z, σ_ion, σ_e (when set), the active
 * area per volume a and Z_int = R_int ‖ C_int.
 */
public final class BreathingSolver {

    private static final BreathingSolver DEFAULTS = new BreathingSolver(ConductionSolver.withDefaults());

    private final ConductionSolver conduction;

    private BreathingSolver(ConductionSolver conduction) {
        this.conduction = conduction;
    }

    /** @return the solver with the conduction solver's defaults */
    public static BreathingSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * @param solver the conduction solver for the two rails (not null)
     * @return a copy using it
     */
    public BreathingSolver withConductionSolver(ConductionSolver solver) {
        Checks.nonNull(solver, "solver");
        return new BreathingSolver(solver.withFields(false));
    }

    /**
     * @param problem the breathing composite (not null)
     * @return the contact, active area, utilization, conductivities and impedance at every state of charge
     *     and cycle number of the problem
     * @throws IllegalArgumentException if the grid has no free label for the detached CAM (all 256 used)
     * @throws org.interphase.core.ConvergenceException if a rail solve does not converge
     */
    public BreathingSolution solve(BreathingProblem problem) {
        Checks.nonNull(problem, "problem");
        Microstructure m = problem.microstructure();
        VoxelPhase cam = problem.activeMaterial();
        VoxelPhase se = problem.electrolyte();
        List<String> warnings = new ArrayList<>();
        VoxelPhase detached = detachedPhase(m, cam);

        // the two rails, once
        double sigmaSe = seConductivity(problem, warnings);
        double sigmaIon = 0;
        int iterations = 0;
        if (sigmaSe > 0) {
            ConductionSolution ion = conduction.solve(ConductionProblem.of(m).withConductivity(se, sigmaSe)
                    .withAxes(Axis.Z));
            sigmaIon = ion.effectiveConductivity(Axis.Z);
            iterations += ion.iterations();
            warnings.addAll(ion.warnings());
        }
        OptionalDouble sigmaE = OptionalDouble.empty();
        if (problem.electronicConductivity().isPresent()) {
            ConductionSolution el = conduction.solve(ConductionProblem.of(m)
                    .withConductivity(cam, problem.electronicConductivity().getAsDouble()).withAxes(Axis.Z));
            sigmaE = OptionalDouble.of(el.effectiveConductivity(Axis.Z));
            iterations += el.iterations();
            warnings.addAll(el.warnings());
        } else {
            warnings.add("no electronic conductivity of " + cam.name() + " given: the electronic rail is ideal");
        }

        Faces faces = new Faces(m, problem, cam, se);
        if (faces.particles.isEmpty()) {
            warnings.add("none of the " + problem.particles().size() + " particles is of " + cam.name()
                    + ": no contact is lost");
        }
        if (faces.unassigned > 0) {
            warnings.add(faces.unassigned + " of the " + m.count(cam) + " CAM voxels lie in no particle: their"
                    + " contact is kept");
        }
        List<VoxelPhase> phases = new ArrayList<>(m.phases());
        phases.add(detached);
        ImmutableList<VoxelPhase> withDetached = ImmutableList.copyOf(phases);
        double length = m.length(Axis.Z);

        List<BreathingSolution.BreathingState> states = new ArrayList<>();
        double[] soc = problem.statesOfCharge();
        int[] cyc = problem.cycles();
        for (int n : cyc) {
            for (double s : soc) {
                int np = faces.particles.size();
                double[] model = new double[np];
                for (int k = 0; k < np; k++) {
                    model[k] = keptShare(problem.breathingOf(faces.particles.get(k).radius()), s, n);
                }
                byte[] labels = m.labelArray().clone();
                Faces.Outcome o = faces.apply(model, labels, (byte) detached.label());
                Microstructure relabelled = Microstructure.of(m.nx(), m.ny(), m.nz(), m.voxelSize(), labels, withDetached);
                GeometrySolution g = GeometrySolver.withDefaults().solve(GeometryProblem.electrode(relabelled, cam, se)
                        .withElectronConductors(List.of(detached)));
                double a = g.activeAreaPerVolume();
                Optional<ElectrodeImpedanceSolution> z = Optional.empty();
                if (a > 0 && sigmaIon > 0) {
                    ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.of(length, sigmaIon, a,
                            Circuit.parse("p(R0,C0)").withPerArea(problem.interfaceResistance(),
                                    problem.interfaceCapacitance()));
                    if (sigmaE.isPresent() && sigmaE.getAsDouble() > 0) {
                        p = p.withElectronicConductivity(sigmaE.getAsDouble());
                    }
                    z = Optional.of(ElectrodeImpedanceSolver.withDefaults().solve(p));
                }
                states.add(new BreathingSolution.BreathingState(s, n, o.contactFraction, o.particleFractions, model,
                        g.activeFaceCount(), g.activeArea(), a, o.utilization, sigmaIon, sigmaE, z));
            }
        }
        if (sigmaIon == 0) {
            warnings.add("the electrolyte " + se.name() + " does not conduct from Z_LOW to Z_HIGH: σ_ion = 0,"
                    + " no impedance");
        }
        return new BreathingSolution(problem, ImmutableList.copyOf(faces.particles), ImmutableList.copyOf(states),
                iterations, ImmutableList.copyOf(warnings));
    }

    /**
     * The share of the as-pressed contact a particle keeps: f(s, n)/f(0, 0), clamped to [0, 1]. When f(0, 0)
     * underflows (p0 ≪ E*·h'_rms, where erf is linear) the ratio is that of the interface pressures.
     */
    static double keptShare(CathodeBreathing b, double s, int n) {
        double f0 = b.contactFraction(0, 0);
        double r = f0 > 0 ? b.contactFraction(s, n) / f0 : b.interfacePressure(s, n) / b.confiningPressure();
        return Math.max(0, Math.min(1, r));
    }

    private static VoxelPhase detachedPhase(Microstructure m, VoxelPhase cam) {
        boolean[] used = new boolean[VoxelPhase.MAX_LABEL + 1];
        for (VoxelPhase p : m.phases()) {
            used[p.label()] = true;
        }
        for (int l = VoxelPhase.MAX_LABEL; l >= 0; l--) {
            if (!used[l]) {
                String name = cam.name() + " (detached)";
                for (VoxelPhase p : m.phases()) {
                    if (p.name().equals(name)) {
                        name = name + " " + l;
                    }
                }
                return VoxelPhase.of(l, name);
            }
        }
        throw new IllegalArgumentException("problem: the microstructure uses all " + (VoxelPhase.MAX_LABEL + 1)
                + " labels; one must be free for the detached CAM");
    }

    private static double seConductivity(BreathingProblem problem, List<String> warnings) {
        if (problem.ionicConductivity().isPresent()) {
            return problem.ionicConductivity().getAsDouble();
        }
        VoxelPhase se = problem.electrolyte();
        Optional<TemperatureLaw> law = se.material().flatMap(Material::conductivityLaw);
        if (law.isEmpty() || !law.get().covers(problem.temperature())) {
            warnings.add("the electrolyte " + se.name() + " has no catalog ionic conductivity at "
                    + Display.quantity(problem.temperature(), "K") + ": give it with withIonicConductivity;"
                    + " σ_ion = 0");
            return 0;
        }
        return law.get().valueAt(problem.temperature());
    }

    /** The CAM|SE faces per particle, their order of loss, and the connectivity of the two rails. */
    private static final class Faces {
        final List<Particle> particles = new ArrayList<>();
        /** Unit per CAM voxel: particle index, or np + CAM component for voxels in no particle; −1 elsewhere. */
        final int[] unit;
        final int units;
        /** Surface voxels per particle in the order of loss, and their SE face counts. */
        final int[][] order;
        final int[][] faceCount;
        final long[] total;
        /** Active SE faces per surface voxel (CAM connected to Z_LOW, SE to Z_HIGH), by voxel index. */
        final int[] activeFaces;
        final boolean[] unitConnected;
        final long[] unitVolume;
        final long unassigned;
        final long allFaces;
        final long camVoxels;
        /** Active faces of voxels in no particle, per unit. */
        final long[] fixedActive;

        Faces(Microstructure m, BreathingProblem problem, VoxelPhase cam, VoxelPhase se) {
            byte[] lab = m.labelArray();
            int nx = m.nx();
            int ny = m.ny();
            int nz = m.nz();
            int nxy = nx * ny;
            int n = lab.length;
            byte camL = (byte) cam.label();
            byte seL = (byte) se.label();
            double h = m.voxelSize();
            for (Particle p : problem.particles()) {
                if (p.phase().equals(cam)) {
                    particles.add(p);
                }
            }
            int np = particles.size();
            unit = new int[n];
            Arrays.fill(unit, -1);
            double[] best = new double[n];
            for (int k = 0; k < np; k++) {
                Particle p = particles.get(k);
                double cx = p.x() / h - 0.5;
                double cy = p.y() / h - 0.5;
                double cz = p.z() / h - 0.5;
                double r = p.radius() / h;
                int x0 = Math.max(0, (int) Math.floor(cx - r));
                int x1 = Math.min(nx - 1, (int) Math.ceil(cx + r));
                int y0 = Math.max(0, (int) Math.floor(cy - r));
                int y1 = Math.min(ny - 1, (int) Math.ceil(cy + r));
                int z0 = Math.max(0, (int) Math.floor(cz - r));
                int z1 = Math.min(nz - 1, (int) Math.ceil(cz + r));
                for (int z = z0; z <= z1; z++) {
                    for (int y = y0; y <= y1; y++) {
                        for (int x = x0; x <= x1; x++) {
                            int i = x + nx * (y + ny * z);
                            if (lab[i] != camL) {
                                continue;
                            }
                            double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz);
                            if (d2 > r * r) {
                                continue;
                            }
                            double pd = d2 - r * r;
                            if (unit[i] < 0 || pd < best[i]) {
                                unit[i] = k;
                                best[i] = pd;
                            }
                        }
                    }
                }
            }
            boolean[] camSel = new boolean[VoxelPhase.MAX_LABEL + 1];
            camSel[cam.label()] = true;
            boolean[] seSel = new boolean[VoxelPhase.MAX_LABEL + 1];
            seSel[se.label()] = true;
            Labelling camLab = Labelling.of(m, camSel);
            Labelling seLab = Labelling.of(m, seSel);
            long free = 0;
            long cams = 0;
            for (int i = 0; i < n; i++) {
                if (lab[i] == camL) {
                    cams++;
                    if (unit[i] < 0) {
                        unit[i] = np + camLab.component[i];
                        free++;
                    }
                }
            }
            unassigned = free;
            camVoxels = cams;
            units = np + camLab.count;
            unitConnected = new boolean[units];
            unitVolume = new long[units];
            fixedActive = new long[units];
            activeFaces = new int[n];
            List<List<Integer>> surface = new ArrayList<>();
            for (int k = 0; k < np; k++) {
                surface.add(new ArrayList<>());
            }
            int[] faces = new int[n];
            long all = 0;
            for (int z = 0, i = 0; z < nz; z++) {
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++, i++) {
                        if (lab[i] != camL) {
                            continue;
                        }
                        int u = unit[i];
                        unitVolume[u]++;
                        boolean eConnected = camLab.touches(camLab.component[i], Face.Z_LOW);
                        unitConnected[u] |= eConnected;
                        int f = 0;
                        int act = 0;
                        int[] nb = {x > 0 ? i - 1 : -1, x < nx - 1 ? i + 1 : -1, y > 0 ? i - nx : -1,
                            y < ny - 1 ? i + nx : -1, z > 0 ? i - nxy : -1, z < nz - 1 ? i + nxy : -1};
                        for (int j : nb) {
                            if (j >= 0 && lab[j] == seL) {
                                f++;
                                if (eConnected && seLab.touches(seLab.component[j], Face.Z_HIGH)) {
                                    act++;
                                }
                            }
                        }
                        faces[i] = f;
                        activeFaces[i] = act;
                        all += f;
                        if (f > 0 && u < np) {
                            surface.get(u).add(i);
                        } else if (u >= np) {
                            fixedActive[u] += act;
                        }
                    }
                }
            }
            allFaces = all;
            order = new int[np][];
            faceCount = new int[np][];
            total = new long[np];
            for (int k = 0; k < np; k++) {
                Particle p = particles.get(k);
                double cx = p.x() / h - 0.5;
                double cy = p.y() / h - 0.5;
                double cz = p.z() / h - 0.5;
                List<Integer> s = surface.get(k);
                double[] key = new double[s.size()];
                Integer[] idx = new Integer[s.size()];
                for (int q = 0; q < s.size(); q++) {
                    int i = s.get(q);
                    int x = i % nx;
                    int y = (i / nx) % ny;
                    int z = i / nxy;
                    double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz);
                    key[q] = d2 == 0 ? 1 : (z - cz) * (z - cz) / d2;
                    idx[q] = q;
                }
                Arrays.sort(idx, (a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b])
                        : Integer.compare(s.get(a), s.get(b)));
                order[k] = new int[s.size()];
                faceCount[k] = new int[s.size()];
                for (int q = 0; q < s.size(); q++) {
                    order[k][q] = s.get(idx[q]);
                    faceCount[k][q] = faces[order[k][q]];
                    total[k] += faceCount[k][q];
                }
            }
        }

        /** The result of one state. */
        static final class Outcome {
            double contactFraction;
            double[] particleFractions;
            double utilization;
        }

        Outcome apply(double[] fraction, byte[] labels, byte detached) {
            int np = particles.size();
            Outcome o = new Outcome();
            o.particleFractions = new double[np];
            long[] active = fixedActive.clone();
            long lostAll = 0;
            for (int k = 0; k < np; k++) {
                double toLose = (1 - fraction[k]) * total[k];
                long lost = 0;
                int q = 0;
                for (; q < order[k].length; q++) {
                    int f = faceCount[k][q];
                    if (lost + f > toLose + 0.5 * f) {
                        break;
                    }
                    lost += f;
                    labels[order[k][q]] = detached;
                }
                for (; q < order[k].length; q++) {
                    active[k] += activeFaces[order[k][q]];
                }
                lostAll += lost;
                o.particleFractions[k] = total[k] == 0 ? 1.0 : (double) (total[k] - lost) / total[k];
            }
            o.contactFraction = allFaces == 0 ? 0.0 : (double) (allFaces - lostAll) / allFaces;
            long used = 0;
            for (int u = 0; u < units; u++) {
                if (unitConnected[u] && active[u] > 0) {
                    used += unitVolume[u];
                }
            }
            o.utilization = camVoxels == 0 ? 0.0 : (double) used / camVoxels;
            return o;
        }
    }

    @Override
    public String toString() {
        return "BreathingSolver[" + conduction + "]";
    }
}
