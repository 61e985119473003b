/**
 * Interphase sweeps on Apache Spark (optional artifact {@code interphase-spark}; Spark 4.1, Scala 2.13,
 * Java 17).
 *
 * <pre>
 *   class MyScreen implements Supplier&lt;SweepProblem&gt; { ... }          // built in every executor by name
 *   SparkSweepReport r = SparkSweep.of(MyScreen.class).run(spark, "out/screen.parquet");
 *   Dataset&lt;Row&gt; rows = SparkSweep.read(spark, "out/screen.parquet"); // point_id, factors, outputs, error, seed, version
 * </pre>
 *
 * <p>Each point is evaluated by {@link org.interphase.sweep.SweepProblem#evaluate(long)}, the code the
 * local {@link org.interphase.sweep.SweepRunner} runs, so both engines give the same bits. Embedded use
 * needs no installation ({@code SparkSession.builder().master("local[*]")}); on a cluster the same jar is
 * given to {@code spark-submit}. The JVM options Spark needs on Java 17 are listed in the module's README.
 */
package org.interphase.spark;
