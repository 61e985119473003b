package org.interphase.docs.tour;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.JunctionSolution;
import org.interphase.spacecharge.JunctionSolver;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.LayeredSolution;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.MaterialPhases;
import org.interphase.spacecharge.Phase;
import org.interphase.spacecharge.SemiInfinite;
import org.interphase.spacecharge.Sweep;
import org.interphase.spacecharge.Sweeps;

/**
 * The space-charge stop of the tour: LiCoO2 | Li3PS4 as the review's Fig. 4 describes it (Wang, Su,
 * Liu, Chen et al., Trans. Nanjing Univ. Aeronaut. Astronaut. 35, 578 (2018), Fig. 4, after
 * Haruyama et al., Chem. Mater. 26, 4248 (2014)) — an ionic cathode, an electron-conducting
 * cathode, and a LiNbO3 coating (Ohta et al., Adv. Mater. 18, 2226 (2006); Electrochem. Commun. 9,
 * 1486 (2007)) — with the model's numbers next to what the paper reports.
 */
public final class SpaceChargeTour {

    private SpaceChargeTour() {}

    /**
     * Prints the section.
     *
     * @param out where to print
     * @param folder output folder (unused)
     */
    public static void run(PrintStream out, Path folder) {
        run(out);
    }

    /**
     * Prints the section.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        double t = Units.ROOM_TEMPERATURE;
        // catalog values (permittivities, Li densities, conductivities); given here: εr 9.1 for β-Li3PS4
        // (DFT), εr 30 for an amorphous LiNbO3 coating (the catalog's 66 is the crystal's) with few
        // mobile Li⁺ (θ∞ = 1e-3)
        Phase lcoIonic = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).build();
        Phase lcoMetal = MaterialPhases.builder(Materials.LICOO2).conductivity(Units.sPerCm(1e-5)).electronConductor(true)
                .build();
        Phase lps = MaterialPhases.builder(Materials.LI3PS4).relativePermittivity(9.1).build();
        Phase lnb = MaterialPhases.builder(Materials.LINBO3).relativePermittivity(30).bulkOccupancy(1e-3).build();
        double step = Units.eV(0.5);
        out.println("  LiCoO2 | β-Li3PS4, Li⁺ chemical-potential step 0.5 eV (Li⁺ more stable in the oxide), 25 °C");

        JunctionSolution ionic = JunctionSolver.withDefaults().solve(Junction.of(lcoIonic, lps, step, t));
        out.println("  Review: Li⁺ enriches on the oxide side and is depleted in the sulfide (Fig. 4).");
        out.printf(Locale.ROOT, "    model (ionic LiCoO2): LiCoO2 %+.3f V (accumulation), Li3PS4 %+.3f V (depletion), "
                + "widths %.2f / %.2f nm, R(Li3PS4) %.3g Ω·cm²%n", ionic.left().drop(), ionic.right().drop(),
                Units.toNm(ionic.left().width()), Units.toNm(ionic.right().width()),
                Units.toOhmCm2(ionic.right().resistance()));

        JunctionSolution metal = JunctionSolver.withDefaults().solve(Junction.of(lcoMetal, lps, step, t));
        out.println("  Review: when the oxide conducts electrons its layer disappears and the sulfide's grows,");
        out.println("  with a larger interfacial resistance (Haruyama et al. 2014).");
        out.printf(Locale.ROOT, "    model (electron-conducting LiCoO2): Li3PS4 %+.3f V, width %.2f nm, R(Li3PS4) %.3g Ω·cm² "
                + "(%.0f× the ionic case)%n", metal.right().drop(), Units.toNm(metal.right().width()),
                Units.toOhmCm2(metal.right().resistance()), metal.right().resistance() / ionic.right().resistance());

        LayeredSolver fv = LayeredSolver.withDefaults();
        LayeredJunction coated = LayeredJunction.coated(Junction.of(lcoMetal, lps, step, t), lnb, Units.nm(5), 0);
        LayeredSolution c = fv.solve(coated);
        out.println("  Review: an electron-insulating Li⁺ conductor between them suppresses the sulfide's layer");
        out.println("  (Li4Ti5O12, Ohta et al. 2006; LiNbO3, Ohta et al. 2007).");
        out.printf(Locale.ROOT, "    model (5 nm LiNbO3, Li level of the oxide): Li3PS4 %+.3f V, R(Li3PS4) %.3g Ω·cm², total with the "
                + "coating's own d/σ %.3g Ω·cm² (%d Newton iterations, %d nodes)%n", c.layer(2).drop(),
                Units.toOhmCm2(c.layer(2).resistance()), Units.toOhmCm2(c.totalResistance()), c.iterations(),
                c.mesh().nodeCount());

        double[] d = new double[12];
        for (int i = 0; i < d.length; i++) {
            d[i] = Units.nm(0.25 * Math.pow(1.5, i));
        }
        Sweep sweep = Sweeps.thickness(fv, coated, 1, d);
        out.println("  Review: impedance falls as the coating thickens and rises again beyond ~5 nm, where the");
        out.println("  coating's low conductivity dominates (Ohta et al. 2006).");
        out.print("    model: d [nm] → R total [Ω·cm²]:");
        for (int i = 0; i < d.length; i += 2) {
            out.printf(Locale.ROOT, " %.2f → %.3g;", Units.toNm(d[i]), Units.toOhmCm2(sweep.totalResistance()[i]));
        }
        out.printf(Locale.ROOT, "%n    minimum at %.1f nm with these (unfitted) parameters; the measured optimum is ~5 nm%n",
                Units.toNm(sweep.argminResistance()));
        // the layer's thickness by a stated criterion: Li within 1 % of its bulk concentration beyond it
        double lcoExtent = SemiInfinite.of(lcoIonic.relativePermittivity(), lcoIonic.law(), t, ionic.left().drop())
                .extent(0.01);
        double lpsExtent = SemiInfinite.of(lps.relativePermittivity(), lps.law(), t, ionic.right().drop()).extent(0.01);
        double lpsMetalExtent = SemiInfinite.of(lps.relativePermittivity(), lps.law(), t, metal.right().drop())
                .extent(0.01);
        out.printf(Locale.ROOT, "  de Klerk & Wagemaker 2018: layers about a nanometre thick -> model (Li within 1 %% of bulk "
                + "beyond): %.2f nm LiCoO2 + %.2f nm Li3PS4 (ionic), %.2f nm Li3PS4 (electron-conducting LiCoO2); "
                + "plate-capacitor widths ε/C %.2f–%.2f nm%n", Units.toNm(lcoExtent), Units.toNm(lpsExtent),
                Units.toNm(lpsMetalExtent), Units.toNm(Math.min(ionic.left().width(), ionic.right().width())),
                Units.toNm(metal.right().width()));
    }
}
