package org.interphase.buffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.interphase.core.Checks;
import org.interphase.core.Units;
import org.interphase.materials.Material;
import org.interphase.stack.InterfaceStack;

/**
 * What the {@link BufferLayerOptimizer} chooses: the coating thickness of a stack within a window,
 * optionally above the electron-blocking bound of a {@link TunnellingBlocking} barrier, and any
 * further free choices ({@link DesignVariable}s: processing temperature or time, stack pressure, …),
 * all to minimise the stack's total resistance. To choose the coating material as well, rank
 * candidates with a {@link CoatingRankingProblem}.
 *
 * <p>Immutable; the {@code with…} methods return modified copies. Defaults (shown by
 * {@link #toString()}): a window of 0 … 50 nm, no electron-blocking constraint, no further variables.
 */
public final class BufferLayerProblem {

    private final InterfaceStack stack;
    private final double minThickness;
    private final double maxThickness;
    private final TunnellingBlocking blocking;
    private final double blockingFactor;
    private final List<DesignVariable> variables;

    private BufferLayerProblem(InterfaceStack stack, double minThickness, double maxThickness,
            TunnellingBlocking blocking, double blockingFactor, List<DesignVariable> variables) {
        this.stack = stack;
        this.minThickness = minThickness;
        this.maxThickness = maxThickness;
        this.blocking = blocking;
        this.blockingFactor = blockingFactor;
        this.variables = List.copyOf(variables);
    }

    /**
     * The coating thickness of a stack as the free choice.
     *
     * @param stack a stack with a coating (its thickness is the starting point when further variables
     *     are optimized with it)
     * @return the problem, with a window of 0 … 50 nm
     * @throws IllegalArgumentException if the stack is null or has no coating
     */
    public static BufferLayerProblem of(InterfaceStack stack) {
        if (stack == null) {
            throw new IllegalArgumentException("stack must not be null");
        }
        if (stack.coating().isEmpty()) {
            throw new IllegalArgumentException("the stack " + stack.name()
                    + " has no coating to optimize; add one with coating(material, thickness)");
        }
        return new BufferLayerProblem(stack, 0, Units.nm(50), null, 1e3, List.of());
    }

    /**
     * @param min smallest thickness allowed, m (&ge; 0)
     * @param max largest thickness allowed, m (&gt; min, ≤ 1 m)
     * @return this problem with another window
     * @throws IllegalArgumentException if the window is empty or out of range
     */
    public BufferLayerProblem withThicknessWindow(double min, double max) {
        Checks.nonNegative(min, "min thickness", "m");
        Checks.positive(max, "max thickness", "m");
        Checks.atMost(max, 1.0, "max thickness", "m");
        if (!(max > min)) {
            throw new IllegalArgumentException("max thickness must be > min thickness (" + min + " m), was " + max + " m");
        }
        return new BufferLayerProblem(stack, min, max, blocking, blockingFactor, variables);
    }

    /**
     * Requires electron blocking: R_tun(L) ≥ factor·(L/σ + R_ct), evaluated for the stack as given
     * (its temperature and coating conductivity).
     *
     * @param barrier the tunnelling barrier of the coating (not null)
     * @param factor k (&ge; 1)
     * @return this problem with the constraint
     * @throws IllegalArgumentException if the barrier is null or the factor below 1 or not finite
     */
    public BufferLayerProblem withElectronBlocking(TunnellingBlocking barrier, double factor) {
        if (barrier == null) {
            throw new IllegalArgumentException("tunnelling barrier must not be null");
        }
        Checks.atLeast(factor, 1.0, "blocking factor", "");
        return new BufferLayerProblem(stack, minThickness, maxThickness, barrier, factor, variables);
    }

    /**
     * @param variable a further free choice, optimized together with the thickness (BOBYQA) (not null)
     * @return this problem with the variable added after the existing ones
     * @throws IllegalArgumentException if the variable is null
     */
    public BufferLayerProblem withVariable(DesignVariable variable) {
        if (variable == null) {
            throw new IllegalArgumentException("design variable must not be null");
        }
        List<DesignVariable> v = new ArrayList<>(variables);
        v.add(variable);
        return new BufferLayerProblem(stack, minThickness, maxThickness, blocking, blockingFactor, v);
    }

    /**
     * @param material another coating material (not null)
     * @param thickness its starting thickness, m (&ge; 0)
     * @return this problem with the stack's coating replaced by that material (its catalog conductivity)
     * @throws IllegalArgumentException if the material is null or the thickness negative
     */
    public BufferLayerProblem withCoating(Material material, double thickness) {
        if (material == null) {
            throw new IllegalArgumentException("coating material must not be null");
        }
        return new BufferLayerProblem(stack.toBuilder().coating(material, thickness).build(), minThickness,
                maxThickness, blocking, blockingFactor, variables);
    }

    /** @return the stack whose coating is optimized */
    public InterfaceStack stack() {
        return stack;
    }

    /** @return the smallest thickness of the window, m */
    public double minThickness() {
        return minThickness;
    }

    /** @return the largest thickness of the window, m */
    public double maxThickness() {
        return maxThickness;
    }

    /** @return the tunnelling barrier of the electron-blocking constraint, if required */
    public Optional<TunnellingBlocking> electronBlocking() {
        return Optional.ofNullable(blocking);
    }

    /** @return the blocking ratio k of the constraint (used only with a barrier) */
    public double blockingFactor() {
        return blockingFactor;
    }

    /** @return the further free choices, in the order they are applied (unmodifiable) */
    public List<DesignVariable> variables() {
        return variables;
    }

    /**
     * The thinnest coating allowed: the window's lower end, or the electron-blocking bound for the
     * coating's conductivity at the stack's temperature.
     *
     * @return L_min, m
     * @throws org.interphase.materials.MissingDataException if the blocking bound needs a
     *     conductivity the catalog does not have for the coating at that temperature
     */
    public double thinnestAllowed() {
        double lower = minThickness;
        if (blocking != null) {
            double sigma = stack.coating().orElseThrow().conductivity(stack.temperature());
            lower = Math.max(lower, blocking.minimumThickness(sigma, stack.chargeTransferResistance(), blockingFactor));
        }
        return lower;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "BufferLayerProblem[%s; coating %.3g … %.3g nm; electron blocking %s; %s]",
                stack.name(), Units.toNm(minThickness), Units.toNm(maxThickness),
                blocking == null ? "not required" : blocking + " x" + blockingFactor,
                variables.isEmpty() ? "no further variables" : "variables " + variables);
    }
}
