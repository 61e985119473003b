package org.interphase.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Does an exception message name the parameter and show the value? Lenient about wording and formatting. */
final class Messages {

    private Messages() {}

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "must", "from", "this", "that", "which",
            "when", "each", "into", "over", "per", "its", "their", "used", "value", "values", "number", "given",
            "optional", "default", "true", "false", "null", "both", "all", "any", "one", "two", "not", "are", "has",
            "have", "been", "will", "than", "then", "only", "also", "such", "unit", "units", "between", "where",
            "above", "below", "after", "before", "same", "other", "length", "a", "an", "of", "in", "at", "to", "or",
            "is", "be", "as", "on", "by");

    /**
     * True when {@code msg} names the parameter: its Java name as a word (case-insensitive), its
     * camelCase words ("coatingThickness" as "coating thickness"), or a significant word of the
     * first clause of its {@code @param} text ("temperature" for {@code @param t temperature, K}).
     */
    static boolean namesParameter(String msg, String param, String paramDoc) {
        return namesParameter(msg, param, paramDoc, "");
    }

    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("eta", "η"), Map.entry("kappa", "κ"), Map.entry("rho", "ρ"), Map.entry("chi", "χ"));
    private static final Set<String> VERBS = Set.of("with", "set", "get", "of", "from", "to", "at", "is", "has",
            "max", "min", "new");

    /**
     * As {@link #namesParameter(String, String, String)}, and also accepts a distinctive word
     * (four letters or more; plural "s" and possessive "'s" ignored; Greek names as letters) of the
     * parameter's camelCase name ("Young's modulus" names {@code youngs}, "μ threshold" names
     * {@code muThreshold}), and for a one-parameter member such as a builder setter
     * {@code samples(int value)}, the words of the member's own name.
     */
    static boolean namesParameter(String msg, String param, String paramDoc, String memberName) {
        if (msg == null || msg.isEmpty()) {
            return false;
        }
        String m = msg.toLowerCase(Locale.ROOT).replace("'s", "s").replace("’s", "s");
        if (word(m, param.toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<String> candidates = new ArrayList<>(camelWords(param));
        if (!memberName.isEmpty()) {
            if (word(m, memberName.toLowerCase(Locale.ROOT))) {
                return true;
            }
            candidates.addAll(camelWords(memberName));
        }
        // the subject of the message is the symbol the @param text starts with ("x must be ..." for "@param at x, m")
        String subject = m.split("[\\s,:;(]", 2)[0];
        String docStart = JavadocIndex.plain(paramDoc).toLowerCase(Locale.ROOT).split("[\\s,:;(]", 2)[0];
        if (!subject.isEmpty() && subject.equals(docStart)) {
            return true;
        }
        for (String w : candidates) {
            if (VERBS.contains(w)) {
                continue;
            }
            String greek = GREEK.get(w);
            if (greek != null && m.contains(greek)) {
                return true;
            }
            if (w.length() >= 4) {
                String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
                if (prefixWord(m, stem)) {
                    return true;
                }
            }
        }
        List<String> words = camelWords(param);
        if (words.size() > 1) {
            String spaced = String.join(" ", words);
            if (m.contains(spaced) || m.contains(String.join("_", words)) || m.contains(String.join("-", words))) {
                return true;
            }
            // "thicknessWindow" → "thickness window", but also the distinctive last word(s) of long names
            String lastTwo = String.join(" ", words.subList(words.size() - 2, words.size()));
            if (words.size() > 2 && m.contains(lastTwo)) {
                return true;
            }
        }
        for (String w : docWords(paramDoc)) {
            if (word(m, w)) {
                return true;
            }
        }
        return false;
    }

    /** The significant words of the first clause of a @param text (up to four). */
    static List<String> docWords(String paramDoc) {
        List<String> out = new ArrayList<>();
        if (paramDoc == null || paramDoc.isBlank()) {
            return out;
        }
        String s = JavadocIndex.plain(paramDoc).toLowerCase(Locale.ROOT);
        String clause = s.split("[,;:(.]|\\s-\\s|\\s—\\s|\\sin\\s", 2)[0];
        for (String w : clause.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !STOP.contains(w) && !w.matches("\\d+")) {
                out.add(w);
                if (out.size() == 4) {
                    break;
                }
            }
        }
        return out;
    }

    static List<String> camelWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("(?<=[a-z0-9])(?=[A-Z])|_")) {
            if (!w.isEmpty()) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** {@code w} at the start of a word of {@code haystack} ("modul" in "modulus"). */
    private static boolean prefixWord(String haystack, String w) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w)).matcher(haystack).find();
    }

    private static boolean word(String haystack, String w) {
        if (w.isEmpty()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(haystack).find();
    }

    /** True when the message shows the value in one of the accepted renderings (case-insensitive). */
    static boolean showsValue(String msg, List<String> renderings) {
        if (renderings.isEmpty()) {
            return true;
        }
        String m = msg.toLowerCase(Locale.ROOT).replace('−', '-').replace("e+", "e").replace("·10^", "e")
                .replace("×10^", "e").replace("x10^", "e");
        for (String r : renderings) {
            String x = r.toLowerCase(Locale.ROOT).replace('−', '-').replace("e+", "e");
            if (m.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Java's "helpful NullPointerException" messages, which name a local variable but are not the library's. */
    static boolean isJvmNpeMessage(String msg) {
        return msg.startsWith("Cannot invoke ") || msg.startsWith("Cannot read ") || msg.startsWith("Cannot load ")
                || msg.startsWith("Cannot store ") || msg.startsWith("Cannot assign ") || msg.startsWith("Cannot throw ")
                || msg.startsWith("Cannot enter ") || msg.startsWith("Cannot exit ") || msg.contains("because \"");
    }

    /** Typical Commons Math message texts that leak when its exceptions are rethrown with their messages. */
    static boolean looksLikeCommonsMath(String msg) {
        return msg.contains("function values at endpoints do not have different signs")
                || msg.contains("illegal state: maximal count") || msg.matches("(?s).*maximal count \\(\\d+\\) exceeded.*")
                || msg.contains("unable to bracket optimum") || msg.contains("endpoints do not specify an interval")
                || msg.matches("(?s).*points \\d+ and \\d+ are not strictly (increasing|decreasing).*");
    }
}
