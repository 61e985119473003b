package org.interphase.badinput;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one reflective call on a daemon thread with a time limit and scans its result for NaN/Infinity. */
final class Calls {

    private Calls() {}

    /** What a call did. Exactly one of: returned (value, maybe nonFinitePath), threw (error), timed out. */
    static final class Result {
        Object value;
        Throwable error;
        /** The harness itself failed to make the call (wrong argument types, access): not the library's fault. */
        Throwable harnessError;
        boolean timedOut;
        /** Where the result holds NaN/Infinity ("result", "result.thickness()", "result[3]"), or null. */
        String nonFinitePath;
        long nanos;
        /** CPU time the call's thread used, ns (-1 when the JVM cannot tell). */
        long cpuNanos = -1;

        boolean returned() {
            return !timedOut && error == null && harnessError == null;
        }
    }

    /** The library's exception from a reflective call, unwrapped; harness errors are kept apart. */
    private static final class HarnessFailure extends Exception {
        private static final long serialVersionUID = 1L;

        HarnessFailure(Throwable cause) {
            super(cause);
        }
    }

    static Object invoke(Executable e, Object receiver, Object[] args) throws Throwable {
        try {
            if (e instanceof Constructor) {
                return ((Constructor<?>) e).newInstance(args);
            }
            return ((Method) e).invoke(receiver, args);
        } catch (InvocationTargetException ite) {
            throw ite.getCause();
        } catch (IllegalAccessException | IllegalArgumentException | InstantiationException ex) {
            throw new HarnessFailure(ex);
        }
    }

