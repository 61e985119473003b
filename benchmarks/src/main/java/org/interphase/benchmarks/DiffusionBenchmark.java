package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;
import org.interphase.core.Arrhenius;
import org.interphase.core.Grading;
import org.interphase.core.Mesh1D;
import org.interphase.core.Units;
import org.interphase.diffusion.Boundary;
import org.interphase.diffusion.DiffusionProblem;
import org.interphase.diffusion.DiffusionSolution;
import org.interphase.diffusion.DiffusionSolver;
import org.interphase.diffusion.Diffusivity;
import org.interphase.diffusion.DiffusingSpecies;
import org.interphase.diffusion.ThermalSchedule;
import org.interphase.diffusion.TimeScheme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The speed targets of the interdiffusion solver (issue 5):
 * <ul>
 *   <li>{@link #implicitSteps}: one species, {@code cells} cells, 1,000 fixed implicit steps
 *       (target: 10,000 cells in under 100 ms); the same problem is timed in scipy by
 *       {@code benchmarks/python/diffusion_scipy.py};</li>
 *   <li>{@link #sinteringSchedule}: three species (Co, La, Zr) across a two-layer LiCoO2 | LLZO mesh
 *       of ~2,100 cells (independent of {@code cells}) through a 5 K/min ramp to 700 °C, a 2 h hold
 *       and a 5 K/min cool, with adaptive steps (relative tolerance 1e-4) of {@code scheme}
 *       (target: under 1 s).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffusionBenchmark {

    @Param({"10000"})
    public int cells;

    @Param({"BACKWARD_EULER", "TR_BDF2"})
    public TimeScheme scheme;

    private DiffusionProblem couple;
    private DiffusionSolver fixedSteps;
    private DiffusionProblem sintering;
    private DiffusionSolver adaptive;

    @Setup
    public void setUp() {
        // a 2 µm couple, D = 1e-17 m²/s, 1,000 s in 1,000 steps (D·h/Δx² = 250): the scipy problem
        double d = 1e-17;
        Mesh1D mesh = Mesh1D.uniform(-1e-6, 1e-6, cells);
        couple = DiffusionProblem.builder(mesh)
                .species(DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(d))
                        .initial(x -> x < -1e-15 ? 1000.0 : x > 1e-15 ? 0.0 : 500.0)
                        .left(Boundary.fixed(1000)).right(Boundary.fixed(0)).build())
                .isothermal(1000, 1000).build();
        fixedSteps = DiffusionSolver.withDefaults().withScheme(scheme).withFixedStep(1.0).withResolutionLimit(1.0);

        ThermalSchedule schedule = ThermalSchedule.startingAt(Units.celsius(25)).rampTo(Units.celsius(700), 5.0 / 60)
                .hold(Units.hours(2)).coolTo(Units.celsius(25), 5.0 / 60).build();
        // ~2,100 cells, 0.4 nm at the interface
        Mesh1D layered = Mesh1D.builder(-Units.um(1)).graded(Units.um(1), Units.nm(0.4), 1.002, Grading.END)
                .graded(Units.um(2), Units.nm(0.4), 1.002, Grading.START).build();
        Arrhenius fast = Arrhenius.fromReference(Units.cm2PerS(9.46e-14), Units.celsius(700), Units.eV(1.65));
        Arrhenius slow = Arrhenius.fromReference(Units.cm2PerS(1e-15), Units.celsius(700), Units.eV(2.0));
        sintering = DiffusionProblem.builder(layered)
                .species(DiffusingSpecies.named("Co").diffusivity(Diffusivity.arrhenius(slow), Diffusivity.arrhenius(fast))
                        .initialPerLayer(1000, 0).partition(0.02).build())
                .species(DiffusingSpecies.named("La").diffusivity(Diffusivity.arrhenius(fast), Diffusivity.arrhenius(slow))
                        .initialPerLayer(0, 1000).build())
                .species(DiffusingSpecies.named("Zr").diffusivity(Diffusivity.arrhenius(fast), Diffusivity.arrhenius(slow))
                        .initialPerLayer(0, 500).build())
                .schedule(schedule).build();
        adaptive = DiffusionSolver.withDefaults().withScheme(scheme).withTolerance(1e-4).withResolutionLimit(1.0);
    }

    @Benchmark
    public DiffusionSolution implicitSteps() {
        return fixedSteps.solve(couple);
    }

    @Benchmark
    public DiffusionSolution sinteringSchedule() {
        return adaptive.solve(sintering);
    }
}
