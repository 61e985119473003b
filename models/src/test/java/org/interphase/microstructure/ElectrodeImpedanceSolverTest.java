package org.interphase.microstructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.complex.Complex;
import org.interphase.impedance.ChargeTransfer;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.Impedance;
import org.interphase.impedance.Spectrum;
import org.interphase.materials.Materials;
import org.interphase.stack.InterfaceStack;
import org.junit.jupiter.api.Test;

class ElectrodeImpedanceSolverTest {

    private static final ElectrodeImpedanceSolver SOLVER = ElectrodeImpedanceSolver.withDefaults();

    // a 60 µm cathode: σ_ion,eff = 0.01 S/m (R_ion = 6e-3 Ω·m² = 60 Ω·cm²), a = 3e5 1/m (aL = 18), C = 0.1 F/m²
    private static final double L = 60e-6;
    private static final double SION = 0.01;
    private static final double A = 3e5;
    private static final double C = 0.1;

    private static Complex z(ElectrodeImpedanceProblem p, double f) {
        Spectrum s = SOLVER.solve(p.withFrequencies(new double[] {f})).spectrum();
        return new Complex(s.re(0), s.im(0));
    }

    /**
     * The two rails as a ladder network of N cells, solved directly (banded complex Gaussian elimination
     * with partial pivoting): ionic resistors r1·h and electronic r2·h between nodes, an interface shunt of
     * admittance h/z at interior nodes and h/(2z) at the two end nodes (the trapezoid rule: O(h²)). One
     * ampere enters the electronic node 0 (current collector), the ionic node N (separator) is grounded;
     * Z = φ_el(0) − φ_ion(N).
     */
    static Complex ladder(double r1, double r2, Complex z, double length, int n) {
        double h = length / n;
        int m = 2 * (n + 1); // unknowns: φ_ion(j) at 2j, φ_el(j) at 2j + 1
        double[][] ar = new double[m][m];
        double[][] ai = new double[m][m];
        double[] br = new double[m];
        double[] bi = new double[m];
        double g1 = 1 / (r1 * h);
        double g2 = 1 / (r2 * h);
        for (int j = 0; j < n; j++) {
            stamp(ar, ai, 2 * j, 2 * j + 2, g1, 0);
            stamp(ar, ai, 2 * j + 1, 2 * j + 3, g2, 0);
        }
        Complex y = Complex.ONE.divide(z);
        for (int j = 0; j <= n; j++) {
            double w = (j == 0 || j == n) ? h / 2 : h;
            stamp(ar, ai, 2 * j, 2 * j + 1, y.getReal() * w, y.getImaginary() * w);
        }
        br[1] = 1; // 1 A into the electronic rail at x = 0
        // ground φ_ion(N): replace its equation by φ = 0
        int g = 2 * n;
        java.util.Arrays.fill(ar[g], 0);
        java.util.Arrays.fill(ai[g], 0);
        ar[g][g] = 1;
        br[g] = 0;
        solve(ar, ai, br, bi);
        return new Complex(br[1] - br[g], bi[1] - bi[g]);
    }

    private static void stamp(double[][] ar, double[][] ai, int p, int q, double gr, double gi) {
        ar[p][p] += gr;
        ai[p][p] += gi;
        ar[q][q] += gr;
        ai[q][q] += gi;
        ar[p][q] -= gr;
        ai[p][q] -= gi;
        ar[q][p] -= gr;
        ai[q][p] -= gi;
    }

    /** Half-bandwidth of the ladder's matrix with the unknowns interleaved (node j couples to j ± 1 on both rails). */
    private static final int BAND = 3;

