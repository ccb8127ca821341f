package nl.veiligegemeente.graph.read;

import java.util.Optional;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/** Which nodes a list holds: a condition on its node variable, with every value a parameter. */
@FunctionalInterface
public interface NodeFilter {

    /** Every (visible) node. */
    NodeFilter ALL = (node, patterns) -> Cypher.noCondition();

    Condition on(Node node, Patterns patterns);

    /** Where a list of every node of the type may start instead of scanning them all; empty when the filter offers no such start. */
    default Optional<Start> start(Node node, Patterns patterns) {
        return Optional.empty();
    }

    /**
     * A start for a list of every node: a pattern from nodes that an index finds to the node, which
     * every node passing the filter matches, and the rest of the filter, which the nodes the
     * pattern reaches must also meet (the parts the pattern does not already ensure).
     */
    record Start(Patterns.Match match, Condition rest) {
    }
}
