package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.interphase.core.Checks;

/**
 * The result table of a sweep: one row per point, in id order, with the point's inputs, its outputs or
 * its error, the design's seed and the library version. Immutable and thread-safe.
 */
public final class SweepResult {

    private final SweepProblem problem;
    private final ImmutableList<SweepRow> rows;
    private final String libraryVersion;
    private final ImmutableList<String> warnings;

    SweepResult(SweepProblem problem, List<SweepRow> rows, String libraryVersion) {
        this.problem = problem;
        this.rows = ImmutableList.copyOf(rows);
        this.libraryVersion = libraryVersion;
        long failed = this.rows.stream().filter(SweepRow::failed).count();
        this.warnings = failed == 0 ? ImmutableList.of()
                : ImmutableList.of(String.format(Locale.ROOT, "%d of %d points failed; the first, point %d: %s",
                        failed, this.rows.size(), firstFailure().id(), firstFailure().error().orElseThrow()));
    }

    private SweepRow firstFailure() {
        return rows.stream().filter(SweepRow::failed).findFirst().orElseThrow();
    }

    /** @return the sweep that was run */
    public SweepProblem problem() {
        return problem;
    }

    /** @return one row per point, in id order */
    public ImmutableList<SweepRow> rows() {
        return rows;
    }

    /** @return the number of points whose evaluation failed */
    public long failures() {
        return rows.stream().filter(SweepRow::failed).count();
    }

    /** @return the design's seed (empty for grids and lists) */
    public OptionalLong seed() {
        return problem.design().seed();
    }

    /** @return the version of the library that computed the rows */
    public String libraryVersion() {
        return libraryVersion;
    }

    /** @return what the caller should know: failed points, with the first one's message */
    public ImmutableList<String> warnings() {
        return warnings;
    }

    /**
     * @param output an output's name
     * @return that output's values over the points that were evaluated, in id order
     * @throws IllegalArgumentException if no output has that name
     */
    public ImmutableDoubleArray column(String output) {
        int k = outputIndex(output);
        ImmutableDoubleArray.Builder b = ImmutableDoubleArray.builder();
        for (SweepRow row : rows) {
            row.output(k).ifPresent(b::add);
        }
        return b.build();
    }

    /**
     * @param output an output's name
     * @return its index in the problem's output order
     * @throws IllegalArgumentException if no output has that name
     */
    public int outputIndex(String output) {
        Checks.nonNull(output, "output");
        for (int k = 0; k < problem.outputs().size(); k++) {
            if (problem.outputs().get(k).name().equals(output)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no output named '" + output + "'; the outputs are " + problem.outputs());
    }

    /**
     * Writes the table as CSV (RFC 4180, UTF-8 text, '.' decimal point): a header of column names with
     * units in brackets — {@code point_id, <factor> [unit]…, <output> [unit]…, error, seed,
     * library_version} — then one line per row; numbers in Java's shortest round-trip form, so reading
     * them back gives the same bits.
     *
     * @param out where to write (not null)
     * @throws IllegalArgumentException if {@code out} is null
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Appendable out) {
        Checks.nonNull(out, "out");
        try {
            StringBuilder header = new StringBuilder("point_id");
            for (Factor f : problem.design().factors()) {
                header.append(',').append(quote(f.isLevels() ? f.name() : f.name() + " [" + f.unit() + "]"));
            }
            for (Output o : problem.outputs()) {
                header.append(',').append(quote(o.name() + " [" + o.unit() + "]"));
            }
            out.append(header).append(",error,seed,library_version\n");
            String seed = seed().isPresent() ? Long.toString(seed().getAsLong()) : "";
            int factors = problem.design().factors().size();
            for (SweepRow row : rows) {
                StringBuilder line = new StringBuilder().append(row.id());
                for (int f = 0; f < factors; f++) {
                    Factor fac = problem.design().factors().get(f);
                    double raw = row.point().raw(f);
                    line.append(',').append(fac.isLevels() ? quote(fac.levels().get((int) raw)) : Double.toString(raw));
                }
                for (int k = 0; k < problem.outputs().size(); k++) {
                    line.append(',');
                    if (!row.failed()) {
                        line.append(row.output(k).getAsDouble());
                    }
                }
                line.append(',').append(quote(row.error().orElse(""))).append(',').append(seed).append(',')
                        .append(quote(libraryVersion)).append('\n');
                out.append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep's CSV", e);
        }
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SweepResult[%s: %d rows, %d failed, version %s]", problem.name(),
                rows.size(), failures(), libraryVersion);
    }
}
