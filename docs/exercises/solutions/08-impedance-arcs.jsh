// Exercise 8: reading a coated interface off its impedance spectrum. Run by the build.
import org.interphase.core.*;
import org.interphase.impedance.*;

// 1. the coating's apex does not depend on its thickness
double sigma = Units.sPerCm(1e-8);
double expected = sigma / (2 * Math.PI * Constants.VACUUM_PERMITTIVITY * 40);
for (double nm : new double[] {2, 5, 20}) {
    var layer = HomogeneousLayer.of(Units.nm(nm), sigma, 40);
    System.out.println(layer);
    if (Math.abs(layer.apexFrequency() / expected - 1) > 1e-12) throw new AssertionError("apex at " + nm + " nm");
}
var coating = HomogeneousLayer.of(Units.nm(5), sigma, 40);
double apex = coating.spectrum(Spectrum.logFrequencies(1e5, 1e0, 101)).peakFrequency();
System.out.printf("apex of the computed 5 nm spectrum: %.1f Hz (σ/(2πε0εr) = %.1f Hz)%n", apex, expected);
if (Math.abs(apex / expected - 1) > 1e-3) throw new AssertionError("spectrum apex");

// 2. the stack, fitted with two R‖C arcs
var electrolyte = HomogeneousLayer.of(Units.um(500), Units.sPerCm(2e-3), 30);
var ct = new ChargeTransfer(Units.ohmCm2(20), Units.uFPerCm2(5));
double[] f = Spectrum.logFrequencies(1e6, 1e-2, 81);
Spectrum z = Impedance.series(electrolyte, coating, ct).spectrum(f);
CircuitFitSolution fit = CircuitFitter.withDefaults().withStarts(5).solve(CircuitFitProblem.of(
        Circuit.parse("R0-p(R1,C1)-p(R2,C2)"), z, Units.ohmCm2(20), Units.ohmCm2(30), 0.05, Units.ohmCm2(30), 0.5));
System.out.println(fit);
double sum = Units.toOhmCm2(fit.parameter("R1") + fit.parameter("R2"));
System.out.printf("R1 + R2 = %.2f Ω·cm² (coating 50 + charge transfer 20 = 70)%n", sum);
if (Math.abs(sum - 70) > 0.1) throw new AssertionError("R1 + R2 = " + sum);
// the exact spectrum is two R‖C arcs plus the electrolyte's (at 120 MHz, far above the range), so
// here the fit also separates them — real data with noise and CPE-like arcs would not

// 3. the DRT: τ_coating/τ_ct = 3.5
double tauCoat = 1 / (2 * Math.PI * coating.apexFrequency());
double tauCt = 1 / (2 * Math.PI * ct.apexFrequency());
System.out.printf("τ_coating = %.3g s, τ_ct = %.3g s, ratio %.1f%n", tauCoat, tauCt, tauCoat / tauCt);
int peaks(Spectrum s) {
    int n = 0;
    for (double t : DrtSolver.withDefaults().solve(s).peakTimeConstants()) if (t > 1e-5 && t < 1) n++;
    return n;
}
Spectrum noisy(Spectrum s, double relative, long seed) {
    var random = new java.util.Random(seed);
    double[] re = s.real(), im = s.imaginary();
    for (int i = 0; i < re.length; i++) {
        re[i] += relative * s.modulus(i) * random.nextGaussian();
        im[i] += relative * s.modulus(i) * random.nextGaussian();
    }
    return Spectrum.of(s.frequencies(), re, im, true);
}
int exact = peaks(z);
System.out.println("DRT of the exact spectrum, peaks between 10 µs and 1 s: " + exact);
if (exact != 2) throw new AssertionError("noise-free data resolve a τ ratio of 3.5, found " + exact);
int resolved = 0;
for (long seed = 1; seed <= 10; seed++) if (peaks(noisy(z, 0.01, seed)) == 2) resolved++;
System.out.println("with 1 % noise, two peaks in " + resolved + " of 10 noise realizations");
if (resolved == 10) throw new AssertionError("1 % noise should sometimes merge a τ ratio of 3.5");

// 4. a ten times less conductive coating: τ ratio 35
var reacted = HomogeneousLayer.of(Units.nm(5), Units.sPerCm(1e-9), 40);
Spectrum z2 = Impedance.series(electrolyte, reacted, ct).spectrum(f);
int resolved2 = 0;
for (long seed = 1; seed <= 10; seed++) if (peaks(noisy(z2, 0.01, seed)) == 2) resolved2++;
System.out.println("σ = 1e-9 S/cm (τ ratio 35), 1 % noise: two peaks in " + resolved2 + " of 10");
if (resolved2 <= resolved) throw new AssertionError("a larger τ ratio should separate more often");
// the exact spectrum resolves both processes, and each peak carries its process's resistance
var peaks2 = DrtSolver.withDefaults().solve(z2).peaks();
for (var p : peaks2) System.out.printf("  peak at τ = %.3g s: %.1f Ω·cm²%n", p.timeConstant(), Units.toOhmCm2(p.resistance()));
if (peaks2.size() != 2) throw new AssertionError("exact τ ratio 35: " + peaks2.size() + " peaks");
if (Math.abs(Units.toOhmCm2(peaks2.get(0).resistance()) - 500) > 5) throw new AssertionError("coating " + peaks2.get(0));
if (Math.abs(Units.toOhmCm2(peaks2.get(1).resistance()) - 20) > 1) throw new AssertionError("charge transfer " + peaks2.get(1));
