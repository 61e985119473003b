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
import org.interphase.core.Units;

/**
 * Lithium penetration on plating: the Monroe–Newman, Li-filled-crack and grain-boundary criteria
 * of a {@link PlatingProblem} (and its stripping limit, if it has a stripping problem) and their
 * current-limit maps over current density × flaw size at the reference temperature and current density ×
 * temperature at one flaw size (problem → this solver → {@link PlatingSolution}). The current and flaw
 * axes are log-spaced, the temperature axis linear; each cell is evaluated in closed form (the criteria
 * are explicit in j, c and T: R_ct(T) and R_gb(T) by their laws, see {@link PlatingProblem}; the stripping
 * limit by {@link StrippingSolver#criticalCurrentDensity}), so a 50 × 50 map costs microseconds.
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
    private final double minTemperature;
    private final double maxTemperature;
    private final int temperaturePoints;
    private final double temperatureMapFlaw;

    private PlatingSolver(double minCurrent, double maxCurrent, double minFlaw, double maxFlaw, int currentPoints,
            int flawPoints, double minTemperature, double maxTemperature, int temperaturePoints,
            double temperatureMapFlaw) {
        this.minCurrent = minCurrent;
        this.maxCurrent = maxCurrent;
        this.minFlaw = minFlaw;
        this.maxFlaw = maxFlaw;
        this.currentPoints = currentPoints;
        this.flawPoints = flawPoints;
        this.minTemperature = minTemperature;
        this.maxTemperature = maxTemperature;
        this.temperaturePoints = temperaturePoints;
        this.temperatureMapFlaw = temperatureMapFlaw;
    }

    /**
     * A 50 × 50 map over 0.001–10 mA/cm² (0.01–100 A/m²) and flaws of 0.1–100 µm, and a 50 × 50 map over the
     * same currents and −20 to 80 °C (linear) at a 10 µm flaw.
     *
     * @return the default solver
     */
    public static PlatingSolver withDefaults() {
        return new PlatingSolver(0.01, 100, 1e-7, 1e-4, 50, 50, Units.celsius(-20), Units.celsius(80), 50, 1e-5);
    }

    /**
     * @param min lowest temperature of the temperature map, K (&gt; 0)
     * @param max highest temperature, K (&gt; min, finite)
     * @return a copy with another temperature axis
     */
    public PlatingSolver withTemperatureRange(double min, double max) {
        Checks.positive(min, "lowest temperature", "K");
        Checks.positive(max, "highest temperature", "K");
        if (!(max > min)) {
            throw new IllegalArgumentException("highest temperature must be > lowest, was " + max + " K vs " + min + " K");
        }
        return new PlatingSolver(minCurrent, maxCurrent, minFlaw, maxFlaw, currentPoints, flawPoints, min, max,
                temperaturePoints, temperatureMapFlaw);
    }

    /**
     * @param points points on the temperature axis, in [2, {@value #MAX_POINTS}]
     * @return a copy with another number of temperatures
     */
    public PlatingSolver withTemperaturePoints(int points) {
        Checks.inClosedRange(points, 2, MAX_POINTS, "temperature points");
        return new PlatingSolver(minCurrent, maxCurrent, minFlaw, maxFlaw, currentPoints, flawPoints, minTemperature,
                maxTemperature, points, temperatureMapFlaw);
    }

    /**
     * @param flawSize c of the temperature map, m (&gt; 0, finite)
     * @return a copy whose temperature map is drawn at another flaw size
     */
    public PlatingSolver withTemperatureMapFlawSize(double flawSize) {
        Checks.positive(flawSize, "flaw size of the temperature map", "m");
        return new PlatingSolver(minCurrent, maxCurrent, minFlaw, maxFlaw, currentPoints, flawPoints, minTemperature,
                maxTemperature, temperaturePoints, flawSize);
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
        return new PlatingSolver(min, max, minFlaw, maxFlaw, currentPoints, flawPoints, minTemperature, maxTemperature,
                temperaturePoints, temperatureMapFlaw);
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
        return new PlatingSolver(minCurrent, maxCurrent, min, max, currentPoints, flawPoints, minTemperature,
                maxTemperature, temperaturePoints, temperatureMapFlaw);
    }

    /**
     * @param currents points on the current axis, in [2, {@value #MAX_POINTS}]
     * @param flaws points on the flaw axis, in [2, {@value #MAX_POINTS}]
     * @return a copy with another grid
     */
    public PlatingSolver withPoints(int currents, int flaws) {
        Checks.inClosedRange(currents, 2, MAX_POINTS, "current points");
        Checks.inClosedRange(flaws, 2, MAX_POINTS, "flaw points");
        return new PlatingSolver(minCurrent, maxCurrent, minFlaw, maxFlaw, currents, flaws, minTemperature,
                maxTemperature, temperaturePoints, temperatureMapFlaw);
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
     * The current limits of the current-dependent criteria that can be evaluated at a flaw size and
     * temperature: Li-filled crack (needs K_Ic and R_ct(T)), grain boundary (needs R_gb(T)), stripping voids
     * (needs a stripping problem).
     */
    static Map<PlatingCriterion, Double> limits(PlatingProblem problem, double flawSize, double temperature) {
        Map<PlatingCriterion, Double> out = new EnumMap<>(PlatingCriterion.class);
        OptionalDouble rct = problem.chargeTransferAsrAt(temperature);
        if (problem.fractureToughness().isPresent() && rct.isPresent()) {
            out.put(PlatingCriterion.LI_FILLED_CRACK,
                    problem.criticalOverpotential(flawSize) / (problem.focusingFactor() * rct.getAsDouble()));
        }
        OptionalDouble rgb = problem.grainBoundaryAsrAt(temperature);
        if (rgb.isPresent()) {
            out.put(PlatingCriterion.GRAIN_BOUNDARY, problem.nucleationOverpotential() / rgb.getAsDouble());
        }
        if (problem.stripping().isPresent()) {
            StrippingProblem sp = problem.stripping().get();
            // an interlayer whose D_Li law does not hold at T leaves the stripping limit unknown there
            if (sp.interlayer().isEmpty() || sp.interlayer().get().diffusivity().covers(temperature)) {
                out.put(PlatingCriterion.STRIPPING_VOIDS,
                        StrippingSolver.withDefaults().criticalCurrentDensity(sp.withTemperature(temperature)));
            }
        }
        return out;
    }

    /**
     * Evaluates the criteria, the map over current density × flaw size at the problem's reference
     * temperature, and the map over current density × temperature at the solver's flaw size.
     *
     * @param problem the problem (not null)
     * @return the solution
     */
    public PlatingSolution solve(PlatingProblem problem) {
        Objects.requireNonNull(problem, "problem (plating problem) must not be null");
        double[] j = logSpace(minCurrent, maxCurrent, currentPoints);
        double[] c = logSpace(minFlaw, maxFlaw, flawPoints);
        double[] tRef = new double[c.length];
        java.util.Arrays.fill(tRef, problem.referenceTemperature());
        double[] t = linSpace(minTemperature, maxTemperature, temperaturePoints);
        double[] cT = new double[t.length];
        java.util.Arrays.fill(cT, temperatureMapFlaw);
        List<String> warnings = new ArrayList<>();
        Optional<MonroeNewman.Verdict> verdict = Optional.empty();
        if (problem.shearModulus().isPresent()) {
            verdict = Optional.of(MonroeNewman.assess(problem.shearModulus().getAsDouble(), problem.lithiumShearModulus()));
        } else {
            warnings.add("no shear modulus for " + problem.electrolyte() + ": Monroe–Newman not evaluated");
        }
        if (problem.fractureToughness().isEmpty()) {
            warnings.add("no fracture toughness for " + problem.electrolyte() + ": the Li-filled crack criterion is not"
                    + " evaluated");
        }
        if (problem.grainBoundaryAsr().isEmpty()) {
            warnings.add("no grain-boundary resistance for " + problem.electrolyte() + ": the grain-boundary criterion is"
                    + " not evaluated");
        }
        CurrentLimitMap flawMap = map(problem, verdict, j, c, tRef, CurrentLimitMap.Axis.FLAW_SIZE, warnings);
        CurrentLimitMap temperatureMap = map(problem, verdict, j, cT, t, CurrentLimitMap.Axis.TEMPERATURE, warnings);
        OptionalDouble gb = problem.grainBoundaryAsr().isPresent()
                ? OptionalDouble.of(problem.nucleationOverpotential() / problem.grainBoundaryAsr().getAsDouble())
                : OptionalDouble.empty();
        if (verdict.isPresent() && verdict.get().suppresses()) {
            warnings.add("Monroe–Newman is necessary, not sufficient: lithium still penetrates through flaws and grain"
                    + " boundaries (Porz et al. 2017)");
        }
        return new PlatingSolution(problem, this, verdict, gb, flawMap, temperatureMap, ImmutableList.copyOf(warnings));
    }

    private static CurrentLimitMap map(PlatingProblem problem, Optional<MonroeNewman.Verdict> verdict, double[] j,
            double[] c, double[] t, CurrentLimitMap.Axis axis, List<String> warnings) {
        Map<PlatingCriterion, boolean[][]> grids = new EnumMap<>(PlatingCriterion.class);
        if (verdict.isPresent()) {
            boolean ok = verdict.get().suppresses();
            grids.put(PlatingCriterion.MONROE_NEWMAN, fill(j.length, c.length, (a, b) -> ok));
        }
        List<Map<PlatingCriterion, Double>> columns = new ArrayList<>();
        for (int k = 0; k < c.length; k++) {
            columns.add(limits(problem, c[k], t[k]));
        }
        for (PlatingCriterion criterion : PlatingCriterion.values()) {
            if (criterion == PlatingCriterion.MONROE_NEWMAN) {
                continue;
            }
            boolean anywhere = columns.stream().anyMatch(m -> m.containsKey(criterion));
            boolean everywhere = columns.stream().allMatch(m -> m.containsKey(criterion));
            if (everywhere) {
                double[] limit = new double[c.length];
                for (int k = 0; k < c.length; k++) {
                    limit[k] = columns.get(k).get(criterion);
                }
                grids.put(criterion, fill(j.length, c.length, (a, b) -> j[a] < limit[b]));
            } else if (anywhere || axis == CurrentLimitMap.Axis.TEMPERATURE && hasData(problem, criterion)) {
                // evaluable at some columns only, or not at all though its data exist: left off, and said so
                String why = switch (criterion) {
                    case LI_FILLED_CRACK -> "R_ct has no temperature law that holds over the whole range (give one with"
                            + " withChargeTransferLaw)";
                    case GRAIN_BOUNDARY -> "R_gb has no temperature law that holds over the whole range (give one with"
                            + " withGrainBoundaryLaw)";
                    default -> "the stripping problem's interlayer has a D_Li law that does not hold over the whole range";
                };
                warnings.add(criterion + " is not on the " + (axis == CurrentLimitMap.Axis.TEMPERATURE ? "temperature"
                        : "flaw-size") + " map: " + why);
            }
        }
        return new CurrentLimitMap(j, c, t, axis, grids);
    }

    private static boolean hasData(PlatingProblem problem, PlatingCriterion criterion) {
        return switch (criterion) {
            case LI_FILLED_CRACK -> problem.fractureToughness().isPresent();
            case GRAIN_BOUNDARY -> problem.grainBoundaryAsr().isPresent();
            case STRIPPING_VOIDS -> problem.stripping().isPresent();
            default -> false;
        };
    }

    private static double[] linSpace(double a, double b, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i == n - 1 ? b : a + (b - a) * i / (n - 1);
        }
        return x;
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
                + Display.quantity(maxFlaw, "m") + " (log-spaced); " + temperaturePoints + " temperatures "
                + Display.quantity(minTemperature, "K") + "–" + Display.quantity(maxTemperature, "K") + " at c = "
                + Display.quantity(temperatureMapFlaw, "m");
    }

}
