// Space-charge layers at LiCoO2 | Li3PS4: the review's Fig. 4 story in numbers (Wang, Su, Liu, Chen et al.,
// Trans. Nanjing Univ. Aeronaut. Astronaut. 35, 578 (2018), Fig. 4, after Haruyama et al. 2014).
// (a) both sides ionic conductors, (b) LiCoO2 conducting electrons, (c) a LiNbO3 coating between.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.spacecharge.*;

double t = Units.ROOM_TEMPERATURE;

// Phases from the catalog: permittivities, Li densities and conductivities with their sources. Values
// the catalog lacks or that do not fit a coating are given here: εr 9.1 for β-Li3PS4 (a DFT value);
// εr 30 for an amorphous LiNbO3 coating (the catalog's 66 is the crystal's), whose mobile Li⁺ are
// few (θ∞ = 1e-3). Each Li sublattice is a lattice gas, half filled unless the catalog says otherwise.
Phase lcoIonic = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).build();
Phase lcoMetal = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).bulkOccupancy(1e-3).build();
System.out.println(lps);

// The Li⁺ chemical-potential step LiCoO2 → Li3PS4 is not measured; 0.5 eV is in the plausible
// 0.4–1 eV range (research note §2.10). Li⁺ is more stable in the oxide, so it leaves the sulfide.
double step = Units.eV(0.5);

// (a) ionic | ionic: the step splits between the two sides (mesh-free, exact)
JunctionSolution a = JunctionSolver.withDefaults().solve(Junction.of(lcoIonic, lps, step, t));
System.out.println(a);

// (b) LiCoO2 screens by electrons: its layer vanishes, the whole step falls in Li3PS4
JunctionSolution b = JunctionSolver.withDefaults().solve(Junction.of(lcoMetal, lps, step, t));
System.out.println(b);

// (c) 5 nm of LiNbO3 (Li level aligned with the oxide cathode) between them, layered solver
LayeredSolver fv = LayeredSolver.withDefaults();
LayeredSolution c = fv.solve(LayeredJunction.coated(Junction.of(lcoMetal, lps, step, t), lnb, Units.nm(5), 0));
System.out.println(c);

System.out.printf("Li3PS4 space-charge resistance: ionic cathode %.3g, electron-conducting cathode %.3g, "
        + "LiNbO3-coated %.3g Ω·cm²%n", Units.toOhmCm2(a.right().resistance()), Units.toOhmCm2(b.right().resistance()),
        Units.toOhmCm2(c.layer(2).resistance()));

// How thick should the coating be? Space charge falls, the coating's own d/σ rises.
double[] d = new double[12];
for (int i = 0; i < d.length; i++) d[i] = Units.nm(0.25 * Math.pow(1.5, i));
Sweep sweep = Sweeps.thickness(fv, LayeredJunction.coated(Junction.of(lcoMetal, lps, step, t), lnb, Units.nm(1), 0), 1, d);
System.out.println(sweep);
System.out.printf("lowest total resistance at d = %.2f nm%n", Units.toNm(sweep.argminResistance()));

// Profiles are Profiles: the Li⁺ occupancy of Li3PS4 next to the electron-conducting cathode
Profile theta = b.occupancyProfile(1, 40);
System.out.printf("θ(Li3PS4) at the interface %.3g, bulk %.3g; layer width ε/C = %.3f nm%n", theta.y(0),
        theta.y(theta.size() - 1), Units.toNm(b.right().width()));

// The layer's thickness by a stated criterion (Li within 1 % of bulk beyond it), next to ε/C, and
// the extents of the coating's own two space-charge layers (from the layered solution)
double extent = SemiInfinite.of(9.1, lps.law(), t, b.right().drop()).extent(0.01);
System.out.printf("Li3PS4 layer: 1 %% extent %.3f nm, ε/C %.3f nm%n", Units.toNm(extent), Units.toNm(b.right().width()));
double[] coatLayers = c.spaceChargeExtents(1, 0.01);
System.out.printf("LiNbO3 5 nm: space-charge layers %.3f nm (cathode side) and %.3f nm (Li3PS4 side)%n",
        Units.toNm(coatLayers[0]), Units.toNm(coatLayers[1]));

// Every solution reports the same diagnostics (SpaceChargeSolution), and two capacitances per layer:
// the differential |dQ/dφ0| a small-signal impedance sees, and the integral |Q/φ0| of the charge stored
SpaceChargeSolution any = c;
System.out.printf("%s: %d iterations, residual %.2g C/m², %d stage(s), warnings %s%n", any.method(), any.iterations(),
        any.residual(), any.continuationStages(), any.warnings());
System.out.printf("Li3PS4 next to the electron-conducting cathode: C differential %.3g, integral %.3g µF/cm²%n",
        b.right().differentialCapacitance() * 100, b.right().integralCapacitance() * 100);
// φ across the whole coated stack in one frame (first phase's bulk at 0 V)
Profile phiAll = c.potential();
System.out.printf("φ at the LiNbO3 | Li3PS4 interface %.3f V, in bulk Li3PS4 %.3f V%n", phiAll.valueAt(Units.nm(5)),
        phiAll.y(phiAll.size() - 1));
