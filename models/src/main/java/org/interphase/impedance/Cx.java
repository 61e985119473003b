package org.interphase.impedance;

/**
 * Complex arithmetic on pairs of doubles, without allocation: every function writes its result
 * into {@code out[0]} (real part) and {@code out[1]} (imaginary part). Spectra are evaluated in
 * tight loops over frequency, where boxed complex objects would dominate the cost.
 *
 * <p>The functions that matter for stability are {@link #tanh}, {@link #cothOverRoot} and
 * {@link #tanhOverRoot}: they never overflow for large arguments and keep full relative accuracy
 * of both parts for small ones (where the direct formulas lose the real part of coth(s)/s to
 * cancellation).
 */
final class Cx {

    /** Beyond |Re z| = 20, tanh z = ±1 to within 4e-18. */
    private static final double TANH_SATURATION = 20.0;
    /**
     * Below |w| = 1e-2 the power series in w = s² are used; their first omitted terms,
     * 929569w⁷/638512875 ≈ 1.5e-3·|w|⁷ for tanh(s)/s and 2¹⁴B₁₄w⁶/14! ≈ 2.2e-7·|w|⁶ for coth(s)/s,
     * are below 2e-17 there.
     */
    private static final double SERIES_LIMIT = 1e-2;

    private static final double[] COTH_SERIES = {2.0 / 93555, -1.0 / 4725, 2.0 / 945, -1.0 / 45, 1.0 / 3};
    private static final double[] TANH_SERIES = {-1382.0 / 155925, 62.0 / 2835, -17.0 / 315, 2.0 / 15, -1.0 / 3, 1.0};

    private Cx() {}

