package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.interphase.contact.CathodeBreathing;
import org.interphase.contact.MisfitSphere;
import org.interphase.materials.Materials;
import org.junit.jupiter.api.Test;

class BreathingSolverTest {

    private static final double H = 0.5e-6;
    private static final VoxelPhase CAM = VoxelPhase.of(1, Materials.NMC811);
    private static final VoxelPhase SE = VoxelPhase.of(2, Materials.LI6PS5CL);
    private static final BreathingSolver SOLVER = BreathingSolver.withDefaults();

    /**
     * NMC811 in a sulfide: E_p = 150 GPa, ν_p = 0.25, E_m = 20 GPa, ν_m = 0.3, E* = 19.2 GPa, h'_rms = 0.1,
     * h_rms = 20 nm, γ = 0.45, χ = 0.002 per cycle, 10 MPa stack (the law's own test values,
     * contact/BatteryMechanicsTest); the radius is replaced per particle.
     */
    private static final CathodeBreathing LAW = new CathodeBreathing(new MisfitSphere(150e9, 0.25, 20e9, 0.3, 3e-6),
            -0.051, 10e6, 19.2e9, 0.1, 20e-9, 0.45, 0.002);

    /** Non-overlapping CAM spheres (each CAM voxel in exactly one particle) in an overlapping SE. */
    private static PackingSolution separateParticles() {
        return PackingGenerator.withDefaults().withSeed(3).solve(PackingProblem.of(40, 40, 40, H)
                .withSpheres(CAM, 0.30, SizeDistribution.logNormal(5 * H, 1.3).withBounds(3 * H, 9 * H),
                        Placement.RANDOM_SEQUENTIAL)
                .withSpheres(SE, 0.45, SizeDistribution.fixed(2 * H), Placement.OVERLAPPING));
    }

    private static final PackingSolution SEPARATE = separateParticles();

    @Test
    void zeroVolumeChangeLosesNoContact() {
        BreathingSolution s = SOLVER.solve(BreathingProblem.of(SEPARATE, CAM, SE, LAW).withVolumeChange(0)
                .withStatesOfCharge(0, 0.5, 1).withCycles(0, 50));
        BreathingSolution.BreathingState fresh = s.state(0, 0);
        assertThat(s.states()).hasSize(6);
        for (BreathingSolution.BreathingState st : s.states()) {
            assertThat(st.contactFraction()).isEqualTo(1.0);
            assertThat(st.particleContactFractions()).containsOnly(1.0);
            assertThat(st.activeArea()).isEqualTo(fresh.activeArea());
            assertThat(st.utilization()).isEqualTo(fresh.utilization());
        }
        assertThat(fresh.activeArea()).isPositive();
    }

    @Test
    void reversibleBreathingReturnsToTheFreshElectrodeOnDischarge() {
        BreathingSolution s = SOLVER.solve(BreathingProblem.of(SEPARATE, CAM, SE, LAW).withIrreversibleFraction(0)
                .withStatesOfCharge(0, 0.5).withCycles(0, 50));
        BreathingSolution.BreathingState fresh = s.state(0, 0);
        BreathingSolution.BreathingState after = s.state(0, 50);
        assertThat(after.contactFraction()).isEqualTo(1.0);
        assertThat(after.activeArea()).isEqualTo(fresh.activeArea());
        assertThat(after.activeFaceCount()).isEqualTo(fresh.activeFaceCount());
        assertThat(after.utilization()).isEqualTo(fresh.utilization());
        assertThat(after.resistance().getAsDouble()).isEqualTo(fresh.resistance().getAsDouble());
        // while charged the contact is lost, so the equality above is not the trivial "nothing happens"
        assertThat(s.state(0.5, 50).contactFraction()).isLessThan(0.5);
        assertThat(s.state(0.5, 50).contactFraction()).isEqualTo(s.state(0.5, 0).contactFraction());
    }

