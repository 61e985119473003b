// Exercise 4: Hertz and the contact fraction. Run by the build.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.contact.*;
import org.apache.commons.math3.stat.regression.SimpleRegression;

void check(String what, double value, double expected, double rel) {
    if (!(Math.abs(value - expected) <= rel * Math.abs(expected))) throw new AssertionError(what + ": " + value + " vs " + expected);
}

// 1. By hand: a LiCoO2 particle (E, ν from the catalog) pressed into 75Li2S–25P2S5 glass (E from the
// catalog; ν = 0.3 assumed, the catalog has none) by its share of a 10 MPa stack pressure.
// Johnson, Contact Mechanics (1985): eq. 4.22 and §4.2.
double e1 = Materials.LICOO2.require(Property.YOUNGS_MODULUS), nu1 = Materials.LICOO2.require(Property.POISSON_RATIO);
double e2 = Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS), nu2 = 0.3;
double eStar = 1 / ((1 - nu1 * nu1) / e1 + (1 - nu2 * nu2) / e2);
double r = Units.um(5);
double force(double stack) { return stack * Math.PI * r * r; }    // the particle carries its cross-section's share
double a(double f) { return Math.cbrt(3 * f * r / (4 * eStar)); }
double f10 = force(Units.MPa(10));
double aHand = a(f10);
double p0Hand = 3 * f10 / (2 * Math.PI * aHand * aHand);
double deltaHand = aHand * aHand / r;
System.out.printf("E* = %.2f GPa; F = %.3g mN: a = %.3f µm, p0 = %.0f MPa, δ = %.1f nm; (a/R)² = %.4f%n",
        eStar / 1e9, f10 * 1e3, aHand * 1e6, p0Hand / 1e6, deltaHand * 1e9, aHand * aHand / (r * r));

// 2. The library's closed form, and the boundary-element solver on grids of 16² to 128² (contact
// radius a fifth of the grid side, so the padded half-space sees an isolated sphere)
check("E*", ContactModulus.combined(e1, nu1, e2, nu2), eStar, 1e-14);
Hertz hertz = new Hertz(r, eStar, f10);
System.out.println(hertz);
check("a", hertz.contactRadius(), aHand, 1e-14);
check("p0", hertz.peakPressure(), p0Hand, 1e-14);
check("δ", hertz.approach(), deltaHand, 1e-14);
double side = aHand / 0.2;
Surface sphere(int n) {
    double dx = side / n, c = n / 2 * dx;
    return Surface.sample(n, n, dx, dx, (x, y) -> -((x - c) * (x - c) + (y - c) * (y - c)) / (2 * r));
}
SimpleRegression approachFit = new SimpleRegression(), peakFit = new SimpleRegression();
ContactSolution bem = null;
for (int n : new int[] {16, 32, 64, 128}) {
    bem = ContactSolver.withDefaults().withTolerance(1e-10).withMaxIterations(2000).solve(ContactProblem.nonPeriodic(sphere(n), eStar).withForce(f10));
    double eDelta = Math.abs(bem.approach() / deltaHand - 1), eP0 = Math.abs(bem.maxPressure() / p0Hand - 1);
    approachFit.addData(Math.log(n), Math.log(eDelta));
    peakFit.addData(Math.log(n), Math.log(eP0));
    System.out.printf("%3d²: δ off by %.2e, p0 off by %.2e, a from the area off by %+.2f %%%n", n, eDelta, eP0,
            100 * (Math.sqrt(bem.contactArea() / Math.PI) / aHand - 1));
}
// piecewise-constant pressure with mid-point collocation: designed order 2; the pixelated contact
// edge makes single steps noisy, so the order is the least-squares slope over the four grids
System.out.printf("orders: approach %.2f, peak pressure %.2f%n", -approachFit.getSlope(), -peakFit.getSlope());
if (!(-approachFit.getSlope() > 1.6 && -approachFit.getSlope() < 2.4)) throw new AssertionError("approach order");
if (!(-peakFit.getSlope() > 1.6 && -peakFit.getSlope() < 2.4)) throw new AssertionError("peak-pressure order");
check("a (128²)", Math.sqrt(bem.contactArea() / Math.PI), aHand, 0.01);

// 3. Contact fraction of the particle's cross-section: (a/R)² ∝ p^(2/3)
double frac(double stack) { double x = a(force(stack)); return x * x / (r * r); }
System.out.printf("(a/R)² at 10, 20, 80 MPa: %.4f, %.4f, %.4f%n", frac(Units.MPa(10)), frac(Units.MPa(20)), frac(Units.MPa(80)));
check("p^(2/3)", frac(Units.MPa(80)) / frac(Units.MPa(10)), 4, 1e-12);

// 4. A wavy interface, Δ = 10 nm over λ = 1 µm: Westergaard (J. Appl. Mech. 6, A49 (1939)),
// A/A0 = (2/π)·arcsin √(p̄/p*), p* = πE*Δ/λ — by hand, by the record, and by the solver (512 points per period)
double lambda = Units.um(1), amp = Units.nm(10);
double pStar = Math.PI * eStar * amp / lambda;
var wavy = new Westergaard(lambda, amp, eStar);
check("p*", wavy.fullContactPressure(), pStar, 1e-14);
Surface waves = Surface.sample(512, 2, lambda / 512, lambda / 512, (x, y) -> -amp * (1 - Math.cos(2 * Math.PI * x / lambda)));
System.out.printf("full contact of the wavy interface at p* = %.0f MPa%n", pStar / 1e6);
for (double ratio : new double[] {10e6 / pStar, 0.3, 0.7}) {
    double p = ratio * pStar;
    double hand = 2 / Math.PI * Math.asin(Math.sqrt(ratio));
    double solver = ContactSolver.withDefaults().solve(ContactProblem.periodic(waves, eStar).withMeanPressure(p)).contactFraction();
    System.out.printf("p̄ = %6.1f MPa: A/A0 by hand %.4f, Westergaard %.4f, solver %.4f%n", p / 1e6, hand,
            wavy.contactFraction(p), solver);
    check("Westergaard record", wavy.contactFraction(p), hand, 1e-12);
    if (Math.abs(solver - hand) > 0.005) throw new AssertionError("solver A/A0 " + solver + " vs " + hand);
}
// 5. A randomly rough interface (h'_rms = 0.1): Persson's small-load law A/A0 ≈ √(8/π)·p̄/(E*·h'_rms)
double persson = Persson.contactFraction(Units.MPa(10), eStar, 0.1);
System.out.printf("rough, h'_rms = 0.1, 10 MPa: Persson A/A0 = %.4f (small-load line %.4f)%n", persson,
        Math.sqrt(8 / Math.PI) * Units.MPa(10) / (eStar * 0.1));
check("Persson small-load slope", persson, Math.sqrt(8 / Math.PI) * Units.MPa(10) / (eStar * 0.1), 0.01);
