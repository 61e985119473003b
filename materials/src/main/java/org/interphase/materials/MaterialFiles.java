package org.interphase.materials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interphase.core.Checks;

/**
 * Reads and writes materials as a CSV text file (UTF-8, RFC 4180 quoting, no extra dependency).
 *
 * <h2>Format</h2>
 * Lines starting with {@code #} and blank lines are ignored. The first other line is the header;
 * columns may come in any order:
 * <pre>
 * kind,id,name,formula,family,roles,aliases,property,value,unit,uncertainty,low,high,authors,year,journal,doi,note,x
 * </pre>
 * Required columns: {@code kind, id, name, formula, family, roles, aliases, property, value, unit,
 * authors, year, journal}; optional: {@code uncertainty, low, high, doi, note, x}. Each row is one of
 * three kinds:
 * <ul>
 *   <li>{@code material}: defines a material. {@code id} (required, unique in the file),
 *       {@code name}, {@code formula}, {@code family} (required, a {@link Family} name),
 *       {@code roles} and {@code aliases} (each a {@code ;}-separated list; roles are {@link Role}
 *       names), {@code note}. The property and source columns stay empty.</li>
 *   <li>{@code value}: one property value of a material defined in the same file. {@code id},
 *       {@code property} (a {@link Property} name, case-insensitive), {@code value} (a number),
 *       {@code unit} (one of {@link Property#acceptedUnits()}, e.g. S/cm, eV, GPa, g/cm3),
 *       {@code authors}, {@code year}, {@code journal} (required: every value has a source),
 *       {@code doi}, {@code uncertainty} (±) and {@code low}/{@code high} (range) in the same unit,
 *       {@code note} (e.g. DFT).</li>
 *   <li>{@code ocv}: one point of an open-circuit-voltage table of a material defined in the file:
 *       {@code x} (Li stoichiometry, strictly increasing from row to row), {@code value} and
 *       {@code unit} (V or mV vs Li/Li⁺), and the source columns, the same on every point of the
 *       table; the note of the first point is the table's note. The table is interpolated linearly
 *       ({@link OcvCurve#table}).</li>
 * </ul>
 * Example:
 * <pre>
 * kind,id,name,formula,family,roles,aliases,property,value,unit,uncertainty,low,high,authors,year,journal,doi,note
 * material,my-LNO,sputtered LiNbO3,LiNbO3,OXIDE,COATING,a-LNO,,,,,,,,,,,amorphous film
 * value,my-LNO,,,,,,IONIC_CONDUCTIVITY,3.0e-6,S/cm,,,,"Doe, Roe",2024,"J. Example 1, 1",,EIS at 25 °C
 * </pre>
 * A file defines whole materials; merge it over the built-in catalog with
 * {@link MaterialCatalog#withUserFile(Path)}. Open-circuit voltages given as tables are part of the
 * format; fit functions are not (set them in code with {@link Material.Builder#openCircuitVoltage(OcvCurve)}).
 *
 * <p>A malformed file throws {@link MaterialFileException} listing every problem with file, line
 * and field; nothing is loaded from it.
 */
public final class MaterialFiles {

    /** The column names, in the order {@link #write} uses. */
    public static final List<String> COLUMNS = List.of("kind", "id", "name", "formula", "family", "roles", "aliases",
            "property", "value", "unit", "uncertainty", "low", "high", "authors", "year", "journal", "doi", "note", "x");

    private static final List<String> REQUIRED = List.of("kind", "id", "name", "formula", "family", "roles",
            "aliases", "property", "value", "unit", "authors", "year", "journal");

    private MaterialFiles() {}

