package org.interphase.badinput;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The bad-input harness: enumerates public members, finds a valid baseline call for each, then
 * substitutes one bad value at a time and classifies what the library did. See {@link BadInputTest}.
 */
final class Harness {

    /** Time limit of one call, ms. */
    static final long TIMEOUT_MS = 2000;
    /** Prints the baseline attempts of members whose signature contains this text (system property). */
    private static final String DEBUG = System.getProperty("badinput.debug");
    /** Attempts to find a valid argument set for one member. */
    private static final int BASELINE_ATTEMPTS = 40;

    /** A bad argument value and how a message may render it. */
    record Bad(String label, Supplier<Object> maker, boolean nonFinite, boolean isNull, Double scalar,
               List<String> renderings) {
        Object make() {
            return maker.get();
        }

        /** True when the value itself is finite (or no number at all): a NaN result then came from the library. */
        boolean finiteInput() {
            return !nonFinite && !isNull;
        }
    }

    /** One classified call (or one finding of a baseline call). */
    record Finding(String pkg, String cls, String member, String param, String value, Outcome outcome,
                   String exception, String detail) {
        String allowKey() {
            return member + "#" + param + "=" + value;
        }
    }

    /** A valid call of a member: receiver (null for static members and constructors), arguments, its result. */
    record Baseline(Example receiver, Example[] args, Object value, Set<String> nonFinite) {
        Object[] makeArgs() {
            Object[] a = new Object[args.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = args[i].make();
            }
            return a;
        }
    }

    final JavadocIndex docs;
    final ValidExamples examples;
    /** All public classes of the library. */
    final List<Class<?>> apiClasses;
    /** All public members of the library (the pool from which receivers and arguments are produced). */
    final List<Executable> api;
    private final Map<Executable, Baseline> baselines = new HashMap<>();
    private final Map<Executable, String> noBaseline = new HashMap<>();
    private final Set<Executable> inProgress = new HashSet<>();
    /** Members whose baseline search saw NaN/Infinity from valid-looking arguments. */
    final Map<Executable, Finding> baselineFindings = new LinkedHashMap<>();
    int calls;
    /** The largest CPU time of a call that finished (returned or threw), ns, and that member. */
    long slowestFinishedCpuNanos;
    String slowestFinished = "";

    Harness(List<Class<?>> apiClasses, JavadocIndex docs) {
        this.apiClasses = apiClasses;
        List<Executable> all = new ArrayList<>();
        for (Class<?> c : apiClasses) {
            all.addAll(members(c));
        }
        this.api = all;
        this.docs = docs;
        this.examples = new ValidExamples(this);
    }

    // ---------------------------------------------------------------- enumeration

