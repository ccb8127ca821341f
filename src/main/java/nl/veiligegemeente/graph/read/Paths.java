package nl.veiligegemeente.graph.read;

import java.util.List;

import org.neo4j.cypherdsl.core.ExposesRelationships;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.RelationshipChain;

import nl.veiligegemeente.graph.model.Hop;

/** Turns a relation's hops into a Cypher-DSL pattern, for reads and writes alike. */
public final class Paths {

    private Paths() {
    }

    /** The pattern from {@code start} along the hops, reaching {@code reached.get(i)} after hop i. */
    public static PatternElement along(Node start, List<Hop> hops, List<Node> reached) {
        ExposesRelationships<?> chain = start;
        for (var i = 0; i < hops.size(); i++) {
            var hop = hops.get(i);
            var next = reached.get(i);
            chain = hop.direction() == Hop.Direction.OUTGOING
                    ? chain.relationshipTo(next, hop.type())
                    : chain.relationshipFrom(next, hop.type());
            if (hop.isVariableLength()) {
                chain = chain instanceof Relationship single
                        ? single.length(hop.minLength(), hop.maxLength())
                        : ((RelationshipChain) chain).length(hop.minLength(), hop.maxLength());
            }
        }
        return (PatternElement) chain;
    }
}
