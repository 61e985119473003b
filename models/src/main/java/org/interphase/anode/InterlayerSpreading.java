package org.interphase.anode;

import org.interphase.core.Checks;

/**
 * Closed form of lateral current spreading in a thin interlayer: a Li contact spot of radius a on an
 * interlayer of sheet conductance G_s = σ_i·t (S), over a vertical path of area-specific resistance R_v
 * (Ω·m²: the interlayer | electrolyte interface plus the electrolyte to the counter electrode), in a unit
 * cell of radius b — the transmission-line model of contact resistance (Berger, IEEE Int. Solid-State
 * Circuits Conf. 1969; Berger, J. Electrochem. Soc. 119, 507 (1972)) in axisymmetric form.
 *
 * <p>Under the spot the sheet is at the contact potential V and the current goes straight down in
 * series: j = V/R_v. Outside, current conservation in the sheet gives G_s∇²φ = φ/R_v, so
 * φ(r) = V·[K₀(r/λ)I₁(b/λ) + I₀(r/λ)K₁(b/λ)] / [K₀(a/λ)I₁(b/λ) + I₀(a/λ)K₁(b/λ)] with the
 * spreading length λ = √(G_s R_v), and the annulus adds in parallel:
 * <pre>
 *   G = πa²/R_v + 2πa(G_s/λ)·[K₁(a/λ)I₁(b/λ) − I₁(a/λ)K₁(b/λ)] / [K₀(a/λ)I₁(b/λ) + I₀(a/λ)K₁(b/λ)]
 * </pre>
 * Limits: λ ≪ a gives the series value πa²/R_v plus a rim term 2πaλ/R_v; λ ≫ b gives the parallel
 * value πb²/R_v (the whole cell carries current evenly). Assumes a thin layer (t ≪ λ, t/σ_i ≪ R_v) and a
 * vertical path without lateral spreading of its own (electrolyte thickness ≪ λ); the full field is
 * {@link CurrentFocusingSolver}'s, which the tests compare with this.
 *
 * <p>Modified Bessel functions by the polynomial approximations of Abramowitz &amp; Stegun 9.8.1–9.8.8
 * (relative error below 2.2e-7), exponentially scaled so that large arguments do not overflow.
 */
public final class InterlayerSpreading {

    private InterlayerSpreading() {}

