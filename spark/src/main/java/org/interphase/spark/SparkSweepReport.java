package org.interphase.spark;

import java.util.Locale;
import org.interphase.sweep.SweepProblem;

/**
 * What a {@link SparkSweep} run did: how many points the sweep has, how many were already in the output,
 * how many it evaluated now, in how many batches. The rows themselves are in the output
 * ({@link SparkSweep#read}).
 *
 * @param problem the sweep
 * @param output the Parquet dataset's directory
 * @param points the number of points of the sweep
 * @param alreadyDone the points found in the output before the run (skipped)
 * @param computed the points evaluated by this run
 * @param batches the number of batches (Spark jobs) this run committed
 */
public record SparkSweepReport(SweepProblem problem, String output, long points, long alreadyDone, long computed,
        int batches) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SparkSweep %s → %s: %d points, %d already done, %d computed in %d batches",
                problem.name(), output, points, alreadyDone, computed, batches);
    }
}
