package org.interphase.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.ConductionProblem;
import org.interphase.microstructure.ConductionSolution;
import org.interphase.microstructure.ConductionSolver;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.VoxelFiles;
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
 * Tortuosity of voxel structures along z (issue 15), on the very files TauFactor 2 reads: the structures
 * of {@code benchmarks/python/microstructure_structures.py} (uint8 {@code .npy}, shape (nz, ny, nx), C
 * order, label 1 conducting; the manifest {@code structures.tsv} beside them gives each file's
 * conductivities per label). The same problem is solved by {@code benchmarks/python/taufactor_run.py};
 * {@code benchmarks/python/side_by_side_tortuosity.sh} alternates the two in one session.
 *
 * <p>Each structure is solved along z only (potential on the z faces, no current through the others),
 * conductivities 1 S/m for label 1 (0.1 S/m for label 2 of the layered case), voxel edge 1 µm, to the
 * relative residual {@link #tolerance}; the reported τ = (Σ ε_p·σ_p)/σ_eff is the tortuosity factor for one
 * conducting phase and TauFactor's multi-phase τ (D_mean/D_eff) for several, so the two sides print the
 * same quantity.
 *
 * <p>JMH: {@code java -jar benchmarks/target/benchmarks.jar MicrostructureBenchmark -p name=spheres50_200
 * -f 1 -wi 1 -i 3} from the repository root (the files are read from
 * {@code benchmarks/target/microstructures}, or from the directory in the system property
 * {@code interphase.microstructures}). Side by side: {@link #main}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MicrostructureBenchmark {

    /** Where microstructure_structures.py writes by default, relative to the repository root. */
    static final String DEFAULT_DIR = "benchmarks/target/microstructures";
    /** Voxel edge, m: τ does not depend on it. */
    static final double VOXEL = 1e-6;

    @Param({"spheres50_100", "spheres50_200", "spheres50_300", "grains50_100", "channels_100", "layers_100",
            "nonperc_100", "composite_150"})
    public String name;

    @Param({"1e-6"})
    public double tolerance;

    @Param({"2"})
    public int threads;

    private Structure structure;
    private Result last;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        structure = Structure.read(Path.of(System.getProperty("interphase.microstructures", DEFAULT_DIR)), name);
    }

    @Benchmark
    public Result tortuosityAlongZ() {
        last = solveAlongZ(structure, tolerance, threads);
        return last;
    }

    @TearDown(Level.Trial)
    public void report() {
        if (last != null) {
            System.out.printf(Locale.ROOT, "%n[MicrostructureBenchmark] %s: tau = %.9g, sigma_eff = %.9g S/m, "
                    + "%d iterations, residual %.2e%n", name, last.tau, last.sigmaEff, last.iterations, last.residual);
        }
    }

    /**
     * Solves the structures named on the command line (default: every one in the manifest but the 300³
     * one) along z and prints one parsable line per solve, like {@code taufactor_run.py}:
     * {@code JAVA name=… shape=… tol=… tau=… deff=… iters=… setup_s=… solve_s=… ms_per_iter=… threads=…
     * load=…}. Options: {@code --dir DIR}, {@code --tol 1e-6}, {@code --threads 2}, {@code --repeat 2}
     * (solves per structure in this JVM; the first includes the JIT warm-up).
     *
     * @param args options and structure names
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(DEFAULT_DIR);
        double tol = 1e-6;
        int threads = 2;
        int repeat = 2;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--tol" -> tol = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            for (String n : Structure.manifest(dir).keySet()) {
                if (!n.endsWith("_300")) {
                    names.add(n);
                }
            }
        }
        for (String n : names) {
            long t0 = System.nanoTime();
            Structure s = Structure.read(dir, n);
            double setup = (System.nanoTime() - t0) * 1e-9;
            for (int r = 1; r <= repeat; r++) {
                String before = load();
                long t1 = System.nanoTime();
                Result res = solveAlongZ(s, tol, threads);
                double solve = (System.nanoTime() - t1) * 1e-9;
                System.out.printf(Locale.ROOT,
                        "JAVA name=%s shape=%dx%dx%d tol=%.1e run=%d tau=%s deff=%.9g iters=%d residual=%.2e "
                                + "setup_s=%.3f solve_s=%.3f ms_per_iter=%.3f threads=%d load_before=%s load=%s%s%n",
                        n, s.nz, s.ny, s.nx, tol, r, Double.isFinite(res.tau) ? String.format(Locale.ROOT, "%.9g",
                                res.tau) : "inf", res.sigmaEff, res.iterations, res.residual, setup, solve,
                        1e3 * solve / Math.max(res.iterations, 1), threads, before, load(),
                        res.warnings.isEmpty() ? "" : " # " + String.join(" | ", res.warnings));
            }
        }
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them. */
    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + "," + f[1] + "," + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** What one solve reports. */
    public static final class Result {
        final double tau;
        final double sigmaEff;
        final int iterations;
        final double residual;
        final List<String> warnings;

        Result(double tau, double sigmaEff, int iterations, double residual, List<String> warnings) {
            this.tau = tau;
            this.sigmaEff = sigmaEff;
            this.iterations = iterations;
            this.residual = residual;
            this.warnings = warnings;
        }
    }

    /**
     * The one place that calls the conduction solver: σ_eff along z at the given relative residual tolerance,
     * τ = D_mean/σ_eff with D_mean = Σ ε_p·σ_p (TauFactor's definition, also for several conducting phases).
     */
    static Result solveAlongZ(Structure s, double tol, int threads) {
        ConductionProblem p = ConductionProblem.of(s.microstructure).withAxes(Axis.Z);
        for (Map.Entry<VoxelPhase, Double> e : s.conductivities.entrySet()) {
            p = p.withConductivity(e.getKey(), e.getValue());
        }
        ConductionSolution sol = ConductionSolver.withDefaults().withTolerance(tol).withThreads(threads)
                .withFields(false).solve(p);
        double sigma = sol.effectiveConductivity(Axis.Z);
        double tau = sigma > 0 ? s.meanConductivity / sigma : Double.POSITIVE_INFINITY;
        return new Result(tau, sigma, sol.iterations(Axis.Z), sol.residual(Axis.Z), new ArrayList<>(sol.warnings()));
    }

    /** One structure of the manifest, read from its .npy file. */
    static final class Structure {
        final int nx;
        final int ny;
        final int nz;
        final Microstructure microstructure;
        /** Conductivity per conducting phase, S/m. */
        final Map<VoxelPhase, Double> conductivities;
        /** Σ ε_p·σ_p over the phases, S/m (TauFactor's D_mean). */
        final double meanConductivity;

        private Structure(int nx, int ny, int nz, Microstructure m, Map<VoxelPhase, Double> conductivities) {
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.microstructure = m;
            this.conductivities = conductivities;
            double mean = 0;
            for (Map.Entry<VoxelPhase, Double> e : conductivities.entrySet()) {
                mean += m.volumeFraction(e.getKey()) * e.getValue();
            }
            this.meanConductivity = mean;
        }

        /** name → tab-separated fields of structures.tsv. */
        static Map<String, String[]> manifest(Path dir) throws IOException {
            Path file = dir.resolve("structures.tsv");
            if (!Files.exists(file)) {
                throw new IOException(file + " not found: run python3 benchmarks/python/microstructure_structures.py");
            }
            Map<String, String[]> rows = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", -1);
                    rows.put(f[0], f);
                }
            }
            return rows;
        }

        static Structure read(Path dir, String name) throws IOException {
            String[] row = manifest(dir).get(name);
            if (row == null) {
                throw new IllegalArgumentException("no structure " + name + " in " + dir.resolve("structures.tsv"));
            }
            List<VoxelPhase> all = new ArrayList<>();
            for (int label = 0; label < 256; label++) {
                all.add(VoxelPhase.of(label, "label" + label));
            }
            Microstructure read = VoxelFiles.readNpy(dir.resolve(row[1]), VOXEL, all);
            int nz = read.nz();
            int ny = read.ny();
            int nx = read.nx();
            Map<Integer, Double> byLabel = new LinkedHashMap<>();
            for (String kv : row[5].split(",")) {
                String[] p = kv.split(":");
                byLabel.put(Integer.parseInt(p[0].trim()), Double.parseDouble(p[1].trim()));
            }
            List<VoxelPhase> phases = new ArrayList<>();
            Map<VoxelPhase, Double> conductivities = new LinkedHashMap<>();
            for (VoxelPhase phase : all) {
                if (read.count(phase) > 0 || byLabel.containsKey(phase.label())) {
                    phases.add(phase);
                    Double sigma = byLabel.get(phase.label());
                    if (sigma != null && sigma > 0) {
                        conductivities.put(phase, sigma);
                    }
                }
            }
            Microstructure m = read.withPhases(phases);
            return new Structure(nx, ny, nz, m, conductivities);
        }
    }
}
