package org.interphase.impedance.io;

import java.util.Arrays;

/**
 * The data rows of a text file: cells cut at a delimiter, the few cells needed parsed as numbers
 * (only those, so a 20-column EC-Lab row costs three parses), with errors that name file, line and
 * column.
 */
final class Rows {

    /** Cut at tabs, commas, semicolons, runs of blanks, or tabs or commas (ZView) per line. */
    enum Delimiter { TAB, COMMA, SEMICOLON, BLANKS, TAB_OR_COMMA }

    /** The values read: n rows, in SI, with the line of each row. */
    static final class Data {
        double[] f = new double[256];
        double[] re = new double[256];
        double[] im = new double[256];
        int[] line = new int[256];
        int n;

        void add(double fv, double rv, double iv, int lineNo) {
            if (n == f.length) {
                int m = 2 * n;
                f = Arrays.copyOf(f, m);
                re = Arrays.copyOf(re, m);
                im = Arrays.copyOf(im, m);
                line = Arrays.copyOf(line, m);
            }
            f[n] = fv;
            re[n] = rv;
            im[n] = iv;
            line[n] = lineNo;
            n++;
        }
    }

    private Rows() {}

    /**
     * Reads lines [from, to) (0-based indices; line numbers in messages are 1-based). Blank lines
     * are skipped; so is a line starting with {@code stop} ends the block (null: none).
     */
    static Data read(String source, String[] lines, int from, int to, Delimiter delimiter, boolean decimalComma,
            Columns.Layout layout, String[] names, String stop) {
        int end = to;
        if (stop != null) {
            for (int k = from; k < to; k++) {
                if (!isBlank(lines[k]) && lines[k].startsWith(stop)) {
                    end = k;
                    break;
                }
            }
        }
        if (end - from < PARALLEL_LINES) {
            return readRange(source, lines, from, end, delimiter, decimalComma, layout, names);
        }
        // Lines are independent: two halves parsed on two threads, joined in line order. Number parsing
        // dominates a large file (Double.parseDouble of 17-digit numbers); the rows and the first error
        // reported (that of the earlier half) are the same as one thread's.
        int mid = from + (end - from) / 2;
        int stopAt = end;
        java.util.concurrent.CompletableFuture<Data> second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> readRange(source, lines, mid, stopAt, delimiter, decimalComma, layout, names));
        Data first = readRange(source, lines, from, mid, delimiter, decimalComma, layout, names);
        Data rest;
        try {
            rest = second.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw e;
        }
        for (int i = 0; i < rest.n; i++) {
            first.add(rest.f[i], rest.re[i], rest.im[i], rest.line[i]);
        }
        return first;
    }

    /** Files of at least this many lines are parsed on two threads. */
    static final int PARALLEL_LINES = 20_000;

    private static Data readRange(String source, String[] lines, int from, int to, Delimiter delimiter,
            boolean decimalComma, Columns.Layout layout, String[] names) {
        Data d = new Data();
        int[] starts = new int[64];
        int[] ends = new int[64];
        int need = layout.maxColumn() + 1;
        for (int k = from; k < to; k++) {
            String line = lines[k];
            if (isBlank(line)) {
                continue;
            }
            int lineNo = k + 1;
            Delimiter dl = delimiter == Delimiter.TAB_OR_COMMA
                    ? (line.indexOf('\t') >= 0 ? Delimiter.TAB : Delimiter.COMMA) : delimiter;
            int cells = split(line, dl, starts, ends);
            if (cells > starts.length) {
                starts = new int[cells];
                ends = new int[cells];
                split(line, dl, starts, ends);
            }
            if (cells < need) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": number of cells, found " + cells
                        + ", expected at least " + need + " (" + roles(layout, names) + ")");
            }
            boolean comma = decimalComma && dl != Delimiter.COMMA;
            double fv = number(source, lineNo, line, starts[layout.f()], ends[layout.f()], comma, layout.f(), names)
                    * layout.fScale();
            double a;
            double b;
            if (layout.complex()) {
                double[] z = complex(source, lineNo, line, starts[layout.a()], ends[layout.a()], layout.a(), names);
                a = z[0] * layout.aScale();
                b = z[1] * layout.bScale();
            } else {
                a = number(source, lineNo, line, starts[layout.a()], ends[layout.a()], comma, layout.a(), names)
                        * layout.aScale();
                b = number(source, lineNo, line, starts[layout.b()], ends[layout.b()], comma, layout.b(), names)
                        * layout.bScale();
                if (layout.polar()) {
                    double mod = a;
                    a = mod * Math.cos(b);
                    b = mod * Math.sin(b);
                }
            }
            if (!(fv > 0)) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": frequency (column " + (layout.f() + 1)
                        + name(names, layout.f()) + "), found " + text(line, starts[layout.f()], ends[layout.f()])
                        + ", expected a value > 0 Hz");
            }
            if (!Double.isFinite(fv) || !Double.isFinite(a) || !Double.isFinite(b)) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": values in SI units, found an overflow in '"
                        + line.strip() + "', expected finite numbers");
            }
            d.add(fv, a, b, lineNo);
        }
        return d;
    }

    private static String roles(Columns.Layout l, String[] names) {
        String z = l.complex() ? "Z in column " + (l.a() + 1) + name(names, l.a())
                : (l.polar() ? "|Z" : "Z'") + " in column " + (l.a() + 1) + name(names, l.a()) + ", "
                        + (l.polar() ? "phase" : "Z''") + " in column " + (l.b() + 1) + name(names, l.b());
        return "f in column " + (l.f() + 1) + name(names, l.f()) + ", " + z;
    }

    private static String name(String[] names, int c) {
        return names == null || c >= names.length ? "" : " '" + names[c].strip() + "'";
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }

    /** Cuts a line into cells; returns their count (starts/ends filled as far as they reach). */
    static int split(String line, Delimiter dl, int[] starts, int[] ends) {
        int n = 0;
        int len = line.length();
        if (dl == Delimiter.BLANKS) {
            int i = 0;
            while (true) {
                while (i < len && line.charAt(i) <= ' ') {
                    i++;
                }
                if (i >= len) {
                    return n;
                }
                int s = i;
                while (i < len && line.charAt(i) > ' ') {
                    i++;
                }
                if (n < starts.length) {
                    starts[n] = s;
                    ends[n] = i;
                }
                n++;
            }
        }
        char c = dl == Delimiter.TAB ? '\t' : dl == Delimiter.COMMA ? ',' : ';';
        int s = 0;
        // a line that ends with the delimiter (EC-Lab writes a trailing tab) has no empty last cell
        int end = len;
        while (end > 0 && line.charAt(end - 1) <= ' ' && line.charAt(end - 1) != c) {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == c) {
            end--;
        }
        for (int i = 0; i <= end; i++) {
            if (i == end || line.charAt(i) == c) {
                if (n < starts.length) {
                    starts[n] = s;
                    ends[n] = i;
                }
                n++;
                s = i + 1;
            }
        }
        return n;
    }

    static String text(String line, int s, int e) {
        return "'" + line.substring(s, e).strip() + "'";
    }

    /** 10^k, k = 0 … 22: every one exactly representable as a double. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Clinger's fast path (<i>PLDI</i> 1990, "How to read floating point numbers accurately"): a
     * decimal of at most 15 significant digits m and a power of ten 10^k with |k| ≤ 22 are both exact
     * doubles, so m·10^k or m/10^−k is one correctly rounded operation — the same double as
     * {@link Double#parseDouble}, at a fraction of its cost for the 7- or 8-digit numbers that
     * instruments write. Returns NaN when the cell is not such a plain number (the caller then
     * parses and validates it the slow way).
     */
    static double fast(String line, int s, int e, boolean decimalComma) {
        int i = s;
        boolean negative = false;
        if (i < e && (line.charAt(i) == '-' || line.charAt(i) == '+')) {
            negative = line.charAt(i) == '-';
            i++;
        }
        long m = 0;
        int significant = 0;
        int digits = 0;
        int fraction = 0;
        boolean point = false;
        for (; i < e; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (point) {
                    fraction++;
                }
                if (m != 0 || c != '0') {
                    if (++significant > 15) {
                        return Double.NaN;
                    }
                    m = 10 * m + (c - '0');
                }
            } else if ((c == '.' || c == ',' && decimalComma) && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (i < e && (line.charAt(i) == 'e' || line.charAt(i) == 'E')) {
            i++;
            boolean negExp = false;
            if (i < e && (line.charAt(i) == '-' || line.charAt(i) == '+')) {
                negExp = line.charAt(i) == '-';
                i++;
            }
            int start = i;
            for (; i < e && i - start < 4; i++) {
                char c = line.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                exponent = 10 * exponent + (c - '0');
            }
            if (i == start) {
                return Double.NaN;
            }
            exponent = negExp ? -exponent : exponent;
        }
        if (i != e) {
            return Double.NaN;
        }
        int k = exponent - fraction;
        double v;
        if (m == 0) {
            v = 0;
        } else if (k >= 0 && k <= 22) {
            v = m * POW10[k];
        } else if (k < 0 && k >= -22) {
            v = m / POW10[-k];
        } else {
            return Double.NaN;
        }
        return negative ? -v : v;
    }

    /** A plain decimal number with an optional exponent; a decimal comma if allowed. */
    static double number(String source, int lineNo, String line, int s, int e, boolean decimalComma, int column,
            String[] names) {
        while (s < e && line.charAt(s) <= ' ') {
            s++;
        }
        while (e > s && line.charAt(e - 1) <= ' ') {
            e--;
        }
        double quick = fast(line, s, e, decimalComma);
        if (!Double.isNaN(quick)) {
            return quick;
        }
        boolean comma = false;
        boolean point = false;
        boolean digit = false;
        for (int i = s; i < e; i++) {
            char ch = line.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch == '.') {
                point = true;
            } else if (ch == ',' && decimalComma) {
                comma = true;
            } else if (ch != 'e' && ch != 'E' && ch != '+' && ch != '-') {
                digit = false;
                break;
            }
        }
        String cell = line.substring(s, e);
        if (!digit || (comma && point)) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": column " + (column + 1) + name(names, column)
                    + ", found '" + cell + "', expected a number" + (comma && point
                            ? " (a decimal comma and a point: thousands separators are not read)" : ""));
        }
        try {
            double v = Double.parseDouble(comma ? cell.replace(',', '.') : cell);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": column " + (column + 1) + name(names, column)
                    + ", found '" + cell + "', expected a finite number");
        }
    }

    /** A complex number a+bj (or a+bi, with optional parentheses and blanks): {a, b}. */
    static double[] complex(String source, int lineNo, String line, int s, int e, int column, String[] names) {
        String cell = line.substring(s, e).strip();
        String t = cell.replace(" ", "");
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1);
        }
        try {
            if (t.isEmpty()) {
                throw new NumberFormatException();
            }
            char last = t.charAt(t.length() - 1);
            if (last != 'j' && last != 'J' && last != 'i' && last != 'I') {
                return new double[] {plain(t), 0};
            }
            String body = t.substring(0, t.length() - 1);
            int cut = -1;
            for (int i = body.length() - 1; i > 0; i--) {
                char ch = body.charAt(i);
                char prev = body.charAt(i - 1);
                if ((ch == '+' || ch == '-') && prev != 'e' && prev != 'E') {
                    cut = i;
                    break;
                }
            }
            double a = cut < 0 ? 0 : plain(body.substring(0, cut));
            String bs = cut < 0 ? body : body.substring(cut);
            double b = bs.equals("+") || bs.isEmpty() ? 1 : bs.equals("-") ? -1 : plain(bs);
            return new double[] {a, b};
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException(source + ":" + lineNo + ": column " + (column + 1) + name(names, column)
                    + ", found '" + cell + "', expected a complex number a+bj (e.g. 12.5-3.1j)");
        }
    }

    private static double plain(String t) {
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != 'e' && ch != 'E' && ch != '+' && ch != '-') {
                throw new NumberFormatException(t);
            }
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(t);
        }
        return v;
    }
}
