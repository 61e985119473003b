package org.interphase.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schemas are valid JSON and say what the reader accepts; the examples follow them. */
class SchemaTest {

    static Node schema(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name)) {
            assertThat(in).as(name).isNotNull();
            return Node.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, false);
        }
    }

    static Set<String> properties(Node schema) {
        return new TreeSet<>(schema.require("properties", "").keys());
    }

    @Test
    void theStackSchemaListsExactlyTheKeysTheReaderTakes() throws IOException {
        assertThat(properties(schema("stack.schema.json"))).isEqualTo(new TreeSet<>(Set.of(StackInput.STACK_KEYS)));
    }

    @Test
    void everyExampleUsesOnlyKeysItsSchemaDeclares() throws IOException {
        Set<String> stack = properties(schema("stack.schema.json"));
        for (String example : new String[] {"tour-stack.json", "garnet-contact.yaml"}) {
            assertThat(Inputs.read("example:" + example).keys()).as(example).isSubsetOf(stack);
        }
        Node buffer = Inputs.read("example:buffer.json");
        assertThat(buffer.keys()).isSubsetOf(properties(schema("buffer.schema.json")));
        assertThat(buffer.require("stack", "").keys()).isSubsetOf(stack);
        Node grid = Inputs.read("example:grid.json");
        assertThat(grid.keys()).isSubsetOf(properties(schema("grid.schema.json")));
        assertThat(grid.require("base", "").keys()).isSubsetOf(stack);
    }
}
