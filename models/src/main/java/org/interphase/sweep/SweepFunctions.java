package org.interphase.sweep;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.ContactSolution;
import org.interphase.contact.ContactSolver;
import org.interphase.core.Checks;
import org.interphase.stack.InterfaceStack;
import org.interphase.stack.StackSolution;
import org.interphase.stack.StackSolver;

/**
 * The library's models as {@link SweepFunction}s: the caller says how a point becomes a model's problem,
 * the function solves it and returns the numbers a screen or an ensemble is about.
 */
public final class SweepFunctions {

    private SweepFunctions() {
    }

    /**
     * One interface stack per point, solved by {@code solver}; output {@code total_asr} (Ω·m²), the
     * resistance budget's total.
     *
     * @param stack how a point becomes a stack (not null; thread-safe)
     * @param solver the stack solver (not null)
     * @return the sweep function
     * @throws IllegalArgumentException if an argument is null
     */
    public static SweepFunction stacks(Function<DesignPoint, InterfaceStack> stack, StackSolver solver) {
        Checks.nonNull(stack, "stack");
        Checks.nonNull(solver, "solver");
        return SweepFunction.of(ImmutableList.of(new Output("total_asr", "Ω·m²")), point -> {
            StackSolution s = solver.solve(stack.apply(point));
            return new double[] {s.total()};
        });
    }

    /**
     * One contact problem per point (e.g. a rough surface made with {@link DesignPoint#seed()} and a
     * pressure), solved by {@code solver}; outputs {@code contact_fraction} (1), {@code mean_pressure}
     * (Pa), {@code mean_gap} (m), {@code patches} (1), {@code iterations} (1) and {@code rms_slope} (1), the
     * spectral h'_rms of the pressed surface — with the contact modulus E* it gives the area–load
     * proportionality κ = (A/A₀)·E*·h'_rms/p̄ of a load-controlled ensemble.
     *
     * @param problem how a point becomes a contact problem (not null; thread-safe)
     * @param solver the contact solver (not null)
     * @return the sweep function
     * @throws IllegalArgumentException if an argument is null
     */
    public static SweepFunction contact(Function<DesignPoint, ContactProblem> problem, ContactSolver solver) {
        Checks.nonNull(problem, "problem");
        Checks.nonNull(solver, "solver");
        return SweepFunction.of(ImmutableList.of(new Output("contact_fraction", "1"), new Output("mean_pressure", "Pa"),
                new Output("mean_gap", "m"), new Output("patches", "1"), new Output("iterations", "1"),
                new Output("rms_slope", "1")), point -> {
                    ContactProblem pr = problem.apply(point);
                    ContactSolution s = solver.solve(pr);
                    return new double[] {s.contactFraction(), s.meanPressure(), s.meanGap(), s.patchCount(),
                        s.iterations(), pr.surface().statistics().rmsSlope()};
                });
    }
}
