package org.interphase.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Input files and the built-in examples ({@code example:NAME}, from {@code examples/} in the jar). */
final class Inputs {

    /** The built-in examples, in the order {@code interphase examples} lists them. */
    static final List<String> EXAMPLES = List.of("tour-stack.json", "garnet-contact.yaml", "buffer.json", "grid.json",
            "spectrum.csv");

    static final String PREFIX = "example:";

    private Inputs() {}

    /** Reads a JSON/YAML input: a path, or {@code example:NAME} for a built-in example. */
    static Node read(String arg) {
        if (arg.startsWith(PREFIX)) {
            String name = arg.substring(PREFIX.length());
            String lower = name.toLowerCase(Locale.ROOT);
            return Node.parse(example(name), arg, lower.endsWith(".yaml") || lower.endsWith(".yml"));
        }
        return Node.read(Path.of(arg));
    }

    /** @return the text of a built-in example */
    static String example(String name) {
        if (!EXAMPLES.contains(name)) {
            throw new InputException("no built-in example \"" + name + "\"; the examples are " + String.join(", ", EXAMPLES));
        }
        try (InputStream in = Inputs.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("example " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("example " + name + " cannot be read", e);
        }
    }
}
