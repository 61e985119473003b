package org.interphase.badinput;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The {@code @param} text of every member in the library's sources, read with javac's tree API
 * (parse only, no attribution), and the numeric range a parameter's text documents, when the
 * text says it unambiguously ("> 0", "≥ 0", "positive", "non-negative", "in (0, 1]", "0 < x ≤ 1",
 * "at least 2").
 */
final class JavadocIndex {

    /** member key -> (parameter name -> @param text). */
    private final Map<String, Map<String, String>> params = new HashMap<>();

    private JavadocIndex() {}

    static JavadocIndex empty() {
        return new JavadocIndex();
    }

    static JavadocIndex read(List<Path> sourceRoots) {
        JavadocIndex index = new JavadocIndex();
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            return index;
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) compiler.getTask(null, fm, d -> { }, List.of("-proc:none"), null, units);
            DocTrees docTrees = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
                new Scanner(index, docTrees, pkg).scan(unit, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    /** The key of a reflected member: binary class name, '#', name ("<init>" for constructors), simple parameter types. */
    static String key(Executable e) {
        String name = e instanceof Constructor ? "<init>" : e.getName();
        String types = Stream.of(e.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","));
        return e.getDeclaringClass().getName() + "#" + name + "(" + types + ")";
    }

    /**
     * The @param text of a parameter, or "" when there is none. Record constructors fall back to the
     * class's @param; a method without its own text inherits that of the method it overrides or
     * implements (by parameter position, as the javadoc tool does), e.g. {@code BrickLayer.evaluate}
     * the text of {@code Impedance.evaluate}.
     */
    String paramText(Executable e, String param) {
        Map<String, String> m = params.get(key(e));
        String text = m == null ? null : m.get(param);
        if (text == null && e instanceof Constructor && e.getDeclaringClass().isRecord()) {
            Map<String, String> c = params.get(e.getDeclaringClass().getName() + "#<record>");
            text = c == null ? null : c.get(param);
        }
        if (text == null && e instanceof Method method && !Modifier.isStatic(method.getModifiers())) {
            text = inherited(method, param);
        }
        return text == null ? "" : text;
    }

