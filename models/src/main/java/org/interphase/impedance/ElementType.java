package org.interphase.impedance;

import java.util.List;
import java.util.Objects;

/**
 * The circuit elements, with the codes of the impedance.py circuit grammar (Murbach et al.,
 * <i>J. Open Source Softw.</i> 5 (2020) 2349) and their impedance at angular frequency ω = 2πf
 * (rad/s), j = √−1.
 *
 * <table>
 * <caption>Elements</caption>
 * <tr><th>code</th><th>parameters (unit)</th><th>Z(ω)</th></tr>
 * <tr><td>R</td><td>R (Ω)</td><td>R</td></tr>
 * <tr><td>C</td><td>C (F)</td><td>1/(jωC)</td></tr>
 * <tr><td>L</td><td>L (H)</td><td>jωL</td></tr>
 * <tr><td>CPE</td><td>Q (Ω⁻¹·s^α), α (1)</td><td>1/(Q(jω)^α), 0 &lt; α ≤ 1</td></tr>
 * <tr><td>W</td><td>A_W (Ω·s^−½)</td><td>A_W(1 − j)/√ω (semi-infinite Warburg)</td></tr>
 * <tr><td>Wo</td><td>Z0 (Ω), τ (s)</td><td>Z0·coth(√(jωτ))/√(jωτ) (finite, open = reflective)</td></tr>
 * <tr><td>Ws</td><td>Z0 (Ω), τ (s)</td><td>Z0·tanh(√(jωτ))/√(jωτ) (finite, short = transmissive)</td></tr>
 * <tr><td>G</td><td>R_G (Ω), t_G (s)</td><td>R_G/√(1 + jωt_G) (Gerischer)</td></tr>
 * <tr><td>Gs</td><td>R_G (Ω), t_G (s), φ (1)</td><td>R_G/(√(1 + jωt_G)·tanh(φ√(1 + jωt_G))) (finite Gerischer)</td></tr>
 * <tr><td>Zarc</td><td>R (Ω), τ (s), γ (1)</td><td>R/(1 + (jωτ)^γ), 0 &lt; γ ≤ 1 (R‖CPE with τ^γ = RQ)</td></tr>
 * <tr><td>K</td><td>R (Ω), τ (s)</td><td>R/(1 + jωτ) (Voigt element, R‖C with τ = RC)</td></tr>
 * <tr><td>TLMQ</td><td>R_ion (Ω), Q_s (Ω⁻¹·s^γ), γ (1)</td><td>√(R_ion Z_s)·coth√(R_ion/Z_s), Z_s = 1/(Q_s(jω)^γ)
 * (transmission line with a CPE interface; Landesfeind et al., <i>J. Electrochem. Soc.</i> 163 (2016) A1373)</td></tr>
 * <tr><td>La</td><td>L (H·s^(α−1)), α (1)</td><td>L·(jω)^α, 0 &lt; α ≤ 1 (modified inductance; BioLogic
 * EC-Lab Application Note 42 (2019); α = 1 is the inductor L)</td></tr>
 * <tr><td>T</td><td>A (Ω), B (Ω), a (1), b (s)</td><td>A·coth(β)/β + B/(β·sinh β), β = √(a + jωb)
 * (macrohomogeneous porous electrode; Paasch, Micka and Gersdorf, <i>Electrochim. Acta</i> 38 (1993) 2653,
 * with A = d(ρ₁² + ρ₂²)/(ρ₁ + ρ₂), B = 2dρ₁ρ₂/(ρ₁ + ρ₂), a = kd²/K, b = d²/K; physical values have
 * B ≤ A, which the grammar, like impedance.py's, does not enforce; a &gt; 0 like every positive
 * parameter, so a blocking pore, k = 0, is approached with a small a)</td></tr>
 * </table>
 *
 * <p>{@code La} and {@code T} follow the grammar and parameter order of impedance.py's
 * {@code circuit_elements.py} (elements {@code La} and {@code T}, read at commit 059df99 of
 * github.com/ECSHackWeek/impedance.py). Note on {@code La}: impedance.py's docstring and the
 * BioLogic note give Z = L·(jω)^α, which is what is computed here; the Python code at that commit
 * evaluates (L·jω)^α, which agrees only for α = 1. The {@code T} element is computed without
 * impedance.py's cap of sinh at 1e10 (for Re β &gt; 20, 1/sinh β = 2e^{−β} to double precision).
 *
 * <p>Per unit area, every Ω becomes Ω·m² and every F becomes F/m². Parameter names follow
 * impedance.py: a one-parameter element's parameter is the element's name ({@code R0}), the
 * parameters of a multi-parameter element are {@code NAME_0, NAME_1, …} ({@code CPE1_0, CPE1_1}).
 *
 * <p>The finite-length forms go through {@code coth(s)/s} and {@code tanh(s)/s} evaluated without
 * overflow for large s and with their Taylor series for small s, so every element is finite and
 * accurate from ω → 0 to ω → ∞ (for ω &gt; 0).
 */
