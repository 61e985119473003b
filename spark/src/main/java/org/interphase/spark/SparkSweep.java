package org.interphase.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.interphase.core.Checks;
import org.interphase.sweep.Factor;
import org.interphase.sweep.Output;
import org.interphase.sweep.SweepProblem;
import org.interphase.sweep.SweepRow;

/**
 * A library sweep ({@link SweepProblem}) run as an Apache Spark job: the point ids are partitioned, each
 * partition is evaluated in an executor by {@link SweepProblem#evaluate(long)} — the same code as the local
 * {@link org.interphase.sweep.SweepRunner}, hence the same bits — and the rows are appended to a Parquet
 * dataset keyed by {@code point_id}.
 *
 * <p><b>The problem travels by name.</b> Executors build the sweep from a class that implements
 * {@code Supplier<SweepProblem>} and has a public no-argument constructor (built once per executor JVM
 * and cached); nothing of the problem is serialized, so any model and any lambda may be used inside it,
 * and the jar that holds the class is all a cluster needs.
 *
 * <p><b>Resume.</b> The ids are processed in batches of {@link #withBatchSize(long) batchSize}; each batch
 * is one Spark job whose output is committed atomically (Spark's file commit protocol: a task that failed
 * and was retried writes its rows once). A run first reads the ids already in the output and evaluates only
 * the missing ones, so a rerun after an interrupted job computes only the batches that had not committed.
 *
 * <p><b>Failures.</b> A point whose evaluation throws gets a row with its {@code error} message; an
 * {@link Error} (a killed or crashed task) fails the task, which Spark retries (in local mode give retries
 * in the master string, {@code local[2,4]}).
 *
 * <p>Columns: {@code point_id} (long), one per factor (double, or string for levels), one per output
 * (double, null for a failed point), {@code error} (string, null when evaluated), {@code seed} (long,
 * null for grids and lists) and {@code library_version}; each factor's and output's unit is in the
 * column's metadata under {@code "unit"}. Immutable and thread-safe.
 */
public final class SparkSweep {

    private static final Map<String, SweepProblem> PROBLEMS = new ConcurrentHashMap<>();

    private final String definition;
    private final int partitions;
    private final long batchSize;

    private SparkSweep(String definition, int partitions, long batchSize) {
        this.definition = definition;
        this.partitions = partitions;
        this.batchSize = batchSize;
    }

    /**
     * @param definition a class implementing {@code Supplier<SweepProblem>} with a public no-argument
     *     constructor, on the class path of the driver and the executors (not null)
     * @return a Spark sweep of that definition, partitions = Spark's default parallelism, batches of 10⁶ points
     * @throws IllegalArgumentException if the class is null, cannot be instantiated or supplies null
     */
    public static SparkSweep of(Class<? extends Supplier<SweepProblem>> definition) {
        Checks.nonNull(definition, "definition");
        problem(definition.getName());
        return new SparkSweep(definition.getName(), 0, 1_000_000);
    }

    /**
     * @param partitions the number of Spark partitions per batch (1 … 100000; 0 = four per core of Spark's
     *     default parallelism, so that a core that drew cheap points takes another part instead of idling
     *     while the last part runs — Spark's tuning guide recommends 2–3 tasks per core; never more than the
     *     batch's points)
     * @return this sweep with that many partitions
     * @throws IllegalArgumentException if out of range
     */
    public SparkSweep withPartitions(int partitions) {
        return new SparkSweep(definition, Checks.inClosedRange(partitions, 0, 100_000, "partitions"), batchSize);
    }

