package nl.veiligegemeente.api.prefetched;

import java.util.Map;

import nl.veiligegemeente.graph.model.NodeType;

/**
 * A mutation field whose payload is the id of the node it wrote and that node: the prefetching
 * mutation strategy runs its write with the arguments as graphql-java coerced them, then reads the
 * node with the one statement the read planner makes of the payload's selection, without SmallRye's
 * or graphql-java's per-field work.
 *
 * @param name      the name of the mutation field
 * @param type      the type of the node it writes
 * @param nodeField the payload field that holds the node (its id is under {@code id})
 * @param write     the write, from the field's arguments; returns the node's key, or throws the API's errors
 */
public record PlannedMutation(String name, NodeType type, String nodeField, Write write) {

    /** The write of a mutation field. */
    @FunctionalInterface
    public interface Write {

        /** Writes what the arguments (as graphql-java coerced them) ask for; returns the key of the node written. */
        String apply(Map<String, Object> arguments);
    }
}
