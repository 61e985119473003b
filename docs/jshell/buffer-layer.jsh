// Buffer layers: the Nb buffer at LLZO | LiCoO2, the LiNbO3 coating at LiCoO2 | Li3PS4, and a
// ranking of coatings for NMC811 | Li6PS5Cl. Every stack prints its resistance budget in Ω·cm².
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.spacecharge.*;
import org.interphase.stack.*;
import org.interphase.buffer.*;

// 1. Nb at LLZO | LiCoO2 (Kato et al., J. Power Sources 260 (2014) 292): calibrate M1 to 2600 -> 150 Ω·cm²
//    at 10 nm, and put it into a stack: the suppressed reaction layer as a term, Nb with its fitted σ_eff.
var m1 = ExponentialSuppression.calibrate(Units.ohmCm2(2600), Units.ohmCm2(150), Units.nm(10), 0);
var nb = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).
        coating(Layer.of(Materials.get("Nb"), Units.nm(10)).withConductivity(m1.coatingConductivity())).
        term(CoatingTerms.exponentialSuppression(Mechanism.INTERPHASE, m1)).build();
System.out.println(StackSolver.withDefaults().solve(nb));     // the budget, then any warnings
var nbOpt = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(nb));
System.out.println(nbOpt);
System.out.println(nbOpt.optimum());                         // L*, R(L*), R(0), interior, why
System.out.println("R(L) around the optimum: " + nbOpt.curve());

// 2. LiNbO3 at LiCoO2 | β-Li3PS4: the Poisson–Boltzmann space charge of an electron-conducting LiCoO2
//    (the review's Fig. 4) against the coating's own resistance, with electron blocking required.
//    Assumed, as in space-charge.jsh: εr 9.1 for Li3PS4, εr 30 and few mobile Li⁺ for amorphous LiNbO3,
//    a 0.5 eV Li⁺ step (not measured).
Phase lco = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).bulkOccupancy(1e-3).build();
var sc = SpaceChargeTerms.layered(lco, lps, Units.eV(0.5), lnb, 0, LayeredSolver.withDefaults());
var lcoLps = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(5)).
        spaceCharge("Poisson–Boltzmann", sc).build();
System.out.println(lcoLps.withCoatingThickness(0).budget());
var blocking = new TunnellingBlocking(Units.eV(1), 1);
var lnbOpt = BufferLayerOptimizer.withDefaults().solve(BufferLayerProblem.of(lcoLps).
        withThicknessWindow(0, Units.nm(20)).withElectronBlocking(blocking, 1e3));
System.out.println(lnbOpt);
System.out.println(lnbOpt.budget());
System.out.println("warnings: " + lnbOpt.warnings());       // the optimum sits at the electron-blocking bound

// 3. Rank coatings for NMC811 | Li6PS5Cl, each at its own optimum. NMC811's permittivity and Li density
//    are not in the catalog: LiCoO2's are used (assumed). Each coating enters the space-charge solve with
//    its own catalog Li density and conductivity; their permittivities and mobile Li⁺ are not in the
//    catalog (εr 30 and θ∞ = 1e-3 assumed for all); the same electron-blocking rule applies to all.
//    A candidate the catalog lacks data for is not ranked but listed, with what is missing.
Phase nmc = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
Phase lpsc = MaterialPhases.builder(Materials.LI6PS5CL).relativePermittivity(9.1).build();
java.util.function.Function<Material, Phase> coatingPhase = m -> MaterialPhases.builder(m).relativePermittivity(30).
        bulkOccupancy(1e-3).build();
var scNmc = SpaceChargeTerms.layered(nmc, lpsc, Units.eV(0.5), coatingPhase, 0, LayeredSolver.withDefaults());
var nmcStack = InterfaceStack.between(Materials.NMC811, Materials.LI6PS5CL).spaceCharge("Poisson–Boltzmann", scNmc).build();
var candidates = java.util.List.of(Materials.LINBO3, Materials.get("LiTaO3"), Materials.get("Li4Ti5O12"),
        Materials.get("Li2ZrO3"), Materials.get("Li3PO4"));
var ranking = BufferLayerOptimizer.withDefaults().solve(CoatingRankingProblem.of(nmcStack, candidates).
        withThicknessWindow(0, Units.nm(20)).withElectronBlocking(blocking, 1e3));
System.out.print(ranking);      // "n of 5 candidates ranked", best first, then each skipped one and why
if (ranking.ranked().size() + ranking.skipped().size() != candidates.size()) throw new AssertionError("a candidate was lost");
