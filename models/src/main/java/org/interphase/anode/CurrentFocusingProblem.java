package org.interphase.anode;

import java.util.Objects;
import java.util.OptionalDouble;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * The potential problem of current focusing at a Li | electrolyte interface: an axisymmetric unit cell
 * (r, z) of radius b — one contact spot or one void of a periodic array, or a single one when b ≫ a —
 * with the Li face at z = 0 and the counter electrode at the far side of the electrolyte.
 *
 * <pre>
 *   z = 0            Li face: contact (SPOT: r &lt; a; VOID: a &lt; r &lt; b) at the Li potential V,
 *                    through a linearised charge-transfer resistance R_ct (Ω·m²); void elsewhere
 *                    (no current)
 *   0 &lt; z &lt; t       optional interlayer, conductivity σ_i (S/m)
 *   z = t            optional interlayer | electrolyte interface resistance R_i (Ω·m²)
 *   t &lt; z &lt; t + L   electrolyte, conductivity σ (S/m)
 *   z = t + L        counter electrode, φ = 0
 *   r = 0, r = b     symmetry (no current)
 * </pre>
 * In each region ∇·(σ∇φ) = 0. The linearised (small-signal) Butler–Volmer law j = (V − φ)/R_ct
 * with R_ct = RT/((α_a + α_c)F i₀) gives the local overpotential η = R_ct·j; R_ct = 0 is the
 * primary distribution (Newman, J. Electrochem. Soc. 113, 501 (1966)). The ratio of the
 * two resistances is the Wagner number J = a/(σR_ct) (Newman, J. Electrochem. Soc. 113, 1235
 * (1966)). The problem is linear: the nominal current density (over the cell area πb²) only scales
 * the currents and potentials.
 *
 * <p>Immutable; checked when built ({@link #of}) and by every {@code withX} copy.
 */
public final class CurrentFocusingProblem {

    /** Largest ratio of any length of the cell to the rim radius (and of the rim radius to the thickness). */
    public static final double MAX_ASPECT = 1e6;
    /** Smallest Wagner number a/(σR_ct) (or a/(σ_i R_i)): below it the current is uniform to 1e-9. */
    public static final double MIN_WAGNER = 1e-9;
    /** Largest ratio of the interlayer's to the electrolyte's conductivity, and of theirs inverted. */
    public static final double MAX_CONDUCTIVITY_RATIO = 1e9;

    private final CurrentFocusingGeometry geometry;
    private final double conductivity;
    private final double rimRadius;
    private final double cellRadius;
    private final double thickness;
    private final double currentDensity;
    private final double chargeTransferResistance;
    private final double interlayerThickness;
    private final double interlayerConductivity;
    private final double interfaceResistance;

    private CurrentFocusingProblem(CurrentFocusingGeometry geometry, double conductivity, double rimRadius,
            double cellRadius, double thickness, double currentDensity, double chargeTransferResistance,
            double interlayerThickness, double interlayerConductivity, double interfaceResistance) {
        this.geometry = geometry;
        this.conductivity = conductivity;
        this.rimRadius = rimRadius;
        this.cellRadius = cellRadius;
        this.thickness = thickness;
        this.currentDensity = currentDensity;
        this.chargeTransferResistance = chargeTransferResistance;
        this.interlayerThickness = interlayerThickness;
        this.interlayerConductivity = interlayerConductivity;
        this.interfaceResistance = interfaceResistance;
    }

    /**
     * A unit cell without interlayer and with the primary distribution (R_ct = 0), at a nominal current
     * density of 10 A/m² (1 mA/cm²).
     *
     * @param geometry which part of the Li face touches (not null)
     * @param conductivity electrolyte ionic conductivity σ, S/m (&gt; 0, finite)
     * @param rimRadius radius a of the rim, m: the contact spot's radius (SPOT) or the void's (VOID)
     *     (&gt; 0, finite)
     * @param cellRadius radius b of the unit cell, m (&gt; rimRadius, at most {@value #MAX_ASPECT}·a)
     * @param thickness electrolyte thickness L to the counter electrode, m (&gt; 0, within
     *     [a/{@value #MAX_ASPECT}, {@value #MAX_ASPECT}·a])
     * @return the problem
     * @throws IllegalArgumentException if an argument is out of range
     * @throws NullPointerException if {@code geometry} is null
     */
    public static CurrentFocusingProblem of(CurrentFocusingGeometry geometry, double conductivity, double rimRadius,
            double cellRadius, double thickness) {
        Checks.nonNull(geometry, "geometry");
        Checks.positive(conductivity, "conductivity", "S/m");
        Checks.positive(rimRadius, "rim radius", "m");
        Checks.positive(cellRadius, "cell radius", "m");
        Checks.positive(thickness, "thickness", "m");
        if (!(cellRadius > rimRadius)) {
            throw new IllegalArgumentException("cell radius must be > rim radius (" + rimRadius + " m), was "
                    + cellRadius + " m");
        }
        return checked(new CurrentFocusingProblem(geometry, conductivity, rimRadius, cellRadius, thickness, 10.0, 0.0,
                0.0, conductivity, 0.0));
    }

    private static CurrentFocusingProblem checked(CurrentFocusingProblem p) {
        double a = p.rimRadius;
        ratio(p.cellRadius, a, "cell radius");
        ratio(p.thickness, a, "thickness");
        if (p.interlayerThickness > 0) {
            ratio(p.interlayerThickness, a, "interlayer thickness");
            double k = p.interlayerConductivity / p.conductivity;
            if (!(k <= MAX_CONDUCTIVITY_RATIO && k >= 1 / MAX_CONDUCTIVITY_RATIO)) {
                throw new IllegalArgumentException("interlayer conductivity must be within a factor "
                        + MAX_CONDUCTIVITY_RATIO + " of the electrolyte's (" + p.conductivity + " S/m), was "
                        + p.interlayerConductivity + " S/m");
            }
        }
        double sigma0 = p.interlayerThickness > 0 ? p.interlayerConductivity : p.conductivity;
        if (p.chargeTransferResistance > 0 && !(a / (sigma0 * p.chargeTransferResistance) >= MIN_WAGNER)) {
            throw new IllegalArgumentException("charge-transfer resistance must be <= a/(σ·" + MIN_WAGNER + ") = "
                    + a / (sigma0 * MIN_WAGNER) + " Ω·m² (Wagner number >= " + MIN_WAGNER + "), was "
                    + p.chargeTransferResistance + " Ω·m²");
        }
        if (p.interfaceResistance > 0 && !(a / (p.conductivity * p.interfaceResistance) >= MIN_WAGNER)) {
            throw new IllegalArgumentException("interface resistance must be <= a/(σ·" + MIN_WAGNER + ") = "
                    + a / (p.conductivity * MIN_WAGNER) + " Ω·m², was " + p.interfaceResistance + " Ω·m²");
        }
        return p;
    }

    private static void ratio(double length, double a, String name) {
        if (!(length <= MAX_ASPECT * a && length >= a / MAX_ASPECT)) {
            throw new IllegalArgumentException(name + " must be within [a/" + MAX_ASPECT + ", " + MAX_ASPECT
                    + "·a] of the rim radius a = " + a + " m, was " + length + " m");
        }
    }

    /**
     * @param value nominal current density over the cell area πb², A/m² (&gt; 0, &le; 1e6)
     * @return this problem at another current density
     * @throws IllegalArgumentException if the value is out of range
     */
    public CurrentFocusingProblem withCurrentDensity(double value) {
        Checks.positive(value, "current density", "A/m²");
        Checks.atMost(value, 1e6, "current density", "A/m²");
        return checked(new CurrentFocusingProblem(geometry, conductivity, rimRadius, cellRadius, thickness, value,
                chargeTransferResistance, interlayerThickness, interlayerConductivity, interfaceResistance));
    }

    /**
     * @param value linearised charge-transfer resistance R_ct of the Li contact, Ω·m² (&ge; 0; 0 = the
     *     primary distribution; the Wagner number a/(σR_ct) must be &ge; {@value #MIN_WAGNER}, σ of the
     *     region the contact touches)
     * @return this problem with another charge-transfer resistance
     * @throws IllegalArgumentException if the value is out of range
     */
    public CurrentFocusingProblem withChargeTransferResistance(double value) {
        Checks.nonNegative(value, "charge-transfer resistance", "Ω·m²");
        return checked(new CurrentFocusingProblem(geometry, conductivity, rimRadius, cellRadius, thickness,
                currentDensity, value + 0.0, interlayerThickness, interlayerConductivity, interfaceResistance));
    }

    /**
     * An interlayer between the Li face and the electrolyte (replaces any interlayer set before).
     *
     * @param thickness interlayer thickness t, m (&gt; 0, within [a/{@value #MAX_ASPECT}, {@value #MAX_ASPECT}·a])
     * @param conductivity the interlayer's conductivity σ_i for the current it carries, S/m (&gt; 0, within a
     *     factor {@value #MAX_CONDUCTIVITY_RATIO} of the electrolyte's)
     * @param interfaceResistance area-specific resistance R_i of the interlayer | electrolyte interface,
     *     Ω·m² (&ge; 0)
     * @return this problem with the interlayer
     * @throws IllegalArgumentException if an argument is out of range
     */
    public CurrentFocusingProblem withInterlayer(double thickness, double conductivity, double interfaceResistance) {
        Checks.positive(thickness, "interlayer thickness", "m");
        Checks.positive(conductivity, "interlayer conductivity", "S/m");
        Checks.nonNegative(interfaceResistance, "interface resistance", "Ω·m²");
        return checked(new CurrentFocusingProblem(geometry, this.conductivity, rimRadius, cellRadius, this.thickness,
                currentDensity, chargeTransferResistance, thickness, conductivity, interfaceResistance + 0.0));
    }

    /** @return this problem without interlayer */
    public CurrentFocusingProblem withoutInterlayer() {
        return checked(new CurrentFocusingProblem(geometry, conductivity, rimRadius, cellRadius, thickness,
                currentDensity, chargeTransferResistance, 0.0, conductivity, 0.0));
    }

    /** @return which part of the Li face touches */
    public CurrentFocusingGeometry geometry() {
        return geometry;
    }

    /** @return electrolyte ionic conductivity σ, S/m */
    public double conductivity() {
        return conductivity;
    }

    /** @return rim radius a (the contact spot's or the void's), m */
    public double rimRadius() {
        return rimRadius;
    }

    /** @return unit-cell radius b, m */
    public double cellRadius() {
        return cellRadius;
    }

    /** @return electrolyte thickness L, m */
    public double thickness() {
        return thickness;
    }

    /** @return nominal current density over the cell area πb², A/m² */
    public double currentDensity() {
        return currentDensity;
    }

    /** @return linearised charge-transfer resistance of the Li contact R_ct, Ω·m² (0: primary distribution) */
    public double chargeTransferResistance() {
        return chargeTransferResistance;
    }

    /** @return interlayer thickness t, m (0 without interlayer) */
    public double interlayerThickness() {
        return interlayerThickness;
    }

    /** @return the interlayer's conductivity σ_i, S/m, or empty without interlayer */
    public OptionalDouble interlayerConductivity() {
        return interlayerThickness > 0 ? OptionalDouble.of(interlayerConductivity) : OptionalDouble.empty();
    }

    /** @return interlayer | electrolyte interface resistance R_i, Ω·m² (0 without interlayer) */
    public double interfaceResistance() {
        return interfaceResistance;
    }

    /** @return the area of the Li face that touches, m² */
    public double contactArea() {
        return geometry == CurrentFocusingGeometry.SPOT ? Math.PI * rimRadius * rimRadius
                : Math.PI * (cellRadius - rimRadius) * (cellRadius + rimRadius);
    }

    /** @return contact area ÷ cell area πb², dimensionless in (0, 1) */
    public double contactFraction() {
        return contactArea() / (Math.PI * cellRadius * cellRadius);
    }

    /**
     * @return the Wagner number J = a/(σ₀R_ct) of the Li contact (σ₀ the conductivity of the region it
     *     touches), or empty for the primary distribution (R_ct = 0, J = ∞)
     */
    public OptionalDouble wagnerNumber() {
        if (chargeTransferResistance == 0) {
            return OptionalDouble.empty();
        }
        double sigma0 = interlayerThickness > 0 ? interlayerConductivity : conductivity;
        return OptionalDouble.of(rimRadius / (sigma0 * chargeTransferResistance));
    }

    /** @return conductivity of the region next to the Li face (interlayer if any, else electrolyte), S/m */
    double faceConductivity() {
        return interlayerThickness > 0 ? interlayerConductivity : conductivity;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CurrentFocusingProblem p)) {
            return false;
        }
        return geometry == p.geometry && Double.compare(conductivity, p.conductivity) == 0
                && Double.compare(rimRadius, p.rimRadius) == 0 && Double.compare(cellRadius, p.cellRadius) == 0
                && Double.compare(thickness, p.thickness) == 0 && Double.compare(currentDensity, p.currentDensity) == 0
                && Double.compare(chargeTransferResistance, p.chargeTransferResistance) == 0
                && Double.compare(interlayerThickness, p.interlayerThickness) == 0
                && Double.compare(interlayerConductivity, p.interlayerConductivity) == 0
                && Double.compare(interfaceResistance, p.interfaceResistance) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(geometry, conductivity, rimRadius, cellRadius, thickness, currentDensity,
                chargeTransferResistance, interlayerThickness, interlayerConductivity, interfaceResistance);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("CurrentFocusingProblem[")
                .append(geometry == CurrentFocusingGeometry.SPOT ? "contact spot a = " : "void a = ")
                .append(Display.quantity(rimRadius, "m")).append(", cell b = ").append(Display.quantity(cellRadius, "m"))
                .append(", electrolyte ").append(Display.quantity(conductivity, "S/m")).append(" × ")
                .append(Display.quantity(thickness, "m")).append(", j = ")
                .append(Display.quantity(currentDensity * 1e-4, "A/cm²"))
                .append(", R_ct = ").append(Display.quantity(chargeTransferResistance * 1e4, "Ω·cm²"));
        if (interlayerThickness > 0) {
            s.append(", interlayer ").append(Display.quantity(interlayerThickness, "m")).append(" of ")
                    .append(Display.quantity(interlayerConductivity, "S/m")).append(" with R_i = ")
                    .append(Display.quantity(interfaceResistance * 1e4, "Ω·cm²"));
        }
        return s.append(']').toString();
    }
}
