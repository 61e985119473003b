package org.interphase.microstructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.interphase.impedance.ChargeTransfer;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;
import org.junit.jupiter.api.Test;

/**
 * The 3D complex-valued electrode solve ({@link ElectrodeSpectrum3D}) against the transmission line's
 * closed form ({@link ElectrodeImpedanceSolver}): exactly on a laminate, as a validation on a generated
 * composite.
 */
class ElectrodeSpectrum3DTest {

    static final VoxelPhase PORE = VoxelPhase.of(0, "pore");
    static final VoxelPhase CAM = VoxelPhase.of(1, "CAM");
    static final VoxelPhase SE = VoxelPhase.of(2, "SE");
    static final double SIGMA_ION = 0.1;
    static final double SIGMA_EL = 1.0;
    static final double RCT = 2e-3; // 20 Ω·cm²
    static final double CDL = 0.1; // 10 µF/cm²
    static final double[] F = {1e-3, 1.0, 1e3, 1e6};

    /** Z_int in series with a resistance r (Ω·m²). */
    static Impedance plus(Impedance z, double r) {
        return new Impedance() {
            @Override
            public void evaluate(double[] omega, double[] re, double[] im) {
                z.evaluate(omega, re, im);
                for (int i = 0; i < re.length; i++) {
                    re[i] += r;
                }
            }

            @Override
            public boolean perArea() {
                return true;
            }
        };
    }

    static double relativeDifference(Spectrum a, Spectrum b, int k) {
        double dr = a.re(k) - b.re(k);
        double di = a.im(k) - b.im(k);
        return Math.hypot(dr, di) / Math.hypot(b.re(k), b.im(k));
    }

    /** One CAM and one SE column through the electrode: a discrete transmission line. */
    static Microstructure laminate(int nz, double h) {
        return Microstructure.of(2, 2, nz, h, List.of(CAM, SE), (x, y, z) -> x == 0 ? 1 : 2);
    }

    static Spectrum line(Microstructure m, double sigmaIonEff, double sigmaElEff, double a, Impedance zint,
            double[] f) {
        double L = m.length(Axis.Z);
        return ElectrodeImpedanceSolver.withDefaults().solve(ElectrodeImpedanceProblem.of(L, sigmaIonEff, a, zint)
                .withElectronicConductivity(sigmaElEff).withFrequencies(f)).spectrum();
    }

    @Test
    void laminateMatchesTheTransmissionLineToSecondOrderInVoxelsPerDecayLength() {
        // one CAM and one SE column of one voxel each: per depth a = 1/(2h) of interface, rails σ/2, and the
        // interface current crosses half a voxel of each phase, Z_int' = Z_int + h/(2σ_el) + h/(2σ_ion), on the
        // line. The 3D solve is then the midpoint discretization of the line along z, whose error is
        // O((h/|λ|)²), λ = √(z/(r₁ + r₂)) the line's decay length, z = Z_int'/a. Refining the laminate refines
        // its width too (λ ∝ √h), so the error falls as h/|λ|² ∝ h: the test checks the (h/λ)² law itself.
        // Up to 1 kHz only: above it the interface short-circuits and λ falls below one voxel.
        double[] f = {1e-3, 1.0, 1e2, 1e3};
        double L = 20e-6;
        Impedance zint = new ChargeTransfer(RCT, CDL);
        double[] err = new double[2];
        double[] scaled = new double[2];
        int[] nzs = {40, 80};
        for (int r = 0; r < 2; r++) {
            double h = L / nzs[r];
            Microstructure m = laminate(nzs[r], h);
            ElectrodeSpectrum3D.Result s = new ElectrodeSpectrum3D(m, CAM, SIGMA_EL, SE, SIGMA_ION).solve(zint, f, 1e-12,
                    20_000);
            Impedance zPrime = plus(zint, h / (2 * SIGMA_EL) + h / (2 * SIGMA_ION));
            Spectrum tl = line(m, SIGMA_ION / 2, SIGMA_EL / 2, 1 / (2 * h), zPrime, f);
            for (int k = 0; k < f.length; k++) {
                err[r] = Math.max(err[r], relativeDifference(s.spectrum, tl, k));
            }
            // |λ|² at the highest frequency, where the line is shortest
            double[] re = new double[1];
            double[] im = new double[1];
            zPrime.evaluate(new double[] {2 * Math.PI * f[f.length - 1]}, re, im);
            double lambda2 = Math.hypot(re[0], im[0]) * 2 * h / (2 / SIGMA_ION + 2 / SIGMA_EL);
            scaled[r] = relativeDifference(s.spectrum, tl, f.length - 1) * lambda2 / (h * h);
        }
        // measured: max relative difference 4.5e-4 (nz = 40), 2.1e-4 (nz = 80); error·|λ|²/h² = 0.103 and 0.093
        // (of the order of the midpoint rule's 1/12)
        assertTrue(err[1] < 3e-4, "nz = 80: " + err[1]);
        assertEquals(1.0, scaled[1] / scaled[0], 0.15, "error·λ²/h²: " + scaled[0] + ", " + scaled[1]);
        assertTrue(err[1] < 0.6 * err[0], "refinement: " + err[0] + " -> " + err[1]);
    }