    /**
     * Reads a materials file.
     *
     * @param file the file (not null)
     * @return a catalog holding only the file's materials
     * @throws NullPointerException if {@code file} is null
     * @throws MaterialFileException if the file is malformed
     * @throws UncheckedIOException if it cannot be read
     */
    public static MaterialCatalog read(Path file) {
        Checks.nonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read materials file " + file, e);
        }
    }

    /**
     * Reads materials from text in the file format.
     *
     * @param text the CSV text (not null)
     * @param fileName the name to use in error messages (not null)
     * @return a catalog of the materials
     * @throws NullPointerException if an argument is null
     * @throws MaterialFileException if the text is malformed
     */
    public static MaterialCatalog parse(String text, String fileName) {
        Checks.nonNull(text, "text");
        Checks.nonNull(fileName, "fileName");
        try {
            return read(new StringReader(text), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MaterialCatalog read(Reader reader, String fileName) throws IOException {
        Parser p = new Parser(fileName);
        BufferedReader br = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            p.line(n, line);
        }
        return p.finish();
    }

    /** Accumulates rows; reports all problems at the end. */
    private static final class Parser {
        private final String file;
        private final List<MaterialFileException.Problem> problems = new ArrayList<>();
        private Map<String, Integer> columns;
        private int headerLine;
        private final Map<String, Material.Builder> builders = new LinkedHashMap<>();
        private final Map<String, Integer> definedAt = new HashMap<>();
        private final Map<String, Integer> valueAt = new HashMap<>();
        private final Map<String, OcvRows> ocvRows = new LinkedHashMap<>();

        Parser(String file) {
            this.file = file;
        }

        void problem(int line, String field, String message) {
            problems.add(new MaterialFileException.Problem(file, line, field, message));
        }

        void line(int n, String text) {
            List<String> fields;
            try {
                fields = split(text);
            } catch (IllegalArgumentException e) {
                problem(n, "", e.getMessage());
                return;
            }
            if (columns == null) {
                header(n, fields);
                return;
            }
            if (fields.size() != columns.size()) {
                problem(n, "", "expected " + columns.size() + " fields as in the header (line " + headerLine
                        + "), found " + fields.size());
                return;
            }
            String kind = get(fields, "kind").toLowerCase(Locale.ROOT);
            switch (kind) {
                case "material" -> material(n, fields);
                case "value" -> value(n, fields);
                case "ocv" -> ocv(n, fields);
                default -> problem(n, "kind", "must be 'material', 'value' or 'ocv', was '" + get(fields, "kind") + "'");
            }
        }

        void header(int n, List<String> fields) {
            headerLine = n;
            columns = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                String c = fields.get(i).strip().toLowerCase(Locale.ROOT);
                if (!COLUMNS.contains(c)) {
                    problem(n, c, "unknown column; columns are " + String.join(", ", COLUMNS));
                } else if (columns.put(c, i) != null) {
                    problem(n, c, "column appears twice");
                }
            }
            for (String r : REQUIRED) {
                if (!columns.containsKey(r)) {
                    problem(n, r, "missing column");
                }
            }
            // the header's own size decides how many fields a row has
            Map<String, Integer> all = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                all.putIfAbsent(fields.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            columns = all;
        }

        String get(List<String> fields, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : fields.get(i).strip();
        }

        void material(int n, List<String> f) {
            String id = get(f, "id");
            if (id.isEmpty()) {
                problem(n, "id", "must not be empty");
                return;
            }
            String key = MaterialCatalog.normalize(id);
            Integer first = definedAt.putIfAbsent(key, n);
            if (first != null) {
                problem(n, "id", "duplicate id '" + id + "' (first defined on line " + first + ")");
                return;
            }
            for (String c : List.of("property", "value", "unit")) {
                if (!get(f, c).isEmpty()) {
                    problem(n, c, "must be empty on a 'material' row (put values on 'value' rows)");
                }
            }
            Material.Builder b;
            try {
                b = Material.builder(id);
            } catch (IllegalArgumentException e) {
                problem(n, "id", e.getMessage());
                return;
            }
            b.name(get(f, "name")).formula(get(f, "formula")).note(get(f, "note"));
            String fam = get(f, "family");
            Optional<Family> family = enumValue(Family.class, fam);
            if (family.isEmpty()) {
                problem(n, "family", "unknown family '" + fam + "'; one of " + List.of(Family.values()));
            } else {
                b.family(family.get());
            }
            for (String r : list(get(f, "roles"))) {
                Optional<Role> role = enumValue(Role.class, r);
                if (role.isEmpty()) {
                    problem(n, "roles", "unknown role '" + r + "'; one of " + List.of(Role.values()));
                } else {
                    b.roles(role.get());
                }
            }
            for (String a : list(get(f, "aliases"))) {
                b.aliases(a);
            }
            builders.put(key, b);
        }

        void value(int n, List<String> f) {
            String id = get(f, "id");
            Material.Builder b = builders.get(MaterialCatalog.normalize(id.isEmpty() ? " " : id));
            if (b == null) {
                problem(n, "id", "value for unknown material '" + id + "'; define it first with a 'material' row");
                return;
            }
            String propName = get(f, "property");
            Optional<Property> prop = Property.byName(propName);
            if (prop.isEmpty()) {
                problem(n, "property", "unknown property '" + propName + "'; one of " + List.of(Property.values()));
                return;
            }
            Property p = prop.get();
            String dup = MaterialCatalog.normalize(id) + "|" + p;
            Integer first = valueAt.putIfAbsent(dup, n);
            if (first != null) {
                problem(n, "property", p + " of '" + id + "' given twice (first on line " + first + ")");
                return;
            }
            String unit = get(f, "unit");
            if (!p.acceptedUnits().contains(unit) && unitFails(p, unit)) {
                problem(n, "unit", "unknown unit '" + unit + "' for " + p + "; accepted: "
                        + String.join(", ", p.acceptedUnits()));
                return;
            }
            Double value = number(n, f, "value", true);
            Double unc = number(n, f, "uncertainty", false);
            Double low = number(n, f, "low", false);
            Double high = number(n, f, "high", false);
            Source source = source(n, f);
            if (value == null || source == null || problemsOn(n, "uncertainty", "low", "high")) {
                return;
            }
            if ((low == null) != (high == null)) {
                problem(n, low == null ? "low" : "high", "a range needs both 'low' and 'high'");
                return;
            }
            try {
                PropertyValue v = PropertyValue.of(p, p.toSi(value, unit), source).withNote(get(f, "note"));
                if (unc != null) {
                    v = v.withUncertainty(p.toSi(unc, unit));
                }
                if (low != null) {
                    v = v.withRange(p.toSi(low, unit), p.toSi(high, unit));
                }
                b.property(v);
            } catch (IllegalArgumentException e) {
                problem(n, "value", e.getMessage());
            }
        }

        void ocv(int n, List<String> f) {
            String id = get(f, "id");
            String key = MaterialCatalog.normalize(id.isEmpty() ? " " : id);
            if (!builders.containsKey(key)) {
                problem(n, "id", "OCV point for unknown material '" + id + "'; define it first with a 'material' row");
                return;
            }
            Double x = number(n, f, "x", true);
            Double v = number(n, f, "value", true);
            String unit = get(f, "unit");
            double factor = switch (unit) {
                case "V" -> 1;
                case "mV" -> 1e-3;
                default -> Double.NaN;
            };
            if (Double.isNaN(factor)) {
                problem(n, "unit", "unknown unit '" + unit + "' for an OCV point; accepted: V, mV");
            }
            Source source = source(n, f);
            if (x == null || v == null || source == null || Double.isNaN(factor)) {
                return;
            }
            OcvRows rows = ocvRows.computeIfAbsent(key, k -> new OcvRows(n, source, get(f, "note")));
            if (!rows.source.equals(source)) {
                problem(n, "authors", "every OCV point of '" + id + "' must have the source of its first point (line "
                        + rows.firstLine + ")");
                return;
            }
            if (!rows.x.isEmpty() && !(x > rows.x.get(rows.x.size() - 1))) {
                problem(n, "x", "OCV stoichiometries must increase from row to row; " + x + " follows "
                        + rows.x.get(rows.x.size() - 1));
                return;
            }
            rows.x.add(x);
            rows.v.add(v * factor);
        }

        boolean unitFails(Property p, String unit) {
            try {
                p.toSi(1, unit);
                return false;
            } catch (IllegalArgumentException e) {
                return true;
            }
        }

        boolean problemsOn(int n, String... fields) {
            for (MaterialFileException.Problem pr : problems) {
                if (pr.line() == n && List.of(fields).contains(pr.field())) {
                    return true;
                }
            }
            return false;
        }

        Double number(int n, List<String> f, String column, boolean required) {
            String s = get(f, column);
            if (s.isEmpty()) {
                if (required) {
                    problem(n, column, "must not be empty");
                }
                return null;
            }
            try {
                double d = Double.parseDouble(s);
                if (!Double.isFinite(d)) {
                    problem(n, column, "must be a finite number, was '" + s + "'");
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                problem(n, column, "not a number: '" + s + "'");
                return null;
            }
        }

        Source source(int n, List<String> f) {
            String authors = get(f, "authors");
            String journal = get(f, "journal");
            String year = get(f, "year");
            boolean ok = true;
            if (authors.isEmpty()) {
                problem(n, "authors", "every value needs a source: authors must not be empty");
                ok = false;
            }
            if (journal.isEmpty()) {
                problem(n, "journal", "every value needs a source: journal must not be empty");
                ok = false;
            }
            int y = 0;
            try {
                y = Integer.parseInt(year);
                if (y < 1800 || y > 2100) {
                    problem(n, "year", "must be in [1800, 2100], was " + y);
                    ok = false;
                }
            } catch (NumberFormatException e) {
                problem(n, "year", "not a year: '" + year + "'");
                ok = false;
            }
            String doi = get(f, "doi");
            if (doi != null && !doi.isBlank() && !doi.strip().matches("10\\.\\d{4,9}/\\S+")) {
                problem(n, "doi", "must look like 10.NNNN/suffix (no https://doi.org/ prefix), was '" + doi + "'");
                ok = false;
            }
            return ok ? Source.of(authors, y, journal, doi) : null;
        }

        MaterialCatalog finish() {
            if (columns == null && problems.isEmpty()) {
                problem(1, "", "no header line; the first non-comment line must name the columns: "
                        + String.join(",", COLUMNS));
            }
            List<Material> materials = new ArrayList<>();
            for (Map.Entry<String, OcvRows> e : ocvRows.entrySet()) {
                OcvRows r = e.getValue();
                if (r.x.size() < 2) {
                    problem(r.firstLine, "x", "an OCV table needs at least 2 points, had " + r.x.size());
                    continue;
                }
                try {
                    builders.get(e.getKey()).openCircuitVoltage(OcvCurve.table(
                            r.x.stream().mapToDouble(Double::doubleValue).toArray(),
                            r.v.stream().mapToDouble(Double::doubleValue).toArray(), r.source, r.note));
                } catch (IllegalArgumentException ex) {
                    problem(r.firstLine, "x", ex.getMessage());
                }
            }
            if (problems.isEmpty()) {
                for (Map.Entry<String, Material.Builder> e : builders.entrySet()) {
                    try {
                        materials.add(e.getValue().build());
                    } catch (IllegalArgumentException ex) {
                        problem(definedAt.get(e.getKey()), "", ex.getMessage());
                    }
                }
            }
            MaterialCatalog catalog = null;
            if (problems.isEmpty()) {
                try {
                    catalog = MaterialCatalog.of(materials);
                } catch (IllegalArgumentException ex) {
                    problem(headerLine, "aliases", ex.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                problems.sort(java.util.Comparator.comparingInt(MaterialFileException.Problem::line));
                throw new MaterialFileException(problems);
            }
            return catalog;
        }
    }

    /** The OCV points of one material, in file order. */
    private static final class OcvRows {
        final int firstLine;
        final Source source;
        final String note;
        final List<Double> x = new ArrayList<>();
        final List<Double> v = new ArrayList<>();

        OcvRows(int firstLine, Source source, String note) {
            this.firstLine = firstLine;
            this.source = source;
            this.note = note;
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
        String k = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(k)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                if (!cur.toString().isBlank()) {
                    throw new IllegalArgumentException("quote inside an unquoted field at column " + (i + 1));
                }
                cur.setLength(0);
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
                wasQuoted = false;
            } else {
                if (wasQuoted && !Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
                }
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        out.add(cur.toString());
        return out;
    }

    /**
     * Writes materials in the file format, values in SI units with full precision, so that
     * {@link #read(Path)} gives back equal materials (OCV curves are not written; a comment says so).
     *
     * @param materials the materials (not null, no null element)
     * @param file the file to write (replaced; not null)
     * @throws NullPointerException if an argument or an element is null
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Collection<Material> materials, Path file) {
        Checks.nonNull(materials, "materials");
        Checks.nonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(toCsv(materials));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write materials file " + file, e);
        }
    }

    /**
     * @param materials the materials (not null, no null element)
     * @return the CSV text of {@link #write(Collection, Path)}
     * @throws NullPointerException if the collection or an element is null (the message gives its index)
     */
    public static String toCsv(Collection<Material> materials) {
        Checks.nonNull(materials, "materials");
        int index = 0;
        for (Material m : materials) {
            Checks.nonNull(m, "materials[" + index++ + "]");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# Interphase materials file: values in SI units; see org.interphase.materials.MaterialFiles\n");
        sb.append(String.join(",", COLUMNS)).append('\n');
        for (Material m : materials) {
            if (m.openCircuitVoltage().isPresent() && !m.openCircuitVoltage().get().isTable()) {
                sb.append("# ").append(m.id()).append(": OCV fit function not written (only tables are part of the"
                        + " file format)\n");
            }
            row(sb, "material", m.id(), m.name(), m.formula(), m.family().name(),
                    String.join(";", m.roles().stream().map(Enum::name).toList()), String.join(";", m.aliases()),
                    "", "", "", "", "", "", "", "", "", "", m.note(), "");
            for (PropertyValue v : m.properties().values()) {
                Source s = v.source();
                row(sb, "value", m.id(), "", "", "", "", "", v.property().name(), Double.toString(v.value()), v.unit(),
                        v.uncertainty().isPresent() ? Double.toString(v.uncertainty().getAsDouble()) : "",
                        v.range().map(r -> Double.toString(r.low())).orElse(""),
                        v.range().map(r -> Double.toString(r.high())).orElse(""),
                        s.authors(), Integer.toString(s.year()), s.journal(), s.doi().orElse(""), v.note(), "");
            }
            if (m.openCircuitVoltage().isPresent() && m.openCircuitVoltage().get().isTable()) {
                OcvCurve c = m.openCircuitVoltage().get();
                double[] xs = c.tableX();
                double[] vs = c.tableV();
                Source s = c.source();
                for (int i = 0; i < xs.length; i++) {
                    row(sb, "ocv", m.id(), "", "", "", "", "", "", Double.toString(vs[i]), "V", "", "", "", s.authors(),
                            Integer.toString(s.year()), s.journal(), s.doi().orElse(""), i == 0 ? c.note() : "",
                            Double.toString(xs[i]));
                }
            }
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields[i]));
        }
        sb.append('\n');
    }

    private static String quote(String s) {
        String clean = s.replace('\n', ' ').replace('\r', ' ');
        if (clean.contains(",") || clean.contains("\"") || !clean.equals(clean.strip())) {
            return '"' + clean.replace("\"", "\"\"") + '"';
        }
        return clean;
    }
}
