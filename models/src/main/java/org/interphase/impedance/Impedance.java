package org.interphase.impedance;

import java.util.Arrays;
import java.util.Objects;

/**
 * Anything with an impedance Z(ω): a circuit with bound parameters ({@link Circuit#with}) or a
 * physical layer ({@link HomogeneousLayer}, {@link GradedLayer}, {@link BrickLayer},
 * {@link ChargeTransfer}). Physical layers are per unit area (Ω·m²).
 */
public interface Impedance {

    /**
     * Writes Z(ω_i) into re[i], im[i]. Implementations check their arguments before they write:
     * ω non-empty, every ω_i finite and &gt; 0, and output arrays at least as long as ω.
     *
     * @param omega angular frequencies, rad/s, each finite and &gt; 0 (at least one)
     * @param re output Z', Ω (Ω·m² per area); length &ge; omega.length, contents overwritten
     * @param im output Z'', Ω (Ω·m² per area); length &ge; omega.length, contents overwritten
     * @throws NullPointerException if an array is null
     * @throws IllegalArgumentException for an ω_i that is not finite and &gt; 0, or output arrays
     *     shorter than ω
     */
    void evaluate(double[] omega, double[] re, double[] im);

    /** @return true if Z is area-specific, Ω·m² */
    default boolean perArea() {
        return false;
    }

    /**
     * The spectrum at the given frequencies.
     *
     * @param frequencies frequencies, Hz, &gt; 0
     * @return the spectrum (checked finite)
     */
    default Spectrum spectrum(double[] frequencies) {
        double[] f = Spectrum.checkFrequencies(frequencies);
        double[] omega = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            omega[i] = 2 * Math.PI * f[i];
        }
        double[] re = new double[f.length];
        double[] im = new double[f.length];
        evaluate(omega, re, im);
        return Spectrum.owning(f, re, im, perArea());
    }

    /**
     * A Voigt element R‖C given by its resistance and time constant, Z = R/(1 + jωτ) — the arc of a
     * homogeneous layer, of charge transfer, of any line of a resistance budget.
     *
     * @param resistance R, Ω (Ω·m² per area); finite (a negative R models an excess conductance)
     * @param timeConstant τ = R·C, s (&ge; 0; 0 for a pure resistance)
     * @param perArea whether R is area-specific
     * @return the element
     */
    static Impedance voigt(double resistance, double timeConstant, boolean perArea) {
        org.interphase.core.Checks.finite(resistance, "resistance", perArea ? "Ω·m²" : "Ω");
        org.interphase.core.Checks.nonNegative(timeConstant, "time constant", "s");
        return new Impedance() {
            @Override
            public void evaluate(double[] omega, double[] re, double[] im) {
                Cx.checkEvaluate(omega, re, im);
                Cx.voigt(resistance, timeConstant, omega, re, im);
            }

            @Override
            public boolean perArea() {
                return perArea;
            }

            @Override
            public String toString() {
                return String.format(java.util.Locale.ROOT, "R‖C (R = %.4g, τ = %.4g s)", resistance, timeConstant);
            }
        };
    }

    /**
     * Impedances in series, Z = Σ Z_k (the layers of an interface stack, in current order).
     *
     * @param parts the parts (at least 1, none null), all absolute or all per unit area
     * @return the series impedance
     * @throws NullPointerException if {@code parts} or one of them is null
     * @throws IllegalArgumentException if there is no part, or absolute and per-area parts are
     *     mixed
     */
    static Impedance series(Impedance... parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.length == 0) {
            throw new IllegalArgumentException("parts must hold at least 1 impedance, was empty (0 parts)");
        }
        Impedance[] ps = parts.clone();
        for (int k = 0; k < ps.length; k++) {
            Objects.requireNonNull(ps[k], "parts[" + k + "] must not be null");
        }
        boolean area = ps[0].perArea();
        for (int k = 0; k < ps.length; k++) {
            if (ps[k].perArea() != area) {
                throw new IllegalArgumentException("part " + k + " (" + ps[k] + ") is " + (area ? "absolute (Ω)"
                        : "per unit area (Ω·m²)") + " but part 0 is " + (area ? "per unit area" : "absolute")
                        + "; scale by the area before combining");
            }
        }
        return new Impedance() {
            @Override
            public void evaluate(double[] omega, double[] re, double[] im) {
                Cx.checkEvaluate(omega, re, im);
                double[] cr = new double[omega.length];
                double[] ci = new double[omega.length];
                Arrays.fill(re, 0, omega.length, 0.0);
                Arrays.fill(im, 0, omega.length, 0.0);
                for (Impedance p : ps) {
                    p.evaluate(omega, cr, ci);
                    for (int i = 0; i < omega.length; i++) {
                        re[i] += cr[i];
                        im[i] += ci[i];
                    }
                }
            }

            @Override
            public boolean perArea() {
                return area;
            }

            @Override
            public String toString() {
                StringBuilder sb = new StringBuilder();
                for (Impedance p : ps) {
                    sb.append(sb.length() == 0 ? "" : " | ").append(p);
                }
                return sb.toString();
            }
        };
    }
}
