package nl.veiligegemeente.graph.read;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

/** Which nodes a list holds: a condition on its node variable, with every value a parameter. */
@FunctionalInterface
public interface NodeFilter {

    /** Every (visible) node. */
    NodeFilter ALL = (node, patterns) -> Cypher.noCondition();

    Condition on(Node node, Patterns patterns);
}
