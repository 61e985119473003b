package org.interphase.buffer;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interphase.core.Checks;
import org.interphase.core.Citation;
import org.interphase.core.Profile;
import org.interphase.core.Provenance;
import org.interphase.core.Units;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.ResistanceBudget;
import org.interphase.stack.StackSolution;

/**
 * The optimized coating of a {@link BufferLayerProblem}: the {@link ThicknessOptimum} (the same type
 * the closed-form trade-off models return), the values of the further variables, the stack and its
 * budget there, the curve R_total(L) with the other variables at their optimum, and diagnostics.
 * Immutable.
 */
public final class BufferLayerSolution {

    /**
     * The optimal value of one {@link DesignVariable}.
     *
     * @param name the variable's name
     * @param unit its SI unit
     * @param value its value at the optimum, in that unit
     */
    public record DesignValue(String name, String unit, double value) {

        /**
         * Validates the components.
         *
         * @param name the variable's name (not null)
         * @param unit its SI unit (not null)
         * @param value its value (finite)
         */
        public DesignValue {
            if (name == null || unit == null) {
                throw new IllegalArgumentException("a design value needs its name and unit, were " + name + ", " + unit);
            }
            Checks.finite(value, "value of design variable " + name, unit);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s = %.6g %s", name, value, unit).stripTrailing();
        }
    }

    private final BufferLayerProblem problem;
    private final BufferLayerOptimizer solver;
    private final ThicknessOptimum optimum;
    private final List<DesignValue> values;
    private final StackSolution stackSolution;
    private final Profile curve;
    private final double lowerBound;
    private final String method;
    private final int evaluations;
    private final List<String> warnings;

    BufferLayerSolution(BufferLayerProblem problem, BufferLayerOptimizer solver, ThicknessOptimum optimum,
            List<DesignValue> values, StackSolution stackSolution, Profile curve, double lowerBound, String method,
            int evaluations) {
        this.problem = problem;
        this.solver = solver;
        this.optimum = optimum;
        this.values = List.copyOf(values);
        this.stackSolution = stackSolution;
        this.curve = curve;
        this.lowerBound = lowerBound;
        this.method = method;
        this.evaluations = evaluations;
        List<String> w = new ArrayList<>(stackSolution.warnings());
        if (!optimum.interior()) {
            w.add(String.format(Locale.ROOT, "the optimum thickness %.3g nm is not interior: %s", Units.toNm(
                    optimum.thickness()), optimum.explanation()));
        }
        for (int i = 0; i < values.size(); i++) {
            DesignVariable v = problem.variables().get(i);
            double x = values.get(i).value();
            double span = v.upper() - v.lower();
            if (x <= v.lower() + 1e-6 * span || x >= v.upper() - 1e-6 * span) {
                w.add(String.format(Locale.ROOT, "%s is at a bound of its range [%.6g, %.6g] %s: the optimum may lie"
                        + " beyond it", v.name(), v.lower(), v.upper(), v.unit()).stripTrailing());
            }
        }
        this.warnings = List.copyOf(w);
    }

    /** @return the problem that was solved */
    public BufferLayerProblem problem() {
        return problem;
    }

    /** @return the optimizer that solved it */
    public BufferLayerOptimizer solver() {
        return solver;
    }

    /**
     * @return the optimum: thickness L* (m), total resistance there (Ω·m²), the total without coating
     *     with the other variables at their optimum (Ω·m²), whether L* is interior, and why
     */
    public ThicknessOptimum optimum() {
        return optimum;
    }

    /** @return the optimal coating thickness, m ({@code optimum().thickness()}) */
    public double thickness() {
        return optimum.thickness();
    }

    /** @return the total resistance at the optimum, Ω·m² */
    public double total() {
        return stackSolution.total();
    }

    /** @return the further variables at the optimum, in the problem's order (unmodifiable; empty if none) */
    public List<DesignValue> values() {
        return values;
    }

    /**
     * @param name a variable's name
     * @return its value at the optimum, in its unit
     * @throws IllegalArgumentException if the problem has no variable of that name
     */
    public double value(String name) {
        for (DesignValue v : values) {
            if (v.name().equals(name)) {
                return v.value();
            }
        }
        throw new IllegalArgumentException("the problem has no design variable named " + name + "; it has "
                + values.stream().map(DesignValue::name).toList());
    }

    /** @return the stack at the optimum */
    public InterfaceStack stack() {
        return stackSolution.problem();
    }

    /** @return the stack's solution at the optimum (budget and warnings) */
    public StackSolution stackSolution() {
        return stackSolution;
    }

    /** @return the budget at the optimum */
    public ResistanceBudget budget() {
        return stackSolution.budget();
    }

    /** @return R_total vs coating thickness over the allowed window (x in nm, y in Ω·cm²), other variables at the optimum */
    public Profile curve() {
        return curve;
    }

    /** @return the thinnest coating allowed (the window's lower end or the electron-blocking bound), m */
    public double lowerBound() {
        return lowerBound;
    }

    /** @return whether the optimum thickness lies strictly inside the allowed window */
    public boolean interior() {
        return optimum.interior();
    }

    /** @return the method used: a grid scan and Brent for the thickness alone, BOBYQA with further variables */
    public String method() {
        return method;
    }

    /**
     * Where the optimum's numbers come from: the stack's provenance at the optimum
     * ({@link StackSolution#provenance()}: the catalog sources of its layers and terms and their
     * assumptions), and the optimum itself as a derived value — the thickness (and further
     * variables) chosen by minimizing R_total over the allowed window.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        StringBuilder d = new StringBuilder(String.format(Locale.ROOT,
                "coating thickness %.3g nm derived by minimizing R_total over [%.3g, %.3g] nm (%s; %s)",
                Units.toNm(thickness()), Units.toNm(lowerBound), Units.toNm(problem.maxThickness()), method,
                optimum.explanation()));
        for (DesignValue v : values) {
            d.append("; ").append(v);
        }
        return stackSolution.provenance().withAssumption(d.toString());
    }

    /** @return the works behind every catalog value the optimum used, in {@link Citation#ORDER} */
    public ImmutableList<Citation> citations() {
        return provenance().citations().asList();
    }

    /** @return every value that was assumed, defaulted or derived, one sentence each */
    public ImmutableList<String> assumptions() {
        return provenance().assumptions();
    }

    /** @return the stack evaluations the optimization used (the curve's not counted) */
    public int evaluations() {
        return evaluations;
    }

    /**
     * @return what the caller should know (immutable, empty when all is well): the stack's warnings
     *     at the optimum, an optimum at a bound of the window, a variable at a bound of its range
     */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: optimum %.3g nm (%s), total %.4g Ω·cm²%s",
                stack().coating().map(l -> l.material().name()).orElse("no coating"), Units.toNm(thickness()),
                interior() ? "interior" : "at a bound", Units.toOhmCm2(total()),
                lowerBound > 0 ? String.format(Locale.ROOT, "; thinnest allowed %.3g nm", Units.toNm(lowerBound)) : ""));
        for (DesignValue v : values) {
            sb.append("; ").append(v);
        }
        return sb.toString();
    }
}
