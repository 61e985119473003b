package org.interphase.benchmarks;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interphase.microstructure.Axis;
import org.interphase.microstructure.Microstructure;
import org.interphase.microstructure.Phase;
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
     * The one place that calls the conduction solver: σ_eff along z at the given relative residual tolerance.
     *
     * <p>TODO(issue 15, after branch mcond is merged): replace the reflective calls by the direct ones,
     * <pre>{@code
     * ConductionProblem p = ConductionProblem.of(s.microstructure).withAxes(Axis.Z);
     * for (Map.Entry<Phase, Double> e : s.conductivities.entrySet()) {
     *     p = p.withConductivity(e.getKey(), e.getValue());
     * }
     * ConductionSolution sol = ConductionSolver.withDefaults().withTolerance(tol).withThreads(threads)
     *         .withFields(false).solve(p);
     * double sigma = sol.effectiveConductivity(Axis.Z);  // iterations(Axis.Z), residual(Axis.Z), warnings()
     * }</pre>
     * Reflection keeps this module compiling on a main without {@code ConductionSolver} (the classes are
     * written in branch mcond at the time of writing) and lets the same jar run against a build that has
     * them; its cost (a few method look-ups per solve) is nothing next to a solve of 10⁶ voxels.
     */
    static Result solveAlongZ(Structure s, double tol, int threads) {
        String pkg = "org.interphase.microstructure.";
        try {
            Class<?> problemType = Class.forName(pkg + "ConductionProblem");
            Class<?> solverType = Class.forName(pkg + "ConductionSolver");
            Object p = problemType.getMethod("of", Microstructure.class).invoke(null, s.microstructure);
            p = problemType.getMethod("withAxes", Axis[].class).invoke(p, (Object) new Axis[] {Axis.Z});
            Method withConductivity = problemType.getMethod("withConductivity", Phase.class, double.class);
            for (Map.Entry<Phase, Double> e : s.conductivities.entrySet()) {
                p = withConductivity.invoke(p, e.getKey(), e.getValue());
            }
            Object solver = solverType.getMethod("withDefaults").invoke(null);
            solver = solverType.getMethod("withTolerance", double.class).invoke(solver, tol);
            solver = solverType.getMethod("withThreads", int.class).invoke(solver, threads);
            solver = solverType.getMethod("withFields", boolean.class).invoke(solver, false);
            Object sol = solverType.getMethod("solve", problemType).invoke(solver, p);
            Class<?> solutionType = sol.getClass();
            double sigma = (Double) solutionType.getMethod("effectiveConductivity", Axis.class).invoke(sol, Axis.Z);
            int iterations = (Integer) solutionType.getMethod("iterations", Axis.class).invoke(sol, Axis.Z);
            double residual = (Double) solutionType.getMethod("residual", Axis.class).invoke(sol, Axis.Z);
            List<String> warnings = new ArrayList<>();
            for (Object w : (Iterable<?>) solutionType.getMethod("warnings").invoke(sol)) {
                warnings.add(String.valueOf(w));
            }
            double tau = sigma > 0 ? s.meanConductivity / sigma : Double.POSITIVE_INFINITY;
            return new Result(tau, sigma, iterations, residual, warnings);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new UnsupportedOperationException("the conduction solver (org.interphase.microstructure."
                    + "ConductionSolver, issue 15) is not in this build: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One structure of the manifest, read from its .npy file. */
    static final class Structure {
        final int nx;
        final int ny;
        final int nz;
        final Microstructure microstructure;
        /** Conductivity per conducting phase, S/m. */
        final Map<Phase, Double> conductivities;
        /** Σ ε_p·σ_p over the phases, S/m (TauFactor's D_mean). */
        final double meanConductivity;

        private Structure(int nx, int ny, int nz, Microstructure m, Map<Phase, Double> conductivities) {
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.microstructure = m;
            this.conductivities = conductivities;
            double mean = 0;
            for (Map.Entry<Phase, Double> e : conductivities.entrySet()) {
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
            Npy npy = Npy.readUint8(dir.resolve(row[1]));
            if (npy.shape.length != 3) {
                throw new IOException(row[1] + ": expected 3 dimensions (nz, ny, nx), found " + npy.shape.length);
            }
            int nz = npy.shape[0];
            int ny = npy.shape[1];
            int nx = npy.shape[2];
            Map<Integer, Double> byLabel = new LinkedHashMap<>();
            for (String kv : row[5].split(",")) {
                String[] p = kv.split(":");
                byLabel.put(Integer.parseInt(p[0].trim()), Double.parseDouble(p[1].trim()));
            }
            boolean[] present = new boolean[256];
            for (byte b : npy.data) {
                present[b & 0xFF] = true;
            }
            List<Phase> phases = new ArrayList<>();
            Map<Phase, Double> conductivities = new LinkedHashMap<>();
            for (int label = 0; label < 256; label++) {
                if (present[label] || byLabel.containsKey(label)) {
                    Phase phase = Phase.of(label, "label" + label);
                    phases.add(phase);
                    Double sigma = byLabel.get(label);
                    if (sigma != null && sigma > 0) {
                        conductivities.put(phase, sigma);
                    }
                }
            }
            Microstructure m = Microstructure.of(nx, ny, nz, VOXEL, npy.data, phases);
            return new Structure(nx, ny, nz, m, conductivities);
        }
    }

    /**
     * A minimal NumPy .npy reader for uint8 arrays in C order (format versions 1–3), enough for the benchmark
     * files; the library's reader (VoxelFiles, issue 15) is the general one.
     */
    static final class Npy {
        private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
        private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
        private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

        final int[] shape;
        final byte[] data;

        private Npy(int[] shape, byte[] data) {
            this.shape = shape;
            this.data = data;
        }

        static Npy readUint8(Path file) throws IOException {
            byte[] all = Files.readAllBytes(file);
            if (all.length < 10 || (all[0] & 0xFF) != 0x93 || all[1] != 'N' || all[2] != 'U' || all[3] != 'M'
                    || all[4] != 'P' || all[5] != 'Y') {
                throw new IOException(file + ": not a .npy file (no \\x93NUMPY magic)");
            }
            int major = all[6];
            ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
            int headerLength;
            int start;
            if (major == 1) {
                headerLength = b.getShort(8) & 0xFFFF;
                start = 10;
            } else if (major == 2 || major == 3) {
                headerLength = b.getInt(8);
                start = 12;
            } else {
                throw new IOException(file + ": .npy format version " + major + " is not supported (1-3)");
            }
            String header = new String(all, start, headerLength, StandardCharsets.ISO_8859_1);
            Matcher descr = DESCR.matcher(header);
            Matcher fortran = FORTRAN.matcher(header);
            Matcher shapeText = SHAPE.matcher(header);
            if (!descr.find() || !fortran.find() || !shapeText.find()) {
                throw new IOException(file + ": unreadable .npy header " + header.trim());
            }
            String d = descr.group(1);
            if (!(d.equals("|u1") || d.equals("<u1") || d.equals(">u1") || d.equals("u1"))) {
                throw new IOException(file + ": dtype " + d + " is not uint8");
            }
            if (fortran.group(1).equals("True")) {
                throw new IOException(file + ": Fortran order is not supported here; save in C order");
            }
            List<Integer> dims = new ArrayList<>();
            for (String part : shapeText.group(1).split(",")) {
                if (!part.isBlank()) {
                    dims.add(Integer.parseInt(part.trim()));
                }
            }
            int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
            long count = 1;
            for (int s : shape) {
                count *= s;
            }
            int offset = start + headerLength;
            if (all.length - offset != count) {
                throw new IOException(file + ": header shape " + dims + " needs " + count + " bytes of data, file has "
                        + (all.length - offset));
            }
            byte[] data = new byte[(int) count];
            System.arraycopy(all, offset, data, 0, data.length);
            return new Npy(shape, data);
        }
    }
}