    /** The @param text of the same parameter in the nearest overridden or implemented method, or null. */
    private String inherited(Method m, String param) {
        int index = -1;
        java.lang.reflect.Parameter[] ps = m.getParameters();
        for (int i = 0; i < ps.length; i++) {
            if (ps[i].getName().equals(param)) {
                index = i;
            }
        }
        if (index < 0) {
            return null;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        Class<?> c = m.getDeclaringClass();
        if (c.getSuperclass() != null) {
            todo.add(c.getSuperclass());
        }
        todo.addAll(List.of(c.getInterfaces()));
        while (!todo.isEmpty()) {
            Class<?> s = todo.poll();
            try {
                Method sm = s.getDeclaredMethod(m.getName(), m.getParameterTypes());
                Map<String, String> sp = params.get(key(sm));
                String text = sp == null ? null : sp.get(sm.getParameters()[index].getName());
                if (text != null) {
                    return text;
                }
            } catch (NoSuchMethodException notDeclaredThere) {
                // look further up
            }
            if (s.getSuperclass() != null) {
                todo.add(s.getSuperclass());
            }
            todo.addAll(List.of(s.getInterfaces()));
        }
        return null;
    }

    boolean hasMember(Executable e) {
        return params.containsKey(key(e));
    }

    int size() {
        return params.size();
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final JavadocIndex index;
        private final DocTrees docTrees;
        private final String pkg;
        private final Deque<String> classes = new ArrayDeque<>();

        Scanner(JavadocIndex index, DocTrees docTrees, String pkg) {
            this.index = index;
            this.docTrees = docTrees;
            this.pkg = pkg;
        }

        private String binaryName() {
            List<String> names = new ArrayList<>(classes);
            java.util.Collections.reverse(names);
            return (pkg.isEmpty() ? "" : pkg + ".") + String.join("$", names);
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            if (tree.getSimpleName().length() == 0) {
                return null; // anonymous class: not API
            }
            classes.push(tree.getSimpleName().toString());
            Map<String, String> classParams = paramsOf(getCurrentPath());
            if (!classParams.isEmpty()) {
                index.params.put(binaryName() + "#<record>", classParams);
            }
            super.visitClass(tree, unused);
            classes.pop();
            return null;
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            String name = tree.getReturnType() == null ? "<init>" : tree.getName().toString();
            String types = tree.getParameters().stream().map(v -> simpleType(v)).collect(Collectors.joining(","));
            index.params.put(binaryName() + "#" + name + "(" + types + ")", paramsOf(getCurrentPath()));
            return null; // no need to descend into bodies
        }

        private Map<String, String> paramsOf(TreePath path) {
            Map<String, String> out = new LinkedHashMap<>();
            DocCommentTree doc = docTrees.getDocCommentTree(path);
            if (doc == null) {
                return out;
            }
            for (DocTree tag : doc.getBlockTags()) {
                if (tag instanceof ParamTree) {
                    ParamTree p = (ParamTree) tag;
                    if (!p.isTypeParameter()) {
                        String text = p.getDescription().stream().map(Object::toString).collect(Collectors.joining());
                        out.put(p.getName().getName().toString(), text);
                    }
                }
            }
            return out;
        }

        private static String simpleType(VariableTree v) {
            Tree type = v.getType();
            String s = type.toString();
            s = s.replaceAll("@\\S+\\s*", "");
            // erase generics (nested)
            String prev;
            do {
                prev = s;
                s = s.replaceAll("<[^<>]*>", "");
            } while (!s.equals(prev));
            s = s.replace("...", "[]").replace(" ", "");
            int dot = s.lastIndexOf('.');
            return dot >= 0 ? s.substring(dot + 1) : s;
        }
    }

    // ---------------------------------------------------------------- documented ranges

    /** A documented interval; bounds may be infinite. */
    record Range(double low, boolean lowClosed, double high, boolean highClosed, String text) {
        boolean contains(double v) {
            if (Double.isNaN(v)) {
                return false;
            }
            boolean lo = lowClosed ? v >= low : v > low;
            boolean hi = highClosed ? v <= high : v < high;
            return lo && hi;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final String NUM = "([-+−]?\\d+(?:\\.\\d+)?(?:[eE][-+−]?\\d+)?)";
    private static final Pattern INTERVAL = Pattern.compile(
            "(?:in|within|range)\\s*([\\[(])\\s*" + NUM + "\\s*,\\s*(" + NUM.substring(1, NUM.length() - 1)
                    + "|∞|\\+∞|inf|infinity)\\s*([\\])])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAIN = Pattern.compile(
            NUM + "\\s*(<=|<)\\s*[A-Za-zα-ωΑ-Ω_][\\w₀-₉']*\\s*(<=|<)\\s*" + NUM);
    private static final Pattern HALF = Pattern.compile("(?<![<>=!\\w])(>=|>|<=|<)\\s*" + NUM + "(?![\\w.])");
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\s*(?:\\p{L}{1,4}\\s+)?(?:in|for|when|if|where|on|at|inside|outside|means)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "(?:must be|is|be|,|;|\\(|^)\\s*(?:strictly\\s+)?positive\\b(?!\\s+(?:when|if|for|toward|towards|into|in|at|"
                    + "means|on|from|where|outward|inward|direction|side|sign))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_NEGATIVE = Pattern.compile(
            "(?:must be|is|be|,|;|\\(|^)\\s*non-?negative\\b(?!\\s+(?:when|if|for|toward|towards|into|in|at|means|on))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST = Pattern.compile("\\bat least\\s+" + NUM + "(?![\\w.])", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_MOST = Pattern.compile("\\bat most\\s+" + NUM + "(?![\\w.])", Pattern.CASE_INSENSITIVE);

    /** Cleans Javadoc inline tags and entities so that the patterns see plain text. */
    static String plain(String text) {
        String s = text.replaceAll("\\{@\\w+\\s+([^}]*)}", "$1");
        s = s.replace("&gt;", ">").replace("&lt;", "<").replace("&ge;", ">=").replace("&le;", "<=")
                .replace("&minus;", "-").replace("&amp;", "&").replace("&nbsp;", " ").replace("&infin;", "∞");
        s = s.replace("≥", ">=").replace("≤", "<=").replace("−", "-").replace("⩾", ">=").replace("⩽", "<=");
        s = s.replaceAll("<[a-zA-Z/][^>]*>", " "); // HTML tags
        return s.replaceAll("\\s+", " ").trim();
    }

    private static double num(String s) {
        return Double.parseDouble(s.replace("−", "-"));
    }

    /**
     * The range the text documents, if exactly one unambiguous statement is found; a text that
     * mentions several different bounds (e.g. conditions on other parameters) gives no range.
     */
    static Range range(String rawText) {
        String s = plain(rawText);
        List<Range> found = new ArrayList<>();
        String rest = s;
        Matcher m = INTERVAL.matcher(rest);
        while (m.find()) {
            String hiText = m.group(3);
            double hi = hiText.matches("(?i)\\+?∞|inf|infinity") ? Double.POSITIVE_INFINITY : num(hiText);
            found.add(new Range(num(m.group(2)), m.group(1).equals("["), hi, m.group(4).equals("]"), m.group()));
        }
        rest = INTERVAL.matcher(rest).replaceAll(" ");
        m = CHAIN.matcher(rest);
        while (m.find()) {
            found.add(new Range(num(m.group(1)), m.group(2).equals("<="), num(m.group(4)), m.group(3).equals("<="),
                    m.group()));
        }
        rest = CHAIN.matcher(rest).replaceAll(" ");
        m = HALF.matcher(rest);
        while (m.find()) {
            if (CONDITIONAL.matcher(rest.substring(m.end())).lookingAt()) {
                continue; // "x < 0 in medium 1": a case, not a range
            }
            double v = num(m.group(2));
            switch (m.group(1)) {
                case ">" -> found.add(new Range(v, false, Double.POSITIVE_INFINITY, false, m.group()));
                case ">=" -> found.add(new Range(v, true, Double.POSITIVE_INFINITY, false, m.group()));
                case "<" -> found.add(new Range(Double.NEGATIVE_INFINITY, false, v, false, m.group()));
                default -> found.add(new Range(Double.NEGATIVE_INFINITY, false, v, true, m.group()));
            }
        }
        m = NON_NEGATIVE.matcher(rest);
        while (m.find()) {
            found.add(new Range(0, true, Double.POSITIVE_INFINITY, false, "non-negative"));
        }
        rest = NON_NEGATIVE.matcher(rest).replaceAll(" ");
        m = POSITIVE.matcher(rest);
        while (m.find()) {
            found.add(new Range(0, false, Double.POSITIVE_INFINITY, false, "positive"));
        }
        m = AT_LEAST.matcher(rest);
        while (m.find()) {
            found.add(new Range(num(m.group(1)), true, Double.POSITIVE_INFINITY, false, m.group()));
        }
        m = AT_MOST.matcher(rest);
        while (m.find()) {
            found.add(new Range(Double.NEGATIVE_INFINITY, false, num(m.group(1)), true, m.group()));
        }
        if (found.isEmpty()) {
            return null;
        }
        // One lower and one upper half-line combine ("> 0 and <= 1"); anything else must agree.
        Range first = found.get(0);
        boolean allSame = found.stream().allMatch(r -> r.low == first.low && r.high == first.high
                && r.lowClosed == first.lowClosed && r.highClosed == first.highClosed);
        if (allSame) {
            return first;
        }
        if (found.size() == 2) {
            Range a = found.get(0);
            Range b = found.get(1);
            if (a.high == Double.POSITIVE_INFINITY && b.low == Double.NEGATIVE_INFINITY && a.low < b.high) {
                return new Range(a.low, a.lowClosed, b.high, b.highClosed, a.text + " … " + b.text);
            }
            if (b.high == Double.POSITIVE_INFINITY && a.low == Double.NEGATIVE_INFINITY && b.low < a.high) {
                return new Range(b.low, b.lowClosed, a.high, a.highClosed, b.text + " … " + a.text);
            }
        }
        return null; // ambiguous: be conservative
    }
}
