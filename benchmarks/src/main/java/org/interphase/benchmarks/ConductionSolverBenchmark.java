package org.interphase.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.ConductionProblem;
import org.interphase.microstructure.ConductionSolution;
import org.interphase.microstructure.ConductionSolver;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.VoxelPhase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The conduction solver's own scaling run (the side-by-side comparison with TauFactor is
 * {@code MicrostructureBenchmark}): the tortuosity factor along z of overlapping-sphere pores (Boolean
 * model, r = 5 voxels, centres uniform in the box widened by r, target porosity 0.5, seed = n) on n³ grids,
 * relative residual 1e-6, 2 threads, fields not kept. The iterations are printed after each trial, so
 * the time per iteration is time/iterations. {@code main(n, runs, threads)} runs solves and prints wall
 * and CPU time, heap and load (for 512³:
 * {@code java -Xmx6g -cp benchmarks.jar org.interphase.benchmarks.ConductionSolverBenchmark 512}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ConductionSolverBenchmark {

    @Param({"50", "100", "200"})
    public int n;

    private ConductionProblem problem;
    private ConductionSolver solver;
    private ConductionSolution last;

    /**
     * Overlapping-sphere pores (label 1) in a solid (label 0), n³ voxels of 1 µm.
     *
     * @param n voxels along each axis
     * @param seed the random seed
     * @return the grid
     */
    static Microstructure spheres(int n, long seed) {
        double r = 5;
        Random rnd = new Random(seed);
        double side = n + 2 * r;
        long count = Math.round(-Math.log(0.5) / (4.0 / 3 * Math.PI * r * r * r) * side * side * side);
        byte[] lab = new byte[n * n * n];
        for (long s = 0; s < count; s++) {
            double cx = rnd.nextDouble() * side - r;
            double cy = rnd.nextDouble() * side - r;
            double cz = rnd.nextDouble() * side - r;
            for (int z = (int) Math.max(0, cz - r - 1); z < Math.min(n, cz + r + 1); z++) {
                for (int y = (int) Math.max(0, cy - r - 1); y < Math.min(n, cy + r + 1); y++) {
                    for (int x = (int) Math.max(0, cx - r - 1); x < Math.min(n, cx + r + 1); x++) {
                        double dx = x + 0.5 - cx;
                        double dy = y + 0.5 - cy;
                        double dz = z + 0.5 - cz;
                        if (dx * dx + dy * dy + dz * dz <= r * r) {
                            lab[x + n * (y + n * z)] = 1;
                        }
                    }
                }
            }
        }
        return Microstructure.of(n, n, n, 1e-6, lab, List.of(VoxelPhase.of(0, "solid"), VoxelPhase.of(1, "pore")));
    }

    @Setup(Level.Trial)
    public void setUp() {
        Microstructure m = spheres(n, n);
        problem = ConductionProblem.of(m).withConductivity(m.requirePhase("pore"), 1.0).withAxes(Axis.Z);
        solver = ConductionSolver.withDefaults().withTolerance(1e-6).withThreads(2).withFields(false);
    }

    @Benchmark
    public double tortuosity() {
        last = solver.solve(problem);
        return last.tortuosityFactor(Axis.Z).orElse(0);
    }

    @TearDown(Level.Trial)
    public void report() {
        if (last != null) {
            System.out.printf(Locale.ROOT, "%n  n = %d: τ = %.6f, %d iterations, relative residual %.2e%n", n,
                    last.tortuosityFactor(Axis.Z).orElse(0), last.iterations(), last.residual());
        }
    }

    /**
     * Solves of the n³ structure, each with its wall time, the process CPU time (all threads, the solver's
     * pool included: its threads end with the solve, so per-thread clocks cannot be read after it), the
     * heap in use and the load average.
     *
     * @param args n (default 512), the number of solves (default 1), the number of threads (default 2)
     * @throws java.io.IOException if /proc/loadavg cannot be read (it is only read on Linux)
     */
    public static void main(String[] args) throws java.io.IOException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 512;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Microstructure m = spheres(size, size);
        ConductionProblem p = ConductionProblem.of(m).withConductivity(m.requirePhase("pore"), 1.0).withAxes(Axis.Z);
        ConductionSolver solver = ConductionSolver.withDefaults().withThreads(threads).withFields(false);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        java.nio.file.Path loadavg = java.nio.file.Path.of("/proc/loadavg");
        for (int k = 0; k < runs; k++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ConductionSolution s = solver.solve(p);
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            Runtime rt = Runtime.getRuntime();
            String load = java.nio.file.Files.exists(loadavg) ? java.nio.file.Files.readString(loadavg).trim() : "n/a";
            System.out.printf(Locale.ROOT, "n = %d, %d threads: ε = %.4f, τ = %.9f, %d iterations, residual %.2e, "
                    + "%.2f s wall, %.2f s CPU (%.1f ms per iteration), heap %.2f of %.2f GB, load %s%n", size, threads,
                    m.volumeFraction(m.requirePhase("pore")), s.tortuosityFactor(Axis.Z).orElse(0), s.iterations(),
                    s.residual(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (c1 - c0) / 1e6 / Math.max(1, s.iterations()),
                    (rt.totalMemory() - rt.freeMemory()) / 1e9,
                    rt.maxMemory() / 1e9, load);
        }
    }
}
