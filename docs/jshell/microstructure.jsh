// Composite electrodes in 3D: generate a CAM + SE composite, measure its geometry, conduct through it, and
// turn the result into the electrode's impedance. Small grid (40³) so that it runs in seconds.
import java.util.*;
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.microstructure.*;
import org.interphase.impedance.Spectrum;
import org.interphase.stack.InterfaceStack;

// NMC811 particles (radius 2 µm, 40 %) and Li6PS5Cl particles (radius 1 µm, 20 %) packed densely; the rest is pore
double h = Units.um(0.5);                                   // voxel size: 40 voxels = a 20 µm thick electrode
VoxelPhase cam = VoxelPhase.of(1, Materials.NMC811);
VoxelPhase se = VoxelPhase.of(2, Materials.LI6PS5CL);
PackingProblem packing = PackingProblem.of(40, 40, 40, h).withSpheres(cam, 0.40, SizeDistribution.fixed(Units.um(2)), Placement.DENSE).withSpheres(se, 0.20, SizeDistribution.fixed(Units.um(1)), Placement.DENSE);
PackingSolution packed = PackingGenerator.withDefaults().withSeed(7).solve(packing);
Microstructure m = packed.microstructure();
System.out.println(packed);
System.out.printf("CAM %.3f, SE %.3f, pore %.3f of the volume; %d particles%n", packed.volumeFraction(cam),
        packed.volumeFraction(se), packed.volumeFraction(PackingProblem.PORE), packed.particles().size());

// Geometry: which CAM reaches the current collector (z = 0), which SE the separator (z = top), the active area
GeometrySolution g = GeometrySolver.withDefaults().solve(GeometryProblem.electrode(m, cam, se).withParticles(packed.particles()));
System.out.printf("CAM connected to the collector: %.3f, SE connected to the separator: %.3f%n",
        g.electronicallyConnectedFraction(), g.ionicallyConnectedFraction());
System.out.printf("CAM|SE interface: %.3g µm²/µm³ (smoothed), active %.3f of it = %.3g m²/m³, %.2f cm² per cm² of electrode%n",
        g.specificInterfaceArea(cam, se) * 1e-6, g.activeFraction(), g.activeAreaPerVolume(), g.activeAreaPerElectrodeArea());

// Ionic conduction through the SE (catalog σ(T) at 25 °C; NMC811 and pores have no ionic law, so they insulate)
ConductionSolution ion = ConductionSolver.withDefaults().solve(ConductionProblem.ionic(m, Units.celsius(25)).withAxes(Axis.Z));
System.out.println(ion);
double sigmaSe = Materials.LI6PS5CL.ionicConductivity(Units.celsius(25));
double sigmaIon = ion.effectiveConductivity(Axis.Z);
System.out.printf("SE σ = %.3g mS/cm, σ_eff = %.3g mS/cm, τ = %.2f, MacMullin %.1f, %d iterations%n",
        Units.toMScm(sigmaSe), Units.toMScm(sigmaIon), ion.tortuosityFactor(Axis.Z).orElseThrow(),
        ion.macMullinNumber(Axis.Z).orElseThrow(), ion.iterations(Axis.Z));

// Electronic conduction through the CAM: NMC811 has no electronic conductivity in the catalog, so give one
// (0.1 S/m, an assumed order of magnitude for a lithiated layered oxide)
ConductionSolution el = ConductionSolver.withDefaults().solve(ConductionProblem.of(m).withConductivity(cam, 0.1).withAxes(Axis.Z));
double sigmaEl = el.effectiveConductivity(Axis.Z);
System.out.printf("CAM σ_eff = %.3g S/m, τ = %s%n", sigmaEl,
        el.tortuosityFactor(Axis.Z).isPresent() ? String.format(Locale.ROOT, "%.2f", el.tortuosityFactor(Axis.Z).getAsDouble()) : "∞ (does not percolate)");

// The electrode's impedance: a transmission line with the two rails and the CAM|SE interface from a stack
// (R_ct = 10 Ω·cm², C_dl = 10 µF/cm², assumed) on the active area per volume
InterfaceStack camSe = InterfaceStack.between(Materials.NMC811, Materials.LI6PS5CL).chargeTransfer(Units.ohmCm2(10), 0.1).build();
ElectrodeImpedanceProblem tlm = ElectrodeImpedanceProblem.of(m.length(Axis.Z), sigmaIon, g.activeAreaPerVolume(), camSe).withElectronicConductivity(sigmaEl).withElectrolyte(sigmaSe, packed.volumeFraction(se));
ElectrodeImpedanceSolution z = ElectrodeImpedanceSolver.withDefaults().solve(tlm);
System.out.println(z);
System.out.println("warnings: " + z.warnings());
Spectrum spectrum = z.spectrum();
for (int i = 0; i < spectrum.size(); i += 10) {
    System.out.printf(Locale.ROOT, "  f = %10.3g Hz: Z = %8.3f %+8.3f i Ω·cm²%n", spectrum.frequency(i),
            Units.toOhmCm2(spectrum.re(i)), Units.toOhmCm2(spectrum.im(i)));
}
