package org.interphase.microstructure;

import java.util.Objects;
import org.apache.commons.math3.complex.Complex;
import org.interphase.core.Checks;
import org.interphase.impedance.Spectrum;

/**
 * The transmission-line impedance of a composite electrode (the solver of an
 * {@link ElectrodeImpedanceProblem}). Two resistive rails — ionic, r₁ = 1/σ_ion, and electronic,
 * r₂ = 1/σ_el (Ω·m) — run through the electrode's thickness L; at every depth they exchange current
 * through the interface, z = Z_int/a (Ω·m³) per unit length. The current enters the electronic rail
 * at the current collector (x = 0) and leaves the ionic rail at the separator (x = L):
 * <pre>
 *   dφ₁/dx = −r₁ i₁,   dφ₂/dx = −r₂ i₂,   di₁/dx = −di₂/dx = (φ₂ − φ₁)/z,   i₁ + i₂ = I,
 *   i₁(0) = 0,  i₁(L) = I,   Z = (φ₂(0) − φ₁(L))/I
 * </pre>
 * With u = φ₂ − φ₁: u'' = u/λ², u'(0) = −r₂I, u'(L) = r₁I, and Z = u(0)/I + r₁∫i₁dx/I gives
 * <pre>
 *   Z = r₁r₂/(r₁ + r₂)·(L + 2λ/sinh(L/λ)) + (r₁² + r₂²)/(r₁ + r₂)·λ·coth(L/λ),   λ = √(z/(r₁ + r₂))
 * </pre>
 * (Paasch, Micka &amp; Gersdorf, Electrochim. Acta 38, 2653 (1993); Bisquert, Phys. Chem. Chem. Phys.
 * 2, 4185 (2000); derived again here and checked in the tests against a finite-difference solution of
 * the equations above). With an ideal electronic rail (r₂ = 0) it is de Levie's
 * Z = √(r₁z)·coth(L√(r₁/z)) (de Levie, Electrochim. Acta 8, 751 (1963)). Limits, with R_ion = r₁L,
 * R_el = r₂L: at high frequency Z → R_ion·R_el/(R_ion + R_el); for a blocking interface (z = 1/(jωCa))
 * at low frequency Z → (R_ion + R_el)/3 + 1/(jωC·aL), the basis of the tortuosity factor from
 * impedance, τ = ε·σ_0·R_ion/L with R_ion = 3·Re Z(ω → 0) − R_el (Landesfeind et al.,
 * J. Electrochem. Soc. 163, A1373 (2016); Nguyen et al., npj Comput. Mater. 6, 123 (2020)).
 *
 * <p>Evaluation: with ν = L/λ, ν² = (R_ion + R_el)/Z_s and Z_s = Z_int/(aL),
 * Z = P + (2P·csch ν + Q·coth ν)/ν (P = R_ion R_el/(R_ion + R_el), Q = (R_ion² + R_el²)/(R_ion + R_el)),
 * by e^(−ν) (Re ν ≥ 0 for a passive interface, so nothing overflows); for |ν²| &lt; 0.01 the
 * capacitive pole is taken out exactly, Z = Z_s + P + 2P·g₂(ν²) + Q·g₁(ν²) with
 * g₁ = coth ν/ν − 1/ν², g₂ = csch ν/ν − 1/ν² as power series, so that the small real part at low
 * frequency keeps full relative accuracy.
 *
 * <p>The solver has no settings (a closed form); it is the family's entry point all the same.
 * Immutable and thread-safe.
 */
public final class ElectrodeImpedanceSolver {

    private static final ElectrodeImpedanceSolver DEFAULTS = new ElectrodeImpedanceSolver();

    /** Below |ν²| = 0.01 the series are used; their first omitted terms are below 3e-17 relative. */
    static final double SERIES_LIMIT = 1e-2;

    /** The method, as the solution states it. */
    static final String METHOD = "closed-form transmission line (Paasch et al. 1993; Bisquert 2000)";

    private ElectrodeImpedanceSolver() {}

    /** @return the solver (it has no settings to change) */
    public static ElectrodeImpedanceSolver withDefaults() {
        return DEFAULTS;
    }

