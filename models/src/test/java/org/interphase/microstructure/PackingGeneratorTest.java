package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PackingGeneratorTest {

    private static final double H = 1e-6;
    private static final VoxelPhase SOLID = VoxelPhase.of(1, "solid");
    private static final VoxelPhase CAM = VoxelPhase.of(1, "CAM");
    private static final VoxelPhase SE = VoxelPhase.of(2, "SE");
    private static final VoxelPhase CARBON = VoxelPhase.of(3, "carbon");
    private static final VoxelPhase COAT = VoxelPhase.of(4, "coating");

    /**
     * Boolean model (Torquato, Random Heterogeneous Materials, 2002): N spheres of volume v with
     * independent uniform centres in a periodic box of volume V leave each point uncovered with
     * probability (1 − v/V)^N ≈ exp(−n·v), n = N/V; voxel centres are points, so the expected voxel
     * fraction is exactly that. Statistical tolerance: at fixed N the fraction of a 100³ box with r = 5
     * voxels at φ = 0.5 has a standard deviation of 0.0034 (from the covariance of the Boolean model,
     * q²·(exp(n·v∩(d)) − 1 − n·v∩(d)) integrated over d); each seed within 4σ, the mean of four within 4σ/2.
     */
    @Test
    void booleanModelFractionMatchesOneMinusExpOfNV() {
        double r = 5 * H;
        double v = 4.0 / 3.0 * Math.PI * r * r * r;
        double sigma = 0.0034;
        double sum = 0;
        for (long seed = 1; seed <= 4; seed++) {
            PackingSolution s = PackingGenerator.withDefaults().withSeed(seed).solve(PackingProblem.of(100, 100, 100, H)
                    .withPeriodic(true).withSpheres(SOLID, 0.5, SizeDistribution.fixed(r), Placement.OVERLAPPING));
            double n = s.particles().size() / s.microstructure().volume();
            double theory = 1 - Math.exp(-n * v);
            double diff = s.volumeFraction(SOLID) - theory;
            assertThat(Math.abs(diff)).as("seed %d: %s", seed, s).isLessThan(4 * sigma);
            sum += diff;
        }
        assertThat(Math.abs(sum / 4)).isLessThan(2 * sigma);
    }

    /** RSA: no two spheres overlap, the target is met to half a sphere, and every voxel is counted once. */
    @Test
    void randomSequentialAdditionHasNoOverlapsAndReachesTheTarget() {
        for (SizeDistribution radii : List.of(SizeDistribution.fixed(6 * H), SizeDistribution.logNormal(5 * H, 1.3)
                .withBounds(2 * H, 12 * H))) {
            PackingSolution s = PackingGenerator.withDefaults().withSeed(3).solve(PackingProblem.of(100, 100, 100, H)
                    .withSpheres(SOLID, 0.30, radii, Placement.RANDOM_SEQUENTIAL));
            assertNoOverlaps(s.particles(), 0, false, 100 * H);
            double largest = 4.0 / 3.0 * Math.PI * Math.pow(radii.upperRadius(), 3) / (H * H * H) / 1e6;
            assertThat(s.volumeFraction(SOLID)).isCloseTo(0.30, within(0.6 * largest));
            assertThat(s.warnings()).isEmpty();
            assertThat(s.attempts()).isGreaterThanOrEqualTo(s.particles().size());
        }
    }

    /** RSA of equal spheres jams near 0.38: a target of 0.45 is missed, with a warning that says so. */
    @Test
    void randomSequentialAdditionWarnsWhenItJams() {
        PackingSolution s = PackingGenerator.withDefaults().withMaxAttempts(2000).solve(PackingProblem.of(60, 60, 60, H)
                .withPeriodic(true).withSpheres(SOLID, 0.45, SizeDistribution.fixed(5 * H), Placement.RANDOM_SEQUENTIAL));
        // 0.359 here: RSA's saturation limit, 0.384 (Zhang & Torquato, Phys. Rev. E 88, 053312 (2013)), needs
        // infinitely many attempts
        assertThat(s.volumeFraction(SOLID)).isBetween(0.33, 0.39);
        assertThat(s.warnings()).anySatisfy(w -> assertThat(w).contains("solid reached").contains("target 0.45")
                .contains("jams"));
    }

    /** Dense packing (collective rearrangement) beyond RSA's limit: 0.60 of equal spheres, no overlaps. */
    @Test
    void densePackingReachesSixtyPercentWithoutOverlaps() {
        PackingSolution s = PackingGenerator.withDefaults().withSeed(5).solve(PackingProblem.of(60, 60, 60, H)
                .withPeriodic(true).withSpheres(SOLID, 0.60, SizeDistribution.fixed(4 * H), Placement.DENSE));
        assertNoOverlaps(s.particles(), 1e-9, true, 60 * H);
        double sphere = 4.0 / 3.0 * Math.PI * 64 / (60.0 * 60 * 60);
        assertThat(s.volumeFraction(SOLID)).isCloseTo(0.60, within(sphere));
        assertThat(s.warnings()).isEmpty();
        assertThat(s.sweeps()).isPositive();
    }

    /**
     * CAM + SE dense, carbon overlapping, the rest pore: every target within one largest sphere, the
     * fractions add up, and the non-periodic box (spheres cut by the faces) reaches them too.
     */
    @Test
    void multiPhaseTargetsAreMetWithinVoxelizationError() {
        SizeDistribution camRadii = SizeDistribution.logNormal(6 * H, 1.2).withBounds(3 * H, 10 * H);
        PackingProblem p = PackingProblem.of(80, 80, 80, H)
                .withSpheres(CAM, 0.40, camRadii, Placement.DENSE)
                .withSpheres(SE, 0.20, SizeDistribution.fixed(3 * H), Placement.DENSE)
                .withSpheres(CARBON, 0.05, SizeDistribution.fixed(2 * H), Placement.OVERLAPPING);
        PackingSolution s = PackingGenerator.withDefaults().withSeed(11).solve(p);
        double box = 80.0 * 80 * 80;
        assertThat(s.volumeFraction(CAM)).isCloseTo(0.40, within(4.0 / 3.0 * Math.PI * 1000 / box));
        assertThat(s.volumeFraction(SE)).isCloseTo(0.20, within(4.0 / 3.0 * Math.PI * 27 / box));
        assertThat(s.volumeFraction(CARBON)).isCloseTo(0.05, within(4.0 / 3.0 * Math.PI * 8 / box));
        assertThat(s.volumeFraction(PackingProblem.PORE)).isCloseTo(1 - s.volumeFraction(CAM) - s.volumeFraction(SE)
                - s.volumeFraction(CARBON), within(1e-12));
        assertThat(s.warnings()).isEmpty();
        assertNoOverlaps(s.particles().stream().filter(q -> !q.phase().equals(CARBON)).toList(), 1e-9, false, 0);
    }

    /**
     * Coating shell: its voxels lie at distances in (r, r + t] from the centre of a coated particle, and
     * the thickness measured from the shell's volume, t_m = (r³ + 3·V_shell/(4πN))^(1/3) − r, is t
     * within 3 %.
     */
    @Test
    void coatingShellHasTheRequestedThickness() {
        double r = 8 * H;
        double t = 2 * H;
        PackingSolution s = PackingGenerator.withDefaults().withSeed(2).solve(PackingProblem.of(100, 100, 100, H)
                .withPeriodic(true).withSpheres(CAM, 0.25, SizeDistribution.fixed(r), Placement.RANDOM_SEQUENTIAL)
                .withSpheres(SE, 0.30, SizeDistribution.fixed(3 * H), Placement.RANDOM_SEQUENTIAL)
                .withCoating(COAT, CAM, t));
        Microstructure m = s.microstructure();
        List<Particle> cams = s.particles().stream().filter(q -> q.phase().equals(CAM)).toList();
        double shell = m.count(COAT) * H * H * H;
        double measured = Math.cbrt(r * r * r + 3 * shell / (4 * Math.PI * cams.size())) - r;
        assertThat(measured).isCloseTo(t, within(0.03 * t));
        double l = 100 * H;
        for (int z = 0; z < 100; z++) {
            for (int y = 0; y < 100; y++) {
                for (int x = 0; x < 100; x++) {
                    if (m.label(x, y, z) != COAT.label()) {
                        continue;
                    }
                    double best = Double.POSITIVE_INFINITY;
                    for (Particle q : cams) {
                        best = Math.min(best, distance((x + 0.5) * H, (y + 0.5) * H, (z + 0.5) * H, q, l));
                    }
                    assertThat(best).isGreaterThan(r).isLessThanOrEqualTo(r + t + 1e-15);
                }
            }
        }
        // the SE keeps clear of the coating: no SE sphere comes closer than r + t + r_SE to a CAM centre
        assertNoOverlaps(s.particles().stream().map(q -> q.phase().equals(CAM)
                ? new Particle(CAM, q.x(), q.y(), q.z(), r + t) : q).toList(), 0, true, l);
    }

    /** The same voxels either way; a non-periodic box lists a sphere that crosses a face once per piece. */
    @Test
    void nonPeriodicBoxListsThePiecesCutByTheFaces() {
        PackingProblem p = PackingProblem.of(30, 30, 30, H).withSpheres(SOLID, 0.3, SizeDistribution.fixed(4 * H),
                Placement.RANDOM_SEQUENTIAL);
        PackingSolution cut = PackingGenerator.withDefaults().solve(p);
        PackingSolution wrapped = PackingGenerator.withDefaults().solve(p.withPeriodic(true));
        assertThat(cut.microstructure()).isEqualTo(wrapped.microstructure());
        double l = 30 * H;
        int pieces = 0;
        for (Particle q : wrapped.particles()) {
            assertThat(q.x()).isBetween(0.0, l);
            int n = 1;
            for (double c : new double[] {q.x(), q.y(), q.z()}) {
                n *= c - q.radius() < 0 || c + q.radius() > l ? 2 : 1;
            }
            pieces += n; // an upper bound: a sphere near an edge need not reach the diagonal image
        }
        assertThat(cut.particles().size()).isGreaterThan(wrapped.particles().size()).isLessThanOrEqualTo(pieces);
        assertThat(cut.particles()).anySatisfy(q -> assertThat(q.x() < 0 || q.x() > l).isTrue());
    }

    @Test
    void sameSeedSameBitsOnAnyThreadAndOtherSeedsDiffer() throws Exception {
        PackingProblem p = PackingProblem.of(40, 40, 40, H)
                .withSpheres(CAM, 0.30, SizeDistribution.logNormal(5 * H, 1.3), Placement.DENSE)
                .withSpheres(SE, 0.15, SizeDistribution.fixed(2 * H), Placement.RANDOM_SEQUENTIAL)
                .withCoating(COAT, CAM, 0.5 * H);
        PackingGenerator g = PackingGenerator.withDefaults().withSeed(99);
        PackingSolution a = g.solve(p);
        CompletableFuture<PackingSolution> b = CompletableFuture.supplyAsync(() -> g.solve(p));
        CompletableFuture<PackingSolution> c = CompletableFuture.supplyAsync(() -> g.solve(p));
        assertThat(b.get().microstructure()).isEqualTo(a.microstructure());
        assertThat(c.get().particles()).isEqualTo(a.particles());
        assertThat(g.withSeed(100).solve(p).microstructure()).isNotEqualTo(a.microstructure());
    }

    @Test
    void backgroundCanBeTheElectrolyte() {
        PackingSolution s = PackingGenerator.withDefaults().solve(PackingProblem.of(50, 50, 50, H).withBackground(SE)
                .withSpheres(CAM, 0.5, SizeDistribution.fixed(4 * H), Placement.DENSE));
        assertThat(s.volumeFraction(SE)).isCloseTo(1 - s.volumeFraction(CAM), within(1e-12));
        assertThat(s.microstructure().phases()).containsExactly(SE, CAM);
    }

    @Test
    void refusesClashingPhasesAndFractionsAboveOne() {
        PackingProblem p = PackingProblem.of(10, 10, 10, H).withSpheres(CAM, 0.6, SizeDistribution.fixed(H),
                Placement.OVERLAPPING);
        assertThatThrownBy(() -> p.withSpheres(SE, 0.5, SizeDistribution.fixed(H), Placement.OVERLAPPING))
                .hasMessageContaining("more than 1");
        assertThatThrownBy(() -> p.withSpheres(VoxelPhase.of(1, "other"), 0.1, SizeDistribution.fixed(H),
                Placement.OVERLAPPING)).hasMessageContaining("clashes");
        assertThatThrownBy(() -> p.withCoating(COAT, SE, H)).hasMessageContaining("not the phase of a sphere set");
        assertThatThrownBy(() -> PackingGenerator.withDefaults().solve(PackingProblem.of(10, 10, 10, H).withPeriodic(true)
                .withSpheres(CAM, 0.1, SizeDistribution.fixed(6 * H), Placement.OVERLAPPING)))
                .hasMessageContaining("half the box");
    }

    static double distance(double x, double y, double z, Particle q, double periodicLength) {
        double dx = x - q.x();
        double dy = y - q.y();
        double dz = z - q.z();
        if (periodicLength > 0) {
            dx -= periodicLength * Math.rint(dx / periodicLength);
            dy -= periodicLength * Math.rint(dy / periodicLength);
            dz -= periodicLength * Math.rint(dz / periodicLength);
        }
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** All pairs (O(N²)): centres at least r_i + r_j − slack·(r_i + r_j) apart. */
    static void assertNoOverlaps(List<Particle> ps, double slack, boolean periodic, double length) {
        for (int i = 0; i < ps.size(); i++) {
            Particle a = ps.get(i);
            for (int j = 0; j < i; j++) {
                Particle b = ps.get(j);
                double d = distance(a.x(), a.y(), a.z(), b, periodic ? length : 0);
                assertThat(d).as("%s and %s", a, b).isGreaterThanOrEqualTo((a.radius() + b.radius()) * (1 - slack));
            }
        }
    }
}
