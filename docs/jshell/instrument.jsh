// From an instrument's file to a fitted circuit and a DRT (guide: impedance.md, "From your
// instrument's file to a fitted circuit and a DRT"). The file is a hand-written EC-Lab .mpt
// (Latin-1, 16 header lines, a -Im(Z) column, two cycles) of a Li | LLZO | Li cell made from
// L0 = 0.3 µH, R0 = 50 Ω, R1 = 200 Ω ‖ CPE1 (2e-8, 0.9), R2 = 500 Ω ‖ CPE2 (5e-6, 0.85) with 0.3 %
// noise; the script checks what each step gets back.
import java.nio.file.*;
import org.interphase.core.*;
import org.interphase.impedance.*;
import org.interphase.impedance.io.*;

Path file = Path.of("jshell/data/li-llzo-cell.mpt");               // run by the docs build
if (!Files.exists(file)) file = Path.of("docs/jshell/data/li-llzo-cell.mpt");  // by interphase-jshell

// 1. read: format detected (EC-Lab's first line), columns found by name, -Im(Z) negated
Spectrum raw = SpectrumFiles.read(file);
System.out.println(raw);                                   // 130 rows: two cycles of 65

// 2. prepare: the leads' inductive tail out, the two cycles averaged, a window kept
Spectrum data = raw.withoutInductiveTail().averageRepeats().crop(0.1, 1e6);
data.warnings().forEach(System.out::println);              // what was read and done, in order
if (data.size() != 57) throw new AssertionError("points after pre-processing: " + data.size());

// 3. is it a valid spectrum? Kramers–Kronig residuals at the noise level (0.3 % here)
LinKKSolution kk = LinKKSolver.withDefaults().solve(data);
System.out.println(kk);

// 4. the circuit: two depressed arcs in series with the electrolyte
double[] guess = {40, 150, 1e-8, 0.9, 400, 1e-5, 0.8};
CircuitFitSolution fit = CircuitFitter.withDefaults().withStarts(4).solve(CircuitFitProblem.of(
        Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)"), data, guess));
System.out.println(fit);
// R2 comes back within 1 %, R1 within 2 % and R0 is 3–4 % high: removing the tail removed the
// points where jωL0 dominates, not jωL0 itself (1.9 Ω at 1 MHz) from the points kept
if (Math.abs(fit.parameter("R1") / 200 - 1) > 0.02) throw new AssertionError("R1 = " + fit.parameter("R1"));
if (Math.abs(fit.parameter("R2") / 500 - 1) > 0.01) throw new AssertionError("R2 = " + fit.parameter("R2"));
if (Math.abs(fit.parameter("R0") / 50 - 1) > 0.05) throw new AssertionError("R0 = " + fit.parameter("R0"));

// 4b. or keep every point and model the leads: L0 in series, fitted to the averaged cycles
Spectrum all = raw.averageRepeats();
CircuitFitSolution withL = CircuitFitter.withDefaults().withStarts(4).solve(CircuitFitProblem.of(
        Circuit.parse("L0-R0-p(R1,CPE1)-p(R2,CPE2)"), all, 1e-7, 40, 150, 1e-8, 0.9, 400, 1e-5, 0.8));
System.out.println(withL);
if (Math.abs(withL.parameter("R0") / 50 - 1) > 0.01) throw new AssertionError("R0 with L0 = " + withL.parameter("R0"));
if (Math.abs(withL.parameter("L0") / 3e-7 - 1) > 0.03) throw new AssertionError("L0 = " + withL.parameter("L0"));

// 5. the DRT (γ ≥ 0 cannot hold an inductance: the tail must go). A CPE arc is a broad
// distribution, and with noise its flanks show as small side peaks: read the resistance of each
// process over its τ range rather than from the largest peak alone
DrtSolution drt = DrtSolver.withDefaults().solve(data);
System.out.println(drt);
double r1 = drt.resistanceBetween(1e-8, 2e-5);             // s: around τ1 = (R1·Q1)^(1/α1) = 1.0 µs
double r2 = drt.resistanceBetween(2e-5, 10);               // s: around τ2 = (R2·Q2)^(1/α2) = 0.87 ms
System.out.printf("R(τ < 20 µs) = %.1f Ω, R(τ > 20 µs) = %.1f Ω, R_pol = %.1f Ω (200, 500, 700 in the file)%n",
        r1, r2, drt.polarizationResistance());
if (Math.abs(r1 / 200 - 1) > 0.03 || Math.abs(r2 / 500 - 1) > 0.03) throw new AssertionError(r1 + ", " + r2);
double tauLargest = drt.peaks().get(0).timeConstant();
if (Math.abs(Math.log(tauLargest / 8.7e-4)) > Math.log(1.5)) throw new AssertionError("τ of R2: " + tauLargest);