    /**
     * Calls {@code e} on a fresh daemon thread and waits at most {@code timeoutMs}; a call that
     * does not finish is interrupted and then stopped, so that it does not keep burning a core.
     */
    @SuppressWarnings({"deprecation", "removal"})
    static Result run(Executable e, Object receiver, Object[] args, long timeoutMs, java.util.Set<String> ignore) {
        Result r = new Result();
        Thread t = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                Object v = invoke(e, receiver, args);
                r.value = v;
                if (ignore != null) {
                    r.nonFinitePath = nonFinite(v, "result", 0, new AtomicInteger(200), ignore);
                }
            } catch (HarnessFailure hf) {
                r.harnessError = hf.getCause();
            } catch (ThreadDeath td) {
                throw td;
            } catch (Throwable th) {
                r.error = th;
            }
            r.nanos = System.nanoTime() - t0;
            r.cpuNanos = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }, "badinput-call " + Harness.signature(e));
        t.setDaemon(true);
        t.start();
        try {
            // A call hangs when it has used timeoutMs of CPU time, or WALL_FACTOR × timeoutMs of wall
            // time (a call blocked without using CPU). CPU time, not wall time, so that a busy machine
            // does not turn slow calls into hangs: on 2 cores shared by 7 busy processes a thread gets
            // about a quarter of a core, and a call of 2 s of CPU takes 8 s of wall time, well inside
            // the wall limit of 20 s. The finished calls use at most a few hundred ms of CPU time (the
            // report shows the largest), so the CPU limit is a wide margin, not a threshold a slow but
            // finishing call can cross by chance.
            long start = System.nanoTime();
            while (t.isAlive()) {
                t.join(20);
                long wall = (System.nanoTime() - start) / 1_000_000;
                long cpu = cpuMillis(t);
                if (wall >= timeoutMs && (cpu < 0 || cpu >= timeoutMs || wall >= WALL_FACTOR * timeoutMs)) {
                    break;
                }
            }
            if (t.isAlive()) {
                t.interrupt();
                t.join(100);
                for (int attempt = 0; attempt < 5 && t.isAlive(); attempt++) {
                    t.stop(); // Java 17 still has it; a runaway loop would otherwise keep a core busy
                    t.join(1000);
                }
                if (t.isAlive() && System.getProperty("badinput.debug") != null) {
                    System.err.println("[badinput] still alive after stop: " + t.getName() + " at "
                            + java.util.Arrays.toString(t.getStackTrace()));
                }
                Result timeout = new Result();
                timeout.timedOut = true;
                timeout.nanos = timeoutMs * 1_000_000L;
                return timeout;
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ie);
        }
        return r;
    }

    /** Wall-time limit of a call, as a multiple of its CPU-time limit (for calls blocked without using CPU). */
    static final int WALL_FACTOR = 10;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time used by a thread, ms, or -1 when the JVM cannot tell. */
    private static long cpuMillis(Thread t) {
        try {
            long ns = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(t.getId()) : -1;
            return ns < 0 ? -1 : ns / 1_000_000;
        } catch (UnsupportedOperationException e) {
            return -1;
        }
    }

    /** Call threads still alive (stopped hangs that did not die), by the member they run. */
    static List<String> runaway() {
        return Thread.getAllStackTraces().keySet().stream().filter(x -> x.getName().startsWith("badinput-call")
                && x.isAlive()).map(x -> x.getName().substring("badinput-call ".length())).sorted().toList();
    }

    // ---------------------------------------------------------------- scanning results

    /**
     * The path of the first NaN/Infinity in {@code v}: doubles, floats, arrays, collections,
     * maps, optionals, record components and, for the library's own types, the public no-arg
     * getters that return numbers, arrays or library types (to depth 2); the effort is capped.
     */
    static String nonFinite(Object v, String path, int depth, AtomicInteger budget, java.util.Set<String> ignore) {
        if (v == null || budget.decrementAndGet() < 0) {
            return null;
        }
        if (v instanceof Double || v instanceof Float) {
            return Double.isFinite(((Number) v).doubleValue()) || ignore.contains(path) ? null : path;
        }
        if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof Character
                || v instanceof Enum || v instanceof Class) {
            return null;
        }
        if (v instanceof double[]) {
            double[] a = (double[]) v;
            for (int i = 0; i < a.length; i++) {
                if (!Double.isFinite(a[i]) && !ignore.contains(path + "[" + i + "]")) {
                    return path + "[" + i + "]";
                }
            }
            return null;
        }
        if (v instanceof float[]) {
            float[] a = (float[]) v;
            for (int i = 0; i < a.length; i++) {
                if (!Float.isFinite(a[i]) && !ignore.contains(path + "[" + i + "]")) {
                    return path + "[" + i + "]";
                }
            }
            return null;
        }
        if (v.getClass().isArray()) {
            if (v.getClass().getComponentType().isPrimitive()) {
                return null;
            }
            int n = Math.min(Array.getLength(v), 50);
            for (int i = 0; i < n; i++) {
                String p = nonFinite(Array.get(v, i), path + "[" + i + "]", depth, budget, ignore);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (v instanceof OptionalDouble) {
            OptionalDouble o = (OptionalDouble) v;
            return o.isPresent() && !Double.isFinite(o.getAsDouble()) && !ignore.contains(path + ".getAsDouble()")
                    ? path + ".getAsDouble()" : null;
        }
        if (v instanceof Optional) {
            return ((Optional<?>) v).map(x -> nonFinite(x, path + ".get()", depth, budget, ignore)).orElse(null);
        }
        if (v instanceof Map) {
            int i = 0;
            for (Map.Entry<?, ?> en : ((Map<?, ?>) v).entrySet()) {
                if (i++ >= 50) {
                    break;
                }
                String p = nonFinite(en.getValue(), path + ".get(" + en.getKey() + ")", depth, budget, ignore);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        if (v instanceof Collection) {
            int i = 0;
            for (Object x : (Collection<?>) v) {
                if (i >= 50) {
                    break;
                }
                String p = nonFinite(x, path + "[" + i + "]", depth, budget, ignore);
                i++;
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        Class<?> c = v.getClass();
        if (depth >= 2 || !c.getName().startsWith("org.interphase.")) {
            return null;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                try {
                    Method acc = rc.getAccessor();
                    acc.setAccessible(true);
                    String p = nonFinite(acc.invoke(v), path + "." + rc.getName() + "()", depth + 1, budget, ignore);
                    if (p != null) {
                        return p;
                    }
                } catch (ReflectiveOperationException | RuntimeException ignored) {
                    // a getter that fails is not a NaN
                }
            }
        }
        // getMethods() has no specified order: sorted, so that the capped scan finds the same NaN every run
        Method[] methods = c.getMethods();
        java.util.Arrays.sort(methods, java.util.Comparator.comparing(Method::getName)
                .thenComparing(m -> m.getDeclaringClass().getName()));
        for (Method m : methods) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                    || m.getDeclaringClass() == Object.class || !scannable(m.getReturnType())
                    || m.getName().equals("hashCode") || m.getName().equals("toString")
                    || m.getName().equals("toBuilder") || m.getName().equals("build")
                    || (c.isRecord() && isComponent(c, m.getName()))) {
                continue;
            }
            try {
                if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                    continue;
                }
                String p = nonFinite(m.invoke(v), path + "." + m.getName() + "()", depth + 1, budget, ignore);
                if (p != null) {
                    return p;
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // a getter that refuses (e.g. a property a material does not have) is not a NaN
            }
        }
        return null;
    }

    /** Every NaN/Infinity path of {@code v} (up to 20). */
    static java.util.Set<String> allNonFinite(Object v) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 20; i++) {
            String p = nonFinite(v, "result", 0, new AtomicInteger(200), all);
            if (p == null) {
                break;
            }
            all.add(p);
        }
        return all;
    }

    private static boolean isComponent(Class<?> c, String name) {
        for (RecordComponent rc : c.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean scannable(Class<?> t) {
        return t == double.class || t == float.class || t == double[].class || t == double[][].class
                || t == OptionalDouble.class || (t.getName().startsWith("org.interphase.") && !t.isEnum()
                && !t.getSimpleName().endsWith("Builder"));
    }
}
