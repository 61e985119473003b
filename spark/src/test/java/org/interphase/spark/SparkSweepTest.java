package org.interphase.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.interphase.core.Units;
import org.interphase.materials.Materials;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.StackSolver;
import org.interphase.sweep.Design;
import org.interphase.sweep.Factor;
import org.interphase.sweep.Output;
import org.interphase.sweep.SweepFunction;
import org.interphase.sweep.SweepFunctions;
import org.interphase.sweep.SweepProblem;
import org.interphase.sweep.SweepResult;
import org.interphase.sweep.SweepRow;
import org.interphase.sweep.SweepRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine against the local one, on local[2] with up to 3 attempts per task. */
class SparkSweepTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2,3]").appName("interphase-spark-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** y = x² + sin(1000 x) over a Latin hypercube; points with x > 0.9 throw. */
    public static final class Quadratic implements Supplier<SweepProblem> {
        @Override
        public SweepProblem get() {
            return SweepProblem.of("quadratic", Design.latinHypercube(600, 11, Factor.range("x", "m", 0, 1)),
                    SweepFunction.of(ImmutableList.of(new Output("y", "m²")), p -> {
                        double x = p.number("x");
                        if (x > 0.9) {
                            throw new IllegalStateException("x too large: " + x);
                        }
                        return new double[] {x * x + Math.sin(1e3 * x)};
                    }));
        }
    }

    /** A small coating screen: two electrolytes × three LiNbO3 thicknesses, each a full stack solve. */
    public static final class Coatings implements Supplier<SweepProblem> {
        @Override
        public SweepProblem get() {
            StackSolver solver = StackSolver.withDefaults();
            return SweepProblem.of("coatings", Design.grid(Factor.levels("electrolyte", "LLZO", "LI3PS4"),
                    Factor.values("thickness", "m", 2e-9, 5e-9, 10e-9)), SweepFunctions.stacks(p -> InterfaceStack
                            .between(Materials.LICOO2, "LLZO".equals(p.level("electrolyte")) ? Materials.LLZO : Materials.LI3PS4)
                            .coating(Materials.LINBO3, p.number("thickness"))
                            .chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).build(), solver));
        }
    }

    private static void assertSameRows(List<Row> spark, SweepResult local) {
        assertThat(spark).hasSize(local.rows().size());
        int outputs = local.problem().outputs().size();
        int factors = local.problem().design().factors().size();
        for (Row r : spark) {
            SweepRow row = local.rows().get((int) r.getLong(0));
            assertThat(r.isNullAt(1 + factors + outputs)).isEqualTo(!row.failed());
            for (int k = 0; k < outputs; k++) {
                if (row.failed()) {
                    assertThat(r.isNullAt(1 + factors + k)).isTrue();
                } else {
                    assertThat(Double.doubleToRawLongBits(r.getDouble(1 + factors + k)))
                            .isEqualTo(Double.doubleToRawLongBits(row.output(k).getAsDouble()));
                }
            }
        }
    }

    @Test
    void sparkGivesTheLocalRunnersBitsAndRecordsFailingPoints(@TempDir Path dir) {
        String out = dir.resolve("quadratic").toString();
        SparkSweepReport report = SparkSweep.of(Quadratic.class).withPartitions(3).run(spark, out);
        assertThat(report.computed()).isEqualTo(600);
        SweepResult local = SweepRunner.withDefaults().solve(new Quadratic().get());
        List<Row> rows = SparkSweep.read(spark, out).collectAsList();
        assertSameRows(rows, local);
        long failed = rows.stream().filter(r -> !r.isNullAt(3)).count();
        assertThat(failed).isEqualTo(local.failures()).isGreaterThan(0);
        assertThat(rows.stream().filter(r -> !r.isNullAt(3)).findFirst().orElseThrow().getString(3))
                .startsWith("IllegalStateException: x too large");
        assertThat(rows.get(0).getLong(4)).isEqualTo(11L);
        assertThat(rows.get(0).getString(5)).isEqualTo(SweepRunner.libraryVersion());
    }

    @Test
    void aStackScreenOnSparkEqualsTheLocalOneAndUnitsReadBackFromParquet(@TempDir Path dir) {
        String out = dir.resolve("coatings").toString();
        SparkSweep.of(Coatings.class).withPartitions(2).run(spark, out);
        assertSameRows(SparkSweep.read(spark, out).collectAsList(), SweepRunner.withDefaults().solve(new Coatings().get()));
        StructField thickness = spark.read().parquet(out).schema().apply("thickness");
        StructField total = spark.read().parquet(out).schema().apply("total_asr");
        assertThat(thickness.metadata().getString("unit")).isEqualTo("m");
        assertThat(total.metadata().getString("unit")).isEqualTo("Ω·m²");
        assertThat(total.metadata().getString("role")).isEqualTo("output");
        SparkSweep.writeCsv(spark, out, dir.resolve("csv").toString());
        assertThat(dir.resolve("csv").toFile().list((d, n) -> n.endsWith(".csv"))).hasSize(1);
    }

    /** The first attempt of partition 1 dies (an Error, as when an executor is lost) at its first point. */
    public static final class KilledOnce implements Supplier<SweepProblem> {
        @Override
        public SweepProblem get() {
            return SweepProblem.of("killed-once", Design.grid(Factor.values("x", "1", range(200))),
                    SweepFunction.of(ImmutableList.of(new Output("y", "1")), p -> {
                        TaskContext t = TaskContext.get();
                        if (t != null && t.partitionId() == 1 && t.attemptNumber() == 0) {
                            throw new Error("task killed mid-partition (test)");
                        }
                        return new double[] {2 * p.number("x")};
                    }));
        }
    }

    static double[] range(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return v;
    }

    @Test
    void aTaskKilledMidPartitionIsRetriedAndEveryPointIsWrittenOnce(@TempDir Path dir) {
        String out = dir.resolve("killed").toString();
        SparkSweep.of(KilledOnce.class).withPartitions(4).run(spark, out);
        List<Row> rows = SparkSweep.read(spark, out).collectAsList();
        assertThat(rows).hasSize(200);
        Set<Long> ids = new HashSet<>();
        for (Row r : rows) {
            assertThat(ids.add(r.getLong(0))).isTrue();
            assertThat(r.getDouble(2)).isEqualTo(2 * r.getDouble(1));
        }
    }

    static volatile boolean interrupt;
    static final AtomicLong EVALUATIONS = new AtomicLong();

    /** Counts its evaluations; while {@code interrupt} is set, every point from id 250 on kills its task. */
    public static final class Interruptible implements Supplier<SweepProblem> {
        @Override
        public SweepProblem get() {
            return SweepProblem.of("interruptible", Design.grid(Factor.values("x", "1", range(500))),
                    SweepFunction.of(ImmutableList.of(new Output("y", "1")), p -> {
                        if (interrupt && p.id() >= 250) {
                            throw new Error("the job is interrupted (test)");
                        }
                        EVALUATIONS.incrementAndGet();
                        return new double[] {p.number("x") + 1};
                    }));
        }
    }

    @Test
    void aRerunAfterAnInterruptedJobComputesOnlyTheMissingPoints(@TempDir Path dir) throws Exception {
        String out = dir.resolve("resume").toString();
        SparkSweep sweep = SparkSweep.of(Interruptible.class).withBatchSize(100).withPartitions(2);
        interrupt = true;
        assertThatThrownBy(() -> sweep.run(spark, out)).isInstanceOf(Exception.class);
        interrupt = false;
        // batches 0 and 1 (ids 0–199) committed; batch 2 failed and wrote nothing
        assertThat(SparkSweep.read(spark, out).count()).isEqualTo(200);
        EVALUATIONS.set(0);
        SparkSweepReport report = sweep.run(spark, out);
        assertThat(report.alreadyDone()).isEqualTo(200);
        assertThat(report.computed()).isEqualTo(300);
        assertThat(EVALUATIONS.get()).isEqualTo(300);
        List<Row> rows = SparkSweep.read(spark, out).collectAsList();
        assertThat(rows).hasSize(500);
        assertThat(rows.stream().map(r -> r.getLong(0)).distinct().count()).isEqualTo(500);
        // a third run has nothing to do
        EVALUATIONS.set(0);
        assertThat(sweep.run(spark, out).computed()).isZero();
        assertThat(EVALUATIONS.get()).isZero();
        assertThat(Files.exists(Path.of(out))).isTrue();
    }

    @Test
    void aDefinitionThatCannotBeBuiltIsRefusedOnTheDriver() {
        assertThatThrownBy(() -> SparkSweep.of(NoConstructor.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("public no-argument constructor");
    }

    /** Not instantiable by name. */
    public static final class NoConstructor implements Supplier<SweepProblem> {
        NoConstructor(int unused) {
        }

        @Override
        public SweepProblem get() {
            return null;
        }
    }
}
