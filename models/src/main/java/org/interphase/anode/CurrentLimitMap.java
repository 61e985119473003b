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
 * A current-limit map: on a grid of plating current density j (rows) × flaw size c (columns), which
 * penetration criteria allow plating (true = safe by that criterion). Criteria that could not be
 * evaluated are absent. Built by {@link PlatingSolver}.
 */
public final class CurrentLimitMap {

    private final double[] currentDensities;
    private final double[] flawSizes;
    private final ImmutableMap<PlatingCriterion, boolean[][]> allowed;

    CurrentLimitMap(double[] currentDensities, double[] flawSizes, Map<PlatingCriterion, boolean[][]> allowed) {
        this.currentDensities = currentDensities.clone();
        this.flawSizes = flawSizes.clone();
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

    /** @return the flaw sizes of the columns, m (a copy) */
    public double[] flawSizes() {
        return flawSizes.clone();
    }

    /** @return the criteria on the map (those that could be evaluated) */
    public ImmutableList<PlatingCriterion> criteria() {
        return allowed.keySet().asList();
    }

    /**
     * @param criterion a criterion on the map (not null)
     * @param row index of the current density, in [0, rows)
     * @param column index of the flaw size, in [0, columns)
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
     * @param column index of the flaw size
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
     * The map as CSV: one line per cell, j (A/m²), c (m), then 1/0 per criterion and "safe".
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("current_density_A_per_m2,flaw_size_m");
        for (PlatingCriterion c : allowed.keySet()) {
            sb.append(',').append(c.name().toLowerCase(Locale.ROOT));
        }
        sb.append(",safe\n");
        for (int i = 0; i < currentDensities.length; i++) {
            for (int j = 0; j < flawSizes.length; j++) {
                sb.append(currentDensities[i]).append(',').append(flawSizes[j]);
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
        return String.format(Locale.ROOT, "current-limit map %d × %d (j %s–%s mA/cm², c %s–%s): criteria %s, %s safe",
                currentDensities.length, flawSizes.length, Display.number(Units.toMAPerCm2(currentDensities[0])),
                Display.number(Units.toMAPerCm2(currentDensities[currentDensities.length - 1])),
                Display.quantity(flawSizes[0], "m"), Display.quantity(flawSizes[flawSizes.length - 1], "m"), criteria(),
                Display.number(100 * safeFraction()) + " %");
    }
}
