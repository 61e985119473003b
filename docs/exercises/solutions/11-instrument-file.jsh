// Exercise 11: from an instrument's file to the resistances of a coated cathode. Run by the build.
// The .mpt was written by hand (not by EC-Lab) from L0 = 0.5 µH, R0 = 35 Ω, R1 = 120 Ω ‖ CPE1
// (1e-6, 0.95), R2 = 900 Ω ‖ CPE2 (2e-4, 0.8), 0.5 % noise, two cycles, with decimal commas.
import java.nio.file.*;
import java.util.*;
import org.interphase.core.*;
import org.interphase.impedance.*;
import org.interphase.impedance.io.*;

Path file = Path.of("exercises/data/11-coated-cathode.mpt");
if (!Files.exists(file)) file = Path.of("docs/exercises/data/11-coated-cathode.mpt");

// 1. the file: Latin-1 (µ, ²), decimal commas, ten columns; SpectrumCsv refuses it, SpectrumFiles reads it
String why;
try {
    SpectrumCsv.read(file);
    why = "read";
} catch (IllegalArgumentException e) {
    why = e.getMessage();
}
System.out.println("SpectrumCsv: " + why);
if (why.equals("read")) throw new AssertionError("SpectrumCsv was expected to refuse the .mpt");
byte[] bytes = Files.readAllBytes(file);
SpectrumFormat format = SpectrumFiles.detect(file.getFileName().toString(), new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
System.out.println("detected: " + format.description());
if (format != SpectrumFormat.BIOLOGIC_MPT) throw new AssertionError(format);
Spectrum raw = SpectrumFiles.read(file);
System.out.println(raw);
raw.warnings().forEach(System.out::println);
if (raw.size() != 178) throw new AssertionError("rows: " + raw.size());
// the file holds −Z'' (EC-Lab's -Im(Z)/Ohm); the spectrum holds Z'': negative at the apex of an arc
if (!(raw.im(40) < 0)) throw new AssertionError("sign of Z''");

// 2. the inductive tail and the cycles
Spectrum noTail = raw.withoutInductiveTail();
int tail = raw.size() - noTail.size();
System.out.println(noTail.warnings().get(noTail.warnings().size() - 1));
Spectrum data = noTail.averageRepeats();
System.out.println(data);
if (tail % 2 != 0 || tail == 0) throw new AssertionError("tail: " + tail);

// 3. the fit, and the same with L0 on all points
CircuitFitSolution fit = CircuitFitter.withDefaults().withStarts(4).solve(CircuitFitProblem.of(
        Circuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)"), data, 30, 100, 1e-6, 0.9, 1000, 1e-4, 0.8));
System.out.println(fit);
CircuitFitSolution withL = CircuitFitter.withDefaults().withStarts(4).solve(CircuitFitProblem.of(
        Circuit.parse("L0-R0-p(R1,CPE1)-p(R2,CPE2)"), raw.averageRepeats(), 1e-7, 30, 100, 1e-6, 0.9, 1000, 1e-4,
        0.8));
System.out.println(withL);
for (CircuitFitSolution s : List.of(fit, withL)) {
    if (Math.abs(s.parameter("R2") / 900 - 1) > 0.02) throw new AssertionError("R2 = " + s.parameter("R2"));
    if (Math.abs(s.parameter("R1") / 120 - 1) > 0.05) throw new AssertionError("R1 = " + s.parameter("R1"));
}
if (Math.abs(withL.parameter("R0") / 35 - 1) > 0.02) throw new AssertionError("R0 = " + withL.parameter("R0"));

// 4. the DRT: the two processes are a factor ~1500 apart in τ; split at the minimum of γ between them
DrtSolution drt = DrtSolver.withDefaults().solve(data);
System.out.println(drt);
double split = Math.sqrt(7.5e-5 * 0.117);                  // s, between τ1 = (R1Q1)^(1/α1) and τ2
double r1 = drt.resistanceBetween(1e-9, split);
double r2 = drt.resistanceBetween(split, 1e3);
System.out.printf("R1 ≈ %.1f Ω, R2 ≈ %.1f Ω, R_pol = %.1f Ω from the DRT (120, 900, 1020 in the file)%n", r1, r2,
        drt.polarizationResistance());
// R_pol is right to 1 %; its split is not as sharp: a noise ripple at 3 ms sits near the cut and
// goes to R1 (about +8 %). The fit, which knows the shape of a CPE arc, splits to 0.3 %.
if (Math.abs(drt.polarizationResistance() / 1020 - 1) > 0.01) throw new AssertionError("R_pol");
if (Math.abs(r1 / 120 - 1) > 0.10 || Math.abs(r2 / 900 - 1) > 0.03) throw new AssertionError(r1 + ", " + r2);

// 5. keep the prepared data: CSV reads back to the same bits
Path out = Files.createTempFile("cathode", ".csv");
SpectrumFiles.write(out, data, SpectrumFormat.CSV);
if (!SpectrumFiles.read(out).equals(data)) throw new AssertionError("round trip");
Files.delete(out);
