package org.interphase.uncertainty;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.interphase.core.Checks;

/**
 * One draw of every input of an {@link UncertaintyProblem}: what the model function receives.
 * Immutable.
 */
public final class Sample {

    private final int index;
    private final ImmutableList<String> names;
    private final double[] values;

    Sample(int index, ImmutableList<String> names, double[] values) {
        this.index = index;
        this.names = names;
        this.values = values;
    }

    /**
     * A sample built by hand, e.g. to try a model function on one point before propagating.
     *
     * @param index the sample's index (&ge; 0)
     * @param names the inputs' names (not null, no null or blank, distinct)
     * @param values their values, in the inputs' units (same length as the names, finite)
     * @return the sample
     * @throws NullPointerException if the names or a name is null
     * @throws IllegalArgumentException if the index is negative, the values null or not finite, a
     *     name blank or repeated, or the lengths differ
     */
    public static Sample of(int index, List<String> names, double[] values) {
        Checks.atLeast(index, 0, "sample index");
        Checks.nonNull(names, "input names");
        Checks.allFinite(values, "input values", "input units");
        if (names.size() != values.length) {
            throw new IllegalArgumentException("input names and values must have the same length, were " + names.size()
                    + " and " + values.length);
        }
        if (new java.util.HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("input names must be distinct, were " + names);
        }
        for (String n : names) {
            Checks.nonBlank(n, "input name");
        }
        return new Sample(index, ImmutableList.copyOf(names), values.clone());
    }

    /** @return the index of the sample, 0 … n − 1 (results are kept in this order) */
    public int index() {
        return index;
    }

    /**
     * @param name an input's name (one of the problem's)
     * @return its value in this sample, in the input's unit
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if no input has that name
     */
    public double value(String name) {
        Checks.nonNull(name, "input name");
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("input name must be one of " + names + ", was '" + name + "'");
        }
        return values[i];
    }

    /**
     * @param input the position of an input in the problem's list (in [0, number of inputs − 1])
     * @return its value in this sample, in the input's unit
     * @throws IllegalArgumentException if the position is out of range
     */
    public double value(int input) {
        return values[Checks.index(input, values.length, "input position")];
    }

    /** @return the inputs' names, in the problem's order */
    public ImmutableList<String> names() {
        return names;
    }

    /** @return e.g. {@code "Sample 3 [x = 1.2, y = 0.4]"} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Sample ").append(index).append(" [");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(org.interphase.core.Display.number(values[i], 4));
        }
        return sb.append(']').toString();
    }

    double[] valuesView() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s && s.index == index && s.names.equals(names) && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * index + Arrays.hashCode(values);
    }
}
