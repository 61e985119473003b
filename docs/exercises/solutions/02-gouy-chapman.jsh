// Exercise 2: Gouy–Chapman by hand vs the solvers. Run by the build.
import org.interphase.core.*;
import org.interphase.spacecharge.*;

double t = Units.celsius(25);
double epsR = 30;
double c = Units.perCm3(1e19);          // each ion of a 1:1 electrolyte, 1/m³
double phi0 = 0.1;                      // φ(0) − φ∞, V: the cation is repelled, the anion attracted

// 1. By hand: Bard & Faulkner, Electrochemical Methods, 2nd ed. (2001), §13.3.2
double e = Constants.ELEMENTARY_CHARGE;
double kT = Constants.thermalEnergy(t);
double eps = Constants.VACUUM_PERMITTIVITY * epsR;
double lambda = Math.sqrt(eps * kT / (2 * e * e * c));
double y0 = e * phi0 / kT;
double qHand = -Math.sqrt(8 * eps * kT * c) * Math.sinh(y0 / 2);
double cHand = eps / lambda * Math.cosh(y0 / 2);
double phiHand(double x) {
    double g = Math.tanh(y0 / 4) * Math.exp(-x / lambda);
    return 4 * kT / e * 0.5 * Math.log((1 + g) / (1 - g));   // 4·atanh(g)·kT/e
}
System.out.printf("by hand: λ = %.4f nm, y0 = %.4f, Q = %.5g µC/cm², C = %.5g µF/cm²%n", Units.toNm(lambda), y0,
        qHand * 100, cHand * 100);
System.out.printf("         φ(λ) = %.5f V, φ(3λ) = %.5f V (linear theory: %.5f, %.5f V)%n", phiHand(lambda),
        phiHand(3 * lambda), phi0 * Math.exp(-1), phi0 * Math.exp(-3));

// 2. The library's closed form and the mesh-free first integral of the Boltzmann law
var gc = new GouyChapman(epsR, t, 1, c, phi0);
var meshFree = SemiInfinite.of(epsR, Boltzmann.symmetric(1, c), t, phi0);
System.out.println(meshFree);
void check(String what, double value, double expected, double rel) {
    if (!(Math.abs(value - expected) <= rel * Math.abs(expected))) {
        throw new AssertionError(what + ": " + value + " vs " + expected);
    }
}
check("λ", gc.debyeLength(), lambda, 1e-12);
check("Q (GouyChapman)", gc.spaceCharge(), qHand, 1e-12);
check("C (GouyChapman)", gc.capacitance(), cHand, 1e-12);
check("Q (SemiInfinite)", meshFree.spaceCharge(), qHand, 1e-12);
check("C (SemiInfinite)", meshFree.capacitance(), cHand, 1e-12);
for (double x : new double[] {0.1 * lambda, lambda, 3 * lambda}) {
    check("φ(" + x + ") GouyChapman", gc.potential(x), phiHand(x), 1e-12);
    // SemiInfinite gives the inverse, x(φ), by quadrature of dx = dψ/g(ψ)
    check("x(φ) SemiInfinite", meshFree.position(phiHand(x)), x, 1e-8);
}

// 3. The layered finite-volume solver: an ideal electron conductor (Dirichlet φ0) against the electrolyte.
// Δμ = e·φ0 puts the whole step into the electrolyte (the metal keeps its potential to its surface).
Phase electrolyte = Phase.of("electrolyte", epsR, Boltzmann.symmetric(1, c), Units.sPerCm(1e-3));
Phase metal = Phase.of("metal", 1, Boltzmann.symmetric(1, c), 1.0).withElectronicScreening();
LayeredJunction cell = LayeredJunction.of(Junction.of(metal, electrolyte, e * phi0, t));
LayeredSolver fv = LayeredSolver.withDefaults().withNodes(60);
LayeredSolution s = fv.solve(cell);
System.out.println(s.layer(1));
// the solver reports Q and C of a semi-infinite phase by the first integral at its computed interface
// potential; here that potential is imposed, so they are exact. The mesh shows in the profile, and in
// the charge summed over the control volumes (trapezoid rule) plus the exact tail beyond the truncation.
double profileError(LayeredSolution sol) {
    Profile p = sol.potentialProfile(1);
    double worst = 0;
    for (int i = 0; i < p.size(); i++) worst = Math.max(worst, Math.abs(p.y(i) - phiHand(p.x(i))));
    return worst;
}
double summedCharge(LayeredSolution sol) {
    Profile p = sol.potentialProfile(1);
    double q = 0;
    for (int i = 0; i + 1 < p.size(); i++) {
        double rho0 = -2 * e * c * Math.sinh(e * p.y(i) / kT);
        double rho1 = -2 * e * c * Math.sinh(e * p.y(i + 1) / kT);
        q += 0.5 * (rho0 + rho1) * (p.x(i + 1) - p.x(i));
    }
    double tail = -Math.sqrt(8 * eps * kT * c) * Math.sinh(e * p.y(p.size() - 1) / kT / 2);
    return q + tail;
}
check("Q (layered)", s.layer(1).charge(), qHand, 1e-9);
check("C (layered)", s.layer(1).differentialCapacitance(), cHand, 1e-9);
System.out.printf("layered, %d nodes: max |φ − φ_GC| = %.3g V, Σρh + tail = %.6g µC/cm²%n", s.mesh().nodeCount(),
        profileError(s), summedCharge(s) * 100);

// 4. Refine the same graded mesh 1×, 2×, 4×, 8×: the error falls as h²
Mesh1D base = fv.mesh(cell);
double[] errPhi = new double[4];
double[] errQ = new double[4];
for (int k = 0; k < 4; k++) {
    LayeredSolution r = fv.solve(cell, base.refine(1 << k));
    errPhi[k] = profileError(r);
    errQ[k] = Math.abs(summedCharge(r) - qHand);
}
for (int k = 1; k < 4; k++) {
    double pPhi = Math.log(errPhi[k - 1] / errPhi[k]) / Math.log(2);
    double pQ = Math.log(errQ[k - 1] / errQ[k]) / Math.log(2);
    System.out.printf("refine %d×: φ error %.3e V (order %.2f), charge error %.3e C/m² (order %.2f)%n", 1 << k,
            errPhi[k], pPhi, errQ[k], pQ);
    if (!(pPhi > 1.8 && pPhi < 2.2)) throw new AssertionError("profile order " + pPhi);
    if (!(pQ > 1.8 && pQ < 2.2)) throw new AssertionError("charge order " + pQ);
}
