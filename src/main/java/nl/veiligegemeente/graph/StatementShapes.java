package nl.veiligegemeente.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.neo4j.cypherdsl.core.Statement;

/**
 * Statements rendered once per shape: the first run of a shape builds its statement with
 * Cypher-DSL and renders it, later runs reuse the text and bring only their parameter values.
 * Building and rendering cost the service more CPU than a small write costs Neo4j, so statements
 * run on every request (the writes, the outbox) go through here.
 */
public final class StatementShapes {

    private final Map<Object, String> rendered = new ConcurrentHashMap<>();

    /**
     * The statement of this shape with these values. {@code shape} must name everything the built
     * statement depends on (labels, fields, which clauses it has); values are named parameters only,
     * never literals or anonymous parameters, which would be frozen into the cached text.
     */
    public Graph.Rendered with(Object shape, Supplier<Statement> build, Map<String, Object> parameters) {
        return new Graph.Rendered(rendered.computeIfAbsent(shape, key -> render(build.get())), parameters);
    }

    private static String render(Statement statement) {
        var rendered = Graph.Rendered.of(statement);
        if (!rendered.parameters().isEmpty()) {
            throw new IllegalArgumentException("A statement of a shape may not carry values " + rendered.parameters().keySet()
                    + ": they would be cached with its text");
        }
        return rendered.cypher();
    }
}
