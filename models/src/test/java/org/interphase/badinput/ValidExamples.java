package org.interphase.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import org.interphase.contact.ContactProblem;
import org.interphase.contact.ContactSolver;
import org.interphase.contact.SelfAffineGenerator;
import org.interphase.contact.Surface;
import org.interphase.core.Arrhenius;
import org.interphase.core.Mesh1D;
import org.interphase.core.Profile;
import org.interphase.core.TridiagonalSystem;
import org.interphase.core.Units;
import org.interphase.diffusion.DiffusionProblem;
import org.interphase.diffusion.Diffusivity;
import org.interphase.diffusion.DiffusingSpecies;
import org.interphase.diffusion.ThermalSchedule;
import org.interphase.impedance.Circuit;
import org.interphase.impedance.Spectrum;
import org.interphase.materials.InterfacePair;
import org.interphase.materials.Material;
import org.interphase.materials.MaterialFiles;
import org.interphase.materials.Materials;
import org.interphase.materials.Source;
import org.interphase.spacecharge.Junction;
import org.interphase.spacecharge.LatticeGas;
import org.interphase.spacecharge.LayeredJunction;
import org.interphase.spacecharge.Phase;
import org.interphase.stack.InterfaceStack;

/**
 * The registry of valid, small, fast example values, by type (and, for numbers, arrays, strings
 * and materials, by the parameter's name). Types not registered here are produced automatically:
 * from the library's own public static constants, factories, constructors and methods that return
 * the type, called with valid arguments found the same way (so a {@code ContactSolution} comes from
 * solving the registered {@code ContactProblem}).
 *
 * <p>To register a type, add an entry to {@link #explicit()} (first example = the one used most),
 * or, for one member whose arguments depend on each other, to {@link #overrides()}.
 */
final class ValidExamples {

    private final Harness harness;
    private final Map<Class<?>, List<Example>> auto = new HashMap<>();
    private final Map<Class<?>, String> whyNone = new HashMap<>();
    private final Set<Class<?>> producing = new java.util.HashSet<>();
    /** How often a type was requested while it was being produced (see {@link Harness#baseline}). */
    int guardHits;
    private final Map<Class<?>, List<Example>> explicit = explicit();
    private final Map<String, List<List<Example>>> overrides = overrides();
    private static final AtomicInteger FILES = new AtomicInteger();

    ValidExamples(Harness harness) {
        this.harness = harness;
    }

    /** The member signatures {@link #overrides()} is keyed by (to report keys that match no member). */
    Set<String> overrideKeys() {
        return overrides.keySet();
    }

    boolean producingAnything() {
        return !producing.isEmpty();
    }

    /** Why no example of {@code c} could be produced (for the report). */
    String whyNone(Class<?> c) {
        return whyNone.getOrDefault(c, "");
    }

    /** Mutable types: their examples are made afresh for every call. */
    static boolean isMutable(Class<?> c) {
        return c.isArray() || c.getSimpleName().equals("Builder") || c.getSimpleName().equals("TridiagonalFactorization");
    }

    // ---------------------------------------------------------------- lookup

    /** Candidate receivers of an instance member: examples of its declaring type. */
    List<Example> receivers(Class<?> c) {
        return ofClass(c, "this");
    }

