package org.interphase.anode;

import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Units;

/**
 * A Li2CO3/LiOH surface layer on a garnet (grown in air from H2O and CO2), between lithium and the
 * electrolyte: it adds the resistance of a poor Li⁺ conductor where it covers the surface, and lithium does
 * not wet it, so it also takes contact away. With a fraction θ of the surface covered by a layer of
 * thickness x and conductivity σ_c, and lithium touching a fraction f_g of the clean garnet and f_c of the
 * carbonate (parallel paths through the covered and the clean area):
 * <pre>
 *   1/ASR = (1 − θ)·f_g/R_ct + θ·f_c/(R_ct + x/σ_c)
 * </pre>
 * θ = 0 gives R_ct/f_g (a clean, wetted garnet); θ = 1 gives (R_ct + x/σ_c)/f_c. Removing the layer
 * (heat treatment or etching, Sharafi et al., Chem. Mater. 29, 7961 (2017): ~400 → 2 Ω·cm²; a lithiophilic
 * ALD Al2O3 coating, Han et al., Nat. Mater. 16, 572 (2017): 1710 → 1 Ω·cm²) is {@link #removed()}.
 *
 * @param thickness x, m (&ge; 0)
 * @param coverage θ, the covered fraction of the surface, in [0, 1]
 * @param conductivity σ_c of the carbonate, S/m (&gt; 0)
 * @param contactOnGarnet f_g, lithium's contact fraction on the clean garnet, in (0, 1]
 * @param contactOnCarbonate f_c, lithium's contact fraction on the carbonate, in (0, 1]
 */
public record CarbonateLayer(double thickness, double coverage, double conductivity, double contactOnGarnet,
        double contactOnCarbonate) {

    /**
     * Validates the components.
     *
     * @param thickness x, m (&ge; 0)
     * @param coverage θ in [0, 1]
     * @param conductivity σ_c, S/m (&gt; 0)
     * @param contactOnGarnet f_g in (0, 1]
     * @param contactOnCarbonate f_c in (0, 1]
     */
    public CarbonateLayer {
        Checks.nonNegative(thickness, "carbonate thickness", "m");
        Checks.inClosedRange(coverage, 0, 1, "carbonate coverage", "");
        Checks.positive(conductivity, "carbonate conductivity", "S/m");
        Checks.inClosedRange(contactOnGarnet, Double.MIN_NORMAL, 1, "contact fraction on garnet", "");
        Checks.inClosedRange(contactOnCarbonate, Double.MIN_NORMAL, 1, "contact fraction on carbonate", "");
    }

    /**
     * The interface resistance with this layer.
     *
     * @param chargeTransferAsr R_ct of a clean, fully wetted contact, Ω·m² (&gt; 0)
     * @return ASR, Ω·m² on the nominal area
     */
    public double interfaceAsr(double chargeTransferAsr) {
        Checks.positive(chargeTransferAsr, "charge-transfer ASR", "Ω·m²");
        double covered = chargeTransferAsr + thickness / conductivity;
        double g = (1 - coverage) * contactOnGarnet / chargeTransferAsr + coverage * contactOnCarbonate / covered;
        return Checks.finiteResult(1 / g, "interface ASR with carbonate (Ω·m²)", "R_ct = " + chargeTransferAsr
                + " Ω·m², " + this, "use a larger conductivity or contact fraction");
    }

    /** @return the contact fraction of lithium on the whole surface, (1 − θ)·f_g + θ·f_c */
    public double contactFraction() {
        return (1 - coverage) * contactOnGarnet + coverage * contactOnCarbonate;
    }

    /**
     * @param newThickness x, m (&ge; 0)
     * @return a copy with another thickness (grown in air, or partly removed)
     */
    public CarbonateLayer withThickness(double newThickness) {
        return new CarbonateLayer(newThickness, coverage, conductivity, contactOnGarnet, contactOnCarbonate);
    }

    /**
     * @param newCoverage θ in [0, 1]
     * @return a copy with another coverage
     */
    public CarbonateLayer withCoverage(double newCoverage) {
        return new CarbonateLayer(thickness, newCoverage, conductivity, contactOnGarnet, contactOnCarbonate);
    }

    /** @return the layer removed: no coverage, the clean garnet's contact everywhere */
    public CarbonateLayer removed() {
        return new CarbonateLayer(0, 0, conductivity, contactOnGarnet, contactOnCarbonate);
    }

    @Override
    public String toString() {
        return "carbonate " + Display.quantity(thickness, "m") + " over " + Display.number(100 * coverage) + " % (σ = "
                + Display.quantity(Units.toSPerCm(conductivity), "S/cm") + "), Li contact " + Display.number(contactOnGarnet)
                + " on garnet, " + Display.number(contactOnCarbonate) + " on carbonate";
    }
}
