package org.interphase.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.CircuitFitProblem;
import org.interphase.impedance.CircuitFitSolution;
import org.interphase.impedance.CircuitFitter;
import org.interphase.impedance.DrtSolution;
import org.interphase.impedance.DrtSolver;
import org.interphase.impedance.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The three impedance workloads of issue 7: a spectrum of a 10-element circuit (target &lt; 20 µs
 * for 100 points), a 5-parameter CNLS fit to 100 points (&lt; 20 ms) and a DRT of 100 points on
 * 200 time constants with λ by GCV (&lt; 200 ms). All through the public, validating API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ImpedanceBenchmark {

    /** Number of frequencies. */
    @Param({"100"})
    public int points;

    private static final Circuit TEN = Circuit.parse("R0-L0-p(R1,CPE1)-p(R2,C2)-p(R3-Wo1,C3)-W1");
    private static final double[] TEN_P = {10, 1e-7, 100, 1e-6, 0.85, 50, 1e-4, 20, 30, 2.0, 1e-2, 5};
    private static final Circuit FIVE = Circuit.parse("R0-p(R1,C1)-p(R2,C2)");
    private static final double[] FIVE_P = {10, 100, 1e-6, 50, 1e-3};

    private double[] frequencies;
    private Spectrum fitData;
    private Spectrum drtData;
    private double[] guess;
    private DrtSolver drt;
    private CircuitFitter fitter;
    private CircuitFitProblem fitProblem;

    @Setup
    public void setUp() {
        frequencies = Spectrum.logFrequencies(1e6, 1e-2, points);
        fitData = noisy(FIVE.spectrum(frequencies, FIVE_P), 0.005, new Random(1));
        drtData = noisy(Circuit.parse("R0-Zarc1").spectrum(frequencies, 10, 100, 1e-3, 0.8), 0.005, new Random(2));
        guess = new double[] {15, 60, 2e-6, 80, 5e-4};
        drt = DrtSolver.withDefaults();
        fitter = CircuitFitter.withDefaults();
        fitProblem = CircuitFitProblem.of(FIVE, fitData, guess);
    }

    private static Spectrum noisy(Spectrum s, double relative, Random random) {
        double[] re = s.real();
        double[] im = s.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] += relative * s.modulus(i) * random.nextGaussian();
            im[i] += relative * s.modulus(i) * random.nextGaussian();
        }
        return Spectrum.of(s.frequencies(), re, im);
    }

    /** A 10-element circuit (R, L, CPE, C, Wo, W) at {@code points} frequencies. */
    @Benchmark
    public Spectrum spectrumOfTenElementCircuit() {
        return TEN.spectrum(frequencies, TEN_P);
    }

    /** Levenberg–Marquardt fit of R0-p(R1,C1)-p(R2,C2) (5 parameters) to noisy data, one start. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CircuitFitSolution fitFiveParameters() {
        return fitter.solve(fitProblem);
    }

    /** DRT of a noisy ZARC on 200 time constants, λ by GCV, NNLS. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public DrtSolution drtOnTwoHundredTimeConstants() {
        return drt.solve(drtData);
    }
}
