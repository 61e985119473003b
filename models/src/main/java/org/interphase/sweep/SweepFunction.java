package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.interphase.core.Checks;

/**
 * The pure function a sweep evaluates at each point: parameters in, named numbers out. It must be
 * thread-safe and deterministic — the same point gives the same bits on every thread, machine and run
 * (use {@link DesignPoint#seed()} for anything random) — because a sweep may run it on many threads or,
 * through {@code interphase-spark}, on many machines. {@link SweepFunctions} wraps the library's models.
 */
public interface SweepFunction {

    /** @return the outputs, in the order {@link #evaluate} returns them (at least one, distinct names) */
    ImmutableList<Output> outputs();

    /**
     * @param point the point
     * @return one value per output, in {@link #outputs()} order; a point that cannot be evaluated throws
     *     (the sweep records the message in that point's row and goes on)
     */
    double[] evaluate(DesignPoint point);

    /**
     * @param outputs the outputs, in the order the function returns them (at least one, distinct names)
     * @param function the evaluation (not null; thread-safe and deterministic)
     * @return the function as a sweep function
     * @throws IllegalArgumentException if an argument is null, the outputs are empty or names repeat
     */
    static SweepFunction of(List<Output> outputs, Function<DesignPoint, double[]> function) {
        Checks.nonNull(outputs, "outputs");
        Checks.nonNull(function, "function");
        ImmutableList<Output> list = ImmutableList.copyOf(outputs);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("outputs must not be empty");
        }
        if (list.stream().map(Output::name).distinct().count() != list.size()) {
            throw new IllegalArgumentException("output names must be distinct, were " + list);
        }
        return new SweepFunction() {
            @Override
            public ImmutableList<Output> outputs() {
                return list;
            }

            @Override
            public double[] evaluate(DesignPoint point) {
                return function.apply(point);
            }

            @Override
            public String toString() {
                return "SweepFunction" + list;
            }
        };
    }
}
