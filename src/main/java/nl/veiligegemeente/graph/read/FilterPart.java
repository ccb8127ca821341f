package nl.veiligegemeente.graph.read;

import java.util.Optional;

import org.neo4j.cypherdsl.core.Condition;

/**
 * One part of a {@link FilterOfParts}: the condition it puts on the node and, when an index can
 * find what the part requires, the start it offers a list of every node (see {@link NodeFilter#start}).
 * Both are built when asked for, so a plan builds only what it uses.
 */
@FunctionalInterface
public interface FilterPart {

    Condition condition();

    default Optional<NodeFilter.Start> start() {
        return Optional.empty();
    }

    /** A part that no index can start from. */
    static FilterPart of(Condition condition) {
        return () -> condition;
    }
}
