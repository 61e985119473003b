package org.interphase.impedance;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link CircuitFitter} solves: a circuit, the measured spectrum, the initial guess of its
 * parameters, the names of the parameters held at their initial values (impedance.py's
 * {@code constants}), optional bounds on parameters and the part of the spectrum fitted (both
 * parts, as impedance.py, or the real or imaginary part only). Immutable and validated when built.
 *
 * <p>Bounds: a bounded parameter stays in [lower, upper] (the fitter keeps to the bounds in its
 * transformed variables, ln p or logit α). A fit that ends on a bound lists the parameter in
 * {@link CircuitFitSolution#atBound()} and {@link CircuitFitSolution#warnings()}; its value is then
 * the bound, not an estimate, and its standard error is empty.
 *
 * <p>Fit part: {@link FitPart#REAL} minimizes Σ(Z'_model − Z')²/w_i² only, {@link FitPart#IMAGINARY}
 * Σ(Z''_model − Z'')²/w_i² only (w_i as set by the fitter's weighting); a real-only fit cannot
 * see a series capacitance, an imaginary-only fit cannot see a series resistance.
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
 * @param bounds bounds of parameters by name (unbounded parameters absent); empty for none
 * @param fitPart the part of the spectrum fitted
 */
public record CircuitFitProblem(Circuit circuit, Spectrum data, double[] initialGuess, Set<String> fixed,
        ImmutableMap<String, Bounds> bounds, FitPart fitPart) {


    /**
     * Bounds of one parameter, in its SI unit.
     *
     * @param lower lower bound, finite and &ge; 0 (0: none beyond the parameter's domain)
     * @param upper upper bound, finite and &gt; lower (to bound from below only, give one far above
     *     the data's scale, e.g. 1e100; the fitter's own limit is e^230)
     */
    public record Bounds(double lower, double upper) {
        /**
         * Validates the bounds.
         *
         * @param lower lower bound, SI, finite and &ge; 0
         * @param upper upper bound, SI, finite and &gt; lower
         * @throws IllegalArgumentException for NaN, a negative or infinite bound, or upper &le; lower
         */
        public Bounds {
            if (!(lower >= 0 && lower < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("lower (bound of a parameter, SI) must be finite and >= 0, was "
                        + lower);
            }
            if (!(upper > lower && upper < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("upper (bound of a parameter, SI) must be finite and > lower = "
                        + lower + ", was " + upper);
            }
        }

        /** @return "[lower, upper]" (Locale.ROOT) */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "[%s, %s]", lower, upper);
        }
    }

    /**
     * A problem that fits both parts without bounds (the form of earlier versions).
     *
     * @param circuit the circuit
     * @param data the measured spectrum
     * @param initialGuess starting values of all parameters (copied)
     * @param fixed names of the parameters not to fit (copied)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public CircuitFitProblem(Circuit circuit, Spectrum data, double[] initialGuess, Set<String> fixed) {
        this(circuit, data, initialGuess, fixed, ImmutableMap.of(), FitPart.COMPLEX);
    }

    /**
     * Validates the problem.
     *
     * @param circuit the circuit
     * @param data the measured spectrum
     * @param initialGuess starting values of all parameters (copied)
     * @param fixed names of the parameters not to fit (copied)
     * @param bounds bounds by parameter name (empty map for none)
     * @param fitPart the part of the spectrum fitted
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for an invalid guess, an unknown or null fixed name, no free
     *     parameter, no more data values (2 per frequency, 1 for a real- or imaginary-only fit) than
     *     free parameters, a bound on an unknown parameter, an exponent's upper bound above 1, or an
     *     initial guess outside its bounds
     */
    public CircuitFitProblem {
        Objects.requireNonNull(circuit, "circuit must not be null");
        Objects.requireNonNull(data, "data (the measured spectrum) must not be null");
        Objects.requireNonNull(fixed, "fixed must not be null; use an empty set to fit every parameter");
        Objects.requireNonNull(bounds, "bounds must not be null; use an empty map for none");
        Objects.requireNonNull(fitPart, "fitPart (the part of the spectrum fitted) must not be null; FitPart.COMPLEX fits both");
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
        int values = fitPart.valuesPerFrequency() * data.size();
        if (values <= free) {
            throw new IllegalArgumentException("a fit of " + free + " parameters needs more than " + free
                    + " data values (" + (fitPart == FitPart.COMPLEX ? "2 per frequency"
                            : "1 per frequency: a " + fitPart.name().toLowerCase(Locale.ROOT) + "-only fit") + "), was "
                    + values);
        }
        for (Map.Entry<String, Bounds> e : bounds.entrySet()) {
            int k = circuit.parameterIndex(e.getKey(), "bounds key");
            Bounds b = Objects.requireNonNull(e.getValue(), "bounds of " + e.getKey() + " must not be null");
            String unit = circuit.parameterUnits().get(k);
            if (circuit.isExponent(k) && b.upper() > 1) {
                throw new IllegalArgumentException("upper bound of " + e.getKey() + " must be <= 1 (it is an exponent"
                        + " in (0, 1]), was " + b.upper());
            }
            double g = initialGuess[k];
            if (!(g >= b.lower() && g <= b.upper())) {
                throw new IllegalArgumentException("initialGuess[" + k + "] (" + e.getKey() + ") = " + g + " " + unit
                        + " must lie within its bounds " + b + " " + unit);
            }
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
     * @param name the parameter, e.g. {@code "R1"}
     * @param lower its lower bound, in the parameter's SI unit, finite and &ge; 0
     * @param upper its upper bound, finite and &gt; lower (for an exponent, see below)
     * @return a copy with that parameter bounded (replacing an earlier bound of it)
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException for an unknown name, invalid bounds, an exponent's upper
     *     bound above 1, or an initial guess outside the bounds
     */
    public CircuitFitProblem withBounds(String name, double lower, double upper) {
        circuit.parameterIndex(name, "name");
        Map<String, Bounds> m = new LinkedHashMap<>(bounds);
        m.put(name, new Bounds(lower, upper));
        return new CircuitFitProblem(circuit, data, initialGuess, fixed, ImmutableMap.copyOf(m), fitPart);
    }

    /**
     * @param fitPart the part of the spectrum to fit ({@link FitPart#COMPLEX} is the default)
     * @return a copy that fits that part
     * @throws NullPointerException if fitPart is null
     * @throws IllegalArgumentException if the data have no more values of that part than free
     *     parameters
     */
    public CircuitFitProblem withFitPart(FitPart fitPart) {
        return new CircuitFitProblem(circuit, data, initialGuess, fixed, bounds, fitPart);
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
        return new CircuitFitProblem(circuit, data, initialGuess, new LinkedHashSet<>(Arrays.asList(names)), bounds,
                fitPart);
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
                && Arrays.equals(initialGuess, p.initialGuess) && fixed.equals(p.fixed) && bounds.equals(p.bounds)
                && fitPart == p.fitPart;
    }

    @Override
    public int hashCode() {
        return Objects.hash(circuit, data, Arrays.hashCode(initialGuess), fixed, bounds, fitPart);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "fit of %s to %d points from %s%s%s%s", circuit, data.size(),
                circuit.named(initialGuess), fixed.isEmpty() ? "" : ", fixed " + fixed,
                bounds.isEmpty() ? "" : ", bounds " + bounds, fitPart == FitPart.COMPLEX ? ""
                        : ", " + fitPart.name().toLowerCase(Locale.ROOT) + " part only");
    }
}
