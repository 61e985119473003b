package org.interphase.spark.examples;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.stddev_samp;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.interphase.spark.SparkSweep;

/**
 * What the examples' results say, computed by Spark from their Parquet output (so it works the same on a
 * cluster's output):
 *
 * <pre>
 *   java ... org.interphase.spark.examples.Summaries coating &lt;output dir&gt; [--master local[*]]
 *   java ... org.interphase.spark.examples.Summaries contact &lt;output dir&gt; [--master local[*]]
 * </pre>
 *
 * {@code coating}: for every cathode | electrolyte pair and every (R₀, λ) of {@link CoatingScreen}, the
 * stack with the lowest total; how often each coating wins, the winners' thicknesses, and the winner of a
 * few pairs. {@code contact}: per pressure of {@link ContactEnsemble}, the number of surfaces, A/A₀ and κ
 * (mean, sample standard deviation, 5th and 95th percentiles, min, max), and κ over the whole ensemble.
 * It prints: it is a command, not library code.
 */
public final class Summaries {

    private Summaries() {
    }

    /**
     * @param args {@code coating|contact <output dir> [--master M]}
     */
    public static void main(String[] args) {
        if (args.length < 2 || !List.of("coating", "contact").contains(args[0])) {
            System.err.println("usage: Summaries coating|contact <output dir> [--master local[*]]");
            System.exit(1);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("interphase-summary " + args[0]);
        b = b.master(args.length >= 4 && args[2].equals("--master") ? args[3] : "local[*]");
        SparkSession spark = b.getOrCreate();
        try {
            Dataset<Row> rows = SparkSweep.read(spark, args[1]);
            if (args[0].equals("coating")) {
                coating(rows, System.out);
            } else {
                contact(rows, System.out);
            }
        } finally {
            spark.stop();
        }
    }

    static void coating(Dataset<Row> rows, PrintStream out) {
        long all = rows.count();
        Dataset<Row> ok = rows.filter(col("error").isNull()).cache();
        out.printf(Locale.ROOT, "%d points, %d evaluated, %d error rows%n", all, ok.count(), all - ok.count());
        WindowSpec perCase = Window.partitionBy("cathode", "electrolyte", "reaction_asr", "decay_length")
                .orderBy(col("total_asr").asc(), col("point_id").asc());
        Dataset<Row> best = ok.withColumn("rank", row_number().over(perCase)).filter(col("rank").equalTo(1))
                .withColumn("R0_ohm_cm2", expr("round(reaction_asr * 1e4)"))
                .withColumn("lambda_nm", expr("round(decay_length * 1e9)"))
                .withColumn("L_nm", expr("round(thickness * 1e9)"))
                .withColumn("total_ohm_cm2", expr("round(total_asr * 1e4, 1)")).cache();
        out.println("Winners per (R0, λ): how many of the cathode | electrolyte pairs each coating and thickness wins");
        print(best.groupBy("R0_ohm_cm2", "lambda_nm", "coating", "L_nm").agg(count("*").as("pairs"),
                min("total_ohm_cm2").as("min_total_ohm_cm2"), max("total_ohm_cm2").as("max_total_ohm_cm2"))
                .orderBy(col("R0_ohm_cm2"), col("lambda_nm"), col("pairs").desc(), col("coating")), out);
        out.println("Every coating at its best thickness, for NMC811 | Li6PS5Cl (with the catalog's data no term of the"
                + " stack depends on the pair, so every pair ranks the coatings alike; the uncoated total is R0 + 10 Ω·cm²; coatings the catalog cannot evaluate are listed below)");
        WindowSpec perCoating = Window.partitionBy("reaction_asr", "decay_length", "coating")
                .orderBy(col("total_asr").asc(), col("point_id").asc());
        print(ok.filter(col("cathode").equalTo("NMC811").and(col("electrolyte").equalTo("Li6PS5Cl"))
                        .and(col("thickness").gt(0)))
                .withColumn("rank", row_number().over(perCoating)).filter(col("rank").equalTo(1))
                .select(expr("round(reaction_asr * 1e4)").as("R0_ohm_cm2"), expr("round(decay_length * 1e9)").as("lambda_nm"),
                        col("coating"), expr("round(thickness * 1e9)").as("best_L_nm"),
                        expr("round(total_asr * 1e4, 2)").as("total_ohm_cm2"))
                .orderBy(col("R0_ohm_cm2"), col("lambda_nm"), col("total_ohm_cm2"), col("coating")), out);
        out.println("Coatings with error rows (every coated point of theirs), with the first message");
        print(rows.filter(col("error").isNotNull()).groupBy("coating").agg(count("*").as("error_rows"),
                min("error").as("message")).orderBy("coating"), out);
        out.println("The winner of some pairs");
        print(best.filter(col("cathode").isin("NMC811", "LiCoO2").and(col("electrolyte").isin("Li6PS5Cl", "LLZO")))
                .select("cathode", "electrolyte", "R0_ohm_cm2", "lambda_nm", "coating", "L_nm", "total_ohm_cm2")
                .orderBy("cathode", "electrolyte", "R0_ohm_cm2", "lambda_nm"), out);
    }

    static void contact(Dataset<Row> rows, PrintStream out) {
        long all = rows.count();
        // κ = (A/A0)·E*·h'rms/p̄ (the solution's mean pressure, equal to the design's under load control)
        Dataset<Row> ok = rows.filter(col("error").isNull()).withColumn("p_MPa", expr("round(pressure / 1e6, 2)"))
                .withColumn("kappa", expr("contact_fraction * " + ContactEnsemble.MODULUS + " * rms_slope / mean_pressure"))
                .cache();
        out.printf(Locale.ROOT, "%d points, %d solved, %d error rows%n", all, ok.count(), all - ok.count());
        print(ok.groupBy("p_MPa").agg(count("*").as("surfaces"), avg("contact_fraction").as("mean_A_A0"),
                stddev_samp("contact_fraction").as("sd_A_A0"), avg("kappa").as("mean_kappa"),
                stddev_samp("kappa").as("sd_kappa"), expr("percentile(kappa, 0.05)").as("kappa_p5"),
                expr("percentile(kappa, 0.95)").as("kappa_p95"), min("kappa").as("min_kappa"),
                max("kappa").as("max_kappa"), avg("iterations").as("mean_iterations"))
                .orderBy("p_MPa"), out);
        print(ok.agg(count("*").as("solves"), avg("kappa").as("mean_kappa"), stddev_samp("kappa").as("sd_kappa"),
                avg("rms_slope").as("mean_rms_slope"), stddev_samp("rms_slope").as("sd_rms_slope")), out);
    }

    /** Prints a small result as a tab-separated table (numbers to 4 significant digits, Locale.ROOT). */
    private static void print(Dataset<Row> table, PrintStream out) {
        out.println(String.join("\t", table.columns()));
        for (Row r : table.collectAsList()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length(); i++) {
                Object v = r.get(i);
                line.append(i == 0 ? "" : "\t").append(v instanceof Double d ? String.format(Locale.ROOT, "%.4g", d)
                        : String.valueOf(v));
            }
            out.println(line);
        }
    }
}
