package org.interphase.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.interphase.buffer.BufferLayerOptimizer;
import org.interphase.buffer.CoatingTerms;
import org.interphase.buffer.ExponentialSuppression;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.Layer;
import org.interphase.stack.Mechanism;
import org.interphase.stack.ResistanceBudget;
import org.interphase.stack.Screening;
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
    private List<InterfaceStack> thousand;
    private BufferLayerOptimizer optimizer;

    @Setup
    public void setUp() {
        var m1 = ExponentialSuppression.calibrate(Units.ohmCm2(2600), Units.ohmCm2(150), Units.nm(10), 0);
        nbBuffer = InterfaceStack.between(Materials.get("LiCoO2"), Materials.get("LLZO"))
                .coating(Layer.of(Materials.get("Nb"), Units.nm(10)).withConductivity(m1.coatingConductivity()))
                .term(CoatingTerms.of(Mechanism.INTERPHASE, m1))
                .chargeTransfer(Units.ohmCm2(5), Units.uFPerCm2(10)).build();
        thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(nbBuffer.withCoatingThickness(Units.nm(0.05 * i)));
        }
        optimizer = BufferLayerOptimizer.withDefaults();
    }

    @Benchmark
    public ResistanceBudget budgetOfOneStack() {
        return nbBuffer.budget();
    }

    @Benchmark
    public BufferLayerOptimizer.Result thicknessOptimization() {
        return optimizer.optimizeThickness(nbBuffer);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<Screening.Row> screenThousandStacks() {
        return Screening.rank(thousand);
    }
}
