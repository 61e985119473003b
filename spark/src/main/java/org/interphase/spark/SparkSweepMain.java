package org.interphase.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import org.interphase.sweep.SweepProblem;

/**
 * The command line of {@link SparkSweep}, for {@code spark-submit} and for embedded local runs:
 *
 * <pre>
 *   java ... org.interphase.spark.SparkSweepMain &lt;definition class&gt; &lt;output dir&gt;
 *        [--master local[*]] [--partitions N] [--batch N] [--csv dir]
 * </pre>
 *
 * {@code --master} is used only when the session has none (spark-submit gives its own). Exit code 0 when
 * done, 1 on a usage error.
 */
public final class SparkSweepMain {

    private SparkSweepMain() {
    }

    /**
     * @param args the definition class, the output directory and options
     */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length < 2) {
            usage("a definition class and an output directory are required");
            return;
        }
        String master = null;
        int partitions = 0;
        long batch = 1_000_000;
        String csv = null;
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("option " + a + " needs a value");
                return;
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--master" -> master = v;
                    case "--partitions" -> partitions = Integer.parseInt(v);
                    case "--batch" -> batch = Long.parseLong(v);
                    case "--csv" -> csv = v;
                    default -> {
                        usage("unknown option " + a);
                        return;
                    }
                }
            } catch (NumberFormatException e) {
                usage(a + " needs a whole number, was '" + v + "'");
                return;
            }
        }
        Class<?> definition;
        try {
            definition = Class.forName(args[0]);
        } catch (ClassNotFoundException e) {
            usage("definition class " + args[0] + " is not on the class path");
            return;
        }
        if (!Supplier.class.isAssignableFrom(definition)) {
            usage("definition class " + args[0] + " must implement Supplier<SweepProblem>");
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("interphase-sweep " + definition.getSimpleName());
        if (master != null) {
            builder = builder.master(master);
        }
        long t0 = System.nanoTime();
        SparkSession spark = builder.getOrCreate();
        long t1 = System.nanoTime();
        try {
            SparkSweep sweep = SparkSweep.of((Class<? extends Supplier<SweepProblem>>) definition).withBatchSize(batch)
                    .withPartitions(partitions);
            SparkSweepReport report = sweep.run(spark, args[1]);
            long t2 = System.nanoTime();
            out.println(report);
            out.println(String.format(Locale.ROOT, "Spark start-up %.1f s, sweep %.1f s", (t1 - t0) / 1e9, (t2 - t1) / 1e9));
            if (csv != null) {
                SparkSweep.writeCsv(spark, args[1], csv);
                out.println("CSV written to " + csv);
            }
        } finally {
            spark.stop();
        }
    }

    private static void usage(String problem) {
        System.err.println("interphase-spark: " + problem);
        System.err.println("usage: SparkSweepMain <definition class> <output dir> [--master local[*]] [--partitions N]"
                + " [--batch N] [--csv dir]");
        System.exit(1);
    }
}
