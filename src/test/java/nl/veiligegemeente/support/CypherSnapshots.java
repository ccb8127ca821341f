package nl.veiligegemeente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.opentest4j.AssertionFailedError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Compares a statement with its snapshot under {@code src/test/resources/cypher/}: the Cypher
 * text (pretty-printed, so that a change shows as changed lines) and its parameters. Run with
 * {@code -Dcypher.snapshots.update=true} to write the snapshots anew when a change is intended,
 * then review the diff.
 */
public final class CypherSnapshots {

    /** The system property that rewrites the snapshots instead of comparing with them. */
    public static final String UPDATE = "cypher.snapshots.update";

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "cypher");
    private static final Renderer PRETTY = Renderer.getRenderer(Configuration.prettyPrinting());
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private CypherSnapshots() {
    }

    /** Fails, with the first differing line, unless the statement equals the snapshot {@code cypher/<name>.cypher}. */
    public static void assertMatchesSnapshot(String name, Statement statement) {
        var actual = snapshotOf(statement);
        var file = DIRECTORY.resolve(name + ".cypher");
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionFailedError("No snapshot " + file + "; run the test with -D" + UPDATE
                        + "=true to write it, then review it.");
            }
            var expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new AssertionFailedError("The statement differs from " + file + " " + firstDifference(expected, actual)
                        + "\nIf the change is intended, run with -D" + UPDATE + "=true and review the diff.",
                        expected, actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a snapshot holds: the statement, then each parameter with its value as JSON and its Java type. */
    public static String snapshotOf(Statement statement) {
        var text = new StringBuilder(PRETTY.render(statement)).append("\n\n// parameters\n");
        new TreeMap<>(statement.getCatalog().getParameters()).forEach((name, value) ->
                text.append('$').append(name).append(" = ").append(json(value)).append(" :: ").append(type(value)).append('\n'));
        return text.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The type a parameter reaches the driver with: a date and a string that reads like one compare differently. */
    private static String type(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Collection<?> list) {
            return "List<" + list.stream().map(CypherSnapshots::type).distinct().collect(Collectors.joining("|")) + ">";
        }
        return value.getClass().getSimpleName();
    }

    private static String firstDifference(String expected, String actual) {
        var expectedLines = expected.split("\n", -1);
        var actualLines = actual.split("\n", -1);
        var common = Math.min(expectedLines.length, actualLines.length);
        for (var i = 0; i < common; i++) {
            if (!expectedLines[i].equals(actualLines[i])) {
                return "at line " + (i + 1) + ":\n  expected: " + expectedLines[i] + "\n  actual:   " + actualLines[i];
            }
        }
        return "in length: expected " + expectedLines.length + " lines, got " + actualLines.length;
    }
}
