package org.interphase.docs.tour;

import java.io.PrintStream;
import java.util.Locale;
import org.interphase.core.Units;
import org.interphase.materials.Interdiffusion;
import org.interphase.materials.InterfacePair;
import org.interphase.materials.InterfacePairs;
import org.interphase.materials.InterfacialResistance;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.interphase.materials.PropertyValue;
import org.interphase.materials.Role;
import org.interphase.materials.Source;

/**
 * The materials catalog next to what the review (Wang et al., Trans. Nanjing Univ. Aero. Astro. 35,
 * 578 (2018)) reports: every number printed here comes from the catalog, with its source.
 */
public final class MaterialsTour {

    private MaterialsTour() {}

    /**
     * Prints the section.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        long sources = Materials.all().stream().flatMap(m -> m.sources().stream()).map(Source::citation).distinct().count();
        long values = Materials.all().stream().mapToLong(m -> m.properties().size()).sum();
        out.printf(Locale.ROOT, "  catalog: %d materials, %d sourced values from %d publications; %d interface pairs%n",
                Materials.all().size(), values, sources, InterfacePairs.all().size());

        PropertyValue ta = Materials.LLZTO.property(Property.IONIC_CONDUCTIVITY).orElseThrow();
        out.printf(Locale.ROOT, "  Ta-doped LLZO at 25 °C: review 1e-3 S/cm; catalog %.1e S/cm [%s]%n",
                Units.toSPerCm(ta.value()), ta.source().shortCitation());

        InterfacePair lcoLlzo = InterfacePairs.get(Materials.LICOO2, Materials.LLZO);
        out.println("  LiCoO2 | LLZO: review 2600 → 150 Ω·cm² with a 10 nm Nb buffer; La2CoO4 (~50 nm) without");
        for (InterfacialResistance r : lcoLlzo.resistances()) {
            out.printf(Locale.ROOT, "    catalog: %s%n", r);
        }
        Interdiffusion co = lcoLlzo.interdiffusion().get(0);
        double l700 = Math.sqrt(co.diffusivity(Units.celsius(700)) * Units.hours(1));
        double l25 = Math.sqrt(co.diffusivity(Units.celsius(25)) * Units.days(365));
        out.printf(Locale.ROOT, "    Co into LLZO (Ea = %.2f eV): √(Dt) = %.0f nm in 1 h at 700 °C, %.1e nm in a year at"
                + " 25 °C: the interphase forms in processing, not in cycling%n", Units.toEV(co.activationEnergy()),
                Units.toNm(l700), Units.toNm(l25));

        InterfacePair liGarnet = InterfacePairs.get(Materials.LI_METAL, Materials.LLCZN);
        out.printf(Locale.ROOT, "  Li | garnet (LLCZN): review 1710 → 1 Ω·cm² with ALD Al2O3; catalog %.0f → %.0f Ω·cm²%n",
                liGarnet.resistances().get(0).ohmCm2(), liGarnet.resistances().get(1).ohmCm2());

        var lmp = InterfacePairs.get(Materials.LNMO, Materials.LAGP).reactionProducts().get(0);
        out.printf(Locale.ROOT, "  LiMn1.5Ni0.5O4 | LAGP: review: LiMnPO4 above 600 °C; catalog: %s%n", lmp);

        double lto = Materials.LI4TI5O12.require(Property.VOLTAGE_VS_LI);
        var lco = Materials.LICOO2.openCircuitVoltage().orElseThrow();
        out.printf(Locale.ROOT, "  Li4Ti5O12 coating: review: electronically insulating in the LiCoO2 range; catalog:"
                + " its %.2f V plateau lies below LiCoO2's %.2f–%.2f V, so on the cathode it stays delithiated"
                + " (Ti⁴⁺, insulating)%n", lto, lco.voltage(lco.xMax()), lco.voltage(lco.xMin()));

        out.printf(Locale.ROOT, "  \"sulfides are relatively soft\": E = %.0f GPa (Li2S–P2S5 glass) vs %.0f GPa (LLZO),"
                + " Li metal %.1f GPa%n", Units.toGPa(Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS)),
                Units.toGPa(Materials.LLZO.require(Property.YOUNGS_MODULUS)),
                Units.toGPa(Materials.LI_METAL.require(Property.YOUNGS_MODULUS)));
        out.printf(Locale.ROOT, "  cathode volume change on charge (review refs [79-80]): NMC111 %.1f %%, NMC811 %.1f %%%n",
                100 * Materials.NMC111.require(Property.VOLUME_CHANGE),
                100 * Materials.NMC811.require(Property.VOLUME_CHANGE));

        out.print("  coatings and buffers in the catalog:");
        for (Material m : Materials.withRole(Role.COATING)) {
            out.print(" " + m.id());
        }
        out.println();
    }
}
