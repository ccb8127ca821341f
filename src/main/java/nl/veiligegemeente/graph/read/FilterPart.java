package nl.veiligegemeente.graph.read;

import java.util.Optional;

import org.neo4j.cypherdsl.core.Condition;

/**
 * One part of a {@link FilterOfParts}: the condition it puts on the node and, when an index can
 * find what the part requires, the start it offers a list of every node (see {@link NodeFilter#start}).
 */
public record FilterPart(Condition condition, Optional<NodeFilter.Start> start) {

    /** A part that no index can start from. */
    public static FilterPart of(Condition condition) {
        return new FilterPart(condition, Optional.empty());
    }
}
