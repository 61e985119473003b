package org.interphase.docs.tour;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.interphase.anode.AlloyAnode;
import org.interphase.anode.CurrentFocusingGeometry;
import org.interphase.anode.CurrentFocusingProblem;
import org.interphase.anode.CurrentFocusingSolution;
import org.interphase.anode.CurrentFocusingSolver;
import org.interphase.anode.InterlayerSpreading;
import org.interphase.anode.LithiumInterphase;
import org.interphase.anode.LithiumSupply;
import org.interphase.anode.PlatingProblem;
import org.interphase.anode.PlatingSolution;
import org.interphase.anode.PlatingSolver;
import org.interphase.anode.StrippingProblem;
import org.interphase.anode.StrippingSolution;
import org.interphase.anode.StrippingSolver;
import org.interphase.contact.ContactModulus;
import org.interphase.contact.StackPressureContact;
import org.interphase.core.SinglePoint;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.interphase.stack.CellSolution;
import org.interphase.stack.CellStack;
import org.interphase.stack.ContactState;
import org.interphase.stack.ContactStates;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Layer;
import org.interphase.stack.StackSolver;

/**
 * The lithium-metal anode (issue 16): Li | LLZO and Li | Li6PS5Cl at 0.1–10 MPa and 25–60 °C — the
 * critical stripping current, the voids a 1 mAh/cm² strip leaves, the cell's interface budget with the
 * anode beside the cathode, the plating current-limit map, the SEI on the argyrodite, what a 20 nm Au
 * interlayer changes and the Li–Mg alloy anode. Each
 * number is printed beside the paper it compares with, and the tour says where the model disagrees.
 */
public final class AnodeTour {

    private AnodeTour() {}

    /** Au, 4.1e7 S/m at 20 °C (CRC Handbook of Chemistry and Physics, electrical resistivity of the elements). */
    private static final double SIGMA_AU = 4.1e7;
    private static final double[] PRESSURES_MPA = {0.1, 1, 3, 5, 10};
    private static final double T25 = Units.celsius(25);
    private static final double T60 = Units.celsius(60);

