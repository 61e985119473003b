package org.interphase.benchmarks;

import java.util.concurrent.TimeUnit;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.ContactSolution;
import org.interphase.contact.ContactSolver;
import org.interphase.contact.SelfAffineGenerator;
import org.interphase.contact.Surface;
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
 * One Polonsky–Keer solve of a periodic rough contact at about 4 % contact to relative tolerance
 * 1e-8, on n×n grids: self-affine surface, H = 0.8, roll-off at 4·2π/L, cutoff at (n/8)·2π/L (8 grid
 * points per shortest wavelength), h'_rms = 0.1, p̄ = 0.018·E*·h'_rms. The same problem is solved by
 * {@code benchmarks/python/contact_bem.py} (numpy + scipy.fft) for the comparison. The iteration count
 * of the solve is printed at the end of each trial, so the time per iteration is time/iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ContactBenchmark {

    @Param({"256", "512", "1024", "2048"})
    public int n;

    private ContactProblem problem;
    private ContactSolver solver;
    private int iterations;
    private double fraction;

    static final double SIDE = 1e-6;

    /** The benchmark surface on an n×n grid of side 1 µm. */
    static Surface surface(int n) {
        return SelfAffineGenerator.builder().points(n).size(SIDE).hurst(0.8).rolloff(4 * 2 * Math.PI / SIDE)
                .cutoff(n / 8.0 * 2 * Math.PI / SIDE).rmsSlope(0.1).build().generate(2024);
    }

    /**
     * Writes the benchmark surface for the Python reference, heights in units of the side (so that
     * slopes are unchanged), n·n little-endian doubles, row-major: {@code java -cp benchmarks.jar
     * org.interphase.benchmarks.ContactBenchmark 1024 s1024.bin}, then {@code python3 contact_bem.py 1024
     * --surface s1024.bin}.
     *
     * @param args grid size and output file
     * @throws java.io.IOException if the file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        int size = Integer.parseInt(args[0]);
        double[] h = surface(size).heights();
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * h.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (double v : h) {
            b.putDouble(v / SIDE);
        }
        java.nio.file.Files.write(java.nio.file.Path.of(args[1]), b.array());
        // JTransforms' worker threads would keep the JVM alive for their idle timeout
        pl.edu.icm.jlargearrays.ConcurrencyUtils.shutdownThreadPoolAndAwaitTermination();
    }

    @Setup(Level.Trial)
    public void setUp() {
        double eStar = 1e9;
        problem = ContactProblem.periodic(surface(n), eStar).withMeanPressure(0.018 * eStar * 0.1);
        solver = ContactSolver.withDefaults().withTolerance(1e-8).withMaxIterations(20000);
    }

    @Benchmark
    public ContactSolution solve() {
        ContactSolution sol = solver.solve(problem);
        iterations = sol.iterations();
        fraction = sol.contactFraction();
        return sol;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n[ContactBenchmark] n = %d: %d Polonsky–Keer iterations, A/A0 = %.4f%n", n, iterations,
                fraction);
    }
}
