package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.interphase.core.Checks;
import org.interphase.core.Constants;
import org.interphase.core.Mesh1D;

/**
 * Resistance against coating thickness, Li⁺ step and temperature, and the apparent activation
 * energy of a layer's resistance.
 *
 * <p>The apparent activation energy is E_app = k_B·d ln R/d(1/T), by a central difference in 1/T
 * (relative step 1e-3, truncation error ~1e-6 relative). The bulk conductivities follow their
 * {@link org.interphase.core.TemperatureLaw}s and the Li⁺ step Δμ is held fixed, so the reduced step
 * Δμ/kT changes with T. For a Mott–Schottky depletion layer carrying the whole step this gives
 * E_app ≈ E_a,bulk + Δμ − kT (Maier 1995; research note §2.9).
 */
public final class Sweeps {

    private static final double RELATIVE_STEP = 1e-3;

    private Sweeps() {}

    /**
     * Total resistance against the thickness of one inner layer, by the layered solver.
     *
     * @param solver the solver
     * @param stack the stack
     * @param layer index of the inner layer (1 … size − 2)
     * @param thicknesses the thicknesses, m (&gt; 0)
     * @return the sweep (parameter "thickness", unit m)
     */
    public static Sweep thickness(LayeredSolver solver, LayeredJunction stack, int layer, double[] thicknesses) {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(stack, "stack");
        Checks.allFinite(thicknesses, "thicknesses", "m");
        for (double d : thicknesses) {
            stack.withThickness(layer, d); // checks the layer index and every thickness before any solve
        }
        double[] total = new double[thicknesses.length];
        double[] scl = new double[thicknesses.length];
        List<List<LayerResult>> layers = new ArrayList<>();
        for (int i = 0; i < thicknesses.length; i++) {
            LayeredSolution s = solver.solve(stack.withThickness(layer, thicknesses[i]));
            total[i] = s.totalResistance();
            scl[i] = s.spaceChargeResistance();
            layers.add(s.layers());
        }
        return new Sweep("thickness", "m", thicknesses, total, scl, layers);
    }

    /**
     * Resistance against the Li⁺ step of a junction, by the mesh-free path.
     *
     * @param model the model
     * @param junction the junction (its own step is replaced)
     * @param steps the steps Δμ, J
     * @return the sweep (parameter "Δμ", unit J)
     */
    public static Sweep step(Heterojunction model, Junction junction, double[] steps) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(junction, "junction");
        Checks.allFinite(steps, "steps", "J");
        return junctionSweep("Δμ", "J", steps, v -> model.solve(junction.withStep(v)));
    }

    /**
     * Resistance against temperature, by the mesh-free path.
     *
     * @param model the model
     * @param junction the junction (its own temperature is replaced)
     * @param temperatures T, K (&gt; 0)
     * @return the sweep (parameter "T", unit K)
     */
    public static Sweep temperature(Heterojunction model, Junction junction, double[] temperatures) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(junction, "junction");
        Checks.allFinite(temperatures, "temperatures", "K");
        for (double t : temperatures) {
            Checks.positive(t, "temperature", "K");
        }
        return junctionSweep("T", "K", temperatures, v -> model.solve(junction.withTemperature(v)));
    }

    private static Sweep junctionSweep(String name, String unit, double[] values,
            java.util.function.DoubleFunction<JunctionSolution> solve) {
        double[] total = new double[values.length];
        List<List<LayerResult>> layers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            JunctionSolution s = solve.apply(values[i]);
            total[i] = s.totalResistance();
            layers.add(s.layers());
        }
        return new Sweep(name, unit, values, total, total, layers);
    }

    /**
     * Apparent activation energy of one side's space-charge resistance, mesh-free.
     *
     * @param model the model
     * @param junction the junction, at the temperature of interest
     * @param side 0 (left) or 1 (right); its resistance must be positive (a depletion layer)
     * @return E_app = k_B·d ln R/d(1/T), J
     */
    public static double apparentActivationEnergy(Heterojunction model, Junction junction, int side) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(junction, "junction");
        if (side != 0 && side != 1) {
            throw new IllegalArgumentException("side must be 0 (left) or 1 (right), was " + side);
        }
        double t = junction.temperature();
        return centralDifference(t, temp -> model.solve(junction.withTemperature(temp)).layers().get(side).resistance());
    }

    /**
     * Apparent activation energy of one phase's space-charge resistance by the layered solver; both
     * temperatures are solved on the same mesh so that the difference is not mesh noise.
     *
     * @param solver the solver
     * @param stack the stack, at the temperature of interest
     * @param phase the phase index; its resistance must be positive
     * @return E_app, J
     */
    public static double apparentActivationEnergy(LayeredSolver solver, LayeredJunction stack, int phase) {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(stack, "stack");
        stack.phase(phase); // checks the index before any solve
        Mesh1D mesh = solver.mesh(stack);
        return centralDifference(stack.temperature(),
                temp -> solver.solve(stack.withTemperature(temp), mesh).layer(phase).resistance());
    }

    private static double centralDifference(double t, java.util.function.DoubleUnaryOperator resistance) {
        double inv = 1 / t;
        double h = RELATIVE_STEP * inv;
        double rPlus = resistance.applyAsDouble(1 / (inv + h));
        double rMinus = resistance.applyAsDouble(1 / (inv - h));
        if (!(rPlus > 0 && rMinus > 0)) {
            throw new IllegalArgumentException("the apparent activation energy needs a positive (depletion) resistance, "
                    + "was " + rPlus + " and " + rMinus + " Ω·m²");
        }
        return Constants.BOLTZMANN * (Math.log(rPlus) - Math.log(rMinus)) / (2 * h);
    }
}
