package org.interphase.impedance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recursive-descent parser of impedance.py circuit strings into a {@link Circuit} tree (the
 * Python code builds a string and {@code eval}s it; a tree gives positions in error messages).
 * Every error names the 0-based position and shows it under the string with a caret.
 */
final class CircuitParser {

    private final String text;
    private int pos;
    /** Position of the innermost open parallel block's '(', or −1 outside any. */
    private int openBlock = -1;
    /** Number of parallel blocks open at {@link #pos}. */
    private int nesting;
    private final Map<String, Integer> seen = new HashMap<>();
    private final ElementRegistry registry;

    CircuitParser(String text, ElementRegistry registry) {
        this.text = Objects.requireNonNull(text, "circuit string");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    Circuit parse() {
        skipBlanks();
        if (pos == text.length()) {
            throw error("empty circuit string", 0);
        }
        Circuit c = series();
        skipBlanks();
        if (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == ')') {
                throw error("unbalanced parentheses: ')' at position " + pos + " has no matching '('", pos);
            }
            throw error("unexpected '" + ch + "' at position " + pos + "; expected '-' or the end", pos);
        }
        return c;
    }

    private Circuit series() {
        List<Circuit> parts = new ArrayList<>();
        parts.add(term());
        skipBlanks();
        while (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
            parts.add(term());
            skipBlanks();
        }
        return Circuit.series(parts.toArray(new Circuit[0]));
    }

    private Circuit term() {
        skipBlanks();
        if (pos >= text.length()) {
            throw error("circuit string ends at position " + pos + " where an element or 'p(' was expected", pos);
        }
        char ch = text.charAt(pos);
        if (ch == 'p' && next(pos + 1) == '(') {
            int open = pos + 1;
            while (text.charAt(open) != '(') {
                open++;
            }
            if (nesting == Circuit.MAX_DEPTH) {
                throw error("parallel blocks nested deeper than " + Circuit.MAX_DEPTH + " levels (Circuit.MAX_DEPTH) at"
                        + " position " + open, open);
            }
            nesting++;
            pos = open + 1;
            int outer = openBlock;
            openBlock = open;
            List<Circuit> branches = new ArrayList<>();
            branches.add(series());
            skipBlanks();
            while (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                branches.add(series());
                skipBlanks();
            }
            if (pos >= text.length()) {
                throw error("unbalanced parentheses: '(' at position " + open + " is never closed", open);
            }
            if (text.charAt(pos) != ')') {
                throw error("unexpected '" + text.charAt(pos) + "' at position " + pos
                        + " in the parallel block opened at " + open + "; expected ',' , '-' or ')'", pos);
            }
            if (branches.size() < 2) {
                throw error("parallel block p(...) opened at position " + open + " needs at least 2 branches", open);
            }
            pos++;
            openBlock = outer;
            nesting--;
            return Circuit.parallel(branches.toArray(new Circuit[0]));
        }
        if ((ch == ')' || ch == ',') && openBlock >= 0) {
            throw error("empty branch at position " + pos + " in the parallel block opened at " + openBlock, pos);
        }
        if (!Character.isLetter(ch)) {
            String what = ch == ')' ? "unbalanced parentheses: ')' at position " + pos + " has no matching '('"
                    : "unexpected '" + ch + "' at position " + pos + "; expected an element name or 'p('";
            throw error(what, pos);
        }
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (pos < text.length() && text.charAt(pos) == '(') {
            throw error("unknown block '" + name + "(' at position " + start + "; only 'p(' (parallel) opens a block",
                    start);
        }
        String code = Circuit.codeOf(name);
        if (!registry.knows(code)) {
            throw error("unknown element '" + code + "' in '" + name + "' at position " + start + "; known elements: "
                    + registry.knownCodes(), start);
        }
        Integer before = seen.put(name, start);
        if (before != null) {
            throw error("duplicate element name '" + name + "' at position " + start + " (first at " + before + ")",
                    start);
        }
        return Circuit.element(name, registry);
    }

    private char next(int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message, int at) {
        // a long string is shown as a window of 60 characters either side of the position
        int from = text.length() <= 120 ? 0 : Math.max(0, at - 60);
        int to = text.length() <= 120 ? text.length() : Math.min(text.length(), at + 60);
        String head = from > 0 ? "…" : "";
        String shown = head + text.substring(from, to) + (to < text.length() ? "…" : "");
        return new IllegalArgumentException("invalid circuit string: " + message + "\n  " + shown + "\n  "
                + " ".repeat(Math.max(0, at - from + head.length())) + "^");
    }
}
