package org.interphase.anode;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.interphase.core.Display;
import org.interphase.core.Profile;

/** The best interlayer thickness, the cell solved there, and the objective against thickness. */
public final class InterlayerThicknessSolution {

    private final InterlayerThicknessProblem problem;
    private final InterlayerThicknessOptimizer solver;
    private final double thickness;
    private final double value;
    private final CurrentFocusingSolution focusing;
    private final Profile curve;
    private final int evaluations;
    private final List<String> warnings;

    InterlayerThicknessSolution(InterlayerThicknessProblem problem, InterlayerThicknessOptimizer solver,
            double thickness, double value, CurrentFocusingSolution focusing, Profile curve, int evaluations) {
        this.problem = problem;
        this.solver = solver;
        this.thickness = thickness;
        this.value = value;
        this.focusing = focusing;
        this.curve = curve;
        this.evaluations = evaluations;
        List<String> w = new ArrayList<>(focusing.warnings());
        double span = Math.log(problem.maxThickness() / problem.minThickness());
        if (Math.log(thickness / problem.minThickness()) < 1e-6 * span) {
            w.add("optimum at the smallest thickness allowed: the objective still improves toward thinner layers");
        } else if (Math.log(problem.maxThickness() / thickness) < 1e-6 * span) {
            w.add("optimum at the largest thickness allowed: the objective still improves toward thicker layers");
        }
        this.warnings = ImmutableList.copyOf(w);
    }

    /** @return the problem that was solved */
    public InterlayerThicknessProblem problem() {
        return problem;
    }

    /** @return the optimizer and its settings */
    public InterlayerThicknessOptimizer solver() {
        return solver;
    }

    /** @return the best interlayer thickness, m */
    public double thickness() {
        return thickness;
    }

    /**
     * @return the objective there: ASR in Ω·m², the electrolyte amplification (dimensionless) or the
     *     critical current density in A/m²
     */
    public double value() {
        return value;
    }

    /** @return whether the optimum lies strictly inside the window */
    public boolean interior() {
        return warnings.stream().noneMatch(s -> s.startsWith("optimum at"));
    }

    /** @return the cell solved at the optimum */
    public CurrentFocusingSolution focusing() {
        return focusing;
    }

    /** @return the objective against thickness (thickness in m) over the scan */
    public Profile curve() {
        return curve;
    }

    /** @return current-focusing solves of the search (scan and Brent) */
    public int evaluations() {
        return evaluations;
    }

    /** @return how the optimum was found */
    public String method() {
        return "log-spaced grid scan (" + solver.samples() + " points) + Brent in ln t";
    }

    /** @return what the caller should know (immutable; the focusing solve's warnings and bounds hit) */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        String unit = InterlayerThicknessOptimizer.objectiveUnit(problem.objective());
        return "InterlayerThicknessSolution[" + problem.objective() + " best at " + Display.quantity(thickness, "m")
                + ": " + (unit.isEmpty() ? Display.number(value) : Display.quantity(value, unit)) + ", "
                + evaluations + " evaluations]";
    }
}
