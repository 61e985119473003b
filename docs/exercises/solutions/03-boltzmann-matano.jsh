// Exercise 3: the diffusion couple and Boltzmann–Matano. Run by the build.
import org.interphase.core.*;
import org.interphase.diffusion.*;
import org.apache.commons.math3.special.Erf;
import java.util.function.DoubleUnaryOperator;

double c0 = 1000;                        // mol/m³ on the left, 0 on the right
double d = 1e-17;                        // m²/s
double t = Units.hours(1);

// 1. By hand: Crank, The Mathematics of Diffusion, 2nd ed. (1975), eq. 2.14
double byHand(double x, double lambda) { return 0.5 * c0 * Erf.erfc(x / (2 * Math.sqrt(lambda))); }
double length = 2 * Math.sqrt(d * t);
System.out.printf("2√(Dt) = %.1f nm; c(2√(Dt)) = %.1f mol/m³ (erfc(1)/2 of c0)%n", Units.toNm(length), byHand(length, d * t));
if (Math.abs(byHand(length, d * t) / c0 - 0.0786496) > 1e-6) throw new AssertionError("erfc(1)/2");   // A&S table 7.1
for (double x : new double[] {-length, 0, 0.5 * length, length}) {
    if (Math.abs(AnalyticDiffusion.couple(c0, 0, x, d * t) - byHand(x, d * t)) > 1e-12 * c0) throw new AssertionError("couple at " + x);
}

// 2. The finite-volume solver from the sharp step, on ±1.5 µm (the no-flux ends must lie where erfc
// is flat: erfc(1.5 µm / 2√(Dt)) ~ 2e-8). The node on the interface carries c0/2, the exact average
// of its control volume; Mesh1D.uniform puts it at ~1e-22 m, not 0, hence the tolerance.
DoubleUnaryOperator step(double h) { return x -> Math.abs(x) < 0.25 * h ? c0 / 2 : x < 0 ? c0 : 0; }
double solverError(int cells) {
    Mesh1D mesh = Mesh1D.uniform(-Units.um(1.5), Units.um(1.5), cells);
    DiffusingSpecies co = DiffusingSpecies.named("Co").diffusivity(Diffusivity.constant(d)).initial(step(mesh.cellWidth(0))).build();
    DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-7).
            solve(DiffusionProblem.builder(mesh).species(co).isothermal(Units.celsius(700), t).build());
    double[] c = sol.nodalValues("Co", sol.times().length - 1);
    double worst = 0;
    for (int i = 0; i < c.length; i++) worst = Math.max(worst, Math.abs(c[i] - byHand(mesh.node(i), d * t)));
    return worst;
}
double e1 = solverError(100), e2 = solverError(200), e4 = solverError(400);
double p1 = Math.log(e1 / e2) / Math.log(2), p2 = Math.log(e2 / e4) / Math.log(2);
System.out.printf("FV vs erfc, max error: %.3g (100 cells), %.3g (200), %.3g (400) mol/m³; orders %.2f, %.2f%n",
        e1, e2, e4, p1, p2);
if (e4 > 1e-4 * c0) throw new AssertionError("solver error " + e4);
if (!(p1 > 1.8 && p1 < 2.2 && p2 > 1.8 && p2 < 2.2)) throw new AssertionError("orders " + p1 + ", " + p2);

// 3. Boltzmann–Matano on the exact erfc profile gives back the constant D
Profile erfcProfile = AnalyticDiffusion.coupleProfile(Mesh1D.uniform(-Units.um(1), Units.um(1), 1000), 0, c0, 0, d * t);
BoltzmannMatanoSolution constant = BoltzmannMatanoSolver.withDefaults().withWindow(0.05).
        solve(new BoltzmannMatanoProblem(erfcProfile, t));
System.out.println(constant);
if (Math.abs(constant.matanoPlane()) > 1e-11) throw new AssertionError("Matano plane " + constant.matanoPlane());
for (double di : constant.diffusivities()) if (Math.abs(di / d - 1) > 0.01) throw new AssertionError("D = " + di);

// 4. A composition-dependent D: a decade across the couple, D(c) = D_R·10^(c/c0). Compute the
// profile numerically, then forget D(c) and recover it from the profile alone
Diffusivity truth = Diffusivity.scaled(Arrhenius.of(d / 3, 0), c -> Math.pow(10, c / c0));
Mesh1D fine = Mesh1D.uniform(-Units.um(3), Units.um(3), 600);    // far field flat to 1e-9 on the fast side
DiffusingSpecies co = DiffusingSpecies.named("Co").diffusivity(truth).initial(step(fine.cellWidth(0))).build();
DiffusionSolution sol = DiffusionSolver.withDefaults().withTolerance(1e-5).
        solve(DiffusionProblem.builder(fine).species(co).isothermal(Units.celsius(700), t).build());
Profile measured = sol.finalProfile("Co");
BoltzmannMatanoSolution bm = BoltzmannMatanoSolver.withDefaults().solve(new BoltzmannMatanoProblem(measured, t));
System.out.println(bm);
System.out.printf("Matano plane at %.2f nm (the original interface: 0; cell %.1f nm)%n", Units.toNm(bm.matanoPlane()),
        Units.toNm(fine.cellWidth(0)));
if (Math.abs(bm.matanoPlane()) > 1e-3 * fine.cellWidth(0)) throw new AssertionError("Matano plane " + bm.matanoPlane());
for (double f = 0.1; f < 0.95; f += 0.2) {
    double got = bm.diffusivityAt(f * c0), want = truth.valueAt(Units.celsius(700), f * c0);
    System.out.printf("c/c0 = %.1f: D = %.4g m²/s (true %.4g, %+.2f %%)%n", f, got, want, 100 * (got / want - 1));
    if (Math.abs(got / want - 1) > 0.01) throw new AssertionError("D at c/c0 = " + f + ": " + got + " vs " + want);
}
// the fast side spreads: the 10 % and 90 % contours lie unequally far from the Matano plane
double x90 = 0, x10 = 0;
for (int i = 0; i + 1 < measured.size(); i++) {
    if (measured.y(i) >= 0.9 * c0 && measured.y(i + 1) < 0.9 * c0) x90 = measured.x(i);
    if (measured.y(i) >= 0.1 * c0 && measured.y(i + 1) < 0.1 * c0) x10 = measured.x(i);
}
System.out.printf("90 %% contour at %.0f nm, 10 %% contour at %.0f nm%n", Units.toNm(x90), Units.toNm(x10));
if (!(-x90 > x10)) throw new AssertionError("the high-D (left) side should spread further");
