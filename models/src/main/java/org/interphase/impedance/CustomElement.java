package org.interphase.impedance;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A circuit element defined by the user: a code for circuit strings, the names and units of its
 * parameters, and its impedance Z(ω, p). Register it in an {@link ElementRegistry} and parse
 * circuits with that registry (impedance.py's {@code @element} decorator does the same, but into a
 * global table; here the registry is an immutable value passed to the parser).
 *
 * <pre>{@code
 * CustomElement rc = CustomElement.of("Hav", List.of("R", "τ", "a", "b"), List.of("Ω", "s", "", ""),
 *         (w, p, z) -> { ... z[0] = Z', z[1] = Z'' })   // Havriliak–Negami, say
 *         .withExponents("a", "b");
 * Circuit c = ElementRegistry.standard().with(rc).parse("R0-Hav1");
 * }</pre>
 *
 * <p>Parameters are positive quantities (fitted as ln p) unless marked as exponents in (0, 1]
 * with {@link #withExponents} (fitted as logit α), exactly as the built-in elements'. In a circuit,
 * the parameters of an element {@code Hav1} are named {@code Hav1_0, Hav1_1, …} (one parameter:
 * {@code Hav1}), as impedance.py names them.
 *
 * <p>Immutable. The function must be pure and thread-safe: the circuit calls it once per
 * frequency, from any thread, with a fresh copy of the element's parameters per evaluation.
 */
public final class CustomElement {

    /** The most parameters a custom element may have. */
    public static final int MAX_PARAMETERS = 16;

    /** The impedance of a custom element at one angular frequency. */
    @FunctionalInterface
    public interface ZFunction {
        /**
         * Writes Z(ω) of the element into {@code z[0]} (Z', Ω) and {@code z[1]} (Z'', Ω).
         *
         * @param omega angular frequency ω = 2πf, rad/s, &gt; 0
         * @param parameters the element's parameters in the order of {@link #symbols()}, SI, valid
         *     (positive quantities; exponents in (0, 1]); a copy the function may not keep
         * @param z output, length 2: real and imaginary part of Z, Ω (Ω·m² per unit area)
         */
        void impedance(double omega, double[] parameters, double[] z);
    }

    private final String code;
    private final ImmutableList<String> symbols;
    private final ImmutableList<String> units;
    private final boolean[] exponent;
    private final ZFunction function;

    private CustomElement(String code, ImmutableList<String> symbols, ImmutableList<String> units, boolean[] exponent,
            ZFunction function) {
        this.code = code;
        this.symbols = symbols;
        this.units = units;
        this.exponent = exponent;
        this.function = function;
    }

    /**
     * A custom element whose parameters are all positive quantities.
     *
     * @param code the code used in circuit strings: letters only (e.g. {@code "Hav"}), not
     *     {@code "p"}, at most 32 characters; clashes with other codes are checked when it is
     *     registered ({@link ElementRegistry#with})
     * @param symbols the parameters' names, e.g. [R, τ]: 1 to {@value #MAX_PARAMETERS}, distinct,
     *     not blank
     * @param units the parameters' units, one per symbol (e.g. [Ω, s]; "" for dimensionless)
     * @param function Z(ω, p), pure and thread-safe
     * @return the element
     * @throws NullPointerException if an argument or a list entry is null
     * @throws IllegalArgumentException for a malformed code, no or too many parameters, a blank or
     *     repeated symbol, or a number of units different from the number of symbols
     */
    public static CustomElement of(String code, List<String> symbols, List<String> units, ZFunction function) {
        Objects.requireNonNull(code, "code (the element code) must not be null");
        Objects.requireNonNull(symbols, "symbols (the parameter names) must not be null");
        Objects.requireNonNull(units, "units (the parameter units) must not be null");
        Objects.requireNonNull(function, "function (Z(ω, p) of the element) must not be null");
        if (code.isEmpty() || code.length() > 32 || !code.chars().allMatch(Character::isLetter)) {
            throw new IllegalArgumentException("code (the element code) must be 1 to 32 letters (no digits or"
                    + " underscores: they start the element's number in a name such as 'Hav1'), was '" + code + "'");
        }
        if (code.equals("p")) {
            throw new IllegalArgumentException("code 'p' is reserved for parallel blocks p(...); choose another code");
        }
        if (symbols.isEmpty() || symbols.size() > MAX_PARAMETERS) {
            throw new IllegalArgumentException("symbols (the parameter names) of element '" + code + "' must hold 1 to "
                    + MAX_PARAMETERS + " names, was " + symbols.size());
        }
        if (units.size() != symbols.size()) {
            throw new IllegalArgumentException("units of element '" + code + "' must hold one unit per parameter, "
                    + symbols.size() + " for " + symbols + ", was " + units.size() + " " + units);
        }
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < symbols.size(); k++) {
            String s = Objects.requireNonNull(symbols.get(k), "symbols[" + k + "] of element '" + code + "' must not be null");
            Objects.requireNonNull(units.get(k), "units[" + k + "] of element '" + code + "' must not be null ('' for"
                    + " dimensionless)");
            if (s.isBlank()) {
                throw new IllegalArgumentException("symbols[" + k + "] of element '" + code + "' must not be blank");
            }
            if (!seen.add(s)) {
                throw new IllegalArgumentException("symbols of element '" + code + "' must be distinct; '" + s
                        + "' is repeated in " + symbols);
            }
        }
        return new CustomElement(code, ImmutableList.copyOf(symbols), ImmutableList.copyOf(units),
                new boolean[symbols.size()], function);
    }

    /**
     * A copy in which the named parameters are exponents in (0, 1] (validated so and fitted as
     * logit α, as a CPE's α); the others stay positive quantities.
     *
     * @param exponentSymbols names from {@link #symbols()}; none to make every parameter a positive
     *     quantity
     * @return the copy
     * @throws NullPointerException if the array or an entry is null
     * @throws IllegalArgumentException for a name that is not one of the symbols
     */
    public CustomElement withExponents(String... exponentSymbols) {
        Objects.requireNonNull(exponentSymbols, "exponentSymbols must not be null");
        boolean[] e = new boolean[symbols.size()];
        for (String s : exponentSymbols) {
            Objects.requireNonNull(s, "exponentSymbols must not hold null; the symbols of '" + code + "' are " + symbols);
            int k = symbols.indexOf(s);
            if (k < 0) {
                throw new IllegalArgumentException("exponentSymbols holds '" + s + "', which is not a parameter of"
                        + " element '" + code + "'; its parameters are " + symbols);
            }
            e[k] = true;
        }
        return new CustomElement(code, symbols, units, e, function);
    }

    /** @return the code used in circuit strings, e.g. {@code "Hav"} */
    public String code() {
        return code;
    }

    /** @return the number of parameters */
    public int parameterCount() {
        return symbols.size();
    }

    /** @return the parameters' names */
    public ImmutableList<String> symbols() {
        return symbols;
    }

    /** @return the parameters' units ("" for dimensionless) */
    public ImmutableList<String> units() {
        return units;
    }

    /**
     * @param k parameter index, in [0, {@link #parameterCount()})
     * @return true if parameter k is an exponent in (0, 1], false if it is a positive quantity
     * @throws IndexOutOfBoundsException if k is out of range
     */
    public boolean isExponent(int k) {
        Objects.checkIndex(k, exponent.length);
        return exponent[k];
    }

    /** @return Z(ω, p) */
    public ZFunction function() {
        return function;
    }

    /** Z at every ω, one copy of the parameters per call (none per frequency). */
    void evaluate(double[] omega, double[] p, int off, double[] re, double[] im, double[] t) {
        double[] q = Arrays.copyOfRange(p, off, off + symbols.size());
        for (int i = 0; i < omega.length; i++) {
            t[0] = Double.NaN;
            t[1] = Double.NaN;
            function.impedance(omega[i], q, t);
            re[i] = t[0];
            im[i] = t[1];
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code).append('(');
        for (int k = 0; k < symbols.size(); k++) {
            if (k > 0) {
                sb.append(", ");
            }
            sb.append(symbols.get(k));
            if (!units.get(k).isEmpty()) {
                sb.append(" [").append(units.get(k)).append(']');
            }
            if (exponent[k]) {
                sb.append(" in (0, 1]");
            }
        }
        return String.format(Locale.ROOT, "%s) custom element", sb);
    }
}
