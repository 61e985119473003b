package org.interphase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interphase.buffer.BufferLayerOptimizer;
import org.interphase.buffer.BufferLayerProblem;
import org.interphase.buffer.BufferLayerSolution;
import org.interphase.buffer.CoatingTerms;
import org.interphase.buffer.ExponentialSuppression;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Layer;
import org.interphase.stack.Mechanism;
import org.interphase.stack.Screening;
import org.interphase.stack.ScreeningSolution;
import org.interphase.stack.StackSolution;
import org.interphase.stack.StackSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The interface stack and the buffer-layer optimizer (issue 8 targets: a budget under 5 ms, a
 * thickness optimization under 100 ms, screening 1,000 stacks under 10 s on 2 cores), on the Nb
 * buffer at LLZO | LiCoO2 calibrated to Kato et al. 2014.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StackBenchmark {

    private InterfaceStack nbBuffer;
    private InterfaceStack linbo3;
    private List<InterfaceStack> thousand;
    private BufferLayerOptimizer optimizer;
    private StackSolver solver;
    private Screening screening;

    @Setup
    public void setUp() {
        var m1 = ExponentialSuppression.calibrate(Units.ohmCm2(2600), Units.ohmCm2(150), Units.nm(10), 0);
        nbBuffer = InterfaceStack.between(Materials.get("LiCoO2"), Materials.get("LLZO"))
                .coating(Layer.of(Materials.get("Nb"), Units.nm(10)).withConductivity(m1.coatingConductivity()))
                .term(CoatingTerms.exponentialSuppression(Mechanism.INTERPHASE, m1))
                .chargeTransfer(Units.ohmCm2(5), Units.uFPerCm2(10)).build();
        thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(nbBuffer.withCoatingThickness(Units.nm(0.05 * i)));
        }
        optimizer = BufferLayerOptimizer.withDefaults();
        solver = StackSolver.withDefaults();
        screening = Screening.withDefaults();
        org.interphase.spacecharge.Phase lco = org.interphase.spacecharge.MaterialPhases.builder(Materials.LICOO2)
                .conductivity(Units.sPerCm(1e-5)).electronConductor(true).build();
        org.interphase.spacecharge.Phase lps = org.interphase.spacecharge.MaterialPhases.builder(Materials.LI3PS4)
                .relativePermittivity(9.1).build();
        org.interphase.spacecharge.Phase lnb = org.interphase.spacecharge.MaterialPhases.builder(Materials.LINBO3)
                .relativePermittivity(30).bulkOccupancy(1e-3).build();
        linbo3 = InterfaceStack.between(Materials.LICOO2, Materials.LI3PS4).coating(Materials.LINBO3, Units.nm(5))
                .spaceCharge("Poisson–Boltzmann", org.interphase.stack.SpaceChargeTerms.layered(lco, lps, Units.eV(0.5),
                        lnb, 0, org.interphase.spacecharge.LayeredSolver.withDefaults()))
                .chargeTransfer(Units.ohmCm2(5), Units.uFPerCm2(10)).build();
    }

    /** A full budget with a Poisson–Boltzmann space-charge solve (2,000 nodes): target under 5 ms. */
    @Benchmark
    public StackSolution budgetWithSpaceCharge() {
        return solver.solve(linbo3);
    }

    /** Thickness optimization over tens of space-charge solves: target under 100 ms. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BufferLayerSolution thicknessOptimizationWithSpaceCharge() {
        return optimizer.withSamples(21).solve(BufferLayerProblem.of(linbo3).withThicknessWindow(0, Units.nm(20)));
    }

    /** Screening 1,000 stacks with a space-charge solve each, on all cores: target under 10 s. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScreeningSolution screenThousandStacksWithSpaceCharge() {
        List<InterfaceStack> stacks = new ArrayList<>(1000);
        for (int i = 0; i < 1000; i++) {
            stacks.add(linbo3.withCoatingThickness(Units.nm(0.02 * i)));
        }
        return screening.solve(stacks);
    }

    @Benchmark
    public StackSolution budgetOfOneStack() {
        return solver.solve(nbBuffer);
    }

    @Benchmark
    public BufferLayerSolution thicknessOptimization() {
        return optimizer.solve(BufferLayerProblem.of(nbBuffer));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScreeningSolution screenThousandStacks() {
        return screening.solve(thousand);
    }
}
