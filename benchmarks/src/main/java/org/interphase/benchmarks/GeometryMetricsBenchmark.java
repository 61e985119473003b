package org.interphase.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.interphase.microstructure.GeometryProblem;
import org.interphase.microstructure.GeometrySolution;
import org.interphase.microstructure.GeometrySolver;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.Phase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The geometry metrics of an n³ three-phase composite electrode (1 µm voxels): CAM as overlapping
 * spheres of radius 8 voxels to 40 %, pore as overlapping spheres of radius 3 voxels to 15 % of the
 * volume, SE elsewhere (about 45 %), placed with a fixed seed. One solve labels every phase, measures
 * all interfacial areas (face count and smoothed), percolation, the active CAM|SE interface,
 * component contact fractions, triple-phase-boundary lengths and chords; {@code correlationLength}
 * adds S2(r) along the three axes up to that lag (0 = none). The target: labelling, areas and
 * percolation of 300³ in at most 2 s on 2 cores.
 *
 * <p>{@code main(n, correlationLength, threads, repeats)} times repeated solves outside JMH and prints the
 * wall time and the CPU time of the solving threads (so that a loaded machine can still be read).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeometryMetricsBenchmark {

    @Param({"100", "200", "300"})
    public int n;

    @Param({"0", "64"})
    public int correlationLength;

    private GeometryProblem problem;
    private GeometrySolver solver;

    static final Phase PORE = Phase.of(0, "pore");
    static final Phase CAM = Phase.of(1, "CAM");
    static final Phase SE = Phase.of(2, "SE");

    /**
     * The benchmark electrode.
     *
     * @param n voxels per side
     * @param seed the random seed
     * @return the problem: CAM and SE roles, collector at z = 0
     */
    static GeometryProblem electrode(int n, long seed) {
        byte[] labels = new byte[n * n * n];
        Arrays.fill(labels, (byte) 2);
        SplittableRandom rnd = new SplittableRandom(seed);
        spheres(labels, n, rnd, 8, (byte) 1, 0.40);
        spheres(labels, n, rnd, 3, (byte) 0, 0.15);
        Microstructure m = Microstructure.of(n, n, n, 1e-6, labels, List.of(PORE, CAM, SE));
        return GeometryProblem.electrode(m, CAM, SE);
    }

    /** Overlapping spheres of one label, placed over SE voxels until they hold the target share of the box. */
    private static void spheres(byte[] labels, int n, SplittableRandom rnd, int r, byte label, double target) {
        long want = (long) (target * labels.length);
        long have = 0;
        while (have < want) {
            int cx = rnd.nextInt(n);
            int cy = rnd.nextInt(n);
            int cz = rnd.nextInt(n);
            for (int z = Math.max(0, cz - r); z <= Math.min(n - 1, cz + r); z++) {
                for (int y = Math.max(0, cy - r); y <= Math.min(n - 1, cy + r); y++) {
                    for (int x = Math.max(0, cx - r); x <= Math.min(n - 1, cx + r); x++) {
                        int i = x + n * (y + n * z);
                        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz) <= r * r && labels[i] == 2) {
                            labels[i] = label;
                            have++;
                        }
                    }
                }
            }
        }
    }

    /** Builds the electrode and the solver. */
    @Setup
    public void setUp() {
        problem = electrode(n, 2026);
        solver = GeometrySolver.withDefaults().withCorrelationLength(correlationLength);
    }

    /**
     * @return the solution (returned so that JMH keeps it)
     */
    @Benchmark
    public GeometrySolution solve() {
        return solver.solve(problem);
    }

    /**
     * Times repeated solves: {@code java -cp benchmarks.jar org.interphase.benchmarks.GeometryMetricsBenchmark
     * 300 0 2 5}.
     *
     * @param args n (default 300), correlation length (default 0), threads (default: all processors),
     *     repeats (default 5)
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int lag = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        GeometryProblem p = electrode(size, 2026);
        GeometrySolver s = GeometrySolver.withDefaults().withCorrelationLength(lag).withThreads(threads);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        GeometrySolution last = null;
        for (int k = 0; k < repeats; k++) {
            long cpu0 = allThreadsCpu(mx);
            long t0 = System.nanoTime();
            last = s.solve(p);
            long t1 = System.nanoTime();
            long cpu1 = allThreadsCpu(mx);
            System.out.printf(java.util.Locale.ROOT, "%d^3, S2 lag %d, %d threads: %.0f ms wall, %.0f ms CPU%n", size,
                    lag, threads, (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6);
        }
        System.out.println(last);
    }

    /** CPU time of the live threads (the solver's pool threads end with the solve: counted by the process). */
    private static long allThreadsCpu(ThreadMXBean mx) {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return mx.getCurrentThreadCpuTime();
    }
}
