package org.interphase.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON or YAML value that remembers where it was written: every object, array, string, number and
 * boolean of an input file carries its source, line and column, so an error about a value (a negative
 * thickness, an unknown material, an unknown key) names the place in the file. Jackson's tree model
 * drops positions; this small tree is read with Jackson's streaming parsers (JSON and YAML alike).
 * Immutable.
 */
final class Node {

    /** What a node holds. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final Object value;
    private final String source;
    private final int line;
    private final int column;
    private final String path;

    private Node(Kind kind, Object value, String source, int line, int column, String path) {
        this.kind = kind;
        this.value = value;
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    /** Reads a file: YAML if its name ends in .yaml or .yml, JSON otherwise. */
    static Node read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return parse(text, file.toString(), name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** Parses text (JSON, or YAML if {@code yaml}); {@code source} names it in messages. */
    static Node parse(String text, String source, boolean yaml) {
        JsonFactory factory = yaml ? new YAMLFactory() : JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        try (Reader r = new StringReader(text); JsonParser p = factory.createParser(r)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InputException(source + ":1:1: the file is empty; an input file holds one "
                        + (yaml ? "YAML mapping" : "JSON object"));
            }
            Node root = read(p, source, "");
            if (p.nextToken() != null) {
                throw new InputException(at(source, p.currentTokenLocation())
                        + ": more content after the end of the first value");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            throw new InputException((loc == null ? source : at(source, loc)) + ": " + (yaml ? "YAML" : "JSON")
                    + " syntax error: " + (yaml ? yamlProblem(msg) : firstLine(msg)), e);
        } catch (IOException e) {
            throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** SnakeYAML's message: the context and the problem, without its own position lines and snippets. */
    private static String yamlProblem(String s) {
        if (s == null) {
            return "malformed input";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\\R")) {
            if (line.isBlank() || line.startsWith(" ") || line.contains("in 'reader'") || line.contains("in 'string'")) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "; ").append(line.strip());
        }
        return sb.length() == 0 ? firstLine(s) : sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "malformed input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String at(String source, JsonLocation loc) {
        return source + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    private static Node read(JsonParser p, String source, String path) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    if (fields.containsKey(key)) {
                        throw new InputException(at(source, keyLoc) + ": key \"" + key + "\" appears twice in "
                                + (path.isEmpty() ? "the top level" : path));
                    }
                    p.nextToken();
                    fields.put(key, read(p, source, path.isEmpty() ? key : path + "." + key));
                }
                return new Node(Kind.OBJECT, Collections.unmodifiableMap(fields), source, line, col, path);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, source, path + "[" + i++ + "]"));
                }
                return new Node(Kind.ARRAY, Collections.unmodifiableList(items), source, line, col, path);
            }
            case VALUE_STRING:
                return new Node(Kind.STRING, p.getText(), source, line, col, path);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(Kind.NUMBER, p.getDoubleValue(), source, line, col, path);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(Kind.BOOLEAN, t == JsonToken.VALUE_TRUE, source, line, col, path);
            case VALUE_NULL:
                return new Node(Kind.NULL, null, source, line, col, path);
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }

    /** @return {@code file:line:column} of this value */
    String position() {
        return source + ":" + line + ":" + column;
    }

    /** @return where the value sits in the document, e.g. {@code coating.thickness} ("" for the top) */
    String path() {
        return path;
    }

    /** @return the name to show for this value in a message */
    String label() {
        return path.isEmpty() ? "the top level" : path;
    }

    Kind kind() {
        return kind;
    }

    /** @return this node, checked to be an object */
    Node object() {
        if (kind != Kind.OBJECT) {
            throw InputException.at(this, label() + " must be an object ({ ... }), was " + describe());
        }
        return this;
    }

    /** @return this node's items, checked to be an array */
    @SuppressWarnings("unchecked")
    List<Node> items() {
        if (kind != Kind.ARRAY) {
            throw InputException.at(this, label() + " must be an array ([ ... ]), was " + describe());
        }
        return (List<Node>) value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Node> fields() {
        return (Map<String, Node>) object().value;
    }

    /** @return the keys of this object, in file order */
    Set<String> keys() {
        return fields().keySet();
    }

    /** @return a field of this object (a JSON null counts as absent) */
    Optional<Node> get(String key) {
        Node n = fields().get(key);
        return n == null || n.kind == Kind.NULL ? Optional.empty() : Optional.of(n);
    }

    /** @return a field that must be present */
    Node require(String key, String what) {
        return get(key).orElseThrow(() -> InputException.at(this, label() + " needs \"" + key + "\" (" + what + ")"));
    }

    /** Refuses keys outside {@code allowed}, naming the unknown key's position and the allowed ones. */
    Node only(String... allowed) {
        List<String> ok = List.of(allowed);
        for (Map.Entry<String, Node> e : fields().entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw InputException.at(e.getValue(), "unknown key \"" + e.getKey() + "\" in " + label()
                        + "; allowed: " + String.join(", ", ok));
            }
        }
        return this;
    }

    /** @return the string value */
    String text() {
        if (kind != Kind.STRING) {
            throw InputException.at(this, label() + " must be a string, was " + describe());
        }
        return (String) value;
    }

    /** @return the number value */
    double number() {
        if (kind != Kind.NUMBER) {
            throw InputException.at(this, label() + " must be a number, was " + describe());
        }
        double v = (Double) value;
        if (!Double.isFinite(v)) {
            throw InputException.at(this, label() + " must be a finite number, was " + v);
        }
        return v;
    }

    /** @return the boolean value */
    boolean bool() {
        if (kind != Kind.BOOLEAN) {
            throw InputException.at(this, label() + " must be true or false, was " + describe());
        }
        return (Boolean) value;
    }

    /** A copy of this object with one field replaced (the value keeps its own position). */
    Node with(String key, Node replacement) {
        Map<String, Node> fields = new LinkedHashMap<>(fields());
        fields.put(key, replacement);
        return new Node(Kind.OBJECT, Collections.unmodifiableMap(fields), source, line, column, path);
    }

    /** A copy of this object with the value at a dotted path ({@code coating.thickness}) replaced. */
    Node withPath(String dotted, Node replacement) {
        int dot = dotted.indexOf('.');
        if (dot < 0) {
            return with(dotted, replacement);
        }
        String head = dotted.substring(0, dot);
        Node child = get(head).orElseThrow(() -> InputException.at(replacement, "cannot vary \"" + dotted
                + "\": the base has no \"" + head + "\" in " + label()));
        return with(head, child.withPath(dotted.substring(dot + 1), replacement));
    }

    /** @return a short description of the value for messages */
    String describe() {
        switch (kind) {
            case OBJECT: return "an object";
            case ARRAY: return "an array";
            case STRING: return "\"" + value + "\"";
            case NULL: return "null";
            default: return String.valueOf(value);
        }
    }

    @Override
    public String toString() {
        return position() + " " + describe();
    }
}
