package org.interphase.contact;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Erf;
import org.interphase.core.Checks;
import org.interphase.materials.Material;
import org.interphase.materials.Property;

/**
 * Real contact and interface resistance of a rough electrode | electrolyte interface as a function
 * of stack pressure p, from closed forms that the boundary-element solver checks:
 * <pre>
 *   elastic:  f_el = erf(√2·p/(E*·h'_rms))                          Persson, J. Chem. Phys. 115, 3840 (2001)
 *   plastic:  f_pl = p/H                                             bearing area (Johnson 1985, §13.4)
 *   f = max(f_el, f_pl), capped at 1                                 elastic–perfectly-plastic estimate
 *   constriction: ASR_c = E*·γ·h_rms/(2σ·p)                          Barber's relation ASR = E* ÷ (2σk) with the
 *                                                                    stiffness k = p/(γ h_rms) of Persson's
 *                                                                    separation law p ∝ exp(−ū/(γ h_rms))
 *   interface: ASR = R_ct/f + ASR_c                                   {@link Constriction#interfaceAsr}
 * </pre>
 * γ ≈ 0.4–0.5 (Persson, PRL 99, 125502 (2007); the research note's boundary-element runs give 0.47).
 * The constriction term is the elastic one; once asperities yield (f_pl &gt; f_el) it is an estimate,
 * and it is zero in full contact.
 * σ is the conductivity of the ion conductor the current constricts into, R_ct the charge-transfer
 * ASR of full contact.
 *
 * @param contactModulus contact modulus E*, Pa (&gt; 0)
 * @param rmsSlope rms slope h'_rms of the combined roughness (&gt; 0)
 * @param rmsHeight rms height h_rms of the combined roughness, m (&gt; 0)
 * @param hardness hardness H of the softer body, Pa (&gt; 0); empty: elastic asperities only
 * @param conductivity ionic conductivity σ, S/m (&gt; 0)
 * @param chargeTransferAsr charge-transfer ASR R_ct of full contact, Ω·m² (&ge; 0)
 * @param separationDecay separation decay γ, the decay length of the separation law in units of h_rms, in [0.05, 5]
 */