    /** Banded Gaussian elimination with partial pivoting (pivoting widens the upper band to 2·BAND). */
    private static void solve(double[][] ar, double[][] ai, double[] br, double[] bi) {
        int m = br.length;
        for (int k = 0; k < m; k++) {
            int piv = k;
            for (int i = k + 1; i < Math.min(m, k + BAND + 1); i++) {
                if (Math.hypot(ar[i][k], ai[i][k]) > Math.hypot(ar[piv][k], ai[piv][k])) {
                    piv = i;
                }
            }
            double[] t = ar[k];
            ar[k] = ar[piv];
            ar[piv] = t;
            t = ai[k];
            ai[k] = ai[piv];
            ai[piv] = t;
            double s = br[k];
            br[k] = br[piv];
            br[piv] = s;
            s = bi[k];
            bi[k] = bi[piv];
            bi[piv] = s;
            double dr = ar[k][k];
            double di = ai[k][k];
            double dd = dr * dr + di * di;
            for (int i = k + 1; i < Math.min(m, k + BAND + 1); i++) {
                if (ar[i][k] == 0 && ai[i][k] == 0) {
                    continue;
                }
                double fr = (ar[i][k] * dr + ai[i][k] * di) / dd;
                double fi = (ai[i][k] * dr - ar[i][k] * di) / dd;
                for (int c = k; c < Math.min(m, k + 2 * BAND + 1); c++) {
                    ar[i][c] -= fr * ar[k][c] - fi * ai[k][c];
                    ai[i][c] -= fr * ai[k][c] + fi * ar[k][c];
                }
                br[i] -= fr * br[k] - fi * bi[k];
                bi[i] -= fr * bi[k] + fi * br[k];
            }
        }
        for (int k = m - 1; k >= 0; k--) {
            double sr = br[k];
            double si = bi[k];
            for (int c = k + 1; c < Math.min(m, k + 2 * BAND + 1); c++) {
                sr -= ar[k][c] * br[c] - ai[k][c] * bi[c];
                si -= ar[k][c] * bi[c] + ai[k][c] * br[c];
            }
            double dr = ar[k][k];
            double di = ai[k][k];
            double dd = dr * dr + di * di;
            br[k] = (sr * dr + si * di) / dd;
            bi[k] = (si * dr - sr * di) / dd;
        }
    }

    @Test
    void closedFormMatchesTheLadderWithSecondOrderConvergence() {
        double sel = 0.004; // both rails resistive, the electronic one worse
        Impedance zint = new ChargeTransfer(2e-3, C); // 20 Ω·cm², 10 µF/cm²
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.of(L, SION, A, zint).withElectronicConductivity(sel);
        for (double f : new double[] {0.5, 30, 2e3}) {
            Complex exact = z(p, f);
            double omega = 2 * Math.PI * f;
            double[] re = new double[1];
            double[] im = new double[1];
            zint.evaluate(new double[] {omega}, re, im);
            Complex zz = new Complex(re[0] / A, im[0] / A);
            double previous = Double.NaN;
            StringBuilder orders = new StringBuilder();
            for (int n : new int[] {100, 200, 400, 800, 1600}) {
                double err = ladder(1 / SION, 1 / sel, zz, L, n).subtract(exact).abs() / exact.abs();
                if (!Double.isNaN(previous)) {
                    double order = Math.log(previous / err) / Math.log(2);
                    orders.append(String.format(java.util.Locale.ROOT, " %.3f", order));
                    assertThat(order).as("order at f = %s Hz, N = %d", f, n).isCloseTo(2.0, within(0.03));
                }
                previous = err;
            }
            assertThat(previous).as("error at N = 1600, f = %s Hz", f).isLessThan(1e-5);
            System.out.println("ladder vs closed form, f = " + f + " Hz: orders" + orders + ", error at N = 1600: " + previous);
        }
    }

    @Test
    void idealElectronicRailIsDeLevie() {
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.blocking(L, SION, A, C);
        double r = 1 / SION;
        for (double f : new double[] {1e-3, 0.3, 10, 1e4, 1e7}) {
            Complex zz = new Complex(0, -1 / (2 * Math.PI * f * C * A)); // z = Z_int/a, Ω·m³
            Complex expected = zz.multiply(r).sqrt().multiply(zz.divide(r).sqrt().reciprocal().multiply(L).tanh()
                    .reciprocal());
            Complex actual = z(p, f);
            assertThat(actual.subtract(expected).abs()).as("f = %s", f).isLessThan(1e-11 * expected.abs());
            // and the library's own TLMQ element (Landesfeind 2016), with R_ion = L/σ, Q = C·aL, γ = 1
            Spectrum tlmq = Circuit.parse("TLMQ1").spectrum(new double[] {f}, L / SION, C * A * L, 1.0);
            assertThat(actual.getReal()).isCloseTo(tlmq.re(0), within(1e-10 * expected.abs()));
            assertThat(actual.getImaginary()).isCloseTo(tlmq.im(0), within(1e-10 * expected.abs()));
        }
        // a very good electronic conductor tends to the ideal rail
        Complex nearly = z(p.withElectronicConductivity(1e9), 10);
        assertThat(nearly.subtract(z(p, 10)).abs()).isLessThan(1e-9 * nearly.abs());
    }

