package org.interphase.impedance;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A circuit with its parameter values, as {@link CircuitJson} saves and loads it: the circuit,
 * the parameters in {@link Circuit#parameterNames()} order (SI), whether they are per unit area,
 * and the standard errors the fit determined (by name; absent where none was determined).
 *
 * @param circuit the circuit
 * @param parameters its parameters in {@link Circuit#parameterNames()} order, SI (Ω·m², F/m², …
 *     if {@code perArea}); valid for the circuit
 * @param perArea true if the parameters are per unit area (fitted to an area-specific spectrum)
 * @param standardErrors standard errors by parameter name, in the parameters' units, finite and
 *     &ge; 0 (empty map for none)
 */
public record SavedCircuit(Circuit circuit, double[] parameters, boolean perArea,
        ImmutableMap<String, Double> standardErrors) {

    /**
     * Validates and copies.
     *
     * @param circuit the circuit
     * @param parameters parameter values (copied)
     * @param perArea true for per-area values
     * @param standardErrors standard errors by name
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for an invalid parameter vector, or a standard error of an
     *     unknown parameter or one that is not finite and &ge; 0
     */
    public SavedCircuit {
        Objects.requireNonNull(circuit, "circuit must not be null");
        Objects.requireNonNull(standardErrors, "standardErrors must not be null; use an empty map for none");
        circuit.checkParameters(parameters, "parameters");
        parameters = parameters.clone();
        for (Map.Entry<String, Double> e : standardErrors.entrySet()) {
            int k = circuit.parameterIndex(e.getKey(), "standardErrors key");
            double v = e.getValue();
            if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("standardErrors of " + e.getKey() + " must be finite and >= 0 "
                        + circuit.parameterUnits().get(k) + ", was " + v);
            }
        }
    }

    /**
     * The saved state of a fit: its circuit, fitted parameters, per-area flag and determined
     * standard errors.
     *
     * @param solution the fit
     * @return the saved circuit
     * @throws NullPointerException if solution is null
     */
    public static SavedCircuit of(CircuitFitSolution solution) {
        Objects.requireNonNull(solution, "solution must not be null");
        Circuit c = solution.problem().circuit();
        ImmutableMap.Builder<String, Double> se = ImmutableMap.builder();
        for (int k = 0; k < c.parameterCount(); k++) {
            if (solution.standardErrors().get(k).isPresent()) {
                se.put(c.parameterNames().get(k), solution.standardErrors().get(k).getAsDouble());
            }
        }
        return new SavedCircuit(c, solution.parameters(), solution.problem().data().perArea(), se.build());
    }

    /** @return a copy of the parameters, in {@link Circuit#parameterNames()} order, SI */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** @return the parameters by name, SI */
    public Map<String, Double> named() {
        return circuit.named(parameters);
    }

    /**
     * @return the circuit bound to the parameters, per unit area if they are
     *     ({@link Circuit#withPerArea} or {@link Circuit#with})
     */
    public Impedance impedance() {
        return perArea ? circuit.withPerArea(parameters) : circuit.with(parameters);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SavedCircuit s && circuit.equals(s.circuit) && Arrays.equals(parameters, s.parameters)
                && perArea == s.perArea && standardErrors.equals(s.standardErrors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(circuit, Arrays.hashCode(parameters), perArea, standardErrors);
    }

    @Override
    public String toString() {
        return circuit + " " + named() + (perArea ? " per unit area" : "");
    }
}
