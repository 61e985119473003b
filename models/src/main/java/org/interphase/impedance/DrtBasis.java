package org.interphase.impedance;

import org.interphase.core.Checks;
import org.interphase.core.RootFinder;

/**
 * How a {@link DrtSolver} discretizes γ(ln τ): the piecewise-linear grid (collocation with
 * trapezoid weights), or radial basis functions centred on the τ grid, as in pyDRTtools
 * (Wan, Saccoccio, Chen &amp; Ciucci, <i>Electrochim. Acta</i> 184 (2015) 483).
 *
 * <p>With y = ln τ and centres y_m, an RBF expansion is γ(y) = Σ_m x_m φ(ε(y − y_m)). The
 * shape factor ε (per unit ln τ) follows pyDRTtools' "FWHM coefficient" rule:
 * ε = c·FWHM_φ/Δ, with Δ = ln(f_max/f_min)/(n − 1) the mean spacing of the data in ln(1/f),
 * FWHM_φ the full width at half maximum of φ(x) in x ({@link #fullWidthAtHalfMaximum()}) and c
 * the coefficient (pyDRTtools' default 0.5): every RBF then has a full width at half maximum of
 * Δ/c in ln τ.
 *
 * <p>The functions, of x = ε(y − y_m):
 * <ul>
 * <li>{@link #GAUSSIAN}: φ = exp(−x²);</li>
 * <li>{@link #C2_MATERN}: φ = e^{−|x|}(1 + |x|);</li>
 * <li>{@link #C4_MATERN}: φ = e^{−|x|}(3 + 3|x| + x²)/3;</li>
 * <li>{@link #INVERSE_QUADRATIC}: φ = 1/(1 + x²).</li>
 * </ul>
 * All are ≥ 0, so x ≥ 0 keeps γ ≥ 0, and all are at least twice continuously differentiable,
 * so first- and second-derivative penalties are defined.
 */
public enum DrtBasis {
    /** The piecewise-linear grid: γ_k at τ_k, trapezoid weights (the solver's original discretization). */
    PIECEWISE_LINEAR,
    /** Gaussian RBF, φ = exp(−x²). */
    GAUSSIAN,
    /** C2 Matérn RBF, φ = e^{−|x|}(1 + |x|). */
    C2_MATERN,
    /** C4 Matérn RBF, φ = e^{−|x|}(3 + 3|x| + x²)/3. */
    C4_MATERN,
    /** Inverse quadratic RBF, φ = 1/(1 + x²). */
    INVERSE_QUADRATIC;

    /** FWHM_φ of every basis, found once (a holder: an enum's constructor cannot switch on the enum). */
    private static final class Fwhm {
        static final double[] VALUES = new double[values().length];

        static {
            for (DrtBasis b : values()) {
                VALUES[b.ordinal()] = b.isRadial() ? 2 * RootFinder.brent(x -> b.phi(x) - 0.5, 0, 5, 1e-15) : 0;
            }
        }
    }

    /** @return true for the radial basis functions, false for {@link #PIECEWISE_LINEAR} */
    public boolean isRadial() {
        return this != PIECEWISE_LINEAR;
    }

    /**
     * The full width at half maximum of φ(x), in x (dimensionless): 2√(ln 2) for the Gaussian, 2
     * for the inverse quadratic, found by Brent's method for the Matérn functions.
     *
     * @return FWHM_φ, or 0 for {@link #PIECEWISE_LINEAR}
     */
    public double fullWidthAtHalfMaximum() {
        return Fwhm.VALUES[ordinal()];
    }

    /**
     * φ(x) (1 at x = 0).
     *
     * @param x the scaled distance ε(y − y_m), dimensionless (finite)
     * @return φ(x); for {@link #PIECEWISE_LINEAR} the hat function max(0, 1 − |x|)
     * @throws IllegalArgumentException if x is not finite
     */
    public double value(double x) {
        Checks.finite(x, "x (scaled distance ε(ln τ − ln τ_m))", "");
        return phi(x);
    }

    /** φ(x) without the check (the quadrature's inner loops). */
    double phi(double x) {
        double a = Math.abs(x);
        switch (this) {
            case GAUSSIAN:
                return Math.exp(-x * x);
            case C2_MATERN:
                return Math.exp(-a) * (1 + a);
            case C4_MATERN:
                return Math.exp(-a) * (3 + 3 * a + a * a) / 3;
            case INVERSE_QUADRATIC:
                return 1 / (1 + x * x);
            default:
                return Math.max(0, 1 - a);
        }
    }

    /**
     * The k-th derivative d^kφ/dx^k, k = 0, 1, 2 (the penalty of order k uses it).
     *
     * @param x the scaled distance, dimensionless (finite)
     * @param k the order, 0, 1 or 2
     * @return d^kφ/dx^k at x (0 for the piecewise-linear hat beyond k = 0)
     * @throws IllegalArgumentException if x is not finite or k is not 0, 1 or 2
     */
    public double derivative(double x, int k) {
        Checks.finite(x, "x (scaled distance ε(ln τ − ln τ_m))", "");
        return phiDerivative(x, k);
    }

    /** d^kφ/dx^k without the check on x. */
    double phiDerivative(double x, int k) {
        if (k < 0 || k > 2) {
            throw new IllegalArgumentException("k (derivative order) must be 0, 1 or 2, was " + k);
        }
        if (k == 0) {
            return phi(x);
        }
        double a = Math.abs(x);
        switch (this) {
            case GAUSSIAN:
                return k == 1 ? -2 * x * Math.exp(-x * x) : (4 * x * x - 2) * Math.exp(-x * x);
            case C2_MATERN:
                return k == 1 ? -x * Math.exp(-a) : (a - 1) * Math.exp(-a);
            case C4_MATERN:
                return k == 1 ? -x * (1 + a) * Math.exp(-a) / 3 : -(1 + a - a * a) * Math.exp(-a) / 3;
            case INVERSE_QUADRATIC: {
                double d = 1 + x * x;
                return k == 1 ? -2 * x / (d * d) : (6 * x * x - 2) / (d * d * d);
            }
            default:
                return 0;
        }
    }

    /**
     * Where φ and its derivatives fall below about 10⁻¹⁷ of their maxima: the half-width, in x,
     * beyond which an RBF contributes nothing in double precision (+∞ for the inverse quadratic,
     * whose tail decays as 1/x²).
     */
    double cutoff() {
        switch (this) {
            case GAUSSIAN:
                return 6.5;
            case C2_MATERN:
                return 44;
            case C4_MATERN:
                return 46;
            case INVERSE_QUADRATIC:
                return Double.POSITIVE_INFINITY;
            default:
                return 1;
        }
    }

    /**
     * ∫φ(x) dx over the real line: √π, 4, 16/3 and π (1 for the hat).
     *
     * @return the integral, dimensionless
     */
    public double integral() {
        switch (this) {
            case GAUSSIAN:
                return Math.sqrt(Math.PI);
            case C2_MATERN:
                return 4;
            case C4_MATERN:
                return 16.0 / 3;
            case INVERSE_QUADRATIC:
                return Math.PI;
            default:
                return 1;
        }
    }
}