    /** The library's public classes (top-level and public nested), from target/classes or module jars, not tests. */
    static List<Class<?>> libraryClasses(String root, Predicate<String> skipPackage) {
        ClassLoader loader = Harness.class.getClassLoader();
        List<Class<?>> out = new ArrayList<>();
        try {
            for (ClassPath.ClassInfo ci : ClassPath.from(loader).getTopLevelClassesRecursive(root)) {
                if (skipPackage.test(ci.getPackageName())) {
                    continue;
                }
                Class<?> c;
                try {
                    c = Class.forName(ci.getName(), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                URL where = c.getProtectionDomain().getCodeSource() == null ? null
                        : c.getProtectionDomain().getCodeSource().getLocation();
                if (where != null && where.getPath().contains("test-classes")) {
                    continue;
                }
                addPublic(c, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    private static void addPublic(Class<?> c, List<Class<?>> out) {
        if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isSynthetic()) {
            return;
        }
        out.add(c);
        for (Class<?> n : c.getDeclaredClasses()) {
            addPublic(n, out);
        }
    }

    private static final Set<String> SKIPPED_NAMES = Set.of("equals", "hashCode", "toString", "compareTo");

    /** The public members the harness tests: constructors, static and declared instance methods. */
    static List<Executable> members(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        if (!Modifier.isAbstract(c.getModifiers()) && !c.isEnum()) {
            out.addAll(Arrays.asList(c.getConstructors()));
        }
        for (Method m : c.getDeclaredMethods()) {
            int mod = m.getModifiers();
            if (!Modifier.isPublic(mod) || m.isSynthetic() || m.isBridge() || Modifier.isAbstract(mod)
                    || SKIPPED_NAMES.contains(m.getName())) {
                continue;
            }
            if (c.isEnum() && Modifier.isStatic(mod) && (m.getName().equals("values") || m.getName().equals("valueOf"))) {
                continue;
            }
            if (c.isRecord() && m.getParameterCount() == 0 && isComponent(c, m.getName())) {
                continue;
            }
            out.add(m);
        }
        out.sort(Comparator.comparing(Harness::signature));
        return out;
    }

    private static boolean isComponent(Class<?> c, String name) {
        for (RecordComponent rc : c.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** "org.interphase.core.Mesh1D.uniform(double,double,int)"; constructors as "...Arrhenius.new(double,double)". */
    static String signature(Executable e) {
        String owner = e.getDeclaringClass().getName().replace('$', '.');
        String name = e instanceof Constructor ? "new" : e.getName();
        String types = Stream.of(e.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","));
        return owner + "." + name + "(" + types + ")";
    }

    static boolean isStaticOrCtor(Executable e) {
        return e instanceof Constructor || Modifier.isStatic(e.getModifiers());
    }

    // ---------------------------------------------------------------- baselines

    String noBaselineReason(Executable e) {
        return noBaseline.get(e);
    }

    /**
     * A valid call of {@code e}: tries candidate values for each parameter (and receivers), moving
     * on the parameter an IllegalArgumentException names, else round-robin, until a call returns
     * a finite result. Cached. Returns null (and records why) when none is found.
     */
    Baseline baseline(Executable e) {
        if (baselines.containsKey(e)) {
            return baselines.get(e);
        }
        if (inProgress.contains(e)) {
            examples.guardHits++; // a recursive request: whatever fails because of it must not be cached
            return null;
        }
        if (noBaseline.containsKey(e)) {
            return null;
        }
        inProgress.add(e);
        int hits = examples.guardHits;
        try {
            Baseline b = searchBaseline(e);
            if (b != null) {
                baselines.put(e, b);
            } else if (examples.guardHits != hits && examples.producingAnything()) {
                noBaseline.remove(e); // failed only because a type was still being produced: try again later
            }
            return b;
        } finally {
            inProgress.remove(e);
        }
    }

    private Baseline searchBaseline(Executable e) {
        Parameter[] ps = e.getParameters();
        int n = ps.length;
        List<Example> receivers;
        if (isStaticOrCtor(e)) {
            receivers = List.of(Example.of("-", null));
        } else {
            receivers = examples.receivers(e.getDeclaringClass());
            if (receivers.isEmpty()) {
                noBaseline.put(e, "no valid receiver of type " + e.getDeclaringClass().getSimpleName() + " ("
                        + examples.whyNone(e.getDeclaringClass()) + ")");
                return null;
            }
        }
        List<List<Example>> cands = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Type t = ps[i].getParameterizedType();
            List<Example> c = examples.of(e, i, t, ps[i].getName());
            if (c.isEmpty()) {
                noBaseline.put(e, "no valid example for parameter " + ps[i].getName() + " ("
                        + ps[i].getType().getSimpleName() + ")");
                return null;
            }
            cands.add(c);
        }
        int[] idx = new int[n + 1]; // slot n is the receiver
        int rr = 0;
        String last = "";
        for (int attempt = 0; attempt < BASELINE_ATTEMPTS; attempt++) {
            Example recv = receivers.get(idx[n]);
            Example[] args = new Example[n];
            Object[] values = new Object[n];
            Object recvValue;
            int failedSlot = -1;
            try {
                recvValue = recv.make();
                if (!isStaticOrCtor(e) && recvValue == null) {
                    failedSlot = n;
                }
            } catch (RuntimeException ex) {
                recvValue = null;
                failedSlot = n;
            }
            for (int i = 0; i < n && failedSlot < 0; i++) {
                args[i] = cands.get(i).get(idx[i]);
                try {
                    values[i] = args[i].make();
                } catch (RuntimeException ex) {
                    failedSlot = i;
                }
            }
            Map<Integer, Integer> blamed = new HashMap<>(); // slot -> 2 (names it and shows its value) or 1
            if (failedSlot >= 0) {
                blamed.put(failedSlot, 3);
                last = "could not make an example for slot " + failedSlot;
            } else {
                Calls.Result r = Calls.run(e, recvValue, values, TIMEOUT_MS, Set.of());
                calls++;
                track(e, r);
                if (DEBUG != null && signature(e).contains(DEBUG)) {
                    System.err.println("[badinput] " + signature(e) + " recv=" + recv.label() + " args="
                            + Arrays.toString(args) + " -> " + (r.returned() ? "returned " + r.nonFinitePath
                            : r.timedOut ? "timeout" : oneLine(r.error != null ? r.error : r.harnessError)));
                }
                if (r.timedOut) {
                    noBaseline.put(e, "the call with valid-looking arguments " + Arrays.toString(args)
                            + " did not finish within " + TIMEOUT_MS + " ms");
                    return null;
                }
                if (r.harnessError != null) {
                    noBaseline.put(e, "harness error: " + oneLine(r.harnessError));
                    return null;
                }
                if (r.returned() && r.nonFinitePath == null && isVoid(e)) {
                    r.nonFinitePath = outputs(ps, values);
                }
                if (r.returned() && r.nonFinitePath == null) {
                    return new Baseline(recv, args, r.value, Set.of());
                }
                if (r.returned() && r.nonFinitePath.contains("()") && !isVoid(e)) {
                    // The result holds NaN/Infinity in a getter or record component ("not set" as NaN):
                    // a finding, but the value still serves as a baseline (those paths are ignored later).
                    baselineFindings.putIfAbsent(e, finding(e, "(valid-looking)", Arrays.toString(args),
                            Outcome.NONFINITE_FROM_FINITE, "", "result holds NaN/Infinity at " + r.nonFinitePath
                                    + (isStaticOrCtor(e) ? "" : " (receiver " + recv.label() + ")")));
                    return new Baseline(recv, args, r.value, Calls.allNonFinite(r.value));
                }
                if (r.returned()) {
                    last = "returned NaN/Infinity at " + r.nonFinitePath + " for " + Arrays.toString(args);
                    baselineFindings.putIfAbsent(e, finding(e, "(valid-looking)", Arrays.toString(args),
                            Outcome.NONFINITE_FROM_FINITE, "", "NaN/Infinity at " + r.nonFinitePath
                                    + (isStaticOrCtor(e) ? "" : " (receiver " + recv.label() + ")")));
                } else {
                    last = oneLine(r.error);
                    String msg = r.error.getMessage() == null ? "" : r.error.getMessage();
                    if (r.error instanceof IllegalStateException && !isStaticOrCtor(e)) {
                        blamed.put(n, 2); // a state problem is the receiver's
                    }
                    for (int i = 0; i < n; i++) {
                        if (Messages.namesParameter(msg, ps[i].getName(), docs.paramText(e, ps[i].getName()))) {
                            boolean shows = values[i] instanceof Number
                                    && msg.contains(String.valueOf(values[i]).replace(".0", ""));
                            blamed.put(i, shows ? 2 : 1);
                        }
                    }
                }
            }
            int slot = -1;
            int best = 0;
            for (int i = 0; i <= n; i++) {
                int size = i == n ? receivers.size() : cands.get(i).size();
                int score = blamed.getOrDefault(i, 0);
                if (score > best && idx[i] + 1 < size) {
                    slot = i;
                    best = score;
                }
            }
            if (slot < 0) {
                for (int k = 0; k <= n; k++) {
                    int i = (rr + k) % (n + 1);
                    int size = i == n ? receivers.size() : cands.get(i).size();
                    if (idx[i] + 1 < size) {
                        slot = i;
                        rr = i + 1;
                        break;
                    }
                }
            }
            if (slot < 0) {
                break;
            }
            idx[slot]++;
        }
        noBaseline.put(e, "no valid argument set found; last: " + last);
        return null;
    }

    private void track(Executable e, Calls.Result r) {
        if (!r.timedOut && r.cpuNanos > slowestFinishedCpuNanos) {
            slowestFinishedCpuNanos = r.cpuNanos;
            slowestFinished = signature(e);
        }
    }

    Finding finding(Executable e, String param, String value, Outcome o, String exception, String detail) {
        Class<?> c = e.getDeclaringClass();
        return new Finding(c.getPackageName(), c.getName().substring(c.getPackageName().length() + 1).replace('$', '.'),
                signature(e), param, value, o, exception, detail);
    }

    static String oneLine(Throwable t) {
        if (t == null) {
            return "";
        }
        String m = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ");
        if (m.length() > 300) {
            m = m.substring(0, 300) + "…";
        }
        return t.getClass().getName() + (m.isEmpty() ? "" : ": " + m);
    }

    /** "output … overwritten", "work array", "workspace", "scratch" at the start of a @param text. */
    private static final java.util.regex.Pattern OUTPUT_DOC = java.util.regex.Pattern.compile(
            "(output\\b.*\\boverwritten\\b|out\\[0] =|work array\\b|workspace\\b|scratch\\b).*",
            java.util.regex.Pattern.DOTALL);

    /**
     * True when a parameter's {@code @param} text (its own or the one it inherits) declares an
     * output or work array, whose contents on entry the member does not read: the text begins with
     * "output" and says the contents are "overwritten" ({@code Impedance.evaluate}'s {@code re} and
     * {@code im}), begins by saying what element 0 receives ("out[0] = ρ(ψ) …", {@code
     * ChargeLaw.evaluate}), or begins with "work array", "workspace" or "scratch" ({@code
     * Tridiagonal}'s {@code scratch}). "output times, s" (an input listing when to output) does not
     * match. The harness puts its NaN/∞ into element 0 of such an array (the element every output
     * receives), and accepts the call only when no NaN/∞ is left in it or in the other arrays after
     * the call (see {@link #probe}); null and too-short arrays are still bad values.
     */
    static boolean isOutputArray(String paramDoc) {
        return OUTPUT_DOC.matcher(JavadocIndex.plain(paramDoc).toLowerCase(Locale.ROOT)).matches();
    }

    static boolean isVoid(Executable e) {
        return e instanceof Method && ((Method) e).getReturnType() == void.class;
    }

    /** After a void call: the first NaN/Infinity in its array arguments (the outputs of evaluate/solveInPlace). */
    static String outputs(Parameter[] ps, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof double[] || args[i] instanceof double[][]) {
                String p = Calls.nonFinite(args[i], ps[i].getName(), 0, new java.util.concurrent.atomic.AtomicInteger(10),
                        Set.of());
                if (p != null) {
                    return p + " (argument after the call)";
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- bad values

    static List<Bad> badValues(Class<?> t) {
        List<Bad> out = new ArrayList<>();
        if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            boolean f = t == float.class || t == Float.class;
            out.add(dbl("NaN", Double.NaN, f, true, "NaN"));
            out.add(dbl("+Infinity", Double.POSITIVE_INFINITY, f, true, "Infinity", "∞", "inf"));
            out.add(dbl("-Infinity", Double.NEGATIVE_INFINITY, f, true, "-Infinity", "-∞", "−∞", "-inf", "−Infinity"));
            out.add(dbl("-1", -1.0, f, false, "-1", "−1"));
            out.add(dbl("0", 0.0, f, false, "0"));
            out.add(dbl("-0.0", -0.0, f, false, "0"));
            if (!f) {
                out.add(dbl("1e300", 1e300, false, false, "e300", "e+300", "e+299", "e299", "e301", "e+301",
                        "e303", "e+303", "e297", "e+297", "e302", "e+302", "e298", "e+298"));
                out.add(dbl("1e-300", 1e-300, false, false, "e-300", "e-297", "e-303", "e-299", "e-301", "e-302",
                        "e-298", "e-296", "e-304"));
            }
            if (t == Double.class || t == Float.class) {
                out.add(nul());
            }
        } else if (t == int.class || t == Integer.class) {
            out.add(num("-1", -1, "-1", "−1"));
            out.add(num("0", 0, "0"));
            out.add(num("Integer.MAX_VALUE", Integer.MAX_VALUE, "2147483647", "2.147483647e9", "2.147484e9",
                    "2.14748e9", "2.1475e9", "2.147e9", "2.15e9", "2.1e9", "2.15e+09", "2.147e+09"));
            if (t == Integer.class) {
                out.add(nul());
            }
        } else if (t == long.class || t == Long.class) {
            out.add(num("-1", -1L, "-1", "−1"));
            out.add(num("0", 0L, "0"));
            out.add(num("Long.MAX_VALUE", Long.MAX_VALUE, "9223372036854775807", "9.223372036854776e18",
                    "9.22e18", "9.2e18", "9.22e+18"));
            if (t == Long.class) {
                out.add(nul());
            }
        } else if (t == boolean.class || t == char.class || t == byte.class || t == short.class) {
            return out;
        } else if (t == String.class) {
            out.add(nul());
            out.add(new Bad("\"\"", () -> "", false, false, null, List.of()));
            out.add(new Bad("\"   \"", () -> "   ", false, false, null, List.of()));
        } else if (t == double[].class) {
            out.add(nul());
            out.add(new Bad("double[0]", () -> new double[0], false, false, null, List.of()));
            out.add(new Bad("double[1]", null, false, false, null, List.of())); // filled from the baseline
            out.add(new Bad("[NaN,..]", null, true, false, null, List.of()));
            out.add(new Bad("[Inf,..]", null, true, false, null, List.of()));
        } else if (t == double[][].class) {
            out.add(nul());
            out.add(new Bad("double[0][]", () -> new double[0][], false, false, null, List.of()));
            out.add(new Bad("ragged", null, false, false, null, List.of()));
            out.add(new Bad("[[NaN,..],..]", null, true, false, null, List.of()));
        } else if (t.isArray()) {
            out.add(nul());
            out.add(new Bad(t.getComponentType().getSimpleName() + "[0]",
                    () -> java.lang.reflect.Array.newInstance(t.getComponentType(), 0), false, false, null, List.of()));
            out.add(new Bad(t.getComponentType().getSimpleName() + "[1]", null, false, false, null, List.of()));
        } else if (List.class.isAssignableFrom(t) || t == Collection.class || t == Iterable.class) {
            out.add(nul());
            // a parameter typed as Guava's ImmutableList takes only an ImmutableList
            out.add(t == com.google.common.collect.ImmutableList.class
                    ? new Bad("ImmutableList.of()", com.google.common.collect.ImmutableList::of, false, false, null, List.of())
                    : new Bad("List.of()", List::of, false, false, null, List.of()));
        } else if (Set.class.isAssignableFrom(t)) {
            out.add(nul());
            out.add(new Bad("Set.of()", Set::of, false, false, null, List.of()));
        } else if (Map.class.isAssignableFrom(t)) {
            out.add(nul());
            // a parameter typed as Guava's ImmutableMap takes only an ImmutableMap
            out.add(t == com.google.common.collect.ImmutableMap.class
                    ? new Bad("ImmutableMap.of()", com.google.common.collect.ImmutableMap::of, false, false, null, List.of())
                    : new Bad("Map.of()", Map::of, false, false, null, List.of()));
        } else {
            out.add(nul());
        }
        return out;
    }

    private static Bad dbl(String label, double v, boolean asFloat, boolean nonFinite, String... renderings) {
        Object boxed = asFloat ? (Object) (float) v : (Object) v;
        return new Bad(label, () -> boxed, nonFinite, false, v, List.of(renderings));
    }

    private static Bad num(String label, Object v, String... renderings) {
        return new Bad(label, () -> v, false, false, ((Number) v).doubleValue(), List.of(renderings));
    }

    private static Bad nul() {
        return new Bad("null", () -> null, false, true, null, List.of());
    }

    /** The bad values derived from a valid array (one element, NaN or Infinity inside, ragged). */
    static Object derive(Bad bad, Object valid, Class<?> t) {
        return derive(bad, valid, t, false);
    }

    /** As {@link #derive(Bad, Object, Class)}; NaN/∞ goes into element 0 of an output array, else the middle one. */
    static Object derive(Bad bad, Object valid, Class<?> t, boolean output) {
        if (t == double[].class) {
            double[] v = ((double[]) valid).clone();
            switch (bad.label()) {
                case "double[1]" -> {
                    return v.length == 0 ? new double[] {1.0} : new double[] {v[0]};
                }
                default -> {
                    double[] a = v.length == 0 ? new double[1] : v;
                    a[output ? 0 : a.length / 2] = bad.label().equals("[NaN,..]") ? Double.NaN : Double.POSITIVE_INFINITY;
                    return a;
                }
            }
        }
        if (t == double[][].class) {
            double[][] v = (double[][]) valid;
            double[][] c = new double[v.length][];
            for (int i = 0; i < v.length; i++) {
                c[i] = v[i].clone();
            }
            if (bad.label().equals("ragged")) {
                if (c.length > 0 && c[0].length > 0) {
                    c[0] = Arrays.copyOf(c[0], c[0].length - 1);
                } else {
                    c = new double[][] {{1.0}, {}};
                }
            } else if (c.length > 0 && c[0].length > 0) {
                c[0][0] = Double.NaN;
            } else {
                c = new double[][] {{Double.NaN}};
            }
            return c;
        }
        // Object[] / int[] etc.: one element
        int len = java.lang.reflect.Array.getLength(valid);
        Object a = java.lang.reflect.Array.newInstance(t.getComponentType(), 1);
        if (len > 0) {
            java.lang.reflect.Array.set(a, 0, java.lang.reflect.Array.get(valid, 0));
        }
        return a;
    }

    // ---------------------------------------------------------------- classification

    /**
     * Classifies one call with one bad value. Pure function of what the call did, so that the
     * self-test can check it on fixtures.
     */
    static Outcome classify(Calls.Result r, String param, String paramDoc, String memberName, Bad bad,
                            JavadocIndex.Range range, Set<Class<?>> declared) {
        if (r.timedOut) {
            return Outcome.HANG;
        }
        if (r.error != null) {
            Throwable t = r.error;
            String msg = t.getMessage() == null ? "" : t.getMessage();
            String origin = t.getStackTrace().length == 0 ? "" : t.getStackTrace()[0].getClassName();
            if (t.getClass().getName().startsWith("org.apache.commons.math3.")
                    || origin.startsWith("org.apache.commons.math3.") || Messages.looksLikeCommonsMath(msg)) {
                return Outcome.UNHELPFUL;
            }
            boolean names = Messages.namesParameter(msg, param, paramDoc, memberName);
            boolean shows = bad.scalar() == null || Messages.showsValue(msg, bad.renderings());
            if (t instanceof NullPointerException) {
                if (msg.isEmpty() || Messages.isJvmNpeMessage(msg)) {
                    return Outcome.UNHELPFUL;
                }
                return names ? Outcome.GOOD : Outcome.BLAME;
            }
            if (t instanceof IllegalArgumentException) {
                if (origin.startsWith("java.") && !origin.equals("java.util.Objects") || origin.startsWith("jdk.")
                        || origin.startsWith("sun.")) {
                    return Outcome.UNHELPFUL; // a JDK method refused (e.g. "Illegal Capacity: -1"), not the library
                }
                return names && shows ? Outcome.GOOD : Outcome.BLAME;
            }
            if (t instanceof IndexOutOfBoundsException && !(t instanceof ArrayIndexOutOfBoundsException)
                    && !(t instanceof StringIndexOutOfBoundsException) && names && shows) {
                return Outcome.GOOD; // the Java convention for an index, with the library's own message
            }
            if (isDomain(t, declared)) {
                return bad.finiteInput() ? Outcome.DOMAIN : Outcome.BLAME;
            }
            return Outcome.UNHELPFUL;
        }
        if (r.nonFinitePath != null) {
            return bad.finiteInput() ? Outcome.NONFINITE_FROM_FINITE : Outcome.NONFINITE_FROM_NONFINITE;
        }
        if (bad.nonFinite()) {
            // NaN/∞ in an output or work array that the call overwrote (the scan after the call found none
            // left, and none in any other output) was never read: the array is not an input
            return bad.scalar() == null && isOutputArray(paramDoc) ? Outcome.ACCEPTED : Outcome.NONFINITE_INPUT_ACCEPTED;
        }
        if (bad.isNull()) {
            return JavadocIndex.plain(paramDoc).toLowerCase(Locale.ROOT).contains("null")
                    ? Outcome.ACCEPTED : Outcome.NULL_ACCEPTED;
        }
        if (range != null && bad.scalar() != null && !range.contains(bad.scalar())) {
            return Outcome.OUT_OF_RANGE_ACCEPTED;
        }
        return Outcome.ACCEPTED;
    }

    private static boolean isDomain(Throwable t, Set<Class<?>> declared) {
        String n = t.getClass().getName();
        if (n.equals("org.interphase.core.ConvergenceException")
                || n.equals("org.interphase.materials.MaterialFileException")) {
            return true;
        }
        for (Class<?> d : declared) {
            if (d.isInstance(t)) {
                return true;
            }
        }
        return t instanceof UncheckedIOException;
    }

    // ---------------------------------------------------------------- one member

    /** Runs every bad value of every parameter of {@code e}; adds the classified calls to {@code out}. */
    void probe(Executable e, List<Finding> out, Map<Outcome, Integer> counts, List<String> skipped) {
        Baseline b = baseline(e);
        Finding bf = baselineFindings.get(e);
        if (bf != null) {
            out.add(bf);
            counts.merge(bf.outcome(), 1, Integer::sum);
        }
        if (b == null) {
            if (!(bf != null && e.getParameterCount() == 0)) {
                skipped.add(signature(e) + " — " + noBaseline.get(e));
            }
            return;
        }
        Parameter[] ps = e.getParameters();
        Set<Class<?>> declared = Set.of(e.getExceptionTypes());
        boolean mutableReceiver = !isStaticOrCtor(e) && ValidExamples.isMutable(e.getDeclaringClass());
        Object sharedReceiver = isStaticOrCtor(e) || mutableReceiver ? null : b.receiver().make();
        for (int i = 0; i < ps.length; i++) {
            Class<?> t = ps[i].getType();
            String doc = docs.paramText(e, ps[i].getName());
            JavadocIndex.Range range = (t.isPrimitive() || Number.class.isAssignableFrom(t))
                    ? JavadocIndex.range(doc) : null;
            for (Bad bad : badValues(t)) {
                Object[] args = b.makeArgs();
                Object value;
                try {
                    value = bad.maker() == null ? derive(bad, args[i], t, isOutputArray(doc)) : bad.make();
                } catch (RuntimeException ex) {
                    continue;
                }
                args[i] = value;
                Object recv = isStaticOrCtor(e) ? null : mutableReceiver ? b.receiver().make() : sharedReceiver;
                Calls.Result r = Calls.run(e, recv, args, TIMEOUT_MS, b.nonFinite());
                calls++;
                track(e, r);
                if (r.returned() && r.nonFinitePath == null && isVoid(e)) {
                    // the arrays after a void call are its results; the bad input array itself is not
                    // (its NaN, left as it was, is "accepted silently", not a NaN result), unless it is an output
                    Object[] after = args.clone();
                    if (bad.nonFinite() && !isOutputArray(doc)) {
                        after[i] = null;
                    }
                    r.nonFinitePath = outputs(ps, after);
                } else if (r.returned() && r.nonFinitePath == null && isOutputArray(doc)) {
                    r.nonFinitePath = outputs(new Parameter[] {ps[i]}, new Object[] {args[i]});
                }
                if (r.harnessError != null) {
                    skipped.add(signature(e) + " #" + ps[i].getName() + "=" + bad.label() + " — harness error: "
                            + oneLine(r.harnessError));
                    continue;
                }
                String single = ps.length == 1 ? (e instanceof Method ? e.getName() : "") : "";
                Outcome o = classify(r, ps[i].getName(), doc, single, bad, range, declared);
                counts.merge(o, 1, Integer::sum);
                String detail = switch (o) {
                    case OUT_OF_RANGE_ACCEPTED -> "documented: " + range;
                    case NONFINITE_FROM_FINITE, NONFINITE_FROM_NONFINITE -> "NaN/Infinity at " + r.nonFinitePath;
                    case HANG -> "not finished within " + TIMEOUT_MS + " ms";
                    default -> "";
                };
                out.add(finding(e, ps[i].getName(), bad.label(), o, oneLine(r.error), detail));
            }
        }
    }
}
