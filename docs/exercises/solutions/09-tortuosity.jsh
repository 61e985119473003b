// Exercise 9: tortuosity factors by hand and by the solver. Run by the build.
import java.util.*;
import org.interphase.core.*;
import org.interphase.microstructure.*;

void check(String what, double value, double expected, double rel) {
    if (!(Math.abs(value - expected) <= rel * Math.abs(expected))) throw new AssertionError(what + ": " + value + " vs " + expected);
}
double h = Units.um(1);
VoxelPhase a = VoxelPhase.of(0, "a");
VoxelPhase b = VoxelPhase.of(1, "b");
ConductionSolver solver = ConductionSolver.withDefaults();

// 1. Layers normal to z, 3 voxels of a (σ = 0.1 S/m) then 1 of b (σ = 1 S/m), repeated: in series along z
// σ_eff = 1/(f_a/σ_a + f_b/σ_b) (harmonic mean), in parallel along x and y f_a·σ_a + f_b·σ_b (arithmetic mean)
Microstructure layers = Microstructure.of(16, 16, 16, h, List.of(a, b), (x, y, z) -> z % 4 == 3 ? 1 : 0);
ConductionSolution s = solver.solve(ConductionProblem.of(layers).withConductivity(a, 0.1).withConductivity(b, 1.0));
double harmonic = 1 / (0.75 / 0.1 + 0.25 / 1.0);
double arithmetic = 0.75 * 0.1 + 0.25 * 1.0;
System.out.printf("layers: σ_eff z = %.6f (harmonic %.6f), x = %.6f, y = %.6f (arithmetic %.6f) S/m, %d iterations%n",
        s.effectiveConductivity(Axis.Z), harmonic, s.effectiveConductivity(Axis.X), s.effectiveConductivity(Axis.Y), arithmetic, s.iterations(Axis.Z));
check("series", s.effectiveConductivity(Axis.Z), harmonic, 1e-8);
check("parallel x", s.effectiveConductivity(Axis.X), arithmetic, 1e-8);
check("parallel y", s.effectiveConductivity(Axis.Y), arithmetic, 1e-8);
// two conducting phases: τ = εσ/σ_eff needs one conducting phase, so it is empty here
if (s.tortuosityFactor(Axis.Z).isPresent()) throw new AssertionError("τ of a two-phase conductor");

// 2. Make a an insulator: along x and y b forms straight channels, τ = 1 exactly; along z nothing percolates
ConductionSolution channels = solver.solve(ConductionProblem.of(layers).withConductivity(b, 1.0));
System.out.printf("channels: τ_x = %.12f, σ_eff z = %s, %s%n", channels.tortuosityFactor(Axis.X).getAsDouble(),
        channels.effectiveConductivity(Axis.Z), channels.connectivity(Axis.Z));
check("straight channels", channels.tortuosityFactor(Axis.X).getAsDouble(), 1.0, 1e-9);
if (channels.effectiveConductivity(Axis.Z) != 0 || channels.tortuosityFactor(Axis.Z).isPresent()) throw new AssertionError("layers in series with an insulator conduct");

// 3. An interface resistance R on every a|b face adds in series. The b layers sit at z = 3, 7, 11, 15; the last
// one is on the top face, so the stack has 7 a|b faces: R_total = L/σ_series + 7R
double r = 1e-5;   // Ω·m²
ConductionSolution withR = solver.solve(ConductionProblem.of(layers).withConductivity(a, 0.1).withConductivity(b, 1.0).withInterfaceResistance(a, b, r).withAxes(Axis.Z));
double length = 16 * h;
double expected = length / (length / harmonic + 7 * r);
System.out.printf("with R = %.0e Ω·m² on the faces: σ_eff z = %.6f S/m (by hand %.6f)%n", r, withR.effectiveConductivity(Axis.Z), expected);
check("interface resistance", withR.effectiveConductivity(Axis.Z), expected, 1e-8);

// 4. Random overlapping insulating spheres (radius 3 voxels) in a conducting matrix at porosity ε = 0.9 … 0.5:
// τ and the Bruggeman exponent α of σ_eff/σ = ε^α (Bruggeman, Ann. Phys. 416, 636 (1935): α = 3/2 for dilute spheres)
VoxelPhase pore = VoxelPhase.of(1, "electrolyte");
VoxelPhase solid = VoxelPhase.of(2, "solid");
List<ConductionSolution> runs = new ArrayList<>();
for (double solidFraction : new double[] {0.1, 0.2, 0.3, 0.4, 0.5}) {
    Microstructure m = PackingGenerator.withDefaults().withSeed(3).solve(PackingProblem.of(40, 40, 40, h).withBackground(pore).withSpheres(solid, solidFraction, SizeDistribution.fixed(3 * h), Placement.OVERLAPPING)).microstructure();
    ConductionSolution c = solver.solve(ConductionProblem.of(m).withConductivity(pore, 1.0).withAxes(Axis.Z));
    runs.add(c);
    System.out.printf("ε = %.3f: τ = %.3f, σ_eff/σ = %.4f, ε^1.5 = %.4f%n", c.conductingFraction(), c.tortuosityFactor(Axis.Z).getAsDouble(),
            c.effectiveConductivity(Axis.Z), Math.pow(c.conductingFraction(), 1.5));
}
BruggemanFitSolution fit = BruggemanFitter.withDefaults().solve(BruggemanFitProblem.of(runs, Axis.Z));
System.out.println(fit);
// overlapping spheres (a "Swiss cheese") are not Bruggeman's dilute, separate spheres: the matrix between
// clusters of spheres is more tortuous, and α comes out well above 3/2 (about 2 here)
if (!(fit.exponent() > 1.7 && fit.exponent() < 2.3)) throw new AssertionError("Bruggeman exponent " + fit.exponent());
