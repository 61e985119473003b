package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Display;
import org.interphase.core.Units;

/**
 * A current-limit map: on a grid of current density j (rows) × flaw size c or temperature T (columns,
 * {@link #columnAxis()}), which criteria allow cycling (true = safe by that criterion). Every cell has a
 * flaw size and a temperature: on a flaw-size map all columns share one temperature, on a temperature
 * map one flaw size. Criteria that could not be evaluated are absent. Built by {@link PlatingSolver}.
 */
public final class CurrentLimitMap {

    /** What the columns vary. */
    public enum Axis {
        /** Flaw size c, m, at one temperature. */
        FLAW_SIZE,
        /** Temperature T, K, at one flaw size. */
        TEMPERATURE
    }

    private final double[] currentDensities;
    private final double[] flawSizes;
    private final double[] temperatures;
    private final Axis axis;
    private final ImmutableMap<PlatingCriterion, boolean[][]> allowed;

    CurrentLimitMap(double[] currentDensities, double[] flawSizes, double[] temperatures, Axis axis,
            Map<PlatingCriterion, boolean[][]> allowed) {
        this.currentDensities = currentDensities.clone();
        this.flawSizes = flawSizes.clone();
        this.temperatures = temperatures.clone();
        this.axis = axis;
        EnumMap<PlatingCriterion, boolean[][]> copy = new EnumMap<>(PlatingCriterion.class);
        allowed.forEach((k, v) -> {
            boolean[][] c = new boolean[v.length][];
            for (int i = 0; i < v.length; i++) {
                c[i] = v[i].clone();
            }
            copy.put(k, c);
        });
        this.allowed = ImmutableMap.copyOf(copy);
    }

    /** @return the current densities of the rows, A/m² (a copy) */
    public double[] currentDensities() {
        return currentDensities.clone();
    }

    /** @return the flaw sizes of the columns, m (a copy; all equal on a temperature map) */
    public double[] flawSizes() {
        return flawSizes.clone();
    }

    /** @return the temperatures of the columns, K (a copy; all equal on a flaw-size map) */
    public double[] temperatures() {
        return temperatures.clone();
    }

    /** @return what the columns vary */
    public Axis columnAxis() {
        return axis;
    }

    /** @return the criteria on the map (those that could be evaluated) */
    public ImmutableList<PlatingCriterion> criteria() {
        return allowed.keySet().asList();
    }

    /**
     * @param criterion a criterion on the map (not null)
     * @param row index of the current density, in [0, rows)
     * @param column index of the column (flaw size or temperature), in [0, columns)
     * @return true if that criterion allows plating there
     * @throws IllegalArgumentException if the criterion is not on the map or an index is out of range
     */
    public boolean allows(PlatingCriterion criterion, int row, int column) {
        Objects.requireNonNull(criterion, "criterion must not be null");
        Checks.index(row, currentDensities.length, "row");
        Checks.index(column, flawSizes.length, "column");
        boolean[][] grid = allowed.get(criterion);
        if (grid == null) {
            throw new IllegalArgumentException("criterion " + criterion + " is not on this map (its material data are"
                    + " missing); the map has " + criteria());
        }
        return grid[row][column];
    }

    /**
     * @param row index of the current density
     * @param column index of the column (flaw size or temperature)
     * @return true if every criterion on the map allows plating there
     */
    public boolean safe(int row, int column) {
        Checks.index(row, currentDensities.length, "row");
        Checks.index(column, flawSizes.length, "column");
        for (boolean[][] g : allowed.values()) {
            if (!g[row][column]) {
                return false;
            }
        }
        return true;
    }

    /** @return the fraction of the map's cells where every criterion allows plating */
    public double safeFraction() {
        int n = 0;
        for (int i = 0; i < currentDensities.length; i++) {
            for (int j = 0; j < flawSizes.length; j++) {
                n += safe(i, j) ? 1 : 0;
            }
        }
        return (double) n / (currentDensities.length * flawSizes.length);
    }

    /**
     * The map as CSV: one line per cell, j (A/m²), c (m), T (K), then 1/0 per criterion and "safe".
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("current_density_A_per_m2,flaw_size_m,temperature_K");
        for (PlatingCriterion c : allowed.keySet()) {
            sb.append(',').append(c.name().toLowerCase(Locale.ROOT));
        }
        sb.append(",safe\n");
        for (int i = 0; i < currentDensities.length; i++) {
            for (int j = 0; j < flawSizes.length; j++) {
                sb.append(currentDensities[i]).append(',').append(flawSizes[j]).append(',').append(temperatures[j]);
                for (boolean[][] g : allowed.values()) {
                    sb.append(',').append(g[i][j] ? 1 : 0);
                }
                sb.append(',').append(safe(i, j) ? 1 : 0).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        String columns = axis == Axis.FLAW_SIZE
                ? "c " + Display.quantity(flawSizes[0], "m") + "–" + Display.quantity(flawSizes[flawSizes.length - 1], "m")
                        + " at " + Display.quantity(temperatures[0], "K")
                : "T " + Display.quantity(temperatures[0], "K") + "–" + Display.quantity(temperatures[temperatures.length - 1],
                        "K") + " at c = " + Display.quantity(flawSizes[0], "m");
        return String.format(Locale.ROOT, "current-limit map %d × %d (j %s–%s mA/cm², %s): criteria %s, %s safe",
                currentDensities.length, flawSizes.length, Display.number(Units.toMAPerCm2(currentDensities[0])),
                Display.number(Units.toMAPerCm2(currentDensities[currentDensities.length - 1])), columns, criteria(),
                Display.number(100 * safeFraction()) + " %");
    }
}
