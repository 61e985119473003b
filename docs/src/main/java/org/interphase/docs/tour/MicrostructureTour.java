package org.interphase.docs.tour;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.interphase.contact.CathodeBreathing;
import org.interphase.contact.ContactModulus;
import org.interphase.contact.MisfitSphere;
import org.interphase.core.Units;
import org.interphase.impedance.Spectrum;
import org.interphase.materials.Materials;
import org.interphase.materials.Property;
import org.interphase.microstructure.BreathingProblem;
import org.interphase.microstructure.BreathingSolution;
import org.interphase.microstructure.BreathingSolver;
import org.interphase.microstructure.PackingGenerator;
import org.interphase.microstructure.PackingProblem;
import org.interphase.microstructure.PackingSolution;
import org.interphase.microstructure.Placement;
import org.interphase.microstructure.SizeDistribution;
import org.interphase.microstructure.VoxelPhase;
import org.interphase.plots.Nyquist;
import org.interphase.plots.Plots;

/**
 * A composite cathode in 3D: NMC811 and Li6PS5Cl particles pressed together at two SE particle sizes,
 * how much interface is active, how much CAM is used, the electrode's two conductivities and its
 * impedance, before and after 50 breathing cycles (review §1.4: the cathode breathes by several per
 * cent and loses contact; Shi et al., Adv. Energy Mater. 10, 1902881 (2020): utilization is limited by
 * ionic percolation and rises when the SE particles are small relative to the CAM).
 */
public final class MicrostructureTour {

    /** Voxels per edge: 40³ voxels of 0.5 µm, a 20 µm cube, keeps the section to a few seconds. */
    private static final int N = 40;

    private MicrostructureTour() {}

    /**
     * Prints the section without the figure.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        run(out, null);
    }

    /**
     * Prints the section and draws the Nyquist plot of the four electrodes.
     *
     * @param out where to print
     * @param folder output folder for the figure (null: no figure)
     */
    public static void run(PrintStream out, Path folder) {
        VoxelPhase cam = VoxelPhase.of(1, Materials.NMC811);
        VoxelPhase se = VoxelPhase.of(2, Materials.LI6PS5CL);
        double h = Units.um(0.5);
        double camRadius = Units.um(2.5);
        // NMC811 (E = 170 GPa, ν = 0.27 assumed, as in the contact section) in Li6PS5Cl (E = 20 GPa, ν = 0.3 assumed)
        double eStar = ContactModulus.combined(Units.GPa(170), 0.27, Units.GPa(20), 0.3);
        double dv = Materials.NMC811.require(Property.VOLUME_CHANGE);
        // roughness h_rms = 20 nm, h'_rms = 0.1, γ = 0.45, 0.2 % of the shrink unrecovered per cycle (χ, a fit
        // parameter), 10 MPa stack pressure: the law of the contact section; the radius is set per particle
        CathodeBreathing law = new CathodeBreathing(new MisfitSphere(Units.GPa(170), 0.27, Units.GPa(20), 0.3, camRadius),
                dv, Units.MPa(10), eStar, 0.1, Units.nm(20), 0.45, 0.002);
        out.printf(Locale.ROOT, "  NMC811 (50 vol %%, r = 2.5 µm) + Li6PS5Cl (20 vol %%) as overlapping spheres (pressed into"
                + " one another), 30 %% pores,%n  in a %d³ grid of 0.5 µm voxels (collector at z = 0, separator at z = 20 µm),"
                + " one seed (the library's test averages five);%n", N);
        out.printf(Locale.ROOT, "  NMC811 shrinks %.1f %% on charge (catalog, Kondrakov et al. 2017); 10 MPa stack;"
                + " R_int = 10 Ω·cm², C_int = 10 µF/cm²; σ_e(NMC811) = 1 S/m assumed (the catalog has none)%n",
                -100 * dv);
        out.println("  Shi et al. (Adv. Energy Mater. 2020), Bielefeld et al. (J. Phys. Chem. C 2019): utilization is"
                + " limited by ionic percolation and rises as the SE gets small relative to the CAM");
        Nyquist figure = Plots.nyquist("NMC811 | Li6PS5Cl composite, 20 µm: fresh and after 50 cycles");
        for (double seRadius : new double[] {Units.um(1.0), Units.um(3.5)}) {
            PackingSolution packing = PackingGenerator.withDefaults().withSeed(1).solve(PackingProblem.of(N, N, N, h)
                    .withSpheres(cam, 0.50, SizeDistribution.fixed(camRadius), Placement.OVERLAPPING)
                    .withSpheres(se, 0.20, SizeDistribution.fixed(seRadius), Placement.OVERLAPPING));
            BreathingSolution s = BreathingSolver.withDefaults().solve(BreathingProblem.of(packing, cam, se, law)
                    .withElectronicConductivity(1.0).withStatesOfCharge(0, 0.5).withCycles(0, 50));
            out.printf(Locale.ROOT, "  SE r = %.1f µm (SE/CAM size ratio %.1f), %d NMC811 particles:%n",
                    Units.toUm(seRadius), seRadius / camRadius, s.particles().size());
            for (BreathingSolution.BreathingState st : s.states()) {
                String z = st.resistance().isPresent()
                        ? String.format(Locale.ROOT, "R_ion = L/σ_ion %.3g Ω·cm², R_dc %.3g Ω·cm²",
                                Units.toOhmCm2(st.impedance().orElseThrow().ionicResistance()),
                                Units.toOhmCm2(st.resistance().getAsDouble()))
                        : "no ionic path from separator to collector: no impedance";
                out.printf(Locale.ROOT, "    s = %.1f after %2d cycles: contact %5.1f %%, active area %6.3f µm²/µm³,"
                        + " utilization %5.1f %%, σ_ion %.3g mS/cm, σ_e %.3g mS/cm, %s%n", st.stateOfCharge(), st.cycles(),
                        100 * st.contactFraction(), st.activeAreaPerVolume() * 1e-6, 100 * st.utilization(),
                        Units.toMScm(st.ionicConductivity()), Units.toMScm(st.electronicConductivity().orElse(0)), z);
                if (st.stateOfCharge() == 0 && st.spectrum().isPresent()) {
                    Spectrum sp = st.spectrum().get();
                    figure = figure.with(String.format(Locale.ROOT, "SE %.1f µm, %d cycles", Units.toUm(seRadius),
                            st.cycles()), sp);
                }
            }
            for (String w : s.warnings()) {
                if (!w.startsWith("no electronic")) {
                    out.println("    note: " + w);
                }
            }
        }
        out.println("  → the small SE reaches more of the CAM (utilization); along z the large SE may still conduct"
                + " better (compare σ_ion),\n    so the size ratio trades reach against transport. Breathing takes"
                + " interface away reversibly on charge and,\n    with χ > 0, for good: after 50 cycles the discharged"
                + " electrode has lost part of its active area and its\n    resistance rises, while the two rails"
                + " (σ_ion, σ_e) are unchanged.");
        if (folder != null) {
            var files = figure.save(folder, "microstructure-nyquist");
            out.printf(Locale.ROOT, "  figure: %s%n", files.get(0).getFileName());
        }
    }
}