    /**
     * @param batchSize the number of consecutive point ids committed together (≥ 1): the most a rerun
     *     recomputes after an interruption
     * @return this sweep with that batch size
     * @throws IllegalArgumentException if below 1
     */
    public SparkSweep withBatchSize(long batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
        }
        return new SparkSweep(definition, partitions, batchSize);
    }

    /** @return the sweep this runs, as the driver builds it */
    public SweepProblem problem() {
        return problem(definition);
    }

    static SweepProblem problem(String definition) {
        return PROBLEMS.computeIfAbsent(definition, SparkSweep::build);
    }

    @SuppressWarnings("unchecked")
    private static SweepProblem build(String name) {
        Object made;
        try {
            made = Class.forName(name, true, Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : SparkSweep.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("definition " + name + " must be a public class with a public"
                    + " no-argument constructor on the class path: " + e, e);
        }
        if (!(made instanceof Supplier)) {
            throw new IllegalArgumentException("definition " + name + " must implement Supplier<SweepProblem>");
        }
        Object problem = ((Supplier<Object>) made).get();
        if (!(problem instanceof SweepProblem)) {
            throw new IllegalArgumentException("definition " + name + " must supply a SweepProblem, supplied " + problem);
        }
        return (SweepProblem) problem;
    }

    /**
     * @param problem a sweep
     * @return the schema of its result table, units in the columns' metadata
     * @throws IllegalArgumentException if the problem is null
     */
    public static StructType schema(SweepProblem problem) {
        Checks.nonNull(problem, "problem");
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("point_id", DataTypes.LongType, false));
        for (Factor f : problem.design().factors()) {
            fields.add(DataTypes.createStructField(f.name(), f.isLevels() ? DataTypes.StringType : DataTypes.DoubleType,
                    false, unit(f.isLevels() ? "" : f.unit(), "factor")));
        }
        for (Output o : problem.outputs()) {
            fields.add(DataTypes.createStructField(o.name(), DataTypes.DoubleType, true, unit(o.unit(), "output")));
        }
        fields.add(DataTypes.createStructField("error", DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("seed", DataTypes.LongType, true));
        fields.add(DataTypes.createStructField("library_version", DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    private static Metadata unit(String unit, String role) {
        return new MetadataBuilder().putString("unit", unit).putString("role", role).build();
    }

    /**
     * Runs the sweep: evaluates every point whose id is not yet in {@code output} and appends the rows.
     *
     * @param spark the session (local or a cluster; not null)
     * @param output the Parquet dataset's directory, any Hadoop file system URI (not blank)
     * @return what was done
     * @throws IllegalArgumentException if an argument is null or blank, or the output holds another sweep's
     *     columns
     */
    public SparkSweepReport run(SparkSession spark, String output) {
        Checks.nonNull(spark, "spark");
        Checks.nonBlank(output, "output");
        SweepProblem problem = problem();
        StructType schema = schema(problem);
        long size = problem.design().size();
        Map<Long, Long> donePerBatch = new HashMap<>();
        Dataset<Row> existing = null;
        long already = 0;
        if (exists(spark, output)) {
            Dataset<Row> previous = spark.read().parquet(output);
            if (!List.of(previous.schema().fieldNames()).equals(List.of(schema.fieldNames()))) {
                throw new IllegalArgumentException("output " + output + " holds columns "
                        + List.of(previous.schema().fieldNames()) + ", not this sweep's " + List.of(schema.fieldNames()));
            }
            existing = previous.select("point_id").distinct().cache();
            for (Row r : existing.groupBy(functions.floor(functions.col("point_id").divide(batchSize)).as("batch"))
                    .count().collectAsList()) {
                donePerBatch.put(r.getLong(0), r.getLong(1));
                already += r.getLong(1);
            }
        }
        long computed = 0;
        int batches = 0;
        for (long from = 0; from < size; from += batchSize) {
            long to = Math.min(size, from + batchSize);
            long done = donePerBatch.getOrDefault(from / batchSize, 0L);
            if (done >= to - from) {
                continue;
            }
            int parts = (int) Math.min(to - from,
                    partitions > 0 ? partitions : 4L * spark.sparkContext().defaultParallelism());
            Dataset<Row> ids = spark.range(from, to, 1, parts).toDF("point_id");
            if (done > 0) {
                ids = ids.join(existing, ids.col("point_id").equalTo(existing.col("point_id")), "left_anti")
                        .repartition(parts);
            }
            Dataset<Row> rows = withUnits(ids.mapPartitions(new Evaluate(definition), Encoders.row(schema)), schema);
            rows.write().mode(SaveMode.Append).parquet(output);
            computed += to - from - done;
            batches++;
        }
        if (existing != null) {
            existing.unpersist();
        }
        return new SparkSweepReport(problem, output, size, already, computed, batches);
    }

    /** The row encoder drops the fields' metadata; put the units back on the columns. */
    private static Dataset<Row> withUnits(Dataset<Row> rows, StructType schema) {
        Column[] columns = new Column[schema.fields().length];
        for (int i = 0; i < columns.length; i++) {
            StructField f = schema.fields()[i];
            columns[i] = functions.col(f.name()).as(f.name(), f.metadata());
        }
        return rows.select(columns);
    }

    private static boolean exists(SparkSession spark, String output) {
        try {
            Path path = new Path(output);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("output " + output + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param spark the session (not null)
     * @param output a directory written by {@link #run} (not blank)
     * @return its rows, ordered by point id
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public static Dataset<Row> read(SparkSession spark, String output) {
        Checks.nonNull(spark, "spark");
        Checks.nonBlank(output, "output");
        return spark.read().parquet(output).orderBy("point_id");
    }

    /**
     * Writes a run's rows as CSV files (header, ordered by point id, one file) beside the Parquet dataset.
     *
     * @param spark the session (not null)
     * @param output a directory written by {@link #run} (not blank)
     * @param csv the CSV output directory (not blank; replaced if it exists)
     * @throws IllegalArgumentException if an argument is null or blank
     */
    public static void writeCsv(SparkSession spark, String output, String csv) {
        Checks.nonBlank(csv, "csv");
        read(spark, output).coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true").csv(csv);
    }

    /** Evaluates one partition of point ids in an executor. */
    static final class Evaluate implements MapPartitionsFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final String definition;

        Evaluate(String definition) {
            this.definition = definition;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> ids) {
            SweepProblem problem = problem(definition);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return ids.hasNext();
                }

                @Override
                public Row next() {
                    return toRow(problem, problem.evaluate(ids.next().getLong(0)));
                }
            };
        }
    }

    static Row toRow(SweepProblem problem, SweepRow row) {
        List<Factor> factors = problem.design().factors();
        int outputs = problem.outputs().size();
        Object[] cells = new Object[1 + factors.size() + outputs + 3];
        int c = 0;
        cells[c++] = row.id();
        for (Factor f : factors) {
            cells[c++] = f.isLevels() ? row.point().level(f.name()) : (Object) row.point().number(f.name());
        }
        for (int k = 0; k < outputs; k++) {
            cells[c++] = row.failed() ? null : (Object) row.output(k).getAsDouble();
        }
        cells[c++] = row.error().orElse(null);
        cells[c++] = problem.design().seed().isPresent() ? (Object) problem.design().seed().getAsLong() : null;
        cells[c] = org.interphase.sweep.SweepRunner.libraryVersion();
        return RowFactory.create(cells);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SparkSweep[%s, %s partitions, batches of %d]", definition,
                partitions == 0 ? "default" : Integer.toString(partitions), batchSize);
    }
}