    @Test
    void theRailsCanBeSwapped() {
        // the formula is symmetric in r1, r2 (and the ladder is symmetric under reversing x and swapping rails)
        Impedance zint = new ChargeTransfer(2e-3, C);
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.of(L, 0.01, A, zint).withElectronicConductivity(0.03);
        ElectrodeImpedanceProblem q = ElectrodeImpedanceProblem.of(L, 0.03, A, zint).withElectronicConductivity(0.01);
        for (double f : new double[] {0.1, 10, 1e3, 1e5}) {
            assertThat(z(p, f).subtract(z(q, f)).abs()).isLessThan(1e-13 * z(p, f).abs());
        }
        // equal rails r: Z = (r/2)(L + 2λ/sinh(L/λ)) + r·λ·coth(L/λ), λ = √(z/2r)
        ElectrodeImpedanceProblem eq = ElectrodeImpedanceProblem.blocking(L, 0.02, A, C).withElectronicConductivity(0.02);
        double r = 1 / 0.02;
        double f = 40;
        Complex zz = new Complex(0, -1 / (2 * Math.PI * f * C * A));
        Complex lambda = zz.divide(2 * r).sqrt();
        Complex x = lambda.reciprocal().multiply(L);
        Complex expected = lambda.multiply(2).divide(x.sinh()).add(L).multiply(r / 2).add(lambda.multiply(r).divide(x.tanh()));
        assertThat(z(eq, f).subtract(expected).abs()).isLessThan(1e-12 * expected.abs());
    }

    @Test
    void blockingLowFrequencyLimitIsAThirdOfTheRails() {
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.blocking(L, SION, A, C).withElectronicConductivity(0.05);
        double rion = L / SION;
        double rel = L / 0.05;
        for (double f : new double[] {1e-4, 1e-6}) {
            Complex zl = z(p, f);
            // Re Z = (R_ion + R_el)/3 + O(ω²);  Im Z = −1/(ωC·aL) + O(ω)
            assertThat(zl.getReal()).isCloseTo((rion + rel) / 3, within(1e-9 * rion));
            assertThat(zl.getImaginary() * 2 * Math.PI * f * C * A * L).isCloseTo(-1.0, within(1e-6));
        }
        ElectrodeImpedanceSolution s = SOLVER.solve(p);
        assertThat(s.lowFrequencyResistance().getAsDouble()).isCloseTo((rion + rel) / 3, within(1e-18));
    }

    @Test
    void highFrequencyLimitIsTheParallelRailsPlusTheSquareRootBranch() {
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.blocking(L, SION, A, C).withElectronicConductivity(0.05);
        double rion = L / SION;
        double rel = L / 0.05;
        double par = rion * rel / (rion + rel);
        double q = (rion * rion + rel * rel) / (rion + rel);
        double f = 1e9;
        // |ν| = L/|λ| ≫ 1: csch ν and coth ν − 1 are ~e^(−|ν|/√2), so Z = P + Q/ν exactly to rounding
        Complex zs = new Complex(0, -1 / (2 * Math.PI * f * C * A * L));
        Complex nu = new Complex(rion + rel).divide(zs).sqrt();
        assertThat(nu.abs()).isGreaterThan(1e3);
        Complex expected = new Complex(par).add(nu.reciprocal().multiply(q));
        assertThat(z(p, f).subtract(expected).abs()).isLessThan(1e-12 * expected.abs());
        assertThat(SOLVER.solve(p).highFrequencyResistance()).isCloseTo(par, within(1e-18));
    }

    @Test
    void noJumpWhereTheSeriesTakeOver() {
        // |ν²| = 0.01 ↔ ω = 0.01/((R_ion + R_el)·C·aL) for a blocking interface
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.blocking(L, SION, A, C).withElectronicConductivity(0.05);
        double f0 = 0.01 / ((L / SION + L / 0.05) * C * A * L) / (2 * Math.PI);
        Complex below = z(p, f0 * (1 - 1e-9));
        Complex above = z(p, f0 * (1 + 1e-9));
        assertThat(above.subtract(below).abs()).isLessThan(1e-8 * below.abs());
        assertThat(Math.abs(above.getReal() - below.getReal())).isLessThan(1e-13 * below.getReal());
    }