    /** Candidate values of parameter {@code i} (Java name {@code name}) of member {@code e}. */
    List<Example> of(Executable e, int i, Type type, String name) {
        List<List<Example>> o = e == null ? null : overrides.get(Harness.signature(e));
        if (o != null && i < o.size() && o.get(i) != null) {
            return o.get(i);
        }
        String hint = (memberName(e) + "." + name).toLowerCase(Locale.ROOT);
        if (e != null && e.getDeclaringClass().getSimpleName().equals("Checks") && name.equals("name")) {
            // Checks' messages name whatever the caller passes: pass the name of the checked parameter
            String checked = e.getParameters()[0].getName();
            return List.of(Example.of("\"" + checked + "\"", checked));
        }
        if (e != null && raw(type) == String.class && name.endsWith("Name") && name.length() > 4) {
            // "xName" is the display name of parameter "x": pass "x", so that a message about x names it
            String named = name.substring(0, name.length() - 4);
            for (java.lang.reflect.Parameter p : e.getParameters()) {
                if (p.getName().equals(named)) {
                    return List.of(Example.of("\"" + named + "\"", named));
                }
            }
        }
        Class<?> raw = raw(type);
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            List<Example> out = new ArrayList<>();
            for (double v : doubles(name.toLowerCase(Locale.ROOT), hint)) {
                Object boxed = raw == float.class || raw == Float.class ? (Object) (float) v : (Object) v;
                out.add(Example.of(String.valueOf(v), boxed));
            }
            return out;
        }
        if (raw == int.class || raw == Integer.class) {
            List<Example> out = new ArrayList<>();
            for (int v : ints(name.toLowerCase(Locale.ROOT), hint)) {
                out.add(Example.of(String.valueOf(v), v));
            }
            return out;
        }
        if (raw == long.class || raw == Long.class) {
            return List.of(Example.of("42", 42L), Example.of("1", 1L));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return List.of(Example.of("false", false), Example.of("true", true));
        }
        if (raw == String.class) {
            return strings(name.toLowerCase(Locale.ROOT), hint);
        }
        if (raw == double[].class) {
            return doubleArrays(name.toLowerCase(Locale.ROOT), hint);
        }
        if (raw == double[][].class) {
            return List.of(fresh("[[1,2],[3,4]]", () -> new double[][] {{1, 2}, {3, 4}}));
        }
        if (raw == int[].class) {
            if (name.toLowerCase(Locale.ROOT).contains("charge")) {
                return List.of(fresh("[1,-1]", () -> new int[] {1, -1}), fresh("[1]", () -> new int[] {1}));
            }
            return List.of(fresh("[0]", () -> new int[] {0}), fresh("[0,1]", () -> new int[] {0, 1}));
        }
        if (raw == boolean[].class) {
            return List.of(fresh("[true,false]", () -> new boolean[] {true, false}));
        }
        if (raw == Object.class) {
            // a generic parameter (Checks.nonNull's T): any non-null value will do
            return List.of(Example.of("\"A\"", "A"), Example.of("1.0", 1.0));
        }
        if (raw.isArray()) {
            List<Example> out = new ArrayList<>();
            // String[] elements are chosen by name like String parameters (parameter names of a circuit, ...)
            List<Example> els = raw.getComponentType() == String.class ? strings(name.toLowerCase(Locale.ROOT), hint)
                    : ofClass(raw.getComponentType(), name);
            if (!els.isEmpty()) {
                Example a = els.get(0);
                Example b = els.size() > 1 ? els.get(1) : a;
                out.add(fresh("[" + a.label() + "]", () -> {
                    Object arr = java.lang.reflect.Array.newInstance(raw.getComponentType(), 1);
                    java.lang.reflect.Array.set(arr, 0, a.make());
                    return arr;
                }));
                out.add(fresh("[" + a.label() + ", " + b.label() + "]", () -> {
                    Object arr = java.lang.reflect.Array.newInstance(raw.getComponentType(), 2);
                    java.lang.reflect.Array.set(arr, 0, a.make());
                    java.lang.reflect.Array.set(arr, 1, b.make());
                    return arr;
                }));
            }
            return out;
        }
        if (raw == List.class || raw == java.util.Collection.class || raw == Iterable.class) {
            List<Example> out = new ArrayList<>();
            List<Example> els = element(type, 0, name);
            if (!els.isEmpty()) {
                Example a = els.get(0);
                out.add(new Example("List.of(" + a.label() + ")", () -> List.of(a.make())));
                if (els.size() > 1) {
                    Example b = els.get(1);
                    out.add(new Example("List.of(" + a.label() + "," + b.label() + ")", () -> List.of(a.make(), b.make())));
                }
            }
            return out;
        }
        if (raw == Set.class) {
            List<Example> els = element(type, 0, name);
            List<Example> out = new ArrayList<>();
            out.add(Example.of("Set.of()", Set.of()));
            if (!els.isEmpty()) {
                Example a = els.get(0);
                out.add(new Example("Set.of(" + a.label() + ")", () -> Set.of(a.make())));
            }
            return out;
        }
        if (raw == Map.class) {
            return List.of(Example.of("Map.of()", Map.of()));
        }
        if (raw == DoubleUnaryOperator.class) {
            return unaryOperators(name.toLowerCase(Locale.ROOT));
        }
        if (raw == DoubleBinaryOperator.class) {
            return List.of(
                    Example.of("(a,b)->1e-16", (DoubleBinaryOperator) (a, b) -> 1e-16),
                    Example.of("(x,y)->1e-7*sin(2πx/1e-6)*cos(2πy/1e-6)",
                            (DoubleBinaryOperator) (x, y) -> 1e-7 * Math.sin(2 * Math.PI * x / 1e-6)
                                    * Math.cos(2 * Math.PI * y / 1e-6)));
        }
        if (raw == java.util.function.DoubleFunction.class || raw == java.util.function.BiFunction.class) {
            // a constant function returning a registered example of the result type (the last type argument)
            int last = type instanceof ParameterizedType pt ? pt.getActualTypeArguments().length - 1 : 0;
            List<Example> results = element(type, last, name);
            List<Example> out = new ArrayList<>();
            for (Example r : results) {
                Object f = raw == java.util.function.DoubleFunction.class
                        ? (java.util.function.DoubleFunction<Object>) x -> r.make()
                        : (java.util.function.BiFunction<Object, Object, Object>) (a, b) -> r.make();
                out.add(Example.of((raw == java.util.function.BiFunction.class ? "(a,b)->" : "x->") + r.label(), f));
                if (out.size() == 2) {
                    break;
                }
            }
            return out;
        }
        if (raw == Function.class) {
            List<Example> results = element(type, 1, name);
            List<Example> out = new ArrayList<>();
            for (Example r : results) {
                out.add(Example.of("x->" + r.label(), (Function<Object, Object>) x -> r.make()));
                if (out.size() == 2) {
                    break;
                }
            }
            return out;
        }
        if (raw == Path.class) {
            return paths(name.toLowerCase(Locale.ROOT), hint);
        }
        return ofClass(raw, name);
    }

    private List<Example> element(Type type, int k, String name) {
        if (type instanceof ParameterizedType) {
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            if (k < args.length) {
                Type a = args[k];
                if (a instanceof WildcardType) {
                    a = ((WildcardType) a).getUpperBounds()[0];
                }
                Class<?> c = raw(a);
                if (c == Double.class) {
                    return List.of(Example.of("1.0", 1.0));
                }
                if (c == Integer.class) {
                    return List.of(Example.of("0", 0));
                }
                if (c == String.class) {
                    return List.of(Example.of("\"R0\"", "R0"));
                }
                if (c == double[].class) {
                    return List.of(fresh("[1e-8]", () -> new double[] {1e-8}));
                }
                if (a instanceof ParameterizedType) {
                    return of(null, 0, a, name);
                }
                return ofClass(c, name);
            }
        }
        return List.of();
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class) {
            return (Class<?>) t;
        }
        if (t instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) t).getRawType();
        }
        if (t instanceof WildcardType) {
            return raw(((WildcardType) t).getUpperBounds()[0]);
        }
        return Object.class;
    }

    private static String memberName(Executable e) {
        if (e == null) {
            return "";
        }
        return e instanceof Constructor ? e.getDeclaringClass().getSimpleName() : e.getName();
    }

    /** Examples of a class: explicit registry, enum constants, or produced from the library's API. */
    List<Example> ofClass(Class<?> c, String name) {
        if (c.isEnum()) {
            List<Example> out = new ArrayList<>();
            for (Object k : c.getEnumConstants()) {
                out.add(Example.of(c.getSimpleName() + "." + k, k));
            }
            return out;
        }
        List<Example> ex = explicit.get(c);
        if (ex != null) {
            return byName(ex, name);
        }
        if (c == Object.class) {
            return List.of();
        }
        if (producing.contains(c)) {
            guardHits++; // a recursive request: the caller's failure must not be cached
            return List.of();
        }
        List<Example> a = auto.get(c);
        if (a == null) {
            int hits = guardHits;
            producing.add(c);
            try {
                a = produce(c);
            } finally {
                producing.remove(c);
            }
            // An empty result caused by a recursive request (a producer needed a type that was itself
            // still being produced) depends on the order in which members are probed: do not cache it,
            // so that a later request, outside that recursion, tries again.
            if (!a.isEmpty() || guardHits == hits) {
                auto.put(c, a);
            }
        }
        return a;
    }

    /** Puts the example whose label matches the parameter name ("electrolyte" → a electrolyte) first. */
    private static List<Example> byName(List<Example> ex, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        List<Example> out = new ArrayList<>(ex);
        out.sort(Comparator.comparingInt(x -> x.label().toLowerCase(Locale.ROOT).contains("[" + n) ? 0 : 1));
        for (String role : List.of("electrode", "cathode", "electrolyte", "coating", "anode", "interphase")) {
            if (n.contains(role)) {
                out.sort(Comparator.comparingInt(x -> x.label().toLowerCase(Locale.ROOT).contains(role) ? 0 : 1));
            }
        }
        return out;
    }

    /**
     * Produces examples of {@code c} from the library: public static constants first, then
     * static factories and constructors with the fewest parameters, then instance methods.
     */
    private List<Example> produce(Class<?> c) {
        List<Example> out = new ArrayList<>();
        for (Class<?> owner : harness.apiClasses) {
            for (Field f : owner.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && c.isAssignableFrom(f.getType())) {
                    try {
                        Object v = f.get(null);
                        if (v != null && c.isInstance(v)) {
                            out.add(Example.of(owner.getSimpleName() + "." + f.getName(), v));
                        }
                    } catch (IllegalAccessException ignored) {
                        // not accessible: not an example
                    }
                }
                if (out.size() >= 3) {
                    return out;
                }
            }
        }
        List<Executable> producers = new ArrayList<>();
        for (Executable e : harness.api) {
            Class<?> r = e instanceof Constructor ? e.getDeclaringClass() : ((Method) e).getReturnType();
            if (r != void.class && r != Object.class && c.isAssignableFrom(r) && !r.isPrimitive()) {
                producers.add(e);
            }
        }
        producers.sort(Comparator.comparingInt((Executable e) -> Harness.isStaticOrCtor(e) ? 0 : 1)
                .thenComparingInt(Executable::getParameterCount).thenComparing(Harness::signature));
        int tried = 0;
        StringBuilder why = new StringBuilder();
        for (Executable p : producers) {
            if (tried++ >= 8 || out.size() >= 2) {
                break;
            }
            Harness.Baseline b = harness.baseline(p);
            if (b == null || b.value() == null || !c.isInstance(b.value())) {
                why.append("; ").append(Harness.signature(p).replaceAll("^.*\\.(\\w+\\.\\w+\\()", "$1")).append(": ")
                        .append(b == null ? harness.noBaselineReason(p) : "returned " + b.value());
                continue;
            }
            String label = p.getDeclaringClass().getSimpleName() + "." + (p instanceof Constructor ? "new" : p.getName())
                    + "(" + String.join(",", java.util.Arrays.stream(b.args()).map(Example::label).toList()) + ")";
            if (isMutable(c)) {
                out.add(new Example(label, () -> {
                    try {
                        Object recv = Harness.isStaticOrCtor(p) ? null : b.receiver().make();
                        return Calls.invoke(p, recv, b.makeArgs());
                    } catch (RuntimeException | Error ex) {
                        throw ex;
                    } catch (Throwable t) {
                        throw new IllegalStateException(t);
                    }
                }));
            } else {
                out.add(Example.of(label, b.value()));
            }
        }
        if (out.isEmpty()) {
            whyNone.put(c, producers.isEmpty() ? "nothing in the API returns it" : "producers failed" + why);
        }
        return out;
    }

    private static Example fresh(String label, Supplier<Object> maker) {
        return new Example(label, maker);
    }

    // ---------------------------------------------------------------- numbers by name

    private static boolean has(String s, String... parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHigh(String n) {
        return n.equals("max") || n.equals("hi") || n.equals("high") || n.equals("upper") || n.equals("to")
                || n.equals("end") || n.equals("b") || n.endsWith("max") || n.equals("t2") || n.equals("value2")
                || n.equals("until") || n.equals("up") || n.equals("x1");
    }

    /** Candidate doubles for a parameter, from its name (and the member's name); the first is tried first. */
    static double[] doubles(String n, String hint) {
        double[] named = namedDoubles(n, hint);
        // after the named candidates, the generic ones (a name can mislead)
        double[] generic = {1.0, 0.5, 2.0, 0.1, 3.0, 10, 300, 1e-9, 1e-3, 1e3, 1e6, 0, -1};
        return java.util.stream.DoubleStream.concat(java.util.Arrays.stream(named), java.util.Arrays.stream(generic))
                .distinct().toArray();
    }

    private static double[] namedDoubles(String n, String hint) {
        double[] base;
        if (has(n, "separationdecay")) {
            base = new double[] {0.5, 1.0, 2.0};
        } else if (has(n, "resistivityratio")) {
            base = new double[] {10, 100, 2};
        } else if (n.equals("epsilon") || n.equals("nu")) {
            base = new double[] {0.3, 0.5, 0.1};
        } else if (has(n, "temperature") || n.equals("t1") || n.equals("t2") || n.equals("temperaturek")
                || (n.equals("t") && has(hint, "conductivity", "valueat", "temperature", "law", "ratio", "at.t",
                "diffusivity", "thermal", "arrhenius"))) {
            base = new double[] {300, 600, 1000, 400, 800};
        } else if (has(n, "time", "duration", "until", "lifetime") || n.equals("t") || n.equals("hold")
                || n.equals("seconds") || n.equals("after")) {
            base = new double[] {3600, 60, 1, 1e5};
        } else if (has(n, "thickness", "length", "width", "radius", "depth", "separation", "pitch", "wavelength",
                "amplitude", "rmsheight", "decay", "size", "gap", "approach", "distance", "front", "position")
                || n.equals("dx") || n.equals("dy") || n.equals("d") || n.equals("h") || n.equals("x0")) {
            base = new double[] {1e-8, 1e-6, 1e-9, 1e-4, 1e-3};
        } else if (has(n, "pressure", "modulus", "youngs", "hardness", "stress", "shear", "strength")) {
            base = new double[] {1e7, 1e9, 1e6, 1e10, 1e5};
        } else if (has(n, "conductivity", "sigma")) {
            base = new double[] {1e-3, 1e-5, 1e-1, 1e-7};
        } else if (has(n, "permittivity")) {
            base = new double[] {10, 30, 5};
        } else if (has(n, "fraction", "ratio", "occupanc", "stateofcharge", "soc", "poisson", "coverage",
                "packing", "hurst", "threshold", "spread", "efficiency", "partition", "slope", "mu")) {
            base = new double[] {0.3, 0.5, 0.1, 0.8, 0.9, 1.0};
        } else if (has(n, "density", "sites")) {
            base = new double[] {1e27, 1e26, 1e28, 1e24, 1e3};
        } else if (has(n, "concentration") || n.equals("c") || n.equals("cleft") || n.equals("cright")) {
            base = new double[] {1.0, 0.5, 3.0, 1000, 1e27};
        } else if (has(n, "energy", "barrierheight", "activation")) {
            base = new double[] {Units.eV(0.5), Units.eV(0.3), 0.5, 5e4};
        } else if (has(n, "diffusivity")) {
            base = new double[] {1e-16, 1e-14, 1e-12, 1e-18};
        } else if (has(n, "prefactor")) {
            base = new double[] {1e-6, 1.0, 1e-4, 1e4};
        } else if (has(n, "resistance", "asr", "ohm", "res")) {
            base = new double[] {1e-3, 1e-2, 1.0, 10, 100};
        } else if (has(n, "capacitance")) {
            base = new double[] {1e-2, 1e-6, 1e-4};
        } else if (has(n, "frequency", "omega")) {
            base = new double[] {1e3, 1.0, 1e6};
        } else if (has(n, "psi", "potential", "voltage", "drop", "step", "dipole", "phi", "chemical", "mu")) {
            base = new double[] {0.1, 0.05, -0.1, Units.eV(0.1), 1.0, 0};
        } else if (has(n, "tolerance", "tol", "relative", "epsilon")) {
            base = new double[] {1e-6, 1e-8, 1e-3};
        } else if (has(n, "rate")) {
            base = new double[] {1e-3, 1e-6, 1.0};
        } else if (has(n, "exponent")) {
            base = new double[] {2, 5};
        } else if (has(n, "volumechange", "misfit", "strain")) {
            base = new double[] {0.05, 0.01, 0.1};
        } else if (has(n, "current")) {
            base = new double[] {10, 1, 100};
        } else if (has(n, "charge")) {
            base = new double[] {0, 1e-3, 1};
        } else if (has(n, "area")) {
            base = new double[] {1e-4, 1.0};
        } else if (has(n, "force", "load")) {
            base = new double[] {1e-3, 1.0};
        } else if (has(n, "mass")) {
            base = new double[] {1.0, 0.5};
        } else {
            base = new double[] {1.0, 0.5, 2.0, 0.1, 10, 300, 1e-9, 1e-3, 1e3, 1e6, 0, -1};
        }
        if (isHigh(n)) {
            double[] hi = new double[base.length];
            double f = has(hint, "temperature") ? 2 : 10;
            for (int i = 0; i < base.length; i++) {
                hi[i] = base[i] == 0 ? 1 : base[i] * f;
            }
            return hi;
        }
        return base;
    }

    /** Candidate ints for a parameter, from its name. */
    static int[] ints(String n, String hint) {
        int[] generic = {8, 16, 32, 4, 2, 64, 1, 3, 0};
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(namedInts(n, hint)),
                java.util.Arrays.stream(generic)).distinct().toArray();
    }

    private static int[] namedInts(String n, String hint) {
        if (n.equals("species") || n.equals("phase") || n.equals("i") || n.equals("ix") || n.equals("iy") || n.equals("k") || n.equals("p") || has(n, "index", "layer",
                "side", "cell", "output", "first")) {
            return new int[] {0, 1, 2};
        }
        if (has(n, "cycle", "repeat", "iteration", "steps", "evaluations", "starts")) {
            return new int[] {10, 100, 3, 1};
        }
        if (has(n, "charge") || n.equals("z")) {
            return new int[] {1, -1, 2};
        }
        if (has(n, "year")) {
            return new int[] {2020};
        }
        if (has(n, "line")) {
            return new int[] {1};
        }
        if (has(n, "order")) {
            return new int[] {1, 2, 0};
        }
        if (has(n, "decade")) {
            return new int[] {5, 2, 10};
        }
        return new int[] {8, 16, 32, 4, 2, 64, 1, 3};
    }

    private static double[] ramp(double start, double step, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = start + i * step;
        }
        return a;
    }

    private static double[] logspace(double lo, double hi, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = lo * Math.pow(hi / lo, i / (n - 1.0));
        }
        return a;
    }

    private static Example array(String label, double[] a) {
        return fresh(label, a::clone);
    }

    static List<Example> doubleArrays(String n, String hint) {
        List<Example> out = new ArrayList<>();
        if (has(n, "frequenc", "omega")) {
            out.add(array("logspace(0.1,1e6,8)", logspace(0.1, 1e6, 8)));
        } else if (has(n, "temperature")) {
            out.add(array("[500..1200]", ramp(500, 100, 8)));
        } else if (has(n, "time")) {
            out.add(array("[0..700 s]", ramp(0, 100, 8)));
            out.add(array("[100..800 s]", ramp(100, 100, 8)));
        } else if (has(n, "thickness")) {
            out.add(array("[1..8 nm]", ramp(1e-9, 1e-9, 8)));
        } else if (has(n, "pressure")) {
            out.add(array("[1..8 MPa]", ramp(1e6, 1e6, 8)));
        } else if (n.equals("diag")) {
            out.add(array("[4,..]", ramp(4, 0, 8)));
        } else if (n.equals("lower") || n.equals("upper") || n.equals("sub") || n.equals("sup")) {
            out.add(array("[1,..]", ramp(1, 0, 8)));
            out.add(array("[1,..] (n-1)", ramp(1, 0, 7)));
        } else if (has(n, "imag") || n.equals("im")) {
            out.add(array("[-1..-8]", ramp(-1, -1, 8)));
        } else if (has(n, "fraction", "occupanc", "stateofcharge", "soc")) {
            out.add(array("[0.1..0.8]", ramp(0.1, 0.1, 8)));
        } else if (has(n, "concentration", "density")) {
            out.add(array("[1..8]e26", ramp(1e26, 1e26, 8)));
        } else if (has(n, "diffusivit")) {
            out.add(array("[1..8]e-16", ramp(1e-16, 1e-16, 8)));
        } else if (has(n, "parameter", "initial", "guess")) {
            out.add(array("[1e-3,1e-2,1e-5]", new double[] {1e-3, 1e-2, 1e-5}));
        }
        out.add(array("[1..8]", ramp(1, 1, 8)));
        out.add(array("[0.1..0.8]", ramp(0.1, 0.1, 8)));
        out.add(array("[1e-9..8e-9]", ramp(1e-9, 1e-9, 8)));
        out.add(array("[1]", new double[] {1}));
        out.add(array("[0..7]", ramp(0, 1, 8)));
        out.add(array("[1..16]", ramp(1, 1, 16)));
        out.add(array("[1..64]", ramp(1, 1, 64)));
        return out;
    }

    static List<Example> strings(String n, String hint) {
        if (n.equals("spec") || has(n, "circuit") || has(hint, "circuit")) {
            return List.of(Example.of("\"R0-p(R1,C1)\"", "R0-p(R1,C1)"), Example.of("\"R0\"", "R0"));
        }
        if (has(n, "unit")) {
            return List.of(Example.of("\"m\"", "m"), Example.of("\"K\"", "K"), Example.of("\"\"", ""));
        }
        if (has(n, "csv", "text", "content")) {
            return List.of(Example.of("\"spectrum csv\"", "f,re,im\n1,1,-1\n10,1,-0.5\n100,1,-0.1\n"),
                    Example.of("\"note\"", "note"));
        }
        if (has(n, "doi")) {
            return List.of(Example.of("\"10.1000/x\"", "10.1000/x"));
        }
        if (has(hint, "element", "parameter", "standarderror", "fixed")) {
            return List.of(Example.of("\"R0\"", "R0"), Example.of("\"R1\"", "R1"), Example.of("\"C1\"", "C1"),
                    Example.of("\"R\"", "R"));
        }
        return List.of(Example.of("\"A\"", "A"), Example.of("\"LLZO\"", "LLZO"), Example.of("\"Li\"", "Li"),
                Example.of("\"R0\"", "R0"), Example.of("\"Co\"", "Co"), Example.of("\"R\"", "R"),
                Example.of("\"La2CoO4\"", "La2CoO4"));
    }

    static List<Example> unaryOperators(String n) {
        List<Example> out = new ArrayList<>();
        if (has(n, "conductivity", "sigma")) {
            out.add(Example.of("c->1e-3", (DoubleUnaryOperator) c -> 1e-3));
        }
        out.add(Example.of("x->x-1.5", (DoubleUnaryOperator) x -> x - 1.5));
        out.add(Example.of("x->1+0.1x", (DoubleUnaryOperator) x -> 1 + 0.1 * x));
        out.add(Example.of("x->(x-1.5)^2", (DoubleUnaryOperator) x -> (x - 1.5) * (x - 1.5)));
        out.add(Example.of("x->3.5+0.1x", (DoubleUnaryOperator) x -> 3.5 + 0.1 * x));
        out.add(Example.of("x->1", (DoubleUnaryOperator) x -> 1.0));
        return out;
    }

    // ---------------------------------------------------------------- files

    private static Path tmpDir() {
        Path d = Path.of("target", "badinput-tmp");
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return d;
    }

    private static Path write(String prefix, String content) {
        Path p = tmpDir().resolve(prefix + "-" + FILES.incrementAndGet() + ".csv");
        try {
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static List<Example> paths(String n, String hint) {
        List<Example> out = new ArrayList<>();
        out.add(fresh("new file", () -> tmpDir().resolve("out-" + FILES.incrementAndGet() + ".csv")));
        out.add(fresh("materials csv", () -> write("materials", MaterialFiles.toCsv(List.of(Materials.LLZO)))));
        out.add(fresh("spectrum csv", () -> write("spectrum", "f,re,im\n1,1,-1\n10,1,-0.5\n100,1,-0.1\n")));
        out.add(fresh("surface csv", () -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    sb.append(j == 0 ? "" : ",").append(Math.sin(i + j));
                }
                sb.append('\n');
            }
            return write("surface", sb.toString());
        }));
        if (has(hint, "read", "userfile", "parse")) {
            out.add(out.remove(0)); // readers: an existing file first
        }
        return out;
    }

    // ---------------------------------------------------------------- domain types

    private static void put(Map<Class<?>, List<Example>> m, Class<?> c, Example... ex) {
        m.put(c, List.of(ex));
    }

    private static Example lazy(String label, Supplier<Object> s, boolean mutable) {
        if (mutable) {
            return fresh(label, s);
        }
        Object[] cache = new Object[1];
        return fresh(label, () -> {
            if (cache[0] == null) {
                cache[0] = s.get();
            }
            return cache[0];
        });
    }

    static Phase lco() {
        return Phase.of("LiCoO2", 12.9, LatticeGas.lithium(2 * 31.1e27, 0.5), Units.sPerCm(1e-5));
    }

    static Phase lps() {
        return Phase.of("Li3PS4", 9.1, LatticeGas.lithium(2 * 18.6e27, 0.5), Units.sPerCm(1e-4));
    }

    static Phase linbo3() {
        return Phase.of("LiNbO3", 30, LatticeGas.lithium(2 * 18.9e27, 0.5), Units.sPerCm(1e-6));
    }

    static Surface surface() {
        return SelfAffineGenerator.builder().points(16).size(1e-6).hurst(0.8).rmsSlope(0.1).build().generate(7);
    }

    static Spectrum spectrum() {
        Circuit c = Circuit.parse("R0-p(R1,C1)");
        return c.spectrum(Spectrum.logFrequencies(0.1, 1e6, 30), 1.0, 10.0, 1e-5);
    }

    static Mesh1D mesh() {
        return Mesh1D.builder(-1e-7).uniform(1e-7, 10).uniform(1e-7, 10).build();
    }

    /**
     * Species "A" of the two-layer diffusion examples, as its builder. The one place that names
     * diffusion's species type: a rename is a fix of the import and this method only.
     */
    static DiffusingSpecies.Builder speciesA() {
        return DiffusingSpecies.named("A").diffusivity(Diffusivity.constant(1e-16), Diffusivity.constant(1e-16))
                .initialPerLayer(1.0, 0.0);
    }

    /**
     * A buffer-layer problem on the registered stack with one design variable "A" (0 … 1, an
     * identity: the stack does not depend on it). The one place that names the buffer problem and
     * variable types.
     */
    static Object bufferProblemWithVariable() {
        return org.interphase.buffer.BufferLayerProblem.of(stack())
                .withVariable(new org.interphase.buffer.DesignVariable("A", "", 0, 1, 0.5, (s, v) -> s));
    }

    static InterfaceStack stack() {
        return InterfaceStack.between(Materials.LICOO2, Materials.LLZO).coating(Materials.LINBO3, 5e-9)
                .chargeTransfer(Units.ohmCm2(10), Units.uFPerCm2(10)).build();
    }

    static DiffusionProblem diffusionProblem() {
        return DiffusionProblem.builder(mesh()).species(speciesA().build()).isothermal(1000, 3600).outputTimes(60, 3600)
                .build();
    }

    private static final Source SOURCE = Source.of("bad-input harness", 2026, "BadInputTest");

    /**
     * The explicit registry: types whose automatic production would be slow, fragile or
     * meaningless. The first example is the default; labels containing a role
     * ("[electrolyte]") are moved first for parameters of that name.
     */
    static Map<Class<?>, List<Example>> explicit() {
        Map<Class<?>, List<Example>> m = new LinkedHashMap<>();
        put(m, Material.class,
                Example.of("Materials.LICOO2 [electrode cathode]", Materials.LICOO2),
                Example.of("Materials.LLZO [electrolyte]", Materials.LLZO),
                Example.of("Materials.LI6PS5CL [electrolyte]", Materials.LI6PS5CL),
                Example.of("Materials.LINBO3 [coating interphase]", Materials.LINBO3),
                Example.of("Materials.LNMO [cathode]", Materials.LNMO),
                Example.of("Materials.LI_METAL [anode]", Materials.LI_METAL));
        put(m, Material.Builder.class,
                fresh("Materials.LLZO.toBuilder()", Materials.LLZO::toBuilder));
        put(m, InterfacePair.Builder.class,
                fresh("InterfacePair.builder(LICOO2, LLZO)", () -> InterfacePair.builder(Materials.LICOO2, Materials.LLZO)));
        put(m, org.interphase.materials.MaterialFileException.class, lazy("exception from parsing a bad file", () -> {
            try {
                MaterialFiles.parse("not,a,materials,file\n", "bad.csv");
            } catch (org.interphase.materials.MaterialFileException ex) {
                return ex;
            }
            throw new IllegalStateException("parse accepted a bad file");
        }, false));
        put(m, Source.class, Example.of("Source.of(...)", SOURCE));
        put(m, java.nio.charset.Charset.class, Example.of("UTF_8", StandardCharsets.UTF_8),
                Example.of("ISO_8859_1", StandardCharsets.ISO_8859_1));
        put(m, Arrhenius.class,
                Example.of("Arrhenius.of(1e-6, 0.5 eV)", Arrhenius.of(1e-6, Units.eV(0.5))),
                Example.of("Arrhenius.of(1.0, 0.3 eV)", Arrhenius.of(1.0, Units.eV(0.3))));
        put(m, Mesh1D.class,
                lazy("two-layer Mesh1D (-100..100 nm, 20 cells)", ValidExamples::mesh, false),
                lazy("Mesh1D.uniform(0, 1e-6, 16)", () -> Mesh1D.uniform(0, 1e-6, 16), false));
        put(m, Mesh1D.Builder.class,
                fresh("Mesh1D.builder(0).uniform(1e-7, 8)", () -> Mesh1D.builder(0).uniform(1e-7, 8)));
        put(m, Profile.class,
                lazy("Profile.of([0..7], [1..8])", () -> Profile.of(ramp(0, 1, 8), ramp(1, 1, 8)), false),
                lazy("Profile.of(x nm, c decreasing)", () -> Profile.of(ramp(-4e-9, 1e-9, 9),
                        new double[] {1, 1, 0.95, 0.8, 0.5, 0.2, 0.05, 0, 0}), false));
        put(m, TridiagonalSystem.class, lazy("linear 4x4 system", () -> new TridiagonalSystem() {
            @Override
            public int size() {
                return 4;
            }

            @Override
            public void evaluate(double[] u, double[] residual, double[] lower, double[] diag, double[] upper) {
                for (int i = 0; i < 4; i++) {
                    lower[i] = i == 0 ? 0 : -1;
                    upper[i] = i == 3 ? 0 : -1;
                    diag[i] = 4;
                    residual[i] = 4 * u[i] - (i > 0 ? u[i - 1] : 0) - (i < 3 ? u[i + 1] : 0) - 1;
                }
            }
        }, false));
        put(m, org.interphase.core.TridiagonalFactorization.class,
                fresh("TridiagonalFactorization(8) factored (1,4,1)", () -> {
                    var f = new org.interphase.core.TridiagonalFactorization(8);
                    f.factor(ramp(1, 0, 8), ramp(4, 0, 8), ramp(1, 0, 8));
                    return f;
                }));
        put(m, ThermalSchedule.class,
                lazy("ThermalSchedule.isothermal(1000 K, 3600 s)", () -> ThermalSchedule.isothermal(1000, 3600), false),
                lazy("ramp 300→1000 K, hold 1 h", () -> ThermalSchedule.startingAt(300).rampTo(1000, 10)
                        .hold(3600).build(), false));
        put(m, ThermalSchedule.Builder.class,
                fresh("ThermalSchedule.startingAt(300).rampTo(1000, 10)",
                        () -> ThermalSchedule.startingAt(300).rampTo(1000, 10)),
                fresh("ThermalSchedule.startingAt(300).rampTo(1000, 10).coolTo(300, 10)",
                        () -> ThermalSchedule.startingAt(300).rampTo(1000, 10).coolTo(300, 10)));
        put(m, speciesA().getClass(),
                fresh("species \"A\", D = 1e-16 m²/s in both layers, c = 1 | 0", ValidExamples::speciesA));
        put(m, DiffusionProblem.class, lazy("two-layer problem, species A, 1000 K, 1 h",
                ValidExamples::diffusionProblem, false));
        put(m, DiffusionProblem.Builder.class,
                fresh("DiffusionProblem.builder(mesh).species(A).isothermal(1000, 100)", () -> DiffusionProblem
                        .builder(mesh()).species(speciesA().build()).isothermal(1000, 100)));
        put(m, Surface.class,
                lazy("self-affine 16x16 surface, 1 µm", ValidExamples::surface, false));
        put(m, SelfAffineGenerator.Builder.class,
                fresh("SelfAffineGenerator.builder().points(16).size(1e-6).rmsSlope(0.1)",
                        () -> SelfAffineGenerator.builder().points(16).size(1e-6).hurst(0.8).rmsSlope(0.1)));
        put(m, ContactProblem.class,
                lazy("periodic(surface, 1e9).withMeanPressure(5e6)",
                        () -> ContactProblem.periodic(surface(), 1e9).withMeanPressure(5e6), false));
        put(m, ContactSolver.class, Example.of("ContactSolver.withDefaults()", ContactSolver.withDefaults()));
        put(m, Circuit.class,
                lazy("Circuit.parse(R0-p(R1,C1))", () -> Circuit.parse("R0-p(R1,C1)"), false),
                lazy("Circuit.parse(R2-C2)", () -> Circuit.parse("R2-C2"), false));
        put(m, Spectrum.class, lazy("RC spectrum, 30 points", ValidExamples::spectrum, false),
                lazy("RC spectrum per area (1 cm²)", () -> spectrum().areaSpecific(1e-4), false));
        put(m, org.interphase.spacecharge.Boltzmann.class,
                lazy("Boltzmann.symmetric(1, 1e24).withSiteDensities(1e28, 1e28)",
                        () -> org.interphase.spacecharge.Boltzmann.symmetric(1, 1e24).withSiteDensities(1e28, 1e28), false),
                lazy("Boltzmann.mottSchottky(1, 1e24)", () -> org.interphase.spacecharge.Boltzmann.mottSchottky(1, 1e24),
                        false));
        put(m, org.interphase.spacecharge.SiteExclusion.class,
                lazy("SiteExclusion.of(1e28, [1], [0.5])",
                        () -> org.interphase.spacecharge.SiteExclusion.of(1e28, new int[] {1}, new double[] {0.5}), false));
        put(m, org.interphase.spacecharge.MaterialPhases.Builder.class,
                fresh("MaterialPhases.builder(LLZO)", () -> org.interphase.spacecharge.MaterialPhases.builder(Materials.LLZO)),
                fresh("MaterialPhases.builder(LICOO2).conductivity(1e-3)",
                        () -> org.interphase.spacecharge.MaterialPhases.builder(Materials.LICOO2).conductivity(1e-3)));
        put(m, org.interphase.contact.LithiumCreep.class,
                lazy("LithiumCreep(Li creep law, 0.2 MPa, 1 µm, 0.2, UNIFORM)", () -> new org.interphase.contact.LithiumCreep(
                        Materials.LI_METAL.creepLaw().orElseThrow(), 0.2e6, 1e-6, 0.2,
                        org.interphase.contact.LithiumCreep.Heights.UNIFORM), false));
        put(m, org.interphase.diffusion.TwoPhaseStefan.class,
                lazy("TwoPhaseStefan(D, D, 1, 0.8, 0.3, 0)", () -> new org.interphase.diffusion.TwoPhaseStefan(
                        Arrhenius.of(1e-6, Units.eV(0.5)), Arrhenius.of(1e-7, Units.eV(0.5)), 1.0, 0.8, 0.3, 0.0), false));
        put(m, org.interphase.diffusion.StefanGrowth.class,
                lazy("StefanGrowth(D, 3, 2, 1, 1 nm)", () -> new org.interphase.diffusion.StefanGrowth(
                        Arrhenius.of(1e-6, Units.eV(0.5)), 3.0, 2.0, 1.0, 1e-9), false));
        put(m, Phase.class,
                lazy("LiCoO2-like phase [left electrode]", ValidExamples::lco, false),
                lazy("Li3PS4-like phase [right electrolyte]", ValidExamples::lps, false),
                lazy("LiNbO3-like phase [coating]", ValidExamples::linbo3, false));
        put(m, Junction.class,
                lazy("Junction.of(LCO, LPS, 0.1 eV, 300 K)", () -> Junction.of(lco(), lps(), Units.eV(0.1), 300), false));
        put(m, LayeredJunction.class,
                lazy("coated(junction, LiNbO3, 5 nm, 0)", () -> LayeredJunction.coated(Junction.of(lco(), lps(),
                        Units.eV(0.1), 300), linbo3(), 5e-9, 0), false),
                lazy("LayeredJunction.of(junction)", () -> LayeredJunction.of(Junction.of(lco(), lps(), Units.eV(0.1),
                        300)), false));
        put(m, LayeredJunction.Builder.class,
                fresh("LayeredJunction.builder(300).start(LCO,0).layer(LiNbO3,5nm,0)",
                        () -> LayeredJunction.builder(300).start(lco(), 0).layer(linbo3(), 5e-9, 0)),
                fresh("LayeredJunction.builder(300)", () -> LayeredJunction.builder(300)),
                fresh("LayeredJunction.builder(300).start(LCO,0).layer(LiNbO3,5nm,0).end(LPS,0)",
                        () -> LayeredJunction.builder(300).start(lco(), 0).layer(linbo3(), 5e-9, 0).end(lps(), 0)));
        put(m, InterfaceStack.class,
                lazy("LICOO2 | LINBO3 5 nm | LLZO", ValidExamples::stack, false));
        put(m, InterfaceStack.Builder.class,
                fresh("InterfaceStack.between(LICOO2, LLZO)", () -> InterfaceStack.between(Materials.LICOO2, Materials.LLZO)));
        // ---- anode-an2 (begin)
        put(m, org.interphase.anode.CurrentFocusingProblem.class, Example.of("5 µm spot in a 20 µm cell, 3 mS/cm × 50 µm",
                anodeFocusingCell()), Example.of("the same with a 20 nm interlayer", anodeFocusingCell()
                        .withInterlayer(2e-8, 1e3, 1e-5)));
        put(m, org.interphase.anode.InterlayerThicknessProblem.class, lazy("ASR over 10 nm … 1 µm of a 1e3 S/m interlayer",
                ValidExamples::anodeThicknessProblem, false));
        put(m, org.interphase.anode.InterlayerCriticalCurrent.class, Example.of("s -> 10 / amplification",
                (org.interphase.anode.InterlayerCriticalCurrent) s -> 10.0 / s.electrolyteAmplification()));
        // ---- anode-an2 (end)
        // ---- anode-an1 (begin)
        put(m, org.interphase.anode.LithiumSupply.class,
                lazy("LithiumSupply.lithium()", org.interphase.anode.LithiumSupply::lithium, false));
        put(m, org.interphase.anode.StrippingProblem.class,
                lazy("StrippingProblem.of(Li, LLZO, 2 MPa, 298.15 K, 3 A/m²)", ValidExamples::strippingProblem, false));
        put(m, org.interphase.anode.StrippingSolver.class,
                Example.of("StrippingSolver.withDefaults()", org.interphase.anode.StrippingSolver.withDefaults()));
        put(m, org.interphase.anode.StrippingSolution.class, lazy("solution of the stripping example",
                () -> org.interphase.anode.StrippingSolver.withDefaults().solve(strippingProblem()), false));
        put(m, org.interphase.anode.StrippingSolution.LithiumBudget.class, Example.of("LithiumBudget(1e-6, 5e-7, 4e-7, 1e-7)",
                new org.interphase.anode.StrippingSolution.LithiumBudget(1e-6, 5e-7, 4e-7, 1e-7)));
        put(m, org.interphase.anode.PlatingProblem.class,
                lazy("PlatingProblem.of(LLZO).withGrainBoundaryAsr(50 Ω·cm²)", ValidExamples::platingProblem, false));
        put(m, org.interphase.anode.PlatingSolver.class,
                Example.of("PlatingSolver.withDefaults().withPoints(8, 8)",
                        org.interphase.anode.PlatingSolver.withDefaults().withPoints(8, 8)));
        put(m, org.interphase.anode.PlatingSolution.class, lazy("solution of the plating example",
                () -> org.interphase.anode.PlatingSolver.withDefaults().withPoints(8, 8).solve(platingProblem()), false));
        put(m, org.interphase.anode.CurrentLimitMap.class, lazy("map of the plating example",
                () -> org.interphase.anode.PlatingSolver.withDefaults().withPoints(8, 8).solve(platingProblem()).map(),
                false));
        put(m, org.interphase.anode.LithiumInterphase.class,
                lazy("selfLimiting(Li2S, k_p 1e-20 m²/s, 1e-6 S/m, 1 nm)", ValidExamples::lithiumInterphase, false),
                lazy("stable(LLZO, 0, 1e-4 S/m)", () -> org.interphase.anode.LithiumInterphase.stable("LLZO", 0, 1e-4),
                        false),
                lazy("mixedConducting(LATP, B 1e-14, B/A 1e-12, 1e-5 S/m, 0)",
                        () -> org.interphase.anode.LithiumInterphase.mixedConducting("LATP", Arrhenius.of(1e-14, 0),
                                Arrhenius.of(1e-12, 0), 1e-5, 0), false));
        put(m, org.interphase.anode.LithiumInterphaseProblem.class, lazy("Li2S example at 298 K, 10 cycles of 2 h",
                () -> new org.interphase.anode.LithiumInterphaseProblem(lithiumInterphase(), 298.15, 7200, 10), false));
        put(m, org.interphase.anode.LithiumInterphaseSolver.class, Example.of("LithiumInterphaseSolver.withDefaults()",
                org.interphase.anode.LithiumInterphaseSolver.withDefaults()));
        put(m, org.interphase.anode.LithiumInterphaseSolution.class, lazy("solution of the Li2S example",
                () -> org.interphase.anode.LithiumInterphaseSolver.withDefaults().solve(
                        new org.interphase.anode.LithiumInterphaseProblem(lithiumInterphase(), 298.15, 7200, 10)), false));
        put(m, org.interphase.anode.CarbonateLayer.class, Example.of("CarbonateLayer(10 nm, 1, 1e-6 S/m, 1, 0.1)",
                new org.interphase.anode.CarbonateLayer(10e-9, 1, 1e-6, 1, 0.1)));
        // ---- anode-an1 (end)
        // ---- anode-an3 (begin)
        put(m, org.interphase.anode.FlawTipProblem.class, Example.of("Li filament a = 2 µm, c = 6 µm in a 20 µm × 40 µm cell",
                org.interphase.anode.FlawTipProblem.of(0.05, 2e-6, 6e-6, 2e-5, 4e-5)));
        // ---- anode-an3 (end)
        // ---- anode-s4 (begin): the alloy anode's diffusion-limited depletion
        put(m, org.interphase.anode.AlloyAnode.class, Example.of("AlloyAnode(test alloy, 100 µm, D 1e-14 m²/s, 6e4 → 1e4 mol/m³)",
                new org.interphase.anode.AlloyAnode("test alloy", 100e-6, Arrhenius.of(1e-14, 0), 6e4, 1e4)));
        // ---- anode-s4 (end)
        // ---- anode-an4 (begin): the anode side of the stack and the cell budget
        put(m, org.interphase.stack.CellStack.class, lazy("Li | Au 20 nm | LLZO … LLZO | LiNbO3 5 nm | LiCoO2",
                ValidExamples::cellStack, false));
        put(m, org.interphase.stack.CellSolution.class, lazy("solution of the cell example",
                () -> org.interphase.stack.StackSolver.withDefaults().solve(cellStack()), false));
        // ---- anode-an4 (end)
        // ---- microstructure (begin)
        put(m, org.interphase.microstructure.Microstructure.class, lazy("4×4×4 two-phase grid of 1 µm voxels",
                () -> org.interphase.microstructure.Microstructure.of(4, 4, 4, 1e-6, microstructurePhases(),
                        (x, y, z) -> x % 2), false));
        put(m, org.interphase.microstructure.Microstructure.LabelFunction.class,
                Example.of("(x, y, z) -> x % 2", (org.interphase.microstructure.Microstructure.LabelFunction) (x, y, z) -> x % 2));
        put(m, org.interphase.microstructure.VoxelPhase.class,
                Example.of("Phase.of(1, \"solid\")", org.interphase.microstructure.VoxelPhase.of(1, "solid")));
        // ---- microstructure (end)
        // ---- microstructure-memt (begin)
        put(m, org.interphase.microstructure.ElectrodeImpedanceProblem.class,
                lazy("blocking(60 µm, 0.01 S/m, 3e5 1/m, 0.1 F/m²)", () -> org.interphase.microstructure
                        .ElectrodeImpedanceProblem.blocking(60e-6, 0.01, 3e5, 0.1).withElectrolyte(0.1, 0.3), false));
        put(m, org.interphase.microstructure.CoreShell.class,
                Example.of("CoreShell(1e-6, 1e-2, 1e-3 S/m, 50 nm, 5 nm, 0.1)",
                        new org.interphase.microstructure.CoreShell(1e-6, 1e-2, 1e-3, 50e-9, 5e-9, 0.1)));
        // ---- microstructure-memt (end)
        // ---- microstructure-mgeom (begin)
        put(m, org.interphase.microstructure.GeometryProblem.class, lazy("electrode(6×6×6 pore/solid/SE, solid, SE)",
                ValidExamples::geometryProblem, false));
        put(m, org.interphase.microstructure.GeometrySolution.class, lazy("solve(electrode 6×6×6 with a particle)",
                () -> org.interphase.microstructure.GeometrySolver.withDefaults().solve(geometryProblem()), false));
        put(m, org.interphase.microstructure.GeometrySolution.ParticleContact.class, lazy("its particle's contact",
                () -> org.interphase.microstructure.GeometrySolver.withDefaults().solve(geometryProblem())
                        .particleContacts().get(0), false));
        // ---- microstructure-mgeom (end)
        // ---- microstructure-mcond (begin)
        put(m, org.interphase.microstructure.ConductionProblem.class, lazy("pore 0.1 S/m, solid 1 S/m, R 1e-6 Ω·m², on the 4×4×4 grid",
                ValidExamples::conductionProblem, false));
        put(m, org.interphase.microstructure.ConductionField.class, lazy("the z field of that problem's solution",
                () -> org.interphase.microstructure.ConductionSolver.withDefaults().solve(conductionProblem())
                        .field(org.interphase.microstructure.Axis.Z).orElseThrow(), false));
        put(m, org.interphase.microstructure.Axis[].class,
                Example.of("{Z}", new org.interphase.microstructure.Axis[] {org.interphase.microstructure.Axis.Z}));
        // ---- microstructure-mcond (end)
        // ---- microstructure-mgen (begin): generators and voxel files
        put(m, org.interphase.microstructure.SizeDistribution.class,
                Example.of("SizeDistribution.fixed(1.5 µm)", org.interphase.microstructure.SizeDistribution.fixed(1.5e-6)),
                Example.of("SizeDistribution.logNormal(1 µm, 1.3)",
                        org.interphase.microstructure.SizeDistribution.logNormal(1e-6, 1.3)));
        put(m, org.interphase.microstructure.PackingProblem.class, lazy("8×8×8 box, solid 0.3 as overlapping 1.5 µm spheres",
                ValidExamples::mgenPackingProblem, false));
        put(m, org.interphase.microstructure.SlabStackProblem.class, lazy("4×4: dense solid 2 µm + dense pore 1 µm",
                () -> org.interphase.microstructure.SlabStackProblem.of(4, 4, 1e-6)
                        .withSlab(org.interphase.microstructure.Slab.dense(mgenSolid(), 2e-6))
                        .withSlab(org.interphase.microstructure.Slab.dense(mgenPore(), 1e-6)), false));
        put(m, org.interphase.microstructure.Slab.class, Example.of("Slab.dense(solid, 2 µm)",
                org.interphase.microstructure.Slab.dense(mgenSolid(), 2e-6)));
        put(m, org.interphase.microstructure.SphereSet.class, Example.of("solid 0.3 overlapping fixed 1.5 µm",
                new org.interphase.microstructure.SphereSet(mgenSolid(), 0.3,
                        org.interphase.microstructure.SizeDistribution.fixed(1.5e-6),
                        org.interphase.microstructure.Placement.OVERLAPPING)));
        put(m, org.interphase.microstructure.Coating.class, Example.of("coating 0.1 µm on solid",
                new org.interphase.microstructure.Coating(mgenCoating(), mgenSolid(), 1e-7)));
        // ---- microstructure-mgen (end)
        // ---- microstructure-mbreath (begin)
        put(m, org.interphase.microstructure.BreathingProblem.class, lazy(
                "6×6×6 NMC811 sphere r = 2 µm, Li6PS5Cl below z = 3, NMC811 breathing law at 10 MPa",
                ValidExamples::breathingProblem, false));
        put(m, org.interphase.microstructure.BreathingSolution.BreathingState.class, lazy("the first state of its solution",
                () -> org.interphase.microstructure.BreathingSolver.withDefaults().solve(breathingProblem()).states().get(0),
                false));
        // ---- microstructure-mbreath (end)
        // ---- impedance-elements (begin): custom elements, their registry, fit bounds, saved circuits
        put(m, org.interphase.impedance.CustomElement.ZFunction.class, Example.of("(w, p, z) -> a resistor p[0]",
                (org.interphase.impedance.CustomElement.ZFunction) (w, p, z) -> {
                    z[0] = p[0];
                    z[1] = 0.0;
                }));
        put(m, org.interphase.impedance.CustomElement.class, lazy("custom element Rx (a resistor R, Ω)",
                ValidExamples::customResistor, false));
        put(m, org.interphase.impedance.ElementRegistry.class,
                Example.of("ElementRegistry.standard()", org.interphase.impedance.ElementRegistry.standard()),
                lazy("standard().with(Rx)", () -> org.interphase.impedance.ElementRegistry.standard()
                        .with(customResistor()), false));
        put(m, org.interphase.impedance.CircuitFitProblem.Bounds.class, Example.of("Bounds(1, 100)",
                new org.interphase.impedance.CircuitFitProblem.Bounds(1, 100)));
        put(m, org.interphase.impedance.SavedCircuit.class, lazy("R0-p(R1,C1) with [1, 10, 1e-5]",
                () -> new org.interphase.impedance.SavedCircuit(Circuit.parse("R0-p(R1,C1)"), new double[] {1, 10, 1e-5},
                        false, com.google.common.collect.ImmutableMap.of()), false));
        // ---- impedance-elements (end)
        // ---- sweep (begin)
        put(m, org.interphase.sweep.Factor.class, Example.of("Factor.values(\"x\", \"m\", 1, 2)", sweepX()),
                Example.of("Factor.levels(\"c\", \"A\", \"B\")", org.interphase.sweep.Factor.levels("c", "A", "B")));
        put(m, org.interphase.sweep.Design.class, Example.of("Design.grid(x, c)", sweepDesign()));
        put(m, org.interphase.sweep.DesignPoint.class, Example.of("Design.grid(x, c).point(1)", sweepDesign().point(1)));
        put(m, org.interphase.sweep.Output.class, Example.of("new Output(\"y\", \"m\")",
                new org.interphase.sweep.Output("y", "m")));
        put(m, org.interphase.sweep.SweepFunction.class, Example.of("y = x", sweepFunction()));
        put(m, org.interphase.sweep.SweepProblem.class, Example.of("SweepProblem(grid(x, c), y = x)", sweepProblem()));
        put(m, org.interphase.sweep.SweepRunner.class, Example.of("SweepRunner.withDefaults()",
                org.interphase.sweep.SweepRunner.withDefaults()));
        put(m, org.interphase.sweep.SweepResult.class, lazy("the result of SweepProblem(grid(x, c), y = x)",
                () -> org.interphase.sweep.SweepRunner.withDefaults().solve(sweepProblem()), false));
        put(m, org.interphase.sweep.SweepRow.class, lazy("its first row",
                () -> org.interphase.sweep.SweepRunner.withDefaults().solve(sweepProblem()).rows().get(0), false));
        // ---- sweep (end)
        // ---- provenance-uncertainty (begin): core Citation/Provenance/progress, org.interphase.uncertainty
        put(m, org.interphase.core.Citation.class, Example.of("Citation.of(Kato et al., 2014, J. Power Sources 260, 292)",
                org.interphase.core.Citation.of("Kato et al.", 2014, "J. Power Sources 260, 292", null)));
        put(m, org.interphase.core.Provenance.class, Example.of("Provenance(Kato 2014; 'x assumed')",
                org.interphase.core.Provenance.of(List.of(org.interphase.core.Citation.of("Kato et al.", 2014,
                        "J. Power Sources 260, 292", null)), List.of("x assumed"))),
                Example.of("Provenance.empty()", org.interphase.core.Provenance.empty()));
        put(m, org.interphase.core.ProgressListener.class, Example.of("ProgressListener.none()",
                org.interphase.core.ProgressListener.none()));
        put(m, org.interphase.core.CancellationToken.class,
                fresh("CancellationToken.create()", org.interphase.core.CancellationToken::create));
        put(m, org.interphase.core.ProgressTracker.class, fresh("ProgressTracker.start(none, new token, \"test\")",
                () -> org.interphase.core.ProgressTracker.start(org.interphase.core.ProgressListener.none(),
                        org.interphase.core.CancellationToken.create(), "test")));
        put(m, Appendable.class, fresh("new StringBuilder()", StringBuilder::new));
        put(m, org.interphase.materials.PropertyValue.class, Example.of("LiNbO3 σ (range 1e-6…1e-5 S/cm)",
                Materials.LINBO3.property(org.interphase.materials.Property.IONIC_CONDUCTIVITY).orElseThrow()));
        put(m, org.interphase.uncertainty.Distribution.class,
                Example.of("normal(1, 0.1)", org.interphase.uncertainty.Distribution.normal(1, 0.1)),
                Example.of("uniform(0.5, 2)", org.interphase.uncertainty.Distribution.uniform(0.5, 2)));
        put(m, org.interphase.uncertainty.UncertainInput.class, Example.of("x ~ normal(1, 0.1) m",
                org.interphase.uncertainty.UncertainInput.of("x", "m", org.interphase.uncertainty.Distribution.normal(1, 0.1))));
        put(m, java.util.function.ToDoubleFunction.class, Example.of("s -> 1.0",
                (java.util.function.ToDoubleFunction<Object>) s -> 1.0));
        put(m, org.interphase.uncertainty.UncertaintyProblem.class, lazy("y = 2·x, x ~ normal(1, 0.1)",
                ValidExamples::uncertaintyProblem, false));
        put(m, org.interphase.uncertainty.UncertaintySolver.class, Example.of("UncertaintySolver 20 samples, 1 thread",
                org.interphase.uncertainty.UncertaintySolver.withDefaults().withSamples(20).withThreads(1)));
        put(m, org.interphase.uncertainty.UncertaintySolution.class, lazy("20 samples of y = 2·x",
                () -> org.interphase.uncertainty.UncertaintySolver.withDefaults().withSamples(20).withThreads(1)
                        .solve(uncertaintyProblem()), false));
        put(m, org.interphase.uncertainty.Sample.class, Example.of("Sample.of(0, [x], [1.0])",
                org.interphase.uncertainty.Sample.of(0, List.of("x"), new double[] {1.0})));
        // ---- provenance-uncertainty (end)
        return m;
    }

    // ---- impedance-elements helpers (begin)
    private static org.interphase.impedance.CustomElement customResistor() {
        return org.interphase.impedance.CustomElement.of("Rx", List.of("R"), List.of("Ω"), (w, p, z) -> {
            z[0] = p[0];
            z[1] = 0.0;
        });
    }

    private static String rcJson() {
        return org.interphase.impedance.CircuitJson.write(Circuit.parse("R0-p(R1,C1)"), 1, 10, 1e-5);
    }
    // ---- impedance-elements helpers (end)
    // ---- sweep helpers (begin)
    static org.interphase.sweep.Factor sweepX() {
        return org.interphase.sweep.Factor.values("x", "m", 1, 2);
    }

    static org.interphase.sweep.Design sweepDesign() {
        return org.interphase.sweep.Design.grid(sweepX(), org.interphase.sweep.Factor.levels("c", "A", "B"));
    }

    static org.interphase.sweep.SweepFunction sweepFunction() {
        return org.interphase.sweep.SweepFunction.of(List.of(new org.interphase.sweep.Output("y", "m")),
                p -> new double[] {p.number("x")});
    }

    static org.interphase.sweep.SweepProblem sweepProblem() {
        return org.interphase.sweep.SweepProblem.of("s", sweepDesign(), sweepFunction());
    }
    // ---- sweep helpers (end)

    /**
     * Members whose parameters depend on each other (sizes, names that must exist): explicit
     * argument candidates per parameter (null = use the registry).
     */
    static Map<String, List<List<Example>>> overrides() {
        Map<String, List<List<Example>>> m = new HashMap<>();
        // ---- sweep overrides (begin)
        m.put("org.interphase.sweep.Design.latinHypercube(int,long,Factor[])", args(null, null,
                List.of(Example.of("[Factor.range(\"x\", \"m\", 0, 1)]",
                        new org.interphase.sweep.Factor[] {org.interphase.sweep.Factor.range("x", "m", 0, 1)}))));
        m.put("org.interphase.sweep.Design.sobol(int,long,Factor[])", args(null, null,
                List.of(Example.of("[Factor.range(\"x\", \"m\", 0, 1)]",
                        new org.interphase.sweep.Factor[] {org.interphase.sweep.Factor.range("x", "m", 0, 1)}))));
        m.put("org.interphase.sweep.SweepRunner.withPointFailures(Class[])", args(
                List.of(Example.of("[IllegalArgumentException.class]", new Class<?>[] {IllegalArgumentException.class}))));
        m.put("org.interphase.sweep.Design.list(List,List)", args(
                List.of(Example.of("[x]", List.of(sweepX()))),
                List.of(Example.of("[[1.0], [2.0]]", List.of(List.<Object>of(1.0), List.<Object>of(2.0))))));
        m.put("org.interphase.sweep.Design.factorIndex(String)", args(List.of(Example.of("\"x\"", "x"))));
        m.put("org.interphase.sweep.DesignPoint.number(String)", args(List.of(Example.of("\"x\"", "x"))));
        m.put("org.interphase.sweep.DesignPoint.level(String)", args(List.of(Example.of("\"c\"", "c"))));
        m.put("org.interphase.sweep.SweepResult.column(String)", args(List.of(Example.of("\"y\"", "y"))));
        m.put("org.interphase.sweep.SweepResult.outputIndex(String)", args(List.of(Example.of("\"y\"", "y"))));
        // ---- sweep overrides (end)
        // Checks.nonNull is generic (T, erased to Object), and Object has no examples: any non-null value
        m.put("org.interphase.core.Checks.nonNull(Object,String)", args(List.of(Example.of("\"A\"", "A")), null));
        // the registered TridiagonalSystem has 4 unknowns
        // a straight line y = p0 + p1·x through 4 points: the model's output matches the observations' length
        m.put("org.interphase.core.LeastSquares.Problem.of(Model,double[],double[])",
                args(List.of(Example.of("p->line(p)", (org.interphase.core.LeastSquares.Model) ValidExamples::line)),
                        List.of(array("[1,3,5,7]", new double[] {1, 3, 5, 7})), List.of(array("[0,1]", new double[] {0, 1}))));
        m.put("org.interphase.core.LeastSquares.Problem.withJacobian(ModelWithJacobian,double[],double[])",
                args(List.of(Example.of("p->line(p) with its Jacobian",
                        (org.interphase.core.LeastSquares.ModelWithJacobian) p -> new org.interphase.core.LeastSquares.Evaluation(
                                line(p), new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 3}}))),
                        List.of(array("[1,3,5,7]", new double[] {1, 3, 5, 7})), List.of(array("[0,1]", new double[] {0, 1}))));
        m.put("org.interphase.core.LeastSquares.Problem.withWeights(double[])",
                args(List.of(array("[1,1,2,2]", new double[] {1, 1, 2, 2}))));
        m.put("org.interphase.core.LeastSquares.Problem.withBounds(double[],double[])",
                args(List.of(array("[-10,-10]", new double[] {-10, -10})), List.of(array("[10,10]", new double[] {10, 10}))));
        m.put("org.interphase.core.NewtonSolver.solve(TridiagonalSystem,double[])",
                args(null, List.of(array("[0,0,0,0]", new double[4]))));
        // ---- i14 (issue 14, standard errors as OptionalDouble): one entry per parameter of the point
        m.put("org.interphase.core.LeastSquares.Outcome.new(double[],double,double,int,int,int,ImmutableList,Optional,"
                + "List,List)", args(List.of(array("[1,2]", new double[] {1, 2})), null, null, null, null, null,
                List.of(Example.of("[0.1, not determined]", com.google.common.collect.ImmutableList.of(
                        java.util.OptionalDouble.of(0.1), java.util.OptionalDouble.empty()))),
                null, null, null));
        // ---- end i14
        double[] l = {0, 2e-9, 5e-9, 10e-9, 20e-9};
        double[] r = new double[l.length];
        for (int i = 0; i < l.length; i++) {
            r[i] = 1e-3 + 5e-3 * Math.exp(-l[i] / 3e-9) + l[i] / 1e-6; // base + suppressed + coating, Ω·m²
        }
        List<Example> ls = List.of(array("[0,2,5,10,20] nm", l));
        List<Example> rs = List.of(array("R(l) of an exponential trade-off", r));
        m.put("org.interphase.buffer.TradeOffFitProblem.of(double[],double[],double)",
                args(ls, rs, List.of(Example.of("1e-4", 1e-4))));
        m.put("org.interphase.buffer.TradeOffFitProblem.of(double[],double[])", args(ls, rs));
        // a problem with a design variable, so that BufferLayerSolution.value(name) has a name to look up
        m.put("org.interphase.buffer.BufferLayerOptimizer.solve(BufferLayerProblem)",
                args(List.of(lazy("of(stack).withVariable(\"A\", identity)", ValidExamples::bufferProblemWithVariable,
                        false))));
        // one weight per point of the registered 5-point problem
        m.put("org.interphase.buffer.TradeOffFitProblem.withWeights(double[])",
                args(List.of(array("[1,1,1,1,1]", new double[] {1, 1, 1, 1, 1}))));
        double[] rLab = r.clone();
        for (int i = 0; i < rLab.length; i++) {
            rLab[i] = Units.toOhmCm2(r[i]);
        }
        m.put("org.interphase.buffer.TradeOffFitProblem.inLabUnits(double[],double[],double)",
                args(List.of(array("[0,2,5,10,20]", new double[] {0, 2, 5, 10, 20})),
                        List.of(array("R(l) in Ω·cm²", rLab)), List.of(Example.of("1.0", 1.0))));
        m.put("org.interphase.contact.Surface.of(int,int,double,double,double[])",
                args(List.of(Example.of("8", 8)), List.of(Example.of("8", 8)), List.of(Example.of("1e-7", 1e-7)),
                        List.of(Example.of("1e-7", 1e-7)), List.of(array("64 heights, nm", ramp(0, 1e-9, 64)))));
        m.put("org.interphase.contact.Constriction.conductance(boolean[],ContactProblem,double)",
                args(List.of(fresh("16x16 map, a quarter in contact", () -> {
                    boolean[] b = new boolean[256];
                    for (int i = 0; i < 64; i++) {
                        b[i] = true;
                    }
                    return b;
                })), null, null));
        List<List<Example>> growth = args(List.of(Example.of("3 isothermal holds 900/1000/1100 K",
                        List.of(ThermalSchedule.isothermal(900, 3600), ThermalSchedule.isothermal(1000, 3600),
                                ThermalSchedule.isothermal(1100, 3600)))),
                List.of(array("[5,20,60] nm", new double[] {5e-9, 20e-9, 60e-9})), List.of(Example.of("0", 0.0)));
        m.put("org.interphase.diffusion.ArrheniusFitProblem.parabolicGrowth(List,double[],double)", growth);
        m.put("org.interphase.diffusion.ArrheniusFitProblem.Growth.new(List,double[],double)", growth);
        m.put("org.interphase.diffusion.StefanGrowth.new(Arrhenius,double,double,double,double)",
                args(null, List.of(Example.of("3.0", 3.0)), List.of(Example.of("2.0", 2.0)), List.of(Example.of("1.0", 1.0)),
                        List.of(Example.of("0.0", 0.0), Example.of("1e-9", 1e-9))));
        m.put("org.interphase.diffusion.TwoPhaseStefan.new(Arrhenius,Arrhenius,double,double,double,double)",
                args(null, null, List.of(Example.of("1.0", 1.0)), List.of(Example.of("0.8", 0.8)),
                        List.of(Example.of("0.3", 0.3)), List.of(Example.of("0.0", 0.0))));
        List<Example> three = List.of(array("[1, 10, 1e-5]", new double[] {1, 10, 1e-5}));
        m.put("org.interphase.impedance.Circuit.checkParameters(double[])", args(three));
        m.put("org.interphase.impedance.Circuit.named(double[])", args(three));
        m.put("org.interphase.impedance.Circuit.parameters(Map)",
                args(List.of(Example.of("{R0=1, R1=10, C1=1e-5}", Map.of("R0", 1.0, "R1", 10.0, "C1", 1e-5)))));
        m.put("org.interphase.impedance.Circuit.parse(String)",
                args(List.of(Example.of("\"R0-p(R1,C1)\"", "R0-p(R1,C1)"))));
        // one site density per species: the registered Boltzmann examples have 2 and 1 species
        m.put("org.interphase.spacecharge.Boltzmann.withSiteDensities(double[])",
                args(List.of(array("[1e28,1e28]", new double[] {1e28, 1e28}), array("[1e28]", new double[] {1e28}))));
        // a sweep of one value: the three arrays and the list of layer results must have the same length
        m.put("org.interphase.spacecharge.Sweep.new(String,String,double[],double[],double[],List)",
                args(null, null, List.of(array("[5e-9]", new double[] {5e-9})), List.of(array("[1e-3]", new double[] {1e-3})),
                        List.of(array("[1e-4]", new double[] {1e-4})), null));
        m.put("org.interphase.spacecharge.SiteExclusion.of(double,int[],double[])",
                args(null, List.of(fresh("[1]", () -> new int[] {1}), fresh("[1,-1]", () -> new int[] {1, -1})),
                        List.of(array("[0.5]", new double[] {0.5}), array("[0.3,0.3]", new double[] {0.3, 0.3}))));
        m.put("org.interphase.spacecharge.SiteExclusion.of(double,double,int[],double[])",
                args(null, List.of(Example.of("0.8", 0.8)), List.of(fresh("[1]", () -> new int[] {1})),
                        List.of(array("[0.5]", new double[] {0.5}))));
        m.put("org.interphase.spacecharge.Sweeps.step(JunctionSolver,Junction,double[])",
                args(null, null, List.of(array("[0.05,0.1,0.2] eV", new double[] {Units.eV(0.05), Units.eV(0.1),
                        Units.eV(0.2)}))));
        m.put("org.interphase.diffusion.DiffusionProblem.new(Mesh1D,List,List,ThermalSchedule,double[])",
                args(List.of(lazy("two-layer Mesh1D", ValidExamples::mesh, false)),
                        List.of(fresh("List.of(species A, 2 layers)", () -> List.of(speciesA().build()))),
                        List.of(Example.of("List.of()", List.of())),
                        List.of(Example.of("isothermal(1000 K, 1 h)", ThermalSchedule.isothermal(1000, 3600))),
                        List.of(array("[60, 3600]", new double[] {60, 3600}))));
        m.put("org.interphase.spacecharge.LayeredSolver.solve(LayeredJunction,Mesh1D)",
                args(null, List.of(lazy("LayeredSolver.withDefaults().mesh(coated junction)",
                        () -> org.interphase.spacecharge.LayeredSolver.withDefaults().mesh(LayeredJunction.coated(
                                Junction.of(lco(), lps(), Units.eV(0.1), 300), linbo3(), 5e-9, 0)), false))));
        m.put("org.interphase.impedance.BrickLayer.new(double,double,double,double,double,double,double)",
                args(List.of(Example.of("1e-3", 1e-3)), List.of(Example.of("5e-6", 5e-6)), List.of(Example.of("5e-9", 5e-9)),
                        List.of(Example.of("0.05", 0.05)), List.of(Example.of("1e-5", 1e-5)), List.of(Example.of("60", 60.0)),
                        List.of(Example.of("50", 50.0))));
        m.put("org.interphase.diffusion.StefanGrowth.solve(ThermalSchedule,int,int,DoubleUnaryOperator)",
                args(null, List.of(Example.of("8", 8)), List.of(Example.of("10", 10)),
                        List.of(Example.of("x->2.5", (DoubleUnaryOperator) x -> 2.5))));
        m.put("org.interphase.materials.InterfacePairs.get(String,String)",
                args(List.of(Example.of("LICOO2.id()", Materials.LICOO2.id())),
                        List.of(Example.of("LLZO.id()", Materials.LLZO.id()))));
        m.put("org.interphase.materials.MaterialFiles.parse(String,String)",
                args(List.of(Example.of("toCsv(LLZO)", MaterialFiles.toCsv(List.of(Materials.LLZO)))),
                        List.of(Example.of("\"user.csv\"", "user.csv"))));
        // ---- anode-an2 (begin): the closed form needs r within [0, b] and b > a
        m.put("org.interphase.anode.InterlayerSpreading.currentDensityRatio(double,double,double,double,double)",
                args(List.of(Example.of("2e-6", 2e-6)), List.of(Example.of("1e-6", 1e-6)),
                        List.of(Example.of("1e-5", 1e-5)), List.of(Example.of("1e-10", 1e-10)),
                        List.of(Example.of("1e-4", 1e-4))));
        // ---- anode-an2 (end)
        // ---- anode-an3 (begin): the catalog's β-LiAl carries a Li diffusivity
        m.put("org.interphase.anode.InterlayerTransport.lateralConductivity(Material,double,double)",
                args(List.of(Example.of("Materials.LI_AL", Materials.LI_AL)), List.of(Example.of("5e4", 5e4)),
                        List.of(Example.of("688.15", 688.15))));
        // ---- anode-an3 (end)
        // ---- anode-a16 (begin): the plating problem's canonical constructor (temperature laws, stripping)
        m.put("org.interphase.anode.PlatingProblem.new(String,OptionalDouble,OptionalDouble,OptionalDouble,double,double,"
                + "double,double,double,double,double,Optional,Optional,Optional)",
                args(List.of(Example.of("\"LLZO\"", "LLZO")),
                        List.of(Example.of("OptionalDouble.of(60e9)", java.util.OptionalDouble.of(60e9))),
                        List.of(Example.of("OptionalDouble.of(1.25e6)", java.util.OptionalDouble.of(1.25e6))),
                        List.of(Example.of("OptionalDouble.of(5e-3)", java.util.OptionalDouble.of(5e-3))),
                        List.of(Example.of("1e-4", 1e-4)), List.of(Example.of("1.0", 1.0)), List.of(Example.of("1.12", 1.12)),
                        List.of(Example.of("0.05", 0.05)), List.of(Example.of("1.3e-5", 1.3e-5)),
                        List.of(Example.of("2.83e9", 2.83e9)), List.of(Example.of("298.15", 298.15)),
                        List.of(Example.of("Optional.of(Arrhenius.of(1, 0.4 eV))",
                                java.util.Optional.of(Arrhenius.of(1, 0.4 * 1.602176634e-19)))),
                        List.of(Example.of("Optional.empty()", java.util.Optional.empty())),
                        List.of(Example.of("Optional.empty()", java.util.Optional.empty()))));
        // ---- anode-a16 (end)
        // ---- impedance-drt (begin): DRT and Lin-KK of issue 17; arrays of one length, bands with lower ≤ upper
        m.put("org.interphase.impedance.DrtCredibleBand.new(double[],double[],double[],double[],double,int,long)",
                args(List.of(array("[1e-3,1e-2,1e-1] s", new double[] {1e-3, 1e-2, 1e-1})),
                        List.of(array("[1,2,1] Ω", new double[] {1, 2, 1})),
                        List.of(array("[0.5,1.5,0.5] Ω", new double[] {0.5, 1.5, 0.5})),
                        List.of(array("[1.5,2.5,1.5] Ω", new double[] {1.5, 2.5, 1.5})),
                        List.of(Example.of("0.95", 0.95)), List.of(Example.of("200", 200)), null));
        m.put("org.interphase.impedance.DrtGaussianPeak.new(double,OptionalDouble,double,OptionalDouble,double,double)",
                args(List.of(Example.of("1e-3", 1e-3)),
                        List.of(Example.of("OptionalDouble.of(1e-5)", java.util.OptionalDouble.of(1e-5)),
                                Example.of("OptionalDouble.empty()", java.util.OptionalDouble.empty())),
                        List.of(Example.of("60.0", 60.0)),
                        List.of(Example.of("OptionalDouble.of(0.5)", java.util.OptionalDouble.of(0.5))),
                        List.of(Example.of("0.5", 0.5)), List.of(Example.of("58.0", 58.0))));
        m.put("org.interphase.impedance.DrtSolver.withCredibleBand(int,long)",
                args(List.of(Example.of("200", 200)), null));
        m.put("org.interphase.impedance.DrtSolver.withFolds(int,long)", args(List.of(Example.of("5", 5)), null));
        m.put("org.interphase.impedance.DrtBasis.derivative(double,int)",
                args(null, List.of(Example.of("1", 1), Example.of("2", 2))));
        // ---- impedance-drt (end)
        // ---- microstructure (begin): a 4×4×4 two-phase grid and the arguments that must match it
        m.put("org.interphase.microstructure.Microstructure.of(int,int,int,double,byte[],List)",
                args(List.of(Example.of("4", 4)), List.of(Example.of("4", 4)), List.of(Example.of("4", 4)),
                        List.of(Example.of("1e-6", 1e-6)), List.of(fresh("64 labels, 0/1 alternating in x",
                                ValidExamples::microstructureLabels)),
                        List.of(Example.of("[pore 0, solid 1]", microstructurePhases()))));
        m.put("org.interphase.microstructure.Microstructure.of(int,int,int,double,List,LabelFunction)",
                args(List.of(Example.of("4", 4)), List.of(Example.of("4", 4)), List.of(Example.of("4", 4)),
                        List.of(Example.of("1e-6", 1e-6)), List.of(Example.of("[pore 0, solid 1]", microstructurePhases())),
                        null));
        m.put("org.interphase.microstructure.Microstructure.withPhases(List)",
                args(List.of(Example.of("[pore 0, solid 1]", microstructurePhases()))));
        m.put("org.interphase.microstructure.Microstructure.requirePhase(String)",
                args(List.of(Example.of("\"solid\"", "solid"))));
        // ---- microstructure (end)
        // ---- microstructure-memt (begin): phase arrays of equal length whose fractions sum to 1
        for (String member : new String[] {"bruggeman", "hashinShtrikmanLower", "hashinShtrikmanUpper"}) {
            m.put("org.interphase.microstructure.EffectiveMedium." + member + "(double[],double[])",
                    args(List.of(array("[1e-4, 1e-2, 0] S/m", new double[] {1e-4, 1e-2, 0})),
                            List.of(array("[0.5, 0.3, 0.2]", new double[] {0.5, 0.3, 0.2}))));
        }
        // ---- microstructure-memt (end)
        // ---- microstructure-mgeom (begin): the phases of the registered 6×6×6 three-phase grid
        List<Example> solid = List.of(Example.of("solid", geometryPhases().get(1)));
        List<Example> se = List.of(Example.of("SE", geometryPhases().get(2)));
        List<Example> pore = List.of(Example.of("pore", geometryPhases().get(0)));
        for (String pair : List.of("faceCount", "faceArea", "interfaceArea", "specificInterfaceArea")) {
            m.put("org.interphase.microstructure.GeometrySolution." + pair + "(VoxelPhase,VoxelPhase)", args(solid, se));
        }
        for (String triple : List.of("tripleBoundaryLength", "tripleEdgeCount")) {
            m.put("org.interphase.microstructure.GeometrySolution." + triple + "(VoxelPhase,VoxelPhase,VoxelPhase)",
                    args(solid, se, pore));
        }
        m.put("org.interphase.microstructure.GeometryProblem.electrode(Microstructure,VoxelPhase,VoxelPhase)",
                args(List.of(lazy("6×6×6 pore/solid/SE", ValidExamples::geometryGrid, false)), solid, se));
        m.put("org.interphase.microstructure.GeometryProblem.withElectrolytes(List)",
                args(List.of(Example.of("[SE]", List.of(geometryPhases().get(2))))));
        m.put("org.interphase.microstructure.GeometryProblem.withElectronConductors(List)",
                args(List.of(Example.of("[pore]", List.of(geometryPhases().get(0))))));
        m.put("org.interphase.microstructure.GeometryProblem.withParticles(List)",
                args(List.of(Example.of("[solid sphere r = 2 µm]", List.of(geometryParticle())))));
        // ---- microstructure-mgeom (end)
        // ---- microstructure-mcond (begin): the interface resistance needs two different phases of the grid
        m.put("org.interphase.microstructure.ConductionProblem.withInterfaceResistance(VoxelPhase,VoxelPhase,double)",
                args(List.of(Example.of("pore", microstructurePhases().get(0))),
                        List.of(Example.of("solid", microstructurePhases().get(1))), List.of(Example.of("1e-6", 1e-6))));
        m.put("org.interphase.microstructure.BruggemanFitProblem.of(List,Axis)",
                args(List.of(lazy("[solution with only solid conducting]", () -> List.of(
                        org.interphase.microstructure.ConductionSolver.withDefaults().solve(singlePhaseConduction())), false)),
                        List.of(Example.of("Axis.Z", org.interphase.microstructure.Axis.Z))));
        // ---- microstructure-mcond (end)
        // ---- microstructure-mgen (begin): arguments that must fit the registered problem, files that must exist
        List<List<Example>> coatingArgs = args(List.of(Example.of("coating (label 2)", mgenCoating())),
                List.of(Example.of("solid (label 1)", mgenSolid())), List.of(Example.of("1e-7", 1e-7)));
        m.put("org.interphase.microstructure.Coating.new(VoxelPhase,VoxelPhase,double)", coatingArgs);
        m.put("org.interphase.microstructure.PackingProblem.withCoating(VoxelPhase,VoxelPhase,double)", coatingArgs);
        m.put("org.interphase.microstructure.PackingProblem.withBackground(VoxelPhase)",
                args(List.of(Example.of("electrolyte (label 5)", org.interphase.microstructure.VoxelPhase.of(5, "electrolyte")))));
        m.put("org.interphase.microstructure.PackingProblem.withSpheres(VoxelPhase,double,SizeDistribution,Placement)",
                args(List.of(Example.of("SE (label 3)", org.interphase.microstructure.VoxelPhase.of(3, "SE"))),
                        List.of(Example.of("0.2", 0.2)), null, null));
        List<List<Example>> pattern = args(List.of(Example.of("solid", mgenSolid())), List.of(Example.of("pore", mgenPore())),
                List.of(Example.of("2e-6", 2e-6)), List.of(Example.of("2e-6", 2e-6)), List.of(Example.of("1e-6", 1e-6)));
        m.put("org.interphase.microstructure.Slab.pillars(VoxelPhase,VoxelPhase,double,double,double)", pattern);
        m.put("org.interphase.microstructure.Slab.ridges(VoxelPhase,VoxelPhase,double,double,double)", pattern);
        m.put("org.interphase.microstructure.Slab.porous(VoxelPhase,VoxelPhase,double,double,SizeDistribution)",
                args(List.of(Example.of("solid", mgenSolid())), List.of(Example.of("pore", mgenPore())),
                        List.of(Example.of("4e-6", 4e-6)), List.of(Example.of("0.3", 0.3)),
                        List.of(Example.of("fixed(0.5 µm)", org.interphase.microstructure.SizeDistribution.fixed(0.5e-6)))));
        List<Example> h = List.of(Example.of("1e-6", 1e-6));
        List<Example> four = List.of(Example.of("4", 4));
        List<Example> phaseList = List.of(Example.of("[pore 0, solid 1]", microstructurePhases()));
        List<Example> phaseMap = List.of(Example.of("{0=pore, 1=solid}", Map.of(0, microstructurePhases().get(0), 1,
                microstructurePhases().get(1))));
        List<Example> npy = List.of(fresh("4×4×4 npy file", () -> mgenFile("npy")));
        List<Example> tiff = List.of(fresh("4×4×4 tiff file", () -> mgenFile("tif")));
        List<Example> raw = List.of(fresh("4×4×4 uint8 raw file", () -> mgenFile("raw")));
        m.put("org.interphase.microstructure.VoxelFiles.readNpy(Path,double,List)", args(npy, h, phaseList));
        m.put("org.interphase.microstructure.VoxelFiles.readNpy(Path,double,Map)", args(npy, h, phaseMap));
        m.put("org.interphase.microstructure.VoxelFiles.readTiff(Path,double,List)", args(tiff, h, phaseList));
        m.put("org.interphase.microstructure.VoxelFiles.readTiff(Path,double,Map)", args(tiff, h, phaseMap));
        m.put("org.interphase.microstructure.VoxelFiles.readRaw(Path,int,int,int,double,List)",
                args(raw, four, four, four, h, phaseList));
        m.put("org.interphase.microstructure.VoxelFiles.readRaw(Path,int,int,int,RawType,double,Map)",
                args(raw, four, four, four, List.of(Example.of("UINT8", org.interphase.microstructure.VoxelFiles.RawType.UINT8)),
                        h, phaseMap));
        m.put("org.interphase.microstructure.SizeDistribution.withBounds(double,double)",
                args(List.of(Example.of("0.5e-6", 0.5e-6)), List.of(Example.of("3e-6", 3e-6))));
        m.put("org.interphase.microstructure.SizeDistribution.withBounds(double,double)",
                args(List.of(Example.of("0.5e-6", 0.5e-6)), List.of(Example.of("3e-6", 3e-6))));
        // ---- microstructure-mgen (end)
        // ---- microstructure-mbreath (begin): phases, particles and law that fit the registered grid
        List<Example> breathLaw = List.of(Example.of("NMC811 law at 10 MPa", breathingLaw()));
        m.put("org.interphase.microstructure.BreathingProblem.of(Microstructure,List,VoxelPhase,VoxelPhase,CathodeBreathing)",
                args(List.of(lazy("6×6×6 pore/NMC811/Li6PS5Cl", ValidExamples::breathingGrid, false)),
                        List.of(Example.of("[NMC811 sphere r = 2 µm]", List.of(breathingParticle()))),
                        List.of(Example.of("NMC811", breathingPhases().get(1))),
                        List.of(Example.of("Li6PS5Cl", breathingPhases().get(2))), breathLaw));
        m.put("org.interphase.microstructure.BreathingProblem.of(PackingSolution,VoxelPhase,VoxelPhase,CathodeBreathing)",
                args(List.of(lazy("packing of the registered problem", () -> org.interphase.microstructure.PackingGenerator
                        .withDefaults().solve(mgenPackingProblem()), false)),
                        List.of(Example.of("solid", mgenSolid())), List.of(Example.of("pore", mgenPore())), breathLaw));
        m.put("org.interphase.microstructure.BreathingSolution.state(double,int)",
                args(List.of(Example.of("0", 0.0)), List.of(Example.of("0", 0))));
        m.put("org.interphase.microstructure.BreathingSolution.BreathingState.particleContactFraction(int)",
                args(List.of(Example.of("0", 0))));
        // ---- microstructure-mbreath (end)
        // ---- impedance-elements (begin): names that must exist in the registered R0-p(R1,C1), valid JSON
        List<Example> rcText = List.of(Example.of("\"R0-p(R1,C1)\"", "R0-p(R1,C1)"));
        List<Example> rcCircuit = List.of(lazy("Circuit.parse(R0-p(R1,C1))", () -> Circuit.parse("R0-p(R1,C1)"), false));
        List<Example> rcGuess = List.of(array("[1, 10, 1e-5]", new double[] {1, 10, 1e-5}));
        m.put("org.interphase.impedance.Circuit.parse(String,ElementRegistry)", args(rcText, null));
        m.put("org.interphase.impedance.ElementRegistry.parse(String)", args(rcText));
        m.put("org.interphase.impedance.CircuitFitProblem.new(Circuit,Spectrum,double[],Set,ImmutableMap,FitPart)",
                args(rcCircuit, null, rcGuess, List.of(Example.of("Set.of()", java.util.Set.of())),
                        List.of(Example.of("ImmutableMap.of()", com.google.common.collect.ImmutableMap.of())), null));
        m.put("org.interphase.impedance.CircuitFitProblem.withBounds(String,double,double)",
                args(List.of(Example.of("\"R1\"", "R1")), List.of(Example.of("1e-6", 1e-6)),
                        List.of(Example.of("1e6", 1e6))));
        m.put("org.interphase.impedance.CustomElement.withExponents(String[])",
                args(List.of(fresh("[\"R\"]", () -> new String[] {"R"}))));
        List<Example> r1 = List.of(Example.of("\"R1\"", "R1"));
        List<Example> c1 = List.of(Example.of("\"C1\"", "C1"));
        for (String member : new String[] {"timeConstant", "apexFrequency", "effectiveCapacitance"}) {
            m.put("org.interphase.impedance.CircuitFitSolution." + member + "(String,String)", args(r1, c1));
        }
        m.put("org.interphase.impedance.CircuitFitSolution.effectiveCapacitance(String,String,String)",
                args(List.of(Example.of("\"R0\"", "R0")), r1, c1));
        List<Example> json = List.of(lazy("CircuitJson of R0-p(R1,C1)", ValidExamples::rcJson, false));
        m.put("org.interphase.impedance.CircuitJson.read(String)", args(json));
        m.put("org.interphase.impedance.CircuitJson.read(String,ElementRegistry)", args(json, null));
        m.put("org.interphase.impedance.CircuitJson.read(Path,ElementRegistry)",
                args(List.of(fresh("circuit JSON file", () -> write("circuit", rcJson()))), null));
        m.put("org.interphase.impedance.SavedCircuit.new(Circuit,double[],boolean,ImmutableMap)",
                args(rcCircuit, rcGuess, null, List.of(Example.of("ImmutableMap.of()",
                        com.google.common.collect.ImmutableMap.of()))));
        // ---- impedance-elements (end)
        // ---- i17io (begin): instrument files need content in the format they are read as
        List<Example> spectrumCsv = List.of(fresh("spectrum csv", () -> write("spectrum",
                "f (Hz),Z' (ohm),Z'' (ohm)\n1,1,-1\n10,1,-0.5\n100,1,-0.1\n")));
        List<Example> csvFormat = List.of(Example.of("CSV", org.interphase.impedance.io.SpectrumFormat.CSV));
        m.put("org.interphase.impedance.io.SpectrumFiles.read(Path,SpectrumFormat)", args(spectrumCsv, csvFormat));
        m.put("org.interphase.impedance.io.SpectrumFiles.read(Path,SpectrumFormat,Charset)",
                args(spectrumCsv, csvFormat, null));
        m.put("org.interphase.impedance.io.SpectrumFiles.parse(String,SpectrumFormat,String)",
                args(List.of(Example.of("\"f,re,im\\n1,1,-1\\n10,1,-0.5\\n\"", "f,re,im\n1,1,-1\n10,1,-0.5\n")),
                        csvFormat, List.of(Example.of("\"cell.csv\"", "cell.csv"))));
        // ---- i17io (end)
        // ---- provenance-uncertainty (begin): names that must exist, lengths that must match
        m.put("org.interphase.uncertainty.Sample.value(String)", args(List.of(Example.of("\"x\"", "x"))));
        m.put("org.interphase.uncertainty.UncertaintySolution.inputValues(String)", args(List.of(Example.of("\"x\"", "x"))));
        m.put("org.interphase.uncertainty.Sample.of(int,List,double[])", args(null,
                List.of(Example.of("[x]", List.of("x"))), List.of(array("[1.0]", new double[] {1.0}))));
        m.put("org.interphase.core.ProgressTracker.step(long,long,String)", args(
                List.of(Example.of("1", 1L)), List.of(Example.of("2", 2L)), null));
        // ---- provenance-uncertainty (end)
        return m;
    }

    /** y = 2·x with x ~ normal(1, 0.1) m: the uncertainty registry's problem. */
    static org.interphase.uncertainty.UncertaintyProblem uncertaintyProblem() {
        return org.interphase.uncertainty.UncertaintyProblem.of("y", "m", s -> 2 * s.value("x"),
                org.interphase.uncertainty.UncertainInput.of("x", "m", org.interphase.uncertainty.Distribution.normal(1, 0.1)));
    }

    /** Per-parameter candidate lists for {@link #overrides()}; null = from the registry. */
    /** y = p0 + p1·x at x = 0, 1, 2, 3: the least-squares registry's model. */
    private static double[] line(double[] p) {
        return new double[] {p[0], p[0] + p[1], p[0] + 2 * p[1], p[0] + 3 * p[1]};
    }

    @SafeVarargs
    private static List<List<Example>> args(List<Example>... perParameter) {
        List<List<Example>> out = new ArrayList<>();
        for (List<Example> p : perParameter) {
            out.add(p);
        }
        return out;
    }

    // ---- anode-an1 helpers (begin)
    static org.interphase.anode.StrippingProblem strippingProblem() {
        return org.interphase.anode.StrippingProblem.of(org.interphase.anode.LithiumSupply.lithium(), Materials.LLZO,
                2e6, 298.15, 3.0);
    }
    static org.interphase.anode.PlatingProblem platingProblem() {
        return org.interphase.anode.PlatingProblem.of(Materials.LLZO).withGrainBoundaryAsr(5e-3);
    }
    static org.interphase.anode.LithiumInterphase lithiumInterphase() {
        return org.interphase.anode.LithiumInterphase.selfLimiting("Li2S", Arrhenius.of(1e-20, 0), 1e-6, 1e-9);
    }
    // ---- anode-an1 helpers (end)

    // ---- microstructure helpers (begin)
    static List<org.interphase.microstructure.VoxelPhase> microstructurePhases() {
        return List.of(org.interphase.microstructure.VoxelPhase.of(0, "pore"), org.interphase.microstructure.VoxelPhase.of(1, "solid"));
    }

    static byte[] microstructureLabels() {
        byte[] b = new byte[64];
        for (int i = 0; i < 64; i++) {
            b[i] = (byte) (i % 2);
        }
        return b;
    }
    // ---- microstructure helpers (end)
    // ---- anode-an4 helpers (begin)
    static org.interphase.stack.CellStack cellStack() {
        InterfaceStack anode = InterfaceStack.between(Materials.LI_METAL, Materials.LLZO)
                .interlayer(org.interphase.stack.Layer.of(Materials.AU, 20e-9).withConductivity(4.1e7))
                .chargeTransfer(1e-4, 0.1).build();
        return org.interphase.stack.CellStack.of(anode, stack());
    }
    // ---- anode-an4 helpers (end)
    // ---- anode-an2 helpers (begin)
    static org.interphase.anode.CurrentFocusingProblem anodeFocusingCell() {
        return org.interphase.anode.CurrentFocusingProblem.of(org.interphase.anode.CurrentFocusingGeometry.SPOT, 0.3, 5e-6,
                2e-5, 5e-5).withChargeTransferResistance(1e-4);
    }

    static Object anodeThicknessProblem() {
        return org.interphase.anode.InterlayerThicknessProblem.of(anodeFocusingCell().withInterlayer(1e-7, 1e3, 0.0), 1e-8,
                1e-6, org.interphase.anode.InterlayerObjective.RESISTANCE);
    }
    // ---- anode-an2 helpers (end)

    // ---- microstructure-mgeom helpers (begin)
    static List<org.interphase.microstructure.VoxelPhase> geometryPhases() {
        return List.of(org.interphase.microstructure.VoxelPhase.of(0, "pore"), org.interphase.microstructure.VoxelPhase.of(1, "solid"),
                org.interphase.microstructure.VoxelPhase.of(2, "SE"));
    }

    /** A 6×6×6 grid of 1 µm voxels: a solid sphere of radius 2 µm at the centre, SE below z = 3, pore above. */
    static org.interphase.microstructure.Microstructure geometryGrid() {
        return org.interphase.microstructure.Microstructure.of(6, 6, 6, 1e-6, geometryPhases(), (x, y, z) -> {
            double d2 = (x - 2.5) * (x - 2.5) + (y - 2.5) * (y - 2.5) + (z - 2.5) * (z - 2.5);
            return d2 <= 4 ? 1 : z < 3 ? 2 : 0;
        });
    }

    static org.interphase.microstructure.Particle geometryParticle() {
        return new org.interphase.microstructure.Particle(geometryPhases().get(1), 3e-6, 3e-6, 3e-6, 2e-6);
    }

    static org.interphase.microstructure.GeometryProblem geometryProblem() {
        return org.interphase.microstructure.GeometryProblem.electrode(geometryGrid(), geometryPhases().get(1),
                geometryPhases().get(2)).withParticles(List.of(geometryParticle()));
    }
    // ---- microstructure-mgeom helpers (end)

    // ---- microstructure-mcond helpers (begin)
    static org.interphase.microstructure.ConductionProblem conductionProblem() {
        org.interphase.microstructure.Microstructure m = org.interphase.microstructure.Microstructure.of(4, 4, 4, 1e-6,
                microstructurePhases(), (x, y, z) -> x % 2);
        return org.interphase.microstructure.ConductionProblem.of(m).withConductivity(m.phases().get(0), 0.1)
                .withConductivity(m.phases().get(1), 1.0).withInterfaceResistance(m.phases().get(0), m.phases().get(1), 1e-6);
    }

    static org.interphase.microstructure.ConductionProblem singlePhaseConduction() {
        org.interphase.microstructure.Microstructure m = org.interphase.microstructure.Microstructure.of(4, 4, 4, 1e-6,
                microstructurePhases(), (x, y, z) -> x % 2);
        return org.interphase.microstructure.ConductionProblem.of(m).withConductivity(m.phases().get(1), 1.0);
    }
    // ---- microstructure-mcond helpers (end)

    // ---- microstructure-mgen helpers (begin)
    static org.interphase.microstructure.VoxelPhase mgenSolid() {
        return org.interphase.microstructure.VoxelPhase.of(1, "solid");
    }

    static org.interphase.microstructure.VoxelPhase mgenPore() {
        return org.interphase.microstructure.VoxelPhase.of(0, "pore");
    }

    static org.interphase.microstructure.VoxelPhase mgenCoating() {
        return org.interphase.microstructure.VoxelPhase.of(2, "coating");
    }

    static org.interphase.microstructure.PackingProblem mgenPackingProblem() {
        return org.interphase.microstructure.PackingProblem.of(8, 8, 8, 1e-6).withSpheres(mgenSolid(), 0.3,
                org.interphase.microstructure.SizeDistribution.fixed(1.5e-6), org.interphase.microstructure.Placement.OVERLAPPING);
    }

    /** The registered 4×4×4 two-phase grid written as a file of the given kind (npy, tif, raw). */
    static Path mgenFile(String kind) {
        org.interphase.microstructure.Microstructure grid = org.interphase.microstructure.Microstructure.of(4, 4, 4, 1e-6,
                microstructurePhases(), (x, y, z) -> x % 2);
        Path p = tmpDir().resolve("voxels-" + FILES.incrementAndGet() + "." + kind);
        switch (kind) {
            case "npy" -> org.interphase.microstructure.VoxelFiles.writeNpy(grid, p);
            case "tif" -> org.interphase.microstructure.VoxelFiles.writeTiff(grid, p);
            default -> org.interphase.microstructure.VoxelFiles.writeRaw(grid, p);
        }
        return p;
    }
    // ---- microstructure-mgen helpers (end)

    // ---- microstructure-mbreath helpers (begin)
    static List<org.interphase.microstructure.VoxelPhase> breathingPhases() {
        return List.of(org.interphase.microstructure.VoxelPhase.of(0, "pore"),
                org.interphase.microstructure.VoxelPhase.of(1, org.interphase.materials.Materials.NMC811),
                org.interphase.microstructure.VoxelPhase.of(2, org.interphase.materials.Materials.LI6PS5CL));
    }

    /** The grid of {@link #geometryGrid()} with NMC811 and Li6PS5Cl for solid and SE. */
    static org.interphase.microstructure.Microstructure breathingGrid() {
        return geometryGrid().withPhases(breathingPhases());
    }

    static org.interphase.microstructure.Particle breathingParticle() {
        return new org.interphase.microstructure.Particle(breathingPhases().get(1), 3e-6, 3e-6, 3e-6, 2e-6);
    }

    static org.interphase.contact.CathodeBreathing breathingLaw() {
        return new org.interphase.contact.CathodeBreathing(new org.interphase.contact.MisfitSphere(150e9, 0.25, 20e9, 0.3,
                3e-6), -0.051, 10e6, 19.2e9, 0.1, 20e-9, 0.45, 0.002);
    }

    static org.interphase.microstructure.BreathingProblem breathingProblem() {
        return org.interphase.microstructure.BreathingProblem.of(breathingGrid(), List.of(breathingParticle()),
                breathingPhases().get(1), breathingPhases().get(2), breathingLaw()).withElectronicConductivity(1.0);
    }
    // ---- microstructure-mbreath helpers (end)
}
