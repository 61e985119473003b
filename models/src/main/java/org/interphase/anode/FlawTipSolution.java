package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Display;

/**
 * The solved flaw tip: the current density at the tip of the Li filament, its amplification over the
 * nominal current density, the resistance of the cell, and the diagnostics of the solve.
 */
public final class FlawTipSolution {

    private final FlawTipProblem problem;
    private final FlawTipSolver solver;
    private final double tipCurrentDensity;
    private final double tipHeight;
    private final double current;
    private final double cellPotential;
    private final double counterCurrent;
    private final double residual;
    private final int iterations;
    private final int unknowns;
    private final List<String> warnings;

    FlawTipSolution(FlawTipProblem problem, FlawTipSolver solver, AxisymmetricPotential f, int tipRow, double tipHeight,
            double tipFactor) {
        this.problem = problem;
        this.solver = solver;
        this.tipHeight = tipHeight;
        double a = problem.radius();
        double sigma = problem.conductivity();
        double[] cell = f.cellCurrents(problem.currentDensity(), problem.cellRadius(), sigma, a);
        current = cell[0];
        cellPotential = cell[1];
        counterCurrent = cell[2];
        // the Li at the tip is at V: its face current, with the surface placed between the centres (tipFactor)
        tipCurrentDensity = tipFactor * f.axialCurrent(0, tipRow) / f.w[0] * sigma * cellPotential / a;
        residual = f.residual;
        iterations = f.refinements;
        unknowns = f.nr * f.nz;
        List<String> w = new ArrayList<>();
        double size = Math.max(problem.radius(), problem.depth());
        if (problem.cellRadius() < 5 * size || problem.thickness() - problem.depth() < 5 * size) {
            w.add("the cell radius or the distance from the tip to the counter electrode is under 5·max(a, c):"
                    + " neighbouring filaments or the counter electrode change the tip amplification from the"
                    + " isolated closed form");
        }
        warnings = ImmutableList.copyOf(w);
    }

    /** @return the problem that was solved */
    public FlawTipProblem problem() {
        return problem;
    }

    /** @return the solver and its settings */
    public FlawTipSolver solver() {
        return solver;
    }

    /** @return steps of iterative refinement after the direct solve */
    public int iterations() {
        return iterations;
    }

    /** @return relative residual of the finite-volume system, dimensionless */
    public double residual() {
        return residual;
    }

    /** @return how the system was solved */
    public String method() {
        return "finite volumes on an axisymmetric grid, filament as Dirichlet cells" + (solver.fittedSurface()
                ? " with its surface placed between cell centres (Shortley–Weller)" : " (staircase)")
                + ", capacitance-matrix direct solve";
    }

    /** @return unknowns (grid cells) */
    public int unknowns() {
        return unknowns;
    }

    /** @return what the caller should know (immutable; empty when all is well) */
    public List<String> warnings() {
        return warnings;
    }

    /** @return total current through the cell, A */
    public double current() {
        return current;
    }

    /** @return |I_Li − I_counter| ÷ I_Li: current conservation, dimensionless (round-off) */
    public double currentImbalance() {
        return Math.abs(current - counterCurrent) / current;
    }

    /** @return potential of the Li against the counter electrode at the nominal current, V */
    public double cellPotential() {
        return cellPotential;
    }

    /** @return resistance of the unit cell, Ω */
    public double resistance() {
        return cellPotential / current;
    }

    /** @return current density leaving the filament's tip into the electrolyte, A/m² */
    public double tipCurrentDensity() {
        return tipCurrentDensity;
    }

    /** @return tip current density ÷ nominal current density, dimensionless */
    public double tipAmplification() {
        return tipCurrentDensity / problem.currentDensity();
    }

    /**
     * @return the tip of the discretised filament: the height of the face through which the tip
     *     current leaves, m (→ c as the grid is refined)
     */
    public double tipHeight() {
        return tipHeight;
    }

    @Override
    public String toString() {
        return "FlawTipSolution[tip amplification " + Display.number(tipAmplification()) + " (isolated closed form "
                + Display.number(problem.isolatedTipAmplification()) + "), tip " + Display.quantity(tipCurrentDensity
                * 1e-4, "A/cm²") + ", " + unknowns + " unknowns, residual " + Display.number(residual) + "]";
    }
}
