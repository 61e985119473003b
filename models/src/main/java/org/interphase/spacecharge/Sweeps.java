package org.interphase.spacecharge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.interphase.core.Checks;
import org.interphase.core.Constants;

/**
 * Resistance against coating thickness, carrier step and temperature (or any parameter, with
 * {@link #over}), and the apparent activation energy of a layer's resistance. Every method takes
 * solutions through {@link SpaceChargeSolution}, so the mesh-free and the layered solver serve alike.
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
     * Any sweep: solves at each value with the given function and tabulates the resistances and
     * every phase's layer. Works with either solver, e.g.
     * {@code Sweeps.over("Δμ", "J", steps, v -> JunctionSolver.withDefaults().solve(j.withStep(v)))}.
     *
     * @param parameter the name of the swept parameter
     * @param unit its SI unit
     * @param values the parameter values (finite)
     * @param solve the solve at one value
     * @return the sweep
     * @throws IllegalArgumentException if a value is not finite, or the solve refuses it (the message
     *         names values[i] and its value)
     */
    public static Sweep over(String parameter, String unit, double[] values,
            DoubleFunction<? extends SpaceChargeSolution> solve) {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(solve, "solve");
        Checks.allFinite(values, "values", unit);
        return sweep(parameter, unit, values, solve, "values");
    }

    /**
     * Solves at each value; a value the solver refuses (an IllegalArgumentException, e.g. a step so
     * large that a layer's resistivity ratio overflows) is reported as {@code argument[i]} with its
     * value, so the caller knows which entry to change.
     */
    private static Sweep sweep(String parameter, String unit, double[] values,
            DoubleFunction<? extends SpaceChargeSolution> solve, String argument) {
        double[] total = new double[values.length];
        double[] scl = new double[values.length];
        List<List<PhaseLayer>> layers = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            SpaceChargeSolution s;
            try {
                s = Objects.requireNonNull(solve.apply(values[i]), "solution");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(argument + "[" + i + "] = " + values[i] + " " + unit
                        + " cannot be solved: " + e.getMessage(), e);
            }
            total[i] = s.totalResistance();
            scl[i] = s.spaceChargeResistance();
            layers.add(s.layers());
        }
        return new Sweep(parameter, unit, values, total, scl, layers);
    }

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
        return sweep("thickness", "m", thicknesses, d -> solver.solve(stack.withThickness(layer, d)), "thicknesses");
    }

    /**
     * Resistance against the carrier's chemical-potential step of a junction, by the mesh-free path.
     *
     * @param solver the solver
     * @param junction the junction (its own step is replaced)
     * @param steps the steps Δμ, J (finite; each must be solvable: a depleted layer's resistivity
     *        ratio σ∞/σ must stay below e^700, which bounds |Δμ| at a few tens of eV near room temperature)
     * @return the sweep (parameter "Δμ", unit J)
     * @throws IllegalArgumentException if a step is not finite, or the junction or the solver refuses
     *         it (the message names steps[i] and its value)
     */
    public static Sweep step(JunctionSolver solver, Junction junction, double[] steps) {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(junction, "junction");
        Checks.allFinite(steps, "steps", "J");
        for (double v : steps) {
            junction.withStep(v); // checks every step before any solve
        }
        return sweep("Δμ", "J", steps, v -> solver.solve(junction.withStep(v)), "steps");
    }

    /**
     * Resistance against temperature, by the mesh-free path.
     *
     * @param solver the solver
     * @param junction the junction (its own temperature is replaced)
     * @param temperatures T, K (&gt; 0)
     * @return the sweep (parameter "T", unit K)
     */
    public static Sweep temperature(JunctionSolver solver, Junction junction, double[] temperatures) {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(junction, "junction");
        Checks.allFinite(temperatures, "temperatures", "K");
        for (double t : temperatures) {
            Checks.positive(t, "temperatures", "K");
            junction.withTemperature(t);
        }
        return sweep("T", "K", temperatures, v -> solver.solve(junction.withTemperature(v)), "temperatures");
    }

    /**
     * Apparent activation energy of one phase's space-charge resistance, from solves at two
     * temperatures around {@code temperature} by the given function. For the layered solver, solve
     * both on one mesh so that the difference is not mesh noise:
     * {@code Mesh1D m = solver.mesh(stack); Sweeps.apparentActivationEnergy(t -> solver.solve(stack.withTemperature(t), m), stack.temperature(), p)}.
     *
     * @param solveAt the solve at a temperature T (K)
     * @param temperature the temperature of interest, K (&gt; 0)
     * @param phase the phase index (0 … number of phases − 1); its resistance must be positive (a depletion layer)
     * @return E_app = k_B·d ln R/d(1/T), J
     */
    public static double apparentActivationEnergy(DoubleFunction<? extends SpaceChargeSolution> solveAt,
            double temperature, int phase) {
        Objects.requireNonNull(solveAt, "solveAt");
        Checks.positive(temperature, "temperature", "K");
        double inv = 1 / temperature;
        double h = RELATIVE_STEP * inv;
        SpaceChargeSolution plus = solveAt.apply(1 / (inv + h));
        SpaceChargeSolution minus = solveAt.apply(1 / (inv - h));
        int n = plus.layers().size();
        if (phase < 0 || phase >= n) {
            throw new IllegalArgumentException("phase (phase index) must be in [0, " + (n - 1) + "], was " + phase);
        }
        double rPlus = plus.layer(phase).resistance();
        double rMinus = minus.layer(phase).resistance();
        if (!(rPlus > 0 && rMinus > 0)) {
            throw new IllegalArgumentException("phase " + phase + " (" + plus.layer(phase).phase() + ") must be a depletion "
                    + "layer: the apparent activation energy needs a positive (depletion) resistance, was " + rPlus
                    + " and " + rMinus + " Ω·m² at " + (1 / (inv + h)) + " and " + (1 / (inv - h)) + " K");
        }
        return Constants.BOLTZMANN * (Math.log(rPlus) - Math.log(rMinus)) / (2 * h);
    }
}