public record StackPressureContact(double contactModulus, double rmsSlope, double rmsHeight, OptionalDouble hardness,
        double conductivity, double chargeTransferAsr, double separationDecay) {

    /** γ used by {@link #of} and {@link #elastic}: 0.45 (Persson 2007; research note BEM 0.47). */
    public static final double DEFAULT_SEPARATION_DECAY = 0.45;

    /**
     * Validates the components.
     *
     * @param contactModulus contact modulus E*, Pa (&gt; 0)
     * @param rmsSlope rms slope h'_rms of the combined roughness (&gt; 0)
     * @param rmsHeight rms height h_rms of the combined roughness, m (&gt; 0)
     * @param hardness hardness H of the softer body, Pa (&gt; 0); empty: elastic asperities only
     * @param conductivity ionic conductivity σ, S/m (&gt; 0)
     * @param chargeTransferAsr charge-transfer ASR R_ct of full contact, Ω·m² (&ge; 0)
     * @param separationDecay separation decay γ, in units of h_rms, in [0.05, 5]
     * @throws IllegalArgumentException if a component is out of range
     */
    public StackPressureContact {
        Checks.positive(contactModulus, "contact modulus", "Pa");
        Checks.positive(rmsSlope, "rms slope", "");
        Checks.positive(rmsHeight, "rms height", "m");
        Objects.requireNonNull(hardness, "hardness (OptionalDouble.empty() for none)");
        if (hardness.isPresent()) {
            Checks.positive(hardness.getAsDouble(), "hardness", "Pa");
        }
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.nonNegative(chargeTransferAsr, "charge-transfer ASR", "Ω·m²");
        Checks.inClosedRange(separationDecay, 0.05, 5.0, "separation decay γ", "");
    }

    /**
     * Elastic–perfectly-plastic asperities, γ = 0.45.
     *
     * @param contactModulus contact modulus E*, Pa (&gt; 0)
     * @param rmsSlope rms slope h'_rms (&gt; 0)
     * @param rmsHeight rms height h_rms, m (&gt; 0)
     * @param hardness hardness H, Pa (&gt; 0, finite; {@link #elastic} for none)
     * @param conductivity ionic conductivity σ, S/m (&gt; 0)
     * @param chargeTransferAsr charge-transfer ASR R_ct, Ω·m² (&ge; 0)
     * @return the model with γ = 0.45
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static StackPressureContact of(double contactModulus, double rmsSlope, double rmsHeight, double hardness,
            double conductivity, double chargeTransferAsr) {
        Checks.positive(hardness, "hardness", "Pa");
        return new StackPressureContact(contactModulus, rmsSlope, rmsHeight, OptionalDouble.of(hardness), conductivity,
                chargeTransferAsr, DEFAULT_SEPARATION_DECAY);
    }

    /**
     * Purely elastic asperities (no hardness), γ = 0.45.
     *
     * @param contactModulus contact modulus E*, Pa (&gt; 0)
     * @param rmsSlope rms slope h'_rms (&gt; 0)
     * @param rmsHeight rms height h_rms, m (&gt; 0)
     * @param conductivity ionic conductivity σ, S/m (&gt; 0)
     * @param chargeTransferAsr charge-transfer ASR R_ct, Ω·m² (&ge; 0)
     * @return the model with γ = 0.45 and no hardness
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static StackPressureContact elastic(double contactModulus, double rmsSlope, double rmsHeight,
            double conductivity, double chargeTransferAsr) {
        return new StackPressureContact(contactModulus, rmsSlope, rmsHeight, OptionalDouble.empty(), conductivity,
                chargeTransferAsr, DEFAULT_SEPARATION_DECAY);
    }

    /**
     * From two catalog materials: E and ν of each give E*; the hardness is the smaller of the two bodies'
     * hardness, where a body has none its yield strength times 3 (Tabor), else none; σ is the ionic
     * conductivity of the electrolyte. A material without a Poisson ratio takes {@code assumedPoisson}.
     *
     * @param electrode the electrode material (needs YOUNGS_MODULUS)
     * @param electrolyte the electrolyte material (needs YOUNGS_MODULUS and IONIC_CONDUCTIVITY)
     * @param assumedPoisson assumed Poisson ratio ν for a material that has none in the catalog, in (−1, 0.5)
     * @param rmsSlope h'_rms of the combined roughness
     * @param rmsHeight h_rms, m
     * @param chargeTransferAsr R_ct, Ω·m²
     * @return the model
     * @throws IllegalStateException if the catalog lacks a required value (the message names it)
     */
    public static StackPressureContact forPair(Material electrode, Material electrolyte, double assumedPoisson,
            double rmsSlope, double rmsHeight, double chargeTransferAsr) {
        Objects.requireNonNull(electrode, "electrode");
        Objects.requireNonNull(electrolyte, "electrolyte");
        Checks.inOpenRange(assumedPoisson, -1.0, 0.5, "assumed Poisson ratio", "");
        Checks.positive(rmsSlope, "rms slope", "");
        Checks.positive(rmsHeight, "rms height", "m");
        Checks.nonNegative(chargeTransferAsr, "charge-transfer ASR", "Ω·m²");
        double eStar = ContactModulus.combined(electrode.require(Property.YOUNGS_MODULUS),
                poisson(electrode, assumedPoisson), electrolyte.require(Property.YOUNGS_MODULUS),
                poisson(electrolyte, assumedPoisson));
        double hardness = Math.min(hardness(electrode), hardness(electrolyte));
        return new StackPressureContact(eStar, rmsSlope, rmsHeight, hardness == Double.POSITIVE_INFINITY
                ? OptionalDouble.empty() : OptionalDouble.of(hardness), electrolyte.require(Property.IONIC_CONDUCTIVITY),
                chargeTransferAsr, DEFAULT_SEPARATION_DECAY);
    }

    private static double poisson(Material m, double assumed) {
        return m.has(Property.POISSON_RATIO) ? m.require(Property.POISSON_RATIO) : assumed;
    }

    private static double hardness(Material m) {
        if (m.has(Property.HARDNESS)) {
            return m.require(Property.HARDNESS);
        }
        if (m.has(Property.YIELD_STRENGTH)) {
            return 3 * m.require(Property.YIELD_STRENGTH);
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * @param pressure stack pressure p, Pa (&gt; 0)
     * @return Persson's elastic contact fraction
     */
    public double elasticFraction(double pressure) {
        Checks.positive(pressure, "stack pressure", "Pa");
        return Erf.erf(Math.sqrt(2) * pressure / (contactModulus * rmsSlope));
    }

    /**
     * @param pressure stack pressure p, Pa (&gt; 0)
     * @return the real contact fraction f = min(1, max(f_el, p/H))
     */
    public double contactFraction(double pressure) {
        double elastic = elasticFraction(pressure);
        double plastic = hardness.isPresent() ? pressure / hardness.getAsDouble() : 0.0;
        return Math.min(1.0, Math.max(elastic, plastic));
    }

    /**
     * @param pressure stack pressure p, Pa (&gt; 0)
     * @return true if the asperities yield (p/H exceeds the elastic fraction)
     */
    public boolean plastic(double pressure) {
        double elastic = elasticFraction(pressure);
        return hardness.isPresent() && pressure / hardness.getAsDouble() > elastic;
    }

    /**
     * @param pressure stack pressure p, Pa (&gt; 0)
     * @return constriction ASR E*γh_rms/(2σp), Ω·m², and 0 once the contact is complete
     * @throws IllegalArgumentException if p is not positive and finite, or so small that the ASR overflows
     */
    public double constrictionAsr(double pressure) {
        Checks.positive(pressure, "stack pressure", "Pa");
        if (contactFraction(pressure) >= 1.0) {
            return 0.0;
        }
        // E*γh_rms/(2σp) directly: the stiffness p/(γh_rms) that barberAsr would take may underflow
        return Format.result(contactModulus * separationDecay * rmsHeight / (2 * conductivity) / pressure,
                "constriction ASR E*γh_rms/(2σp)", Format.arg("stack pressure", pressure, "Pa"), toString());
    }

    /**
     * @param pressure stack pressure p, Pa (&gt; 0)
     * @return R_ct/f + ASR_c, Ω·m²
     * @throws IllegalArgumentException if p is not positive and finite, or so small that the ASR overflows
     */
    public double interfaceAsr(double pressure) {
        double constriction = constrictionAsr(pressure);
        double f = contactFraction(pressure);
        if (!(f > 0)) {
            throw new IllegalArgumentException("stack pressure p = " + pressure + " Pa is so small that the contact "
                    + "fraction underflows to 0 and the interface ASR R_ct/f is unbounded; " + this);
        }
        return Format.result(chargeTransferAsr / f + constriction, "interface ASR R_ct/f + ASR_c",
                Format.arg("stack pressure", pressure, "Pa"), toString());
    }

    /**
     * One row of a pressure sweep.
     *
     * @param pressure stack pressure p, Pa (&gt; 0)
     * @param contactFraction real contact fraction f, in (0, 1]
     * @param plastic true if the asperities yield
     * @param constrictionAsr constriction ASR, Ω·m² (&ge; 0)
     * @param interfaceAsr interface ASR, Ω·m² (&ge; 0)
     */
    public record Point(double pressure, double contactFraction, boolean plastic, double constrictionAsr,
            double interfaceAsr) {

        /**
         * Validates the components.
         *
         * @param pressure stack pressure p, Pa (&gt; 0)
         * @param contactFraction real contact fraction f, in (0, 1]
         * @param plastic true if the asperities yield
         * @param constrictionAsr constriction ASR, Ω·m² (&ge; 0)
         * @param interfaceAsr interface ASR, Ω·m² (&ge; 0)
         * @throws IllegalArgumentException if a number is out of range
         */
        public Point {
            Checks.positive(pressure, "stack pressure", "Pa");
            Checks.finite(contactFraction, "contact fraction", "");
            if (!(contactFraction > 0 && contactFraction <= 1)) {
                throw new IllegalArgumentException("contact fraction must be in (0, 1], was " + contactFraction);
            }
            Checks.nonNegative(constrictionAsr, "constriction ASR", "Ω·m²");
            Checks.nonNegative(interfaceAsr, "interface ASR", "Ω·m²");
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "p = %.3g MPa: f = %.3g%s, constriction %.3g Ω·cm², interface %.3g Ω·cm²",
                    pressure / 1e6, contactFraction, plastic ? " (plastic)" : "", constrictionAsr * 1e4,
                    interfaceAsr * 1e4);
        }
    }

    /**
     * @param pressures stack pressures, Pa (each &gt; 0)
     * @return one row per pressure
     * @throws IllegalArgumentException if a pressure is not positive and finite
     */
    public ImmutableList<Point> sweep(double... pressures) {
        Objects.requireNonNull(pressures, "pressures");
        Checks.allFinite(pressures, "stack pressures", "Pa");
        for (double p : pressures) {
            Checks.positive(p, "stack pressure", "Pa");
        }
        ImmutableList.Builder<Point> out = ImmutableList.builderWithExpectedSize(pressures.length);
        for (double p : pressures) {
            out.add(new Point(p, contactFraction(p), plastic(p), constrictionAsr(p), interfaceAsr(p)));
        }
        return out.build();
    }

    @Override
    public String toString() {
        return "StackPressureContact[E* = " + Format.q(contactModulus, "Pa") + ", h'_rms = " + Format.g(rmsSlope)
                + ", h_rms = " + Format.q(rmsHeight, "m") + ", H = "
                + (hardness.isPresent() ? Format.q(hardness.getAsDouble(), "Pa") : "none") + ", σ = "
                + Format.q(conductivity / 100, "S/cm") + ", R_ct = "
                + Format.q(chargeTransferAsr * 1e4, "Ω·cm²") + ", γ = "
                + Format.g(separationDecay) + "]";
    }
}