    /**
     * Prints the section without writing the map.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        run(out, null);
    }

    /**
     * Prints the section and writes the Li | LLZO current-limit map as CSV into {@code folder}.
     *
     * @param out where to print
     * @param folder output folder (null: write nothing)
     */
    public static void run(PrintStream out, Path folder) {
        LithiumSupply li = LithiumSupply.lithium();
        StrippingSolver solver = StrippingSolver.withDefaults();
        out.println("  Li supply to the interface: " + li);
        out.println("  (creep: the catalog's bulk Li law, n = 6.6, Q = 37 kJ/mol, LePage et al., J. Electrochem. Soc. 166,"
                + " A89 (2019);");
        out.println("   vacancy diffusion: D* = 5.69e-15 m²/s at 25 °C, Lodding, Mundy & Ott 1970 as used by Krauskopf et al. 2019;"
                + " void spacing, sink distance and tolerated void fraction 0.1 are assumptions)");

        // ---- critical stripping current
        out.println("  Critical stripping current j_c (mA/cm²), voids tolerated up to 10 % of the area:");
        out.println("      p (MPa)   Li|LLZO 25 °C   60 °C   Li|Li6PS5Cl 25 °C   60 °C");
        for (double mpa : PRESSURES_MPA) {
            out.printf(Locale.ROOT, "    %8.1f   %13.3g %7.3g   %17.3g %7.3g%n", mpa, jc(solver, li, Materials.LLZO, mpa, T25),
                    jc(solver, li, Materials.LLZO, mpa, T60), jc(solver, li, Materials.LI6PS5CL, mpa, T25),
                    jc(solver, li, Materials.LI6PS5CL, mpa, T60));
        }
        double llzo0 = jc(solver, li, Materials.LLZO, 0, T25);
        out.printf(Locale.ROOT, "    Li | LLZO, 0 MPa, 25 °C: model %.3g mA/cm² (vacancy diffusion only) — paper (Krauskopf et al.,"
                + " Adv. Energy Mater. 9, 1902568 (2019)): contact lost above ~0.1 mA/cm² without pressure%n", llzo0);
        double at3 = jc(solver, li, Materials.LI6PS5CL, 3, T25);
        double at5 = jc(solver, li, Materials.LI6PS5CL, 5, T25);
        double at7 = jc(solver, li, Materials.LI6PS5CL, 7, T25);
        out.printf(Locale.ROOT, "    Li | Li6PS5Cl, 25 °C: model %.3g / %.3g / %.3g mA/cm² at 3 / 5 / 7 MPa — paper (Kasemchainan et al.,"
                + " Nat. Mater. 18, 1105 (2019)): ~0.1–0.4 mA/cm² over 3–7 MPa%n", at3, at5, at7);
        out.printf(Locale.ROOT, "    → within the paper's range at 3–7 MPa (×%.2f from 3 to 7 MPa): above ~3.4 MPa the stress around the"
                + " voids is held at%n", at7 / at3);
        out.println("      the flow stress of Li (0.77 MPa, Masias et al. 2019) — the foil flows instead; without that cap the"
                + " bulk law gave j_c ∝ p^6.6, 32 mA/cm² at 7 MPa");
        out.printf(Locale.ROOT, "    The cap follows the creep law in temperature (LePage et al. 2019: Li's flow stress is power-law"
                + " creep): σ_y = %.3g MPa at 60 °C;%n", li.flowStressAt(T60) / 1e6);
        out.println("      above the cap the voids creep shut at the yield test's rate at any T, so at 5–10 MPa the 60 °C column"
                + " gains only vacancy diffusion.");
        out.println("    The two columns agree because j_c is set on the lithium side (creep and vacancy diffusion in the metal):"
                + " the electrolyte enters");
        out.println("    only through the constriction around the voids, below. Below ~1 MPa creep adds nothing at 25 °C:"
                + " diffusion alone carries j_c.");

        // ---- voids after one 1 mAh/cm² strip
        double j = Units.mAPerCm2(0.5);
        out.println("  Void fraction after one 1 mAh/cm² strip at 0.5 mA/cm² (and the anode ASR it leaves, Ω·cm²):");
        out.println("      p (MPa)   Li|LLZO 25 °C          60 °C              Li|Li6PS5Cl 25 °C      60 °C");
        for (double mpa : PRESSURES_MPA) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "    %8.1f", mpa));
            for (Material e : new Material[] {Materials.LLZO, Materials.LI6PS5CL}) {
                for (double t : new double[] {T25, T60}) {
                    StrippingSolution s = solver.solve(StrippingProblem.of(li, e, Units.MPa(mpa), t, j));
                    row.append(String.format(Locale.ROOT, "   φ %5.3f%s (%7.3g)", s.voidFractionAfterFirstStrip(),
                            s.contactLost() ? "!" : " ", Units.toOhmCm2(s.worstInterfaceAsr())));
                }
            }
            out.println(row);
        }
        out.println("    (! = the voids coalesced: contact lost. R_ct = 1 Ω·cm² on full contact, Eckhardt et al. 2023.)"
                + " Kasemchainan et al. 2019 see voids");
        out.println("    grow from strip to strip and the impedance rise on stripping; at 25 °C the model's voids shrink with"
                + " pressure up to ~3 MPa, where the flow-stress cap ends the gain; at 60 °C diffusion keeps them shut.");

        // ---- the cell's interface budget: anode beside cathode
        InterfaceStack cathode = InterfaceStack.between(Materials.LICOO2, Materials.LLZO).temperature(T25)
                .coating(Layer.of(Materials.LINBO3, Units.nm(5)).withConductivity(Units.sPerCm(1e-8)))
                .exchangeCurrent(Units.mAPerCm2(1), Units.uFPerCm2(10)).build();
        InterfaceStack anode = InterfaceStack.between(Materials.LI_METAL, Materials.LLZO).temperature(T25)
                .chargeTransfer(Units.ohmCm2(1), Units.uFPerCm2(10)).build();
        CellSolution fresh = StackSolver.withDefaults().solve(CellStack.of(anode, cathode));
        StrippingSolution lowP = solver.solve(StrippingProblem.of(li, Materials.LLZO, Units.MPa(0.1), T25, j));
        CellSolution stripped = StackSolver.withDefaults().solve(CellStack.of(anode, cathode)
                .withAnodeContact(lowP.contactState()));
        out.println("  The cell's interfaces (anode beside cathode; LiCoO2 | LiNbO3 5 nm at 1e-8 S/cm | LLZO with"
                + " i0 = 1 mA/cm² — assumed values):");
        out.printf(Locale.ROOT, "    fresh: %.3g Ω·cm², anode share %.0f %%; after a 0.5 mA/cm² strip at 0.1 MPa: %.3g Ω·cm²,"
                + " anode share %.0f %%%n", Units.toOhmCm2(fresh.total()), 100 * fresh.anodeShare(),
                Units.toOhmCm2(stripped.total()), 100 * stripped.anodeShare());
        // Han et al.: a dry elastic Li | garnet contact against the wetted one (the GarnetWettingStackTest model)
        double eStar = ContactModulus.combined(Materials.LI_METAL.require(Property.YOUNGS_MODULUS),
                Materials.LI_METAL.require(Property.POISSON_RATIO), Materials.LLZO.require(Property.YOUNGS_MODULUS), 0.26);
        StackPressureContact dry = StackPressureContact.elastic(eStar, 0.1, Units.nm(100),
                Materials.LLZO.require(Property.IONIC_CONDUCTIVITY), Units.ohmCm2(1));
        double dryLow = StackSolver.withDefaults().solve(anode.withContact(ContactStates.atStackPressure(dry, Units.MPa(0.1))))
                .total();
        double dryHigh = StackSolver.withDefaults().solve(anode.withContact(ContactStates.atStackPressure(dry, Units.MPa(1))))
                .total();
        out.printf(Locale.ROOT, "    Li | garnet unwetted (dry elastic contact, h'_rms = 0.1 assumed) at 0.1–1 MPa: %.0f–%.0f Ω·cm²;"
                + " wetted %.3g Ω·cm² (calibrated)%n", Units.toOhmCm2(dryLow), Units.toOhmCm2(dryHigh),
                Units.toOhmCm2(StackSolver.withDefaults().solve(anode).total()));
        out.println("    paper (Han et al., Nat. Mater. 16, 572 (2017)): 1710 Ω·cm² bare → 1 Ω·cm² with ALD Al2O3 — bracketed;"
                + " the gain is contact area, not conduction");

        // ---- plating: the current-limit map
        double rgb = PlatingProblem.grainBoundaryAsr(Units.um(5), Units.sPerCm(5.97e-6));
        PlatingProblem llzoPlating = PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(rgb);
        PlatingSolution map = PlatingSolver.withDefaults().solve(llzoPlating);
        out.println("  Plating current limit, Li | LLZO (K_Ic = 1.25 MPa·m^½, Wolfenstine et al. 2013; R_gb from 5.97 µS/cm,"
                + " Eckhardt et al. 2023, 5 µm grains and η_n = 50 mV assumed;");
        out.println("    GRAIN_BOUNDARY is j·R_gb = η_n, this library's simplification of the mechanism of Raj & Wolfenstine,"
                + " J. Power Sources 343, 119 (2017), not their equations):");
        // void edges and flaw tips focus the current, up to 10⁴× (Raj et al., arXiv:2001.06276): A = 100 as an example
        PlatingSolution focused = PlatingSolver.withDefaults().solve(llzoPlating.withFocusingFactor(100));
        for (double um : new double[] {1, 10, 100}) {
            double c = Units.um(um);
            out.printf(Locale.ROOT, "    flaw %5.0f µm: %.3g mA/cm² (%s) uniform; %.3g mA/cm² (%s) with the current focused ×100%n",
                    um, Units.toMAPerCm2(map.currentLimit(c).orElseThrow()), map.limitingCriterion(c).map(Object::toString).orElse("none"),
                    Units.toMAPerCm2(focused.currentLimit(c).orElseThrow()),
                    focused.limitingCriterion(c).map(Object::toString).orElse("none"));
        }
        out.printf(Locale.ROOT, "    50 × 50 map, 0.001–10 mA/cm² × 0.1–100 µm: %.0f %% safe%n", 100 * map.map().safeFraction());
        out.println("    paper (Porz et al., Adv. Energy Mater. 7, 1701003 (2017)): Li enters from surface flaws, at lower"
                + " current for larger flaws — the crack line ∝ K_Ic/√c; the map has that direction");
        // the temperature axis: R_gb follows LLZO's conductivity law from the catalog, the stripping limit (1 MPa)
        // Li creep and vacancy diffusion; R_ct has no sourced temperature law, so the crack line stays off this map
        PlatingSolution warm = PlatingSolver.withDefaults().solve(llzoPlating.withStripping(
                StrippingProblem.of(li, Materials.LLZO, Units.MPa(1), T25, 1)));
        StringBuilder overT = new StringBuilder("    over temperature at a 10 µm flaw, 1 MPa (grain boundary and stripping voids):");
        for (double celsius : new double[] {-20, 25, 60, 80}) {
            double t = Units.celsius(celsius);
            overT.append(String.format(Locale.ROOT, " %.0f °C %.3g mA/cm² (%s);", celsius,
                    Units.toMAPerCm2(warm.currentLimit(Units.um(10), t).orElseThrow()),
                    warm.limitingCriterion(Units.um(10), t).map(Object::toString).orElse("none")));
        }
        out.println(overT);
        out.printf(Locale.ROOT, "    50 × 50 map, 0.001–10 mA/cm² × −20–80 °C: %.0f %% safe (%s)%n",
                100 * warm.temperatureMap().safeFraction(), warm.temperatureMap().criteria());
        PlatingProblem lpsclPlating = PlatingProblem.of(Materials.LI6PS5CL);
        PlatingSolution lpscl = PlatingSolver.withDefaults().solve(lpsclPlating);
        out.println("    Li | Li6PS5Cl: " + lpscl.monroeNewman().map(v -> "Monroe–Newman " + (v.suppresses() ? "passes" : "fails"))
                .orElse("Monroe–Newman not evaluated") + "; K_Ic = 0.23 MPa·m^½ is a proxy, glassy Li2S–P2S5 (McGrogan et"
                + " al. 2017) as Singh et al., Cell Rep. Phys. Sci. 3, 101043 (2022) use it: no argyrodite value found");
        out.printf(Locale.ROOT, "    crack line (R_ct = 1 Ω·cm² assumed): %.3g mA/cm² at 10 µm flaws, %.3g mA/cm² at 100 µm — paper"
                + " (Duan et al., Mater. Today 2023): pure Li6PS5Cl pellets short at 1.5 mA/cm², by Li-filled cracks%n",
                Units.toMAPerCm2(PlatingSolver.crackCurrentDensity(lpsclPlating, Units.um(10))),
                Units.toMAPerCm2(PlatingSolver.crackCurrentDensity(lpsclPlating, Units.um(100))));
        // the SEI lithium grows on the argyrodite, from the lithium it consumes (Aktekin et al. 2023)
        LithiumInterphase sei = LithiumInterphase.argyroditeSei(1e-6); // σ (no source) enters R = x/σ, not x
        double week = Units.hours(168);
        double year = Units.hours(24 * 365.25);
        out.printf(Locale.ROOT, "    its SEI (Li2S/LiCl/Li3P, x² = 2·k_p·t, Aktekin et al., Nat. Commun. 2023: 540 nm in 400 h at 25 °C"
                + " and in 120 h at 40 °C): %.0f nm after a week (paper ≈ 315 nm; ToF-SIMS 235–305 nm),%n",
                sei.thickness(week, T25) * 1e9);
        out.printf(Locale.ROOT, "      %.2f µm after a year at 25 °C and %.2f µm at 40 °C, i.e. %.2f and %.2f mAh/cm² of lithium at"
                + " 9 nm per µAh/cm² (paper: ≈ 0.3 and ≈ 0.5)%n", sei.thickness(year, T25) * 1e6,
                sei.thickness(year, Units.celsius(40)) * 1e6, sei.thickness(year, T25) / 9e-9 / 1000,
                sei.thickness(year, Units.celsius(40)) / 9e-9 / 1000);
        if (folder != null) {
            try {
                Files.writeString(folder.resolve("anode-current-limit-llzo.csv"), map.map().toCsv(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the current-limit map into " + folder, e);
            }
            out.println("    map written to anode-current-limit-llzo.csv");
        }

        // ---- interlayers
        double sigma = Materials.LLZO.require(Property.IONIC_CONDUCTIVITY);
        CurrentFocusingProblem spot = CurrentFocusingProblem.of(CurrentFocusingGeometry.SPOT, sigma, Units.um(5),
                Units.um(20), Units.um(100)).withChargeTransferResistance(Units.ohmCm2(1));
        CurrentFocusingSolution bare = CurrentFocusingSolver.withDefaults().solve(spot);
        // Au is ~1e9 times more conductive than LLZO, beyond the finite-volume solver's contrast (it refuses it):
        // the thin-sheet closed form holds instead, since the spreading length λ = √(σ_Au·t·R_v) is cm ≫ b
        double verticalAsr = Units.ohmCm2(1) + Units.um(100) / sigma;
        double auAmplification = InterlayerSpreading.electrolyteAmplification(Units.um(5), Units.um(20),
                SIGMA_AU * Units.nm(20), verticalAsr);
        out.printf(Locale.ROOT, "  20 nm Au (σ = 4.1e7 S/m, CRC) under a 5 µm Li spot in a 20 µm cell (6 %% contact) on 100 µm LLZO:"
                + " current into the electrolyte amplified ×%.3g bare (finite volumes), ×%.4f with Au (thin-sheet closed"
                + " form, λ = %.2g m)%n", bare.electrolyteAmplification(), auAmplification,
                InterlayerSpreading.spreadingLength(SIGMA_AU * Units.nm(20), verticalAsr));
        double crackBare = Units.toMAPerCm2(PlatingSolver.crackCurrentDensity(
                llzoPlating.withFocusingFactor(Math.max(1, bare.electrolyteAmplification())), Units.um(10)));
        double crackAu = Units.toMAPerCm2(PlatingSolver.crackCurrentDensity(
                llzoPlating.withFocusingFactor(Math.max(1, auAmplification)), Units.um(10)));
        out.printf(Locale.ROOT, "    → the 10 µm-flaw crack limit with that focusing: %.3g mA/cm² bare, %.3g mA/cm² with Au;"
                + " its own line in the budget is %.2g Ω·cm²%n", crackBare, crackAu, Units.toOhmCm2(Units.nm(20) / SIGMA_AU));
        ContactState lost = lowP.contactState();
        InterfaceStack auAnode = anode.toBuilder().interlayer(Layer.of(Materials.AU, Units.nm(20)).withConductivity(SIGMA_AU))
                .contact(lost).build();
        out.printf(Locale.ROOT, "    the stack reads it as %s: %.3g Ω·cm² after the 0.1 MPa strip%n", auAnode.name(),
                Units.toOhmCm2(StackSolver.withDefaults().solve(auAnode).total()));
        out.println("    Au spreads the current (an alloying interlayer between Li and LLZO, Tsai et al., ACS AMI 8, 10617 (2016),"
                + " the catalog's note). The stripping model passes Li through");
        out.println("    an interlayer at most at F·D_Li·c_Li/t (StrippingProblem.Interlayer). Lithiated Ge, D_Li = 1.2e-11 cm²/s"
                + " at room temperature (Gavrilin et al., Russ. J. Electrochem. 2018),");
        double dGe = Materials.GE.require(Property.LI_DIFFUSIVITY);
        double cLi = 1 / Materials.LI_METAL.require(Property.MOLAR_VOLUME);
        StrippingProblem oneMpa = StrippingProblem.of(li, Materials.LLZO, Units.MPa(1), T25, 1);
        StrippingProblem withGe = oneMpa.withInterlayer(new StrippingProblem.Interlayer("lithiated Ge", Units.nm(20),
                SinglePoint.of(dGe, T25), cLi));
        out.printf(Locale.ROOT, "    20 nm, c_Li taken as lithium metal's (assumed): passes %.3g mA/cm², so j_c stays %.3g mA/cm² at"
                + " 1 MPa; it would limit from %.2g µm%n", Units.toMAPerCm2(StrippingSolver.withDefaults().solve(withGe)
                .interlayerLimitedCurrentDensity().orElseThrow()), Units.toMAPerCm2(solver.criticalCurrentDensity(withGe)),
                Units.toUm(org.interphase.core.Constants.FARADAY * dGe * cLi / solver.criticalCurrentDensity(oneMpa)));
        out.println("    No room-temperature D_Li of Li–Au or Li–Ag with a source was found: the Au layer's own Li transport is"
                + " not computed.");

        // ---- the Li–Mg alloy anode (Krauskopf et al. 2019)
        AlloyAnode liMg = AlloyAnode.liMg(Units.um(25));
        out.println("  Li–Mg anode, " + liMg + ":");
        out.println("    (D̃ = 3.0e-11 cm²/s at 25 °C, Ea = 0.57 eV, c_Li 69.6 → 24.0 mmol/cm³ over the β phase: Krauskopf et al.,"
                + " Adv. Energy Mater. 9, 1902568 (2019), as transcribed by assb-lab/li-mg-diffusion-simulator)");
        double[] paperShare = {0.93, 0.41, 0.09};
        double[] stripMA = {0.01, 0.1, 1};
        StringBuilder shares = new StringBuilder("    share of its β-phase lithium stripped before the interface depletes, 25 °C:");
        for (int i = 0; i < stripMA.length; i++) {
            shares.append(String.format(Locale.ROOT, " %.0f %% at %s mA/cm² (paper %.0f %%);",
                    100 * liMg.strippedCapacity(Units.mAPerCm2(stripMA[i]), T25) / liMg.inventory(), stripMA[i],
                    100 * paperShare[i]));
        }
        out.println(shares);
        out.println("    → the closed form gives the paper's 93 % and 41 %; at 1 mA/cm² it is Sand's limit, half the paper's"
                + " (finite-element) 9 %");
        double oneMAh = 3.6e4;
        out.printf(Locale.ROOT, "    largest current for a 1 mAh/cm² strip: %.3g mA/cm² at 25 °C, %.3g mA/cm² at 60 °C; lithium metal"
                + " on LLZO at 0.1 MPa: j_c = %.3g mA/cm² (voids, above)%n",
                Units.toMAPerCm2(liMg.criticalCurrentDensity(oneMAh, T25)),
                Units.toMAPerCm2(liMg.criticalCurrentDensity(oneMAh, T60)), jc(solver, li, Materials.LLZO, 0.1, T25));
        out.println("    Li–Mg keeps contact (Krauskopf et al. 2019) but runs out of lithium at its interface; Mg slows Li"
                + " diffusion (Siniscalchi et al., ACS Energy Lett. 7, 3593 (2022)),");
        out.println("    so at high current its capacity ∝ D̃/j falls below lithium's — the catalog's D̃ is below lithium's"
                + " self-diffusivity (5.69e-11 cm²/s).");
    }

    private static double jc(StrippingSolver solver, LithiumSupply li, Material electrolyte, double mpa, double t) {
        return Units.toMAPerCm2(solver.criticalCurrentDensity(StrippingProblem.of(li, electrolyte, Units.MPa(mpa), t, 1)));
    }
}
