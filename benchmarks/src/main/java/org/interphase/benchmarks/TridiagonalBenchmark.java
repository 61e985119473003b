package org.interphase.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interphase.core.Tridiagonal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Thomas solve that every implicit 1D step and Newton iteration of the library costs, on a
 * diagonally dominant system of n unknowns; allocation-free ({@code solveInPlace}).
 *
 * <p>{@link #main} times the same work as {@code benchmarks/native/thomas.c} (the C floor, issue 20)
 * does, by the same method, for {@code benchmarks/harness/compare.py thomas}: the bands and the right-hand
 * side from {@code java.util.Random(42)} as in {@link #setUp} (the C program reproduces that generator,
 * so both sides solve the very same systems), one solve = copy the right-hand side + solve in place.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TridiagonalBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int n;

    private double[] lower;
    private double[] diag;
    private double[] upper;
    private double[] rhs;
    private double[] work;
    private double[] scratch;

    @Setup
    public void setUp() {
        Random r = new Random(42);
        lower = new double[n];
        diag = new double[n];
        upper = new double[n];
        rhs = new double[n];
        work = new double[n];
        scratch = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = -1 - r.nextDouble();
            upper[i] = -1 - r.nextDouble();
            diag[i] = 4 + r.nextDouble();
            rhs[i] = r.nextDouble();
        }
    }

    @Benchmark
    public double[] thomasSolveInPlace() {
        System.arraycopy(rhs, 0, work, 0, n);
        Tridiagonal.solveInPlace(lower, diag, upper, work, scratch);
        return work;
    }

    /**
     * Batches of solves, each batch long enough to take ~{@code batchMs} ms, after one second of
     * warm-up; prints one line per n: best and median ns per unknown over the batches, and a checksum
     * of the solution (equal to the C program's when the arithmetic is the same).
     *
     * @param args batches (default 15), batch length in ms (default 100), then the sizes (default 1000
     *     100000 1000000)
     */
    public static void main(String[] args) {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        double batchMs = args.length > 1 ? Double.parseDouble(args[1]) : 100;
        int[] sizes = {1000, 100000, 1000000};
        if (args.length > 2) {
            sizes = new int[args.length - 2];
            for (int i = 2; i < args.length; i++) {
                sizes[i - 2] = Integer.parseInt(args[i]);
            }
        }
        for (int size : sizes) {
            TridiagonalBenchmark b = new TridiagonalBenchmark();
            b.n = size;
            b.setUp();
            long w0 = System.nanoTime();
            long reps = 0;
            while (System.nanoTime() - w0 < 1_000_000_000L) {
                b.thomasSolveInPlace();
                reps++;
            }
            long perBatch = Math.max(1, (long) (reps * batchMs / 1000.0));
            double[] ns = new double[batches];
            for (int k = 0; k < batches; k++) {
                long t0 = System.nanoTime();
                for (long r = 0; r < perBatch; r++) {
                    b.thomasSolveInPlace();
                }
                ns[k] = (System.nanoTime() - t0) / (double) perBatch / size;
            }
            java.util.Arrays.sort(ns);
            double sum = 0;
            for (double v : b.work) {
                sum += v;
            }
            System.out.printf(java.util.Locale.ROOT, "THOMAS side=java n=%d best_ns_per_unknown=%.4f "
                    + "median_ns_per_unknown=%.4f batches=%d solves_per_batch=%d checksum=%.17g%n", size, ns[0],
                    ns[batches / 2], batches, perBatch, sum);
        }
    }
}