    /**
     * Every particle keeps the share f(s, n)/f(0, 0) of {@link CathodeBreathing} for its own radius, built
     * here from the law's components, within the voxelization error: voxels are given up whole, so the
     * kept faces differ from the target by at most half a voxel's SE faces (≤ 3 of 6).
     */
    @Test
    void contactFractionPerParticleIsCathodeBreathingsForItsRadius() {
        Microstructure m = SEPARATE.microstructure();
        BreathingSolution s = SOLVER.solve(BreathingProblem.of(SEPARATE, CAM, SE, LAW)
                .withStatesOfCharge(0, 0.2).withCycles(0, 50, 200));
        List<Particle> ps = s.particles();
        assertThat(ps).hasSizeGreaterThan(20);
        double[] radii = ps.stream().mapToDouble(Particle::radius).toArray();
        assertThat(radii[0]).isNotEqualTo(radii[radii.length - 1]);
        double checked = 0;
        for (BreathingSolution.BreathingState st : s.states()) {
            for (int k = 0; k < ps.size(); k++) {
                Particle p = ps.get(k);
                CathodeBreathing own = new CathodeBreathing(new MisfitSphere(150e9, 0.25, 20e9, 0.3, p.radius()),
                        -0.051, 10e6, 19.2e9, 0.1, 20e-9, 0.45, 0.002);
                double target = own.contactFraction(st.stateOfCharge(), st.cycles()) / own.contactFraction(0, 0);
                long faces = seFaces(m, p);
                if (faces == 0) {
                    continue;
                }
                assertThat(st.particleContactFraction(k) * faces).as("particle %d at %s", k, st)
                        .isCloseTo(target * faces, within(3.0));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
        // larger particles open wider gaps (g ∝ R) and lose more
        BreathingSolution.BreathingState st = s.state(0, 200);
        int small = 0;
        int large = 0;
        for (int k = 0; k < ps.size(); k++) {
            small = ps.get(k).radius() < ps.get(small).radius() ? k : small;
            large = ps.get(k).radius() > ps.get(large).radius() ? k : large;
        }
        assertThat(st.modelContactFractions()[large]).isLessThan(st.modelContactFractions()[small]);
    }

    /** SE faces of the CAM voxels inside the particle's sphere (the particles do not overlap). */
    private static long seFaces(Microstructure m, Particle p) {
        double h = m.voxelSize();
        long f = 0;
        for (int z = 0; z < m.nz(); z++) {
            for (int y = 0; y < m.ny(); y++) {
                for (int x = 0; x < m.nx(); x++) {
                    double dx = (x + 0.5) * h - p.x();
                    double dy = (y + 0.5) * h - p.y();
                    double dz = (z + 0.5) * h - p.z();
                    if (m.label(x, y, z) != CAM.label() || dx * dx + dy * dy + dz * dz > p.radius() * p.radius()) {
                        continue;
                    }
                    int[][] nb = {{x - 1, y, z}, {x + 1, y, z}, {x, y - 1, z}, {x, y + 1, z}, {x, y, z - 1}, {x, y, z + 1}};
                    for (int[] q : nb) {
                        if (q[0] >= 0 && q[1] >= 0 && q[2] >= 0 && q[0] < m.nx() && q[1] < m.ny() && q[2] < m.nz()
                                && m.label(q[0], q[1], q[2]) == SE.label()) {
                            f++;
                        }
                    }
                }
            }
        }
        return f;
    }

    @Test
    void moreCyclesLoseMoreContactAndRaiseTheResistance() {
        BreathingSolution s = SOLVER.solve(BreathingProblem.of(SEPARATE, CAM, SE, LAW).withStatesOfCharge(0)
                .withCycles(0, 10, 50, 200).withElectronicConductivity(1.0));
        List<BreathingSolution.BreathingState> st = s.states();
        for (int i = 1; i < st.size(); i++) {
            assertThat(st.get(i).contactFraction()).isLessThan(st.get(i - 1).contactFraction());
            assertThat(st.get(i).activeArea()).isLessThan(st.get(i - 1).activeArea());
            assertThat(st.get(i).utilization()).isLessThanOrEqualTo(st.get(i - 1).utilization());
            assertThat(st.get(i).resistance().getAsDouble()).isGreaterThan(st.get(i - 1).resistance().getAsDouble());
            // the rails do not carry current across a CAM|SE face: unchanged by contact loss
            assertThat(st.get(i).ionicConductivity()).isEqualTo(st.get(0).ionicConductivity());
            assertThat(st.get(i).electronicConductivity()).isEqualTo(st.get(0).electronicConductivity());
            // the transmission line sees the active area per volume that the geometry measured
            assertThat(st.get(i).impedance().orElseThrow().problem().interfaceAreaDensity())
                    .isEqualTo(st.get(i).activeAreaPerVolume());
        }
    }

    @Test
    void lowerStackPressureLosesMoreContactWhileCharged() {
        BreathingProblem p = BreathingProblem.of(SEPARATE, CAM, SE, LAW).withStatesOfCharge(0.3).withCycles(0);
        double[] pressures = {1e6, 10e6, 100e6, 300e6};
        double last = -1;
        for (double p0 : pressures) {
            double c = SOLVER.solve(p.withStackPressure(p0)).state(0.3, 0).contactFraction();
            assertThat(c).isGreaterThanOrEqualTo(last);
            last = c;
        }
        // at 300 MPa the confinement p0·D exceeds the misfit |ε*| of s = 0.3: no gap opens
        assertThat(last).isEqualTo(1.0);
        assertThat(SOLVER.solve(p.withStackPressure(1e6)).state(0.3, 0).contactFraction()).isLessThan(0.5);
    }

    @Test
    void catalogVolumeChangeOfNmc811IsMinusFivePointOnePercent() {
        // Kondrakov et al., J. Phys. Chem. C 121, 3286 (2017)
        BreathingProblem p = BreathingProblem.of(SEPARATE, CAM, SE, LAW).withVolumeChange(0).withCatalogVolumeChange();
        assertThat(p.breathing().maxVolumeChange()).isEqualTo(-0.051);
        assertThatThrownBy(() -> BreathingProblem.of(SEPARATE.microstructure(), List.of(), VoxelPhase.of(9, "carbon"), SE,
                LAW)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The trend of cold-pressed composites: the share of CAM that is both electronically and ionically
     * connected (utilization) is limited by ionic percolation of the SE and rises as the SE particles get
     * small relative to the CAM particles, at fixed volume fractions. Shi et al., Adv. Energy Mater. 10,
     * 1902881 (2020) (NMC/Li6PS5Cl, utilization vs SE/CAM size ratio, and their 3D model); Bielefeld et al.,
     * J. Phys. Chem. C 123, 1626 (2019) (active-material utilization set by SE percolation in
     * 3D-reconstructed composites); Minnmann et al., J. Electrochem. Soc. (2024) (smaller SE, higher
     * utilization of NMC cathodes). Here: CAM 50 vol % and SE 20 vol % as overlapping spheres (the Boolean
     * model meets the fractions within the voxelization, so only the size ratio changes; the SE sits near
     * its percolation threshold, where the size matters), CAM radius 2.5 µm, SE radius 1 µm and 3.5 µm,
     * five seeds each on 40³ grids: utilization higher with the small SE in every seed and on average.
     */
    @Test
    void utilizationRisesAsTheElectrolyteParticlesGetSmallerThanTheCam() {
        double[] seRadius = {1.0 * 2 * H, 3.5 * 2 * H};
        double[] mean = new double[2];
        double[] meanIonic = new double[2];
        int seeds = 5;
        for (long seed = 1; seed <= seeds; seed++) {
            double[] u = new double[2];
            for (int i = 0; i < 2; i++) {
                PackingSolution ps = PackingGenerator.withDefaults().withSeed(seed).solve(PackingProblem.of(40, 40, 40, H)
                        .withSpheres(CAM, 0.50, SizeDistribution.fixed(5 * H), Placement.OVERLAPPING)
                        .withSpheres(SE, 0.20, SizeDistribution.fixed(seRadius[i]), Placement.OVERLAPPING));
                assertThat(ps.volumeFraction(SE)).isCloseTo(0.20, within(0.005));
                u[i] = SOLVER.solve(BreathingProblem.of(ps, CAM, SE, LAW).withStatesOfCharge(0).withCycles(0))
                        .state(0, 0).utilization();
                mean[i] += u[i] / seeds;
                meanIonic[i] += GeometrySolver.withDefaults().solve(GeometryProblem.electrode(ps.microstructure(), CAM,
                        SE)).ionicallyConnectedFraction() / seeds;
            }
            assertThat(u[0]).as("seed %d", seed).isGreaterThan(u[1]);
        }
        assertThat(mean[0]).isGreaterThan(mean[1] + 0.15);
        assertThat(meanIonic[0]).isGreaterThan(meanIonic[1]);
    }
}
