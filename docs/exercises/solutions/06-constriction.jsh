// Exercise 6: constriction resistance. Run by the build.
import org.interphase.core.*;
import org.interphase.materials.*;
import org.interphase.contact.*;

void check(String what, double value, double expected, double rel) {
    if (!(Math.abs(value - expected) <= rel * Math.abs(expected))) throw new AssertionError(what + ": " + value + " vs " + expected);
}
double sigma = Materials.LI3PS4.require(Property.IONIC_CONDUCTIVITY);   // β-Li3PS4 at 25 °C, S/m
System.out.printf("σ(β-Li3PS4) = %.3g S/cm%n", Units.toSPerCm(sigma));

// 1. Holm (Electric Contacts, 1967): one isopotential spot of radius a on a half-space, R = 1/(4σa)
double a = Units.um(0.5);      // about the Hertz contact of exercise 4
double holm = 1 / (4 * sigma * a);
System.out.printf("one spot, a = 0.5 µm: R = %.4g MΩ%n", holm / 1e6);
check("Holm", Constriction.holm(sigma, a), holm, 1e-14);

// 2. Greenwood (Br. J. Appl. Phys. 17, 1621 (1966)): two spots at distance s,
// R = 1/(4σ·2a) + (1/(2πσ))·2a²/(s·(2a)²) = 1/(8σa) + 1/(4πσs)
for (double s : new double[] {Units.um(2), Units.um(10), Units.um(100)}) {
    double hand = 1 / (8 * sigma * a) + 1 / (4 * Math.PI * sigma * s);
    double lib = Constriction.greenwood(sigma, new double[] {0, s}, new double[] {0, 0}, new double[] {a, a});
    System.out.printf("two spots %5.0f µm apart: R = %.4g MΩ (%.3f × two independent spots in parallel)%n",
            s * 1e6, lib / 1e6, lib / (holm / 2));
    check("Greenwood at s = " + s, lib, hand, 1e-12);
}

// 3. A square lattice of spots, contact fraction f = πa²/λ², each spot in a flux tube of equal area
// (b = λ/√π, ε = a/b): ASR = ψ(ε)·λ²/(4σa), ψ the series of Cooper, Mikic & Yovanovich,
// Int. J. Heat Mass Transfer 12, 279 (1969)
double psi(double e) { return 1 - 1.40925 * e + 0.29591 * Math.pow(e, 3) + 0.05254 * Math.pow(e, 5) + 0.02105 * Math.pow(e, 7) + 0.01107 * Math.pow(e, 9); }
double lattice(double pitch, double f) {
    double spot = pitch * Math.sqrt(f / Math.PI);
    return psi(spot / (pitch / Math.sqrt(Math.PI))) * pitch * pitch / (4 * sigma * spot);
}
for (double pitch : new double[] {Units.um(1), Units.um(10)}) {
    for (double f : new double[] {0.01, 0.1, 0.5}) {
        double lib = Constriction.spotLatticeAsrFromFraction(sigma, pitch, f);
        check("lattice", lib, lattice(pitch, f), 1e-12);
        System.out.printf("pitch %4.0f µm, f = %.2f: ASR = %8.3f Ω·cm²%n", pitch * 1e6, f, Units.toOhmCm2(lib));
    }
}
check("ASR ∝ pitch at fixed f", lattice(Units.um(10), 0.1) / lattice(Units.um(1), 0.1), 10, 1e-12);

// 4. The numerical conductance of one disc in a periodic square cell (λ = 1 µm, a = λ/10), refined:
// it approaches the flux-tube series (a circular tube of the same area) as the disc's pixelated
// edge is resolved
double pitch = Units.um(1);
double previous = Double.POSITIVE_INFINITY;
double error = 0;
for (int n : new int[] {64, 128, 256, 512}) {
    double rpx = 0.1 * n;
    boolean[] map = new boolean[n * n];
    int count = 0;
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
        double dx = i - n / 2 + 0.5, dy = j - n / 2 + 0.5;
        map[i * n + j] = dx * dx + dy * dy < rpx * rpx;
        if (map[i * n + j]) count++;
    }
    double f = (double) count / (n * n);     // the disc's pixel area, so that f is exact on the grid
    Surface flat = Surface.sample(n, n, pitch / n, pitch / n, (x, y) -> 0.0);
    double numeric = 1 / Constriction.conductance(map, ContactProblem.periodic(flat, 1e9), sigma);
    error = numeric / lattice(pitch, f) - 1;
    System.out.printf("%3d²: f = %.4f, numerical ASR %.4f Ω·cm², series %.4f Ω·cm² (%+.2f %%)%n", n, f,
            Units.toOhmCm2(numeric), Units.toOhmCm2(lattice(pitch, f)), 100 * error);
    if (!(Math.abs(error) < previous)) throw new AssertionError("no convergence at " + n + "²: " + error);
    previous = Math.abs(error);
}
if (Math.abs(error) > 0.01) throw new AssertionError("512² disc vs series: " + error);

// 5. What partial contact costs an interface with R_ct = 10 Ω·cm² in full contact: R_ct/f + constriction
double rct = Units.ohmCm2(10);
for (double f : new double[] {1.0, 0.5, 0.1, 0.01}) {
    double constriction = f < 1 ? Constriction.spotLatticeAsrFromFraction(sigma, Units.um(10), f) : 0;
    double total = Constriction.interfaceAsr(rct, f, constriction);
    check("interface ASR", total, rct / f + constriction, 1e-14);
    System.out.printf("f = %.2f: R_ct/f = %7.1f, constriction (10 µm pitch) %6.2f, total %7.1f Ω·cm²%n", f,
            Units.toOhmCm2(rct / f), Units.toOhmCm2(constriction), Units.toOhmCm2(total));
}
