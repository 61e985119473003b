package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;
import org.interphase.core.Units;
import org.interphase.spacecharge.JunctionSolver;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.JunctionSolution;
import org.interphase.spacecharge.LatticeGas;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.LayeredSolution;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.Phase;
import org.interphase.spacecharge.Sweep;
import org.interphase.spacecharge.Sweeps;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Space-charge solvers against the issue-4 targets: a mesh-free heterojunction under 50 µs; a
 * layered solve with 2,000 nodes and a 1 eV step under 2 ms (and under 30 Newton iterations,
 * printed at setup); a 200-point coating-thickness sweep under 0.5 s on one core. LiCoO2 | Li3PS4
 * lattice gases (εr 12.9 / 9.1, research note §2.10), the sweep with an electron-conducting cathode
 * and a dilute-carrier LiNbO3-like coating from 0.1 to 20 nm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SpaceChargeBenchmark {

    @Param({"2000"})
    public int nodes;

    private Junction ionic;
    private LayeredJunction metallicOneEv;
    private LayeredJunction coated;
    private LayeredSolver solver;
    private double[] thicknesses;

    @Setup
    public void setUp() {
        Phase lco = Phase.of("LiCoO2", 12.9, LatticeGas.lithium(2 * 31.1e27, 0.5), Units.sPerCm(1e-5));
        Phase lps = Phase.of("Li3PS4", 9.1, LatticeGas.lithium(2 * 18.6e27, 0.5), Units.sPerCm(1e-4));
        Phase lnb = Phase.of("LiNbO3", 30, LatticeGas.lithium(37.8e27, 1e-3), Units.sPerCm(3e-6));
        ionic = Junction.of(lco, lps, Units.eV(0.5), Units.ROOM_TEMPERATURE);
        Junction metallic = Junction.of(lco.withElectronicScreening(), lps, Units.eV(1.0), Units.ROOM_TEMPERATURE);
        metallicOneEv = LayeredJunction.of(metallic);
        coated = LayeredJunction.coated(metallic.withStep(Units.eV(0.5)), lnb, Units.nm(1), 0);
        solver = LayeredSolver.withDefaults().withNodes(nodes);
        thicknesses = new double[200];
        for (int i = 0; i < thicknesses.length; i++) {
            thicknesses[i] = Units.nm(0.1 + 0.1 * i);
        }
        LayeredSolution s = solver.solve(metallicOneEv);
        System.out.printf("%n# layered 1 eV solve: %d nodes, %d Newton iterations%n", s.mesh().nodeCount(),
                s.iterations());
    }

    /** Target: &lt; 50 µs. */
    @Benchmark
    public JunctionSolution meshFreeJunction() {
        return JunctionSolver.withDefaults().solve(ionic);
    }

    /** Target: &lt; 2 ms = 2000 µs with 2,000 nodes, 1 eV. */
    @Benchmark
    public LayeredSolution layeredSolveOneEv() {
        return solver.solve(metallicOneEv);
    }

    /** Target: &lt; 0.5 s = 500,000 µs for 200 thicknesses. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Sweep coatingThicknessSweep200() {
        return Sweeps.thickness(solver, coated, 1, thicknesses);
    }
}