    @Test
    void noConnectingClusterIsRefused() {
        Microstructure m = Microstructure.of(4, 4, 8, 1e-6, List.of(PORE, CAM, SE), (x, y, z) -> z < 4 ? 1 : 0);
        ElectrodeSpectrum3D s = new ElectrodeSpectrum3D(m, CAM, SIGMA_EL, SE, SIGMA_ION);
        assertEquals(0, s.unknowns());
        assertThrows(IllegalArgumentException.class, () -> s.solve(new ChargeTransfer(RCT, CDL), F, 1e-8, 100));
    }

    @Test
    void transmissionLineAgreesWithThe3DSolveOnAComposite() {
        // 45 % overlapping NMC-like spheres (radius 2 µm) in a sulfide-like SE, 32 × 32 × 48 voxels of 0.5 µm
        // (24 µm thick); the line is fed by the same voxels: σ_ion,eff and σ_el,eff along z (ConductionSolver),
        // the active CAM|SE voxel-face area per volume (GeometrySolver; the faces the 3D solve carries Z_int on).
        // Measured (seed 3): σ_ion,eff = 0.0332 S/m, σ_el,eff = 0.0679 S/m, a = 7.00e5 1/m (the smoothed area,
        // 4.70e5 1/m, is the better estimate of the true spheres' area but not of these voxels');
        //   f        3D (Ω·m²)               line (Ω·m²)             |ΔZ|/|Z_line|
        //   1 mHz    4.257e-4 − 1.8e-10 j    4.541e-4 − 1.7e-10 j    0.063
        //   1 Hz     4.257e-4 − 1.8e-7 j     4.541e-4 − 1.7e-7 j     0.063
        //   1 kHz    3.430e-4 − 8.51e-5 j    3.752e-4 − 7.53e-5 j    0.088
        //   1 MHz    9.24e-5 − 7.7e-6 j      2.413e-4 − 4.0e-6 j     0.62
        // Low and middle frequencies: the line is within 10 % (it over-estimates Z by 6–9 %). High frequency: the
        // interface short-circuits, current crosses between the phases anywhere, and the 3D electrode conducts as a
        // two-phase composite, 2.6 times better than the line's two separate rails in parallel (L/(σ_ion + σ_el)):
        // the line's limit R_ion·R_el/(R_ion + R_el) is not the electrode's high-frequency resistance when the
        // interface impedance vanishes there (with a coating's or a grain boundary's series resistance it would not).
        double h = 0.5e-6;
        Microstructure m = PackingGenerator.withDefaults().withSeed(3).solve(PackingProblem.of(32, 32, 48, h)
                .withSpheres(CAM, 0.45, SizeDistribution.fixed(2e-6), Placement.OVERLAPPING)
                .withBackground(SE)).microstructure();
        double sIon = ConductionSolver.withDefaults().solve(ConductionProblem.of(m)
                .withConductivity(SE, SIGMA_ION).withAxes(Axis.Z)).effectiveConductivity(Axis.Z);
        double sEl = ConductionSolver.withDefaults().solve(ConductionProblem.of(m)
                .withConductivity(CAM, SIGMA_EL).withAxes(Axis.Z)).effectiveConductivity(Axis.Z);
        GeometrySolution g = GeometrySolver.withDefaults().solve(GeometryProblem.electrode(m, CAM, SE));
        double a = g.activeFaceArea() / m.volume();
        Impedance zint = new ChargeTransfer(RCT, CDL);
        ElectrodeSpectrum3D.Result s = new ElectrodeSpectrum3D(m, CAM, SIGMA_EL, SE, SIGMA_ION).solve(zint, F, 1e-8,
                20_000);
        Spectrum tl = line(m, sIon, sEl, a, zint, F);
        for (int k = 0; k < F.length; k++) {
            // a passive electrode: Re Z > 0, −Im Z > 0 (the interface is capacitive)
            assertTrue(s.spectrum.re(k) > 0 && s.spectrum.im(k) < 0, "f = " + F[k] + ": " + s.spectrum.re(k) + " "
                    + s.spectrum.im(k));
            assertTrue(s.residuals[k] <= 1e-8, "residual " + s.residuals[k]);
        }
        for (int k = 0; k < 3; k++) {
            assertEquals(0.0, relativeDifference(s.spectrum, tl, k), 0.10, "f = " + F[k] + " Hz");
            assertTrue(s.spectrum.re(k) < tl.re(k), "the line over-estimates Re Z at f = " + F[k] + " Hz");
        }
        // the low-frequency plateau is dominated by the interface, R_ct/(aL) = 1.19e-4 Ω·m², plus the rails:
        // the comparison is not carried by the interface alone
        double rct = RCT / (a * m.length(Axis.Z));
        assertTrue(s.spectrum.re(0) > 3 * rct, "plateau " + s.spectrum.re(0) + " vs R_ct/(aL) " + rct);
        double rail = m.length(Axis.Z) / (sIon + sEl);
        // (1.7 % above it at 1 MHz, where |Z_int| is still 1.6e-6 Ω·m² and λ = 0.4 µm)
        assertEquals(rail, tl.re(3), 0.03 * rail, "the line's high-frequency limit L/(σ_ion + σ_el)");
        assertTrue(s.spectrum.re(3) < 0.5 * tl.re(3), "3D " + s.spectrum.re(3) + " vs line " + tl.re(3));
    }
}
