package org.interphase.docs.tour;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.interphase.contact.CathodeBreathing;
import org.interphase.contact.Constriction;
import org.interphase.contact.ContactModulus;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.ContactSolution;
import org.interphase.contact.ContactSolver;
import org.interphase.contact.LithiumCreep;
import org.interphase.contact.MisfitSphere;
import org.interphase.contact.MonroeNewman;
import org.interphase.contact.Persson;
import org.interphase.contact.SelfAffineGenerator;
import org.interphase.contact.StackPressureContact;
import org.interphase.contact.Surface;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;

/**
 * Contact mechanics (review §1.3–1.4): rigid solid/solid contact, constriction at the contact spots,
 * contact lost as NMC811 breathes, lithium creep and the Monroe–Newman criterion.
 */
public final class ContactTour {

    private ContactTour() {}

    /**
     * @param out where to print
     * @param folder unused (no figure)
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
        out.println("  Review §1.3: \"rigid contact of the solid material is far worse than the solid/liquid contact\".");
        // Li | LLZO from the catalog; LLZO has no Poisson ratio there: 0.26 assumed. Roughness assumed:
        // h_rms = 100 nm, h'_rms = 0.1 for polished LLZO; charge transfer 1 Ω·cm² (Eckhardt et al. 2023: ≲ 1).
        var bulkLi = StackPressureContact.forPair(Materials.LI_METAL, Materials.LLZO, 0.26, 0.1, Units.nm(100),
                Units.ohmCm2(1));
        // µm-scale Li is ~10² times stronger than bulk (Xu et al., PNAS 114, 57 (2017)): H = 100 MPa
        var microLi = StackPressureContact.of(bulkLi.contactModulus(), 0.1, Units.nm(100), Units.MPa(100),
                bulkLi.conductivity(), Units.ohmCm2(1));
        out.printf(Locale.ROOT, "  Li | LLZO: E* = %.2f GPa, σ(LLZO) = %.2f mS/cm, assumed h_rms = 100 nm, h'_rms = 0.1%n",
                Units.toGPa(bulkLi.contactModulus()), Units.toMScm(bulkLi.conductivity()));
        out.println("    paper (Krauskopf et al., ACS AMI 11, 14463 (2019)): 300 Ω·cm² at 10 MPa, 50 at 41 MPa, "
                + "< 0.1 after 400 MPa isostatic");
        for (double mpa : new double[] {10, 41, 400}) {
            double p = Units.MPa(mpa);
            double fMicro = microLi.contactFraction(p);
            // the flux-tube series holds to f = 0.64; beyond, the spots merge and the constriction vanishes
            double lattice = fMicro < 0.64
                    ? Constriction.spotLatticeAsrFromFraction(bulkLi.conductivity(), Units.um(100), fMicro) : 0.0;
            out.printf(Locale.ROOT, "    %5.0f MPa: bulk-Li hardness f = %.2f, R = %.3g Ω·cm² | µm-Li (H = 100 MPa) f = %.3f, "
                    + "R_ct/f + spots at 100 µm pitch = %.3g Ω·cm²%n", mpa, bulkLi.contactFraction(p),
                    Units.toOhmCm2(bulkLi.interfaceAsr(p)), fMicro,
                    Units.toOhmCm2(Units.ohmCm2(1) / fMicro + lattice));
        }
        out.println("    → elastic/plastic constriction of a fine roughness stays far below 300 Ω·cm²; the measured"
                + " value needs sparse, widely spaced contacts or a resistive surface layer (Li2CO3)");

        // A boundary-element check of the closed forms on a generated surface
        double side = Units.um(10);
        // 128² keeps JTransforms single-threaded (its worker pool would hold a plain main() open for a minute)
        Surface s = SelfAffineGenerator.builder().points(128).size(side).hurst(0.8)
                .rolloff(2 * 2 * Math.PI / side).cutoff(8 * 2 * Math.PI / side).rmsSlope(0.1).build().generate(1);
        double p = Units.MPa(10);
        double hrms = s.statistics().rmsHeight();
        ContactSolution bem = ContactSolver.withDefaults().solve(ContactProblem.periodic(s, bulkLi.contactModulus())
                .withMeanPressure(p));
        var elastic = StackPressureContact.elastic(bulkLi.contactModulus(), 0.1, hrms, bulkLi.conductivity(), 0);
        out.printf(Locale.ROOT, "    elastic BEM, 128² self-affine surface (h_rms = %.0f nm, h'_rms = 0.1) at 10 MPa: A/A0 = %.4f "
                + "(Persson %.4f); constriction %.3g Ω·cm² direct vs %.3g from Barber + Persson's separation law%n",
                Units.toNm(hrms), bem.contactFraction(), elastic.contactFraction(p),
                Units.toOhmCm2(1 / Constriction.conductance(bem, bulkLi.conductivity())),
                Units.toOhmCm2(elastic.constrictionAsr(p)));
        out.println("    (" + bem.method() + ", " + bem.iterations() + " iterations, "
                + (bem.warnings().isEmpty() ? "no warnings" : String.join("; ", bem.warnings())) + ")");

        out.println("  Review §1.4: \"sulfides may be a better choice than oxides, because they are relatively soft\".");
        double eNmc = Units.GPa(170); // NMC811, 140–200 GPa range (research note, [R]); ν = 0.27 assumed
        double eStarSulfide = ContactModulus.combined(eNmc, 0.27, Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS),
                0.3);
        double eStarOxide = ContactModulus.combined(eNmc, 0.27, Materials.LLZO.require(Property.YOUNGS_MODULUS), 0.26);
        for (double mpa : new double[] {5, 50, 375}) {
            double pp = Units.MPa(mpa);
            out.printf(Locale.ROOT, "    %3.0f MPa, h'_rms = 0.1: elastic contact NMC811|Li3PS4 glass %.3f, NMC811|LLZO %.3f%n", mpa,
                    Persson.contactFraction(pp, eStarSulfide, 0.1), Persson.contactFraction(pp, eStarOxide, 0.1));
        }
        var sphere = new MisfitSphere(eNmc, 0.27, Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS), 0.3,
                Units.um(5));
        double dv = Materials.NMC811.require(Property.VOLUME_CHANGE);
        out.printf(Locale.ROOT, "  NMC811 shrinks %.1f %% on charge (Kondrakov et al. 2017): bonded interface would need %.0f MPa of"
                + " tension; at 10 MPa confinement a %.0f nm gap opens around a 5 µm particle%n", 100 * dv,
                -Units.toMPa(sphere.bondedStress(dv)), Units.toNm(sphere.gap(dv, Units.MPa(10))));
        var breathing = new CathodeBreathing(sphere, dv, Units.MPa(10), eStarSulfide, 0.1, Units.nm(20), 0.45, 0.002);
        out.printf(Locale.ROOT, "    contact fraction over charge (separation law): s = 0 → %.4f, s = 0.2 → %.2e, s = 1 → %.1e;%n"
                + "    with 0.2 %% of the shrink unrecovered per cycle, discharged contact after 50 cycles %.4f%n",
                breathing.contactFraction(0, 0), breathing.contactFraction(0.2, 0), breathing.contactFraction(1, 0),
                breathing.contactFraction(0, 50));

        var creep = new LithiumCreep(Materials.LI_METAL.creepLaw().orElseThrow(), Units.MPa(0.5), Units.um(1), 0.05,
                LithiumCreep.Heights.GAUSSIAN);
        out.printf(Locale.ROOT, "  Li creep under 0.5 MPa (n = 6.6, Q = 37 kJ/mol, LePage et al. 2019): contact 0.05 → %.3f after"
                + " 1 h at 25 °C, %.3f at 60 °C%n", creep.fractionAt(3600, Units.celsius(25)),
                creep.fractionAt(3600, Units.celsius(60)));
        out.printf(Locale.ROOT, "  Monroe–Newman: LLZO %s%n", MonroeNewman.assess(Materials.LLZO.require(Property.SHEAR_MODULUS)));
        // the catalog has E of the Li2S–P2S5 glass (Sakuda et al. 2013) but no Poisson ratio: ν = 0.3 assumed
        double glassShear = Materials.LI3PS4_GLASS.require(Property.YOUNGS_MODULUS) / (2 * (1 + 0.3));
        out.printf(Locale.ROOT, "                 Li3PS4 glass (G = E/2(1+ν), ν = 0.3 assumed) %s%n", MonroeNewman.assess(glassShear));
        out.printf(Locale.ROOT, "                 PEO (~1 MPa) %s%n", MonroeNewman.assess(Units.MPa(1)));
    }
}
