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
     * Two command-line tools beside the JMH benchmark.
     *
     * <p>Writes the benchmark surface for the Python reference, heights in units of the side (so that
     * slopes are unchanged), n·n little-endian doubles, row-major: {@code java -cp benchmarks.jar
     * org.interphase.benchmarks.ContactBenchmark 1024 s1024.bin}, then {@code python3 contact_bem.py 1024
     * --surface s1024.bin}.
     *
     * <p>Or times the solve per iteration: {@code java -cp benchmarks.jar
     * org.interphase.benchmarks.ContactBenchmark --per-iteration [--repeat R] [--warmup W] [--threads 1,2] n...}
     * prints, per size and for each thread count (default 1 and 2), the iterations, A/A0, the best solve time
     * of R (default 3, after at least 5 s of 256² solves per thread count for the JIT and W = 2 warm-up
     * solves at the size)
     * and the milliseconds per iteration, then the best over the thread counts: the Java side of the
     * per-iteration comparison with {@code benchmarks/native/fftw_pair} and {@code contact_bem.py}.
     *
     * <p>Or {@code --fft-pair [--repeat R] [--threads 1,2] n...}: milliseconds per JTransforms 2D real
     * forward + multiply + inverse pair ({@code DoubleFFT_2D.realForward}, a pass over the packed spectrum,
     * {@code realInverse}) on an n×n grid, the same work as {@code fftw_pair}: what the FFT library alone
     * costs against FFTW.
     *
     * @param args grid size and output file, or {@code --per-iteration} and its options
     * @throws java.io.IOException if the file cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        try {
            if (args.length > 0 && args[0].equals("--per-iteration")) {
                perIteration(args);
                return;
            }
            if (args.length > 0 && args[0].equals("--fft-pair")) {
                fftPair(args);
                return;
            }
            int size = Integer.parseInt(args[0]);
            double[] h = surface(size).heights();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 * h.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (double v : h) {
                b.putDouble(v / SIDE);
            }
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), b.array());
        } finally {
            // JTransforms' worker threads would keep the JVM alive for their idle timeout
            pl.edu.icm.jlargearrays.ConcurrencyUtils.shutdownThreadPoolAndAwaitTermination();
        }
    }

    private static void fftPair(String[] args) {
        int repeat = 5;
        int[] threadCounts = {1, 2};
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--threads")) {
                threadCounts = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        for (int size : sizes) {
            double best = Double.POSITIVE_INFINITY;
            int bestThreads = 1;
            for (int threads : threadCounts) {
                pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);
                org.jtransforms.fft.DoubleFFT_2D fft = new org.jtransforms.fft.DoubleFFT_2D(size, size);
                double[] a = new double[size * size];
                double[] k = new double[size * size];
                java.util.Random random = new java.util.Random(2024);
                for (int i = 0; i < a.length; i++) {
                    a[i] = random.nextDouble();
                    k[i] = 1.0 / (1.0 + i % 97);
                }
                int pairs = (int) Math.max(1, 2e8 / (a.length * Math.log(a.length) / Math.log(2)));
                double ms = Double.POSITIVE_INFINITY;
                for (int r = 0; r <= repeat; r++) {
                    long t0 = System.nanoTime();
                    for (int p = 0; p < pairs; p++) {
                        fft.realForward(a);
                        for (int i = 0; i < a.length; i++) {
                            a[i] *= k[i];
                        }
                        fft.realInverse(a, true);
                    }
                    // the first batch is the warm-up
                    if (r > 0) {
                        ms = Math.min(ms, (System.nanoTime() - t0) * 1e-6 / pairs);
                    }
                }
                System.out.printf(java.util.Locale.ROOT, "jtransforms n = %d threads = %d: %.3f ms per pair%n", size,
                        threads, ms);
                if (ms < best) {
                    best = ms;
                    bestThreads = threads;
                }
            }
            System.out.printf(java.util.Locale.ROOT, "jtransforms n = %d best: %.3f ms per pair (%d thread%s)%n", size,
                    best, bestThreads, bestThreads > 1 ? "s" : "");
        }
    }

    private static void perIteration(String[] args) {
        int repeat = 3;
        int warmup = 2;
        int[] threadCounts = {1, 2};
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--warmup")) {
                warmup = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--threads")) {
                threadCounts = java.util.Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = java.util.List.of(256, 512, 1024, 2048);
        }
        // the JIT first: on a loaded machine two solves leave the compiler queue far from done, and the first
        // thread count timed would pay for it; 256² solves for at least 5 s per thread count (256² is split
        // over two threads, so the threaded paths compile too)
        ContactBenchmark jit = new ContactBenchmark();
        jit.n = 256;
        jit.setUp();
        for (int threads : threadCounts) {
            pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);
            long until = System.nanoTime() + 5_000_000_000L;
            for (int w = 0; w < 10 || System.nanoTime() < until; w++) {
                jit.solve();
            }
        }
        for (int size : sizes) {
            ContactBenchmark b = new ContactBenchmark();
            b.n = size;
            b.setUp();
            double best = Double.POSITIVE_INFINITY;
            int bestThreads = 1;
            for (int threads : threadCounts) {
                pl.edu.icm.jlargearrays.ConcurrencyUtils.setNumberOfThreads(threads);
                for (int w = 0; w < warmup; w++) {
                    b.solve();
                }
                double ms = Double.POSITIVE_INFINITY;
                double cpu = Double.POSITIVE_INFINITY;
                java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
                for (int r = 0; r < repeat; r++) {
                    long c0 = bean.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    b.solve();
                    ms = Math.min(ms, (System.nanoTime() - t0) * 1e-6);
                    cpu = Math.min(cpu, (bean.getCurrentThreadCpuTime() - c0) * 1e-6);
                }
                // on a loaded machine the CPU time of a one-thread solve is steadier than the wall time (it
                // leaves out the time spent waiting for a core); with threads it misses the workers' share
                String cpuNote = threads == 1 ? String.format(java.util.Locale.ROOT, ", CPU %.3f ms per iteration",
                        cpu / b.iterations) : "";
                System.out.printf(java.util.Locale.ROOT, "java n = %d threads = %d: %d iterations, A/A0 = %.6f, solve "
                        + "%.1f ms (best of %d), %.3f ms per iteration%s%n", size, threads, b.iterations, b.fraction, ms,
                        repeat, ms / b.iterations, cpuNote);
                if (ms / b.iterations < best) {
                    best = ms / b.iterations;
                    bestThreads = threads;
                }
            }
            System.out.printf(java.util.Locale.ROOT, "java n = %d best: %.3f ms per iteration (%d thread%s)%n", size,
                    best, bestThreads, bestThreads > 1 ? "s" : "");
        }
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
