// Exercise 5: interphase growth at LiCoO2 | LLZO through a sintering schedule. Run by the build.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.diffusion.*;
import org.apache.commons.math3.special.Erf;

ThermalSchedule sinter = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(700), 5.0 / 60).
        hold(Units.hours(2)).coolTo(Units.celsius(25), 5.0 / 60).build();
Arrhenius dCo = InterfacePairs.get(Materials.LICOO2, Materials.LLZO).interdiffusion().get(0).law();
System.out.println(sinter);

// 1. ∫D dt, the effective time, and a trapezoid rule of our own
double lambda = sinter.integratedDiffusivity(dCo);
double tEff = sinter.effectiveTime(dCo, Units.celsius(700));
System.out.printf("∫D dt = %.4g m², effective time at 700 °C %.3f h (hold 2 h)%n", lambda, Units.toHours(tEff));
int n = 400_000;
double dt = sinter.duration() / n;
double trapezoid = 0;
for (int i = 0; i <= n; i++) {
    double w = (i == 0 || i == n) ? 0.5 : 1.0;
    trapezoid += w * dCo.valueAt(sinter.temperatureAt(Math.min(i * dt, sinter.duration()))) * dt;
}
if (Math.abs(trapezoid / lambda - 1) > 1e-6) throw new AssertionError("∫D dt vs trapezoid: " + trapezoid + " vs " + lambda);
if (!(tEff > Units.hours(2) && tEff < Units.hours(3))) throw new AssertionError("effective time " + tEff);

// 2. How far Co gets
double length = AnalyticDiffusion.diffusionLength(lambda);
double depth = AnalyticDiffusion.penetrationDepth(lambda, 0.01);
System.out.printf("2√(∫D dt) = %.0f nm, 1 %% depth %.0f nm%n", Units.toNm(length), Units.toNm(depth));
if (Math.abs(Erf.erfc(depth / length) - 0.01) > 1e-12) throw new AssertionError("depth");

// 3. La2CoO4 calibrated to Kim et al. 2011 (50 nm) on an ASSUMED deposition history
ThermalSchedule deposition = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(600), 10.0 / 60).
        hold(Units.hours(1)).coolTo(Units.celsius(25), 10.0 / 60).build();
ParabolicGrowth growth = ParabolicGrowth.calibrate(deposition, Units.nm(50), dCo.activationEnergy(), 0);
double afterSinter = growth.thickness(sinter);
System.out.printf("La2CoO4 after the sintering schedule: %.0f nm%n", Units.toNm(afterSinter));
double t700 = Units.celsius(700);
double full = growth.isothermalThickness(t700, Units.hours(2));
double halfTime = growth.isothermalThickness(t700, Units.hours(1));
double tHalf = 1 / (1 / t700 + Constants.BOLTZMANN * Math.log(4) / dCo.activationEnergy());
double halfTemperature = growth.thickness(ThermalSchedule.isothermal(tHalf, Units.hours(2)));
System.out.printf("2 h at 700 °C: %.0f nm; 1 h: %.0f nm (÷√2); 2 h at %.0f °C: %.0f nm (÷2)%n", Units.toNm(full),
        Units.toNm(halfTime), Units.toCelsius(tHalf), Units.toNm(halfTemperature));
if (Math.abs(full / halfTime - Math.sqrt(2)) > 1e-9) throw new AssertionError("time scaling");
if (Math.abs(full / halfTemperature - 2) > 1e-9) throw new AssertionError("temperature for half the thickness");

// 4. The finite-volume solver through the same schedule against the closed form
double lambda0 = Units.nm(20) * Units.nm(20);
Mesh1D mesh = Mesh1D.uniform(-Units.um(3), Units.um(3), 600);
DiffusionProblem couple = DiffusionProblem.builder(mesh).
        species(DiffusingSpecies.named("Co").diffusivity(Diffusivity.arrhenius(dCo)).
                initial(x -> AnalyticDiffusion.couple(1.0, 0.0, x, lambda0)).
                left(Boundary.fixed(1.0)).right(Boundary.fixed(0.0)).build()).
        schedule(sinter).build();
DiffusionSolution solution = DiffusionSolver.withDefaults().withTolerance(1e-5).solve(couple);
double worst = 0;
double[] c = solution.nodalValues("Co", 0);
for (int i = 0; i < c.length; i++) {
    worst = Math.max(worst, Math.abs(c[i] - AnalyticDiffusion.couple(1.0, 0.0, mesh.node(i), lambda0 + lambda)));
}
System.out.printf("finite volume vs erfc: max error %.1e (%d steps)%n", worst, solution.acceptedSteps());
if (worst > 1e-3) throw new AssertionError("solver error " + worst);
