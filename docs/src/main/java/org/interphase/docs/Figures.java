package org.interphase.docs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.BruggemanFitProblem;
import org.interphase.microstructure.BruggemanFitSolution;
import org.interphase.microstructure.BruggemanFitter;
import org.interphase.microstructure.ConductionField;
import org.interphase.microstructure.ConductionProblem;
import org.interphase.microstructure.ConductionSolution;
import org.interphase.microstructure.ConductionSolver;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.PackingGenerator;
import org.interphase.microstructure.PackingProblem;
import org.interphase.microstructure.Placement;
import org.interphase.microstructure.SizeDistribution;
import org.interphase.microstructure.VoxelPhase;
import org.interphase.plots.HeatMap;
import org.interphase.plots.Plot;
import org.interphase.plots.Style;

/**
 * The figures of the guide's microstructure chapter. Drawing itself is the plots module's job
 * ({@link org.interphase.plots.Plots}); this class only computes what the chapter shows.
 */
public final class Figures {

    private Figures() {}

    /**
     * Draws the figures of the guide's microstructure chapter (small grids, a few seconds): the phases
     * of a 40³ NMC811 + Li6PS5Cl + pore composite in the plane y = 20 ({@code microstructure-phases}),
     * the ionic potential in the same plane for 1 V along z ({@code microstructure-potential}), and the
     * tortuosity factor of a matrix around overlapping insulating spheres (32³) against its volume
     * fraction, with Bruggeman's τ = ε^(−1/2) and the fitted power law beside it
     * ({@code microstructure-tortuosity}).
     *
     * @param folder output folder (created if missing)
     * @return the files written, PNG and SVG of each figure
     * @throws NullPointerException if {@code folder} is null
     */
    public static List<Path> microstructure(Path folder) {
        Checks.nonNull(folder, "folder");
        List<Path> written = new ArrayList<>();
        double h = Units.um(0.5);
        int n = 40;
        VoxelPhase cam = VoxelPhase.of(1, Materials.NMC811);
        VoxelPhase se = VoxelPhase.of(2, Materials.LI6PS5CL);
        Microstructure m = PackingGenerator.withDefaults().withSeed(7).solve(PackingProblem.of(n, n, n, h)
                .withSpheres(cam, 0.40, SizeDistribution.fixed(Units.um(2)), Placement.DENSE)
                .withSpheres(se, 0.20, SizeDistribution.fixed(Units.um(1)), Placement.DENSE)).microstructure();
        int y = n / 2;
        double[] labels = new double[n * n];
        for (int z = 0; z < n; z++) {
            for (int x = 0; x < n; x++) {
                labels[x + n * z] = m.label(x, y, z);
            }
        }
        double side = Units.toUm(n * h);
        written.addAll(HeatMap.of("Phases at y = 10 µm: 0 pore, 1 NMC811, 2 Li6PS5Cl (0.5 µm voxels)", "x [µm]",
                "z [µm] (collector at 0)", n, n, labels, side, side).withCategories()
                .save(folder, "microstructure-phases"));
        ConductionSolution ion = ConductionSolver.withDefaults().withFields(true)
                .solve(ConductionProblem.ionic(m, Units.celsius(25)).withAxes(Axis.Z));
        ConductionField field = ion.field(Axis.Z).orElseThrow();
        double[] phi = new double[n * n];
        for (int z = 0; z < n; z++) {
            for (int x = 0; x < n; x++) {
                phi[x + n * z] = field.potential(x, y, z);
            }
        }
        written.addAll(HeatMap.of("Ionic potential [V] at y = 10 µm, 1 V along z (0 outside the conducting SE)",
                "x [µm]", "z [µm]", n, n, phi, side, side).save(folder, "microstructure-potential"));
        written.addAll(tortuosityFigure(folder));
        return written;
    }

    private static List<Path> tortuosityFigure(Path folder) {
        int n = 32;
        double h = Units.um(1);
        VoxelPhase pore = VoxelPhase.of(1, "electrolyte");
        VoxelPhase solid = VoxelPhase.of(2, "solid");
        double[] solids = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        List<ConductionSolution> runs = new ArrayList<>();
        double[] eps = new double[solids.length];
        double[] tau = new double[solids.length];
        for (int i = 0; i < solids.length; i++) {
            Microstructure m = PackingGenerator.withDefaults().withSeed(3).solve(PackingProblem.of(n, n, n, h)
                    .withBackground(pore).withSpheres(solid, solids[i], SizeDistribution.fixed(3 * h),
                            Placement.OVERLAPPING)).microstructure();
            ConductionSolution c = ConductionSolver.withDefaults()
                    .solve(ConductionProblem.of(m).withConductivity(pore, 1.0).withAxes(Axis.Z));
            runs.add(c);
            eps[i] = c.conductingFraction();
            tau[i] = c.tortuosityFactor(Axis.Z).orElseThrow();
        }
        BruggemanFitSolution fit = BruggemanFitter.withDefaults().solve(BruggemanFitProblem.of(runs, Axis.Z));
        double[] bruggeman = new double[eps.length];
        double[] fitted = new double[eps.length];
        for (int i = 0; i < eps.length; i++) {
            bruggeman[i] = Math.pow(eps[i], -0.5);
            fitted[i] = Math.pow(eps[i], 1 - fit.exponent());
        }
        return Plot.of("Tortuosity factor around overlapping insulating spheres (32³, r = 3 voxels)",
                "conducting volume fraction ε", "τ = εσ/σ_eff").withSeries("solver", eps, tau, Style.MARKERS)
                .withSeries("Bruggeman τ = ε^(−1/2)", eps, bruggeman, Style.LINE)
                .withSeries(String.format(Locale.ROOT, "fit τ = ε^(1−α), α = %.2f", fit.exponent()), eps, fitted,
                        Style.DASHED)
                .save(folder, "microstructure-tortuosity");
    }
}