public enum ElementType {

    /** Resistor. */
    R("R", "resistor", List.of("R"), List.of("Ω"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double r = p[off];
            for (int i = 0; i < omega.length; i++) {
                re[i] = r;
                im[i] = 0.0;
            }
        }
    },
    /** Capacitor. */
    C("C", "capacitor", List.of("C"), List.of("F"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double c = p[off];
            for (int i = 0; i < omega.length; i++) {
                re[i] = 0.0;
                im[i] = -1.0 / (omega[i] * c);
            }
        }
    },
    /** Inductor. */
    L("L", "inductor", List.of("L"), List.of("H"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double l = p[off];
            for (int i = 0; i < omega.length; i++) {
                re[i] = 0.0;
                im[i] = omega[i] * l;
            }
        }
    },
    /** Constant-phase element. */
    CPE("CPE", "constant-phase element", List.of("Q", "α"), List.of("Ω⁻¹·s^α", ""), 0b10) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double q = p[off];
            double a = p[off + 1];
            // 1/(Q (jω)^α) = ω^-α/Q · e^{-jαπ/2}
            double cr = Math.cos(a * Math.PI / 2) / q;
            double ci = -Math.sin(a * Math.PI / 2) / q;
            for (int i = 0; i < omega.length; i++) {
                double m = Math.pow(omega[i], -a);
                re[i] = cr * m;
                im[i] = ci * m;
            }
        }
    },
    /** Semi-infinite Warburg element. */
    W("W", "semi-infinite Warburg", List.of("A_W"), List.of("Ω·s^-1/2"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double aw = p[off];
            for (int i = 0; i < omega.length; i++) {
                double v = aw / Math.sqrt(omega[i]);
                re[i] = v;
                im[i] = -v;
            }
        }
    },
    /** Finite-length Warburg, open (reflective, blocking) boundary: coth form. */
    Wo("Wo", "finite Warburg, open (coth)", List.of("Z0", "τ"), List.of("Ω", "s"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double z0 = p[off];
            double tau = p[off + 1];
            for (int i = 0; i < omega.length; i++) {
                Cx.cothOverRoot(0.0, omega[i] * tau, t);
                re[i] = z0 * t[0];
                im[i] = z0 * t[1];
            }
        }
    },
    /** Finite-length Warburg, short (transmissive) boundary: tanh form. */
    Ws("Ws", "finite Warburg, short (tanh)", List.of("Z0", "τ"), List.of("Ω", "s"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double z0 = p[off];
            double tau = p[off + 1];
            for (int i = 0; i < omega.length; i++) {
                Cx.tanhOverRoot(0.0, omega[i] * tau, t);
                re[i] = z0 * t[0];
                im[i] = z0 * t[1];
            }
        }
    },
    /** Gerischer element. */
    G("G", "Gerischer", List.of("R_G", "t_G"), List.of("Ω", "s"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double rg = p[off];
            double tg = p[off + 1];
            for (int i = 0; i < omega.length; i++) {
                Cx.sqrt(1.0, omega[i] * tg, t);
                Cx.div(rg, 0.0, t[0], t[1], t);
                re[i] = t[0];
                im[i] = t[1];
            }
        }
    },
    /** Finite-length Gerischer element. */
    Gs("Gs", "finite Gerischer", List.of("R_G", "t_G", "φ"), List.of("Ω", "s", ""), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double rg = p[off];
            double tg = p[off + 1];
            double phi = p[off + 2];
            // R_G/(v tanh(φv)) = R_G φ · coth(s)/s with s = φv, s² = φ²(1 + jωt_G)
            double f = rg * phi;
            double phi2 = phi * phi;
            for (int i = 0; i < omega.length; i++) {
                Cx.cothOverRoot(phi2, phi2 * omega[i] * tg, t);
                re[i] = f * t[0];
                im[i] = f * t[1];
            }
        }
    },
    /** ZARC: a resistor in parallel with a CPE, parameterized by its time constant. */
    Zarc("Zarc", "ZARC (R‖CPE)", List.of("R", "τ", "γ"), List.of("Ω", "s", ""), 0b100) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double r = p[off];
            double tau = p[off + 1];
            double g = p[off + 2];
            double cg = Math.cos(g * Math.PI / 2);
            double sg = Math.sin(g * Math.PI / 2);
            for (int i = 0; i < omega.length; i++) {
                double m = Math.pow(omega[i] * tau, g);
                Cx.div(r, 0.0, 1.0 + m * cg, m * sg, t);
                re[i] = t[0];
                im[i] = t[1];
            }
        }
    },
    /** Voigt element R/(1 + jωτ) (the element of the linear Kramers–Kronig test). */
    K("K", "Voigt element (R‖C)", List.of("R", "τ"), List.of("Ω", "s"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double r = p[off];
            double tau = p[off + 1];
            Cx.voigt(r, tau, omega, re, im);
        }
    },
    /** Transmission line with a CPE interface (de Levie pore, TLMQ of impedance.py). */
    TLMQ("TLMQ", "transmission line, CPE interface", List.of("R_ion", "Q_s", "γ"), List.of("Ω", "Ω⁻¹·s^γ", ""),
            0b100) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double rion = p[off];
            double qs = p[off + 1];
            double g = p[off + 2];
            // √(R Z_s) coth √(R/Z_s) = R · coth(u)/u with u² = R Q_s (jω)^γ
            double cr = rion * qs * Math.cos(g * Math.PI / 2);
            double ci = rion * qs * Math.sin(g * Math.PI / 2);
            for (int i = 0; i < omega.length; i++) {
                double m = Math.pow(omega[i], g);
                Cx.cothOverRoot(cr * m, ci * m, t);
                re[i] = rion * t[0];
                im[i] = rion * t[1];
            }
        }
    },
    /** Modified inductance L·(jω)^α (impedance.py {@code La}). */
    La("La", "modified inductance", List.of("L", "α"), List.of("H·s^(α−1)", ""), 0b10) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double l = p[off];
            double a = p[off + 1];
            // L (jω)^α = L ω^α · e^{jαπ/2}
            double cr = l * Math.cos(a * Math.PI / 2);
            double ci = l * Math.sin(a * Math.PI / 2);
            for (int i = 0; i < omega.length; i++) {
                double m = Math.pow(omega[i], a);
                re[i] = cr * m;
                im[i] = ci * m;
            }
        }
    },
    /** Paasch macrohomogeneous porous electrode (impedance.py {@code T}). */
    T("T", "porous electrode (Paasch)", List.of("A", "B", "a", "b"), List.of("Ω", "Ω", "", "s"), 0) {
        @Override
        void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
            double a = p[off];
            double b = p[off + 1];
            double ka = p[off + 2];
            double kb = p[off + 3];
            // A coth(β)/β + B/(β sinh β) with β² = a + jωb, both terms overflow-free (Cx)
            for (int i = 0; i < omega.length; i++) {
                double wi = omega[i] * kb;
                Cx.cothOverRoot(ka, wi, t);
                double zr = a * t[0];
                double zi = a * t[1];
                Cx.cschOverRoot(ka, wi, t);
                re[i] = zr + b * t[0];
                im[i] = zi + b * t[1];
            }
        }
    };

    private final String code;
    private final String description;
    private final List<String> symbols;
    private final List<String> units;
    private final int exponentMask;

    ElementType(String code, String description, List<String> symbols, List<String> units, int exponentMask) {
        this.code = code;
        this.description = description;
        this.symbols = symbols;
        this.units = units;
        this.exponentMask = exponentMask;
    }

    /**
     * Writes Z(ω_i) of this element into re[i], im[i]. No validation: the caller has checked the
     * parameters.
     *
     * @param omega angular frequencies, rad/s, &gt; 0
     * @param p parameter vector
     * @param off index of this element's first parameter in {@code p}
     * @param re output real parts
     * @param im output imaginary parts
     * @param t scratch of length 2
     */
    abstract void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t);

    /** @return the code used in circuit strings, e.g. {@code "CPE"} */
    public String code() {
        return code;
    }

    /** @return a short description */
    public String description() {
        return description;
    }

    /** @return the number of parameters */
    public int parameterCount() {
        return symbols.size();
    }

    /** @return the symbols of the parameters, e.g. [Q, α] */
    public List<String> symbols() {
        return symbols;
    }

    /** @return the units of the parameters (Ω, F, s, …; empty for dimensionless) */
    public List<String> units() {
        return units;
    }

    /**
     * @param k parameter index
     * @return true if the parameter is an exponent restricted to (0, 1], false if it is a
     *     positive quantity
     */
    public boolean isExponent(int k) {
        return (exponentMask >> k & 1) != 0;
    }

    /**
     * The element type of a circuit-string code.
     *
     * @param code the code, case-sensitive as in impedance.py (e.g. {@code "Wo"})
     * @return the type
     * @throws NullPointerException if the code is null
     * @throws IllegalArgumentException for an unknown code, listing the known ones
     */
    public static ElementType ofCode(String code) {
        Objects.requireNonNull(code, "element code must not be null; known codes: " + knownCodes());
        for (ElementType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("element code '" + code + "' is unknown; known codes: " + knownCodes());
    }

    static String knownCodes() {
        StringBuilder sb = new StringBuilder();
        for (ElementType t : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(t.code);
        }
        return sb.toString();
    }
}
