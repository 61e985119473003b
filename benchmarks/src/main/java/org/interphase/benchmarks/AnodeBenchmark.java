package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;
import org.interphase.anode.CurrentLimitMap;
import org.interphase.anode.LithiumSupply;
import org.interphase.anode.PlatingProblem;
import org.interphase.anode.PlatingSolver;
import org.interphase.anode.StrippingProblem;
import org.interphase.anode.StrippingSolution;
import org.interphase.anode.StrippingSolver;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The lithium anode (issue 16): the critical stripping current at one (pressure, temperature) (target
 * ≤ 1 ms), a full 1 mAh/cm² strip and plate with TR-BDF2 (200 steps per half cycle), and a 50 × 50
 * current-limit map (target ≤ 1 s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnodeBenchmark {

    private StrippingProblem stripping;
    private StrippingSolver strippingSolver;
    private PlatingProblem plating;
    private PlatingSolver platingSolver;

    /** Li | Li6PS5Cl at 5 MPa and 25 °C, 0.5 mA/cm²; Li | LLZO with a 50 Ω·cm² grain-boundary resistance. */
    @Setup
    public void setUp() {
        stripping = StrippingProblem.of(LithiumSupply.lithium(), Materials.LI6PS5CL, Units.MPa(5), Units.celsius(25),
                Units.mAPerCm2(0.5));
        strippingSolver = StrippingSolver.withDefaults();
        plating = PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(Units.ohmCm2(50));
        platingSolver = PlatingSolver.withDefaults();
    }

    /** @return j_c, A/m² */
    @Benchmark
    public double criticalStrippingCurrent() {
        return strippingSolver.criticalCurrentDensity(stripping);
    }

    /** @return the solution of one strip and plate */
    @Benchmark
    public StrippingSolution stripAndPlate() {
        return strippingSolver.solve(stripping);
    }

    /** @return the 50 × 50 map */
    @Benchmark
    public CurrentLimitMap currentLimitMap() {
        return platingSolver.solve(plating).map();
    }
}
