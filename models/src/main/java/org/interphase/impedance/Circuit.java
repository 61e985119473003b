package org.interphase.impedance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.interphase.core.Checks;

/**
 * An equivalent circuit: a tree of {@link ElementType elements} joined in series and in parallel,
 * with a flat vector of named parameters. Build it in code ({@link #element}, {@link #series},
 * {@link #parallel}) or parse the circuit strings of impedance.py ({@link #parse}):
 * {@code "R0-p(R1,CPE1)-p(R2-Wo1,C2)"}, where {@code -} joins in series and {@code p(a,b,…)} in
 * parallel.
 *
 * <p>Series: Z = Σ Z_k. Parallel: Z = 1/Σ(1/Z_k). The circuit holds no parameter values; they
 * are passed to {@link #spectrum} in the order of {@link #parameterNames()} (left to right in
 * the circuit string), or bound by name with {@link #parameters(Map)}.
 *
 * <p>Immutable and thread-safe. Evaluation stores spectra as arrays of real and imaginary parts
 * and allocates only per call, never per frequency.
 */
public final class Circuit {

    /**
     * The deepest nesting of parallel blocks a circuit may have, built in code or parsed. Real
     * equivalent circuits nest a few levels (a transmission line written out as a ladder some
     * tens); the limit keeps parsing and evaluation, which recurse over the tree, far from the
     * thread's stack limit (they overflowed at 1,400–6,500 levels).
     */
    public static final int MAX_DEPTH = 200;

    private enum Kind { ELEMENT, SERIES, PARALLEL }

    private final Kind kind;
    private final ElementType type;
    /** The user's element when {@code type} is null and kind is ELEMENT. */
    private final CustomElement custom;
    private final String name;
    private final Circuit[] children;
    private final int[] childOffsets;
    private final int parameterCount;
    private final int depth;
    private final int parallelDepth;
    private final List<String> parameterNames;
    private final List<String> parameterUnits;
    private final List<String> elementNames;
    private final boolean[] exponent;
    /** The custom elements used, left to right (identity matters for equality). */
    private final List<CustomElement> customs;

    private Circuit(Kind kind, ElementType type, CustomElement custom, String name, Circuit[] children) {
        this.kind = kind;
        this.type = type;
        this.custom = custom;
        this.name = name;
        this.children = children;
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> elements = new ArrayList<>();
        List<CustomElement> used = new ArrayList<>();
        if (kind == Kind.ELEMENT) {
            this.childOffsets = new int[0];
            int n = type != null ? type.parameterCount() : custom.parameterCount();
            List<String> elementUnits = type != null ? type.units() : custom.units();
            for (int k = 0; k < n; k++) {
                names.add(n == 1 ? name : name + "_" + k);
                units.add(elementUnits.get(k));
            }
            elements.add(name);
            this.exponent = new boolean[n];
            for (int k = 0; k < n; k++) {
                exponent[k] = type != null ? type.isExponent(k) : custom.isExponent(k);
            }
            if (custom != null) {
                used.add(custom);
            }
            this.depth = 0;
            this.parallelDepth = 0;
        } else {
            this.childOffsets = new int[children.length];
            int off = 0;
            int d = 0;
            int pd = 0;
            Set<String> seen = new HashSet<>();
            for (int c = 0; c < children.length; c++) {
                childOffsets[c] = off;
                off += children[c].parameterCount;
                names.addAll(children[c].parameterNames);
                units.addAll(children[c].parameterUnits);
                used.addAll(children[c].customs);
                for (String e : children[c].elementNames) {
                    if (!seen.add(e)) {
                        throw new IllegalArgumentException("duplicate element name '" + e + "' in a circuit");
                    }
                    elements.add(e);
                }
                d = Math.max(d, children[c].depth);
                pd = Math.max(pd, children[c].parallelDepth);
            }
            this.depth = d + 1;
            this.parallelDepth = kind == Kind.PARALLEL ? pd + 1 : pd;
            if (parallelDepth > MAX_DEPTH) {
                throw new IllegalArgumentException("parallel blocks nested " + parallelDepth + " levels deep, the limit is "
                        + MAX_DEPTH + " levels (Circuit.MAX_DEPTH)");
            }
            this.exponent = new boolean[off];
            for (int c = 0; c < children.length; c++) {
                System.arraycopy(children[c].exponent, 0, exponent, childOffsets[c], children[c].parameterCount);
            }
        }
        this.parameterCount = names.size();
        this.parameterNames = Collections.unmodifiableList(names);
        this.parameterUnits = Collections.unmodifiableList(units);
        this.elementNames = Collections.unmodifiableList(elements);
        this.customs = List.copyOf(used);
    }

