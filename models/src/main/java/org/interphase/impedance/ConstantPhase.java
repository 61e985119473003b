package org.interphase.impedance;

import org.interphase.core.Checks;

/**
 * Quantities users quote for a constant-phase element (CPE, Z = 1/(Q(jω)^α)) in an arc: the time
 * constant, the apex frequency and the effective capacitance. Fitted circuits give them by
 * element name ({@link CircuitFitSolution#timeConstant}, {@link CircuitFitSolution#apexFrequency},
 * {@link CircuitFitSolution#effectiveCapacitance(String, String)}); the formulas are here.
 *
 * <ul>
 * <li>R‖CPE: τ = (RQ)^(1/α), s; the arc's apex (largest −Z'') is at ωτ = 1, f_apex = 1/(2πτ).
 * <li>Effective capacitance of R‖CPE: C_eff = Q^(1/α)·R^((1−α)/α) = τ/R (Brug et al.,
 * <i>J. Electroanal. Chem.</i> 176 (1984) 275, for a surface distribution of time constants
 * with a negligible series resistance; Hsu and Mansfeld, <i>Corrosion</i> 57 (2001) 747, give the
 * same by the apex frequency).
 * <li>R_s-(R_ct‖CPE), the blocking or Faradaic electrode of Brug et al.:
 * C_eff = Q^(1/α)·(R_s⁻¹ + R_ct⁻¹)^((α−1)/α); R_s → ∞ gives the R‖CPE form, R_ct → ∞ the
 * blocking electrode Q^(1/α)·R_s^((1−α)/α) (the R‖CPE form with R = R_s).
 * </ul>
 * Per unit area (Q in Ω⁻¹·s^α·m⁻², R in Ω·m²), C_eff comes out in F/m². α = 1 gives C_eff = Q.
 */
public final class ConstantPhase {

    private ConstantPhase() {}

    private static void check(double q, double alpha) {
        Checks.positive(q, "q (CPE coefficient Q)", "Ω⁻¹·s^α");
        Checks.finite(alpha, "alpha (CPE exponent)", "");
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha (CPE exponent) must be in (0, 1], was " + alpha);
        }
    }

    /**
     * The time constant of R‖CPE, τ = (RQ)^(1/α).
     *
     * @param r the parallel resistance, Ω (or Ω·m²), finite and &gt; 0
     * @param q the CPE coefficient Q, Ω⁻¹·s^α (or per m²), finite and &gt; 0
     * @param alpha the CPE exponent α, in (0, 1]
     * @return τ, s
     * @throws IllegalArgumentException for an argument out of range, or a τ beyond double precision
     */
    public static double timeConstant(double r, double q, double alpha) {
        Checks.positive(r, "r (parallel resistance)", "Ω");
        check(q, alpha);
        return Cx.representable(Math.pow(r * q, 1 / alpha), "time constant (RQ)^(1/α)", "s",
                "r = " + r + " Ω, q = " + q + " Ω⁻¹·s^α, alpha = " + alpha);
    }

    /**
     * The apex frequency of the R‖CPE arc, f = 1/(2πτ), τ = (RQ)^(1/α).
     *
     * @param r the parallel resistance, Ω (or Ω·m²), finite and &gt; 0
     * @param q the CPE coefficient Q, Ω⁻¹·s^α, finite and &gt; 0
     * @param alpha the CPE exponent α, in (0, 1]
     * @return f_apex, Hz
     * @throws IllegalArgumentException for an argument out of range, or a result beyond double precision
     */
    public static double apexFrequency(double r, double q, double alpha) {
        double tau = timeConstant(r, q, alpha);
        return Cx.representable(1 / (2 * Math.PI * tau), "apex frequency 1/(2πτ)", "Hz",
                "r = " + r + " Ω, q = " + q + " Ω⁻¹·s^α, alpha = " + alpha);
    }

    /**
     * Brug's effective capacitance of R‖CPE, C_eff = Q^(1/α)·R^((1−α)/α).
     *
     * @param q the CPE coefficient Q, Ω⁻¹·s^α (or per m²), finite and &gt; 0
     * @param alpha the CPE exponent α, in (0, 1]
     * @param r the parallel resistance, Ω (or Ω·m²), finite and &gt; 0
     * @return C_eff, F (F/m² per unit area)
     * @throws IllegalArgumentException for an argument out of range, or a result beyond double precision
     */
    public static double effectiveCapacitance(double q, double alpha, double r) {
        check(q, alpha);
        Checks.positive(r, "r (parallel resistance)", "Ω");
        return Cx.representable(Math.pow(q, 1 / alpha) * Math.pow(r, (1 - alpha) / alpha),
                "effective capacitance Q^(1/α)·R^((1−α)/α)", "F", "q = " + q + " Ω⁻¹·s^α, alpha = " + alpha + ", r = "
                        + r + " Ω");
    }

    /**
     * Brug's effective capacitance of R_s-(R_ct‖CPE), C_eff = Q^(1/α)·(R_s⁻¹ + R_ct⁻¹)^((α−1)/α).
     *
     * @param q the CPE coefficient Q, Ω⁻¹·s^α (or per m²), finite and &gt; 0
     * @param alpha the CPE exponent α, in (0, 1]
     * @param rs the series (electrolyte) resistance R_s, Ω (or Ω·m²), finite and &gt; 0
     * @param rct the charge-transfer resistance R_ct in parallel with the CPE, Ω (or Ω·m²),
     *     finite and &gt; 0 (for a blocking electrode, R_ct → ∞, use
     *     {@link #effectiveCapacitance(double, double, double)} with r = R_s)
     * @return C_eff, F (F/m² per unit area)
     * @throws IllegalArgumentException for an argument out of range, or a result beyond double precision
     */
    public static double effectiveCapacitance(double q, double alpha, double rs, double rct) {
        check(q, alpha);
        Checks.positive(rs, "rs (series resistance)", "Ω");
        Checks.positive(rct, "rct (charge-transfer resistance)", "Ω");
        double g = 1 / rs + 1 / rct;
        return Cx.representable(Math.pow(q, 1 / alpha) * Math.pow(g, (alpha - 1) / alpha),
                "effective capacitance Q^(1/α)·(1/Rs + 1/Rct)^((α−1)/α)", "F", "q = " + q + " Ω⁻¹·s^α, alpha = " + alpha
                        + ", rs = " + rs + " Ω, rct = " + rct + " Ω");
    }
}
