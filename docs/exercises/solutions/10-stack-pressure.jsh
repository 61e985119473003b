// Exercise 10: the stack pressure needed for a target stripping current. Run by the build.
import java.util.*;
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.anode.*;

void check(String what, double value, double expected, double rel) {
    if (!(Math.abs(value - expected) <= rel * Math.abs(expected))) throw new AssertionError(what + ": " + value + " vs " + expected);
}
LithiumSupply li = LithiumSupply.lithium();       // catalog Li creep law, D* = 5.69e-15 m²/s, λ = 10 µm, ℓ = 50 µm, S = 2
StrippingSolver solver = StrippingSolver.withDefaults();
double t25 = Units.celsius(25);
double target = Units.mAPerCm2(0.2);
StrippingProblem problem = StrippingProblem.of(li, Materials.LLZO, 0, t25, target);
double phiC = problem.toleratedVoidFraction();
double vm = Materials.LI_METAL.require(Property.MOLAR_VOLUME);
double F = Constants.FARADAY;

// 1. Without pressure only vacancy diffusion supplies Li: j_D = F·D*·(S − 1)/(f_c·ℓ·V_m)
double jd = F * LithiumSupply.LITHIUM_SELF_DIFFUSIVITY_25C * (2 - 1) / (LithiumSupply.BCC_CORRELATION_FACTOR * 50e-6 * vm);
System.out.printf("j_c at 0 MPa: %.3f mA/cm² (by hand %.3f)%n", Units.toMAPerCm2(solver.criticalCurrentDensity(problem)), Units.toMAPerCm2(jd));
check("diffusion limit", solver.criticalCurrentDensity(problem), jd, 1e-3);

// 2. The pressure at which j_c reaches the target, by Brent's method on p ↦ j_c(p) − target
double p = RootFinder.brent(q -> solver.criticalCurrentDensity(problem.withStackPressure(q)) - target, 0, Units.MPa(10), 1.0);
System.out.printf("stack pressure for %.2f mA/cm² at 25 °C: %.3f MPa%n", Units.toMAPerCm2(target), Units.toMPa(p));

// 3. By hand: creep must supply j − j_D = (F/V_m)·(3/2)·ε̇(σ_v)·(2π/3)·λ·(φ_c/π)^{3/2}, the creep law
// ε̇ = 1e-3 s⁻¹·(σ/0.77 MPa)^6.6 at 25 °C (LePage et al., J. Electrochem. Soc. 166, A89 (2019)), the stress around a
// void σ_v = 3p_v/(2n) with p_v = p/(1 − φ_c) (the load carried by the contacts), below the flow-stress cap
// σ_y = 0.77 MPa (Masias et al., J. Mater. Sci. 54, 2585 (2019)): invert for p
double g = 2 * Math.PI / 3 * 10e-6 * Math.pow(phiC / Math.PI, 1.5);
double rate = (target - jd) * vm / F / (1.5 * g);
double stress = Units.MPa(0.77) * Math.pow(rate / 1e-3, 1 / 6.6);
double byHand = stress * 2 * 6.6 / 3 * (1 - phiC);
System.out.printf("by hand: ε̇ = %.3g 1/s, σ_v = %.3f MPa, p = %.3f MPa%n", rate, Units.toMPa(stress), Units.toMPa(byHand));
check("pressure by hand", p, byHand, 1e-4);
if (!(stress < li.flowStress())) throw new AssertionError("the target should be reachable below the cap");
// the most creep can add at 25 °C: σ_v held at σ_y above p = σ_y·(2n/3)·(1 − φ_c); no pressure reaches 0.5 mA/cm²
double cap = solver.criticalCurrentDensity(problem.withStackPressure(Units.MPa(10)));
System.out.printf("largest j_c at 25 °C: %.3f mA/cm² (from %.2f MPa on)%n", Units.toMAPerCm2(cap),
        Units.toMPa(li.flowStress() * 2 * 6.6 / 3 * (1 - phiC)));
check("capped j_c", cap, solver.criticalCurrentDensity(problem.withStackPressure(Units.MPa(5))), 1e-12);

// 4. At 60 °C creep is faster (Q = 37 kJ/mol) and vacancies diffuse faster (55 kJ/mol): less pressure, or none
double t60 = Units.celsius(60);
double jd60 = solver.criticalCurrentDensity(problem.withTemperature(t60));
System.out.printf("j_c at 0 MPa, 60 °C: %.3f mA/cm²%n", Units.toMAPerCm2(jd60));
if (jd60 < target) {
    double p60 = RootFinder.brent(q -> solver.criticalCurrentDensity(problem.withTemperature(t60).withStackPressure(q)) - target, 0, Units.MPa(10), 1.0);
    System.out.printf("stack pressure at 60 °C: %.3f MPa%n", Units.toMPa(p60));
    if (!(p60 < p)) throw new AssertionError("60 °C should need less pressure");
} else {
    System.out.println("at 60 °C diffusion alone carries the target: no pressure needed");
}

// 5. Strip 1 mAh/cm² at the target current: with 10 % more pressure than found the void fraction stays below φ_c
// (at p itself it settles on φ_c); at half the pressure it does not
for (double q : new double[] {1.1 * p, 0.5 * p}) {
    StrippingSolution s = solver.solve(problem.withStackPressure(q).withStrippedCharge(StrippingProblem.ONE_MAH_PER_CM2));
    System.out.printf("p = %.2f MPa: void fraction after 1 mAh/cm² %.4f (tolerated %.2f)%n", Units.toMPa(q), s.voidFractionAfterFirstStrip(), phiC);
    if ((q > p) != (s.voidFractionAfterFirstStrip() < phiC)) throw new AssertionError("void fraction at " + q + " Pa");
}
