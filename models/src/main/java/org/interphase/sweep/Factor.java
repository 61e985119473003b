package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * One named input of a sweep, with its unit: either numbers (a list of values for a grid or a list
 * design, or a range {@code [low, high]} that a Latin hypercube or a Sobol design samples, linearly or
 * in log) or named levels (e.g. a coating's name). Values are in SI, the unit is the one they are in
 * (e.g. {@code "m"}, {@code "K"}, {@code "Pa"}). Immutable and thread-safe.
 */
public final class Factor {

    /** What a factor holds. */
    public enum Kind {
        /** given numbers (grid and list designs) */
        VALUES,
        /** named levels, such as material names (grid and list designs) */
        LEVELS,
        /** a numeric range sampled linearly (Latin hypercube and Sobol designs) */
        RANGE,
        /** a positive numeric range sampled uniformly in its logarithm (Latin hypercube and Sobol designs) */
        LOG_RANGE
    }

    private final String name;
    private final String unit;
    private final Kind kind;
    private final ImmutableDoubleArray values;
    private final ImmutableList<String> levels;
    private final double low;
    private final double high;

    private Factor(String name, String unit, Kind kind, ImmutableDoubleArray values, ImmutableList<String> levels,
            double low, double high) {
        this.name = name;
        this.unit = unit;
        this.kind = kind;
        this.values = values;
        this.levels = levels;
        this.low = low;
        this.high = high;
    }

    /**
     * @param name the factor's name, used as its column name (not blank; letters, digits, '_' and '.')
     * @param unit the values' unit, e.g. {@code "m"} ({@code "1"} for a pure number; not null)
     * @param values the values, in {@code unit} (at least one, finite, no repeats)
     * @return a numeric factor for a grid or a list design
     * @throws IllegalArgumentException if an argument is null, blank, non-finite, empty or repeated
     */
    public static Factor values(String name, String unit, double... values) {
        checkName(name);
        Checks.nonNull(unit, "unit");
        Checks.allFinite(values, 1, "values", unit);
        Set<Double> seen = new HashSet<>();
        for (double v : values) {
            if (!seen.add(v == 0.0 ? 0.0 : v)) {
                throw new IllegalArgumentException("values of factor '" + name + "' must not repeat, "
                        + Display.quantity(v, unit) + " appears twice");
            }
        }
        return new Factor(name, unit, Kind.VALUES, ImmutableDoubleArray.copyOf(values), ImmutableList.of(), 0, 0);
    }

    /**
     * @param name the factor's name (not blank; letters, digits, '_' and '.')
     * @param levels the levels' names (at least one, none blank, no repeats)
     * @return a factor of named levels for a grid or a list design
     * @throws IllegalArgumentException if an argument is null, blank, empty or repeated
     */
    public static Factor levels(String name, String... levels) {
        checkName(name);
        Checks.nonNull(levels, "levels");
        if (levels.length == 0) {
            throw new IllegalArgumentException("levels of factor '" + name + "' must not be empty");
        }
        Set<String> seen = new HashSet<>();
        for (String level : levels) {
            Checks.nonBlank(level, "level");
            if (!seen.add(level)) {
                throw new IllegalArgumentException("levels of factor '" + name + "' must not repeat, '" + level
                        + "' appears twice");
            }
        }
        return new Factor(name, "", Kind.LEVELS, ImmutableDoubleArray.of(), ImmutableList.copyOf(levels), 0, 0);
    }

    /**
     * @param name the factor's name (not blank; letters, digits, '_' and '.')
     * @param unit the range's unit (not null)
     * @param low the lower end, in {@code unit} (finite)
     * @param high the upper end, in {@code unit} (finite, &gt; low)
     * @return a range that Latin-hypercube and Sobol designs sample uniformly
     * @throws IllegalArgumentException if an argument is null, blank or non-finite, or high &le; low
     */
    public static Factor range(String name, String unit, double low, double high) {
        checkName(name);
        Checks.nonNull(unit, "unit");
        Checks.finite(low, "low", unit);
        Checks.finite(high, "high", unit);
        if (!(high > low)) {
            throw new IllegalArgumentException("high must be > low; low = " + Display.number(low) + " " + unit
                    + ", high = " + Display.number(high) + " " + unit);
        }
        return new Factor(name, unit, Kind.RANGE, ImmutableDoubleArray.of(), ImmutableList.of(), low, high);
    }

    /**
     * @param name the factor's name (not blank; letters, digits, '_' and '.')
     * @param unit the range's unit (not null)
     * @param low the lower end, in {@code unit} (&gt; 0, finite)
     * @param high the upper end, in {@code unit} (finite, &gt; low)
     * @return a range that Latin-hypercube and Sobol designs sample uniformly in {@code ln x}
     * @throws IllegalArgumentException if an argument is null, blank or non-finite, low &le; 0 or high &le; low
     */
    public static Factor logRange(String name, String unit, double low, double high) {
        Checks.positive(low, "low", unit);
        Factor linear = range(name, unit, low, high);
        return new Factor(linear.name, unit, Kind.LOG_RANGE, ImmutableDoubleArray.of(), ImmutableList.of(), low, high);
    }

    private static void checkName(String name) {
        Checks.nonBlank(name, "name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("name must start with a letter or '_' and hold only letters, digits,"
                    + " '_' and '.', so that it can be a column name; was '" + name + "'");
        }
    }

    /** @return the factor's name */
    public String name() {
        return name;
    }

    /** @return the unit of the factor's values ({@code ""} for levels) */
    public String unit() {
        return unit;
    }

    /** @return what the factor holds */
    public Kind kind() {
        return kind;
    }

    /** @return true for levels (text values), false for numbers */
    public boolean isLevels() {
        return kind == Kind.LEVELS;
    }

    /** @return true for a range that a Latin hypercube or a Sobol design samples */
    public boolean isRange() {
        return kind == Kind.RANGE || kind == Kind.LOG_RANGE;
    }

    /** @return the number of values or levels (0 for a range) */
    public int size() {
        return kind == Kind.VALUES ? values.length() : levels.size();
    }

    /** @return the numeric values, in {@link #unit()} (empty unless {@link Kind#VALUES}) */
    public ImmutableDoubleArray values() {
        return values;
    }

    /** @return the levels (empty unless {@link Kind#LEVELS}) */
    public ImmutableList<String> levels() {
        return levels;
    }

    /** @return the range's lower end in {@link #unit()} (0 unless a range) */
    public double low() {
        return low;
    }

    /** @return the range's upper end in {@link #unit()} (0 unless a range) */
    public double high() {
        return high;
    }

    /**
     * Maps a uniform number on [0, 1) into the range (linear or in log).
     *
     * @param u the number, 0 &le; u &lt; 1
     * @return the value in {@link #unit()}
     */
    double fromUnit(double u) {
        if (kind == Kind.LOG_RANGE) {
            return Math.min(high, Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))));
        }
        return Math.min(high, low + u * (high - low));
    }

    @Override
    public String toString() {
        switch (kind) {
            case VALUES:
                return String.format(Locale.ROOT, "%s [%s]: %d values %s … %s", name, unit, values.length(),
                        Display.number(values.get(0)), Display.number(values.get(values.length() - 1)));
            case LEVELS:
                return name + ": " + levels.size() + " levels " + levels;
            default:
                return String.format(Locale.ROOT, "%s [%s]: %s %s … %s", name, unit,
                        kind == Kind.LOG_RANGE ? "log range" : "range", Display.number(low), Display.number(high));
        }
    }
}