    /**
     * A single element, its type read from the name as in impedance.py: the letters before the
     * first digit or underscore ({@code "CPE1"} is a CPE named CPE1, {@code "Wo_coat"} a Wo).
     *
     * @param name the element name, e.g. {@code "R0"}
     * @return the one-element circuit
     * @throws IllegalArgumentException for a malformed name or an unknown element code
     */
    public static Circuit element(String name) {
        Objects.requireNonNull(name, "name (the element name) must not be null");
        if (!validName(name)) {
            throw new IllegalArgumentException("element name must be letters followed by letters, digits or"
                    + " underscores, was '" + name + "'");
        }
        return new Circuit(Kind.ELEMENT, ElementType.ofCode(codeOf(name)), null, name, null);
    }

    /**
     * A single element, built-in or registered in {@code registry}, its type read from the name as
     * in {@link #element(String)} ({@code "Hav1"} is the custom element of code {@code Hav}).
     *
     * @param name the element name, e.g. {@code "Hav1"}
     * @param registry the elements known (built-in and custom)
     * @return the one-element circuit
     * @throws NullPointerException if name or registry is null
     * @throws IllegalArgumentException for a malformed name or a code the registry does not know
     */
    public static Circuit element(String name, ElementRegistry registry) {
        Objects.requireNonNull(name, "name (the element name) must not be null");
        Objects.requireNonNull(registry, "registry (the known elements) must not be null");
        if (!validName(name)) {
            throw new IllegalArgumentException("element name must be letters followed by letters, digits or"
                    + " underscores, was '" + name + "'");
        }
        String code = codeOf(name);
        java.util.Optional<CustomElement> c = registry.custom(code);
        if (c.isPresent()) {
            return new Circuit(Kind.ELEMENT, null, c.get(), name, null);
        }
        if (!registry.knows(code)) {
            throw new IllegalArgumentException("element code '" + code + "' (of element '" + name + "') is unknown;"
                    + " known codes: " + registry.knownCodes());
        }
        return element(name);
    }

    /**
     * A single element of a given type.
     *
     * @param type the element type
     * @param name the element name (must start with the type's code, e.g. {@code "CPE1"})
     * @return the one-element circuit
     * @throws NullPointerException if type or name is null
     * @throws IllegalArgumentException for a malformed name or one that does not denote the type
     */
    public static Circuit element(ElementType type, String name) {
        Objects.requireNonNull(type, "type (the element type) must not be null");
        Circuit c = element(name);
        if (c.type != type) {
            throw new IllegalArgumentException("element name '" + name + "' does not denote a " + type.code()
                    + "; names start with their type code, e.g. '" + type.code() + "1'");
        }
        return c;
    }

    /**
     * Elements and sub-circuits in series: Z = Σ Z_k.
     *
     * @param parts at least one part; element names must be unique over all parts
     * @return the series circuit (a single part is returned unchanged)
     * @throws IllegalArgumentException for no part, a repeated element name, or parallel blocks
     *     nested deeper than {@link #MAX_DEPTH}
     */
    public static Circuit series(Circuit... parts) {
        return composite(Kind.SERIES, parts);
    }

    /**
     * Elements and sub-circuits in parallel: 1/Z = Σ 1/Z_k.
     *
     * @param parts at least two parts; element names must be unique over all parts
     * @return the parallel circuit
     * @throws IllegalArgumentException for fewer than 2 parts, a repeated element name, or
     *     parallel blocks nested deeper than {@link #MAX_DEPTH}
     */
    public static Circuit parallel(Circuit... parts) {
        if (parts != null && parts.length < 2) {
            throw new IllegalArgumentException("a parallel circuit needs at least 2 branches, was " + parts.length);
        }
        return composite(Kind.PARALLEL, parts);
    }

    private static Circuit composite(Kind kind, Circuit... parts) {
        Objects.requireNonNull(parts, "parts");
        if (parts.length == 0) {
            throw new IllegalArgumentException("a circuit needs at least 1 part");
        }
        for (int i = 0; i < parts.length; i++) {
            Objects.requireNonNull(parts[i], "part " + i);
        }
        if (kind == Kind.SERIES && parts.length == 1) {
            return parts[0];
        }
        List<Circuit> flat = new ArrayList<>();
        for (Circuit p : parts) {
            // (a-b)-c is a-b-c: flattening keeps the tree shallow and toString canonical
            if (p.kind == kind && kind == Kind.SERIES) {
                flat.addAll(Arrays.asList(p.children));
            } else {
                flat.add(p);
            }
        }
        return new Circuit(kind, null, null, null, flat.toArray(new Circuit[0]));
    }