    /**
     * @param sheetConductance σ_i·t of the interlayer, S (&gt; 0)
     * @param verticalResistance area-specific resistance R_v of the path below the interlayer, Ω·m² (&gt; 0)
     * @return the spreading length λ = √(G_s R_v), m
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double spreadingLength(double sheetConductance, double verticalResistance) {
        Checks.positive(sheetConductance, "sheet conductance", "S");
        Checks.positive(verticalResistance, "vertical resistance", "Ω·m²");
        return Checks.finiteResult(Math.sqrt(sheetConductance) * Math.sqrt(verticalResistance), "spreading length",
                "sheet conductance " + sheetConductance + " S, vertical resistance " + verticalResistance + " Ω·m²",
                "use values within the double range");
    }

    /**
     * Conductance of one unit cell through the interlayer (transmission-line closed form).
     *
     * @param rimRadius contact-spot radius a, m (&gt; 0)
     * @param cellRadius unit-cell radius b, m (&gt; a, at most 1e6·a)
     * @param sheetConductance σ_i·t, S (&gt; 0)
     * @param verticalResistance R_v, Ω·m² (&gt; 0)
     * @return G, S
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double conductance(double rimRadius, double cellRadius, double sheetConductance,
            double verticalResistance) {
        double lambda = checked(rimRadius, cellRadius, sheetConductance, verticalResistance);
        double x = rimRadius / lambda;
        double y = cellRadius / lambda;
        // scaled: K(x)e^x, I(y)e^{-y}; the common factor e^{y−x} cancels, the cross terms carry e^{−2(y−x)}
        double e = Math.exp(-2 * (y - x));
        double num = k1e(x) * i1e(y) - i1e(x) * k1e(y) * e;
        double den = k0e(x) * i1e(y) + i0e(x) * k1e(y) * e;
        double annulus = 2 * Math.PI * rimRadius * sheetConductance / lambda * num / den;
        return Math.PI * rimRadius * rimRadius / verticalResistance + annulus;
    }

    /**
     * Current density entering the electrolyte at radius r, over that under the spot.
     *
     * @param r radius, m (in [0, b])
     * @param rimRadius contact-spot radius a, m (&gt; 0)
     * @param cellRadius unit-cell radius b, m (&gt; a, at most 1e6·a)
     * @param sheetConductance σ_i·t, S (&gt; 0)
     * @param verticalResistance R_v, Ω·m² (&gt; 0)
     * @return φ(r)/V, dimensionless in (0, 1] (1 under the spot)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double currentDensityRatio(double r, double rimRadius, double cellRadius, double sheetConductance,
            double verticalResistance) {
        double lambda = checked(rimRadius, cellRadius, sheetConductance, verticalResistance);
        Checks.inClosedRange(r, 0.0, cellRadius, "r", "m");
        if (r <= rimRadius) {
            return 1.0;
        }
        double x = rimRadius / lambda;
        double y = cellRadius / lambda;
        double z = r / lambda;
        // numerator scaled by e^{y−z}, denominator by e^{y−x}: ratio carries e^{−(z−x)}
        double num = k0e(z) * i1e(y) + i0e(z) * k1e(y) * Math.exp(-2 * (y - z));
        double den = k0e(x) * i1e(y) + i0e(x) * k1e(y) * Math.exp(-2 * (y - x));
        return Math.exp(-(z - x)) * num / den;
    }

    /**
     * Peak current density entering the electrolyte (under the spot) over the nominal current density
     * of the cell: πb²/(G·R_v).
     *
     * @param rimRadius contact-spot radius a, m (&gt; 0)
     * @param cellRadius unit-cell radius b, m (&gt; a, at most 1e6·a)
     * @param sheetConductance σ_i·t, S (&gt; 0)
     * @param verticalResistance R_v, Ω·m² (&gt; 0)
     * @return the amplification, dimensionless in [1, b²/a²]
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double electrolyteAmplification(double rimRadius, double cellRadius, double sheetConductance,
            double verticalResistance) {
        double g = conductance(rimRadius, cellRadius, sheetConductance, verticalResistance);
        return Math.PI * cellRadius * cellRadius / (g * verticalResistance);
    }

    private static double checked(double a, double b, double gs, double rv) {
        Checks.positive(a, "rim radius", "m");
        Checks.positive(b, "cell radius", "m");
        if (!(b > a && b <= 1e6 * a)) {
            throw new IllegalArgumentException("cell radius must be in (a, 1e6·a] with rim radius a = " + a
                    + " m, was " + b + " m");
        }
        double lambda = spreadingLength(gs, rv);
        // the closed form needs finite Bessel arguments: keep a/λ and b/λ within the double range
        if (!(a / lambda > 1e-150 && b / lambda < 1e150)) {
            throw new IllegalArgumentException("spreading length " + lambda + " m (from sheet conductance " + gs
                    + " S and vertical resistance " + rv + " Ω·m²) must be within 1e±150 of the rim radius " + a + " m");
        }
        return lambda;
    }

    // ---- modified Bessel functions, Abramowitz & Stegun 9.8.1–9.8.8, exponentially scaled

    /** e^{−x} I₀(x), x ≥ 0. */
    static double i0e(double x) {
        if (x <= 3.75) {
            double t = (x / 3.75) * (x / 3.75);
            return Math.exp(-x) * (1.0 + t * (3.5156229 + t * (3.0899424 + t * (1.2067492 + t * (0.2659732
                    + t * (0.0360768 + t * 0.0045813))))));
        }
        double t = 3.75 / x;
        return (0.39894228 + t * (0.01328592 + t * (0.00225319 + t * (-0.00157565 + t * (0.00916281 + t * (-0.02057706
                + t * (0.02635537 + t * (-0.01647633 + t * 0.00392377)))))))) / Math.sqrt(x);
    }

    /** e^{−x} I₁(x), x ≥ 0. */
    static double i1e(double x) {
        if (x <= 3.75) {
            double t = (x / 3.75) * (x / 3.75);
            return Math.exp(-x) * x * (0.5 + t * (0.87890594 + t * (0.51498869 + t * (0.15084934 + t * (0.02658733
                    + t * (0.00301532 + t * 0.00032411))))));
        }
        double t = 3.75 / x;
        return (0.39894228 + t * (-0.03988024 + t * (-0.00362018 + t * (0.00163801 + t * (-0.01031555
                + t * (0.02282967 + t * (-0.02895312 + t * (0.01787654 - t * 0.00420059)))))))) / Math.sqrt(x);
    }

    /** e^{x} K₀(x), x &gt; 0. */
    static double k0e(double x) {
        if (x <= 2.0) {
            double t = (x / 2) * (x / 2);
            double k0 = -Math.log(x / 2) * i0e(x) * Math.exp(x) + (-0.57721566 + t * (0.42278420 + t * (0.23069756
                    + t * (0.03488590 + t * (0.00262698 + t * (0.00010750 + t * 0.00000740))))));
            return Math.exp(x) * k0;
        }
        double t = 2 / x;
        return (1.25331414 + t * (-0.07832358 + t * (0.02189568 + t * (-0.01062446 + t * (0.00587872
                + t * (-0.00251540 + t * 0.00053208)))))) / Math.sqrt(x);
    }

    /** e^{x} K₁(x), x &gt; 0. */
    static double k1e(double x) {
        if (x <= 2.0) {
            double t = (x / 2) * (x / 2);
            double xk1 = x * Math.log(x / 2) * i1e(x) * Math.exp(x) + (1.0 + t * (0.15443144 + t * (-0.67278579
                    + t * (-0.18156897 + t * (-0.01919402 + t * (-0.00110404 - t * 0.00004686))))));
            return Math.exp(x) * xk1 / x;
        }
        double t = 2 / x;
        return (1.25331414 + t * (0.23498619 + t * (-0.03655620 + t * (0.01504268 + t * (-0.00780353
                + t * (0.00325614 - t * 0.00068245)))))) / Math.sqrt(x);
    }
}
