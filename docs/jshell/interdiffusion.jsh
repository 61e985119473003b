// Interdiffusion at LiCoO2 | LLZO: a 700 °C anneal, the La2CoO4 layer it grows, the resistance it
// adds, and what a Nb barrier changes. SI in, SI out; Units converts what people type.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.diffusion.*;

// 1. The schedule: 5 K/min to 700 °C, 1 h hold, 5 K/min back to room temperature
ThermalSchedule anneal = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(700), 5.0 / 60).
        hold(Units.hours(1)).coolTo(Units.celsius(25), 5.0 / 60).build();
System.out.println(anneal);

// 2. The catalog pair: Co into LLZO (D from the catalog, with its source) and the products it knows
PairAnnealing lcoLlzo = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, anneal);
System.out.println(lcoLlzo);

// 3. Co profile into LLZO from the erfc solution with ∫D dt of the whole schedule (ramps included)
var co = lcoLlzo.penetrations().get(0);
System.out.printf("effective time at 700 °C: %.2f h%n",
        Units.toHours(anneal.effectiveTime(co.data().law(), Units.celsius(700))));
Profile coProfile = co.profile(1.0, Units.um(1), 51);   // c/c_surface
System.out.printf("Co at 100 nm: %.3f of its interface value%n", coProfile.valueAt(Units.nm(100)));

// 4. La2CoO4: ~50 nm after cathode deposition (Kim et al., J. Power Sources 196 (2011) 764).
//    The deposition history is not in the review: ASSUMED 1 h at 600 °C, growth limited by Co
//    transport (Ea = 1.65 eV, Co in LLZO). Calibrate, then predict the 700 °C anneal on top.
ThermalSchedule deposition = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(600), 10.0 / 60).
        hold(Units.hours(1)).coolTo(Units.celsius(25), 10.0 / 60).build();
ParabolicGrowth la2coo4 = ParabolicGrowth.calibrate(deposition, Units.nm(50), Units.eV(1.65), 0);
System.out.println(la2coo4);
// "No Li⁺ conductivity": bound σ_eff by putting all of the 2600 Ω·cm² measured without a buffer
// (Kato et al. 2014) on the 50 nm layer: σ_eff = 50 nm / 2600 Ω·cm² ≈ 2e-9 S/cm (an upper bound)
double sigmaLa2CoO4 = Units.nm(50) / Units.ohmCm2(2600);
Interphase afterAnneal = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, deposition.then(anneal)).
        interphase("La2CoO4", la2coo4, sigmaLa2CoO4);
System.out.println("deposition + anneal: " + afterAnneal);

// ... and the interphase as a layer of the interface stack (org.interphase.stack)
var stack = org.interphase.stack.InterfaceStack.between(Materials.LICOO2, Materials.LLZO).
        interphase(org.interphase.stack.Layer.of(Materials.LA2COO4, afterAnneal.thickness()).
                withConductivity(afterAnneal.effectiveConductivity())).
        build();
System.out.println(stack.budget());

// 5. The same growth behind a 10 nm barrier in series (Kato et al. 2014 used ~10 nm Nb).
//    Parabolic k_p = Ω·Δc·D with Ω·Δc = 1 gives the layer D; the barrier's D is ASSUMED 100× lower.
Arrhenius layerD = la2coo4.rate();
Arrhenius barrierD = Arrhenius.of(layerD.prefactor() / 100, layerD.activationEnergy());
LinearParabolicGrowth free = new LinearParabolicGrowth(layerD, null, 1.0, 0, null, Units.nm(0.5));
LinearParabolicGrowth withNb = free.behindBarrier(Units.nm(10), barrierD);
ThermalSchedule both = deposition.then(anneal);
System.out.printf("La2CoO4 without barrier %.1f nm, behind 10 nm Nb %.1f nm%n",
        Units.toNm(free.thickness(both)), Units.toNm(withNb.thickness(both)));

// 6. A numerical check anyone can run: the finite-volume solver against the erfc couple
Mesh1D mesh = Mesh1D.uniform(-Units.um(2), Units.um(2), 400);
double lambda = both.integratedDiffusivity(co.data().law());
DiffusionProblem problem = DiffusionProblem.builder(mesh).
        species(DiffusingSpecies.named("Co").diffusivity(Diffusivity.arrhenius(co.data().law())).
                initial(x -> AnalyticDiffusion.couple(1.0, 0.0, x, Units.nm(30) * Units.nm(30))).
                left(Boundary.fixed(1.0)).right(Boundary.fixed(0.0)).build()).
        schedule(both).build();
DiffusionSolution solution = DiffusionSolver.withDefaults().solve(problem);
double worst = 0;
Profile numeric = solution.finalProfile("Co");
for (int i = 0; i < numeric.size(); i++) {
    worst = Math.max(worst, Math.abs(numeric.y(i)
            - AnalyticDiffusion.couple(1.0, 0.0, numeric.x(i), Units.nm(30) * Units.nm(30) + lambda)));
}
System.out.printf("solver vs erfc after the whole schedule: max error %.1e (%d steps, %d rejected, %s)%n", worst,
        solution.acceptedSteps(), solution.rejectedSteps(), solution.scheme());
if (!solution.warnings().isEmpty()) throw new AssertionError("warnings: " + solution.warnings());