    /**
     * The electrode's impedance spectrum and what it tells.
     *
     * @param problem the electrode (not null)
     * @return the solution: the spectrum per electrode area (Ω·m²), resistances, tortuosity factors
     * @throws NullPointerException if {@code problem} is null
     * @throws IllegalArgumentException if the interface impedance is not finite at a frequency, or
     *     the inputs are so extreme together that Z leaves the double range
     */
    public ElectrodeImpedanceSolution solve(ElectrodeImpedanceProblem problem) {
        Objects.requireNonNull(problem, "problem (the electrode) must not be null");
        double[] f = problem.frequencies();
        int n = f.length;
        double[] omega = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * f[i];
        }
        double[] zr = new double[n];
        double[] zi = new double[n];
        problem.interfaceImpedance().evaluate(omega, zr, zi);
        double r1 = problem.ionicResistance();
        double r2 = problem.electronicResistance();
        double aL = problem.interfaceAreaRatio();
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(zr[i]) || !Double.isFinite(zi[i])) {
                throw new IllegalArgumentException("interface impedance is not finite at f = " + f[i] + " Hz (Z_int = "
                        + zr[i] + " + j" + zi[i] + " Ω·m²): " + problem.interfaceImpedance());
            }
            Complex z = line(r1, r2, new Complex(zr[i] / aL, zi[i] / aL));
            String inputs = problem + " at f = " + f[i] + " Hz";
            re[i] = Checks.finiteResult(z.getReal(), "Re Z of the electrode (Ω·m²)", inputs,
                    "the inputs are too extreme together");
            im[i] = Checks.finiteResult(z.getImaginary(), "Im Z of the electrode (Ω·m²)", inputs,
                    "the inputs are too extreme together");
        }
        return new ElectrodeImpedanceSolution(problem, Spectrum.of(f, re, im, true), METHOD);
    }

    /**
     * The line's impedance per electrode area.
     *
     * @param r1 R_ion = r₁L, Ω·m² (&gt; 0)
     * @param r2 R_el = r₂L, Ω·m² (&ge; 0)
     * @param zs Z_s = Z_int/(aL), Ω·m²
     * @return Z, Ω·m²
     */
    static Complex line(double r1, double r2, Complex zs) {
        double s = r1 + r2;
        double p = r1 * (r2 / s);
        double q = s - 2 * p; // (r1² + r2²)/(r1 + r2) without squares that could overflow
        if (zs.getReal() == 0 && zs.getImaginary() == 0) {
            return new Complex(p); // shorted rails: only the parallel resistance of the two rails remains
        }
        Complex invW = zs.divide(s); // 1/ν²
        if (invW.abs() > 1 / SERIES_LIMIT) {
            Complex w = invW.reciprocal();
            double[] g1 = series(w, G1);
            double[] g2 = series(w, G2);
            return new Complex(zs.getReal() + p + 2 * p * g2[0] + q * g1[0], zs.getImaginary() + 2 * p * g2[1]
                    + q * g1[1]);
        }
        Complex invNu = invW.sqrt(); // 1/ν, principal root: Re ν ≥ 0
        if (invNu.abs() < 1e-300) {
            return new Complex(p).add(invNu.multiply(q));
        }
        Complex nu = invNu.reciprocal();
        Complex e = nu.negate().exp();
        Complex e2 = e.multiply(e);
        Complex den = Complex.ONE.subtract(e2);
        Complex csch = e.multiply(2).divide(den);
        Complex coth = Complex.ONE.add(e2).divide(den);
        return new Complex(p).add(csch.multiply(2 * p).add(coth.multiply(q)).multiply(invNu));
    }

    /** coth ν/ν − 1/ν² = 1/3 − w/45 + 2w²/945 − w³/4725 + 2w⁴/93555, highest power first. */
    private static final double[] G1 = {2.0 / 93555, -1.0 / 4725, 2.0 / 945, -1.0 / 45, 1.0 / 3};
    /** csch ν/ν − 1/ν² = −1/6 + 7w/360 − 31w²/15120 + 127w³/604800 − 73w⁴/3421440, highest power first. */
    private static final double[] G2 = {-73.0 / 3421440, 127.0 / 604800, -31.0 / 15120, 7.0 / 360, -1.0 / 6};

    /** Horner in complex w; returns {re, im}. */
    private static double[] series(Complex w, double[] c) {
        double a = w.getReal();
        double b = w.getImaginary();
        double re = c[0];
        double im = 0;
        for (int k = 1; k < c.length; k++) {
            double t = re * a - im * b + c[k];
            im = re * b + im * a;
            re = t;
        }
        return new double[] {re, im};
    }

    @Override
    public String toString() {
        return "ElectrodeImpedanceSolver[" + METHOD + "]";
    }
}
