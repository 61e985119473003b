package org.interphase.anode;

import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Display;

/**
 * The choice of an interlayer's thickness: a current-focusing cell with an interlayer (its conductivity
 * and interface resistance fixed), a thickness window, and the objective.
 *
 * <p>Immutable; checked when built.
 */
public final class InterlayerThicknessProblem {

    private final CurrentFocusingProblem cell;
    private final double minThickness;
    private final double maxThickness;
    private final InterlayerObjective objective;
    private final InterlayerCriticalCurrent criticalCurrent;

    private InterlayerThicknessProblem(CurrentFocusingProblem cell, double minThickness, double maxThickness,
            InterlayerObjective objective, InterlayerCriticalCurrent criticalCurrent) {
        this.cell = cell;
        this.minThickness = minThickness;
        this.maxThickness = maxThickness;
        this.objective = objective;
        this.criticalCurrent = criticalCurrent;
    }

    /**
     * @param cell the unit cell with an interlayer (its thickness is replaced; not null)
     * @param minThickness smallest thickness allowed, m (&gt; 0; the cell must accept it)
     * @param maxThickness largest thickness allowed, m (&gt; minThickness; the cell must accept it)
     * @param objective {@link InterlayerObjective#RESISTANCE} or
     *     {@link InterlayerObjective#ELECTROLYTE_AMPLIFICATION} (not null; for the critical current use
     *     {@link #withCriticalCurrent})
     * @return the problem
     * @throws IllegalArgumentException if the cell has no interlayer, the window is empty or out of the
     *     cell's range, or the objective needs a critical-current model
     * @throws NullPointerException if the cell or the objective is null
     */
    public static InterlayerThicknessProblem of(CurrentFocusingProblem cell, double minThickness, double maxThickness,
            InterlayerObjective objective) {
        Checks.nonNull(cell, "cell");
        Checks.nonNull(objective, "objective");
        Checks.positive(minThickness, "min thickness", "m");
        Checks.positive(maxThickness, "max thickness", "m");
        if (cell.interlayerThickness() == 0) {
            throw new IllegalArgumentException("cell must have an interlayer (withInterlayer) whose conductivity and"
                    + " interface resistance are kept, was " + cell);
        }
        if (!(maxThickness > minThickness)) {
            throw new IllegalArgumentException("max thickness must be > min thickness (" + minThickness + " m), was "
                    + maxThickness + " m");
        }
        if (objective == InterlayerObjective.CRITICAL_CURRENT) {
            throw new IllegalArgumentException("objective CRITICAL_CURRENT needs a critical-current model: use"
                    + " withCriticalCurrent(model)");
        }
        double sigma = cell.interlayerConductivity().orElseThrow();
        // the cell checks each thickness of the window
        cell.withInterlayer(minThickness, sigma, cell.interfaceResistance());
        cell.withInterlayer(maxThickness, sigma, cell.interfaceResistance());
        return new InterlayerThicknessProblem(cell, minThickness, maxThickness, objective, null);
    }

    /**
     * @param model the critical current density of the cell at each thickness (not null); the objective
     *     becomes {@link InterlayerObjective#CRITICAL_CURRENT} (maximised)
     * @return this problem with the model
     * @throws NullPointerException if the model is null
     */
    public InterlayerThicknessProblem withCriticalCurrent(InterlayerCriticalCurrent model) {
        Checks.nonNull(model, "model");
        return new InterlayerThicknessProblem(cell, minThickness, maxThickness, InterlayerObjective.CRITICAL_CURRENT,
                model);
    }

    /** @return the unit cell */
    public CurrentFocusingProblem cell() {
        return cell;
    }

    /** @return smallest thickness allowed, m */
    public double minThickness() {
        return minThickness;
    }

    /** @return largest thickness allowed, m */
    public double maxThickness() {
        return maxThickness;
    }

    /** @return the objective */
    public InterlayerObjective objective() {
        return objective;
    }

    /** @return the critical-current model, if the objective is the critical current */
    public Optional<InterlayerCriticalCurrent> criticalCurrent() {
        return Optional.ofNullable(criticalCurrent);
    }

    /**
     * @param thickness interlayer thickness, m (within the window)
     * @return the cell with that interlayer thickness
     * @throws IllegalArgumentException if the thickness is outside the window
     */
    public CurrentFocusingProblem cellAt(double thickness) {
        Checks.inClosedRange(thickness, minThickness, maxThickness, "thickness", "m");
        return cell.withInterlayer(thickness, cell.interlayerConductivity().orElseThrow(), cell.interfaceResistance());
    }

    @Override
    public String toString() {
        return "InterlayerThicknessProblem[" + objective + " over " + Display.quantity(minThickness, "m") + " … "
                + Display.quantity(maxThickness, "m") + ", " + cell + "]";
    }
}
