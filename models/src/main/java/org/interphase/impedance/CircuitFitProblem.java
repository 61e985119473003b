package org.interphase.impedance;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link CircuitFitter} solves: a circuit, the measured spectrum, the initial guess of its
 * parameters and the names of the parameters held at their initial values (impedance.py's
 * {@code constants}). Immutable and validated when built.
 *
 * <pre>{@code
 * CircuitFitProblem p = CircuitFitProblem.of(Circuit.parse("R0-p(R1,CPE1)"), data, 10, 100, 1e-6, 0.9)
 *         .withFixed("CPE1_1");
 * CircuitFitSolution s = CircuitFitter.withDefaults().solve(p);
 * }</pre>
 *
 * @param circuit the circuit
 * @param data the measured spectrum (Ω or Ω·m²; the parameters are in the same basis)
 * @param initialGuess starting values of all parameters in {@link Circuit#parameterNames()}
 *     order, SI units, valid for the circuit (positive quantities, exponents in (0, 1]); the
 *     fixed ones keep theirs
 * @param fixed names of the parameters not to fit (their standard error is 0); empty to fit all
 */
public record CircuitFitProblem(Circuit circuit, Spectrum data, double[] initialGuess, Set<String> fixed) {

    /**
     * Validates the problem.
     *
     * @param circuit the circuit
     * @param data the measured spectrum
     * @param initialGuess starting values of all parameters (copied)
     * @param fixed names of the parameters not to fit (copied)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for an invalid guess, an unknown or null fixed name, no free
     *     parameter, or no more data values (2 per frequency) than free parameters
     */
    public CircuitFitProblem {
        Objects.requireNonNull(circuit, "circuit must not be null");
        Objects.requireNonNull(data, "data (the measured spectrum) must not be null");
        Objects.requireNonNull(fixed, "fixed must not be null; use an empty set to fit every parameter");
        circuit.checkParameters(initialGuess, "initialGuess");
        initialGuess = initialGuess.clone();
        Set<String> names = new LinkedHashSet<>();
        for (String name : fixed) {
            if (name == null || !circuit.parameterNames().contains(name)) {
                throw new IllegalArgumentException("fixed holds '" + name + "', which is not a parameter of circuit "
                        + circuit + "; its parameters are " + circuit.parameterNames());
            }
            names.add(name);
        }
        fixed = java.util.Collections.unmodifiableSet(names);
        int free = circuit.parameterCount() - names.size();
        if (free == 0) {
            throw new IllegalArgumentException("every parameter of " + circuit + " is fixed; nothing to fit");
        }
        int values = 2 * data.size();
        if (values <= free) {
            throw new IllegalArgumentException("a fit of " + free + " parameters needs more than " + free
                    + " data values (2 per frequency), was " + values);
        }
    }

    /**
     * A problem that fits every parameter.
     *
     * @param circuit the circuit
     * @param data the measured spectrum
     * @param initialGuess starting values in {@link Circuit#parameterNames()} order, SI units
     * @return the problem
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #CircuitFitProblem}
     */
    public static CircuitFitProblem of(Circuit circuit, Spectrum data, double... initialGuess) {
        return new CircuitFitProblem(circuit, data, initialGuess, Set.of());
    }

    /**
     * @param names the parameters to hold at their initial values, e.g. {@code "CPE1_1"}
     *     (replaces the current set; none to fit every parameter)
     * @return a copy with those parameters fixed
     * @throws NullPointerException if names is null
     * @throws IllegalArgumentException for an unknown or null name, or no parameter left to fit
     */
    public CircuitFitProblem withFixed(String... names) {
        Objects.requireNonNull(names, "names must not be null");
        return new CircuitFitProblem(circuit, data, initialGuess, new LinkedHashSet<>(Arrays.asList(names)));
    }

    /** @return a copy of the initial guess, in {@link Circuit#parameterNames()} order */
    @Override
    public double[] initialGuess() {
        return initialGuess.clone();
    }

    /** The initial guess without a copy, for the fitter. */
    double[] guess() {
        return initialGuess;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CircuitFitProblem p && circuit.equals(p.circuit) && data.equals(p.data)
                && Arrays.equals(initialGuess, p.initialGuess) && fixed.equals(p.fixed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(circuit, data, Arrays.hashCode(initialGuess), fixed);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "fit of %s to %d points from %s%s", circuit, data.size(),
                circuit.named(initialGuess), fixed.isEmpty() ? "" : ", fixed " + fixed);
    }
}
