package org.interphase.sweep;

import com.google.common.primitives.ImmutableDoubleArray;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One point's result: its inputs, and either its outputs or the error that stopped its evaluation.
 * Immutable and thread-safe.
 */
public final class SweepRow {

    private final DesignPoint point;
    private final double[] outputs;
    private final String error;

    SweepRow(DesignPoint point, double[] outputs, String error) {
        this.point = point;
        this.outputs = outputs;
        this.error = error;
    }

    /** @return the point's id */
    public long id() {
        return point.id();
    }

    /** @return the point (its inputs) */
    public DesignPoint point() {
        return point;
    }

    /** @return true if the evaluation failed (then {@link #error()} says why and there are no outputs) */
    public boolean failed() {
        return error != null;
    }

    /** @return the error's message; empty for a point that was evaluated */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** @return the outputs in the problem's output order (empty for a failed point) */
    public ImmutableDoubleArray outputs() {
        return outputs == null ? ImmutableDoubleArray.of() : ImmutableDoubleArray.copyOf(outputs);
    }

    /**
     * @param index an output's index in the problem's output order
     * @return its value; empty for a failed point
     * @throws IllegalArgumentException if the index is out of range
     */
    public OptionalDouble output(int index) {
        if (outputs == null) {
            return OptionalDouble.empty();
        }
        if (index < 0 || index >= outputs.length) {
            throw new IllegalArgumentException("output index must be in [0, " + (outputs.length - 1) + "], was " + index);
        }
        return OptionalDouble.of(outputs[index]);
    }

    @Override
    public String toString() {
        return point + (error != null ? " failed: " + error : " → " + ImmutableDoubleArray.copyOf(outputs));
    }
}
