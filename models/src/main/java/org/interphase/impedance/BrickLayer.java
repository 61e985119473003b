package org.interphase.impedance;

import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * A polycrystalline layer in the brick-layer model (van Dijk &amp; Burggraaf, <i>phys. stat. sol.
 * (a)</i> 63 (1981) 229), per unit area: cubic grains of size d_g separated by boundaries of
 * thickness δ ≪ d_g, current across the boundaries in series with the grains.
 *
 * <p>Bulk: R_b = L/σ_b, C_b = ε0εr,b/L. Grain boundaries: R_gb = (L/σ_gb)(δ/d_g),
 * C_gb = (ε0εr,gb/L)(d_g/δ), with σ_gb the specific boundary conductivity. Z = R_b‖C_b + R_gb‖C_gb.
 * The boundary arc sits at f_gb = σ_gb/(2π ε0 εr,gb), the bulk arc at σ_b/(2π ε0 εr,b). The
 * "apparent" boundary conductivity read off a spectrum is σ_gb·d_g/δ.
 *
 * @param thickness layer thickness L, m
 * @param grainSize grain size d_g, m
 * @param boundaryThickness grain-boundary thickness δ, m (&lt; d_g)
 * @param bulkConductivity grain (bulk) conductivity σ_b, S/m
 * @param boundaryConductivity specific grain-boundary conductivity σ_gb, S/m
 * @param bulkPermittivity relative permittivity of the grains
 * @param boundaryPermittivity relative permittivity of the boundaries
 */
public record BrickLayer(double thickness, double grainSize, double boundaryThickness, double bulkConductivity,
        double boundaryConductivity, double bulkPermittivity, double boundaryPermittivity) implements Impedance {

    /**
     * Validates the parameters.
     *
     * @param thickness layer thickness L, m
     * @param grainSize grain size d_g, m
     * @param boundaryThickness grain-boundary thickness δ, m (&lt; d_g)
     * @param bulkConductivity grain (bulk) conductivity σ_b, S/m
     * @param boundaryConductivity specific grain-boundary conductivity σ_gb, S/m
     * @param bulkPermittivity relative permittivity of the grains
     * @param boundaryPermittivity relative permittivity of the boundaries
     * @throws IllegalArgumentException for a parameter out of range, or parameters whose
     *     resistances, capacitances, time constants or apex frequencies fall outside double
     *     precision
     */
    public BrickLayer {
        Checks.positive(thickness, "layer thickness", "m");
        Checks.positive(grainSize, "grain size", "m");
        Checks.positive(boundaryThickness, "grain-boundary thickness", "m");
        if (!(boundaryThickness < grainSize)) {
            throw new IllegalArgumentException("grain-boundary thickness must be < grain size " + grainSize + " m, was "
                    + boundaryThickness + " m");
        }
        Checks.positive(bulkConductivity, "bulk conductivity", "S/m");
        Checks.positive(boundaryConductivity, "grain-boundary conductivity", "S/m");
        Checks.atLeast(bulkPermittivity, 1.0, "bulk relative permittivity", "");
        Checks.atLeast(boundaryPermittivity, 1.0, "grain-boundary relative permittivity", "");
        String bulkInputs = "thickness = " + thickness + " m, bulkConductivity = " + bulkConductivity
                + " S/m, bulkPermittivity = " + bulkPermittivity;
        Cx.representable(thickness / bulkConductivity, "bulk resistance L/σ_b", "Ω·m²", bulkInputs);
        Cx.representable(Constants.VACUUM_PERMITTIVITY * bulkPermittivity / thickness, "bulk capacitance ε0εr,b/L",
                "F/m²", bulkInputs);
        double bulkTau = Cx.representable(Constants.VACUUM_PERMITTIVITY * bulkPermittivity / bulkConductivity,
                "bulk time constant ε0εr,b/σ_b", "s", bulkInputs);
        Cx.representable(1 / (2 * Math.PI * bulkTau), "bulk apex frequency σ_b/(2π ε0 εr,b)", "Hz", bulkInputs);
        String inputs = "thickness = " + thickness + " m, grainSize = " + grainSize + " m, boundaryThickness = "
                + boundaryThickness + " m, boundaryConductivity = " + boundaryConductivity
                + " S/m, boundaryPermittivity = " + boundaryPermittivity;
        double r = Cx.representable(thickness / boundaryConductivity * boundaryThickness / grainSize,
                "grain-boundary resistance (L/σ_gb)(δ/d_g)", "Ω·m²", inputs);
        double c = Cx.representable(Constants.VACUUM_PERMITTIVITY * boundaryPermittivity / thickness * grainSize
                / boundaryThickness, "grain-boundary capacitance (ε0εr,gb/L)(d_g/δ)", "F/m²", inputs);
        double tau = Cx.representable(r * c, "grain-boundary time constant", "s", inputs);
        Cx.representable(1 / (2 * Math.PI * tau), "grain-boundary apex frequency", "Hz", inputs);
    }

    /** @return the grain (bulk) arc as a homogeneous layer */
    public HomogeneousLayer bulk() {
        return new HomogeneousLayer(thickness, bulkConductivity, bulkPermittivity);
    }

    /** @return the boundary area-specific resistance R_gb = (L/σ_gb)(δ/d_g), Ω·m² */
    public double boundaryResistance() {
        return thickness / boundaryConductivity * boundaryThickness / grainSize;
    }

    /** @return the boundary capacitance per area C_gb = (ε0εr,gb/L)(d_g/δ), F/m² */
    public double boundaryCapacitance() {
        return Constants.VACUUM_PERMITTIVITY * boundaryPermittivity / thickness * grainSize / boundaryThickness;
    }

    /** @return the boundary arc's apex frequency σ_gb/(2π ε0 εr,gb), Hz */
    public double boundaryApexFrequency() {
        return 1 / (2 * Math.PI * boundaryResistance() * boundaryCapacitance());
    }

    /** @return the total DC area-specific resistance R_b + R_gb, Ω·m² */
    public double resistance() {
        return bulk().resistance() + boundaryResistance();
    }

    @Override
    public void evaluate(double[] omega, double[] re, double[] im) {
        Cx.checkEvaluate(omega, re, im);
        bulk().evaluate(omega, re, im);
        double r = boundaryResistance();
        double tau = r * boundaryCapacitance();
        for (int i = 0; i < omega.length; i++) {
            double x = omega[i] * tau;
            double d = 1 + x * x;
            re[i] += r / d;
            im[i] -= r * x / d;
        }
    }

    @Override
    public boolean perArea() {
        return true;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "brick layer %.4g µm, grains %.4g µm, boundaries %.4g nm: R_bulk = %.5g Ω·cm², "
                + "R_gb = %.5g Ω·cm² at %.5g Hz", thickness * 1e6, grainSize * 1e6, boundaryThickness * 1e9,
                bulk().resistance() * 1e4, boundaryResistance() * 1e4, boundaryApexFrequency());
    }
}
