package org.interphase.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.interphase.spark.examples.SpaceChargeScreen;
import org.interphase.sweep.SweepProblem;
import org.interphase.sweep.SweepRunner;

/**
 * Timed benchmark (not a test; issue 19's speed target): the same sweep on the local runner (2 threads)
 * and on Spark local[2], alternating, after Spark's start-up, which is reported separately. Run:
 *
 * <pre>
 *   mvn -B -q -pl spark -am test-compile
 *   mvn -B -q -pl spark exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *       -Dexec.args="... -cp %classpath org.interphase.spark.SparkScreenTiming [definition] [rounds]"
 * </pre>
 *
 * (spark/bin/timing.sh does this.)
 */
public final class SparkScreenTiming {

    private SparkScreenTiming() {
    }

    /**
     * @param args the definition class (default {@link SpaceChargeScreen}), the number of rounds (default 3)
     *     and the number of cores N (default 2): Spark runs on {@code local[N]}, the local runner on N threads
     * @throws Exception if the definition cannot be built or a file cannot be written
     */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Class<? extends Supplier<SweepProblem>> def = args.length > 0
                ? (Class<? extends Supplier<SweepProblem>>) Class.forName(args[0]) : SpaceChargeScreen.class;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int cores = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        SweepProblem problem = def.getDeclaredConstructor().newInstance().get();
        System.out.printf(Locale.ROOT, "%s: %d points; load %s%n", problem.name(), problem.design().size(), load());
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("timing")
                .config("spark.ui.enabled", "false").getOrCreate();
        double startup = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "Spark local[%d] start-up: %.2f s%n", cores, startup);
        // warm-up of both sides (JIT, class loading, Spark's first job)
        SweepRunner runner = SweepRunner.withDefaults().withThreads(cores);
        runner.solve(problem);
        Path dir = Files.createTempDirectory("interphase-timing");
        SparkSweep sweep = SparkSweep.of(def).withPartitions(8);
        sweep.run(spark, dir.resolve("warm").toString());
        List<Double> local = new ArrayList<>();
        List<Double> onSpark = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long a = System.nanoTime();
            runner.solve(problem);
            local.add((System.nanoTime() - a) / 1e9);
            long b = System.nanoTime();
            sweep.run(spark, dir.resolve("round" + r).toString());
            onSpark.add((System.nanoTime() - b) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: local %.2f s, Spark %.2f s (load %s)%n", r, local.get(r),
                    onSpark.get(r), load());
        }
        Collections.sort(local);
        Collections.sort(onSpark);
        System.out.printf(Locale.ROOT, "local %d threads: best %.2f s, median %.2f s%n", cores, local.get(0), local.get(rounds / 2));
        System.out.printf(Locale.ROOT, "Spark local[%d]:  best %.2f s, median %.2f s%n", cores, onSpark.get(0), onSpark.get(rounds / 2));
        System.out.printf(Locale.ROOT, "Spark / local: best %.2f, median %.2f; load %s%n", onSpark.get(0) / local.get(0),
                onSpark.get(rounds / 2) / local.get(rounds / 2), load());
        spark.stop();
    }

    private static String load() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
