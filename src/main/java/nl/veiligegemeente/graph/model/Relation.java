package nl.veiligegemeente.graph.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * A GraphQL field that follows a path of relationships to other nodes: to one node (an object
 * field) or to many (a connection field), with the description the schema gives it.
 */
public record Relation(String field, String description, List<Hop> path, boolean many) {

    public Relation {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("A relation needs at least one hop: " + field);
        }
        path = List.copyOf(path);
    }

    /** The hops of the relations one after the other: each relation starts where the one before it ends. */
    public static List<Hop> joined(Relation... relations) {
        return Stream.of(relations).flatMap(relation -> relation.path().stream()).toList();
    }

    /** The label, and so the node type, at the end of the path. */
    public String targetLabel() {
        return path.get(path.size() - 1).label();
    }
}
