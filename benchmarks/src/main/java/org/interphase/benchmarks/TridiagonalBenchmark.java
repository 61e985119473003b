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
}
