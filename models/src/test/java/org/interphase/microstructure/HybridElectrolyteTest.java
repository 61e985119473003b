package org.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Hybrid polymer/ceramic electrolytes in 3D (issue 15, item 6): ceramic spheres with an interphase
 * shell ({@link Coating}) in a polymer matrix, solved by {@link ConductionSolver} along x, y and z,
 * against the effective-medium closed forms ({@link EffectiveMedium}, {@link CoreShell}) and the
 * percolation of the shell ({@link GeometrySolver}).
 *
 * <p>Conductivities (orders of magnitude of PEO–LiTFSI at room temperature, an LLZO-type garnet and
 * the Li-rich interphase around it; only their ratios matter): polymer 1e-4 S/m, ceramic 1e-2 S/m,
 * shell 1e-1 S/m. The closed forms are fed with the fractions the voxels actually hold (a voxel shell
 * two voxels thick is not a sphere shell), so the comparison tests the theories, not the rasterization.
 */
class HybridElectrolyteTest {

    static final VoxelPhase POLYMER = VoxelPhase.of(0, "polymer");
    static final VoxelPhase CERAMIC = VoxelPhase.of(1, "ceramic");
    static final VoxelPhase SHELL = VoxelPhase.of(2, "shell");
    static final double SIGMA_POLYMER = 1e-4;
    static final double SIGMA_CERAMIC = 1e-2;
    static final double SIGMA_SHELL = 1e-1;
    static final double H = 0.1e-6;

    static PackingSolution pack(int n, double coreFraction, double radiusVoxels, double shellVoxels,
            Placement placement, long seed) {
        PackingProblem p = PackingProblem.of(n, n, n, H)
                .withSpheres(CERAMIC, coreFraction, SizeDistribution.fixed(radiusVoxels * H), placement)
                .withCoating(SHELL, CERAMIC, shellVoxels * H)
                .withBackground(POLYMER);
        return PackingGenerator.withDefaults().withSeed(seed).solve(p);
    }

    static ConductionSolution conduct(Microstructure m) {
        return ConductionSolver.withDefaults().withFields(false).solve(ConductionProblem.of(m)
                .withConductivity(POLYMER, SIGMA_POLYMER)
                .withConductivity(CERAMIC, SIGMA_CERAMIC)
                .withConductivity(SHELL, SIGMA_SHELL));
    }

    /** The three-phase Hashin–Shtrikman bounds on the voxels' own fractions. */
    static double[] bounds(Microstructure m) {
        double fc = m.volumeFraction(CERAMIC);
        double fs = m.volumeFraction(SHELL);
        double[] sig = {SIGMA_POLYMER, SIGMA_CERAMIC, SIGMA_SHELL};
        double[] fr = {1 - fc - fs, fc, fs};
        return new double[] {EffectiveMedium.hashinShtrikmanLower(sig, fr), EffectiveMedium.hashinShtrikmanUpper(sig, fr)};
    }

    /** Nan–Smith with the voxels' core fraction and the shell thickness that gives the voxels' shell fraction. */
    static CoreShell coreShell(Microstructure m, double radius) {
        double fc = m.volumeFraction(CERAMIC);
        double fs = m.volumeFraction(SHELL);
        double t = radius * (Math.cbrt((fc + fs) / fc) - 1);
        return new CoreShell(SIGMA_POLYMER, SIGMA_CERAMIC, SIGMA_SHELL, radius, t, fc);
    }

    @Test
    void threeAxesLieWithinTheHashinShtrikmanBoundsAndAboveNanSmith() {
        // Nan–Smith is Maxwell–Garnett of coated spheres in the polymer: the Hashin–Shtrikman lower bound of
        // the coated-sphere assemblage, so a random packing of them conducts at least as well (to the voxels'
        // shape error, which is far smaller than the 5–25 % margin measured here)
        for (double phi : new double[] {0.05, 0.10}) {
            Microstructure m = pack(48, phi, 4, 1.5, Placement.RANDOM_SEQUENTIAL, 7).microstructure();
            ConductionSolution s = conduct(m);
            double[] hs = bounds(m);
            double cs = coreShell(m, 4 * H).conductivity();
            for (Axis axis : Axis.values()) {
                double sigma = s.effectiveConductivity(axis);
                assertTrue(sigma > hs[0] && sigma < hs[1], phi + " " + axis + ": " + sigma + " outside HS " + hs[0]
                        + " .. " + hs[1]);
                assertTrue(sigma > cs, phi + " " + axis + ": " + sigma + " below Nan–Smith " + cs);
            }
        }
    }