    /**
     * Parses an impedance.py circuit string. Grammar: {@code circuit := term ('-' term)*},
     * {@code term := 'p(' circuit (',' circuit)+ ')' | element}, element names as in
     * {@link #element(String)}; blanks are ignored. Parallel blocks may nest up to
     * {@link #MAX_DEPTH} levels deep.
     *
     * @param text the circuit string, e.g. {@code "R0-p(R1,CPE1)-p(R2-Wo1,C2)"} (not null, not blank)
     * @return the circuit
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException naming the position (0-based) of the error in the string (an empty
     *     or blank string at position 0)
     */
    public static Circuit parse(String text) {
        return parse(text, ElementRegistry.standard());
    }

    /**
     * Parses a circuit string that may use the custom elements of a registry; otherwise as
     * {@link #parse(String)}.
     *
     * @param text the circuit string, e.g. {@code "R0-p(R1,Hav1)"} (not null, not blank)
     * @param registry the elements known (built-in and custom)
     * @return the circuit
     * @throws NullPointerException if {@code text} or {@code registry} is null
     * @throws IllegalArgumentException naming the position (0-based) of the error in the string
     */
    public static Circuit parse(String text, ElementRegistry registry) {
        Objects.requireNonNull(text, "text (the circuit string) must not be null");
        Objects.requireNonNull(registry, "registry (the known elements) must not be null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("invalid circuit string: text must hold at least one element (e.g. "
                    + "\"R0\"), was an empty circuit string (\"" + text + "\")");
        }
        return new CircuitParser(text, registry).parse();
    }

