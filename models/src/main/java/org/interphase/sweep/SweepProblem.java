package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.interphase.core.Checks;

/**
 * A sweep: a {@link Design} of points and the {@link SweepFunction} evaluated at each. Its one numerical
 * step, {@link #evaluate(long)}, is the same code whichever engine runs the sweep — the local
 * {@link SweepRunner} or {@code interphase-spark} — which is why both give the same bits for a point.
 * Immutable and thread-safe (given a thread-safe function).
 */
public final class SweepProblem {

    /** Column names every result table has besides the factors and outputs. */
    public static final ImmutableList<String> RESERVED_COLUMNS = ImmutableList.of("point_id", "error", "seed",
            "library_version");

    private final String name;
    private final Design design;
    private final SweepFunction function;

    private SweepProblem(String name, Design design, SweepFunction function) {
        this.name = name;
        this.design = design;
        this.function = function;
    }

    /**
     * @param name the sweep's name, e.g. {@code "coating-screen"} (not blank)
     * @param design the points (not null)
     * @param function the evaluation (not null; its outputs' names differ from the factors' names and from
     *     {@link #RESERVED_COLUMNS})
     * @return the sweep
     * @throws IllegalArgumentException if an argument is null or blank, or column names clash
     */
    public static SweepProblem of(String name, Design design, SweepFunction function) {
        Checks.nonBlank(name, "name");
        Checks.nonNull(design, "design");
        Checks.nonNull(function, "function");
        ImmutableList<Output> outputs = Checks.nonNull(function.outputs(), "function.outputs()");
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("the function must have at least one output");
        }
        Set<String> columns = new HashSet<>(RESERVED_COLUMNS);
        for (Factor f : design.factors()) {
            if (!columns.add(f.name())) {
                throw new IllegalArgumentException("factor name '" + f.name() + "' is reserved for a result column "
                        + RESERVED_COLUMNS);
            }
        }
        for (Output o : outputs) {
            if (!columns.add(o.name())) {
                throw new IllegalArgumentException("output name '" + o.name() + "' clashes with a factor or a reserved"
                        + " column " + RESERVED_COLUMNS);
            }
        }
        return new SweepProblem(name, design, function);
    }

    /** @return the sweep's name */
    public String name() {
        return name;
    }

    /** @return the points */
    public Design design() {
        return design;
    }

    /** @return the evaluation */
    public SweepFunction function() {
        return function;
    }

    /** @return the outputs of the evaluation */
    public ImmutableList<Output> outputs() {
        return function.outputs();
    }

    /**
     * Evaluates one point. A point whose evaluation throws a {@link RuntimeException}, returns null, the
     * wrong number of values or a non-finite value gets a row with the error's message and no outputs; an
     * {@link Error} (out of memory, a killed task) propagates, because it is not the point's. This is the
     * one per-point code path of every engine; {@link SweepRunner#withPointFailures} narrows which
     * exceptions are a point's own failure.
     *
     * @param id the point's id, 0 … design size − 1
     * @return the point's row
     * @throws IllegalArgumentException if the id is out of range
     */
    public SweepRow evaluate(long id) {
        return evaluate(id, SweepRunner.EVERY_EXCEPTION);
    }

    /**
     * {@link #evaluate(long)} where only an exception of one of the given types is the point's own
     * failure (an error row); any other exception propagates unchanged.
     *
     * @param id the point's id, 0 … design size − 1
     * @param pointFailures the exception types that make an error row (not empty)
     * @return the point's row
     */
    SweepRow evaluate(long id, List<Class<? extends RuntimeException>> pointFailures) {
        DesignPoint point = design.point(id);
        double[] values;
        try {
            values = function.evaluate(point);
        } catch (RuntimeException e) {
            if (!isPointFailure(e, pointFailures)) {
                throw e;
            }
            String message = e.getMessage() == null ? "" : ": " + e.getMessage();
            return new SweepRow(point, null, e.getClass().getSimpleName() + message);
        }
        ImmutableList<Output> outputs = outputs();
        if (values == null || values.length != outputs.size()) {
            return new SweepRow(point, null, "the evaluation returned " + (values == null ? "null" : values.length
                    + " values") + ", expected " + outputs.size() + " " + outputs);
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k])) {
                return new SweepRow(point, null, "output '" + outputs.get(k).name() + "' was " + values[k]);
            }
        }
        return new SweepRow(point, values.clone(), null);
    }

    private static boolean isPointFailure(RuntimeException e, List<Class<? extends RuntimeException>> pointFailures) {
        for (Class<? extends RuntimeException> c : pointFailures) {
            if (c.isInstance(e)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SweepProblem[" + name + ", " + design + ", outputs " + outputs() + "]";
    }
}
