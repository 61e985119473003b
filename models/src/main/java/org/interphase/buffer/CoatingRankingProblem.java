package org.interphase.buffer;

import java.util.List;
import java.util.Objects;
import org.interphase.materials.Material;
import org.interphase.stack.InterfaceStack;

/**
 * The coating material as a free choice: candidate materials for the coating of one stack, each to
 * be optimized under the same rules (thickness window, electron blocking, further variables) by
 * {@link BufferLayerOptimizer#solve(CoatingRankingProblem)}. Each candidate enters the stack with its
 * catalog conductivity, starting at the middle of the window. Immutable; {@code with…} copies.
 */
public final class CoatingRankingProblem {

    private final BufferLayerProblem template;
    private final List<Material> candidates;

    private CoatingRankingProblem(BufferLayerProblem template, List<Material> candidates) {
        this.template = template;
        this.candidates = candidates;
    }

    /**
     * @param stack the stack (its coating, if any, is replaced by each candidate)
     * @param candidates coating materials (not empty, no null)
     * @return the problem, with the defaults of {@link BufferLayerProblem#of(InterfaceStack)}
     * @throws IllegalArgumentException if the stack is null or the candidate list is empty or holds null
     */
    public static CoatingRankingProblem of(InterfaceStack stack, List<Material> candidates) {
        if (stack == null) {
            throw new IllegalArgumentException("stack must not be null");
        }
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("candidate coating list must not be empty, was " + candidates);
        }
        if (candidates.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("candidate coating list must not hold null, was " + candidates);
        }
        BufferLayerProblem template = BufferLayerProblem.of(stack.toBuilder().coating(candidates.get(0), 0).build());
        return new CoatingRankingProblem(template, List.copyOf(candidates));
    }

    /**
     * @param min smallest thickness allowed, m (&ge; 0)
     * @param max largest thickness allowed, m (&gt; min, ≤ 1 m)
     * @return this problem with another window
     * @throws IllegalArgumentException as {@link BufferLayerProblem#withThicknessWindow}
     */
    public CoatingRankingProblem withThicknessWindow(double min, double max) {
        return new CoatingRankingProblem(template.withThicknessWindow(min, max), candidates);
    }

    /**
     * @param barrier the tunnelling barrier every candidate must block with (not null)
     * @param factor k (&ge; 1)
     * @return this problem with the constraint
     * @throws IllegalArgumentException as {@link BufferLayerProblem#withElectronBlocking}
     */
    public CoatingRankingProblem withElectronBlocking(TunnellingBlocking barrier, double factor) {
        return new CoatingRankingProblem(template.withElectronBlocking(barrier, factor), candidates);
    }

    /**
     * @param variable a further free choice, optimized for every candidate (not null)
     * @return this problem with the variable
     * @throws IllegalArgumentException if the variable is null
     */
    public CoatingRankingProblem withVariable(DesignVariable variable) {
        return new CoatingRankingProblem(template.withVariable(variable), candidates);
    }

    /** @return the rules every candidate is optimized under, with the first candidate as its coating */
    public BufferLayerProblem template() {
        return template;
    }

    /** @return the candidate materials, in the order given (unmodifiable) */
    public List<Material> candidates() {
        return candidates;
    }

    @Override
    public String toString() {
        return "CoatingRankingProblem[" + candidates.stream().map(Material::id).toList() + " in " + template + "]";
    }
}
