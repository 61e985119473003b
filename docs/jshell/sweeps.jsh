// Interphase sweeps: a design of parameter points, a pure function per point, a table of results —
// on this machine's cores here; the same SweepProblem runs on Apache Spark with interphase-spark
// (docs/guide/sweeps.md, spark/README.md).
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.stack.*;
import org.interphase.buffer.*;
import org.interphase.sweep.*;

// The design: two electrolytes × a LiNbO3 coating of 0–20 nm × two reaction-layer resistances R0,
// named and with units. A grid is addressed by point id; nothing is stored per point.
Design design = Design.grid(
        Factor.levels("electrolyte", "Li6PS5Cl", "LLZO"),
        Factor.values("thickness", "m", Units.nm(0), Units.nm(5), Units.nm(10), Units.nm(20)),
        Factor.values("reaction_asr", "Ω·m²", Units.ohmCm2(100), Units.ohmCm2(1000)));
System.out.println(design);

// The function: a stack per point (the coating's own L/σ, a reaction layer R0·exp(−L/λ) that the coating
// suppresses with λ = 2 nm, a 10 Ω·cm² charge transfer), solved by the stack solver. It must be pure:
// the same point gives the same bits on any thread or machine.
SweepFunction stacks = SweepFunctions.stacks(p -> {
    InterfaceStack.Builder b = InterfaceStack.between(Materials.NMC811, Materials.get(p.level("electrolyte")));
    if (p.number("thickness") > 0) {
        b = b.coating(Materials.LINBO3, p.number("thickness"));
    }
    return b.temperature(Units.celsius(25)).chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).
            term(CoatingTerms.exponentialSuppression(Mechanism.INTERPHASE, p.number("reaction_asr"), Units.nm(2))).
            build();
}, StackSolver.withDefaults());

// Run it on two threads: one row per point, in id order, whatever the scheduling.
SweepResult result = SweepRunner.withDefaults().withThreads(2).solve(SweepProblem.of("coating-sweep", design, stacks));
for (SweepRow row : result.rows()) {
    System.out.printf(java.util.Locale.ROOT, "%-9s %4.0f nm  R0 = %4.0f Ω·cm²  →  %7.2f Ω·cm²%n",
            row.point().level("electrolyte"), Units.toNm(row.point().number("thickness")),
            Units.toOhmCm2(row.point().number("reaction_asr")), Units.toOhmCm2(row.output(0).getAsDouble()));
}

// The same table as CSV (units in the header, the library version in every row), e.g. for pandas.
StringBuilder csv = new StringBuilder();
result.writeCsv(csv);
System.out.println(csv.toString().lines().limit(3).collect(java.util.stream.Collectors.joining("\n")));

// A quasi-random design instead of a grid: 64 Sobol points over a continuous range, seeded.
Design sobol = Design.sobol(64, 7, Factor.range("thickness", "m", Units.nm(0), Units.nm(20)));
System.out.println(sobol);