    @Test
    void atLowLoadingAgreesWithNanSmithAndBruggeman() {
        // measured at 1.9 % ceramic (5.0 % coated): the three axes lie 3.3–4.6 % above Nan–Smith (Maxwell–Garnett
        // of the coated spheres) and 1.8–3.1 % above Bruggeman; the first-order excess (σ − σ_m)/σ_m is ≈ 25 %
        // larger than Maxwell's for spheres, the polarizability of a staircase sphere of radius 4 + 1.5 voxels
        Microstructure m = pack(48, 0.02, 4, 1.5, Placement.RANDOM_SEQUENTIAL, 7).microstructure();
        ConductionSolution s = conduct(m);
        CoreShell cs = coreShell(m, 4 * H);
        double fc = m.volumeFraction(CERAMIC);
        double fs = m.volumeFraction(SHELL);
        double br = EffectiveMedium.bruggeman(new double[] {SIGMA_POLYMER, SIGMA_CERAMIC, SIGMA_SHELL},
                new double[] {1 - fc - fs, fc, fs});
        for (Axis axis : Axis.values()) {
            double sigma = s.effectiveConductivity(axis);
            assertEquals(cs.conductivity(), sigma, 0.06 * cs.conductivity(), axis + " vs Nan–Smith");
            assertEquals(cs.bruggemanConductivity(), sigma, 0.05 * sigma, axis + " vs core–shell Bruggeman");
            assertEquals(br, sigma, 0.05 * sigma, axis + " vs three-phase Bruggeman");
            // and far from the polymer alone: the comparison is not trivially satisfied
            assertTrue(sigma > 1.15 * SIGMA_POLYMER, axis + ": " + sigma);
        }
    }

    @Test
    void shellPercolatesNearTheContinuumThresholdOfOverlappingSpheres() {
        // Fully penetrable coated spheres (overlapping placement: cores and shells overlap). The shell spans the
        // 48³ box (radius 4 + 1.5 voxels) along none of 3 axes × 3 seeds at ≤ 15 % coated volume and along all
        // at ≥ 41 %; measured here: 0/9 at 0.150, 1/9 at 0.196 and 0.240, 4/9 at 0.287, 8/9 at 0.333, 9/9 at
        // 0.409 — a finite-size threshold of ≈ 0.29–0.30 coated, i.e. 0.12–0.13 ceramic. Continuum percolation
        // of overlapping spheres: φ_c = 0.2895 (Rintoul & Torquato, J. Phys. A 30, L585 (1997)); the
        // core–shell Bruggeman estimate puts it at 1/3 coated (CoreShell.bruggemanPercolationThreshold()).
        double[] ceramic = {0.06, 0.12, 0.14, 0.18};
        int[] spans = new int[ceramic.length];
        double[] coated = new double[ceramic.length];
        double[] bruggemanCore = new double[ceramic.length];
        for (int k = 0; k < ceramic.length; k++) {
            for (long seed = 1; seed <= 3; seed++) {
                Microstructure m = pack(48, ceramic[k], 4, 1.5, Placement.OVERLAPPING, seed).microstructure();
                GeometrySolution g = GeometrySolver.withDefaults().solve(GeometryProblem.of(m));
                for (Axis axis : Axis.values()) {
                    spans[k] += g.percolates(SHELL, axis) ? 1 : 0;
                }
                if (seed == 1) {
                    coated[k] = m.volumeFraction(CERAMIC) + m.volumeFraction(SHELL);
                    bruggemanCore[k] = coreShell(m, 4 * H).bruggemanPercolationThreshold();
                }
            }
        }
        assertEquals(0, spans[0], "at " + coated[0] + " coated");
        assertTrue(spans[1] >= 2 && spans[1] <= 7, spans[1] + "/9 at " + coated[1] + " coated");
        assertTrue(spans[2] >= 6, spans[2] + "/9 at " + coated[2] + " coated");
        assertEquals(9, spans[3], "at " + coated[3] + " coated");
        assertEquals(0.2895, coated[1], 0.02, "the sweep point next to the continuum threshold");
        // Bruggeman's core fraction threshold (1/3)/(1 + t/a)³ lies between the sweep points that span rarely and often
        assertTrue(bruggemanCore[1] > ceramic[1] && bruggemanCore[1] < ceramic[3], "Bruggeman core threshold "
                + bruggemanCore[1]);
    }
}
