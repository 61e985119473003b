package org.interphase.docs.tour;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.Units;
import org.interphase.diffusion.AnalyticDiffusion;
import org.interphase.diffusion.Boundary;
import org.interphase.diffusion.DiffusingSpecies;
import org.interphase.diffusion.DiffusionProblem;
import org.interphase.diffusion.DiffusionSolution;
import org.interphase.diffusion.DiffusionSolver;
import org.interphase.diffusion.Diffusivity;
import org.interphase.diffusion.Interphase;
import org.interphase.diffusion.LinearParabolicGrowth;
import org.interphase.diffusion.PairAnnealing;
import org.interphase.diffusion.ParabolicGrowth;
import org.interphase.diffusion.ThermalSchedule;
import org.interphase.materials.Materials;
import org.interphase.plots.Plot;
import org.interphase.plots.Style;

/**
 * Interdiffusion and interphase growth during processing: LiCoO2 | LLZO (Kim et al. 2011), the Nb
 * barrier (Kato et al. 2014) and LiMn1.5Ni0.5O4 | LAGP (Robinson et al. 2018), each printed beside
 * what the paper reports.
 */
public final class DiffusionTour {

    private DiffusionTour() {}

    /**
     * Prints the section and draws the Co profile after the anneal.
     *
     * @param out where to print
     * @param folder output folder for the figure
     */
    public static void run(PrintStream out, Path folder) {
        ThermalSchedule deposition = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(600), 10.0 / 60)
                .hold(Units.hours(1)).coolTo(Units.celsius(25), 10.0 / 60).build();
        ThermalSchedule anneal = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(700), 5.0 / 60)
                .hold(Units.hours(1)).coolTo(Units.celsius(25), 5.0 / 60).build();
        ThermalSchedule both = deposition.then(anneal);

        out.println("  LiCoO2 | LLZO (Kim et al., J. Power Sources 196 (2011) 764):");
        out.println("    paper: ~50 nm of La2CoO4, no Li⁺ conduction, after depositing the cathode; Co, La, Zr interdiffused");
        PairAnnealing atDeposition = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, deposition);
        PairAnnealing.Penetration co = atDeposition.penetrations().get(0);
        ParabolicGrowth la2coo4 = ParabolicGrowth.calibrate(deposition, Units.nm(50), Units.eV(1.65), 0);
        out.printf(Locale.ROOT, "    model: deposition history ASSUMED (1 h at 600 °C); parabolic growth with Ea of Co in LLZO"
                + " (1.65 eV) calibrated to 50 nm: %s%n", la2coo4);
        out.printf(Locale.ROOT, "    Co diffusion length 2√(∫D dt) over that history, catalog D [%s]: %.0f nm ≥ 50 nm: consistent%n",
                co.data().source().shortCitation(), Units.toNm(co.diffusionLength()));
        // σ_eff bounded by putting all of the 2600 Ω·cm² Kato et al. measured without a buffer on 50 nm
        double sigma = Units.nm(50) / Units.ohmCm2(2600);
        Interphase grown = PairAnnealing.of(Materials.LICOO2, Materials.LLZO, both).interphase("La2CoO4", la2coo4, sigma);
        out.printf(Locale.ROOT, "    prediction, + 1 h at 700 °C (5 K/min ramps): %s, with σ_eff = %.1e S/cm (50 nm ↔ 2600 Ω·cm²)%n",
                grown, Units.toSPerCm(sigma));

        out.println("  Nb barrier (Kato et al., J. Power Sources 260 (2014) 292):");
        out.println("    paper: ~10 nm Nb dissolves into LLZO as Li–Nb–O; 2600 → 150 Ω·cm²");
        Arrhenius layerD = la2coo4.rate();
        LinearParabolicGrowth free = new LinearParabolicGrowth(layerD, null, 1.0, 0, null, Units.nm(0.5));
        LinearParabolicGrowth behind = free.behindBarrier(Units.nm(10),
                Arrhenius.of(layerD.prefactor() / 100, layerD.activationEnergy()));
        out.printf(Locale.ROOT, "    model: La2CoO4 after deposition + anneal, free %.0f nm, behind a 10 nm barrier with D_b = D/100"
                + " (assumed) %.0f nm%n", Units.toNm(free.thickness(both)), Units.toNm(behind.thickness(both)));

        out.println("  LiMn1.5Ni0.5O4 | LAGP (Robinson et al., J. Am. Ceram. Soc. 101 (2018) 1087):");
        out.println("    paper: LiMnPO4 and other phases above ~600 °C; interfacial phase from ~750 °C");
        for (double celsius : new double[] {550, 650, 800}) {
            ThermalSchedule s = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(celsius), 5.0 / 60)
                    .hold(Units.hours(2)).coolTo(Units.celsius(25), 5.0 / 60).build();
            PairAnnealing p = PairAnnealing.of(Materials.LNMO, Materials.LAGP, s);
            for (PairAnnealing.ReactionCheck r : p.reactions()) {
                out.printf(Locale.ROOT, "    model, 2 h at %.0f °C: %s%n", celsius, r);
            }
        }

        // the solver against the closed form over the same schedule, and the figure
        Arrhenius coLaw = co.data().law();
        double lambda0 = Units.nm(20) * Units.nm(20);
        double lambda = both.integratedDiffusivity(coLaw);
        Mesh1D mesh = Mesh1D.uniform(-Units.um(2), Units.um(2), 400);
        DiffusionProblem problem = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("Co").diffusivity(Diffusivity.arrhenius(coLaw))
                        .initial(x -> AnalyticDiffusion.couple(1.0, 0.0, x, lambda0))
                        .left(Boundary.fixed(1.0)).right(Boundary.fixed(0.0)).build())
                .schedule(both).build();
        DiffusionSolution solution = DiffusionSolver.withDefaults().solve(problem);
        Profile numeric = solution.finalProfile("Co");
        Profile exact = AnalyticDiffusion.coupleProfile(mesh, 0.0, 1.0, 0.0, lambda0 + lambda);
        double worst = 0;
        for (int i = 0; i < numeric.size(); i++) {
            worst = Math.max(worst, Math.abs(numeric.y(i) - exact.y(i)));
        }
        out.printf(java.util.Locale.ROOT, "  check: finite-volume %s vs erfc through ramps and holds, max error %.1e of c_L"
                + " (%d steps, %d rejected, %d Picard iterations%s)%n", solution.scheme(), worst, solution.acceptedSteps(),
                solution.rejectedSteps(), solution.iterations(),
                solution.warnings().isEmpty() ? "" : "; " + String.join("; ", solution.warnings()));
        // the two agree to 1e-3, so one line would hide the other: the closed form as a line, the solver as
        // markers on every 8th cell
        int every = 8;
        int shown = (numeric.size() + every - 1) / every;
        double[] fx = new double[shown];
        double[] fy = new double[shown];
        for (int i = 0; i < shown; i++) {
            fx[i] = Units.toNm(numeric.x(i * every));
            fy[i] = numeric.y(i * every);
        }
        var files = Plot.of("Co across LiCoO2 | LLZO after deposition + 700 °C anneal", "x [nm]", "c/c_L")
                .withProfile("erfc, ∫D dt of the schedule", exact, 1e9, 1.0, Style.LINE)
                .withSeries("finite volume (every " + every + "th cell)", fx, fy, Style.MARKERS)
                .save(folder, "diffusion-co-profile");
        out.printf(Locale.ROOT, "  figure: %s%n", files.get(0).getFileName());
    }
}