    /**
     * Requires a quantity derived from validated inputs (a resistance, a capacitance, a time
     * constant, an apex frequency) to be finite and &gt; 0: inputs each in range can still
     * overflow or underflow together (a conductivity of 1e300 S/m gives an apex frequency beyond
     * the largest double). The message names the inputs and their values.
     *
     * @param value the derived quantity
     * @param quantity its name and formula, e.g. {@code "apex frequency σ/(2π ε0 εr)"}
     * @param unit its unit
     * @param inputs the inputs and values, e.g. {@code "conductivity = 1.0E300 S/m, relativePermittivity = 10.0"}
     * @return value
     * @throws IllegalArgumentException if the value is not finite and &gt; 0
     */
    static double representable(double value, String quantity, String unit, String inputs) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(inputs + " give " + quantity + " = " + value + " " + unit
                    + ", outside the range of double precision (finite and > 0): these inputs are too extreme"
                    + " together");
        }
        return value;
    }

    /**
     * The checks every public {@link Impedance#evaluate} runs before it writes: ω non-empty,
     * finite and &gt; 0 rad/s, and output arrays at least as long as ω. The output arrays' contents
     * are not read (they are overwritten).
     *
     * @throws NullPointerException naming a null array
     * @throws IllegalArgumentException naming the offending element or length
     */
    static void checkEvaluate(double[] omega, double[] re, double[] im) {
        java.util.Objects.requireNonNull(omega, "omega (angular frequencies, rad/s) must not be null");
        java.util.Objects.requireNonNull(re, "re (output array of Z') must not be null");
        java.util.Objects.requireNonNull(im, "im (output array of Z'') must not be null");
        org.interphase.core.Checks.allFinite(omega, "omega", "rad/s");
        for (int i = 0; i < omega.length; i++) {
            if (!(omega[i] > 0)) {
                throw new IllegalArgumentException("omega[" + i + "] must be > 0 rad/s, was " + omega[i] + " rad/s");
            }
        }
        if (re.length < omega.length) {
            throw new IllegalArgumentException("re (output array of Z') must have length >= omega.length = "
                    + omega.length + ", was " + re.length);
        }
        if (im.length < omega.length) {
            throw new IllegalArgumentException("im (output array of Z'') must have length >= omega.length = "
                    + omega.length + ", was " + im.length);
        }
    }

    /**
     * The Voigt element R‖C with time constant τ = RC: Z = R/(1 + jωτ), written into re, im.
     *
     * @param r R, Ω or Ω·m²
     * @param tau τ, s (&ge; 0)
     * @param omega angular frequencies, rad/s
     * @param re output Z'
     * @param im output Z''
     */
    static void voigt(double r, double tau, double[] omega, double[] re, double[] im) {
        for (int i = 0; i < omega.length; i++) {
            double x = omega[i] * tau;
            double d = 1.0 + x * x;
            re[i] = r / d;
            im[i] = -r * x / d;
        }
    }

    /**
     * |z| without the overflow protection of {@link Math#hypot} (several times slower): the
     * arguments here are impedances and their squares, far from the overflow threshold; a
     * rescaling branch covers the rest.
     */
    static double modulus(double re, double im) {
        double m2 = re * re + im * im;
        if (m2 > 1e-300 && m2 < 1e300) {
            return Math.sqrt(m2);
        }
        return Math.hypot(re, im);
    }

    /** out = a / b, Smith's algorithm (no overflow for large |b|). */
    static void div(double ar, double ai, double br, double bi, double[] out) {
        if (Math.abs(br) >= Math.abs(bi)) {
            double r = bi / br;
            double d = br + bi * r;
            out[0] = (ar + ai * r) / d;
            out[1] = (ai - ar * r) / d;
        } else {
            double r = br / bi;
            double d = bi + br * r;
            out[0] = (ar * r + ai) / d;
            out[1] = (ai * r - ar) / d;
        }
    }

    /** out = 1 / b. */
    static void inv(double br, double bi, double[] out) {
        div(1.0, 0.0, br, bi, out);
    }

    /** out = principal square root of z (branch cut on the negative real axis, Re √z ≥ 0). */
    static void sqrt(double re, double im, double[] out) {
        if (re == 0.0 && im == 0.0) {
            out[0] = 0.0;
            out[1] = 0.0;
            return;
        }
        double t = Math.sqrt((Math.abs(re) + modulus(re, im)) / 2.0);
        if (re >= 0.0) {
            out[0] = t;
            out[1] = im / (2.0 * t);
        } else {
            out[0] = Math.abs(im) / (2.0 * t);
            out[1] = Math.copySign(t, im);
        }
    }

    /**
     * out = tanh(x + iy) = (sinh 2x + i sin 2y) / (cosh 2x + cos 2y); ±1 for |x| &gt; 20, where
     * cosh would eventually overflow (impedance.py issue #291).
     */
    static void tanh(double x, double y, double[] out) {
        if (Math.abs(x) > TANH_SATURATION) {
            out[0] = Math.copySign(1.0, x);
            out[1] = 0.0;
            return;
        }
        // one expm1 instead of sinh and cosh, without cancellation for small x:
        // with e = e^{2x} − 1, sinh 2x = e(e + 2)/(2(e + 1)), cosh 2x = 1 + e²/(2(e + 1))
        double e = Math.expm1(2 * x);
        double h = 2 * (e + 1);
        double d = 1 + e * e / h + Math.cos(2 * y);
        out[0] = e * (e + 2) / h / d;
        out[1] = Math.sin(2 * y) / d;
    }

    /**
     * out = coth(s)/s with s = √w (principal root), for w in the closed right half plane or on
     * the imaginary axis.
     * <p>For |w| &lt; 1e-2: 1/w + 1/3 − w/45 + 2w²/945 − w³/4725 + 2w⁴/93555 − 1382w⁵/638512875
     * (Laurent series of coth(s)/s in s², Abramowitz &amp; Stegun 4.5.67); otherwise 1/(s·tanh s).
     */
    static void cothOverRoot(double wr, double wi, double[] out) {
        if (wr * wr + wi * wi < SERIES_LIMIT * SERIES_LIMIT) {
            // Horner in w for the regular part: 1/3 + w(-1/45 + w(2/945 + w(-1/4725 + w(2/93555 + …))))
            double pr = -1382.0 / 638512875;
            double pi = 0.0;
            for (double ck : COTH_SERIES) {
                double nr = pr * wr - pi * wi + ck;
                double ni = pr * wi + pi * wr;
                pr = nr;
                pi = ni;
            }
            inv(wr, wi, out);
            out[0] += pr;
            out[1] += pi;
            return;
        }
        sqrt(wr, wi, out);
        double sr = out[0];
        double si = out[1];
        tanh(sr, si, out);
        double tr = out[0];
        double ti = out[1];
        inv(sr * tr - si * ti, sr * ti + si * tr, out);
    }

    /**
     * out = tanh(s)/s with s = √w (principal root).
     * <p>For |w| &lt; 1e-2: 1 − w/3 + 2w²/15 − 17w³/315 + 62w⁴/2835 − 1382w⁵/155925
     * + 21844w⁶/6081075 (A&amp;S 4.5.64); otherwise tanh(s)/s. Without the w⁶ term the truncation
     * error at |w| = 1e-2 was 3.6e-15.
     */
    static void tanhOverRoot(double wr, double wi, double[] out) {
        if (wr * wr + wi * wi < SERIES_LIMIT * SERIES_LIMIT) {
            double pr = 21844.0 / 6081075;
            double pi = 0.0;
            for (double ck : TANH_SERIES) {
                double nr = pr * wr - pi * wi + ck;
                double ni = pr * wi + pi * wr;
                pr = nr;
                pi = ni;
            }
            out[0] = pr;
            out[1] = pi;
            return;
        }
        sqrt(wr, wi, out);
        double sr = out[0];
        double si = out[1];
        tanh(sr, si, out);
        div(out[0], out[1], sr, si, out);
    }

    /**
     * out = 1/(s·sinh s) with s = √w (principal root, Re s ≥ 0), for w ≠ 0 in the closed right half
     * plane (the Paasch element's second term).
     * <p>For Re s &gt; 20: csch s = 2e^{−s}/(1 − e^{−2s}) = 2e^{−s} to within e^{−40} ≈ 4e-18
     * relative, and e^{−s} underflows gracefully to 0 where sinh would overflow; otherwise
     * sinh(x + iy) = sinh x·cos y + i·cosh x·sin y, accurate for small s too (no cancellation: the
     * product s·sinh s → w).
     */
    static void cschOverRoot(double wr, double wi, double[] out) {
        sqrt(wr, wi, out);
        double sr = out[0];
        double si = out[1];
        if (sr > TANH_SATURATION) {
            double e = 2 * Math.exp(-sr);
            div(e * Math.cos(si), -e * Math.sin(si), sr, si, out);
            return;
        }
        double hr = Math.sinh(sr) * Math.cos(si);
        double hi = Math.cosh(sr) * Math.sin(si);
        inv(sr * hr - si * hi, sr * hi + si * hr, out);
    }

    /**
     * out = ln(1 + d)/d for complex d (|d| &lt; 1 or Re(1 + d) &gt; 0), with the series
     * 1 − d/2 + d²/3 − … for |d| &lt; 1e-2 so that nearly equal end values lose no accuracy.
     */
    static void log1pOverD(double dr, double di, double[] out) {
        if (dr * dr + di * di < SERIES_LIMIT * SERIES_LIMIT) {
            // Horner: Σ_{k=0}^{7} (-d)^k/(k+1)
            double pr = -1.0 / 8;
            double pi = 0.0;
            for (int k = 6; k >= 0; k--) {
                double ck = ((k % 2 == 0) ? 1.0 : -1.0) / (k + 1);
                double nr = pr * dr - pi * di + ck;
                double ni = pr * di + pi * dr;
                pr = nr;
                pi = ni;
            }
            out[0] = pr;
            out[1] = pi;
            return;
        }
        double ur = 1.0 + dr;
        double lr = 0.5 * Math.log(ur * ur + di * di);
        double li = Math.atan2(di, ur);
        div(lr, li, dr, di, out);
    }
}