    @Test
    void tortuosityIsReadBackFromTheBlockingSpectrum() {
        // electrolyte σ0 = 0.1 S/m at ε = 0.3, τ = 3 → σ_ion = ε σ0/τ = 0.01 S/m
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.blocking(L, 0.01, A, C).withElectrolyte(0.1, 0.3)
                .withFrequencies(Spectrum.logFrequencies(1e5, 1e-3, 41));
        ElectrodeImpedanceSolution s = SOLVER.solve(p);
        assertThat(s.tortuosityFactor().getAsDouble()).isCloseTo(3.0, within(1e-14));
        // exact up to the O(ω²) term of the series: 3·Re Z = R_ion·(1 − (6/945)|ν²|²), |ν²| = R_ion·ωC·aL at 1 mHz
        double nu2 = L / 0.01 * 2 * Math.PI * 1e-3 * C * A * L;
        double deficit = 1 - s.ionicResistanceFromSpectrum().getAsDouble() / (L / 0.01);
        assertThat(deficit).isCloseTo(6.0 / 945 * nu2 * nu2, within(0.01 * 6.0 / 945 * nu2 * nu2));
        assertThat(s.tortuosityFactorFromSpectrum().getAsDouble()).isCloseTo(3.0, within(1e-10));
        assertThat(s.warnings()).isEmpty();
        // a sweep that stops too high reads R_ion low, and says so
        ElectrodeImpedanceSolution early = SOLVER.solve(p.withFrequencies(Spectrum.logFrequencies(1e5, 100, 11)));
        assertThat(early.tortuosityFactorFromSpectrum().getAsDouble()).isLessThan(2.99);
        assertThat(early.warnings()).anyMatch(w -> w.contains("not in the capacitive limit"));
        // non-blocking: no read-back
        ElectrodeImpedanceSolution nb = SOLVER.solve(ElectrodeImpedanceProblem.of(L, 0.01, A, new ChargeTransfer(1e-3, C)));
        assertThat(nb.ionicResistanceFromSpectrum()).isEmpty();
        assertThat(nb.lowFrequencyResistance()).isEmpty();
    }

    @Test
    void anInterfaceStackFeedsTheLineAndItsDcLimitIsTheRealLine() {
        InterfaceStack stack = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).coating(Materials.LINBO3, 5e-9)
                .chargeTransfer(1e-3, 0.1).build();
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.of(L, SION, A, stack).withElectronicConductivity(0.05);
        double rint = stack.budget().total();
        // at ω → 0 the interface is R_int: Z = p(L + 2λ/sinh) + qλ·coth with real λ, all real arithmetic
        double r1 = 1 / SION;
        double r2 = 1 / 0.05;
        double lambda = Math.sqrt(rint / A / (r1 + r2));
        double x = L / lambda;
        double dc = r1 * r2 / (r1 + r2) * (L + 2 * lambda / Math.sinh(x)) + (r1 * r1 + r2 * r2) / (r1 + r2) * lambda
                / Math.tanh(x);
        Complex low = z(p, 1e-9);
        assertThat(low.getReal()).isCloseTo(dc, within(1e-9 * dc));
        assertThat(low.getImaginary()).isCloseTo(0.0, within(1e-6 * dc));
    }

    @Property(tries = 300)
    void theSpectrumIsPassive(@ForAll @DoubleRange(min = -5, max = -3) double logL,
            @ForAll @DoubleRange(min = -4, max = 1) double logIon, @ForAll @DoubleRange(min = -4, max = 3) double logEl,
            @ForAll @DoubleRange(min = 3, max = 7) double logA, @ForAll @DoubleRange(min = -6, max = 0) double logR,
            @ForAll @DoubleRange(min = -3, max = 0) double logC, @ForAll @DoubleRange(min = -4, max = 8) double logF) {
        ElectrodeImpedanceProblem p = ElectrodeImpedanceProblem.of(Math.pow(10, logL), Math.pow(10, logIon),
                Math.pow(10, logA), new ChargeTransfer(Math.pow(10, logR), Math.pow(10, logC)))
                .withElectronicConductivity(Math.pow(10, logEl));
        Complex zz = z(p, Math.pow(10, logF));
        assertThat(zz.getReal()).isGreaterThanOrEqualTo(0.0);
        assertThat(zz.getImaginary()).isLessThanOrEqualTo(0.0); // an RC network: never inductive
        ElectrodeImpedanceProblem b = ElectrodeImpedanceProblem.blocking(Math.pow(10, logL), Math.pow(10, logIon),
                Math.pow(10, logA), Math.pow(10, logC)).withElectronicConductivity(Math.pow(10, logEl));
        Complex zb = z(b, Math.pow(10, logF));
        assertThat(zb.getReal()).isGreaterThanOrEqualTo(0.0);
        assertThat(zb.getImaginary()).isLessThanOrEqualTo(0.0);
    }
}