    static boolean validName(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String codeOf(String name) {
        int i = 0;
        while (i < name.length() && Character.isLetter(name.charAt(i))) {
            i++;
        }
        return name.substring(0, i);
    }

    /** @return the number of parameters */
    public int parameterCount() {
        return parameterCount;
    }

    /** @return the parameter names in vector order, e.g. [R0, R1, CPE1_0, CPE1_1] */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** @return the parameter units in vector order (per-area use multiplies Ω by m², F by m⁻²) */
    public List<String> parameterUnits() {
        return parameterUnits;
    }

    /** @return the element names, left to right */
    public List<String> elementNames() {
        return elementNames;
    }

    /**
     * @param k parameter index
     * @return true if parameter k is an exponent in (0, 1] (CPE α, ZARC γ, TLMQ γ, La α, a custom
     *     element's exponents), false if it
     *     is a positive quantity
     */
    public boolean isExponent(int k) {
        Objects.checkIndex(k, parameterCount);
        return exponent[k];
    }

    /**
     * The index of a named parameter.
     *
     * @param parameterName e.g. {@code "CPE1_1"}
     * @return its index in the parameter vector
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the circuit has no such parameter
     */
    public int parameterIndex(String parameterName) {
        return parameterIndex(parameterName, "parameterName");
    }

    /**
     * {@link #parameterIndex} with the caller's name for the argument in the messages.
     */
    int parameterIndex(String parameterName, String argumentName) {
        Objects.requireNonNull(parameterName, argumentName + " (a parameter name) must not be null; the parameters of "
                + this + " are " + parameterNames);
        int k = parameterNames.indexOf(parameterName);
        if (k < 0) {
            throw new IllegalArgumentException(argumentName + " '" + parameterName + "' is not a parameter of circuit "
                    + this + "; its parameters are " + parameterNames);
        }
        return k;
    }

    /**
     * The parameter vector from values given by name.
     *
     * @param values every parameter by name, SI units
     * @return the vector in {@link #parameterNames()} order
     * @throws IllegalArgumentException for a missing or unknown name, or an invalid value
     */
    public double[] parameters(Map<String, Double> values) {
        Objects.requireNonNull(values, "values must not be null");
        for (String k : values.keySet()) {
            if (k == null || !parameterNames.contains(k)) {
                throw new IllegalArgumentException("values holds '" + k + "', which is not a parameter of circuit "
                        + this + "; its parameters are " + parameterNames);
            }
        }
        double[] p = new double[parameterCount];
        for (int k = 0; k < parameterCount; k++) {
            Double v = values.get(parameterNames.get(k));
            if (v == null) {
                throw new IllegalArgumentException("no value for parameter '" + parameterNames.get(k) + "' of circuit "
                        + this);
            }
            p[k] = v;
        }
        checkParameters(p, "values");
        return p;
    }

    /**
     * The parameters by name, for printing and for {@link #parameters(Map)}.
     *
     * @param parameters parameter vector in {@link #parameterNames()} order, SI units
     * @return an ordered map name → value
     * @throws NullPointerException if the vector is null
     * @throws IllegalArgumentException for a vector of the wrong length or an invalid value
     */
    public Map<String, Double> named(double[] parameters) {
        double[] p = parameters;
        checkParameters(p);
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < parameterCount; k++) {
            m.put(parameterNames.get(k), p[k]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Validates a parameter vector: the right length, positive quantities, exponents in (0, 1].
     *
     * @param parameters the vector, in {@link #parameterNames()} order, SI units
     * @throws NullPointerException if the vector is null
     * @throws IllegalArgumentException naming the offending parameter
     */
    public void checkParameters(double[] parameters) {
        checkParameters(parameters, "parameters");
    }

    /**
     * {@link #checkParameters(double[])} with the caller's name for the vector in the messages,
     * e.g. {@code "initialGuess[1] (R1) must be > 0 Ω, was -5.0 Ω"}.
     */
    void checkParameters(double[] p, String vectorName) {
        Objects.requireNonNull(p, vectorName + " must not be null; circuit " + this + " has " + parameterCount
                + " parameters " + parameterNames);
        if (p.length != parameterCount) {
            throw new IllegalArgumentException(vectorName + " must hold one value per parameter of circuit " + this
                    + ", " + parameterCount + " values for " + parameterNames + ", was given " + p.length);
        }
        for (int k = 0; k < parameterCount; k++) {
            String n = vectorName + "[" + k + "] (" + parameterNames.get(k) + ")";
            if (exponent[k]) {
                Checks.finite(p[k], n, "");
                if (!(p[k] > 0 && p[k] <= 1)) {
                    throw new IllegalArgumentException(n + " is an exponent and must be in (0, 1], was " + p[k]);
                }
            } else {
                Checks.positive(p[k], n, parameterUnits.get(k));
            }
        }
    }

    /**
     * The spectrum of the circuit.
     *
     * @param frequencies frequencies, Hz, each &gt; 0
     * @param parameters parameter values in {@link #parameterNames()} order, SI units
     * @return Z at each frequency, Ω (Ω·m² if the parameters are per unit area)
     * @throws IllegalArgumentException for invalid frequencies or parameters
     */
    public Spectrum spectrum(double[] frequencies, double... parameters) {
        checkParameters(parameters);
        double[] f = Spectrum.checkFrequencies(frequencies);
        int n = f.length;
        double[] omega = new double[n];
        for (int i = 0; i < n; i++) {
            omega[i] = 2 * Math.PI * f[i];
        }
        double[] re = new double[n];
        double[] im = new double[n];
        impedance(omega, parameters, re, im);
        return Spectrum.owning(f, re, im);
    }

    /**
     * This circuit with bound parameter values, as an {@link Impedance} to combine with physical
     * layers.
     *
     * @param parameters parameter values in {@link #parameterNames()} order
     * @return the bound impedance
     */
    public Impedance with(double... parameters) {
        return bind(parameters, false);
    }

    /**
     * This circuit with bound per-area parameter values (Ω·m², F/m², …), as an {@link Impedance}
     * that combines with physical layers in {@link Impedance#series}.
     *
     * @param parameters parameter values per unit area in {@link #parameterNames()} order
     * @return the bound, area-specific impedance
     */
    public Impedance withPerArea(double... parameters) {
        return bind(parameters, true);
    }

    private Impedance bind(double[] parameters, boolean perArea) {
        checkParameters(parameters);
        double[] p = parameters.clone();
        Circuit self = this;
        return new Impedance() {
            @Override
            public void evaluate(double[] omega, double[] re, double[] im) {
                Cx.checkEvaluate(omega, re, im);
                self.impedance(omega, p, re, im);
            }

            @Override
            public boolean perArea() {
                return perArea;
            }

            @Override
            public String toString() {
                return self + " " + self.named(p);
            }
        };
    }

    /**
     * Fast path: Z(ω_i) into re[i], im[i] without validating the parameters (the fitter and the
     * benchmarks call this in loops). Non-finite results are not checked here.
     *
     * @param omega angular frequencies, rad/s, &gt; 0
     * @param p parameters, assumed valid
     * @param re output real parts, length ≥ omega.length
     * @param im output imaginary parts
     */
    void impedance(double[] omega, double[] p, double[] re, double[] im) {
        int n = omega.length;
        double[][] scratch = new double[4 * depth][n];
        evaluate(omega, p, 0, re, im, scratch, 0, new double[2]);
    }

    private void evaluate(double[] omega, double[] p, int base, double[] re, double[] im, double[][] scratch,
            int level, double[] t) {
        switch (kind) {
            case ELEMENT:
                if (type != null) {
                    type.evaluate(omega, p, base, re, im, t);
                } else {
                    custom.evaluate(omega, p, base, re, im, t);
                }
                return;
            case SERIES: {
                children[0].evaluate(omega, p, base + childOffsets[0], re, im, scratch, level + 1, t);
                double[] cr = scratch[4 * level];
                double[] ci = scratch[4 * level + 1];
                for (int c = 1; c < children.length; c++) {
                    children[c].evaluate(omega, p, base + childOffsets[c], cr, ci, scratch, level + 1, t);
                    for (int i = 0; i < omega.length; i++) {
                        re[i] += cr[i];
                        im[i] += ci[i];
                    }
                }
                return;
            }
            case PARALLEL: {
                double[] cr = scratch[4 * level];
                double[] ci = scratch[4 * level + 1];
                double[] yr = scratch[4 * level + 2];
                double[] yi = scratch[4 * level + 3];
                Arrays.fill(yr, 0.0);
                Arrays.fill(yi, 0.0);
                for (int c = 0; c < children.length; c++) {
                    children[c].evaluate(omega, p, base + childOffsets[c], cr, ci, scratch, level + 1, t);
                    for (int i = 0; i < omega.length; i++) {
                        Cx.inv(cr[i], ci[i], t);
                        yr[i] += t[0];
                        yi[i] += t[1];
                    }
                }
                for (int i = 0; i < omega.length; i++) {
                    Cx.inv(yr[i], yi[i], t);
                    re[i] = t[0];
                    im[i] = t[1];
                }
                return;
            }
            default:
                throw new AssertionError(kind);
        }
    }

    /** @return the circuit string in impedance.py grammar, e.g. {@code R0-p(R1,CPE1)} */
    @Override
    public String toString() {
        switch (kind) {
            case ELEMENT:
                return name;
            case SERIES: {
                StringBuilder sb = new StringBuilder();
                for (int c = 0; c < children.length; c++) {
                    if (c > 0) {
                        sb.append('-');
                    }
                    sb.append(children[c]);
                }
                return sb.toString();
            }
            default: {
                StringBuilder sb = new StringBuilder("p(");
                for (int c = 0; c < children.length; c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    sb.append(children[c]);
                }
                return sb.append(')').toString();
            }
        }
    }

    /**
     * Two circuits are equal if they have the same structure and element names, and use the same
     * custom element instances (if any).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Circuit c && c.toString().equals(toString()) && c.customs.equals(customs);
    }

    /** @return the custom elements used, left to right (empty for built-in elements only) */
    List<CustomElement> customElements() {
        return customs;
    }

    /**
     * The code of a named element ({@code "CPE"} for {@code "CPE1"}), checked to be in this circuit.
     *
     * @throws IllegalArgumentException naming the argument if the circuit has no such element
     */
    String elementCode(String elementName, String argumentName) {
        Objects.requireNonNull(elementName, argumentName + " (an element name) must not be null; the elements of "
                + this + " are " + elementNames);
        if (!elementNames.contains(elementName)) {
            throw new IllegalArgumentException(argumentName + " '" + elementName + "' is not an element of circuit "
                    + this + "; its elements are " + elementNames);
        }
        return codeOf(elementName);
    }

    /** The index of the first parameter of a named element of this circuit (checked with {@link #elementCode}). */
    int elementOffset(String elementName) {
        String first = parameterNames.contains(elementName) ? elementName : elementName + "_0";
        return parameterNames.indexOf(first);
    }

    /** True if some parallel block has both named elements as two of its branches, each on its own. */
    boolean inParallel(String a, String b) {
        if (kind == Kind.ELEMENT) {
            return false;
        }
        if (kind == Kind.PARALLEL) {
            boolean hasA = false;
            boolean hasB = false;
            for (Circuit c : children) {
                hasA |= c.kind == Kind.ELEMENT && c.name.equals(a);
                hasB |= c.kind == Kind.ELEMENT && c.name.equals(b);
            }
            if (hasA && hasB) {
                return true;
            }
        }
        for (Circuit c : children) {
            if (c.inParallel(a, b)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
