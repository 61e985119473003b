package org.interphase.benchmarks;

import java.util.Locale;
import java.util.Random;
import org.interphase.core.Units;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.CircuitFitProblem;
import org.interphase.impedance.CircuitFitSolution;
import org.interphase.impedance.CircuitFitter;
import org.interphase.impedance.Spectrum;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.LatticeGas;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.LayeredSolution;
import org.interphase.spacecharge.LayeredSolver;
import org.interphase.spacecharge.Phase;

/**
 * A user's first call in a fresh JVM (issue 20, target 4): one task, its result printed, then exit. The
 * cost that matters is measured from outside, as the wall time of the whole process
 * ({@code benchmarks/harness/compare.py cold}), so that JVM start, class loading, interpretation and
 * JIT all count; the line printed also gives the time of the call itself inside the JVM.
 *
 * <p>Tasks: {@code spacecharge}, the layered 1 eV solve of {@link SpaceChargeBenchmark#layeredSolveOneEv}
 * (electron-conducting LiCoO2 | Li3PS4, 2,000 nodes); {@code fit}, the 5-parameter fit of
 * {@link ImpedanceBenchmark#fitFiveParameters} (R0-p(R1,C1)-p(R2,C2) to 100 noisy points, one start);
 * {@code none}, an empty main (the JVM's own start and exit).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.interphase.benchmarks.ColdStart spacecharge}.
 */
public final class ColdStart {

    private ColdStart() {}

    /**
     * Runs one task once and prints its result and the time of the call.
     *
     * @param args the task: spacecharge, fit, none, or fitdata FILE (writes the fit's data for the
     *     impedance.py peer and exits)
     * @throws java.io.IOException if fitdata cannot write its file
     */
    public static void main(String[] args) throws java.io.IOException {
        String task = args.length > 0 ? args[0] : "spacecharge";
        long t0 = System.nanoTime();
        String result;
        switch (task) {
            case "spacecharge":
                result = spaceCharge();
                break;
            case "fit":
                result = fit();
                break;
            case "none":
                result = "nothing";
                break;
            case "fitdata":
                result = writeFitData(args.length > 1 ? args[1] : "fitdata.tsv");
                break;
            default:
                throw new IllegalArgumentException("task must be spacecharge, fit, fitdata or none, was " + task);
        }
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "COLD task=%s call_ms=%.1f result=%s%n", task, (t1 - t0) / 1e6, result);
    }

    private static String spaceCharge() {
        Phase lco = Phase.of("LiCoO2", 12.9, LatticeGas.lithium(2 * 31.1e27, 0.5), Units.sPerCm(1e-5));
        Phase lps = Phase.of("Li3PS4", 9.1, LatticeGas.lithium(2 * 18.6e27, 0.5), Units.sPerCm(1e-4));
        Junction metallic = Junction.of(lco.withElectronicScreening(), lps, Units.eV(1.0), Units.ROOM_TEMPERATURE);
        LayeredSolver solver = LayeredSolver.withDefaults().withNodes(2000);
        LayeredJunction junction = LayeredJunction.of(metallic);
        LayeredSolution s = solver.solve(junction);
        // the mesh, so that spacecharge_numpy.py solves on the same nodes (L, h0, node count)
        org.interphase.core.Mesh1D mesh = solver.mesh(junction);
        return String.format(Locale.ROOT, "charge=%.6e_C/m2,iterations=%d mesh_length=%s mesh_h0=%s mesh_nodes=%d",
                s.layer(1).charge(), s.iterations(), Double.toString(mesh.length()), Double.toString(mesh.cellWidth(0)),
                mesh.nodeCount());
    }

    private static final double[] GUESS = {15, 60, 2e-6, 80, 5e-4};

    /** The noisy spectrum of ImpedanceBenchmark's fit (R0-p(R1,C1)-p(R2,C2), 0.5 % noise, seed 1). */
    private static Spectrum fitData() {
        Circuit five = Circuit.parse("R0-p(R1,C1)-p(R2,C2)");
        double[] frequencies = Spectrum.logFrequencies(1e6, 1e-2, 100);
        Spectrum clean = five.spectrum(frequencies, 10, 100, 1e-6, 50, 1e-3);
        Random random = new Random(1);
        double[] re = clean.real();
        double[] im = clean.imaginary();
        for (int i = 0; i < re.length; i++) {
            re[i] += 0.005 * clean.modulus(i) * random.nextGaussian();
            im[i] += 0.005 * clean.modulus(i) * random.nextGaussian();
        }
        return Spectrum.of(frequencies, re, im);
    }

    private static String fit() {
        CircuitFitSolution s = CircuitFitter.withDefaults()
                .solve(CircuitFitProblem.of(Circuit.parse("R0-p(R1,C1)-p(R2,C2)"), fitData(), GUESS));
        return String.format(Locale.ROOT, "R1=%.4f_ohm,iterations=%d", s.parameter("R1"), s.iterations());
    }

    /** Writes f (Hz), Re Z, Im Z (Ω) per line, and the guess on a comment line, for impedance.py. */
    private static String writeFitData(String file) throws java.io.IOException {
        Spectrum d = fitData();
        StringBuilder b = new StringBuilder("# guess");
        for (double g : GUESS) {
            b.append(' ').append(Double.toString(g));
        }
        b.append('\n');
        double[] re = d.real();
        double[] im = d.imaginary();
        double[] f = d.frequencies();
        for (int i = 0; i < f.length; i++) {
            b.append(Double.toString(f[i])).append('\t').append(Double.toString(re[i])).append('\t')
                    .append(Double.toString(im[i])).append('\n');
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(file), b);
        return file;
    }
}
