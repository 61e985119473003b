package org.interphase.impedance;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Saves and loads a circuit with its parameters as a small JSON document (Jackson's streaming
 * API), so a fit can be reloaded, shared and evaluated later:
 *
 * <pre>{@code
 * {
 *   "format" : "interphase-circuit",
 *   "version" : 1,
 *   "circuit" : "R0-p(R1,CPE1)",
 *   "perArea" : false,
 *   "parameters" : { "R0" : 10.0, "R1" : 100.0, "CPE1_0" : 1.0E-6, "CPE1_1" : 0.9 },
 *   "units" : { "R0" : "Ω", "R1" : "Ω", "CPE1_0" : "Ω⁻¹·s^α", "CPE1_1" : "" },
 *   "standardErrors" : { "R0" : 0.02, "R1" : 0.3 }
 * }
 * }</pre>
 *
 * <p>Values are SI, written as Java's shortest decimal that reads back to the same double, so a
 * save and load round-trips to the same bits. {@code perArea}, {@code units} and
 * {@code standardErrors} are optional when reading; {@code units}, if present, must match the
 * circuit's (a check that a custom element is registered as it was when saved). Keys in any order;
 * unknown or repeated keys, missing parameters and invalid values are errors naming the line and
 * column (1-based) in the text, and the file when read from one. A circuit with custom elements
 * reads back with a registry that holds them ({@link #read(String, ElementRegistry)}).
 */
public final class CircuitJson {

    /** The value of the {@code "format"} key. */
    public static final String FORMAT = "interphase-circuit";
    /** The version written, and the only one read. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private CircuitJson() {}

    /**
     * The JSON of a circuit with parameter values (not per area, no standard errors).
     *
     * @param circuit the circuit
     * @param parameters its parameters in {@link Circuit#parameterNames()} order, SI
     * @return the JSON text
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for an invalid parameter vector
     */
    public static String write(Circuit circuit, double... parameters) {
        Objects.requireNonNull(circuit, "circuit must not be null");
        return write(new SavedCircuit(circuit, parameters, false, ImmutableMap.of()));
    }

    /**
     * The JSON of a fit: its circuit, fitted parameters, per-area flag and determined standard
     * errors ({@link SavedCircuit#of(CircuitFitSolution)}).
     *
     * @param solution the fit
     * @return the JSON text
     * @throws NullPointerException if solution is null
     */
    public static String write(CircuitFitSolution solution) {
        return write(SavedCircuit.of(solution));
    }

    /**
     * The JSON of a saved circuit.
     *
     * @param saved the circuit, parameters, per-area flag and standard errors
     * @return the JSON text (UTF-8 when written to a file)
     * @throws NullPointerException if saved is null
     */
    public static String write(SavedCircuit saved) {
        Objects.requireNonNull(saved, "saved must not be null");
        Circuit c = saved.circuit();
        double[] p = saved.parameters();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("circuit", c.toString());
            g.writeBooleanField("perArea", saved.perArea());
            g.writeObjectFieldStart("parameters");
            for (int k = 0; k < p.length; k++) {
                g.writeNumberField(c.parameterNames().get(k), p[k]);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("units");
            for (int k = 0; k < p.length; k++) {
                g.writeStringField(c.parameterNames().get(k), c.parameterUnits().get(k));
            }
            g.writeEndObject();
            if (!saved.standardErrors().isEmpty()) {
                g.writeObjectFieldStart("standardErrors");
                for (String name : c.parameterNames()) {
                    Double se = saved.standardErrors().get(name);
                    if (se != null) {
                        g.writeNumberField(name, se);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return out.toString() + System.lineSeparator();
    }

    /**
     * Writes the JSON of a saved circuit to a file (UTF-8, replacing it).
     *
     * @param file the file
     * @param saved the circuit, parameters, per-area flag and standard errors
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, SavedCircuit saved) {
        Objects.requireNonNull(file, "file must not be null");
        String text = write(saved);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write circuit JSON to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a circuit JSON that uses built-in elements only.
     *
     * @param json the JSON text
     * @return the circuit and its parameters
     * @throws NullPointerException if json is null
     * @throws IllegalArgumentException naming line and column of the error
     */
    public static SavedCircuit read(String json) {
        return read(json, ElementRegistry.standard());
    }

    /**
     * Reads a circuit JSON whose circuit may use the custom elements of a registry.
     *
     * @param json the JSON text
     * @param registry the elements known (built-in and custom)
     * @return the circuit and its parameters
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException naming line and column of the error
     */
    public static SavedCircuit read(String json, ElementRegistry registry) {
        Objects.requireNonNull(json, "json (the circuit JSON text) must not be null");
        Objects.requireNonNull(registry, "registry (the known elements) must not be null");
        return new Reader(json, registry, "circuit JSON").read();
    }

    /**
     * Reads a circuit JSON file (UTF-8).
     *
     * @param file the file
     * @param registry the elements known (built-in and custom)
     * @return the circuit and its parameters
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException naming the file, line and column of the error
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SavedCircuit read(Path file, ElementRegistry registry) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(registry, "registry (the known elements) must not be null");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read circuit JSON " + file + ": " + e.getMessage(), e);
        }
        return new Reader(text, registry, file.toString()).read();
    }

    /** One read: the parser, the values found and where. */
    private static final class Reader {
        private final String text;
        private final ElementRegistry registry;
        private final String source;
        private JsonParser parser;

        Reader(String text, ElementRegistry registry, String source) {
            this.text = text;
            this.registry = registry;
            this.source = source;
        }

        private IllegalArgumentException error(JsonLocation at, String message) {
            return new IllegalArgumentException(source + ", line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": " + message);
        }

        private JsonLocation here() {
            return parser.currentTokenLocation();
        }

        SavedCircuit read() {
            try (JsonParser p = FACTORY.createParser(text)) {
                parser = p;
                return readDocument();
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : JsonLocation.NA;
                throw error(at, "malformed JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private SavedCircuit readDocument() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw error(here(), "a circuit JSON is an object {\"format\": \"" + FORMAT + "\", \"circuit\": …,"
                        + " \"parameters\": {…}}, found " + describe(parser.currentToken()));
            }
            JsonLocation start = here();
            String format = null;
            Integer version = null;
            Circuit circuit = null;
            JsonLocation circuitAt = null;
            boolean perArea = false;
            Map<String, Double> values = null;
            Map<String, JsonLocation> valuesAt = new LinkedHashMap<>();
            Map<String, String> units = null;
            Map<String, JsonLocation> unitsAt = new LinkedHashMap<>();
            Map<String, Double> errors = new LinkedHashMap<>();
            Map<String, JsonLocation> errorsAt = new LinkedHashMap<>();
            JsonLocation parametersAt = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = here();
                JsonToken v = parser.nextToken();
                switch (key) {
                    case "format":
                        format = string(v, key);
                        if (!format.equals(FORMAT)) {
                            throw error(here(), "\"format\" must be \"" + FORMAT + "\", was \"" + format + "\"");
                        }
                        break;
                    case "version":
                        if (v != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() != VERSION) {
                            throw error(here(), "\"version\" must be " + VERSION + " (the only version this library"
                                    + " reads), was " + parser.getText());
                        }
                        version = VERSION;
                        break;
                    case "circuit":
                        String s = string(v, key);
                        circuitAt = here();
                        try {
                            circuit = Circuit.parse(s, registry);
                        } catch (IllegalArgumentException e) {
                            throw error(circuitAt, "\"circuit\": " + e.getMessage());
                        }
                        break;
                    case "perArea":
                        if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                            throw error(here(), "\"perArea\" must be true or false, found " + describe(v));
                        }
                        perArea = v == JsonToken.VALUE_TRUE;
                        break;
                    case "parameters":
                        parametersAt = here();
                        values = numbers(v, key, valuesAt);
                        break;
                    case "units":
                        units = strings(v, key, unitsAt);
                        break;
                    case "standardErrors":
                        errors = numbers(v, key, errorsAt);
                        break;
                    default:
                        throw error(keyAt, "unknown key \"" + key + "\"; a circuit JSON has format, version, circuit,"
                                + " perArea, parameters, units and standardErrors");
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw error(here(), "expected a key or '}', found " + describe(parser.currentToken()));
            }
            if (parser.nextToken() != null) {
                throw error(here(), "unexpected content (" + describe(parser.currentToken()) + ") after the end of the circuit"
                        + " object");
            }
            if (format == null) {
                throw error(start, "missing \"format\": \"" + FORMAT + "\"");
            }
            if (version == null) {
                throw error(start, "missing \"version\": " + VERSION);
            }
            if (circuit == null) {
                throw error(start, "missing \"circuit\" (a circuit string such as \"R0-p(R1,CPE1)\")");
            }
            if (values == null) {
                throw error(start, "missing \"parameters\" (an object of the values of " + circuit.parameterNames()
                        + ")");
            }
            double[] p = new double[circuit.parameterCount()];
            for (String name : values.keySet()) {
                if (!circuit.parameterNames().contains(name)) {
                    throw error(valuesAt.get(name), "\"parameters\" holds \"" + name + "\", which is not a parameter"
                            + " of circuit " + circuit + "; its parameters are " + circuit.parameterNames());
                }
            }
            for (int k = 0; k < p.length; k++) {
                String name = circuit.parameterNames().get(k);
                Double x = values.get(name);
                if (x == null) {
                    throw error(parametersAt, "\"parameters\" has no value for \"" + name + "\" of circuit " + circuit
                            + "; it needs " + circuit.parameterNames());
                }
                p[k] = x;
                String unit = circuit.parameterUnits().get(k);
                if (circuit.isExponent(k) ? !(x > 0 && x <= 1) : !(x > 0 && x < Double.POSITIVE_INFINITY)) {
                    throw error(valuesAt.get(name), "parameter " + name + " = " + x + (unit.isEmpty() ? "" : " " + unit)
                            + " must be "
                            + (circuit.isExponent(k) ? "an exponent in (0, 1]" : "finite and > 0 " + unit));
                }
            }
            if (units != null) {
                for (Map.Entry<String, String> e : units.entrySet()) {
                    int k = circuit.parameterNames().indexOf(e.getKey());
                    if (k < 0) {
                        throw error(unitsAt.get(e.getKey()), "\"units\" holds \"" + e.getKey() + "\", which is not a"
                                + " parameter of circuit " + circuit);
                    }
                    if (!e.getValue().equals(circuit.parameterUnits().get(k))) {
                        throw error(unitsAt.get(e.getKey()), "unit of " + e.getKey() + " is \"" + e.getValue()
                                + "\" in the file but \"" + circuit.parameterUnits().get(k) + "\" for the circuit as"
                                + " parsed; is the element registered as it was when saved?");
                    }
                }
            }
            for (Map.Entry<String, Double> e : errors.entrySet()) {
                int k = circuit.parameterNames().indexOf(e.getKey());
                if (k < 0) {
                    throw error(errorsAt.get(e.getKey()), "\"standardErrors\" holds \"" + e.getKey() + "\", which is"
                            + " not a parameter of circuit " + circuit);
                }
                double x = e.getValue();
                if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
                    throw error(errorsAt.get(e.getKey()), "standard error of " + e.getKey() + " = " + x + " must be"
                            + " finite and >= 0 " + circuit.parameterUnits().get(k));
                }
            }
            return new SavedCircuit(circuit, p, perArea, ImmutableMap.copyOf(errors));
        }

        private String string(JsonToken v, String key) throws IOException {
            if (v != JsonToken.VALUE_STRING) {
                throw error(here(), "\"" + key + "\" must be a string, found " + describe(v));
            }
            return parser.getText();
        }

        private Map<String, Double> numbers(JsonToken v, String key, Map<String, JsonLocation> at) throws IOException {
            if (v != JsonToken.START_OBJECT) {
                throw error(here(), "\"" + key + "\" must be an object {\"name\": value, …}, found " + describe(v));
            }
            Map<String, Double> m = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken t = parser.nextToken();
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw error(here(), "\"" + key + "\"." + name + " must be a number, found " + describe(t));
                }
                at.put(name, here());
                m.put(name, parser.getDoubleValue());
            }
            return m;
        }

        private Map<String, String> strings(JsonToken v, String key, Map<String, JsonLocation> at) throws IOException {
            if (v != JsonToken.START_OBJECT) {
                throw error(here(), "\"" + key + "\" must be an object {\"name\": \"unit\", …}, found " + describe(v));
            }
            Map<String, String> m = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken t = parser.nextToken();
                if (t != JsonToken.VALUE_STRING) {
                    throw error(here(), "\"" + key + "\"." + name + " must be a string, found " + describe(t));
                }
                at.put(name, here());
                m.put(name, parser.getText());
            }
            return m;
        }

        private static String describe(JsonToken t) {
            if (t == null) {
                return "the end of the text";
            }
            switch (t) {
                case START_OBJECT:
                    return "an object";
                case START_ARRAY:
                    return "an array";
                case VALUE_STRING:
                    return "a string";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "a number";
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return "a boolean";
                case VALUE_NULL:
                    return "null";
                default:
                    return t.asString() == null ? t.name() : "'" + t.asString() + "'";
            }
        }
    }
}
