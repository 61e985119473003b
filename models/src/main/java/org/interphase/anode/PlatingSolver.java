package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interphase.contact.MonroeNewman;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * Lithium penetration on plating: the Monroe–Newman, Li-filled-crack and grain-boundary criteria
 * of a {@link PlatingProblem} and their current-limit map over current density × flaw size (problem
 * → this solver → {@link PlatingSolution}). The axes are log-spaced; each cell is evaluated in closed
 * form (the criteria are explicit in j and c), so a 50 × 50 map costs microseconds.
 */
public final class PlatingSolver {

    /** The most points on one axis of the map. */
    public static final int MAX_POINTS = 2_000;

    private final double minCurrent;
    private final double maxCurrent;
    private final double minFlaw;
    private final double maxFlaw;
    private final int currentPoints;
    private final int flawPoints;

    private PlatingSolver(double minCurrent, double maxCurrent, double minFlaw, double maxFlaw, int currentPoints,
            int flawPoints) {
        this.minCurrent = minCurrent;
        this.maxCurrent = maxCurrent;
        this.minFlaw = minFlaw;
        this.maxFlaw = maxFlaw;
        this.currentPoints = currentPoints;
        this.flawPoints = flawPoints;
    }

    /**
     * A 50 × 50 map over 0.001–10 mA/cm² (0.01–100 A/m²) and flaws of 0.1–100 µm.
     *
     * @return the default solver
     */
    public static PlatingSolver withDefaults() {
        return new PlatingSolver(0.01, 100, 1e-7, 1e-4, 50, 50);
    }

    /**
     * @param min lowest current density, A/m² (&gt; 0)
     * @param max highest current density, A/m² (&gt; min, finite)
     * @return a copy with another current axis
     */
    public PlatingSolver withCurrentRange(double min, double max) {
        Checks.positive(min, "lowest current density", "A/m²");
        Checks.positive(max, "highest current density", "A/m²");
        if (!(max > min)) {
            throw new IllegalArgumentException("highest current density must be > lowest, was " + max + " A/m² vs "
                    + min + " A/m²");
        }
        return new PlatingSolver(min, max, minFlaw, maxFlaw, currentPoints, flawPoints);
    }

    /**
     * @param min smallest flaw, m (&gt; 0)
     * @param max largest flaw, m (&gt; min, finite)
     * @return a copy with another flaw axis
     */
    public PlatingSolver withFlawRange(double min, double max) {
        Checks.positive(min, "smallest flaw size", "m");
        Checks.positive(max, "largest flaw size", "m");
        if (!(max > min)) {
            throw new IllegalArgumentException("largest flaw size must be > smallest, was " + max + " m vs " + min + " m");
        }
        return new PlatingSolver(minCurrent, maxCurrent, min, max, currentPoints, flawPoints);
    }

    /**
     * @param currents points on the current axis, in [2, {@value #MAX_POINTS}]
     * @param flaws points on the flaw axis, in [2, {@value #MAX_POINTS}]
     * @return a copy with another grid
     */
    public PlatingSolver withPoints(int currents, int flaws) {
        Checks.inClosedRange(currents, 2, MAX_POINTS, "current points");
        Checks.inClosedRange(flaws, 2, MAX_POINTS, "flaw points");
        return new PlatingSolver(minCurrent, maxCurrent, minFlaw, maxFlaw, currents, flaws);
    }

    /**
     * The critical current density of the Li-filled crack criterion.
     *
     * @param problem the problem (not null; with a fracture toughness)
     * @param flawSize c, m (&gt; 0)
     * @return j = V_m·K_Ic/(F·Y·√(πc)·A·R_ct), A/m²
     * @throws IllegalStateException if the problem has no fracture toughness
     */
    public static double crackCurrentDensity(PlatingProblem problem, double flawSize) {
        Objects.requireNonNull(problem, "problem (plating problem) must not be null");
        return problem.criticalOverpotential(flawSize) / (problem.focusingFactor() * problem.chargeTransferAsr());
    }

    private static double[] logSpace(double a, double b, int n) {
        double[] x = new double[n];
        double la = Math.log(a);
        double lb = Math.log(b);
        for (int i = 0; i < n; i++) {
            x[i] = i == n - 1 ? b : Math.exp(la + (lb - la) * i / (n - 1));
        }
        x[0] = a;
        return x;
    }

    /**
     * Evaluates the criteria and the map.
     *
     * @param problem the problem (not null)
     * @return the solution
     */
    public PlatingSolution solve(PlatingProblem problem) {
        Objects.requireNonNull(problem, "problem (plating problem) must not be null");
        double[] j = logSpace(minCurrent, maxCurrent, currentPoints);
        double[] c = logSpace(minFlaw, maxFlaw, flawPoints);
        Map<PlatingCriterion, boolean[][]> grids = new EnumMap<>(PlatingCriterion.class);
        List<String> warnings = new ArrayList<>();
        Optional<MonroeNewman.Verdict> verdict = Optional.empty();
        if (problem.shearModulus().isPresent()) {
            verdict = Optional.of(MonroeNewman.assess(problem.shearModulus().getAsDouble(), problem.lithiumShearModulus()));
            boolean ok = verdict.get().suppresses();
            grids.put(PlatingCriterion.MONROE_NEWMAN, fill(j.length, c.length, (a, b) -> ok));
        } else {
            warnings.add("no shear modulus for " + problem.electrolyte() + ": Monroe–Newman not evaluated");
        }
        if (problem.fractureToughness().isPresent()) {
            double[] limit = new double[c.length];
            for (int k = 0; k < c.length; k++) {
                limit[k] = crackCurrentDensity(problem, c[k]);
            }
            grids.put(PlatingCriterion.LI_FILLED_CRACK, fill(j.length, c.length, (a, b) -> j[a] < limit[b]));
        } else {
            warnings.add("no fracture toughness for " + problem.electrolyte() + ": the Li-filled crack criterion is not"
                    + " evaluated");
        }
        OptionalDouble gb = OptionalDouble.empty();
        if (problem.grainBoundaryAsr().isPresent()) {
            double limit = problem.nucleationOverpotential() / problem.grainBoundaryAsr().getAsDouble();
            gb = OptionalDouble.of(limit);
            grids.put(PlatingCriterion.GRAIN_BOUNDARY, fill(j.length, c.length, (a, b) -> j[a] < limit));
        } else {
            warnings.add("no grain-boundary resistance for " + problem.electrolyte() + ": the grain-boundary criterion is"
                    + " not evaluated");
        }
        if (verdict.isPresent() && verdict.get().suppresses()) {
            warnings.add("Monroe–Newman is necessary, not sufficient: lithium still penetrates through flaws and grain"
                    + " boundaries (Porz et al. 2017)");
        }
        return new PlatingSolution(problem, this, verdict, gb, new CurrentLimitMap(j, c, grids),
                ImmutableList.copyOf(warnings));
    }

    private interface Cell {
        boolean at(int row, int column);
    }

    private static boolean[][] fill(int rows, int columns, Cell cell) {
        boolean[][] g = new boolean[rows][columns];
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < columns; b++) {
                g[a][b] = cell.at(a, b);
            }
        }
        return g;
    }

    @Override
    public String toString() {
        return "PlatingSolver: " + currentPoints + " × " + flawPoints + " map, j " + Display.quantity(minCurrent, "A/m²")
                + "–" + Display.quantity(maxCurrent, "A/m²") + ", c " + Display.quantity(minFlaw, "m") + "–"
                + Display.quantity(maxFlaw, "m") + " (log-spaced)";
    }

}
