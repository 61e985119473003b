package org.interphase.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.DrtBasis;
import org.interphase.impedance.DrtSolution;
import org.interphase.impedance.DrtSolver;
import org.interphase.impedance.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The DRT workloads of issue 17: a Gaussian-RBF DRT of 100 points on 200 time constants with λ
 * by GCV (target ≤ 100 ms), and the same with a credible band of 200 samples (target ≤ 2 s). The
 * spectrum: two ZARC arcs (60 Ω at 1 ms, 40 Ω at 5 ms, n = 0.9) with 1 % noise (seed 11), 1 MHz …
 * 10 mHz. All through the public, validating API.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DrtBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DrtBenchmark {

    private Spectrum data;
    private DrtSolver rbfGcv;
    private DrtSolver rbfBand;

    @Setup
    public void setUp() {
        double[] f = Spectrum.logFrequencies(1e6, 1e-2, 100);
        Spectrum s = Circuit.parse("R0-Zarc1-Zarc2").spectrum(f, 10, 60, 1e-3, 0.9, 40, 5e-3, 0.9);
        Random random = new Random(11);
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] += 0.01 * s.modulus(i) * random.nextGaussian();
            im[i] += 0.01 * s.modulus(i) * random.nextGaussian();
        }
        data = Spectrum.of(f, re, im);
        rbfGcv = DrtSolver.withDefaults().withBasis(DrtBasis.GAUSSIAN).withPoints(200);
        rbfBand = rbfGcv.withCredibleBand(200, 7);
    }

    /** @return the Gaussian-RBF DRT with λ by GCV (100 points × 200 τ) */
    @Benchmark
    public DrtSolution rbfGcv() {
        return rbfGcv.solve(data);
    }

    /** @return the same DRT with a 200-sample credible band */
    @Benchmark
    public DrtSolution rbfGcvWithCredibleBand() {
        return rbfBand.solve(data);
    }
}
